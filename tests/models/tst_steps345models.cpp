// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StepProgress.h"
#include "models/CommitmentModel.h"
#include "models/ContactListModel.h"
#include "models/FeelingModel.h"
#include "models/IssueModel.h"
#include "models/JourneyModel.h"
#include "models/MeetupModel.h"
#include "models/MessageChecker.h"
#include "models/MilestoneModel.h"
#include "models/PendingDeletes.h"
#include "models/ReconnectOverview.h"
#include "models/SpaceOverview.h"
#include "models/StepProgressModel.h"
#include "models/TrustOverview.h"
#include "storage/EntryStore.h"
#include "storage/GoalStore.h"
#include "storage/MilestoneStore.h"
#include "storage/ReconnectStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "storage/TrustStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

void tester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

/// Sixty days of space begun and a daily goal kept for the last two weeks: ready, as far as
/// those go.
bool giveSpaceAndKeepAGoal(Test::TempJournal &j)
{
    const QDate today = j.clock().today();
    if (!j->settings().setSpaceStart(today.addDays(-60)))
        return false;
    Goal goal;
    goal.title = u"Walk"_s;
    goal.startDay = today.addDays(-20);
    auto goalId = j->goals().create(goal);
    if (!goalId)
        return false;
    for (int d = 0; d < 14; ++d)
        if (!j->goals().checkIn({ *goalId, today.addDays(-d), {} }))
            return false;
    return true;
}

/// A message of mine to them `daysAgo` days ago.
bool messageThem(Test::TempJournal &j, int daysAgo)
{
    ContactEvent e;
    e.direction = ContactDirection::MeToThem;
    e.occurredAt = j.clock().now().addDays(-daysAgo);
    e.response = ContactResponse::Neutral;
    return bool(j->space().logContact(e));
}

} // namespace

