// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/GoalStore.h"
#include "storage/MyPartStore.h"
#include "storage/Sql.h"
#include "storage/StoreUtil.h"
#include "support/ChangeSpy.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

Goal makeGoal(const QString &title, QDate start, int timesPerWeek = Goal::Daily)
{
    Goal g;
    g.title = title;
    g.category = GoalCategory::Fitness;
    g.timesPerWeek = timesPerWeek;
    g.startDay = start;
    return g;
}

} // namespace

class tst_GoalStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createUpdateArchive()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        GoalStore &goals = j->goals();
        Test::ChangeSpy created(goals.journal());
        Test::ChangeSpy updated(goals.journal());
        const auto empty = goals.create(makeGoal(u"  "_s, j.clock().today()));
        QVERIFY(!empty);
        QVERIFY(!empty.error().message.isEmpty());
        auto id = goals.create(makeGoal(u"Run"_s, j.clock().today(), 3));
        QVERIFY(id);
        QCOMPARE(created.count(u"goals"_s, RecordChange::Created), 1);
        Goal g = *goals.goal(*id);
        QCOMPARE(g.title, u"Run"_s);
        QCOMPARE(g.timesPerWeek, 3);
        g.title = u"Run in the park"_s;
        QVERIFY(goals.update(g));
        QCOMPARE(goals.goal(*id)->title, u"Run in the park"_s);
        QVERIFY(goals.setArchived(*id, true));
        QCOMPARE(goals.goals(false)->size(), 0);
        QCOMPARE(goals.goals(true)->size(), 1);
        QVERIFY(goals.setArchived(*id, false));
        QCOMPARE(goals.goals(false)->size(), 1);
        QCOMPARE(updated.count(u"goals"_s, RecordChange::Updated), 3);
    }

    void fromMyPartLinksBothSides()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MyPartItem item;
        item.whatHappened = u"I cancelled plans"_s;
        item.instead = u"Keep one evening free"_s;
        auto itemId = j->myPart().create(item);
        QVERIFY(itemId);
        Test::ChangeSpy itemUpdated(j.journal());
        auto goalId = j->goals().createFromMyPart(*itemId);
        QVERIFY(goalId);
        QCOMPARE(itemUpdated.count(u"my_part"_s, RecordChange::Updated), 1);
        const Goal g = *j->goals().goal(*goalId);
        QCOMPARE(g.title, u"Keep one evening free"_s);
        QCOMPARE(g.myPartId, std::optional<qint64>(*itemId));
        const MyPartItem linked = *j->myPart().item(*itemId);
        QCOMPARE(linked.goalId, std::optional<qint64>(*goalId));
        QCOMPARE(linked.goalTitle, g.title);
        QCOMPARE(linked.status, MyPartStatus::WorkingOnIt);
        // Deleting the item keeps the goal, without the link.
        QVERIFY(j->myPart().remove(*itemId));
        QVERIFY(!j->goals().goal(*goalId)->myPartId);
    }

    void checkInsAndProgress()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        j.clock().setLocal(QDate(2026, 3, 14), QTime(23, 50));
        const QDate today = j.clock().today();
        auto id = j->goals().create(makeGoal(u"Stretch"_s, today.addDays(-20)));
        QVERIFY(id);
        Test::ChangeSpy changed(j.journal());
        for (int back : { 0, 1, 2, 5 })
            QVERIFY(j->goals().checkIn({ *id, today.addDays(-back), {} }));
        QCOMPARE(changed.count(u"goal_checkins"_s, RecordChange::Created), 4);
        // Ticking again edits the note, not a second row.
        QVERIFY(j->goals().checkIn({ *id, today, u"felt good"_s }));
        QCOMPARE(changed.count(u"goal_checkins"_s, RecordChange::Updated), 1);
        QCOMPARE(**j->goals().checkInNote(*id, today), u"felt good"_s);
        QCOMPARE(j->goals().checkInDays(*id)->size(), 4);
        // Refused: the future, before the start.
        const Status future = j->goals().checkIn({ *id, today.addDays(1), {} });
        QVERIFY(!future);
        QVERIFY(!future.error().message.isEmpty());
        QVERIFY(!j->goals().checkIn({ *id, today.addDays(-21), {} }));

        Goal g = *j->goals().goal(*id);
        auto p = j->goals().progress(g, today, Qt::Monday);
        QVERIFY(p);
        QVERIFY(p->doneToday);
        QCOMPARE(p->streak.current, 3);
        QCOMPARE(p->streak.best, 3);
        QCOMPARE(p->last14.done, 4);
        QCOMPARE(p->last14.windowDays, 14);

        // Ten minutes later it is the next day: the streak holds while today is open.
        j.clock().advanceSecs(10LL * 60);
        p = j->goals().progress(g, j.clock().today(), Qt::Monday);
        QVERIFY(!p->doneToday);
        QCOMPARE(p->streak.current, 3);

        QVERIFY(j->goals().removeCheckIn(*id, today));
        QCOMPARE(j->goals().checkInDays(*id)->size(), 3);
    }

    /// Ten years of daily check-ins: progress reads one goal's days and counts in SQL.
    void tenYearsStaysFast()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const QDate today = j.clock().today();
        auto id = j->goals().create(makeGoal(u"Walk"_s, today.addDays(-3649)));
        auto other = j->goals().create(makeGoal(u"Read"_s, today.addDays(-3649)));
        QVERIFY(id && other);
        {
            Sql::Transaction t(j->database(), {});
            for (qint64 goal : { *id, *other })
                for (int d = 0; d < 3650; ++d)
                    QVERIFY(Sql::run(j->database(),
                        u"INSERT INTO goal_checkins (uid, goal_id, day, created_at) "
                        "VALUES (?, ?, ?, 0)"_s,
                        { StoreUtil::newUid(), goal, StoreUtil::dayText(today.addDays(-d)) }, {}));
            QVERIFY(t.commit());
        }
        auto p = j->goals().progress(*j->goals().goal(*id), today, Qt::Monday);
        QVERIFY(p);
        QCOMPARE(p->streak.current, 3650);
        QCOMPARE(p->last30.done, 30);
        // The per-goal queries are served by the (goal_id, day) index, with no sorting step.
        for (const QString &sql :
            { u"SELECT day FROM goal_checkins WHERE goal_id = 1 ORDER BY day"_s,
                u"SELECT count(*) FROM goal_checkins WHERE goal_id = 1 "
                "AND day BETWEEN '2026-01-01' AND '2026-02-01'"_s }) {
            auto plan = Sql::run(j->database(), u"EXPLAIN QUERY PLAN "_s + sql, {}, {});
            QVERIFY(plan);
            QString details;
            while (plan->next())
                details += plan->value(3).toString() + u'\n';
            QVERIFY2(details.contains(u"INDEX"_s), qPrintable(details));
            QVERIFY2(!details.contains(u"TEMP B-TREE"_s), qPrintable(details));
        }
    }
};

QTEST_GUILESS_MAIN(tst_GoalStore)
#include "tst_goalstore.moc"
