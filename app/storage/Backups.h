// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Rekindle {

class Journal;

/// One backup file in the journal's backups folder.
struct BackupInfo {
    enum class Kind {
        Daily, ///< made automatically, rotated
        BeforeUpdate, ///< made before a migration (before-v*), never rotated
        BeforeRestore, ///< the journal as it was before a restore, never rotated
    };

    QString filePath;
    Kind kind = Kind::Daily;
    QDateTime created; ///< UTC
};

/// The journal's automatic backups: at most one a day (`VACUUM INTO`), the newest few kept
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
    /// Every backup in `folder`, newest first, for a journal that cannot be opened.
    static QList<BackupInfo> listIn(const QString &folder);
    /// Records per kind (RecordKind::name) in a backup file, read without changing it.
    static Result<QMap<QString, qint64>> counts(const QString &filePath);

    /// Makes today's backup unless there is one already (after tidying the search index, so
    /// that words of deleted text leave it), then rotates. Returns whether a backup was made.
    Result<bool> runDaily();
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