/// The models of steps 3 to 5, each under QAbstractItemModelTester.
class tst_Steps345Models : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contactLogEditsReachStepOne()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        ContactListModel log(j->space());
        tester(&log);
        SpaceOverview overview(j.journal(), Qt::Monday);
        QVERIFY(overview.setThresholds({ 5, 2 }));
        for (int i = 0; i < 2; ++i) {
            ContactEvent e;
            e.occurredAt = j.clock().now().addSecs(-3600LL * (2 - i));
            QVERIFY(log.log(e));
        }
        QCOMPARE(log.rowCount(), 2);
        QVERIFY(overview.bombarding().tooManyUnanswered);

        // Record a reply in the log: step 1's warning goes away.
        const QModelIndex response = log.index(0, ContactListModel::ResponseColumn);
        QVERIFY(log.flags(response) & Qt::ItemIsEditable);
        // Issue 11 adds "asked for space / said no" to the replies.
        const QStringList replies = log.data(response, RecordModel::ChoicesRole).toStringList();
        QCOMPARE(replies.size(), 5);
        QCOMPARE(replies.constLast(), u"Asked for space / said no"_s);
        QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
        QVERIFY(log.setData(response, int(ContactResponse::Warm)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(log.data(response).toString(), u"Warm"_s);
        QVERIFY(!overview.bombarding().tooManyUnanswered);

        QVERIFY(log.setData(log.index(0, ContactListModel::ToneColumn), int(ContactTone::Light)));
        QVERIFY(log.setData(log.index(0, ContactListModel::TopicsColumn), u"the concert"_s));
        QCOMPARE(j->space().contact(log.idAt(0))->topics, u"the concert"_s);

        // Refused: a time in the future, with a message.
        QSignalSpy errors(&log, &RecordModel::errorOccurred);
        QVERIFY(
            !log.setData(log.index(0, ContactListModel::WhenColumn), j.clock().now().addDays(2)));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());

        // Moving a contact in time moves its row.
        const qint64 newest = log.idAt(0);
        QVERIFY(
            log.setData(log.index(0, ContactListModel::WhenColumn), j.clock().now().addDays(-3)));
        QCOMPARE(log.idAt(1), newest);

        // Their contacts have no response to edit.
        QVERIFY(log.setData(log.index(1, ContactListModel::WhoColumn), 1));
        QVERIFY(!(log.flags(log.index(1, ContactListModel::ResponseColumn)) & Qt::ItemIsEditable));
        QVERIFY(log.removeRow(1));
        QCOMPARE(log.rowCount(), 1);
    }

    void meetups()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MeetupModel model(j->reconnect());
        tester(&model);
        QVERIFY(model.plan(j.clock().today().addDays(3), MeetupKind::Coffee, u"Café"_s));
        QVERIFY(model.plan(j.clock().today().addDays(-3), MeetupKind::Walk, u"Park"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, MeetupModel::PlaceColumn)).toString(), u"Café"_s);
        QSignalSpy errors(&model, &RecordModel::errorOccurred);
        QVERIFY(!model.setData(
            model.index(0, MeetupModel::OutcomeColumn), int(MeetupOutcome::WentWell)));
        QCOMPARE(errors.size(), 1);
        QVERIFY(model.setData(
            model.index(1, MeetupModel::OutcomeColumn), int(MeetupOutcome::WentWell)));
        QVERIFY(model.setData(model.index(1, MeetupModel::HowColumn), u"Lovely"_s));
        QCOMPARE(j->reconnect().meetup(model.idAt(1))->howItWent, u"Lovely"_s);
        // It went well, so it cannot move into the future.
        QVERIFY(
            !model.setData(model.index(1, MeetupModel::DayColumn), j.clock().today().addDays(10)));
        // Moving the day re-sorts.
        QVERIFY(
            model.setData(model.index(0, MeetupModel::DayColumn), j.clock().today().addDays(-10)));
        QCOMPARE(model.data(model.index(0, MeetupModel::PlaceColumn)).toString(), u"Park"_s);
        QVERIFY(model.removeRow(0));
        QCOMPARE(model.rowCount(), 1);
    }

    void trustModelsAndSummary()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        CommitmentModel commitments(j->trust(), j.clock());
        IssueModel issues(j->trust(), j.clock());
        FeelingModel feelings(j->trust(), j.clock());
        tester(&commitments);
        tester(&issues);
        tester(&feelings);
        TrustOverview overview(j.journal());
        const QDate today = j.clock().today();
        QVERIFY(commitments.add(u"Be on time"_s, today.addDays(-5), today.addDays(-1)));
        QVERIFY(!commitments.add(u" "_s, today, {}));
        QCOMPARE(commitments.rowCount(), 1);
        QVERIFY(commitments.data(commitments.index(0, 0), RecordModel::AttentionRole).toBool());
        QCOMPARE(overview.summary().overdueCommitments, 1);
        QVERIFY(commitments.setData(
            commitments.index(0, CommitmentModel::StatusColumn), int(CommitmentStatus::Kept)));
        QCOMPARE(overview.summary().overdueCommitments, 0);
        QCOMPARE(overview.summary().last30.kept, 1);
        QCOMPARE(overview.foundation().trust.level, FoundationIndicator::Level::Strong);
        QVERIFY(commitments.setDueDate(0, {}));
        QVERIFY(!j->trust().commitment(commitments.idAt(0))->dueOn.isValid());

        QVERIFY(issues.add(RaisedBy::Them, today, u"Lateness"_s));
        QCOMPARE(overview.summary().openIssues, 1);
        // Records whose delete waits for its undo are out of the summary already.
        PendingDeletes &pending = PendingDeletes::of(j.journal());
        QVERIFY(pending.remove(u"issues"_s, issues.idAt(0)));
        QCOMPARE(overview.summary().openIssues, 0);
        QVERIFY(pending.undo());
        QCOMPARE(overview.summary().openIssues, 1);
        QVERIFY(pending.remove(u"commitments"_s, commitments.idAt(0)));
        QCOMPARE(overview.summary().last30.kept, 0);
        QVERIFY(pending.undo());
        QCOMPARE(overview.summary().last30.kept, 1);
        QVERIFY(
            issues.setData(issues.index(0, IssueModel::StatusColumn), int(IssueStatus::Resolved)));
        QCOMPARE(overview.summary().openIssues, 0);
        QCOMPARE(issues.data(issues.index(0, IssueModel::ByColumn)).toString(), u"Them"_s);

        QVERIFY(feelings.add(today, u"I was scared"_s, u"Gently"_s));
        QSignalSpy errors(&feelings, &RecordModel::errorOccurred);
        QVERIFY(!feelings.setData(feelings.index(0, FeelingModel::WhatColumn), u""_s));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(j->trust().feelings()->first().what, u"I was scared"_s);
        QVERIFY(feelings.removeRow(0));
        QCOMPARE(feelings.rowCount(), 0);
    }

    void milestonesAndPace()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MilestoneModel model(j->milestones(), j.clock());
        tester(&model);
        TrustOverview overview(j.journal());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"1. A friendly message"_s);
        QCOMPARE(model.data(model.index(0, 0), Qt::EditRole).toString(), u"A friendly message"_s);
        QVERIFY(model.move(1, -1));
        // Issue 11: the default milestones are short, reversible steps.
        QCOMPARE(model.data(model.index(0, 0), Qt::EditRole).toString(), u"A short phone call"_s);
        QVERIFY(model.move(0, 1));
        QCOMPARE(model.data(model.index(1, 0), Qt::EditRole).toString(), u"A short phone call"_s);
        QVERIFY(model.add(u"Meeting their friends"_s));
        QCOMPARE(model.rowCount(), 8);

        const QDate today = j.clock().today();
        QVERIFY(model.setReached(0, today.addDays(-10)));
        QVERIFY(overview.paceWarnings().isEmpty());
        QVERIFY(model.setReached(1, today.addDays(-3)));
        QCOMPARE(overview.paceWarnings().size(), 1);
        QCOMPARE(overview.paceWarnings().first().kind, PaceWarning::Kind::TooClose);
        QVERIFY(overview.setMinGapDays(7));
        QVERIFY(overview.paceWarnings().isEmpty());
        QVERIFY(model.setReached(1, {}));
        QVERIFY(!j->milestones().milestone(model.idAt(1))->reached());

        // A cold connection makes the foundation weak: planning a milestone draws a note.
        ContactEvent e;
        e.occurredAt = j.clock().now().addDays(-1);
        e.response = ContactResponse::Cold;
        QVERIFY(j->space().logContact(e));
        QVERIFY(overview.foundation().weak());
        QVERIFY(model.setPlanned(2, today.addDays(5)));
        QCOMPARE(overview.paceWarnings().size(), 1);
        QCOMPARE(overview.paceWarnings().first().kind, PaceWarning::Kind::PlannedOnWeakFoundation);

        QVERIFY(model.removeRow(7));
        QCOMPARE(model.rowCount(), 7);
    }

    void readinessFromTheJournal()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        ReconnectOverview overview(j.journal());
        QVERIFY(!overview.readiness().ready());
        QVERIFY(!overview.contactAdvised());
        QSignalSpy changed(&overview, &ReconnectOverview::changed);
        SafetyCheck check;
        QVERIFY(overview.setSafety(check));
        QVERIFY(overview.contactAdvised());
        QVERIFY(!changed.isEmpty());

        QVERIFY(j->settings().setSpaceStart(j.clock().today().addDays(-40)));
        Goal goal;
        goal.title = u"Walk"_s;
        goal.startDay = j.clock().today().addDays(-20);
        auto goalId = j->goals().create(goal);
        QVERIFY(goalId);
        QVERIFY(!overview.readiness().ready());
        for (int d = 0; d < 14; ++d)
            QVERIFY(j->goals().checkIn({ *goalId, j.clock().today().addDays(-d), {} }));
        QVERIFY(overview.readiness().ready());
        QVERIFY(overview.setMinSpaceDays(60));
        QVERIFY(!overview.readiness().ready());
        QCOMPARE(overview.readiness().unmet().first().kind, ReadinessCriterion::Kind::Space);

        // Moods from another source feed the same rule.
        QVERIFY(overview.setMinSpaceDays(30));
        QList<DayMood> moods;
        for (int d = 0; d < 28; ++d)
            moods << DayMood { j.clock().today().addDays(-d), d < 14 ? 2 : 8 };
        overview.setExtraMoods(moods);
        QVERIFY(!overview.readiness().ready());
        QCOMPARE(overview.readiness().unmet().first().kind, ReadinessCriterion::Kind::Mood);
    }

    void readinessUsesTheCurrentStretchFromTheJournal()
    {
        // 40 days of space once, then a message 2 days ago: the current stretch is 2 days, and
        // readiness says so, while step 1's progress keeps the longest stretch.
        Test::TempJournal j;
        QVERIFY(j.ok());
        ReconnectOverview overview(j.journal());
        QVERIFY(overview.setSafety(SafetyCheck {}));
        QVERIFY(giveSpaceAndKeepAGoal(j));
        QVERIFY(overview.readiness().ready());
        QVERIFY(messageThem(j, 2));
        QVERIFY(!overview.readiness().ready());
        const ReadinessCriterion space = overview.readiness().unmet().first();
        QCOMPARE(space.kind, ReadinessCriterion::Kind::Space);
        QVERIFY2(space.value.startsWith(u"2 of 30"_s) || space.value.startsWith(u"1 of 30"_s),
            qPrintable(space.value));
        StepProgressModel progress(j.journal());
        for (const auto &part : progress.report(Step::Acknowledge).parts)
            if (part.criterion.count == QLatin1StringView(StepProgress::Count::SpaceDays))
                QVERIFY2(part.achieved >= 30, qPrintable(QString::number(part.achieved)));
    }

    void eachChangeUpdatesWhatItFeeds()
    {
        // A save reads again only what its kind feeds (an entry: the moods), and what the other
        // kinds gave stays: the goals' check-ins still count after the moods change.
        Test::TempJournal j;
        QVERIFY(j.ok());
        ReconnectOverview overview(j.journal());
        QVERIFY(overview.setSafety(SafetyCheck {}));
        const QDate today = j.clock().today();
        QVERIFY(giveSpaceAndKeepAGoal(j));
        // Moods from elsewhere, steady at 5: the two days before today, and the two weeks
        // before the last two.
        QList<DayMood> steady { { today.addDays(-1), 5 }, { today.addDays(-2), 5 } };
        for (int d = 14; d < 28; ++d)
            steady << DayMood { today.addDays(-d), 5 };
        overview.setExtraMoods(steady);
        QVERIFY(overview.readiness().ready());

        QList<qint64> entries;
        for (int i = 0; i < 3; ++i) {
            auto id = j->entries().create(Step::Acknowledge, { u"Low"_s, u"A hard day"_s, 1 });
            QVERIFY(id);
            entries << *id;
        }
        QVERIFY(!overview.readiness().ready());
        QCOMPARE(overview.readiness().unmet().first().kind, ReadinessCriterion::Kind::Mood);
        QSignalSpy changed(&overview, &ReconnectOverview::changed);
        for (const qint64 id : std::as_const(entries))
            QVERIFY(j->entries().update(id, { u"Better"_s, u"A good day after all"_s, 10 }));
        QCOMPARE(changed.size(), entries.size());
        QVERIFY(overview.readiness().ready());
        QVERIFY(overview.error().isEmpty());

        QVERIFY(messageThem(j, 1));
        QVERIFY(!overview.readiness().ready());
        QCOMPARE(overview.readiness().unmet().size(), 1);
        QCOMPARE(overview.readiness().unmet().first().kind, ReadinessCriterion::Kind::Space);
    }

    void messageCheckerMarksSent()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MessageChecker checker(j.journal(), u"en_US"_s);
        QVERIFY(checker.check(u"How are you?"_s).clear());
        QCOMPARE(checker.check(u"They played our song"_s).findings.size(), 0);
        QSignalSpy phrases(&checker, &MessageChecker::phrasesChanged);
        QVERIFY(checker.addPhrase(u"our song"_s, PhraseCategory::Past));
        QCOMPARE(phrases.size(), 1);
        QCOMPARE(checker.check(u"They played our song"_s).findings.size(), 1);
        QCOMPARE(checker.userPhrases().size(), 1);

        QVERIFY(!checker.markSent(u"  "_s, ContactChannel::Text, true));
        auto id = checker.markSent(u"We need to talk"_s, ContactChannel::Text, false);
        QVERIFY(id);
        const ContactEvent e = *j->space().contact(*id);
        QCOMPARE(e.tone, std::optional(ContactTone::Heavy));
        QVERIFY(e.note.isEmpty());
        const auto again = checker.check(u"Hi"_s);
        QCOMPARE(again.count(MessageFinding::Kind::TooSoon), 1);
        QCOMPARE(again.count(MessageFinding::Kind::Unanswered), 1);
        QVERIFY(checker.removePhrase(checker.userPhrases().first()));
        QCOMPARE(checker.userPhrases().size(), 0);
    }

    void journeyOutcome()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        JourneyModel a(j->settings());
        JourneyModel b(j->settings());
        QSignalSpy spy(&b, &JourneyModel::outcomeChanged);
        QVERIFY(!a.movedOn());
        QVERIFY(a.setOutcome(JourneyOutcome::MovedOn));
        QCOMPARE(spy.size(), 1);
        QVERIFY(b.movedOn());
        QVERIFY(a.setOutcome(JourneyOutcome::MovedOn));
        QCOMPARE(spy.size(), 1); // no change, no signal
    }
};

QTEST_MAIN(tst_Steps345Models)
#include "tst_steps345models.moc"
