// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteHandle.h"

#include <QByteArray>
#include <QString>

namespace Rekindle {

class ValueSealer;

/// Seals and writes search snapshots (SearchSnapshot::write) on a thread of their own, so that
/// locking and closing an encrypted journal do not wait while tens of megabytes are sealed and
/// synced. Writes run one at a time, in the order they were started; one that a later write to
/// the same file supersedes before it began is skipped. The caller takes the image and its
/// state together, so a write that lands holds the index of that state; one that never lands
/// leaves an older snapshot, which the next unlock finds stale and rebuilds, never trusts.
/// Writes still running when the program ends are waited for.
namespace SearchSnapshotWriter {
    /// Starts writing `image` sealed with `sealer` for `state` to `path`. The image is wiped
    /// once sealed.
    void start(const QString &path, ValueSealer sealer, const QByteArray &state, QByteArray image);
    /// The same for pages as SQLite serialized them: the caller makes no copy and no wipe (a
    /// lock's cost on the GUI thread), this thread wipes and frees them once sealed.
    void start(const QString &path, ValueSealer sealer, const QByteArray &state,
        SqliteHandle::Pages pages);
    /// Waits for the writes started so far, at most `msecs` (-1: as long as they take); true
    /// when none is left.
    bool wait(int msecs = -1);
    /// Abandons the writes not yet committed (turning encryption off) and waits for them: the
    /// file is then as the last finished write left it.
    void cancelAll();
} // namespace SearchSnapshotWriter

} // namespace Rekindle
