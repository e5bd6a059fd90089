// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SpaceRules.h"
#include "models/ChartSeries.h"
#include "models/StepProgressModel.h"
#include "storage/GoalStore.h"
#include "storage/MyPartStore.h"
#include "storage/SettingsStore.h"
#include "storage/SmallWinStore.h"
#include "storage/SpaceStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QList<int> lengths(const SpaceSeries &s)
{
    QList<int> result;
    for (const SpaceDay &d : s.days)
        result << d.length;
    return result;
}

} // namespace

class tst_ChartSeries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spaceClimbsAndDropsOnContactDays()
    {
        // Space from 2028-02-25; I reached out on the leap day and twice on 03-03; they did on
        // 03-01 (which does not break my space).
        SpaceHistory h;
        h.spaceStart = QDate(2028, 2, 25);
        h.contacts = { { QDate(2028, 2, 23), 1, 0 }, { QDate(2028, 2, 29), 1, 0 },
            { QDate(2028, 3, 1), 0, 2 }, { QDate(2028, 3, 3), 2, 0 } };
        h.urgesByWeek = { { QDate(2028, 2, 28), 3 } };
        const SpaceSeries s = ChartSeries::buildSpace(h, QDate(2028, 2, 22), QDate(2028, 3, 6));
        // 22 23 24 | 25 26 27 28 | 29 | 1 2 | 3 | 4 5 6
        const QList<int> expected = { -1, -1, -1, 1, 2, 3, 4, 0, 1, 2, 0, 1, 2, 3 };
        QCOMPARE(lengths(s), expected);
        QCOMPARE(s.longest, 4);
        QCOMPARE(s.myContacts, 4);
        QCOMPARE(s.theirContacts, 2);
        QCOMPARE(s.at(QDate(2028, 3, 1))->theirs, 2);
        QCOMPARE(s.at(QDate(2028, 2, 23))->mine, 1);
        QVERIFY(!s.at(QDate(2028, 3, 7)));
        // Urge weeks: every week touching the period, quiet ones as zero.
        QCOMPARE(s.urgeWeeks.size(), 3);
        QCOMPARE(s.urgeWeeks.at(0).weekStart, QDate(2028, 2, 21));
        QCOMPARE(s.urgeWeeks.at(1).urges, 3);
        QCOMPARE(s.urgeWeeks.at(2).urges, 0);
        QCOMPARE(s.urges, 3);
        QCOMPARE(s.mostUrgesInAWeek, 3);
        QVERIFY(!s.isEmpty());

        // The last day agrees with the rule the Space section uses.
        const auto stretches = SpaceRules::streaks(
            h.spaceStart, { QDate(2028, 2, 29), QDate(2028, 3, 3) }, QDate(2028, 3, 6));
        QCOMPARE(s.days.constLast().length, stretches.constLast().days());
    }

    void spaceContinuesFromBeforeThePeriod()
    {
        SpaceHistory h;
        h.spaceStart = QDate(2026, 1, 1);
        h.lastContactBefore = QDate(2026, 3, 20);
        // Berlin moves its clocks on 2026-03-29: days are calendar days, so nothing shifts.
        const SpaceSeries s = ChartSeries::buildSpace(h, QDate(2026, 3, 27), QDate(2026, 3, 31));
        QCOMPARE(lengths(s), (QList<int> { 7, 8, 9, 10, 11 }));

        SpaceHistory single;
        single.spaceStart = QDate(2026, 5, 5);
        const SpaceSeries one
            = ChartSeries::buildSpace(single, QDate(2026, 5, 5), QDate(2026, 5, 5));
        QCOMPARE(lengths(one), QList<int> { 1 });
        QCOMPARE(one.longest, 1);

        const SpaceSeries none = ChartSeries::buildSpace({}, QDate(2026, 5, 1), QDate(2026, 5, 31));
        QVERIFY(none.isEmpty());
        QCOMPARE(none.days.size(), 31);
    }

    void goalAdherencePerWeek()
    {
        // A daily goal from Wednesday 2028-03-01, archived on 03-08 (so active to 03-07), and a
        // 3-a-week goal from Monday 2028-02-28; the period ends Wednesday 03-08.
        const QList<GoalInfo> goals = {
            { 1, u"a"_s, 7, QDate(2028, 3, 1), QDate(2028, 3, 8) },
            { 2, u"b"_s, 3, QDate(2028, 2, 28), {} },
        };
        const QList<GoalWeekCount> counts = { { 1, QDate(2028, 2, 28), 3 },
            { 2, QDate(2028, 2, 28), 4 }, { 1, QDate(2028, 3, 6), 1 } };
        const GoalAdherenceSeries all
            = ChartSeries::buildGoalAdherence(goals, counts, QDate(2028, 2, 21), QDate(2028, 3, 8));
        // The week of 02-21 had no active goal: a gap, not a zero.
        QCOMPARE(all.weeks.size(), 2);
        QCOMPARE(all.weeks.at(0).weekStart, QDate(2028, 2, 28));
        QCOMPARE(all.weeks.at(0).planned, 8.0); // 5 days of a + 3
        QCOMPARE(all.weeks.at(0).done, 6.0); // 3 + 4 capped at 3
        QCOMPARE(all.weeks.at(0).checkIns, 7);
        QCOMPARE(all.weeks.at(0).percent(), 75.0);
        QCOMPARE(all.weeks.at(1).weekStart, QDate(2028, 3, 6));
        QVERIFY(qFuzzyCompare(all.weeks.at(1).planned, 2 + 9.0 / 7)); // 03-06..03-07, 3 days of b
        QCOMPARE(all.weeks.at(1).done, 1.0);
        QVERIFY(qFuzzyCompare(all.percent(), 100.0 * 7 / (10 + 9.0 / 7)));

        const GoalAdherenceSeries b = ChartSeries::buildGoalAdherence(
            goals, counts, QDate(2028, 2, 21), QDate(2028, 3, 8), 2);
        QCOMPARE(b.weeks.size(), 2);
        QCOMPARE(b.weeks.at(0).percent(), 100.0);
        QCOMPARE(b.weeks.at(1).done, 0.0);

        // A single day, the leap day.
        const GoalAdherenceSeries leap = ChartSeries::buildGoalAdherence(
            goals, { { 2, QDate(2028, 2, 28), 1 } }, QDate(2028, 2, 29), QDate(2028, 2, 29));
        QCOMPARE(leap.weeks.size(), 1);
        QVERIFY(qFuzzyCompare(leap.weeks.at(0).planned, 3.0 / 7));
        QVERIFY(qFuzzyCompare(leap.weeks.at(0).done, 3.0 / 7));
        QVERIFY(ChartSeries::buildGoalAdherence({}, {}, QDate(2028, 1, 1), QDate(2028, 3, 1))
                    .isEmpty());
    }

    void responsesFillQuietBuckets()
    {
        const QList<ResponseCount> counts = { { QDate(2028, 1, 1), 1, 2 },
            { QDate(2028, 1, 1), 0, 1 }, { QDate(2028, 3, 1), 3, 4 }, { QDate(2028, 3, 1), 4, 2 },
            { QDate(2028, 3, 1), 5, 9 } };
        const ResponseSeries months
            = ChartSeries::buildResponses(counts, QDate(2027, 12, 15), QDate(2028, 3, 2), true);
        QCOMPARE(months.buckets.size(), 4);
        QCOMPARE(months.buckets.at(0).start, QDate(2027, 12, 1));
        QCOMPARE(months.buckets.at(0).total(), 0);
        QCOMPARE(months.buckets.at(1).counts, (std::array<int, 5> { 1, 2, 0, 0, 0 }));
        QCOMPARE(months.buckets.at(2).start, QDate(2028, 2, 1));
        QCOMPARE(months.buckets.at(3).counts[3], 4);
        QCOMPARE(months.buckets.at(3).counts[4], 2); // "asked for space / said no"
        QCOMPARE(months.buckets.at(3).total(), 6); // an unknown reply (5) is left out
        QCOMPARE(months.total, 9);
        QCOMPARE(months.largest, 6);
        QCOMPARE(months.bucketOf(QDate(2028, 2, 29))->start, QDate(2028, 2, 1));

        const ResponseSeries weeks = ChartSeries::buildResponses(
            { { QDate(2028, 2, 28), 2, 1 } }, QDate(2028, 2, 29), QDate(2028, 2, 29), false);
        QCOMPARE(weeks.buckets.size(), 1);
        QCOMPARE(weeks.buckets.at(0).start, QDate(2028, 2, 28));
        QCOMPARE(weeks.buckets.at(0).counts[2], 1);
        QVERIFY(
            ChartSeries::buildResponses({}, QDate(2028, 1, 1), QDate(2028, 2, 1), false).isEmpty());
    }

    void commitmentsKeptPerWeekWithGaps()
    {
        // From Saturday 2028-02-26 to Friday 03-31: six weeks from Monday 02-21.
        const QList<DecidedCount> counts = { { QDate(2028, 3, 1), KeptRatio { 2, 1 } },
            { QDate(2028, 3, 20), KeptRatio { 1, 0 } } };
        const CommitmentSeries s
            = ChartSeries::buildCommitments(counts, QDate(2028, 2, 26), QDate(2028, 3, 31), false);
        QCOMPARE(s.buckets.size(), 6);
        QCOMPARE(s.buckets.at(0).start, QDate(2028, 2, 21));
        QVERIFY(!s.buckets.at(0).decided.ratio()); // a gap, not a zero
        QCOMPARE(s.buckets.at(1).start, QDate(2028, 2, 28));
        QCOMPARE(*s.buckets.at(1).decided.ratio(), 2.0 / 3.0);
        QVERIFY(!s.buckets.at(2).decided.ratio());
        QVERIFY(!s.buckets.at(3).decided.ratio());
        QCOMPARE(*s.buckets.at(4).decided.ratio(), 1.0); // a single point
        QVERIFY(!s.buckets.at(5).decided.ratio());
        QCOMPARE(s.total.kept, 3);
        QCOMPARE(s.total.broken, 1);
        QCOMPARE(s.largest, 3);
        QCOMPARE(s.decidedBuckets(), 2);
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.bucketOf(QDate(2028, 3, 26))->start, QDate(2028, 3, 20));
        QVERIFY(!s.bucketOf(QDate(2028, 4, 3)));

        const CommitmentSeries months
            = ChartSeries::buildCommitments(counts, QDate(2028, 1, 15), QDate(2028, 3, 31), true);
        QCOMPARE(months.buckets.size(), 3);
        QCOMPARE(months.buckets.at(0).start, QDate(2028, 1, 1));
        QVERIFY(!months.buckets.at(0).decided.ratio());
        QCOMPARE(months.buckets.at(2).decided.kept, 3);
        QCOMPARE(*months.buckets.at(2).decided.ratio(), 0.75);

        const CommitmentSeries empty
            = ChartSeries::buildCommitments({}, QDate(2028, 2, 26), QDate(2028, 3, 31), false);
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.decidedBuckets(), 0);
    }

    void milestonesOnATimeline()
    {
        const auto milestone = [](qint64 id, const QString &title, QDate planned, QDate reached) {
            Milestone m;
            m.id = id;
            m.title = title;
            m.plannedOn = planned;
            m.reachedOn = reached;
            return m;
        };
        // A is before the period but still counts for the gap: B came 10 days after it.
        const QList<Milestone> list = {
            milestone(1, u"A"_s, QDate(2028, 1, 5), QDate(2028, 1, 10)),
            milestone(2, u"B"_s, {}, QDate(2028, 1, 20)),
            milestone(3, u"C"_s, QDate(2028, 2, 16), QDate(2028, 2, 20)),
            milestone(4, u"D"_s, QDate(2028, 4, 10), {}),
        };
        const MilestoneSeries s
            = ChartSeries::buildMilestones(list, 14, QDate(2028, 1, 15), QDate(2028, 3, 1));
        QCOMPARE(s.points.size(), 4);
        QCOMPARE(s.points.at(0).title, u"B"_s);
        QVERIFY(s.points.at(0).reached);
        QVERIFY(s.points.at(0).tooClose);
        QVERIFY(s.points.at(0).paceNote.contains(u"10"_s));
        QCOMPARE(s.points.at(1).day, QDate(2028, 2, 16));
        QVERIFY(!s.points.at(1).reached);
        QCOMPARE(s.points.at(2).day, QDate(2028, 2, 20));
        QVERIFY(s.points.at(2).reached);
        QVERIFY(!s.points.at(2).tooClose); // 31 days after B
        QCOMPARE(s.points.at(3).day, QDate(2028, 4, 10)); // planned ahead
        QCOMPARE(s.to, QDate(2028, 4, 10));
        QCOMPARE(s.nearest(QDate(2028, 2, 18))->reached, true); // a tie: the reached one
        QCOMPARE(s.nearest(QDate(2028, 2, 17))->reached, false);
        QCOMPARE(s.nearest(QDate(2027, 1, 1))->title, u"B"_s);

        // A wider gap rule; a single point.
        const MilestoneSeries relaxed
            = ChartSeries::buildMilestones(list, 5, QDate(2028, 1, 15), QDate(2028, 3, 1));
        QVERIFY(!relaxed.points.at(0).tooClose);
        const MilestoneSeries one
            = ChartSeries::buildMilestones(list, 14, QDate(2028, 3, 1), QDate(2028, 3, 1));
        QCOMPARE(one.points.size(), 1);
        QCOMPARE(one.points.at(0).title, u"D"_s);
        const MilestoneSeries none
            = ChartSeries::buildMilestones({}, 14, QDate(2028, 1, 1), QDate(2028, 3, 1));
        QVERIFY(none.isEmpty());
        QVERIFY(!none.nearest(QDate(2028, 2, 1)));
    }

    void stepProgressFollowsSteps1And2()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setLocal(QDate(2028, 2, 29), QTime(12, 0));
        StepProgressModel model(journal.journal());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.report(Step::Acknowledge).percent, 0);
        QCOMPARE(model.report(Step::WorkOnYourself).percent, 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Step 1 weights: entries 2, reflections 2, thought records 1, breakup date 1,
        // acceptance 2, my part 2, days of space 2 = 12.
        QVERIFY(journal->settings().setAccepted(true));
        QCOMPARE(model.report(Step::Acknowledge).percent, 16); // 2/12
        QVERIFY(journal->settings().setBreakupDate(QDate(2028, 1, 1)));
        QCOMPARE(model.report(Step::Acknowledge).percent, 25); // 3/12
        QVERIFY(journal->settings().setSpaceStart(QDate(2028, 2, 15))); // 15 of 30 days
        QCOMPARE(model.report(Step::Acknowledge).percent, 33); // 4/12
        MyPartItem item;
        item.whatHappened = u"x"_s;
        QVERIFY(journal->myPart().create(item));
        QCOMPARE(model.report(Step::Acknowledge).percent, 38); // (4 + 2/3) / 12
        ContactEvent contact;
        contact.occurredAt = journal.clock().now();
        QVERIFY(journal->space().logContact(contact)); // space starts again tomorrow
        // Issue 11: the space given stays given; a contact (in step 3, say) does not lower step 1.
        QCOMPARE(model.report(Step::Acknowledge).percent, 38); // (4 + 2/3) / 12
        QVERIFY(model.report(Step::Acknowledge).explanation().contains(u"Days of space"_s));

        // Step 2 weights: entries 2, reflections 1, goals 2, check-ins 2, small wins 1 = 8
        // (check-ins only once a goal asks for some).
        Goal g;
        g.title = u"walk"_s;
        g.startDay = QDate(2028, 2, 16); // 14 days to today
        auto id = journal->goals().create(g);
        QVERIFY(id);
        QCOMPARE(model.report(Step::WorkOnYourself).percent, 12); // 1/8
        for (int i = 0; i < 7; ++i)
            QVERIFY(journal->goals().checkIn({ *id, QDate(2028, 2, 29).addDays(-i), {} }));
        QCOMPARE(model.report(Step::WorkOnYourself).percent, 25); // (1 + 1) / 8
        SmallWin win;
        win.what = u"w"_s;
        win.day = QDate(2028, 2, 29);
        QVERIFY(journal->smallWins().add(win));
        QCOMPARE(model.report(Step::WorkOnYourself).percent, 27); // (2 + 0.2) / 8
        QVERIFY(model.report(Step::WorkOnYourself).explanation().contains(u"7 of 14"_s));
        QVERIFY(changed.size() >= 8);
    }
};

QTEST_MAIN(tst_ChartSeries)
#include "tst_chartseries.moc"
