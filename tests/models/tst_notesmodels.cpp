// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PromptListModel.h"
#include "models/SmallWinModel.h"
#include "models/UnsentMessageModel.h"
#include "storage/SmallWinStore.h"
#include "storage/UnsentMessageStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// UnsentMessageModel and SmallWinModel, and through them the list-model base (RecordListModel).
class tst_NotesModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unsentMessages()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        UnsentMessageModel model(j->unsentMessages(), j.clock());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.write(u"  "_s));
        QVERIFY(model.write(u"First"_s));
        j.clock().advanceSecs(60);
        auto second = model.write(u"Second"_s);
        QVERIFY(second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), UnsentMessageModel::BodyRole).toString(), u"Second"_s);
        QVERIFY(!model.data(model.index(0), UnsentMessageModel::CooledOffRole).toBool());
        j.clock().advanceDays(1);
        QVERIFY(model.data(model.index(0), UnsentMessageModel::CooledOffRole).toBool());
        QVERIFY(model.setState(0, UnsentState::KeptForLater));
        QCOMPARE(model.data(model.index(0), UnsentMessageModel::StateRole).toInt(),
            int(UnsentState::KeptForLater));
        QVERIFY(model.data(model.index(0)).toString().contains(u"Kept for later"_s));
        QVERIFY(model.remove(1));
        QCOMPARE(model.rowCount(), 1);

        // A second model over the same store sees the same messages.
        UnsentMessageModel again(j->unsentMessages(), j.clock());
        QCOMPARE(again.rowCount(), 1);
    }

    void smallWins()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const QDate today = j.clock().today();
        for (int i = 0; i < SmallWinModel::PageSize + 1; ++i)
            QVERIFY(j->smallWins().add({ 0, u"Win %1"_s.arg(i), today.addDays(-i - 1), {} }));
        SmallWinModel model(j->smallWins());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), SmallWinModel::PageSize + 1);
        auto id = model.addWin(u"Cooked dinner"_s, today);
        QVERIFY(id);
        QCOMPARE(model.rowOf(*id), 0);
        QVERIFY(!model.addWin(u"Tomorrow"_s, today.addDays(1)));
        QVERIFY(!model.addWin(u""_s, today));
        QCOMPARE(model.rowCount(), SmallWinModel::PageSize + 2);
        QVERIFY(model.remove(0));
        QCOMPARE(model.rowOf(*id), -1);
    }

    void removeRowsFollowsQtsContract()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const QDate today = j.clock().today();
        for (int i = 0; i < 4; ++i)
            QVERIFY(j->smallWins().add({ 0, u"Win %1"_s.arg(i), today.addDays(-i), {} }));
        SmallWinModel model(j->smallWins());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 4);
        const qint64 kept = model.idAt(0);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.removeRows(1, 3));
        QCOMPARE(removed.count(), 3); // one precise removal each, no reset
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), kept);
        QCOMPARE(j->smallWins().page(std::nullopt, 10)->size(), 1);
        QVERIFY(!model.removeRows(0, 2)); // past the end: nothing removed
        QVERIFY(!model.removeRows(0, 1, model.index(0, 0))); // a list has no children
        QCOMPARE(model.rowCount(), 1);

        // A refused removal stops there and says why.
        PromptListModel prompts(j->prompts(), Step::Reconnect);
        QAbstractItemModelTester promptTester(
            &prompts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(prompts.rowCount() > 0);
        QSignalSpy errors(&prompts, &RecordModel::errorOccurred);
        const int before = prompts.rowCount();
        QVERIFY(!prompts.removeRows(0, 1)); // a built-in question is hidden, never removed
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.at(0).at(0).toString().isEmpty());
        QCOMPARE(prompts.rowCount(), before);
    }

    void contentReplacedReloads()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        UnsentMessageModel model(j->unsentMessages(), j.clock());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.write(u"First"_s));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.write(u"Second"_s));
        QCOMPARE(inserted.count(), 1); // a single change is an insert, not a reset
        QCOMPARE(reset.count(), 0);
        // Changed behind the model's back, as a restore does, then announced as a whole.
        QSqlQuery query(j->database());
        QVERIFY(query.exec(
            u"DELETE FROM unsent_messages WHERE id = (SELECT min(id) FROM unsent_messages)"_s));
        QCOMPARE(model.rowCount(), 2);
        Q_EMIT j->contentReplaced();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), UnsentMessageModel::BodyRole).toString(), u"Second"_s);
    }

    void aFailedReadIsKept()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(j->unsentMessages().create(u"First"_s));
        QSqlQuery query(j->database());
        QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(query.exec(u"DROP TABLE unsent_messages"_s));
        QVERIFY(query.exec(u"DROP TABLE small_wins"_s));

        UnsentMessageModel all(j->unsentMessages(), j.clock());
        QAbstractItemModelTester tester(
            &all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(all.rowCount(), 0);
        QVERIFY(!all.readError().isEmpty());
        QSignalSpy errors(&all, &RecordModel::errorOccurred);
        all.reload();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), all.readError());

        SmallWinModel paged(j->smallWins());
        QSignalSpy pageErrors(&paged, &RecordModel::errorOccurred);
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        QCOMPARE(paged.rowCount(), 0);
        QVERIFY(!paged.readError().isEmpty());
        QCOMPARE(pageErrors.count(), 1);
        QVERIFY(!paged.canFetchMore({})); // a view would otherwise ask again at once, forever
    }
};

QTEST_GUILESS_MAIN(tst_NotesModels)
#include "tst_notesmodels.moc"
