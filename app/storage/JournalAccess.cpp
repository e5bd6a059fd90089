// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalAccess.h"

#include "Journal.h"
#include "core/Translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStorageInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::JournalAccess", text);
    }

    /// The owner's write bit and the system's own verdict (access(2), which also knows a
    /// read-only mount): both must allow writing.
    bool writable(const QFileInfo &info)
    {
        return info.isWritable() && info.permissions().testFlag(QFileDevice::WriteOwner);
    }

} // namespace

JournalAccess JournalAccess::of(const QString &directory)
{
    JournalAccess access;
    const QFileInfo folder(directory);
    if (!folder.isDir())
        return access; // created read-write by Journal::open
    const QFileInfo file(directory + u'/' + Journal::DatabaseFileName);
    access.folderReadOnly = !writable(folder);
    const bool fileReadOnly = file.exists() && !writable(file);
    access.readOnly = access.folderReadOnly || fileReadOnly;
    if (!access.readOnly)
        return access;
    const QStorageInfo disk(directory);
    access.readOnlyDisk = disk.isValid() && disk.isReadOnly();
    const QString where
        = QDir::toNativeSeparators(access.folderReadOnly ? directory : file.absoluteFilePath());
    if (access.readOnlyDisk)
        access.reason = tr("This journal is on a disk that can only be read (%1), so it is "
                           "open read-only: you can read, search, export and back it up, but "
                           "nothing can be changed or saved.")
                            .arg(where);
    else if (access.folderReadOnly)
        access.reason = tr("The journal's folder (%1) is set so that it cannot be changed, so "
                           "the journal is open read-only: you can read, search, export and "
                           "back it up, but nothing can be changed or saved.")
                            .arg(where);
    else
        access.reason = tr("The journal file (%1) is set so that it cannot be changed, so the "
                           "journal is open read-only: you can read, search, export and back it "
                           "up, but nothing can be changed or saved.")
                            .arg(where);
    return access;
}

Status JournalAccess::allowChanges(const QString &directory)
{
    const auto addOwnerWrite = [](const QString &path) {
        const QFileInfo info(path);
        if (!info.exists() || info.permissions().testFlag(QFileDevice::WriteOwner))
            return true;
        return QFile::setPermissions(path, info.permissions() | QFileDevice::WriteOwner);
    };
    if (!addOwnerWrite(directory) || !addOwnerWrite(directory + u'/' + Journal::DatabaseFileName))
        return Error { tr("Rekindle could not allow changes to the journal in %1: you may not "
                          "change its permissions, or the disk can only be read.")
                           .arg(QDir::toNativeSeparators(directory)) };
    if (of(directory).readOnly)
        return Error { tr("The journal in %1 still cannot be changed: the disk or the system "
                          "does not allow it.")
                           .arg(QDir::toNativeSeparators(directory)) };
    return {};
}

bool JournalAccess::walHoldsSaves(const QString &filePath)
{
    const QFileInfo wal(filePath + u"-wal"_s);
    return wal.exists() && wal.size() > 0;
}

void JournalAccess::prepareReader(
    QSqlDatabase &db, const QString &filePath, const QString &options, bool forceImmutable) const
{
    QString connectOptions = u"QSQLITE_OPEN_READONLY"_s;
    if (!readOnly) {
        db.setDatabaseName(filePath);
    } else {
        // A URI, so that SQLite takes its parameters; QUrl escapes '?', '#' and '%' in the path.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(filePath).absoluteFilePath());
        const bool immutable = forceImmutable || !walHoldsSaves(filePath);
        uri.setQuery(immutable ? u"mode=ro&immutable=1"_s : u"mode=ro"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        connectOptions += u";QSQLITE_OPEN_URI"_s;
    }
    if (!options.isEmpty())
        connectOptions += u';' + options;
    db.setConnectOptions(connectOptions);
}

} // namespace Rekindle
