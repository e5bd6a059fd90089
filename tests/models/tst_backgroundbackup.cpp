// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/BackgroundBackup.h"
#include "storage/BackupFile.h"
#include "storage/Backups.h"
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

QStringList dailyBackups(const QString &folder)
{
    QStringList whole;
    for (const QString &name : QDir(folder).entryList({ u"daily-*.sqlite3"_s }, QDir::Files))
        if (BackupFile::looksComplete(folder + u'/' + name))
            whole << name;
    return whole;
}

} // namespace

/// The daily backup on a worker thread: the event loop keeps turning while it runs, saves go on,
/// and stopping it (cancel, or closing) leaves nothing that counts as a backup, so that the
/// next try makes it.
class tst_BackgroundBackup : public QObject {
    Q_OBJECT

private:
    /// A journal of a year of writing (a few MB): a copy one page per step takes a while.
    bool fill(Test::TempJournal &j)
    {
        return bool(DemoJournal::generate(j.journal(), { 365, 6, 7 }));
    }

private Q_SLOTS:
    void runsWhileTheEventLoopTurns()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(fill(j));
        const qint64 entries = *j->entries().count();
        Backups backups(j.journal());
        BackgroundBackup backup(j.journal());
        backup.setPagesPerStep(1);
        QSignalSpy finished(&backup, &BackgroundBackup::finished);
        int ticks = 0;
        QTimer tick;
        tick.setInterval(1);
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start();

        const auto started = backup.startDaily();
        QVERIFY(started);
        QVERIFY(*started);
        // Not done inside the call: the copy is on the worker.
        QVERIFY(backup.isRunning());
        // A save while it runs goes through.
        QVERIFY(j->entries().create(Step::Acknowledge, { u"Meanwhile"_s, u"typed"_s, {} }));
        QVERIFY(finished.wait(120000));
        QVERIFY(ticks > 0);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(!backup.isRunning());

        const QStringList made = dailyBackups(backups.folder());
        QCOMPARE(made.size(), 1);
        QVERIFY(!filesIn(backups.folder()).join(u' ').contains(BackupFile::PartialSuffix));
        const auto counts = Backups::counts(backups.folder() + u'/' + made.constFirst());
        QVERIFY(counts);
        // The journal as it was when the worker began reading: before or after that save,
        // never a part of it.
        const qint64 copied = counts->value(u"entries"_s);
        QVERIFY2(copied == entries || copied == entries + 1, qPrintable(QString::number(copied)));

        // One a day.
        const auto again = backup.startDaily();
        QVERIFY(again);
        QCOMPARE(*again, false);
    }

    void cancelLeavesNoBackupAndTheNextTryMakesIt()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(fill(j));
        if (!BackupFile::writesInSteps(j->database()))
            QSKIP("Qt's SQLite driver does not share our SQLite: backups are one VACUUM INTO");
        Backups backups(j.journal());
        BackgroundBackup backup(j.journal());
        backup.setPagesPerStep(1);
        QSignalSpy finished(&backup, &BackgroundBackup::finished);
        QVERIFY(*backup.startDaily());
        backup.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        // Stopped on purpose is not a problem to report.
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(dailyBackups(backups.folder()).isEmpty());
        QVERIFY(!filesIn(backups.folder()).join(u' ').contains(BackupFile::PartialSuffix));

        backup.setPagesPerStep(BackupFile::PagesPerStep);
        QVERIFY(*backup.startDaily());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QCOMPARE(dailyBackups(backups.folder()).size(), 1);
    }

    void closingDuringTheCopyIsQuickAndCountsNothing()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(fill(j));
        if (!BackupFile::writesInSteps(j->database()))
            QSKIP("Qt's SQLite driver does not share our SQLite: backups are one VACUUM INTO");
        Backups backups(j.journal());
        auto backup = std::make_unique<BackgroundBackup>(j.journal());
        backup->setPagesPerStep(1);
        // Each step slowed down, so that the copy is surely still going when the window closes
        // (a year's journal is copied in a fraction of a second); the first step says so.
        QSemaphore copying;
        std::atomic_int steps { 0 };
        std::atomic_int total { 0 };
        backup->setStepReport([&](int, int pages) {
            total = pages;
            if (steps.fetch_add(1) == 0)
                copying.release();
            QThread::msleep(20);
        });
        QVERIFY(*backup->startDaily());
        // Before the copy the index is tidied in short merges, which took over 30 s on a CI
        // machine: the wait allows for that.
        QVERIFY(copying.tryAcquire(1, 120000));
        QVERIFY(filesIn(backups.folder()).join(u' ').contains(BackupFile::PartialSuffix));
        QVERIFY(backup->isRunning());
        QElapsedTimer timer;
        timer.start();
        backup.reset();
        // The figure to reach is the benchmark's (200 ms); this bound only catches a wait for
        // the whole copy on a busy machine.
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        // Stopped well before the end: it was the copy that closing cut short.
        QVERIFY2(steps < total, qPrintable(u"%1 of %2"_s.arg(steps.load()).arg(total.load())));
        QVERIFY(dailyBackups(backups.folder()).isEmpty());
        QVERIFY(!filesIn(backups.folder()).join(u' ').contains(BackupFile::PartialSuffix));
        // The next start makes it.
        QCOMPARE(*Backups(j.journal()).runDaily(), true);
        QCOMPARE(dailyBackups(backups.folder()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BackgroundBackup)
#include "tst_backgroundbackup.moc"
