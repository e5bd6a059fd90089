// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "BackupFile.h"
#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "JournalEncryption.h"
#include "JournalExport.h"
#include "JournalImport.h"
#include "JournalVault.h"
#include "RecordKinds.h"
#include "Sql.h"
#include "SqliteHandle.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::Backups", text);
    }

    const QString DailyPrefix = u"daily-"_s;
    const QString BeforeRestorePrefix = u"before-restore-"_s;
    const QString CopyPrefix = u"rekindle-"_s;
    const QString StampFormat = u"yyyyMMdd-HHmmss"_s;
    /// Pages of the search index merged per step while tidying it (a few milliseconds).
    constexpr int MergePagesPerStep = 200;
    /// Far more steps than any index needs (36,500 entries take about 40): a bound, not a plan.
    constexpr int MaxMergeSteps = 100000;

    /// A connection to a backup file that cannot write to it.
    class ReadOnlyConnection {
    public:
        explicit ReadOnlyConnection(const QString &filePath)
            : m_name(u"rekindle-backup-"_s + QUuid::createUuid().toString(QUuid::Id128))
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
            db.setDatabaseName(filePath);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            m_open = db.open();
        }
        ~ReadOnlyConnection()
        {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
        ReadOnlyConnection(const ReadOnlyConnection &) = delete;
        ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

        bool isOpen() const { return m_open; }
        QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    private:
        QString m_name;
        bool m_open = false;
    };

} // namespace

Backups::Backups(Journal &journal)
    : m_journal(journal)
{
}

QString Backups::folder() const
{
    return m_journal.directory() + u'/' + Journal::BackupFolderName;
}

QList<BackupInfo> Backups::list() const
{
    return listIn(folder());
}

QString Backups::copyFileName(const QDateTime &at)
{
    return CopyPrefix + at.toString(StampFormat) + u".sqlite3"_s;
}

QList<BackupInfo> Backups::listIn(const QString &folder)
{
    static const QRegularExpression stamp(uR"((\d{8}-\d{6})\.sqlite3$)"_s);
    QList<BackupInfo> backups;
    const QDir dir(folder);
    const auto files = dir.entryInfoList({ u"*.sqlite3"_s }, QDir::Files);
    for (const QFileInfo &file : files) {
        BackupInfo info;
        info.filePath = file.absoluteFilePath();
        const QString name = file.fileName();
        if (name.startsWith(DailyPrefix))
            info.kind = BackupInfo::Kind::Daily;
        else if (name.startsWith(BeforeRestorePrefix))
            info.kind = BackupInfo::Kind::BeforeRestore;
        else if (name.startsWith(u"before-v"_s))
            info.kind = BackupInfo::Kind::BeforeUpdate;
        else if (name.startsWith(CopyPrefix))
            info.kind = BackupInfo::Kind::Copy;
        else
            continue;
        const auto match = stamp.match(name);
        info.created = match.hasMatch() ? QDateTime::fromString(match.captured(1), StampFormat)
                                        : file.lastModified();
        info.created.setTimeZone(QTimeZone::utc());
        backups << info;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created != b.created ? a.created > b.created : a.filePath > b.filePath;
    });
    return backups;
}

Result<QMap<QString, qint64>> Backups::counts(const QString &filePath)
{
    const ReadOnlyConnection connection(filePath);
    if (!connection.isOpen())
        return Error {
            tr("The backup %1 cannot be read.").arg(QDir::toNativeSeparators(filePath))
        };
    const QSqlDatabase db = connection.database();
    QMap<QString, qint64> counts;
    auto tables = Sql::run(db, u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s, {},
        tr("The backup cannot be read."));
    if (!tables)
        return tables.error();
    QSet<QString> present;
    while (tables->next())
        present.insert(tables->value(0).toString());
    tables->finish();
    for (const RecordKind &kind : RecordKinds::all()) {
        if (!present.contains(kind.table))
            continue;
        auto count = Sql::run(
            db, u"SELECT count(*) FROM %1"_s.arg(kind.table), {}, tr("The backup cannot be read."));
        if (!count)
            return count.error();
        counts.insert(kind.name, count->next() ? count->value(0).toLongLong() : 0);
    }
    return counts;
}

