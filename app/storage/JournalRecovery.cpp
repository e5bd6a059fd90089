// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRecovery.h"

#include "BackupFile.h"
#include "Journal.h"
#include "JournalAccess.h"
#include "JournalConnection.h"
#include "JournalExport.h"
#include "JournalLock.h"
#include "RecordKinds.h"
#include "Sql.h"
#include "core/Translation.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Rekindle::JournalRecovery {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::JournalRecovery", text);
    }

    constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QStringList SideSuffixes { u"-wal"_s, u"-shm"_s };
    /// A WAL shorter than its 32-byte header plus one frame header holds no committed page.
    constexpr qint64 WalHeaderSize = 32;

    QString damagedMessage()
    {
        return tr("The journal file is damaged. Rekindle has not changed it.");
    }

    QString journalFile(const QString &directory)
    {
        return directory + u'/' + Journal::DatabaseFileName;
    }

} // namespace

Status quickCheck(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Rekindle cannot read the journal file %1. Check its permissions.")
                           .arg(QDir::toNativeSeparators(filePath)),
            file.errorString() };
    if (file.size() == 0)
        return {}; // a new journal, created but never written
    const auto header = BackupFile::readHeader(file);
    if (!header)
        return Error { damagedMessage(), u"bad header"_s };
    const qint64 pageSize = header->pageSize;
    // A checkpoint cut short may leave the main file shorter than its new header says, with
    // the rest still in the -wal: only without a WAL is a short file a damaged one.
    const QFileInfo wal(filePath + u"-wal"_s);
    const bool walMayHoldPages = wal.exists() && wal.size() > WalHeaderSize;
    if (!walMayHoldPages) {
        if (file.size() % pageSize != 0)
            return Error { damagedMessage(), u"size %1 is not whole pages"_s.arg(file.size()) };
        const qint64 pageCount = header->pageCount;
        if (header->countValid && file.size() < pageCount * pageSize)
            return Error { damagedMessage(),
                u"truncated: %1 of %2 pages"_s.arg(file.size() / pageSize).arg(pageCount) };
    }
    return {};
}

Integrity fullCheck(const QString &filePath)
{
    // SQLite result codes that mean the file itself is bad, not that it could not be read now.
    constexpr int SqliteCorrupt = 11;
    constexpr int SqliteNotADb = 26;
    const auto fromError = [](const QSqlError &error) {
        const int code = error.nativeErrorCode().toInt() & 0xff;
        const bool damaged = code == SqliteCorrupt || code == SqliteNotADb;
        return Integrity { damaged ? Integrity::Verdict::Damaged : Integrity::Verdict::NotChecked,
            damaged ? damagedMessage() : tr("The journal could not be checked."), error.text() };
    };
    const QString name = u"rekindle-fullcheck-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Integrity result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        // A read-only journal is read as it opened: no -wal or -shm is made beside it.
        JournalAccess::of(QFileInfo(filePath).absolutePath())
            .prepareReader(db, filePath, u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!QFileInfo::exists(filePath)) {
            result = { Integrity::Verdict::NotChecked, tr("The journal could not be checked."),
                u"missing"_s };
        } else if (!db.open()) {
            result = fromError(db.lastError());
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
                result = fromError(query.lastError());
            } else if (QString finding = query.value(0).toString(); finding != u"ok") {
                // The first few findings are enough for a report; there may be thousands.
                for (int more = 0; more < 4 && query.next(); ++more)
                    finding += u"; "_s + query.value(0).toString();
                result = { Integrity::Verdict::Damaged, damagedMessage(), finding };
            } else {
                result = { Integrity::Verdict::Whole, {}, {} };
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QList<BackupInfo> backups(const QString &directory)
{
    return Backups::listIn(directory + u'/' + Journal::BackupFolderName);
}

Result<QString> moveAside(const QString &directory)
{
    const QString file = journalFile(directory);
    if (!QFileInfo::exists(file))
        return QString();
    const QString parent = directory + u'/' + DamagedFolderName;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = parent + u'/' + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = parent + u'/' + stamp + u"-%1"_s.arg(n);
    if (Status status = BackupFile::preparePrivateFolder(parent); !status)
        return status.error();
    if (Status status = BackupFile::preparePrivateFolder(target); !status)
        return status.error();
    // The -wal first: a main file without its WAL is worth less than a WAL left behind.
    for (const QString &suffix : SideSuffixes) {
        const QString side = file + suffix;
        if (QFileInfo::exists(side)
            && !QFile::rename(side, target + u'/' + Journal::DatabaseFileName + suffix))
            return Error { tr("Rekindle could not move the damaged journal aside, so it changed "
                              "nothing. Check that you may write in %1.")
                               .arg(QDir::toNativeSeparators(directory)),
                side };
    }
    if (!QFile::rename(file, target + u'/' + Journal::DatabaseFileName))
        return Error { tr("Rekindle could not move the damaged journal aside, so it changed "
                          "nothing. Check that you may write in %1.")
                           .arg(QDir::toNativeSeparators(directory)),
            file };
    BackupFile::syncFolder(target);
    BackupFile::syncFolder(directory);
    return target;
}

Result<QString> restore(const QString &directory, const QString &backupPath)
{
    auto lock = JournalLock::acquire(directory);
    if (!lock)
        return lock.error();
    if (!BackupFile::looksComplete(backupPath))
        return Error { tr("The backup %1 is incomplete or damaged; choose another one.")
                           .arg(QDir::toNativeSeparators(backupPath)) };
    if (const Integrity check = fullCheck(backupPath); !check.whole())
        return Error { tr("The backup %1 is incomplete or damaged; choose another one.")
                           .arg(QDir::toNativeSeparators(backupPath)),
            check.detail };

    // Copied next to its final place first, so that the journal is never half a backup.
    const QString file = journalFile(directory);
    const QString partial = file + BackupFile::PartialSuffix;
    QFile::remove(partial);
    const auto cannotCopy = [&partial, &backupPath](const QString &detail) {
        QFile::remove(partial);
        return Error { tr("Rekindle could not copy the backup %1 into the journal folder. Check "
                          "that the disk has room.")
                           .arg(QDir::toNativeSeparators(backupPath)),
            detail };
    };
    {
        QFile source(backupPath);
        QFile target(partial);
        if (!source.open(QIODevice::ReadOnly))
            return cannotCopy(source.errorString());
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !target.setPermissions(OwnerOnlyFile))
            return cannotCopy(target.errorString());
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
                return cannotCopy(source.errorString());
            if (target.write(chunk) != chunk.size())
                return cannotCopy(target.errorString());
        }
        if (!target.flush())
            return cannotCopy(target.errorString());
    }
    if (!BackupFile::syncFile(partial) || !BackupFile::looksComplete(partial))
        return cannotCopy(partial);

    auto aside = moveAside(directory);
    if (!aside) {
        QFile::remove(partial);
        return aside.error();
    }
    if (!QFile::rename(partial, file))
        return cannotCopy(file);
    clearPending(directory); // the marker spoke of the file moved aside
    BackupFile::syncFolder(directory);
    return *aside;
}

