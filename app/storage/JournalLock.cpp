// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalLock.h"

#include "core/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::JournalLock", text);
    }

    constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    /// What the lock file says, read the way QLockFile writes it: pid, application, host name,
    /// then (Qt 6) the machine's unique id and the boot id.
    struct LockFileInfo {
        LockHolder holder;
        QByteArray hostId;
    };

    /// Empty when the file cannot be read or holds no valid pid: no live QLockFile leaves it so
    /// for longer than the instant between creating and writing it, and during that instant
    /// it holds a native lock that keeps removeStaleLockFile() from deleting it.
    std::optional<LockFileInfo> readLockFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QList<QByteArray> lines = file.read(4096).split('\n');
        bool ok = false;
        const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
        if (!ok || pid <= 0)
            return std::nullopt;
        LockFileInfo info;
        info.holder.pid = pid;
        info.holder.appName = QString::fromUtf8(lines.value(1).trimmed());
        info.holder.hostName = QString::fromUtf8(lines.value(2).trimmed());
        info.hostId = lines.value(3).trimmed();
        return info;
    }

    /// The same rule as QLockFile: the machine id decides when both sides know it (a renamed
    /// computer stays the same computer), the host name otherwise; no host name means here.
    bool isOtherComputer(const LockFileInfo &info)
    {
        const QByteArray ourId = QSysInfo::machineUniqueId();
        if (!info.hostId.isEmpty() && !ourId.isEmpty())
            return info.hostId != ourId;
        return !info.holder.hostName.isEmpty()
            && info.holder.hostName != QSysInfo::machineHostName();
    }

    QString ownAppName()
    {
        if (!QCoreApplication::instance())
            return {};
        return QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    }

    /// Deletes a lock file no live process holds. The native lock QLockFile keeps on a held
    /// file makes removeStaleLockFile() fail instead of deleting it under its holder.
    bool reclaim(const QString &path)
    {
        QFile::setPermissions(path, OwnerOnlyFile); // an unreadable file cannot be opened
        QLockFile stale(path);
        return stale.removeStaleLockFile() || !QFileInfo::exists(path);
    }

    Error heldError(const QString &path, const std::optional<LockFileInfo> &info)
    {
        if (!info)
            return Error { tr("Rekindle cannot remove the leftover lock file %1. Check the "
                              "permissions of its folder, or delete the file yourself.")
                               .arg(QDir::toNativeSeparators(path)),
                u"unreadable lock file"_s };
        const LockHolder &holder = info->holder;
        const QString detail
            = u"locked by pid %1 (%2) on %3"_s.arg(holder.pid).arg(holder.appName, holder.hostName);
        if (isOtherComputer(*info))
            return Error {
                tr("This journal is open on another computer, “%1”. Close Rekindle there; if that "
                   "computer is off, open the Rekindle window here to take the journal over.")
                    .arg(holder.hostName),
                detail
            };
        if (!holder.appName.isEmpty() && holder.appName == ownAppName())
            return Error { tr("This journal is already open in another Rekindle window. Switch "
                              "to that window, or close it and try again."),
                detail };
        return Error { tr("This journal is in use by another program on this computer (%1, "
                          "process %2). Close it and try again.")
                           .arg(holder.appName.isEmpty() ? tr("unknown") : holder.appName)
                           .arg(holder.pid),
            detail };
    }

} // namespace

Result<std::unique_ptr<QLockFile>> JournalLock::acquire(const QString &directory)
{
    const QString path = directory + u'/' + FileName;
    auto lock = std::make_unique<QLockFile>(path);
    // Never stale by age: a journal may stay open for days. A lock whose process has died is
    // still recognised as stale and reclaimed by QLockFile.
    lock->setStaleLockTime(0);
    std::optional<LockFileInfo> info;
    // A second and third try only after removing a lock file no live process held.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (lock->tryLock(0)) {
            // QLockFile creates it 0666 less the umask; the holder's name and host are private.
            QFile::setPermissions(path, OwnerOnlyFile);
            return lock;
        }
        if (lock->error() != QLockFile::LockFailedError)
            return Error { tr("Rekindle cannot write in the journal folder %1. Check its "
                              "permissions, or choose another folder.")
                               .arg(QDir::toNativeSeparators(directory)) };
        info = readLockFile(path);
        if (info || !reclaim(path))
            break;
    }
    return heldError(path, info);
}

std::optional<LockHolder> JournalLock::otherComputer(const QString &directory)
{
    const std::optional<LockFileInfo> info = readLockFile(directory + u'/' + FileName);
    if (info && isOtherComputer(*info))
        return info->holder;
    return std::nullopt;
}

Status JournalLock::takeOver(const QString &directory)
{
    const QString path = directory + u'/' + FileName;
    const std::optional<LockFileInfo> info = readLockFile(path);
    if (!info || !isOtherComputer(*info))
        return Error { tr("The journal is not held by another computer, so there is nothing to "
                          "take over.") };
    // The other computer holds no native lock here; a local holder would keep the file.
    if (!reclaim(path) && !QFile::remove(path))
        return Error { tr("Rekindle cannot remove the lock file %1. Check the permissions of "
                          "its folder.")
                           .arg(QDir::toNativeSeparators(path)) };
    return {};
}

} // namespace Rekindle