int Backups::keepCount() const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT %1 FROM %2 WHERE key = ?"_s.arg(
            FieldCodec::textColumn(u"value"_s), RecordKinds::SettingsTable),
        { KeepSetting }, QString());
    const auto value = query && query->next() ? m_journal.fieldCodec().read(
                           { RecordKinds::SettingsTable, u"value"_s, KeepSetting }, query->value(0))
                                              : Result<QString>(QString());
    if (value) {
        bool ok = false;
        const int keep = value->toInt(&ok);
        if (ok && keep >= 1)
            return std::min(keep, 1000);
    }
    return DefaultKeep;
}

QString Backups::newPath(const QString &prefix) const
{
    const QString stamp = m_journal.clock().now().toString(StampFormat);
    QString path = folder() + u'/' + prefix + stamp + u".sqlite3"_s;
    // Two in the same second (a restore right after a backup): never overwrite.
    for (int n = 2; QFile::exists(path); ++n)
        path = folder() + u'/' + prefix + stamp + u"-%1.sqlite3"_s.arg(n);
    return path;
}

Result<QString> Backups::dailyTarget()
{
    const QDate today = m_journal.clock().today();
    for (const BackupInfo &backup : list()) {
        // A broken file named for today (a copy cut short before backups were atomic) is
        // not today's backup.
        if (backup.kind == BackupInfo::Kind::Daily
            && m_journal.clock().localDate(backup.created) >= today
            && BackupFile::looksComplete(backup.filePath))
            return QString();
    }
    if (Status status = BackupFile::preparePrivateFolder(folder()); !status)
        return status.error();
    BackupFile::removeLeftovers(folder());
    return newPath(DailyPrefix);
}

Status Backups::tidySearchIndex(const QSqlDatabase &db, const std::atomic_bool *cancel)
{
    const QString failed = tr("The search index could not be tidied.");
    auto present = Sql::run(
        db, u"SELECT 1 FROM sqlite_schema WHERE name = ?"_s, { RecordKinds::SearchTable }, failed);
    if (!present)
        return present.error();
    if (!present->next())
        return {};
    present->finish();
    // FTS5's incremental merge, about that many pages at a time. The first step's negative
    // count puts the segments of every level together, as 'optimize' does (a negative count on
    // every step would start that over each time); the later ones carry that merge on. Fewer
    // than two changes mean that nothing was left to merge.
    const QString merge
        = u"INSERT INTO main.%1 (%1, rank) VALUES ('merge', ?)"_s.arg(RecordKinds::SearchTable);
    for (int step = 0; step < MaxMergeSteps; ++step) {
        if (cancel && cancel->load())
            return Error { tr("The backup was stopped before it was finished.") };
        auto before = Sql::run(db, u"SELECT total_changes()"_s, {}, failed);
        if (!before || !before->next())
            return before ? Status(Error { failed }) : Status(before.error());
        const qint64 changesBefore = before->value(0).toLongLong();
        before->finish();
        if (auto merged
            = Sql::run(db, merge, { step == 0 ? -MergePagesPerStep : MergePagesPerStep }, failed);
            !merged)
            return merged.error();
        auto after = Sql::run(db, u"SELECT total_changes()"_s, {}, failed);
        if (!after || !after->next())
            return after ? Status(Error { failed }) : Status(after.error());
        if (after->value(0).toLongLong() - changesBefore < 2)
            return {};
    }
    return {};
}

