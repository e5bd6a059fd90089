// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backups.h"
#include "storage/EntryStore.h"
#include "storage/SearchStore.h"
#include "storage/Sql.h"
#include "support/JournalDump.h"
#include "support/TempJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_Backups : public QObject {
    Q_OBJECT

    static QStringList dailyDays(const Backups &backups, const Clock &clock)
    {
        QStringList days;
        for (const BackupInfo &info : backups.list())
            if (info.kind == BackupInfo::Kind::Daily)
                days << clock.localDate(info.created).toString(Qt::ISODate);
        return days;
    }

private Q_SLOTS:
    void atMostOncePerLocalDay()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("America/New_York"));
        journal.clock().setLocal(QDate(2026, 3, 14), QTime(8, 0));
        Backups backups(journal.journal());
        QCOMPARE(*backups.runDaily(), true);
        journal.clock().setLocal(QDate(2026, 3, 14), QTime(23, 59)); // next UTC day, same local
        QCOMPARE(*backups.runDaily(), false);
        journal.clock().setLocal(QDate(2026, 3, 15), QTime(0, 1));
        QCOMPARE(*backups.runDaily(), true);
        QCOMPARE(dailyDays(backups, journal.clock()),
            (QStringList { u"2026-03-15"_s, u"2026-03-14"_s }));
    }

    void keepsTheNewestAndOnePerWeek()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(Sql::run(journal->database(),
            u"INSERT INTO journal_settings (key, value) VALUES (?, '3')"_s,
            { Backups::KeepSetting }, QString()));
        Backups backups(journal.journal());
        QCOMPARE(backups.keepCount(), 3);
        // A migration backup is never rotated away.
        QDir().mkpath(backups.folder());
        const QString migration = backups.folder() + u"/before-v2-20200101-000000.sqlite3"_s;
        QVERIFY(journal->backupTo(migration));
        // Nor is a copy made by hand (rekindle --backup) and put in the folder.
        const QString copy = backups.folder() + u'/'
            + Backups::copyFileName(
                QDateTime(QDate(2025, 12, 24), QTime(18, 30), QTimeZone::utc()));
        QVERIFY(journal->backupTo(copy));
        // 2026-03-14 is a Saturday. Sixty days of daily backups.
        journal.clock().setLocal(QDate(2026, 1, 1), QTime(9, 0));
        for (int day = 0; day < 60; ++day) {
            QVERIFY(*backups.runDaily());
            journal.clock().advanceDays(1);
        }
        const QStringList days = dailyDays(backups, journal.clock());
        // The three newest, then the newest of each older week, up to eight weeks in all.
        QCOMPARE(
            days.mid(0, 3), (QStringList { u"2026-03-01"_s, u"2026-02-28"_s, u"2026-02-27"_s }));
        QCOMPARE(days.mid(3),
            (QStringList { u"2026-02-22"_s, u"2026-02-15"_s, u"2026-02-08"_s, u"2026-02-01"_s,
                u"2026-01-25"_s, u"2026-01-18"_s, u"2026-01-11"_s }));
        QVERIFY(QFile::exists(migration));
        QCOMPARE(backups.list().constLast().kind, BackupInfo::Kind::BeforeUpdate);
        // Listed, with the time in its name, for a restore.
        QVERIFY(QFile::exists(copy));
        const BackupInfo listedCopy = backups.list().at(backups.list().size() - 2);
        QCOMPARE(listedCopy.kind, BackupInfo::Kind::Copy);
        QCOMPARE(listedCopy.filePath, QFileInfo(copy).absoluteFilePath());
        QCOMPARE(
            listedCopy.created, QDateTime(QDate(2025, 12, 24), QTime(18, 30), QTimeZone::utc()));
    }

    void countsReadABackup()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"One"_s, {}, {} }));
        Backups backups(journal.journal());
        QVERIFY(*backups.runDaily());
        const QString file = backups.list().constFirst().filePath;
        const QByteArray before = Test::fileHash(file);
        auto counts = Backups::counts(file);
        QVERIFY(counts);
        QCOMPARE(counts->value(u"entries"_s), 1);
        QCOMPARE(Test::fileHash(file), before);
        QVERIFY(!Backups::counts(journal.directory() + u"/nothing.sqlite3"_s));
    }

    void restoreEndToEnd()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const qint64 kept
            = *journal->entries().create(Step::Acknowledge, { u"Before"_s, u"original text"_s, 3 });
        Backups backups(journal.journal());
        QVERIFY(*backups.runDaily());
        const QString backup = backups.list().constFirst().filePath;
        const QStringList atBackup = Test::dumpContent(journal.journal());

        // Life goes on: an edit, a deletion, a new entry.
        journal.clock().advanceDays(1);
        QVERIFY(journal->entries().update(kept, { u"After"_s, u"changed text"_s, 9 }));
        QVERIFY(journal->entries().create(Step::Reconnect, { u"Newer"_s, {}, {} }));
        const QStringList beforeRestore = Test::dumpContent(journal.journal());

        auto safety = backups.restore(backup);
        QVERIFY2(safety, qPrintable(safety ? QString() : safety.error().message));
        QCOMPARE(Test::dumpContent(journal.journal()), atBackup);
        QVERIFY(journal->search().find(u"original"_s, 5)->hits.size() == 1);
        QVERIFY(journal->search().find(u"changed"_s, 5)->hits.isEmpty());
        // The journal as it was before the restore is kept, and is itself restorable.
        QVERIFY(QFileInfo::exists(*safety));
        QCOMPARE(backups.list().constFirst().kind, BackupInfo::Kind::BeforeRestore);
        QVERIFY(backups.restore(*safety));
        QCOMPARE(Test::dumpContent(journal.journal()), beforeRestore);
        // It survives closing and opening.
        QVERIFY(journal.reopen());
        QCOMPARE(Test::dumpContent(journal.journal()), beforeRestore);
    }

    void restoreOfABrokenFileChangesNothing()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Safe"_s, {}, {} }));
        const QStringList before = Test::dumpContent(journal.journal());
        const QString bogus = journal.directory() + u"/bogus.sqlite3"_s;
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto result = Backups(journal.journal()).restore(bogus);
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(Test::dumpContent(journal.journal()), before);
    }
};

QTEST_GUILESS_MAIN(tst_Backups)
#include "tst_backups.moc"
