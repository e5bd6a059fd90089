// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "support/TempJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Sets PRAGMA user_version of a closed journal file directly, as a newer Rekindle would.
void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class tst_Journal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsPrivateJournal()
    {
        Test::TempJournal journal;
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        QCOMPARE(journal->schemaVersion(), Journal::latestSchemaVersion());
        QVERIFY(QFileInfo::exists(journal->filePath()));
#ifdef Q_OS_UNIX
        const auto dirPermissions = QFileInfo(journal->directory()).permissions();
        QVERIFY(dirPermissions.testFlags(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY(!(dirPermissions
            & (QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::ExeOther)));
        const auto filePermissions = QFileInfo(journal->filePath()).permissions();
        QVERIFY(!(filePermissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QVERIFY(!(filePermissions & (QFileDevice::WriteGroup | QFileDevice::WriteOther)));
#endif
    }

    void pragmas()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QSqlQuery query(journal->database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
        QVERIFY(query.exec(u"PRAGMA busy_timeout"_s) && query.next());
        QVERIFY(query.value(0).toInt() >= 1000);
    }

    void reopenKeepsData()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto id = journal->entries().create(Step::Reconnect, { u"Title"_s, u"Body"_s, 6 });
        QVERIFY(id);
        QVERIFY2(journal.reopen(), qPrintable(journal.error()));
        auto entry = journal->entries().entry(*id);
        QVERIFY(entry);
        QCOMPARE(entry->body, u"Body"_s);
        QCOMPARE(entry->mood, std::optional<int>(6));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < Journal::latestSchemaVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        Test::TempJournal journal(JournalOptions { from });
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        QCOMPARE(journal->schemaVersion(), from);
        // Data written by the old version (entries exist since version 1).
        QSqlQuery insert(journal->database());
        QVERIFY(insert.exec(u"INSERT INTO entries (uid, step, title, body, created_at, updated_at) "
                            "VALUES ('u1', 2, 'Old', 'Kept', 1000, 1000)"_s));
        QVERIFY2(journal.reopen(), qPrintable(journal.error()));
        QCOMPARE(journal->schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(*journal->entries().count(Step::WorkOnYourself), qint64(1));
        // A backup of the file as it was before migrating.
        const QDir backups(journal->directory() + u'/' + Journal::BackupFolderName);
        const QStringList files = backups.entryList({ u"before-v*.sqlite3"_s }, QDir::Files);
        QCOMPARE(files.size(), 1);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        db.setDatabaseName(backups.filePath(files.constFirst()));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), from);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"backup"_s);
    }

    void refusesNewerVersionUntouched()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QString path = journal->filePath();
        journal.close();
        setUserVersion(path, Journal::latestSchemaVersion() + 1);
        const QByteArray before = sha256(path);
        const QStringList filesBefore = QDir(journal.directory()).entryList(QDir::Files);

        QVERIFY(!journal.reopen());
        QVERIFY(journal.error().contains(u"newer version"_s));
        QCOMPARE(sha256(path), before);
        QCOMPARE(QDir(journal.directory()).entryList(QDir::Files), filesBefore);
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(Journal::DatabaseFileName));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = sha256(file.fileName());
        auto journal = Journal::open(dir.path());
        QVERIFY(!journal);
        QVERIFY(journal.error().message.contains(u"damaged"_s));
        QCOMPARE(sha256(file.fileName()), before);
    }

    void secondOpenIsRefusedWhileLocked()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto second = Journal::open(journal.directory());
        QVERIFY(!second);
        QVERIFY(second.error().message.contains(u"already open"_s));
        journal.close();
        auto third = Journal::open(journal.directory());
        QVERIFY(third);
    }

    void staleLockIsReclaimed()
    {
        QTemporaryDir dir;
        // A lock left by a process that has since died.
        QProcess process;
        process.start(u"sh"_s, { u"-c"_s, u"exit 0"_s });
        QVERIFY(process.waitForFinished());
        const qint64 deadPid = process.processId() > 0 ? process.processId() : 2147483;
        QFile lock(dir.filePath(Journal::LockFileName));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nrekindle\n"
            + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();

        auto journal = Journal::open(dir.path());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
    }

    void unwritableDirectoryIsAClearError()
    {
        QTemporaryDir dir;
        // A folder inside a regular file can never be created, not even by root.
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto journal = Journal::open(dir.filePath(u"file/journal"_s));
        QVERIFY(!journal);
        QVERIFY(journal.error().message.contains(u"cannot create"_s));

        auto onFile = Journal::open(blocker.fileName());
        QVERIFY(!onFile);
        QVERIFY(onFile.error().message.contains(u"is a file"_s));
    }

    void diskFullOnSaveChangesNothing()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto id = journal->entries().create(Step::Acknowledge, { u"T"_s, u"Original"_s, {} });
        QVERIFY(id);
        // Pretend the disk is full: the database may not grow past its current size.
        QSqlQuery query(journal->database());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        const Status status
            = journal->entries().update(*id, { u"T"_s, QString(200000, QLatin1Char('z')), {} });
        QVERIFY(!status);
        QVERIFY(status.error().message.contains(u"disk is full"_s));
        QCOMPARE(journal->entries().entry(*id)->body, u"Original"_s);
    }

    void backupIsAConsistentCopy()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"T"_s, u"B"_s, {} }));
        const QString target = journal.directory() + u"/copy.sqlite3"_s;
        QVERIFY(journal->backupTo(target));
        QVERIFY(!journal->backupTo(target)); // never overwrites
        QVERIFY(QFileInfo(target).size() > 0);
    }
};

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
