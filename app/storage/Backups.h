// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/SqliteHandle.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <atomic>

class QSqlDatabase;

namespace Rekindle {

class Journal;

/// One backup file in the journal's backups folder.
struct BackupInfo {
    enum class Kind {
        Daily, ///< made automatically, rotated
        BeforeUpdate, ///< made before a migration (before-v*), never rotated
        BeforeRestore, ///< the journal as it was before a restore, never rotated
        Copy, ///< a copy made by hand (rekindle --backup) and put in the folder, never rotated
    };

    QString filePath;
    Kind kind = Kind::Daily;
    QDateTime created; ///< UTC
};

/// The journal's automatic backups: at most one a day (BackupFile::write), the newest few kept
/// plus one a week for some weeks; and restoring one, which first keeps the current journal
/// as a backup. Backups made before migrations are listed but never deleted.
class Backups {
public:
    static constexpr int DefaultKeep = 7;
    static constexpr int WeeksKept = 8;
    /// Journal setting: how many of the newest daily backups to keep.
    static inline const QString KeepSetting = QStringLiteral("backups.keep");

    explicit Backups(Journal &journal);

    QString folder() const;
    /// Every backup in the folder, newest first.
    QList<BackupInfo> list() const;
    /// The name of a copy made by hand at `at` (rekindle --backup DIR): one put in the backups
    /// folder is listed and offered for a restore like the automatic ones.
    static QString copyFileName(const QDateTime &at);
    /// Every backup in `folder`, newest first, for a journal that cannot be opened.
    static QList<BackupInfo> listIn(const QString &folder);
    /// Records per kind (RecordKind::name) in a backup file, read without changing it.
    static Result<QMap<QString, qint64>> counts(const QString &filePath);

    /// Makes today's backup unless there is one already (after tidying the search index, so
    /// that words of deleted text leave it), then rotates. Returns whether a backup was made.
    /// Holds the calling thread throughout: the window uses BackgroundBackup instead.
    Result<bool> runDaily();
    /// Where today's backup is to be written, with the folder made private and the leftovers
    /// of a backup that was stopped removed; empty when today's whole backup exists already.
    /// A partial file never counts, so a stopped backup is made again on the next try.
    Result<QString> dailyTarget();
    /// Merges the search index's segments on `db` (the journal's connection, or a worker's own)
    /// in short steps, each its own transaction, stopping between them when `cancel` is set.
    /// Does nothing when the file holds no search index (it may live in memory).
    static Status tidySearchIndex(const QSqlDatabase &db, const std::atomic_bool *cancel = nullptr);
    /// A backup's whole work for a worker thread: opens a connection of its own to the journal
    /// at `journalPath`, tidies the search index and writes the copy to `target` (as
    /// BackupFile::write does, `afterStep` included), stopping soon when `cancel` is set.
    /// Reads no journal state.
    static Status writeOnOwnConnection(const QString &journalPath, const QString &target,
        const std::atomic_bool *cancel, int pagesPerStep,
        const SqliteHandle::StepReport &afterStep = {});
    /// Deletes the daily backups that fall out of the keep rules.
    Status rotate();
    /// The number of daily backups kept (journal setting, DefaultKeep when unset).
    int keepCount() const;

    /// Keeps the journal as it is now as a "before restore" backup (never rotated), before a
    /// restore or an import that replaces everything. Returns its path.
    Result<QString> keepCurrent();

    /// Replaces the journal's content with the backup's, after keeping the current journal as
    /// a "before restore" backup. All or nothing. Returns the safety backup's path.
    Result<QString> restore(const QString &backupPath);

private:
    QString newPath(const QString &prefix) const;

    Journal &m_journal;
};

} // namespace Rekindle
