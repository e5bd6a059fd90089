// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SettingsStore.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_SettingsStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rawValues()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SettingsStore &s = j->settings();
        QSignalSpy changed(&s, &SettingsStore::changed);
        QVERIFY(!s.value(u"x"_s)->has_value());
        QVERIFY(s.setValue(u"x"_s, u"1"_s));
        QCOMPARE(**s.value(u"x"_s), u"1"_s);
        QVERIFY(s.setValue(u"x"_s, u"2"_s));
        QCOMPARE(s.integer(u"x"_s, 0), 2);
        QVERIFY(s.setValue(u"x"_s, std::nullopt));
        QCOMPARE(s.integer(u"x"_s, 7), 7);
        QCOMPARE(changed.size(), 3);
        QVERIFY(s.setValue(u"bad"_s, u"not a number"_s));
        QCOMPARE(s.integer(u"bad"_s, 5), 5);
    }

    void datesRefuseTheFuture()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const QDate today = j.clock().today();
        SettingsStore &s = j->settings();
        const Status future = s.setBreakupDate(today.addDays(1));
        QVERIFY(!future);
        QVERIFY(!future.error().message.isEmpty());
        QVERIFY(!s.breakupDate().isValid());
        QVERIFY(s.setBreakupDate(today.addDays(-30)));
        QCOMPARE(s.breakupDate(), today.addDays(-30));
        QVERIFY(!s.setSpaceStart(today.addDays(2)));
        QVERIFY(s.setSpaceStart(today));
        QCOMPARE(s.spaceStart(), today);
        QVERIFY(s.setSpaceStart(QDate()));
        QVERIFY(!s.spaceStart().isValid());
    }

    void acceptanceRecordsTheDayAndCanBeRevised()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SettingsStore &s = j->settings();
        QVERIFY(!s.acceptedOn().isValid());
        QVERIFY(s.setAccepted(true));
        const QDate marked = j.clock().today();
        QCOMPARE(s.acceptedOn(), marked);
        j.clock().advanceDays(3);
        QVERIFY(j.reopen());
        QCOMPARE(j->settings().acceptedOn(), marked); // survives, keeps its day
        QVERIFY(j->settings().setAccepted(false));
        QVERIFY(!j->settings().acceptedOn().isValid());
    }

    void thresholds()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SettingsStore &s = j->settings();
        QCOMPARE(s.bombardingThresholds().perDay, 3);
        QCOMPARE(s.bombardingThresholds().unansweredInRow, 2);
        QVERIFY(s.setBombardingThresholds({ 5, 4 }));
        QCOMPARE(s.bombardingThresholds().perDay, 5);
        QCOMPARE(s.bombardingThresholds().unansweredInRow, 4);
        QVERIFY(!s.setBombardingThresholds({ 0, 4 }));
        QVERIFY(!s.setBombardingThresholds({ 3, 99 }));
        QCOMPARE(s.bombardingThresholds().perDay, 5);
    }
};

QTEST_GUILESS_MAIN(tst_SettingsStore)
#include "tst_settingsstore.moc"
