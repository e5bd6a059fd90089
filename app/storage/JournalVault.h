// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEncryption.h"
#include "crypto/SecretBytes.h"

#include <memory>

namespace Rekindle {

class Journal;
class MemorySearchIndex;
class SearchIndexBuilder;
struct KdfParams;
enum class RecordChange;

/// The journal's JournalEncryption: its keys in journal_keys, the codec it installs in the
/// journal (identity when plain, SealingCodec::locked() while locked, a SealingCodec while
/// unlocked), the connection's query-only switch, and the in-memory search index that
/// stands in for the on-disk one while unlocked.
class JournalVault final : public JournalEncryption {
    Q_OBJECT

public:
    explicit JournalVault(Journal &journal);
    ~JournalVault() override;

    /// Reads the journal's keys once it is open: a journal with keys starts locked (query-only,
    /// nothing readable). Called by Journal::open.
    Status attach();

    State state() const override { return m_state; }
    std::unique_ptr<UnlockAttempt> attemptPassphrase(const QString &passphrase) const override;
    std::unique_ptr<UnlockAttempt> attemptRecoveryKey(const QString &recoveryKey) const override;
    Status unlock(UnlockAttempt &attempt) override;
    void lock() override;
    std::unique_ptr<PassphraseWork> prepareTurnOn(const QString &passphrase) const override;
    Result<QString> finishTurnOn(PassphraseWork &work, const RewriteProgress &progress) override;
    Status turnOff(const RewriteProgress &progress) override;
    std::unique_ptr<PassphraseWork> prepareChangePassphrase(
        const QString &current, const QString &next) const override;
    Status finishChangePassphrase(PassphraseWork &work) override;
    Result<QString> replaceRecoveryKey() override;
    bool isSearchIndexReady() const override;
    void waitForSearchIndex() override;
    /// The ready index came from the snapshot rather than a rebuild; for the tests and
    /// benchmarks.
    bool searchIndexWasRestored() const { return m_restored; }
    QStringList plainBackups() const override;
    Status deletePlainBackups() override;

    /// Unlocks this journal (a backup of `other`, opened to restore it) with the key `other` is
    /// unlocked with: a backup made while encrypted shares the journal's data key. A value the
    /// key does not open is reported when it is read, by name.
    Status unlockWithKeyOf(const JournalVault &other);

    /// Whether the backup at `filePath` holds readable text (it has no keys).
    static bool isPlainBackup(const QString &filePath);

private:
    Result<QByteArray> envelope(const QString &slot) const;
    Status storeEnvelope(const QString &slot, const QByteArray &envelope, const QString &what);
    void setQueryOnly(bool on);
    void setState(State state);
    /// VACUUM and a TRUNCATE checkpoint: no old page of text left in the file or the WAL.
    void compact();
    /// Makes the in-memory search index (progress, then ready) and keeps it in step: from the
    /// snapshot or rebuilt on a worker thread (SearchIndexBuilder), here when that cannot be.
    void buildIndex();
    /// Takes the worker's index and replays the saves made meanwhile.
    void adoptBuilt();
    void follow(const QString &kind, qint64 id, RecordChange change);
    /// Seals the index into the snapshot when saves made it stale (lock, close).
    void writeSnapshot();
    void dropIndex();
    QString snapshotPath() const;

    Journal &m_journal;
    State m_state = State::Plain;
    SecretBytes m_dataKey;
    std::unique_ptr<MemorySearchIndex> m_index;
    std::unique_ptr<SearchIndexBuilder> m_builder;
    /// The worker has not handed its index over yet: saves wait in m_pending.
    bool m_building = false;
    struct Change {
        QString kind;
        qint64 id;
        RecordChange change;
    };
    QList<Change> m_pending;
    /// The snapshot on disk holds the index as it is (no save since it was written or read).
    bool m_snapshotCurrent = false;
    bool m_restored = false;
    /// Counts the builders started, so that a cancelled one's late signal is told apart.
    quint64 m_generation = 0;
    QList<QMetaObject::Connection> m_follow;
};

} // namespace Rekindle
