// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "core/DayChange.h"
#include "support/FakeClock.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;

/// The one day-change signal every page follows: once per new calendar day of the clock, in
/// the clock's own time zone, also when the clock goes back.
class tst_DayChange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSystemClockFollowsAChangeOfZone()
    {
        // The system clock keeps the zone it read, for a second at most: a person who changes
        // their zone (or travels) has days in the new one from then on.
        for (const char *zone : { "Pacific/Kiritimati", "Pacific/Honolulu" })
            if (!QTimeZone::isTimeZoneIdAvailable(zone))
                QSKIP("This system has no time-zone data (tzdata)");
        const QByteArray saved = qgetenv("TZ");
        const auto restore = qScopeGuard([&saved] {
            if (saved.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", saved);
        });
        qputenv("TZ", "Pacific/Kiritimati"); // UTC+14: never the same day as Honolulu
        QTest::qWait(1100);
        const Clock &clock = Clock::system();
        QCOMPARE(clock.timeZone().id(), QByteArray("Pacific/Kiritimati"));
        const QDateTime noonUtc(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(clock.localDate(noonUtc), QDate(2026, 6, 2));
        qputenv("TZ", "Pacific/Honolulu"); // UTC-10
        QTRY_COMPARE_WITH_TIMEOUT(clock.timeZone().id(), QByteArray("Pacific/Honolulu"), 3000);
        QCOMPARE(clock.localDate(noonUtc), QDate(2026, 6, 1));
    }

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
