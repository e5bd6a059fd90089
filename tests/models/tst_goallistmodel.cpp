// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GoalListModel.h"
#include "storage/MyPartStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

Goal goal(const QString &title, QDate start, int perWeek = Goal::Daily)
{
    Goal g;
    g.title = title;
    g.startDay = start;
    g.timesPerWeek = perWeek;
    return g;
}

} // namespace

class tst_GoalListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tickTodayAndStreaks()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const QDate today = j.clock().today();
        GoalListModel model(j->goals(), j->myPart(), j.clock(), false, Qt::Monday);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.addGoal(goal(u""_s, today)));
        QVERIFY(model.addGoal(goal(u"Stretch"_s, today.addDays(-10))));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex todayCell = model.index(0, GoalListModel::TodayColumn);
        QVERIFY(model.flags(todayCell) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.data(todayCell, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.checkIn(0, today.addDays(-1), u"back-filled"_s));
        QVERIFY(model.setData(todayCell, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.data(todayCell, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.data(model.index(0, 0), GoalListModel::CurrentStreakRole).toInt(), 2);
        QCOMPARE(model.data(model.index(0, GoalListModel::StreakColumn)).toString(), u"2 days"_s);
        QCOMPARE(**j->goals().checkInNote(model.goalAt(0).id, today.addDays(-1)), u"back-filled"_s);

        // The future is refused with a reason.
        QSignalSpy failed(&model, &GoalListModel::errorOccurred);
        const Status future = model.checkIn(0, today.addDays(1), {});
        QVERIFY(!future);
        QVERIFY(!future.error().message.isEmpty());

        QVERIFY(model.setData(todayCell, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.data(todayCell, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.data(model.index(0, 0), GoalListModel::CurrentStreakRole).toInt(), 1);

        // Midnight passes: the model recomputes for the new day.
        j.clock().advanceDays(2);
        model.refresh();
        QCOMPARE(model.data(model.index(0, 0), GoalListModel::CurrentStreakRole).toInt(), 0);
    }

    void archiveMovesBetweenLists()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const QDate today = j.clock().today();
        GoalListModel active(j->goals(), j->myPart(), j.clock(), false, Qt::Monday);
        GoalListModel archived(j->goals(), j->myPart(), j.clock(), true, Qt::Monday);
        QAbstractItemModelTester t1(
            &active, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(
            &archived, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(active.addGoal(goal(u"A"_s, today)));
        QVERIFY(active.addGoal(goal(u"B"_s, today, 3)));
        QVERIFY(active.addGoal(goal(u"C"_s, today)));
        QCOMPARE(active.data(active.index(1, GoalListModel::TodayColumn)).toString(),
            u"0 of 3 this week"_s);
        QVERIFY(active.setArchived(0, true));
        QCOMPARE(active.rowCount(), 2);
        QCOMPARE(archived.rowCount(), 1);
        QVERIFY(!(archived.flags(archived.index(0, GoalListModel::TodayColumn))
            & Qt::ItemIsUserCheckable));
        QVERIFY(archived.setArchived(0, false));
        QCOMPARE(archived.rowCount(), 0);
        QCOMPARE(active.rowCount(), 3);
        QCOMPARE(active.goalAt(0).title, u"A"_s); // back in its place
    }

    void showsMyPartLink()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        GoalListModel model(j->goals(), j->myPart(), j.clock(), false, Qt::Monday);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MyPartItem item;
        item.whatHappened = u"Checked their phone"_s;
        auto itemId = j->myPart().create(item);
        QVERIFY(itemId);
        QVERIFY(j->goals().createFromMyPart(*itemId));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, GoalListModel::MyPartColumn)).toString(),
            u"Checked their phone"_s);
        QCOMPARE(model.goalAt(0).title, u"Work on: Checked their phone"_s);
        item = *j->myPart().item(*itemId);
        item.whatHappened = u"Read their messages"_s;
        QVERIFY(j->myPart().update(item));
        QCOMPARE(model.data(model.index(0, GoalListModel::MyPartColumn)).toString(),
            u"Read their messages"_s);
    }
};

QTEST_GUILESS_MAIN(tst_GoalListModel)
#include "tst_goallistmodel.moc"
