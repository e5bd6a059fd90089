// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SmallWinModel.h"
#include "models/UnsentMessageModel.h"
#include "storage/SmallWinStore.h"
#include "storage/UnsentMessageStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// UnsentMessageModel and SmallWinModel.
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
};

QTEST_GUILESS_MAIN(tst_NotesModels)
#include "tst_notesmodels.moc"
