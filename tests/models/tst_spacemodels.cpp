// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ContactListModel.h"
#include "models/PendingDeletes.h"
#include "models/SpaceOverview.h"
#include "models/SpaceStreakModel.h"
#include "storage/SpaceStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// SpaceOverview and the two models of the Space section (contacts, stretches of space).
class tst_SpaceModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void overviewFollowsContactsAndUrges()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        j.clock().setLocal(QDate(2026, 3, 14), QTime(10, 0)); // a Saturday
        SpaceOverview overview(j.journal(), Qt::Monday);
        QVERIFY(overview.streaks().isEmpty());
        QVERIFY(!overview.daysSinceBreakup());
        QVERIFY(!overview.setBreakupDate(QDate(2026, 3, 15)));
        QVERIFY(overview.setBreakupDate(QDate(2026, 3, 1)));
        QCOMPARE(*overview.daysSinceBreakup(), 13);
        QVERIFY(overview.setSpaceStart(QDate(2026, 3, 2)));
        QCOMPARE(overview.currentStreak()->days(), 13);

        QVERIFY(overview.logUrge(3, u"evening"_s));
        QVERIFY(!overview.logUrge(9, {}));
        QCOMPARE(overview.urgesThisWeek(), 1);

        QSignalSpy changed(&overview, &SpaceOverview::changed);
        QVERIFY(overview.logMyContact(ContactChannel::Text, u"Hi"_s));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(overview.currentStreak()->days(), 0);
        QCOMPARE(overview.streaks().size(), 2);
        QCOMPARE(overview.bestStreak()->days(), 12);
        QVERIFY(!overview.bombarding().warn());
        j.clock().advanceSecs(3600);
        QVERIFY(overview.logMyContact(ContactChannel::Call, {}));
        QVERIFY(overview.bombarding().tooManyUnanswered);

        QVERIFY(overview.setThresholds({ 3, 5 }));
        QVERIFY(!overview.bombarding().warn());

        // The next day the new stretch has its first day.
        j.clock().advanceDays(1);
        overview.refresh();
        QCOMPARE(overview.currentStreak()->days(), 1);
        // A new week (Monday) starts the urge count afresh.
        j.clock().advanceDays(1);
        overview.refresh();
        QCOMPARE(overview.urgesThisWeek(), 0);

        QVERIFY(overview.setAccepted(true));
        QCOMPARE(overview.acceptedOn(), j.clock().today());
    }

    /// A contact or urge whose delete waits for its undo is already out of every number.
    void aPendingDeleteDoesNotCount()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        j.clock().setLocal(QDate(2026, 3, 14), QTime(10, 0)); // a Saturday
        SpaceOverview overview(j.journal(), Qt::Monday);
        QVERIFY(overview.setSpaceStart(QDate(2026, 3, 2)));
        const auto urge = overview.logUrge(3, u"evening"_s);
        QVERIFY(urge);
        const auto first = overview.logMyContact(ContactChannel::Text, u"Hi"_s);
        QVERIFY(first);
        j.clock().advanceSecs(3600);
        QVERIFY(overview.logMyContact(ContactChannel::Call, {}));
        QVERIFY(overview.bombarding().tooManyUnanswered);
        QCOMPARE(overview.currentStreak()->days(), 0);
        QCOMPARE(overview.urgesThisWeek(), 1);

        PendingDeletes &pending = PendingDeletes::of(j.journal());
        QVERIFY(pending.remove(u"contact_events"_s, *first));
        QVERIFY(!overview.bombarding().tooManyUnanswered);
        QCOMPARE(overview.currentStreak()->days(), 0); // the other contact is still that day
        QVERIFY(pending.undo());
        QVERIFY(overview.bombarding().tooManyUnanswered);

        QVERIFY(pending.remove(u"urges"_s, *urge));
        QCOMPARE(overview.urgesThisWeek(), 0);
        QVERIFY(pending.undo());
        QCOMPARE(overview.urgesThisWeek(), 1);

        // The only contact of the day hidden: that day is space again.
        j.clock().advanceDays(1);
        const auto alone = overview.logMyContact(ContactChannel::Text, {});
        QVERIFY(alone);
        QCOMPARE(overview.currentStreak()->days(), 0);
        QVERIFY(pending.remove(u"contact_events"_s, *alone));
        QCOMPARE(overview.currentStreak()->days(), 1);
        QVERIFY(pending.commit());
        QCOMPARE(overview.currentStreak()->days(), 1);
    }

    void streakModel()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SpaceOverview overview(j.journal(), Qt::Monday);
        SpaceStreakModel model(overview);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(overview.setSpaceStart(j.clock().today().addDays(-9)));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0), SpaceStreakModel::CurrentRole).toBool());
        QCOMPARE(model.data(model.index(0), SpaceStreakModel::DaysRole).toInt(), 10);
        QVERIFY(overview.logMyContact(ContactChannel::SocialMedia, {}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), SpaceStreakModel::DaysRole).toInt(), 0);
        QCOMPARE(model.data(model.index(1), SpaceStreakModel::DaysRole).toInt(), 9);
        QVERIFY(model.data(model.index(1), SpaceStreakModel::BestRole).toBool());
        QVERIFY(model.data(model.index(0)).toString().contains(u"fresh start"_s));
    }

    void contactList()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SpaceStore &space = j->space();
        const QDateTime now = j.clock().now();
        for (int i = 0; i < ContactListModel::PageSize + 5; ++i) {
            ContactEvent e;
            e.direction = i % 3 == 0 ? ContactDirection::ThemToMe : ContactDirection::MeToThem;
            e.occurredAt = now.addSecs(-3600LL * (i + 1));
            QVERIFY(space.logContact(e));
        }
        ContactListModel model(space);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Fetched page by page (the tester fetches too, while checking).
        QVERIFY(model.rowCount() <= ContactListModel::PageSize * 2);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), ContactListModel::PageSize + 5);
        QVERIFY(!model.canFetchMore({}));

        ContactEvent latest;
        latest.occurredAt = now;
        latest.channel = ContactChannel::InPerson;
        auto id = space.logContact(latest);
        QVERIFY(id);
        QCOMPARE(model.rowOf(*id), 0);
        QCOMPARE(
            model.data(model.index(0, ContactListModel::ChannelColumn)).toString(), u"In person"_s);
        QCOMPARE(model.data(model.index(0, ContactListModel::ResponseColumn)).toString(),
            u"No reply yet"_s);
        ContactEvent answered = *space.contact(*id);
        answered.response = ContactResponse::Cold;
        QVERIFY(space.updateContact(answered));
        QCOMPARE(
            model.data(model.index(0, ContactListModel::ResponseColumn)).toString(), u"Cold"_s);
        QVERIFY(space.removeContact(*id));
        QCOMPARE(model.rowOf(*id), -1);
    }
};

QTEST_GUILESS_MAIN(tst_SpaceModels)
#include "tst_spacemodels.moc"
