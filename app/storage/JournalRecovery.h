// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Backups.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rekindle {

class Journal;

/// What a best-effort rescue of a damaged journal could save.
struct SalvageReport {
    qint64 records = 0; ///< records written to the export
    QStringList unreadable; ///< translated labels of the kinds that could not be read whole
};

/// Working on a journal that cannot be opened, or must not be written to any more, without
/// going through it: the file may be damaged, so nothing here opens it for writing.
///
/// The damaged file is never "backed up" through SQLite (which fails on it, or would copy only
/// what it can read): it is moved aside byte for byte, with its -wal and -shm, into a private
/// folder beside it, so that nothing the person wrote is thrown away by a recovery.
namespace JournalRecovery {
    /// Folder (inside the journal folder) where damaged files are kept, one subfolder a time.
    inline const QString DamagedFolderName = QStringLiteral("damaged");

    /// Cheap checks before a journal file is opened (reads its 100-byte header and its size):
    /// the header is SQLite's, its page size is sane, and the file is not shorter than the
    /// header says (unless a -wal beside it may still bring the rest). An empty file passes.
    Status quickCheck(const QString &filePath);

    /// What a full check found.
    struct Integrity {
        enum class Verdict {
            Whole,
            Damaged,
            NotChecked, ///< the file could not be read at all (busy, missing, no permission)
        };
        Verdict verdict = Verdict::NotChecked;
        QString message; ///< translated, for Damaged and NotChecked
        QString detail; ///< SQLite's first findings or error
        bool whole() const { return verdict == Verdict::Whole; }
    };

    /// SQLite's full integrity_check of `filePath` through a read-only connection of its own,
    /// opened and closed here: safe to run on any thread, beside the journal's own connection.
    Integrity fullCheck(const QString &filePath);

    /// The backups in the journal folder `directory`, newest first (no journal needed).
    QList<BackupInfo> backups(const QString &directory);

    /// Moves the journal file of `directory` and its -wal and -shm into a new private folder
    /// under DamagedFolderName, byte for byte (a rename). The caller holds the journal's lock
    /// and has no connection open to the file. Returns the folder they were moved to.
    Result<QString> moveAside(const QString &directory);

    /// Puts the backup `backupPath` in place of the journal of `directory`: takes the lock,
    /// checks the backup whole (integrity_check), moves the current files aside, copies the
    /// backup under a temporary name, syncs it and renames it. Opening the journal afterwards
    /// migrates an older backup as usual. Returns the folder the old files were moved to
    /// (empty when there was no journal file).
    Result<QString> restore(const QString &directory, const QString &backupPath);

    /// Lost-WAL detection. SQLite keeps committed saves in the -wal until a checkpoint copies
    /// them into the main file; a -wal deleted after a crash (by a sync tool, a copy of only
    /// the main file) silently takes them along, and the main file alone still looks whole.
    /// So Rekindle leaves a marker file beside the journal (journal.sqlite3-pending) while
    /// the WAL may hold saves the main file lacks: made right after such a write is noticed
    /// (JournalHealth polls a change counter every second), removed after a checkpoint that
    /// copied everything, and at a clean close. A marker without a -wal holding a frame means
    /// a WAL was lost. Cheap (two stat calls at open) and honest about its window: a WAL lost
    /// within the second after the first save of a burst goes unnoticed.
    inline const QString PendingSuffix = QStringLiteral("-pending");
    /// Whether the journal of `directory` lost a WAL that held saves (see above).
    bool walLost(const QString &directory);
    /// Whether the marker is there (a WAL that may hold saves, lost or not).
    bool isPending(const QString &directory);
    void markPending(const QString &directory);
    void clearPending(const QString &directory);
    /// Rows changed through the journal's connection since it was opened (SQLite's
    /// total_changes(): a counter in memory, no I/O).
    qint64 changeCount(const Journal &journal);
    /// A PASSIVE checkpoint (never waits for, nor blocks, a reader). True when the main file
    /// now holds everything the WAL held.
    bool checkpoint(const Journal &journal);

    /// Writes what can still be read of the journal of `directory` as a JSON export to
    /// `exportPath`, kind by kind: a kind that fails part-way keeps the records read before
    /// the failure and is named in the report. Works on a byte copy in a temporary folder, so
    /// the damaged file is not touched; fails only when nothing at all can be read.
    Result<SalvageReport> salvage(
        const QString &directory, const QString &exportPath, const Clock &clock = Clock::system());
} // namespace JournalRecovery

} // namespace Rekindle
