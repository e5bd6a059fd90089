// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <atomic>

struct sqlite3;

namespace Rekindle {

class ValueSealer;

/// The in-memory search index of an encrypted journal, kept between unlocks as a file beside
/// the journal: the index's pages (SqliteHandle::serialize) sealed with a subkey of the data key
/// of its own (ValueSealer::forSearchSnapshot), for a place whose "uid" is the state the index
/// was made from. That state is the journal's row in index_state (its random id, the
/// generation of the indexed rows and the stamp of the last write, which migration 13's
/// triggers renew in the transaction of every write to an indexed table, whoever makes it) and
/// a hash of the index's declaration: reading it costs one row, whatever the journal's size. A
/// snapshot of another state (stale), of another journal, changed, cut short or of a newer
/// format does not open: it is then rebuilt, never trusted.
///
///     offset size
///          0    4  magic "RKSI"
///          4    1  format version (2)
///          5    3  reserved, zero
///          8   16  the state: the journal's id,
///         24    8    the generation (big-endian),
///         32   16    the stamp of the last write,
///         48   32    the SHA-256 of the declaration; bound into the seal too
///         80    …  ValueSealer's sealed bytes (kind "search_snapshot", field "index")
namespace SearchSnapshot {
    inline const QString FileName = QStringLiteral("search.snapshot");
    inline constexpr quint8 FormatVersion = 2;

    /// Where the snapshot of the journal in `directory` lives.
    QString pathIn(const QString &directory);

    /// The state of the journal on `handle` (its "main"), read in the caller's transaction: one
    /// row, so cheap enough for the GUI thread.
    Result<QByteArray> stateOf(sqlite3 *handle);

    /// Writes `image` sealed for `state` to `path` atomically: a temporary name, synced, made
    /// 0600, renamed, the folder synced. Once `cancel` is set, nothing more is written and the
    /// file is left as it was (SearchSnapshotWriter).
    Status write(const QString &path, const ValueSealer &sealer, const QByteArray &state,
        QByteArrayView image, const std::atomic_bool *cancel = nullptr);
    /// The image sealed at `path` for `state`; an error when there is none, or it does not open.
    Result<QByteArray> read(
        const QString &path, const ValueSealer &sealer, const QByteArray &state);
    /// Removes the snapshot at `path` (turning encryption off); true when none is left.
    bool remove(const QString &path);
} // namespace SearchSnapshot

} // namespace Rekindle
