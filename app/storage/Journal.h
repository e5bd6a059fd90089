// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QObject>
#include <QString>
#include <memory>

class QLockFile;

namespace Rekindle {

class EntryStore;
class FieldCodec;
struct JournalAccess;
class JournalConnection;
class GoalStore;
class JournalEncryption;
class JournalVault;
class MilestoneStore;
class MyPartStore;
class ReconnectStore;
class SettingsStore;
class SmallWinStore;
class SpaceStore;
class TrustStore;
class UnsentMessageStore;
class MoodStore;
class PromptStore;
class ReflectionStore;
class TrendStore;
class SearchStore;

/// What a save did to a record, in Journal::recordChanged.
enum class RecordChange {
    Created,
    Updated,
    Removed,
};

/// How Journal::open() treats the file.
struct JournalOptions {
    /// Migrate only up to this version (tests build old journals with it); 0 means latest.
    int schemaVersion = 0;
};

/// One journal on disk: a folder holding the SQLite file, its lock and its backups.
///
/// Opening takes the folder's lock (one writer per journal), refuses files written by a newer
/// Rekindle without touching them, backs up and migrates older ones, and sets the pragmas that
/// make every committed save durable. The typed stores hang off the journal.
class Journal final : public QObject {
    Q_OBJECT

public:
    /// The schema this build writes. Each version has one migration in Migrations.cpp.
    static int latestSchemaVersion();

    static inline const QString DatabaseFileName = QStringLiteral("journal.sqlite3");
    static inline const QString LockFileName = QStringLiteral("journal.lock");
    static inline const QString BackupFolderName = QStringLiteral("backups");

    /// Opens (creating when needed) the journal in `directory`.
    static Result<std::unique_ptr<Journal>> open(const QString &directory,
        const Clock &clock = Clock::system(), JournalOptions options = {});

    /// The standard folder of the person's journal (AppDataLocation).
    static QString defaultDirectory();

    ~Journal() override;

    /// The connection, for the stores and storage's own tools only: its type is declared in the
    /// storage-internal JournalConnection.h, so callers above storage, which see the journal
    /// through its stores, cannot reach it (the layering test keeps that header in storage).
    JournalConnection database() const;
    QString directory() const { return m_directory; }
    QString filePath() const;
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const;

    /// The codec every stored text value passes through, with its place (see FieldCodec).
    const FieldCodec &fieldCodec() const { return *m_codec; }
    /// Replaces the codec (the identity until then) for every later read and write: how
    /// encryption at rest plugs in. `codec` must not be null.
    void setFieldCodec(std::unique_ptr<FieldCodec> codec);

    /// Encryption at rest: whether the journal is plain, locked or unlocked, and the ways to
    /// unlock, lock and turn it on or off. An encrypted journal opens locked.
    JournalEncryption &encryption() const;

    /// Writes a consistent copy of the whole journal to `filePath` (which must not exist).
    Status backupTo(const QString &filePath) const;

    /// Stops every write to the file from now on (found damaged): the connection turns
    /// query-only, and closing skips the checkpoint. Reading goes on, for a rescue.
    void protect();
    /// Nothing writes to the file: found damaged (protect()) or opened read-only.
    bool isProtected() const { return m_protected; }
    /// Opened read-only (see JournalAccess): every write is refused, nothing beside the file
    /// is created, and readOnlyReason() says why, for the window and the console.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    EntryStore &entries() const { return *m_entries; }
    SettingsStore &settings() const { return *m_settings; }
    MyPartStore &myPart() const { return *m_myPart; }
    GoalStore &goals() const { return *m_goals; }
    SpaceStore &space() const { return *m_space; }
    UnsentMessageStore &unsentMessages() const { return *m_unsent; }
    SmallWinStore &smallWins() const { return *m_wins; }
    ReflectionStore &reflections() const { return *m_reflections; }
    PromptStore &prompts() const { return *m_prompts; }
    MoodStore &moods() const { return *m_moods; }
    /// Read-only aggregates over every store, for charts and progress.
    TrendStore &trends() const { return *m_trends; }
    SearchStore &search() const { return *m_search; }
    ReconnectStore &reconnect() const { return *m_reconnect; }
    TrustStore &trust() const { return *m_trust; }
    MilestoneStore &milestones() const { return *m_milestones; }

Q_SIGNALS:
    /// One save committed a change to record `id` of `kind` (a RecordKind name). Every store
    /// announces through here (RecordWrite::Save), so models and overviews follow one signal.
    void recordChanged(const QString &kind, qint64 id, Rekindle::RecordChange change);
    /// Many records changed at once (an import, a restore): views should reload everything.
    void contentReplaced();

private:
    Journal(const QString &directory, const QString &connectionName, const Clock &clock,
        std::unique_ptr<QLockFile> lock);

    static Result<std::unique_ptr<Journal>> openReadOnly(
        const QString &dir, const JournalAccess &access, const Clock &clock);
    Status configure();
    Status configureReadOnly();
    Status migrate(int targetVersion);
    void createStores();
    Status attachEncryption();

    QString m_directory;
    QString m_connectionName;
    const Clock &m_clock;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<FieldCodec> m_codec;
    std::unique_ptr<JournalVault> m_encryption;
    bool m_protected = false;
    QString m_readOnlyReason;
    /// A read-only connection opened by protect() and closed last, so that SQLite's own
    /// checkpoint when the last connection closes (which a read-only one cannot run) never
    /// writes the WAL into the damaged file.
    QString m_guardConnection;
    std::unique_ptr<EntryStore> m_entries;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<MyPartStore> m_myPart;
    std::unique_ptr<GoalStore> m_goals;
    std::unique_ptr<SpaceStore> m_space;
    std::unique_ptr<UnsentMessageStore> m_unsent;
    std::unique_ptr<SmallWinStore> m_wins;
    std::unique_ptr<ReflectionStore> m_reflections;
    std::unique_ptr<PromptStore> m_prompts;
    std::unique_ptr<MoodStore> m_moods;
    std::unique_ptr<TrendStore> m_trends;
    std::unique_ptr<SearchStore> m_search;
    std::unique_ptr<ReconnectStore> m_reconnect;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<MilestoneStore> m_milestones;
};

} // namespace Rekindle
