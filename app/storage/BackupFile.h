// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/SqliteHandle.h"

#include <QString>
#include <atomic>
#include <optional>

class QFile;

class QSqlDatabase;

/// Writing a journal copy so that a crash, a full disk or a file-size limit never leaves a
/// file that looks like a backup and is not one.
///
/// The copy is written under a temporary name (FinalName + PartialSuffix), synced, checked by
/// SQLite's integrity_check through a connection of its own, made 0600, and only then renamed
/// to its final name, with the folder synced so that the rename survives a power loss. Uses no
/// GUI class and no shared state: it can run on any thread that owns `source`, e.g. a worker
/// thread with a connection of its own (see BackgroundBackup).
namespace Rekindle::BackupFile {
inline const QString PartialSuffix = QStringLiteral(".partial");

/// Pages copied per step of a backup in steps: about 1 MB, a few milliseconds of work.
inline constexpr int PagesPerStep = 256;

/// Writes a consistent copy of `source` to `filePath`, which must not exist. Where SQLite's
/// own API may be used on `source` (SqliteHandle), the copy and its check go in steps that
/// setting `cancel` stops within milliseconds; then nothing is left but an error. Else one
/// `VACUUM INTO`, which only stops when done. `afterStep` reports each step's progress (on
/// the calling thread); a single VACUUM INTO reports none.
Status write(const QSqlDatabase &source, const QString &filePath,
    const std::atomic_bool *cancel = nullptr, int pagesPerStep = PagesPerStep,
    const SqliteHandle::StepReport &afterStep = {});
/// Whether write() on `source` goes in steps that `cancel` stops.
bool writesInSteps(const QSqlDatabase &source);

/// What the first 100 bytes of an SQLite file say about its size.
struct Header {
    qint64 pageSize = 0;
    /// Pages in the file; only meaningful when `countValid`.
    qint64 pageCount = 0;
    /// The page count is current (its "version valid for" equals the change counter).
    bool countValid = false;
};
/// The header of `file` (opened for reading), or nothing when it is not an SQLite header
/// (too short, wrong magic, impossible page size).
std::optional<Header> readHeader(QFile &file);

/// Flushes `path`'s data to the disk.
bool syncFile(const QString &path);
/// Makes a rename in `folder` durable. Windows has no directory sync; NTFS journals renames.
bool syncFolder(const QString &folder);

/// Whether the file at `filePath` is a whole SQLite file: its header is SQLite's and its
/// size is the page count the header gives. Cheap (reads 100 bytes): an empty, garbled or
/// truncated file is never taken for a backup.
bool looksComplete(const QString &filePath);

/// Creates `folder` if needed and makes it 0700, whatever the umask.
Status preparePrivateFolder(const QString &folder);

/// Removes the partial files a killed backup left in `folder`. Only for a folder no other
/// process writes backups to (the journal's own, under its lock).
void removeLeftovers(const QString &folder);
} // namespace Rekindle::BackupFile
