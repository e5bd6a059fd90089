// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "storage/MilestoneStore.h"
#include "storage/ReconnectStore.h"
#include "storage/RecordKinds.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "storage/Sql.h"
#include "storage/TrustStore.h"
#include "support/ChangeSpy.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

int countRows(Journal &journal, const QString &sql)
{
    auto q = Sql::run(journal.database(), sql, {}, {});
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

/// The stores of steps 3 to 5: contact tone and topics, settings, meet-ups, phrases, moods,
/// trust records and milestones.
class tst_Steps345Stores : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contactToneTopicsAndReplies()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SpaceStore &space = j->space();
        ContactEvent e;
        e.occurredAt = j.clock().now().addSecs(-3600);
        e.tone = ContactTone::Light;
        e.topics = u"  her new job  "_s;
        auto id = space.logContact(e);
        QVERIFY(id);
        ContactEvent stored = *space.contact(*id);
        QCOMPARE(stored.tone, std::optional(ContactTone::Light));
        QCOMPARE(stored.topics, u"her new job"_s);
        QCOMPARE(space.lastContactAt(ContactDirection::MeToThem)->toMSecsSinceEpoch(),
            e.occurredAt.toMSecsSinceEpoch());
        QVERIFY(!space.lastContactAt(ContactDirection::ThemToMe)->isValid());
        QCOMPARE(space.responseCounts(j.clock().now().addDays(-90))->answered, 0);

        // A reply recorded later counts.
        Test::ChangeSpy updated(space.journal());
        stored.response = ContactResponse::Warm;
        stored.tone = ContactTone::Heavy;
        QVERIFY(space.updateContact(stored));
        QCOMPARE(updated.count(u"contact_events"_s, RecordChange::Updated), 1);
        const ResponseCounts counts = *space.responseCounts(j.clock().now().addDays(-90));
        QCOMPARE(counts.warm, 1);
        QCOMPARE(counts.answered, 1);
        QCOMPARE(space.contact(*id)->tone, std::optional(ContactTone::Heavy));

        // Their contacts never keep a response; mine get "no reply yet" when none is given.
        stored.direction = ContactDirection::ThemToMe;
        QVERIFY(space.updateContact(stored));
        QVERIFY(!space.contact(*id)->response);
        stored.direction = ContactDirection::MeToThem;
        stored.response.reset();
        QVERIFY(space.updateContact(stored));
        QCOMPARE(space.contact(*id)->response, std::optional(ContactResponse::NoReplyYet));

        stored.topics = QString(ContactEvent::MaxTopicsLength + 1, u'x');
        QVERIFY(!space.updateContact(stored));
    }

    void aNoIsRecordedAndMigration10KeepsRows()
    {
        // A journal of version 9 with a contact and a meet-up, migrated: the rows, ids and the
        // search index stay; a "no" can then be stored, and the triggers are those the record
        // kinds describe.
        Test::TempJournal j(JournalOptions { 9 });
        QVERIFY2(j.ok(), qPrintable(j.error()));
        QVERIFY(Sql::run(j->database(),
            u"INSERT INTO contact_events (uid, direction, channel, occurred_at, day, note, "
            "response, created_at, updated_at, tone, topics) VALUES ('c1', 0, 0, 1000, "
            "'2027-01-01', 'hello there', 3, 1000, 1000, 0, 'the cat')"_s,
            {}, {}));
        QVERIFY(Sql::run(j->database(),
            u"INSERT INTO meetups (uid, day, place, kind, outcome, how_it_went, created_at, "
            "updated_at) VALUES ('m1', '2027-01-02', 'park', 1, 2, 'fine', 1000, 1000)"_s,
            {}, {}));
        QVERIFY(!Sql::run(
            j->database(), u"UPDATE contact_events SET response = 4"_s, {}, {})); // refused before
        QVERIFY2(j.reopen(), qPrintable(j.error()));
        QCOMPARE(j->schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(
            countRows(j.journal(),
                u"SELECT count(*) FROM contact_events WHERE uid = 'c1' AND topics = 'the cat'"_s),
            1);
        QCOMPARE(countRows(j.journal(),
                     u"SELECT count(*) FROM meetups WHERE uid = 'm1' AND outcome = 2"_s),
            1);
        QCOMPARE(countRows(j.journal(),
                     u"SELECT count(*) FROM search_text WHERE search_text MATCH 'cat'"_s),
            1);
        QCOMPARE(*j->reconnect().noRecorded(), false);

        const qint64 contactId = countRows(j.journal(), u"SELECT id FROM contact_events"_s);
        auto contact = j->space().contact(contactId);
        QVERIFY(contact);
        contact->response = ContactResponse::SaidNo;
        contact->note = u"asked for space"_s;
        QVERIFY(j->space().updateContact(*contact));
        QCOMPARE(j->space().contact(contactId)->response, ContactResponse::SaidNo);
        QCOMPARE(*j->reconnect().noRecorded(), true);
        QCOMPARE(countRows(j.journal(),
                     u"SELECT count(*) FROM search_text WHERE search_text MATCH 'space'"_s),
            1);
        contact->response = ContactResponse::Cold; // only the person changes it back
        QVERIFY(j->space().updateContact(*contact));
        QCOMPARE(*j->reconnect().noRecorded(), false);

        auto meetups = j->reconnect().meetups();
        QVERIFY(meetups && meetups->size() == 1);
        Meetup m = meetups->first();
        m.outcome = MeetupOutcome::DidNotWantToMeet;
        QVERIFY(j->reconnect().updateMeetup(m));
        QCOMPARE(*j->reconnect().noRecorded(), true);
        QVERIFY(!Sql::run(j->database(), u"UPDATE meetups SET outcome = 5"_s, {}, {}));

        // The triggers made again are exactly those the record kinds describe (the statements
        // of migrations 8 and 9).
        for (const QString &kind : { u"contact_events"_s, u"meetups"_s }) {
            const QStringList expected = RecordKinds::searchIndexStatements(kind).mid(0, 3);
            QCOMPARE(expected.size(), 3);
            for (const QString &statement : expected) {
                const QString name = statement.section(u' ', 2, 2);
                auto q = Sql::run(j->database(),
                    u"SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"_s,
                    { name }, {});
                QVERIFY(q && q->next());
                QCOMPARE(q->value(0).toString(), statement);
            }
        }
    }

    void settings()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SettingsStore &s = j->settings();
        QVERIFY(!s.safetyCheck().answered());
        SafetyCheck check;
        check.askedNoContact = true;
        QVERIFY(s.setSafetyCheck(check));
        QVERIFY(s.safetyCheck().answered());
        QCOMPARE(s.safetyCheck().answeredOn, j.clock().today());
        QVERIFY(s.safetyCheck().askedNoContact);
        QVERIFY(!s.safetyCheck().abuse);
        QVERIFY(j.reopen());
        QVERIFY(j->settings().safetyCheck().askedNoContact);

        QCOMPARE(j->settings().minSpaceDays(), 30);
        QVERIFY(!j->settings().setMinSpaceDays(0));
        QVERIFY(j->settings().setMinSpaceDays(45));
        QCOMPARE(j->settings().minSpaceDays(), 45);
        QCOMPARE(j->settings().minMilestoneGapDays(), 14);
        QVERIFY(!j->settings().setMinMilestoneGapDays(366));
        QVERIFY(j->settings().setMinMilestoneGapDays(21));
        QCOMPARE(j->settings().minMilestoneGapDays(), 21);
        QCOMPARE(j->settings().outcome(), JourneyOutcome::InProgress);
        QVERIFY(j->settings().setOutcome(JourneyOutcome::MovedOn));
        QCOMPARE(j->settings().outcome(), JourneyOutcome::MovedOn);
    }

    void meetupsAndPhrases()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        ReconnectStore &r = j->reconnect();
        Test::ChangeSpy created(r.journal());
        Meetup m;
        m.day = j.clock().today().addDays(5);
        m.place = u"The café by the river"_s;
        m.kind = MeetupKind::Walk;
        auto id = r.addMeetup(m);
        QVERIFY(id);
        QCOMPARE(created.count(u"meetups"_s, RecordChange::Created), 1);
        m.id = *id;
        m.outcome = MeetupOutcome::WentWell;
        QVERIFY(!r.updateMeetup(m)); // not yet happened
        j.clock().advanceDays(6);
        QVERIFY(r.updateMeetup(m));
        QCOMPARE(r.meetup(*id)->outcome, MeetupOutcome::WentWell);
        QCOMPARE(r.meetups()->size(), 1);
        QVERIFY(r.removeMeetup(*id));
        QVERIFY(!r.removeMeetup(*id));

        Test::ChangeSpy phrases(r.journal());
        QVERIFY(r.addPhrase({ u"  our   song "_s, PhraseCategory::Past, true }));
        QVERIFY(r.addPhrase({ u"our song"_s, PhraseCategory::Past, true })); // no duplicate
        QVERIFY(!r.addPhrase({ u" "_s, PhraseCategory::Past, true }));
        QCOMPARE(r.userPhrases()->size(), 1);
        QCOMPARE(r.userPhrases()->first().text, u"our song"_s);
        QVERIFY(r.removePhrase(r.userPhrases()->first()));
        QCOMPARE(r.userPhrases()->size(), 0);
        // Added once (the same phrase again changes nothing), then removed.
        QCOMPARE(phrases.count(u"message_phrases"_s, RecordChange::Created), 1);
        QCOMPARE(phrases.count(u"message_phrases"_s, RecordChange::Removed), 1);
        QCOMPARE(phrases.count(u"message_phrases"_s), 2);
    }

    void moodsByLocalDay()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        j.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        // 00:30 local on the 29th of March (DST change) is still the 28th in UTC.
        j.clock().setLocal(QDate(2026, 3, 29), QTime(0, 30));
        EntryContent entry;
        entry.title = u"Late"_s;
        entry.mood = 7;
        QVERIFY(j->entries().create(Step::Reconnect, entry));
        entry.mood.reset();
        QVERIFY(j->entries().create(Step::Reconnect, entry));
        const auto moods = j->reconnect().entryMoods(QDate(2026, 3, 29), QDate(2026, 3, 29));
        QVERIFY(moods);
        QCOMPARE(moods->size(), 1);
        QCOMPARE(moods->first().day, QDate(2026, 3, 29));
        QCOMPARE(moods->first().mood, 7);
        QCOMPARE(j->reconnect().entryMoods(QDate(2026, 3, 28), QDate(2026, 3, 28))->size(), 0);
    }

    void trustSummaryReadsOnlyWhatItNeeds()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        TrustStore &t = j->trust();
        const auto commit = [&](const QString &promise, CommitmentStatus status) {
            Commitment c;
            c.promise = promise;
            c.madeOn = j.clock().today();
            auto id = t.addCommitment(c);
            if (id && status != CommitmentStatus::Open) {
                c = *t.commitment(*id);
                c.status = status;
                if (!t.updateCommitment(c))
                    return qint64(0);
            }
            return id ? *id : qint64(0);
        };
        const qint64 old = commit(u"Kept long ago"_s, CommitmentStatus::Kept);
        j.clock().advanceDays(TrustRules::SummaryWindowDays);
        const qint64 first = commit(u"Kept on the window's first day"_s, CommitmentStatus::Broken);
        j.clock().advanceDays(TrustRules::SummaryWindowDays - 1);
        const qint64 open = commit(u"Still open"_s, CommitmentStatus::Open);
        const qint64 kept = commit(u"Kept today"_s, CommitmentStatus::Kept);
        QVERIFY(old && first && open && kept);
        const QDate today = j.clock().today();
        auto some = t.openOrSettledSince(today.addDays(1 - TrustRules::SummaryWindowDays));
        QVERIFY(some);
        QList<qint64> ids;
        for (const Commitment &c : *some)
            ids << c.id;
        QCOMPARE(ids, (QList<qint64> { kept, open, first }));

        Issue issue;
        issue.raisedOn = today;
        for (const IssueStatus status :
            { IssueStatus::Open, IssueStatus::WorkingOnIt, IssueStatus::Resolved }) {
            issue.what = u"issue %1"_s.arg(int(status));
            auto id = t.addIssue(issue);
            QVERIFY(id);
            Issue stored = *t.issue(*id);
            stored.status = status;
            QVERIFY(t.updateIssue(stored));
        }
        QCOMPARE(t.unresolvedIssues()->size(), 2);
        // The summary of the lists read is the summary of everything.
        const TrustSummary all = TrustRules::summarize(*t.commitments(), *t.issues(), today);
        const TrustSummary read = TrustRules::summarize(*some, *t.unresolvedIssues(), today);
        QCOMPARE(read.last90.kept, all.last90.kept);
        QCOMPARE(read.last90.broken, all.last90.broken);
        QCOMPARE(read.last90.broken, 1);
        QCOMPARE(read.last30.kept, all.last30.kept);
        QCOMPARE(read.openCommitments, all.openCommitments);
        QCOMPARE(read.openIssues, all.openIssues);
        QCOMPARE(read.openIssues, 2);
    }

    void trustRecords()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        TrustStore &t = j->trust();
        Test::ChangeSpy created(t.journal());
        Commitment c;
        c.promise = u"Call when I say I will"_s;
        c.madeOn = j.clock().today();
        auto id = t.addCommitment(c);
        QVERIFY(id);
        QVERIFY(!t.commitment(*id)->settledOn.isValid());
        j.clock().advanceDays(3);
        c = *t.commitment(*id);
        c.status = CommitmentStatus::Kept;
        QVERIFY(t.updateCommitment(c));
        QCOMPARE(t.commitment(*id)->settledOn, j.clock().today());
        // Editing the note later keeps the day it was settled.
        j.clock().advanceDays(2);
        c = *t.commitment(*id);
        c.note = u"Every Sunday"_s;
        QVERIFY(t.updateCommitment(c));
        QCOMPARE(t.commitment(*id)->settledOn, j.clock().today().addDays(-2));
        c.status = CommitmentStatus::Open;
        QVERIFY(t.updateCommitment(c));
        QVERIFY(!t.commitment(*id)->settledOn.isValid());
        c.promise.clear();
        QVERIFY(!t.updateCommitment(c));
        QCOMPARE(t.commitment(*id)->promise, u"Call when I say I will"_s);

        Issue issue;
        issue.raisedBy = RaisedBy::Them;
        issue.raisedOn = j.clock().today();
        issue.what = u"I was late again"_s;
        auto issueId = t.addIssue(issue);
        QVERIFY(issueId);
        issue = *t.issue(*issueId);
        issue.status = IssueStatus::Resolved;
        issue.agreement = u"Text if running late"_s;
        QVERIFY(t.updateIssue(issue));
        QCOMPARE(t.issues()->first().agreement, u"Text if running late"_s);

        SharedFeeling f;
        f.day = j.clock().today();
        f.what = u"That I was scared"_s;
        f.received = u"Kindly"_s;
        auto feelingId = t.addFeeling(f);
        QVERIFY(feelingId);
        QCOMPARE(created.count(u"commitments"_s, RecordChange::Created), 1);
        QCOMPARE(created.count(u"issues"_s, RecordChange::Created), 1);
        QCOMPARE(created.count(u"feelings_shared"_s, RecordChange::Created), 1);
        QVERIFY(t.remove(TrustStore::Kind::Feeling, *feelingId));
        QVERIFY(!t.remove(TrustStore::Kind::Feeling, *feelingId));
        QCOMPARE(countRows(j.journal(), u"SELECT count(*) FROM feelings_shared"_s), 0);
    }

    void milestones()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MilestoneStore &m = j->milestones();
        QCOMPARE(*m.seedDefaults(), true);
        QCOMPARE(*m.seedDefaults(), false);
        auto list = *m.milestones();
        QCOMPARE(list.size(), 7);
        QCOMPARE(list.first().title, u"A friendly message"_s);
        // Deleted defaults do not come back.
        for (const Milestone &x : list)
            QVERIFY(m.remove(x.id));
        QCOMPARE(*m.seedDefaults(), false);
        QVERIFY(m.milestones()->isEmpty());

        auto a = m.add({ 0, 0, u"Coffee"_s, {}, {} });
        auto b = m.add({ 0, 0, u"Walk"_s, {}, {} });
        QVERIFY(a && b);
        Test::ChangeSpy moved(m.journal());
        QVERIFY(m.move(*b, -1));
        // The moved milestone's new number first, then its neighbour's.
        QCOMPARE(moved.ids(u"milestones"_s, RecordChange::Updated), (QList<qint64> { *b, *a }));
        QCOMPARE(m.milestones()->first().title, u"Walk"_s);
        QVERIFY(m.move(*b, -1)); // already first: nothing to do
        QCOMPARE(moved.count(u"milestones"_s, RecordChange::Updated), 2);
        Milestone walk = *m.milestone(*b);
        walk.reachedOn = j.clock().today().addDays(1);
        QVERIFY(!m.update(walk));
        walk.reachedOn = j.clock().today();
        QVERIFY(m.update(walk));
    }

    void demoFillsSteps345_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("default") << 120;
        QTest::newRow("a month") << 30;
        QTest::newRow("ten years") << 3650;
    }
    void demoFillsSteps345()
    {
        QFETCH(int, days);
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(DemoJournal::generate(j.journal(), { days, 0.2, 5 }));
        QVERIFY(ReconnectRules::contactAdvised(j->settings().safetyCheck()));
        QCOMPARE(j->milestones().milestones()->size(), 7);
        QVERIFY(!j->reconnect().meetups()->isEmpty());
        if (days >= 120) {
            QVERIFY(countRows(j.journal(),
                        u"SELECT count(*) FROM contact_events WHERE tone IS NOT NULL"_s)
                > 3);
            QVERIFY(j->trust().commitments()->size() > 2);
            QVERIFY(j->trust().issues()->size() == 3);
            QVERIFY(j->trust().feelings()->size() == 3);
            QVERIFY(j->milestones().milestones()->first().reached());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Steps345Stores)
#include "tst_steps345stores.moc"
