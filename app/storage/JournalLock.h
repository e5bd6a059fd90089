// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <memory>
#include <optional>

class QLockFile;

namespace Rekindle {

/// The computer and process named in a journal's lock file.
struct LockHolder {
    qint64 pid = 0;
    QString appName;
    QString hostName;
};

/// The one-writer lock of a journal folder, which never locks a person out for good.
///
/// QLockFile alone keeps an empty, unreadable or garbled lock file forever, and one written on
/// another computer too. Here a lock that no live process can hold is reclaimed, and one from
/// another computer is reported as such, so that the person can choose to take it over (a
/// journal on a shared or synced folder, left open on a laptop that is now off).
class JournalLock final {
public:
    static inline const QString FileName = QStringLiteral("journal.lock");

    /// Takes the lock of `directory`, reclaiming a stale one. The lock file is private (0600).
    static Result<std::unique_ptr<QLockFile>> acquire(const QString &directory);

    /// The holder of `directory`'s lock when it is another computer; empty when the lock is
    /// free, stale or held on this computer. A refused acquire() asks this to offer a takeover.
    static std::optional<LockHolder> otherComputer(const QString &directory);

    /// Removes a lock held by another computer, so that the next acquire() succeeds. Refuses a
    /// lock held on this computer: a live Rekindle here is never taken over.
    static Status takeOver(const QString &directory);
};

} // namespace Rekindle
