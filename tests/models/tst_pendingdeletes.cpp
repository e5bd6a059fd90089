// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CommandLine.h"
#include "models/CommitmentModel.h"
#include "models/EntryListModel.h"
#include "models/JournalModels.h"
#include "models/JournalPrivacy.h"
#include "models/JournalSession.h"
#include "models/JournalTransfer.h"
#include "models/PendingDeleteFilter.h"
#include "models/PendingDeletes.h"
#include "models/StepProgressModel.h"
#include "storage/EntryStore.h"
#include "storage/TrustStore.h"
#include "support/FakeJournalEncryption.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// Three entries of step 1, oldest first; returns their ids.
QList<qint64> threeEntries(Test::TempJournal &journal)
{
    QList<qint64> ids;
    for (const QString &title : { u"First"_s, u"Second"_s, u"Third"_s }) {
        journal.clock().advanceSecs(60);
        auto id = journal->entries().create(Step::Acknowledge, { title, u"text"_s, {} });
        if (!id)
            return {};
        ids << *id;
    }
    return ids;
}

qint64 entryCount(Test::TempJournal &journal)
{
    auto count = journal->entries().count();
    return count ? *count : -1;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(EntryListModel::TitleRole).toString();
    return list;
}

} // namespace

class tst_PendingDeletes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void undoBringsTheRowBackWhereItWas()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QList<qint64> ids = threeEntries(journal);
        QCOMPARE(ids.size(), 3);
        JournalModels models(journal.journal());
        EntryListModel *model = models.entries(Step::Acknowledge, this);
        PendingDeleteFilter *shown = models.withoutPending(model, EntryListModel::IdRole, this);
        QAbstractItemModelTester tester(
            shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->fetchMore({});
        QCOMPARE(titles(*shown), (QStringList { u"Third"_s, u"Second"_s, u"First"_s }));

        PendingDeletes &pending = models.pendingDeletes();
        QCOMPARE(PendingDeletes::serving(model), &pending);
        QSignalSpy started(&pending, &PendingDeletes::started);
        QVERIFY(pending.remove(shown->kind(), ids.at(1)));
        QCOMPARE(started.size(), 1);
        QVERIFY(pending.isPending(u"entries"_s, ids.at(1)));
        QCOMPARE(titles(*shown), (QStringList { u"Third"_s, u"First"_s }));
        // Nothing has left the journal yet.
        QCOMPARE(entryCount(journal), qint64(3));
        QCOMPARE(model->rowCount(), 3);

        QSignalSpy ended(&pending, &PendingDeletes::ended);
        QSignalSpy restored(shown, &PendingDeleteFilter::restored);
        QVERIFY(pending.undo());
        QCOMPARE(ended.size(), 1);
        // Views learn where it is back, to select it: an undo, not a failure.
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.at(0).at(0).toInt(), 1);
        QCOMPARE(restored.at(0).at(1).toBool(), true);
        QVERIFY(!pending.hasPending());
        QCOMPARE(titles(*shown), (QStringList { u"Third"_s, u"Second"_s, u"First"_s }));
        QCOMPARE(entryCount(journal), qint64(3));
        // The undo window passing afterwards removes nothing.
        journal.clock().advanceSecs(60);
        pending.expireIfDue();
        QCOMPARE(entryCount(journal), qint64(3));
    }

    void expiryOnTheClockRemoves()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QList<qint64> ids = threeEntries(journal);
        JournalModels models(journal.journal());
        EntryListModel *model = models.entries(Step::Acknowledge, this);
        PendingDeleteFilter *shown = models.withoutPending(model, EntryListModel::IdRole, this);
        QAbstractItemModelTester tester(
            shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->fetchMore({});
        PendingDeletes &pending = models.pendingDeletes();
        QVERIFY(pending.remove(u"entries"_s, ids.at(2)));
        QCOMPARE(pending.deadline(), journal.clock().now().addMSecs(PendingDeletes::UndoWindowMs));

        journal.clock().advanceSecs(PendingDeletes::UndoWindowMs / 1000 - 1);
        pending.expireIfDue();
        QVERIFY(pending.hasPending());
        QCOMPARE(entryCount(journal), qint64(3));

        QSignalSpy restored(shown, &PendingDeleteFilter::restored);
        journal.clock().advanceSecs(1);
        pending.expireIfDue();
        QVERIFY(!pending.hasPending());
        QCOMPARE(restored.size(), 0); // gone for good: nothing to select
        QCOMPARE(entryCount(journal), qint64(2));
        QVERIFY(!journal->entries().entry(ids.at(2)));
        QCOMPARE(titles(*shown), (QStringList { u"Second"_s, u"First"_s }));
        QCOMPARE(model->rowCount(), 2);
    }

    void aSecondDeleteCarriesOutTheFirst()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QList<qint64> ids = threeEntries(journal);
        PendingDeletes &pending = JournalModels(journal.journal()).pendingDeletes();
        QVERIFY(pending.remove(u"entries"_s, ids.at(0)));
        QVERIFY(pending.remove(u"entries"_s, ids.at(1)));
        QCOMPARE(entryCount(journal), qint64(2));
        QVERIFY(!journal->entries().entry(ids.at(0)));
        QVERIFY(pending.isPending(u"entries"_s, ids.at(1)));
        QVERIFY(pending.undo());
        QCOMPARE(entryCount(journal), qint64(2));
    }

    void otherKindsToo()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        JournalModels models(journal.journal());
        CommitmentModel *model = models.commitments(this);
        auto id = model->add(u"Call when I say I will"_s, journal.clock().today(), {});
        QVERIFY(id);
        PendingDeleteFilter *shown = models.withoutPending(model, CommitmentModel::IdRole, this);
        QAbstractItemModelTester tester(
            shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shown->kind(), u"commitments"_s);
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(models.pendingDeletes().remove(shown->kind(), *id));
        QCOMPARE(shown->rowCount(), 0);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(models.commitPendingDelete());
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(journal->trust().commitments()->isEmpty());
        // A kind without a removal is refused without hiding anything.
        QVERIFY(!models.pendingDeletes().remove(u"journal_settings"_s, 1));
        QVERIFY(!models.pendingDeletes().hasPending());
    }

    void aFailedRemovalBringsTheRowBack()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QList<qint64> ids = threeEntries(journal);
        JournalModels models(journal.journal());
        EntryListModel *model = models.entries(Step::Acknowledge, this);
        PendingDeleteFilter *shown = models.withoutPending(model, EntryListModel::IdRole, this);
        QAbstractItemModelTester tester(
            shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->fetchMore({});
        PendingDeletes &pending = models.pendingDeletes();
        QSignalSpy failed(&pending, &PendingDeletes::failed);
        QSignalSpy restored(shown, &PendingDeleteFilter::restored);
        QVERIFY(pending.schedule(
            u"entries"_s, ids.at(1), [] { return Status(Error { u"The disk is full."_s }); }));
        QCOMPARE(shown->rowCount(), 2);
        journal.clock().advanceSecs(60);
        pending.expireIfDue();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.at(0).at(0).toInt(), 1);
        QCOMPARE(restored.at(0).at(1).toBool(), false);
        QCOMPARE(failed.at(0).at(0).toString(), u"The disk is full."_s);
        QVERIFY(!pending.hasPending());
        QCOMPARE(titles(*shown), (QStringList { u"Third"_s, u"Second"_s, u"First"_s }));
        QCOMPARE(entryCount(journal), qint64(3));
    }

    void stepProgressLeavesThePendingEntryOut()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        // One entry only: progress from writing moves when it goes.
        journal.clock().advanceSecs(60);
        auto id = journal->entries().create(Step::Acknowledge, { u"Only"_s, u"text"_s, {} });
        QVERIFY(id);
        JournalModels models(journal.journal());
        StepProgressModel *progress = models.stepProgress(this);
        QAbstractItemModelTester tester(
            progress, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto explanation = [&] {
            return progress->index(0).data(StepProgressModel::ExplanationRole).toString();
        };
        const QString withEntry = explanation();
        PendingDeletes &pending = models.pendingDeletes();
        QVERIFY(pending.remove(u"entries"_s, *id));
        const QString whilePending = explanation();
        QVERIFY(pending.undo());
        QCOMPARE(explanation(), withEntry);
        QVERIFY(pending.remove(u"entries"_s, *id));
        QVERIFY(pending.commit());
        // While it waited, progress already read as it does once it is gone.
        QCOMPARE(whilePending, explanation());
        QVERIFY(whilePending != withEntry);
    }

    void lockingCarriesItOut()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QList<qint64> ids = threeEntries(journal);
        Test::FakeJournalEncryption encryption(JournalEncryption::State::Unlocked);
        JournalPrivacy privacy(journal.journal(), encryption);
        PendingDeletes &pending = JournalModels(journal.journal()).pendingDeletes();
        QVERIFY(pending.remove(u"entries"_s, ids.at(0)));
        privacy.lock();
        QCOMPARE(encryption.lockCount, 1);
        QVERIFY(!pending.hasPending());
        QCOMPARE(entryCount(journal), qint64(2));
    }

    void backupAndImportCarryItOut()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QList<qint64> ids = threeEntries(journal);
        PendingDeletes &pending = JournalModels(journal.journal()).pendingDeletes();
        QVERIFY(pending.remove(u"entries"_s, ids.at(0)));
        JournalTransfer transfer(journal.journal());
        QVERIFY(transfer.keepCurrent());
        QVERIFY(!pending.hasPending());
        QCOMPARE(entryCount(journal), qint64(2));
    }

    void quittingCarriesItOut()
    {
        QTemporaryDir dir;
        CommandLineOptions options;
        options.dataDir = dir.path();
        qint64 id = 0;
        {
            auto session = JournalSession::open(options);
            QVERIFY2(session, session ? "" : qPrintable(session.error().message));
            Journal &journal = (*session)->journal();
            auto created = journal.entries().create(Step::Acknowledge, { u"Gone"_s, {}, {} });
            QVERIFY(created);
            id = *created;
            QVERIFY(JournalModels(journal).pendingDeletes().remove(u"entries"_s, id));
            QCOMPARE(*journal.entries().count(), qint64(1));
        }
        auto again = JournalSession::open(options);
        QVERIFY(again);
        QCOMPARE(*(*again)->journal().entries().count(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_PendingDeletes)
#include "tst_pendingdeletes.moc"
