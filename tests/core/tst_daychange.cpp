// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DayChange.h"
#include "support/FakeClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;

/// The one day-change signal every page follows: once per new calendar day of the clock, in
/// the clock's own time zone, also when the clock goes back.
class tst_DayChange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signalsOnlyWhenTheDayMoves()
    {
        Test::FakeClock clock(QDateTime(QDate(2026, 3, 14), QTime(23, 58), QTimeZone::utc()));
        DayChange change(clock);
        QSignalSpy spy(&change, &DayChange::dayChanged);
        QCOMPARE(change.today(), QDate(2026, 3, 14));

        clock.advanceSecs(60);
        change.check();
        QCOMPARE(spy.size(), 0);

        clock.advanceSecs(120); // 00:01 on the 15th
        change.check();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 3, 15));
        QCOMPARE(change.today(), QDate(2026, 3, 15));
        change.check();
        QCOMPARE(spy.size(), 1);

        clock.advanceDays(-1); // the system clock was put back
        change.check();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toDate(), QDate(2026, 3, 14));
    }

    void daysAreTheClocksLocalDays()
    {
        // From 23:00 UTC it is already the next day in Berlin (UTC+1 in March).
        const QTimeZone berlin("Europe/Berlin");
        Test::FakeClock clock(
            QDateTime(QDate(2026, 3, 14), QTime(22, 30), QTimeZone::utc()), berlin);
        DayChange change(clock);
        QSignalSpy spy(&change, &DayChange::dayChanged);
        QCOMPARE(change.today(), QDate(2026, 3, 14));
        clock.advanceSecs(3600);
        change.check();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(change.today(), QDate(2026, 3, 15));
    }
};

QTEST_GUILESS_MAIN(tst_DayChange)
#include "tst_daychange.moc"