Status Backups::writeOnOwnConnection(const QString &journalPath, const QString &target,
    const std::atomic_bool *cancel, int pagesPerStep, const SqliteHandle::StepReport &afterStep)
{
    const QString name = u"rekindle-backup-worker-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(journalPath);
        // A save on the window's connection holds the write lock for milliseconds.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            status = Sql::error(db.lastError(), tr("Rekindle could not back up the journal."));
        } else {
            // The same durability and erasure as the window's connection: tidying the search
            // index writes to the journal.
            QSqlQuery pragmas(db);
            for (const QString &pragma : { u"PRAGMA synchronous = FULL"_s,
                     u"PRAGMA secure_delete = ON"_s, u"PRAGMA trusted_schema = ON"_s })
                pragmas.exec(pragma);
            {
                // A merge step stops in the middle too (and rolls back) when asked to.
                const SqliteHandle::CancelGuard stoppable(SqliteHandle::handleOf(db), cancel);
                status = tidySearchIndex(db, cancel);
            }
            if (status)
                status = BackupFile::write(db, target, cancel, pagesPerStep, afterStep);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Result<bool> Backups::runDaily()
{
    const auto target = dailyTarget();
    if (!target)
        return target.error();
    if (target->isEmpty())
        return false;
    // Merging the search index's segments drops the words of deleted and edited text, which
    // would otherwise linger in it (and in the backup) until SQLite merges on its own. An
    // encrypted journal has no index on disk (and is query-only while locked).
    if (!m_journal.encryption().isEncrypted()) {
        if (Status status = tidySearchIndex(m_journal.database()); !status)
            return status.error();
    }
    if (Status status = m_journal.backupTo(*target); !status)
        return status.error();
    if (Status status = rotate(); !status)
        return status.error();
    return true;
}

Status Backups::rotate()
{
    // Only whole backups take a place in the rules, so that a broken newer file never pushes
    // the last good one out. A broken one is left alone: it is not ours to judge what it holds.
    QList<BackupInfo> daily;
    for (const BackupInfo &backup : list())
        if (backup.kind == BackupInfo::Kind::Daily && BackupFile::looksComplete(backup.filePath))
            daily << backup; // newest first
    const int keep = keepCount();
    QSet<QString> kept;
    QSet<int> weeks;
    for (int i = 0; i < daily.size(); ++i) {
        const BackupInfo &backup = daily.at(i);
        int year = 0;
        const int week = m_journal.clock().localDate(backup.created).weekNumber(&year);
        const int weekKey = year * 100 + week;
        // The newest of each of the last WeeksKept weeks stays, beside the newest `keep`.
        const bool newestOfWeek = !weeks.contains(weekKey) && weeks.size() < WeeksKept;
        if (newestOfWeek)
            weeks.insert(weekKey);
        if (i < keep || newestOfWeek)
            kept.insert(backup.filePath);
    }
    for (const BackupInfo &backup : std::as_const(daily)) {
        if (!kept.contains(backup.filePath) && !QFile::remove(backup.filePath))
            return Error { tr("An old backup could not be deleted: %1")
                               .arg(QDir::toNativeSeparators(backup.filePath)) };
    }
    return {};
}

Result<QString> Backups::restore(const QString &backupPath)
{
    // Read the backup through a journal of its own, in a temporary copy: an older backup is
    // migrated there, and the file in the backups folder stays exactly as it was.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error { tr("Rekindle could not make a temporary folder for the restore.") };
    if (!QFile::copy(backupPath, scratch.filePath(Journal::DatabaseFileName)))
        return Error {
            tr("The backup %1 cannot be read.").arg(QDir::toNativeSeparators(backupPath))
        };
    QFile::setPermissions(scratch.filePath(Journal::DatabaseFileName),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject content;
    {
        auto source = Journal::open(scratch.path(), m_journal.clock());
        if (!source)
            return Error { tr("The backup cannot be restored: %1").arg(source.error().message),
                source.error().detail };
        // A backup made while encrypted opens with the journal's own key.
        if ((*source)->encryption().state() == JournalEncryption::State::Locked
            && m_journal.encryption().state() == JournalEncryption::State::Unlocked)
            if (Status unlocked
                = static_cast<JournalVault &>((*source)->encryption())
                      .unlockWithKeyOf(static_cast<JournalVault &>(m_journal.encryption()));
                !unlocked)
                return Error {
                    tr("The backup cannot be restored: %1").arg(unlocked.error().message)
                };
        auto document = JournalExport(**source).toJson();
        if (!document)
            return document.error();
        content = *document;
    }

    const auto safety = keepCurrent();
    if (!safety)
        return safety.error();
    auto imported = JournalImport(m_journal).apply(content, ImportMode::Replace);
    if (!imported)
        return imported.error();
    return *safety;
}

Result<QString> Backups::keepCurrent()
{
    if (Status status = BackupFile::preparePrivateFolder(folder()); !status)
        return Error { tr("The current journal could not be backed up, so nothing was "
                          "changed. %1")
                           .arg(status.error().message) };
    BackupFile::removeLeftovers(folder());
    const QString path = newPath(BeforeRestorePrefix);
    if (Status status = m_journal.backupTo(path); !status)
        return Error { tr("The current journal could not be backed up, so nothing was "
                          "changed. %1")
                           .arg(status.error().message),
            status.error().detail };
    return path;
}

} // namespace Rekindle
