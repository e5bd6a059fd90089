// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SpaceStore.h"
#include "support/ChangeSpy.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

ContactEvent mine(const QDateTime &at, ContactChannel channel = ContactChannel::Text)
{
    ContactEvent e;
    e.direction = ContactDirection::MeToThem;
    e.channel = channel;
    e.occurredAt = at;
    return e;
}

} // namespace

class tst_SpaceStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void logContacts()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        j.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        j.clock().setLocal(QDate(2026, 3, 14), QTime(0, 30)); // 23:30 UTC on the 13th
        SpaceStore &space = j->space();
        Test::ChangeSpy created(space.journal());
        auto id = space.logContact(mine(j.clock().now(), ContactChannel::Call));
        QVERIFY(id);
        QCOMPARE(created.count(u"contact_events"_s, RecordChange::Created), 1);
        const ContactEvent e = *space.contact(*id);
        QCOMPARE(e.day, QDate(2026, 3, 14)); // the local day, not the UTC one
        QCOMPARE(e.channel, ContactChannel::Call);
        QCOMPARE(e.response, std::optional(ContactResponse::NoReplyYet));

        ContactEvent theirs;
        theirs.direction = ContactDirection::ThemToMe;
        theirs.occurredAt = j.clock().now().addSecs(-60);
        theirs.note = u"They asked how I am"_s;
        auto theirId = space.logContact(theirs);
        QVERIFY(theirId);
        QVERIFY(!space.contact(*theirId)->response);

        // Refused: the future.
        const auto future = space.logContact(mine(j.clock().now().addDays(1)));
        QVERIFY(!future);
        QVERIFY(!future.error().message.isEmpty());

        // A response is recorded later.
        ContactEvent answered = *space.contact(*id);
        answered.response = ContactResponse::Warm;
        QVERIFY(space.updateContact(answered));
        QCOMPARE(space.contact(*id)->response, std::optional(ContactResponse::Warm));

        auto page = space.contacts(std::nullopt, 1);
        QVERIFY(page && page->size() == 1);
        QCOMPARE(page->constFirst().id, *id);
        auto next = space.contacts(
            ContactCursor { page->constFirst().occurredAt, page->constFirst().id }, 10);
        QCOMPARE(next->size(), 1);
        QCOMPARE(next->constFirst().id, *theirId);

        QVERIFY(space.removeContact(*theirId));
        QVERIFY(!space.removeContact(*theirId));
    }

    void outgoingDaysAndRecent()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SpaceStore &space = j->space();
        const QDateTime now = j.clock().now();
        for (int daysAgo : { 10, 10, 4, 0 })
            QVERIFY(space.logContact(mine(now.addDays(-daysAgo))));
        ContactEvent theirs;
        theirs.direction = ContactDirection::ThemToMe;
        theirs.occurredAt = now.addDays(-2);
        QVERIFY(space.logContact(theirs));
        const QDate today = j.clock().today();
        const QList<QDate> expected = { today.addDays(-10), today.addDays(-4), today };
        QCOMPARE(*space.outgoingContactDays(today.addDays(-30)), expected);
        QCOMPARE(space.outgoingContactDays(today.addDays(-5))->size(), 2);
        QCOMPARE(space.recentContacts(now, 5)->size(), 3);
    }

    void urges()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SpaceStore &space = j->space();
        Test::ChangeSpy changed(j.journal());
        Urge u;
        u.intensity = 4;
        u.note = u"Saw our café"_s;
        QVERIFY(space.logUrge(u));
        u.intensity = 6;
        const auto tooStrong = space.logUrge(u);
        QVERIFY(!tooStrong);
        QVERIFY(tooStrong.error().message.contains(u"5"_s));
        u.intensity = 0;
        QVERIFY(!space.logUrge(u));
        QCOMPARE(changed.count(u"urges"_s), 1);
        const QDate today = j.clock().today();
        QCOMPARE(*space.countUrges(today, today), 1);
        QCOMPARE(*space.countUrges(today.addDays(1), today.addDays(7)), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SpaceStore)
#include "tst_spacestore.moc"
