// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupFile.h"

#include "Sql.h"
#include "SqliteHandle.h"
#include "core/Translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace Rekindle::BackupFile {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::BackupFile", text);
    }

    constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    /// SQLite may leave these beside a copy it was writing when it was stopped.
    void removeWithSideFiles(const QString &path)
    {
        QFile::remove(path);
        QFile::remove(path + u"-journal"_s);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }

    /// SQLite's own full check, through a read-only connection that is closed on return.
    Status checkIntegrity(const QString &path, const std::atomic_bool *cancel)
    {
        const QString name
            = u"rekindle-backupcheck-"_s + QUuid::createUuid().toString(QUuid::Id128);
        Status status;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open()) {
                status = Sql::error(db.lastError(), tr("The new backup cannot be read."));
            } else {
                const SqliteHandle::CancelGuard stoppable(SqliteHandle::handleOf(db), cancel);
                QSqlQuery query(db);
                if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
                    status = Sql::error(query.lastError(), tr("The new backup cannot be read."));
                else if (const QString result = query.value(0).toString(); result != u"ok")
                    status = Error { tr("The new backup is damaged."), result };
                query.finish();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return status;
    }

} // namespace

bool writesInSteps(const QSqlDatabase &source)
{
    return SqliteHandle::handleOf(source) != nullptr;
}

Status write(const QSqlDatabase &source, const QString &filePath, const std::atomic_bool *cancel,
    int pagesPerStep, const SqliteHandle::StepReport &afterStep)
{
    if (QFileInfo::exists(filePath))
        return Error {
            tr("A file named %1 already exists.").arg(QDir::toNativeSeparators(filePath))
        };
    const QString partial = filePath + PartialSuffix;
    removeWithSideFiles(partial); // a run killed while writing this very copy
    const auto failed = [&partial, cancel](Error error) {
        removeWithSideFiles(partial);
        if (cancel && cancel->load())
            return Status(Error { tr("The backup was stopped before it was finished.") });
        return Status(std::move(error));
    };
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    {
        // Created first, so that the copy is private from its first byte.
        QFile create(partial);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !create.setPermissions(OwnerOnlyFile))
            return failed(
                Error { tr("Rekindle cannot write the backup in %1. Check that you may "
                           "write there and that the disk has room.")
                            .arg(QDir::toNativeSeparators(QFileInfo(filePath).absolutePath())),
                    create.errorString() });
    }
    if (sqlite3 *handle = SqliteHandle::handleOf(source)) {
        if (Status status
            = SqliteHandle::copyInSteps(handle, partial, cancel, pagesPerStep, afterStep);
            !status)
            return failed(status.error());
    } else {
        QSqlQuery query(source);
        if (!query.prepare(u"VACUUM INTO ?"_s))
            return failed(
                Sql::error(query.lastError(), tr("Rekindle could not back up the journal.")));
        query.addBindValue(partial);
        if (!query.exec())
            return failed(
                Sql::error(query.lastError(), tr("Rekindle could not back up the journal.")));
        query.finish();
    }
    if (cancelled())
        return failed({});
    if (!syncFile(partial))
        return failed(
            Error { tr("Rekindle could not finish writing the backup to the disk."), partial });
    if (!looksComplete(partial))
        return failed(Error { tr("The new backup is incomplete."), partial });
    if (Status status = checkIntegrity(partial, cancel); !status || cancelled())
        return failed(status ? Error {} : status.error());
    QFile::remove(partial + u"-journal"_s); // never needed by a finished copy
    if (!QFile::setPermissions(partial, OwnerOnlyFile) || !QFile::rename(partial, filePath))
        return failed(Error { tr("Rekindle could not give the backup its name %1.")
                                  .arg(QDir::toNativeSeparators(filePath)) });
    // Not a failure when it fails: the file is whole and checked, only its name might not
    // survive a power loss that comes right now.
    syncFolder(QFileInfo(filePath).absolutePath());
    return {};
}

bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return file.flush();
#endif
}

bool syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(folder);
    return true;
#endif
}

std::optional<Header> readHeader(QFile &file)
{
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return std::nullopt;
    const auto byte = [&header](int i) { return quint32(quint8(header.at(i))); };
    const auto be32 = [&byte](int i) {
        return byte(i) << 24 | byte(i + 1) << 16 | byte(i + 2) << 8 | byte(i + 3);
    };
    // Page size at 16 (1 means 65536); page count at 28, valid when the "version valid for"
    // number at 92 equals the change counter at 24 (always so in a file SQLite wrote whole).
    const quint32 rawPageSize = byte(16) << 8 | byte(17);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return std::nullopt;
    return Header { pageSize, be32(28), be32(92) == be32(24) };
}

bool looksComplete(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto header = readHeader(file);
    return header && header->countValid && header->pageCount > 0
        && file.size() == header->pageSize * header->pageCount;
}

Status preparePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder)
        || !QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error { tr("Rekindle cannot prepare the backup folder %1. Check its permissions.")
                           .arg(QDir::toNativeSeparators(folder)) };
    return {};
}

void removeLeftovers(const QString &folder)
{
    const QDir dir(folder);
    const QStringList patterns { u"*"_s + PartialSuffix, u"*"_s + PartialSuffix + u"-*"_s };
    for (const QString &name : dir.entryList(patterns, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}

} // namespace Rekindle::BackupFile
