// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JournalNoteKeys.h"
#include "core/StepProgress.h"
#include "storage/ChartStore.h"
#include "storage/DemoJournal.h"
#include "storage/GoalStore.h"
#include "storage/MilestoneStore.h"
#include "storage/MyPartStore.h"
#include "storage/SettingsStore.h"
#include "storage/SmallWinStore.h"
#include "storage/SpaceStore.h"
#include "storage/TrustStore.h"
#include "support/TempJournal.h"

#include <QElapsedTimer>
#include <QTest>
#include <array>
#include <optional>

using namespace Rekindle;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<Rekindle::ContactResponse>)

namespace {

void contactAt(Test::TempJournal &journal, QDate day, QTime time, ContactDirection direction,
    std::optional<ContactResponse> response = std::nullopt,
    std::optional<ContactTone> tone = std::nullopt)
{
    journal.clock().setLocal(day, time);
    ContactEvent event;
    event.direction = direction;
    event.occurredAt = journal.clock().now();
    event.response = response;
    event.tone = tone;
    QVERIFY(journal->space().logContact(event));
}

void urgeOn(Test::TempJournal &journal, QDate day)
{
    journal.clock().setLocal(day, QTime(21, 0));
    QVERIFY(journal->space().logUrge(Urge {}));
}

qint64 goal(Test::TempJournal &journal, int timesPerWeek, QDate start)
{
    Goal g;
    g.title = u"g"_s;
    g.timesPerWeek = timesPerWeek;
    g.startDay = start;
    auto id = journal->goals().create(g);
    return id ? *id : 0;
}

/// Space from Friday 2028-02-25; my contacts on 02-22 (before space), the leap day 02-29 late
/// at night and on 03-26 (the night Berlin moves its clocks forward); theirs on 03-26 too.
void fillSpace(Test::TempJournal &journal)
{
    journal.clock().setTimeZone(QTimeZone("Europe/Berlin"));
    contactAt(journal, QDate(2028, 2, 22), QTime(10, 0), ContactDirection::MeToThem,
        ContactResponse::Warm);
    journal.clock().setLocal(QDate(2028, 2, 25), QTime(9, 0));
    QVERIFY(journal->settings().setSpaceStart(QDate(2028, 2, 25)));
    urgeOn(journal, QDate(2028, 2, 28));
    contactAt(journal, QDate(2028, 2, 29), QTime(23, 30), ContactDirection::MeToThem);
    urgeOn(journal, QDate(2028, 3, 1));
    urgeOn(journal, QDate(2028, 3, 1));
    contactAt(journal, QDate(2028, 3, 26), QTime(0, 30), ContactDirection::MeToThem,
        ContactResponse::Cold);
    contactAt(journal, QDate(2028, 3, 26), QTime(3, 30), ContactDirection::ThemToMe);
    urgeOn(journal, QDate(2028, 3, 27));
    contactAt(journal, QDate(2028, 3, 27), QTime(8, 0), ContactDirection::MeToThem,
        ContactResponse::Warm);
    contactAt(journal, QDate(2028, 3, 27), QTime(9, 0), ContactDirection::MeToThem,
        ContactResponse::Neutral);
    journal.clock().setLocal(QDate(2028, 3, 31), QTime(12, 0));
}

} // namespace

