// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CommandLine.h"
#include "models/EntryListModel.h"
#include "models/FeelingModel.h"
#include "models/JournalModels.h"
#include "models/JournalSession.h"
#include "models/JournalTransfer.h"
#include "models/ProgressSeries.h"
#include "models/StepProgressModel.h"
#include "storage/EntryStore.h"
#include "storage/GoalStore.h"
#include "storage/JournalLock.h"
#include "storage/RecordKinds.h"
#include "storage/TrustStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(REKINDLE_TEST_DATA_DIR) + u'/' + name;
}

} // namespace

/// The models layer's services to the widgets: JournalModels (the models over one journal),
/// JournalTransfer (import and backups), JournalSession (which journal a run opens),
/// ProgressSeries (the charts' data) and the Qt removeRows() contract of the table models.
class tst_JournalServices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelsFollowTheJournal()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const JournalModels models(j.journal());
        QCOMPARE(&models.clock(), static_cast<const Clock *>(&j.clock()));
        QCOMPARE(models.directory(), j->directory());

        QObject owner;
        EntryListModel *entries = models.entries(Step::Acknowledge, &owner);
        QCOMPARE(entries->parent(), &owner);
        new QAbstractItemModelTester(
            entries, QAbstractItemModelTester::FailureReportingMode::QtTest, entries);
        QCOMPARE(entries->rowCount(), 0);
        QVERIFY(j->entries().create(Step::Acknowledge, { u"Day one"_s, u"It hurts"_s, 3 }));
        QVERIFY(j->entries().create(Step::Reconnect, { u"Other step"_s, u"x"_s, {} }));
        QCOMPARE(entries->rowCount(), 1);

        StepProgressModel *progress = models.stepProgress(&owner);
        QCOMPARE(progress->rowCount(), 5);

        bool replaced = false;
        models.onContentReplaced(&owner, [&replaced] { replaced = true; });
        Q_EMIT j->contentReplaced();
        QVERIFY(replaced);
    }

    void goalOfACheckIn()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        Goal goal;
        goal.title = u"Walk"_s;
        goal.startDay = j.clock().today();
        auto id = j->goals().create(goal);
        QVERIFY(id);
        QVERIFY(j->goals().checkIn({ *id, j.clock().today(), {} }));
        QSqlQuery query(j->database());
        QVERIFY(query.exec(u"SELECT id FROM goal_checkins"_s) && query.next());
        const qint64 checkIn = query.value(0).toLongLong();
        const JournalModels models(j.journal());
        QCOMPARE(*models.goalOfCheckIn(checkIn), *id);
        QVERIFY(!models.goalOfCheckIn(checkIn + 1000));
    }

    void importChecksBeforeWriting()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        JournalTransfer transfer(j.journal());
        auto broken
            = transfer.checkImport(dataFile(u"import/missing-field.json"_s), ImportMode::Merge);
        QVERIFY(!broken);
        QVERIFY(!broken.error().message.isEmpty());
        QVERIFY(!transfer.checkImport(dataFile(u"no-such-file.json"_s), ImportMode::Merge));
        QCOMPARE(*j->entries().count(), 0);

        auto checked = transfer.checkImport(dataFile(u"valid-minimal.json"_s), ImportMode::Merge);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(*j->entries().count(), 0); // read and checked, nothing written yet
        auto summary = transfer.importFile(dataFile(u"valid-minimal.json"_s), ImportMode::Merge);
        QVERIFY(summary);
        QCOMPARE(summary->totalAdded(), 1);
        QCOMPARE(*j->entries().count(), 1);
    }

    void backupsListAndRestore()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        JournalTransfer transfer(j.journal());
        QVERIFY(transfer.backups().isEmpty());
        QVERIFY(j->entries().create(Step::Acknowledge, { u"Kept"_s, u"In the backup"_s, {} }));
        QCOMPARE(*transfer.runDailyBackup(), true);
        QCOMPARE(*transfer.runDailyBackup(), false);
        const QList<BackupInfo> backups = transfer.backups();
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().filePath.startsWith(transfer.backupFolder()));

        auto contents = JournalTransfer::backupContents(backups.first().filePath);
        QVERIFY(contents);
        // Only kinds with records, labelled as the registry labels them.
        const RecordKind *entries = RecordKinds::find(u"entries"_s);
        QVERIFY(entries);
        QVERIFY(contents->contains(JournalTransfer::KindCount { RecordKinds::label(*entries), 1 }));
        for (const auto &[label, count] : std::as_const(*contents))
            QVERIFY2(count > 0, qPrintable(label));
        QVERIFY(!JournalTransfer::backupContents(j->directory() + u"/none.sqlite3"_s));

        QVERIFY(j->entries().create(Step::Acknowledge, { u"Later"_s, u"Not in it"_s, {} }));
        QCOMPARE(*j->entries().count(), 2);
        auto safety = transfer.restore(backups.first().filePath);
        QVERIFY2(safety, qPrintable(safety ? QString() : safety.error().message));
        QCOMPARE(*j->entries().count(), 1);
        QVERIFY(QFile::exists(*safety));
        QCOMPARE(transfer.backups().size(), 2);
        auto kept = transfer.keepCurrent();
        QVERIFY(kept && QFile::exists(*kept));
    }

    void sessionOpensTheNamedOrASampleJournal()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        CommandLineOptions options;
        options.dataDir = folder.path();
        {
            auto session = JournalSession::open(options);
            QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
            QVERIFY(!(*session)->isSample());
            QCOMPARE((*session)->journal().directory(), folder.path());
            QCOMPARE(*(*session)->journal().entries().count(), 0);
        }

        options.demo = true;
        options.demoDays = 20;
        QString sampleFolder;
        {
            auto session = JournalSession::open(options);
            QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
            QVERIFY((*session)->isSample());
            sampleFolder = (*session)->journal().directory();
            QVERIFY(sampleFolder != folder.path());
            QVERIFY(*(*session)->journal().entries().count() > 0);
        }
        QVERIFY(!QDir(sampleFolder).exists()); // the sample goes with its session
    }

    void sessionOffersToTakeOverAnotherComputersLock()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        CommandLineOptions options;
        options.dataDir = folder.path();
        QFile lock(folder.filePath(JournalLock::FileName));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\nrekindle\nmaple-laptop\n");
        lock.close();

        QVERIFY(!JournalSession::open(options));
        QCOMPARE(JournalSession::lockingComputer(options), u"maple-laptop"_s);
        QVERIFY(JournalSession::takeOverLock(options));
        auto session = JournalSession::open(options);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        // Held by this run now: nothing to take over, and a second run is refused.
        QVERIFY(!JournalSession::lockingComputer(options));
        QVERIFY(!JournalSession::takeOverLock(options));
        QVERIFY(!JournalSession::open(options));
    }

    void seriesForTheChartsAndTheirErrors()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(j->entries().create(Step::Acknowledge, { u"Today"_s, u"Writing"_s, 4 }));
        const ProgressSeries series(j.journal());
        const QDate today = j.clock().today();
        auto mood = series.mood(TrendRange::Days30, today);
        QVERIFY(mood);
        QCOMPARE(mood->points.size(), 1);
        QCOMPARE(mood->points.first().mood, 4.0);
        auto writing = series.writing(TrendRange::Days30, today);
        QVERIFY(writing);
        QCOMPARE(writing->total, 1);
        QVERIFY(series.space(TrendRange::Days30, today));
        QVERIFY(series.goals() && series.goals()->isEmpty());

        // A read that fails is an error, never an empty series.
        QSqlQuery query(j->database());
        QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(query.exec(u"DROP TABLE milestones"_s));
        auto milestones = series.milestones(TrendRange::Days30, today);
        QVERIFY(!milestones);
        QVERIFY(!milestones.error().message.isEmpty());
    }

    void removeRowsKeepsQtsContract()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QObject owner;
        FeelingModel *feelings = JournalModels(j.journal()).feelings(&owner);
        new QAbstractItemModelTester(
            feelings, QAbstractItemModelTester::FailureReportingMode::QtTest, feelings);
        const QDate today = j.clock().today();
        for (int i = 0; i < 4; ++i)
            QVERIFY(feelings->add(today.addDays(-i), u"Feeling %1"_s.arg(i), {}));
        QCOMPARE(feelings->rowCount(), 4);
        const qint64 first = feelings->idAt(0);
        const qint64 last = feelings->idAt(3);

        QSignalSpy aboutToRemove(feelings, &QAbstractItemModel::rowsAboutToBeRemoved);
        QSignalSpy removed(feelings, &QAbstractItemModel::rowsRemoved);
        QSignalSpy errors(feelings, &RecordModel::errorOccurred);
        QVERIFY(feelings->removeRows(1, 2));
        QCOMPARE(feelings->rowCount(), 2);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(aboutToRemove.size(), 2);
        QCOMPARE(feelings->idAt(0), first);
        QCOMPARE(feelings->idAt(1), last);
        QCOMPARE(j->trust().feelings()->size(), 2);
        QCOMPARE(errors.size(), 0);

        // Out of range or with a parent: refused, nothing touched.
        QVERIFY(!feelings->removeRows(1, 2));
        QVERIFY(!feelings->removeRows(-1, 1));
        QVERIFY(!feelings->removeRows(0, 0));
        QVERIFY(!feelings->removeRows(0, 1, feelings->index(0, 0)));
        QCOMPARE(feelings->rowCount(), 2);

        // The store refuses (the record went behind the model's back): false, reported.
        QSqlQuery query(j->database());
        QVERIFY(query.exec(u"DELETE FROM feelings_shared WHERE id = %1"_s.arg(last)));
        removed.clear();
        QVERIFY(!feelings->removeRows(1, 1));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(removed.size(), 0);
        QCOMPARE(feelings->rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_JournalServices)
#include "tst_journalservices.moc"
