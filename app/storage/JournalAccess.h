// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

class QSqlDatabase;

namespace Rekindle {

/// Whether a journal may be written, decided from its folder, its file and their disk before
/// anything opens it, and how SQLite must open it then.
///
/// The mode bits say what the person wants, so a folder or file without its owner's write bit
/// counts as read-only even for a user (root) the system would let write. A read-only journal
/// is opened so that nothing beside it is created either: SQLite's `immutable` mode needs no
/// -wal or -shm file; only when a -wal still holds saves (an unclean stop) is it read through
/// `mode=ro`, which may need a -shm.
struct JournalAccess {
    bool readOnly = false;
    /// The folder may not be written (its mode, or the disk): no lock, backup or side file.
    bool folderReadOnly = false;
    /// The disk itself is mounted read-only: no mode change can help.
    bool readOnlyDisk = false;
    /// Why it is read-only, for the window's banner and the console (translated).
    QString reason;

    /// Looks at `directory` (the journal's folder) and its journal file.
    static JournalAccess of(const QString &directory);

    /// Names `db`'s file and its open options for reading `filePath` with this access, plus
    /// `options` (Qt's QSQLITE_* connect options). The connection never writes; on a read-only
    /// journal it is `immutable` unless walHoldsSaves(), or `forceImmutable` (the last resort
    /// when the -wal cannot be read where no -shm can be made).
    void prepareReader(QSqlDatabase &db, const QString &filePath, const QString &options = {},
        bool forceImmutable = false) const;
    /// Gives the owner the write permission the folder and its journal file lack, and nothing
    /// more. Only ever on the person's request: Rekindle never changes a mode they set.
    static Status allowChanges(const QString &directory);

    /// True when the -wal beside `filePath` holds saves that `immutable` would not see.
    static bool walHoldsSaves(const QString &filePath);
};

} // namespace Rekindle
