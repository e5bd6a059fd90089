// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MyPartModel.h"
#include "storage/GoalStore.h"
#include "storage/MyPartStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_MyPartModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addEditRemove()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MyPartModel model(j->myPart(), j->goals());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(MyPartModel::ColumnCount));
        QVERIFY(!model.addItem({}));
        MyPartItem item;
        item.whatHappened = u"Cancelled plans"_s;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        auto id = model.addItem(item);
        QVERIFY(id);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, MyPartModel::StatusColumn)).toString(), u"Noticed"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, MyPartModel::InsteadColumn), u"Keep Fridays free"_s));
        QVERIFY(
            model.setData(model.index(0, MyPartModel::StatusColumn), int(MyPartStatus::Changed)));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(j->myPart().item(*id)->instead, u"Keep Fridays free"_s);
        QCOMPARE(j->myPart().item(*id)->status, MyPartStatus::Changed);

        // An empty "what happened" is refused, with a reason, and nothing changes.
        QSignalSpy failed(&model, &MyPartModel::errorOccurred);
        QVERIFY(!model.setData(model.index(0, MyPartModel::WhatHappenedColumn), u" "_s));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
        QCOMPARE(j->myPart().item(*id)->whatHappened, u"Cancelled plans"_s);
        QVERIFY(!(model.flags(model.index(0, MyPartModel::GoalColumn)) & Qt::ItemIsEditable));

        QVERIFY(model.removeRow(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void turnIntoGoalShowsTheLink()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MyPartModel model(j->myPart(), j->goals());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MyPartItem item;
        item.whatHappened = u"Snapped when stressed"_s;
        item.instead = u"Name the stress"_s;
        QVERIFY(model.addItem(item));
        auto goalId = model.turnIntoGoal(0);
        QVERIFY(goalId);
        QCOMPARE(
            model.data(model.index(0, MyPartModel::GoalColumn)).toString(), u"Name the stress"_s);
        QCOMPARE(model.data(model.index(0, 0), MyPartModel::GoalIdRole).toLongLong(), *goalId);
        // Renaming the goal shows here too.
        Goal g = *j->goals().goal(*goalId);
        g.title = u"Say I am stressed"_s;
        QVERIFY(j->goals().update(g));
        QCOMPARE(
            model.data(model.index(0, MyPartModel::GoalColumn)).toString(), u"Say I am stressed"_s);
        QVERIFY(!model.turnIntoGoal(5));
    }
};

QTEST_GUILESS_MAIN(tst_MyPartModel)
#include "tst_mypartmodel.moc"