bool isPending(const QString &directory)
{
    return QFileInfo::exists(journalFile(directory) + PendingSuffix);
}

bool walLost(const QString &directory)
{
    if (!isPending(directory))
        return false;
    // A WAL holds a saved page only past its 32-byte header and a 24-byte frame header.
    const QFileInfo wal(journalFile(directory) + u"-wal"_s);
    return !wal.exists() || wal.size() <= WalHeaderSize + 24;
}

void markPending(const QString &directory)
{
    QFile marker(journalFile(directory) + PendingSuffix);
    if (marker.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        marker.setPermissions(OwnerOnlyFile);
        marker.close();
        BackupFile::syncFolder(directory);
    }
}

void clearPending(const QString &directory)
{
    QFile::remove(journalFile(directory) + PendingSuffix);
}

qint64 changeCount(const Journal &journal)
{
    QSqlQuery query(journal.database());
    return query.exec(u"SELECT total_changes()"_s) && query.next() ? query.value(0).toLongLong()
                                                                   : -1;
}

bool checkpoint(const Journal &journal)
{
    // Returns (busy, frames in the WAL, frames checkpointed); -1 frames when not in WAL mode.
    QSqlQuery query(journal.database());
    if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !query.next())
        return false;
    return query.value(0).toInt() == 0 && query.value(1).toInt() == query.value(2).toInt();
}

Result<SalvageReport> salvage(
    const QString &directory, const QString &exportPath, const Clock &clock)
{
    const QString file = journalFile(directory);
    const Error nothing { tr("Nothing could be read from the damaged journal. Restore a backup "
                             "instead; the damaged file is kept.") };
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error { tr("Rekindle could not make a temporary folder to read the journal.") };
    // A byte copy: opening it may write (its WAL, a migration) without touching the original.
    for (const QString &suffix : { QString(), u"-wal"_s }) {
        const QString source = file + suffix;
        if (QFileInfo::exists(source)
            && !QFile::copy(source, scratch.filePath(Journal::DatabaseFileName + suffix)))
            return Error { tr("Rekindle cannot read the journal file %1.")
                               .arg(QDir::toNativeSeparators(source)) };
        QFile::setPermissions(scratch.filePath(Journal::DatabaseFileName + suffix), OwnerOnlyFile);
    }
    auto copy = Journal::open(scratch.path(), clock);
    if (!copy)
        return Error { nothing.message, copy.error().detail };
    QStringList unreadable;
    auto document = JournalExport(**copy).toJson(&unreadable);
    if (!document)
        return Error { nothing.message, document.error().detail };

    SalvageReport report;
    const QJsonObject records = document->value(u"records"_s).toObject();
    for (auto it = records.begin(); it != records.end(); ++it)
        report.records += it.value().toArray().size();
    for (const QString &name : std::as_const(unreadable)) {
        const RecordKind *kind = RecordKinds::find(name);
        report.unreadable << (kind ? RecordKinds::label(*kind) : tr("Settings"));
    }
    if (report.records == 0 && unreadable.size() >= RecordKinds::all().size())
        return nothing;

    QSaveFile out(exportPath);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(*document).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return Error { tr("The export could not be written to %1. Check that the disk has room.")
                           .arg(QDir::toNativeSeparators(exportPath)),
            out.errorString() };
    QFile::setPermissions(exportPath, OwnerOnlyFile);
    return report;
}

} // namespace Rekindle::JournalRecovery