class tst_ChartStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spaceHistoryAcrossLeapDayAndDst()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fillSpace(journal);
        const ChartStore store(journal.journal());

        auto history = store.space(QDate(2028, 3, 1), QDate(2028, 3, 31));
        QVERIFY(history);
        QCOMPARE(history->spaceStart, QDate(2028, 2, 25));
        QCOMPARE(history->lastContactBefore, std::optional<QDate>(QDate(2028, 2, 29)));
        QCOMPARE(history->contacts.size(), 2);
        QCOMPARE(history->contacts.at(0).day, QDate(2028, 3, 26)); // 00:30 local, still 03-26
        QCOMPARE(history->contacts.at(0).mine, 1);
        QCOMPARE(history->contacts.at(0).theirs, 1);
        QCOMPARE(history->contacts.at(1).day, QDate(2028, 3, 27));
        QCOMPARE(history->contacts.at(1).mine, 2);
        QCOMPARE(history->urgesByWeek.size(), 2);
        QCOMPARE(history->urgesByWeek.at(0), std::make_pair(QDate(2028, 2, 28), 2));
        QCOMPARE(history->urgesByWeek.at(1), std::make_pair(QDate(2028, 3, 27), 1));

        // The contact before space began does not count as the last one before the period.
        auto early = store.space(QDate(2028, 2, 26), QDate(2028, 2, 27));
        QVERIFY(early);
        QVERIFY(!early->lastContactBefore);
        QVERIFY(early->contacts.isEmpty());

        auto first = store.firstDay();
        QVERIFY(first);
        QCOMPARE(*first, std::optional<QDate>(QDate(2028, 2, 22)));
    }

    void responsesByWeekAndMonth()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fillSpace(journal);
        const ChartStore store(journal.journal());
        auto months = store.responses(QDate(2028, 2, 1), QDate(2028, 3, 31), true);
        QVERIFY(months);
        const QList<std::tuple<QDate, int, int>> expected = {
            { QDate(2028, 2, 1), 0, 1 }, // 02-29, no reply yet
            { QDate(2028, 2, 1), 1, 1 }, // 02-22, warm
            { QDate(2028, 3, 1), 1, 1 },
            { QDate(2028, 3, 1), 2, 1 },
            { QDate(2028, 3, 1), 3, 1 },
        };
        QCOMPARE(months->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(months->at(i).bucketStart, std::get<0>(expected.at(i)));
            QCOMPARE(months->at(i).response, std::get<1>(expected.at(i)));
            QCOMPARE(months->at(i).count, std::get<2>(expected.at(i)));
        }
        auto weeks = store.responses(QDate(2028, 2, 29), QDate(2028, 3, 26), false);
        QVERIFY(weeks);
        QCOMPARE(weeks->size(), 2);
        QCOMPARE(weeks->at(0).bucketStart, QDate(2028, 2, 28));
        QCOMPARE(weeks->at(0).response, 0);
        QCOMPARE(weeks->at(1).bucketStart, QDate(2028, 3, 20)); // Sunday 03-26 is in that week
        QCOMPARE(weeks->at(1).response, 3);
    }

    void checkInsPerGoalAndWeek()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setLocal(QDate(2028, 3, 8), QTime(12, 0));
        const qint64 a = goal(journal, 7, QDate(2028, 3, 1));
        const qint64 b = goal(journal, 3, QDate(2028, 2, 28));
        for (const QDate day :
            { QDate(2028, 3, 1), QDate(2028, 3, 2), QDate(2028, 3, 4), QDate(2028, 3, 6) })
            QVERIFY(journal->goals().checkIn({ a, day, {} }));
        for (const QDate day :
            { QDate(2028, 2, 28), QDate(2028, 2, 29), QDate(2028, 3, 1), QDate(2028, 3, 2) })
            QVERIFY(journal->goals().checkIn({ b, day, {} }));
        QVERIFY(journal->goals().setArchived(a, true));
        const ChartStore store(journal.journal());
        auto goals = store.goals();
        QVERIFY(goals);
        QCOMPARE(goals->size(), 2);
        QCOMPARE(goals->at(0).id, a);
        QCOMPARE(goals->at(0).archivedOn, QDate(2028, 3, 8));
        QCOMPARE(goals->at(1).timesPerWeek, 3);
        QVERIFY(!goals->at(1).archivedOn.isValid());

        auto weeks = store.checkInsByWeek(QDate(2028, 2, 29), QDate(2028, 3, 8));
        QVERIFY(weeks);
        QCOMPARE(weeks->size(), 3);
        QCOMPARE(weeks->at(0).weekStart, QDate(2028, 2, 28));
        QCOMPARE(weeks->at(0).goalId, a);
        QCOMPARE(weeks->at(0).count, 3);
        QCOMPARE(weeks->at(1).goalId, b);
        QCOMPARE(weeks->at(1).count, 3); // 02-28 is before the period
        QCOMPARE(weeks->at(2).weekStart, QDate(2028, 3, 6));
        QCOMPARE(weeks->at(2).count, 1);
    }

    void commitmentsDecidedByWeekAndMonth()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setLocal(QDate(2028, 3, 31), QTime(12, 0));
        const auto add = [&](QDate settled, CommitmentStatus status) {
            Commitment c;
            c.promise = u"p"_s;
            c.madeOn = QDate(2028, 1, 20);
            c.status = status;
            c.settledOn = settled;
            QVERIFY(journal->trust().addCommitment(c));
        };
        add(QDate(2028, 1, 31), CommitmentStatus::Kept); // before the period
        add(QDate(2028, 2, 28), CommitmentStatus::Kept); // Monday
        add(QDate(2028, 3, 1), CommitmentStatus::Broken);
        add(QDate(2028, 3, 5), CommitmentStatus::Kept); // Sunday of the same week
        add(QDate(2028, 3, 20), CommitmentStatus::Kept);
        add({}, CommitmentStatus::Open);
        const ChartStore store(journal.journal());
        auto weeks = store.commitmentsDecided(QDate(2028, 2, 26), QDate(2028, 3, 31), false);
        QVERIFY(weeks);
        QCOMPARE(weeks->size(), 2);
        QCOMPARE(weeks->at(0).bucketStart, QDate(2028, 2, 28));
        QCOMPARE(weeks->at(0).decided.kept, 2);
        QCOMPARE(weeks->at(0).decided.broken, 1);
        QCOMPARE(weeks->at(1).bucketStart, QDate(2028, 3, 20));
        QCOMPARE(weeks->at(1).decided.kept, 1);
        QCOMPARE(weeks->at(1).decided.broken, 0);
        auto months = store.commitmentsDecided(QDate(2028, 1, 1), QDate(2028, 3, 31), true);
        QVERIFY(months);
        QCOMPARE(months->size(), 3);
        QCOMPARE(months->at(0).bucketStart, QDate(2028, 1, 1));
        QCOMPARE(months->at(0).decided.kept, 1);
        QCOMPARE(months->at(1).bucketStart, QDate(2028, 2, 1));
        QCOMPARE(months->at(1).decided.kept, 1);
        QCOMPARE(months->at(2).decided.kept, 2);
        QCOMPARE(months->at(2).decided.broken, 1);
        // The same count as step 4's summary over its 30 days.
        auto none = store.commitmentsDecided(QDate(2028, 3, 21), QDate(2028, 3, 31), false);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        QCOMPARE(*store.firstDay(), std::optional<QDate>(QDate(2028, 1, 31)));
    }

    void stepCountsOfSteps3To5()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setLocal(QDate(2028, 3, 31), QTime(12, 0));
        const QDate today = journal.clock().today();
        SafetyCheck safety;
        safety.answeredOn = today;
        QVERIFY(journal->settings().setSafetyCheck(safety));
        contactAt(journal, QDate(2028, 3, 20), QTime(10, 0), ContactDirection::MeToThem,
            ContactResponse::Warm, ContactTone::Light);
        contactAt(journal, QDate(2028, 3, 21), QTime(10, 0), ContactDirection::MeToThem,
            ContactResponse::Cold, ContactTone::Heavy);
        contactAt(journal, QDate(2028, 3, 22), QTime(10, 0), ContactDirection::MeToThem,
            ContactResponse::NoReplyYet, ContactTone::Light);
        contactAt(journal, QDate(2028, 3, 23), QTime(10, 0), ContactDirection::ThemToMe,
            std::nullopt, ContactTone::Light);
        auto reconnect = ChartStore(journal.journal()).stepCounts(Step::Reconnect, today);
        QVERIFY(reconnect);
        QCOMPARE(reconnect->value(u"safetyAnswered"_s), 1);
        // Issue 11: contacts I kept light, whatever the reply (no longer replies received).
        QCOMPARE(reconnect->value(u"lightContacts"_s), 2);
        QVERIFY(!reconnect->contains(u"repliedContacts"_s));
        // Drafts run through the message check: the person's own action, counted as kept.
        QCOMPARE(reconnect->value(u"draftsChecked"_s, -1), 0);
        QVERIFY(journal->settings().setValue(NoteKeys::DraftsCheckedKey, u"3"_s));
        QCOMPARE(ChartStore(journal.journal())
                     .stepCounts(Step::Reconnect, today)
                     ->value(u"draftsChecked"_s),
            3);
        QVERIFY(journal->settings().setValue(NoteKeys::DraftsCheckedKey, u"-4"_s));
        QCOMPARE(ChartStore(journal.journal())
                     .stepCounts(Step::Reconnect, today)
                     ->value(u"draftsChecked"_s),
            0);

        for (const CommitmentStatus status : { CommitmentStatus::Kept, CommitmentStatus::Kept,
                 CommitmentStatus::Broken, CommitmentStatus::Open }) {
            Commitment c;
            c.promise = u"p"_s;
            c.madeOn = QDate(2028, 3, 1);
            c.status = status;
            if (status != CommitmentStatus::Open)
                c.settledOn = QDate(2028, 3, 5);
            QVERIFY(journal->trust().addCommitment(c));
        }
        for (const IssueStatus status :
            { IssueStatus::Open, IssueStatus::WorkingOnIt, IssueStatus::Resolved }) {
            Issue issue;
            issue.raisedOn = QDate(2028, 3, 1);
            issue.what = u"w"_s;
            issue.status = status;
            QVERIFY(journal->trust().addIssue(issue));
        }
        auto trust = ChartStore(journal.journal()).stepCounts(Step::RebuildTrust, today);
        QVERIFY(trust);
        QCOMPARE(trust->value(u"commitmentsKept"_s), 2);
        QCOMPARE(trust->value(u"issuesWorkedOn"_s), 2);

        Milestone planned;
        planned.title = u"later"_s;
        planned.plannedOn = QDate(2028, 4, 10);
        Milestone reached;
        reached.title = u"done"_s;
        reached.plannedOn = QDate(2028, 3, 1);
        reached.reachedOn = QDate(2028, 3, 2);
        Milestone undated;
        undated.title = u"someday"_s;
        for (const Milestone &m : { planned, reached, undated })
            QVERIFY(journal->milestones().add(m));
        QVERIFY(journal->settings().setOutcome(JourneyOutcome::MovedOn));
        auto slow = ChartStore(journal.journal()).stepCounts(Step::TakeThingsSlow, today);
        QVERIFY(slow);
        QCOMPARE(slow->value(u"milestonesPlanned"_s), 2);
        // Issue 11: the room between planned milestones (40 days here), not how many are reached.
        QCOMPARE(slow->value(u"milestoneGapsRespected"_s), 1);
        QVERIFY(!slow->contains(u"milestonesReached"_s));
        QCOMPARE(slow->value(u"outcomeChosen"_s), 1);
    }

    void progressNeverReadsTheirReplies_data()
    {
        QTest::addColumn<std::optional<ContactResponse>>("response");
        QTest::newRow("no reply recorded") << std::optional<ContactResponse>();
        for (const ContactResponse r : { ContactResponse::NoReplyYet, ContactResponse::Warm,
                 ContactResponse::Neutral, ContactResponse::Cold, ContactResponse::SaidNo })
            QTest::addRow("reply %d", int(r)) << std::optional<ContactResponse>(r);
    }
    void progressNeverReadsTheirReplies()
    {
        QFETCH(std::optional<ContactResponse>, response);
        // The same contacts with another reply, or none: every step counts exactly the same.
        const auto countsWith = [](std::optional<ContactResponse> reply) {
            Test::TempJournal journal;
            std::array<QHash<QString, int>, 5> counts;
            if (!journal.ok())
                return counts;
            const QDate day(2028, 3, 20);
            contactAt(
                journal, day, QTime(10, 0), ContactDirection::MeToThem, reply, ContactTone::Light);
            contactAt(journal, day.addDays(1), QTime(10, 0), ContactDirection::MeToThem, reply,
                ContactTone::Heavy);
            journal.clock().setLocal(day.addDays(10), QTime(12, 0));
            for (const Step step : Steps::all())
                if (auto stepCounts
                    = ChartStore(journal.journal()).stepCounts(step, journal.clock().today()))
                    counts[size_t(int(step) - 1)] = *stepCounts;
            return counts;
        };
        const auto baseline = countsWith(ContactResponse::NoReplyYet);
        const auto counts = countsWith(response);
        for (const Step step : Steps::all()) {
            const size_t i = size_t(int(step) - 1);
            QVERIFY(!baseline.at(i).isEmpty());
            QCOMPARE(counts.at(i), baseline.at(i));
        }
    }

    void milestonesWithADay()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setLocal(QDate(2028, 3, 31), QTime(12, 0));
        Milestone planned;
        planned.title = u"later"_s;
        planned.plannedOn = QDate(2028, 4, 10);
        Milestone reached;
        reached.title = u"done"_s;
        reached.reachedOn = QDate(2028, 3, 1);
        Milestone undated;
        undated.title = u"someday"_s;
        QVERIFY(journal->milestones().add(planned));
        QVERIFY(journal->milestones().add(undated));
        QVERIFY(journal->milestones().add(reached));
        const ChartStore store(journal.journal());
        auto list = store.datedMilestones();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).title, u"later"_s);
        QCOMPARE(list->at(0).plannedOn, QDate(2028, 4, 10));
        QVERIFY(!list->at(0).reachedOn.isValid());
        QCOMPARE(list->at(1).title, u"done"_s);
        QCOMPARE(list->at(1).reachedOn, QDate(2028, 3, 1));
        QCOMPARE(store.minMilestoneGapDays(), PaceRules::DefaultMinGapDays);
    }

    void stepCountsOfSteps1And2()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const ChartStore store(journal.journal());
        const QDate today = journal.clock().today();
        auto empty = store.stepCounts(Step::Acknowledge, today);
        QVERIFY(empty);
        QCOMPARE(empty->value(u"breakupDateSet"_s, -1), 0);
        QCOMPARE(empty->value(u"accepted"_s, -1), 0);
        QCOMPARE(empty->value(u"myPartItems"_s, -1), 0);
        QCOMPARE(empty->value(u"spaceDays"_s, -1), 0);
        auto emptyGoals = store.stepCounts(Step::WorkOnYourself, today);
        QVERIFY(emptyGoals);
        QCOMPARE(emptyGoals->value(u"activeGoals"_s, -1), 0);
        QVERIFY(!emptyGoals->contains(u"goalCheckIns"_s)); // nothing planned: left out
        QCOMPARE(emptyGoals->value(u"smallWins"_s, -1), 0);
        auto reconnect = store.stepCounts(Step::Reconnect, today);
        QVERIFY(reconnect);
        QCOMPARE(reconnect->value(u"safetyAnswered"_s, -1), 0);
        QCOMPARE(reconnect->value(u"lightContacts"_s, -1), 0);
        auto trust = store.stepCounts(Step::RebuildTrust, today);
        QVERIFY(trust);
        QCOMPARE(trust->value(u"commitmentsKept"_s, -1), 0);
        QCOMPARE(trust->value(u"issuesWorkedOn"_s, -1), 0);
        auto slow = store.stepCounts(Step::TakeThingsSlow, today);
        QVERIFY(slow);
        QCOMPARE(slow->value(u"milestonesPlanned"_s, -1), 0);
        QCOMPARE(slow->value(u"milestoneGapsRespected"_s, -1), 0);
        QCOMPARE(slow->value(u"outcomeChosen"_s, -1), 0);

        fillSpace(journal); // today 2028-03-31; last contact I made 03-27
        QVERIFY(journal->settings().setBreakupDate(QDate(2028, 2, 1)));
        QVERIFY(journal->settings().setAccepted(true));
        MyPartItem item;
        item.whatHappened = u"x"_s;
        QVERIFY(journal->myPart().create(item));
        auto ack = store.stepCounts(Step::Acknowledge, journal.clock().today());
        QVERIFY(ack);
        QCOMPARE(ack->value(u"breakupDateSet"_s), 1);
        QCOMPARE(ack->value(u"accepted"_s), 1);
        QCOMPARE(ack->value(u"myPartItems"_s), 1);
        // Issue 11: the longest stretch, 03-01 .. 03-25, not the current one (03-28 .. 03-31): a
        // later contact never lowers step 1.
        QCOMPARE(ack->value(u"spaceDays"_s), 25);

        // Goals: a daily one for the whole window and a 2-a-week one started 7 days ago.
        const QDate today2 = journal.clock().today();
        const qint64 daily = goal(journal, 7, QDate(2028, 1, 1));
        const qint64 twice = goal(journal, 2, today2.addDays(-6));
        for (int i = 0; i < 10; ++i)
            QVERIFY(journal->goals().checkIn({ daily, today2.addDays(-i), {} }));
        QVERIFY(journal->goals().checkIn({ daily, today2.addDays(-20), {} })); // outside
        for (int i = 0; i < 5; ++i) // more than asked: counts as 2
            QVERIFY(journal->goals().checkIn({ twice, today2.addDays(-i), {} }));
        const qint64 archived = goal(journal, 7, QDate(2028, 1, 1));
        QVERIFY(journal->goals().setArchived(archived, true));
        SmallWin win;
        win.what = u"w"_s;
        win.day = today2;
        QVERIFY(journal->smallWins().add(win));
        auto work = store.stepCounts(Step::WorkOnYourself, today2);
        QVERIFY(work);
        QCOMPARE(work->value(u"activeGoals"_s), 2);
        QCOMPARE(work->value(u"goalCheckIns"_s), 12); // 10 + min(5, 2)
        QCOMPARE(work->value(u"goalCheckInsPlanned"_s), 16); // 14 + 2 (7 days at 2 a week)
        QCOMPARE(work->value(u"smallWins"_s), 1);
    }

    void tenYearsAreFast()
    {
        // Measured, not asserted.
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 3650, 1.0, 5 }));
        const ChartStore store(journal.journal());
        const QDate today = journal.clock().today();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(store.space(today.addYears(-10), today));
        QVERIFY(store.checkInsByWeek(today.addYears(-10), today));
        QVERIFY(store.responses(today.addYears(-10), today, true));
        QVERIFY(store.stepCounts(Step::WorkOnYourself, today));
        QVERIFY(store.commitmentsDecided(today.addYears(-10), today, true));
        QVERIFY(store.datedMilestones());
        qInfo("space, goal, contact, commitment and milestone aggregates over ten years: %lld ms",
            timer.elapsed());
    }
};

QTEST_MAIN(tst_ChartStore)
#include "tst_chartstore.moc"
