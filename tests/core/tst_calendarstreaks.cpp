// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CalendarStreaks.h"
#include "support/FakeClock.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QList<QDate> days(std::initializer_list<const char *> isoDays)
{
    QList<QDate> result;
    for (const char *iso : isoDays)
        result << d(iso);
    return result;
}

/// Consecutive days from `first`, `count` of them.
QList<QDate> run(QDate first, int count)
{
    QList<QDate> result;
    for (int i = 0; i < count; ++i)
        result << first.addDays(i);
    return result;
}

} // namespace

class tst_CalendarStreaks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void daily_data()
    {
        QTest::addColumn<QList<QDate>>("checkIns");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("best");
        QTest::addColumn<QDate>("bestFirst");

        QTest::newRow("nothing") << QList<QDate>() << d("2026-03-14") << 0 << 0 << QDate();
        QTest::newRow("today only")
            << days({ "2026-03-14" }) << d("2026-03-14") << 1 << 1 << d("2026-03-14");
        QTest::newRow("yesterday holds while today is open")
            << days({ "2026-03-12", "2026-03-13" }) << d("2026-03-14") << 2 << 2 << d("2026-03-12");
        QTest::newRow("missed a whole day ends it")
            << days({ "2026-03-11", "2026-03-12" }) << d("2026-03-14") << 0 << 2 << d("2026-03-11");
        QTest::newRow("across month end") << days({ "2026-01-30", "2026-01-31", "2026-02-01" })
                                          << d("2026-02-01") << 3 << 3 << d("2026-01-30");
        QTest::newRow("across year end")
            << days({ "2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02" }) << d("2026-01-02")
            << 4 << 4 << d("2025-12-30");
        QTest::newRow("leap day") << days({ "2028-02-28", "2028-02-29", "2028-03-01" })
                                  << d("2028-03-01") << 3 << 3 << d("2028-02-28");
        QTest::newRow("across DST start (Berlin 2026-03-29)")
            << days({ "2026-03-28", "2026-03-29", "2026-03-30" }) << d("2026-03-30") << 3 << 3
            << d("2026-03-28");
        QTest::newRow("best earlier than current")
            << days({ "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-10", "2026-01-11" })
            << d("2026-01-11") << 2 << 3 << d("2026-01-01");
        QTest::newRow("future check-in ignored")
            << days({ "2026-03-14", "2026-03-15" }) << d("2026-03-14") << 1 << 1 << d("2026-03-14");
        QTest::newRow("ten years daily")
            << run(d("2016-03-15"), 3652) << d("2026-03-14") << 3652 << 3652 << d("2016-03-15");
    }
    void daily()
    {
        QFETCH(QList<QDate>, checkIns);
        QFETCH(QDate, today);
        QFETCH(int, current);
        QFETCH(int, best);
        QFETCH(QDate, bestFirst);
        const StreakSummary s = Streaks::daily(checkIns, today);
        QCOMPARE(s.current, current);
        QCOMPARE(s.best, best);
        QCOMPARE(s.bestRange.first, bestFirst);
        if (current > 0)
            QCOMPARE(s.currentRange.days(), current);
    }

    /// Days come from the clock's local calendar: midnight, DST and a change of time zone move
    /// "today" exactly as the person lives it.
    void dailyWithFakeClock_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("nowUtc");
        QTest::addColumn<QList<QDate>>("checkIns");
        QTest::addColumn<int>("current");
        const QList<QDate> spring = days({ "2026-03-28", "2026-03-29" });
        const auto utc = [](const char *day, int h, int m) {
            return QDateTime(d(day), QTime(h, m), QTimeZone::utc());
        };
        // Berlin: 2026-03-29 00:30 local is 2026-03-28 23:30 UTC (still CET, UTC+1).
        QTest::newRow("just after local midnight, DST day")
            << u"Europe/Berlin"_s << utc("2026-03-28", 23, 30) << spring << 2;
        // 2026-03-30 21:59 UTC is 23:59 CEST on the 30th: today open, yesterday ticked.
        QTest::newRow("late evening after DST")
            << u"Europe/Berlin"_s << utc("2026-03-30", 21, 59) << spring << 2;
        // 22:01 UTC is already the 31st in Berlin: the 30th was missed.
        QTest::newRow("one minute past midnight after DST")
            << u"Europe/Berlin"_s << utc("2026-03-30", 22, 1) << spring << 0;
        // The same instant seen from New York is still the 30th: the streak holds.
        QTest::newRow("time-zone change west keeps it")
            << u"America/New_York"_s << utc("2026-03-30", 22, 1) << spring << 2;
        // Tokyo is already the 31st at 15:00 UTC on the 30th.
        QTest::newRow("time-zone change east")
            << u"Asia/Tokyo"_s << utc("2026-03-30", 15, 0) << spring << 0;
        // Autumn DST end (2026-10-25 has 25 hours) is one calendar day, not two.
        QTest::newRow("DST end, 23:30 local") << u"Europe/Berlin"_s << utc("2026-10-25", 22, 30)
                                              << days({ "2026-10-24", "2026-10-25" }) << 2;
        QTest::newRow("DST end, next day open") << u"Europe/Berlin"_s << utc("2026-10-26", 12, 0)
                                                << days({ "2026-10-24", "2026-10-25" }) << 2;
    }
    void dailyWithFakeClock()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, nowUtc);
        QFETCH(QList<QDate>, checkIns);
        QFETCH(int, current);
        Test::FakeClock clock(nowUtc, QTimeZone(zone.toLatin1()));
        QCOMPARE(Streaks::daily(checkIns, clock.today()).current, current);
    }

    void weekStart_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("firstDay");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("monday itself") << d("2026-03-09") << int(Qt::Monday) << d("2026-03-09");
        QTest::newRow("sunday, monday weeks")
            << d("2026-03-15") << int(Qt::Monday) << d("2026-03-09");
        QTest::newRow("sunday, sunday weeks")
            << d("2026-03-15") << int(Qt::Sunday) << d("2026-03-15");
        QTest::newRow("saturday, sunday weeks")
            << d("2026-03-14") << int(Qt::Sunday) << d("2026-03-08");
        QTest::newRow("across year end") << d("2026-01-01") << int(Qt::Monday) << d("2025-12-29");
    }
    void weekStart()
    {
        QFETCH(QDate, day);
        QFETCH(int, firstDay);
        QFETCH(QDate, expected);
        QCOMPARE(Streaks::weekStart(day, Qt::DayOfWeek(firstDay)), expected);
    }

    void weekly_data()
    {
        QTest::addColumn<QList<QDate>>("checkIns");
        QTest::addColumn<int>("target");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("best");
        // Weeks start on Monday. 2026-03-09 and 2026-03-16 are Mondays.
        const QList<QDate> twoWeeks = days(
            { "2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-12" });
        QTest::newRow("this week still reachable (Mon)")
            << twoWeeks << 3 << d("2026-03-16") << 2 << 2;
        QTest::newRow("still reachable on Fri with one done")
            << (QList<QDate>(twoWeeks) << d("2026-03-17")) << 3 << d("2026-03-20") << 2 << 2;
        QTest::newRow("no longer reachable on Sat with none done")
            << twoWeeks << 3 << d("2026-03-21") << 0 << 2;
        QTest::newRow("met this week adds one")
            << (QList<QDate>(twoWeeks) << d("2026-03-16") << d("2026-03-17") << d("2026-03-18"))
            << 3 << d("2026-03-18") << 3 << 3;
        QTest::newRow("a missed week breaks it") << twoWeeks << 3 << d("2026-03-24") << 0 << 2;
        QTest::newRow("across year end")
            << days({ "2025-12-22", "2025-12-29", "2026-01-02", "2026-01-05" }) << 1
            << d("2026-01-05") << 3 << 3;
        QTest::newRow("once a week, last week done, Sunday today")
            << days({ "2026-03-10" }) << 1 << d("2026-03-22") << 1 << 1;
        QTest::newRow("once a week, missed")
            << days({ "2026-03-03" }) << 1 << d("2026-03-16") << 0 << 1;
    }
    void weekly()
    {
        QFETCH(QList<QDate>, checkIns);
        QFETCH(int, target);
        QFETCH(QDate, today);
        QFETCH(int, current);
        QFETCH(int, best);
        const StreakSummary s = Streaks::weekly(checkIns, target, today, Qt::Monday);
        QCOMPARE(s.current, current);
        QCOMPARE(s.best, best);
    }

    void adherence_data()
    {
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("timesPerWeek");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("windowDays");
        QTest::addColumn<double>("ratio");
        QTest::newRow("daily, full window")
            << 7 << 7 << d("2025-01-01") << d("2026-03-14") << 14 << 14 << 0.5;
        QTest::newRow("daily, started 4 days ago")
            << 4 << 7 << d("2026-03-11") << d("2026-03-14") << 14 << 4 << 1.0;
        QTest::newRow("weekly 3, 30 days")
            << 9 << 3 << d("2025-01-01") << d("2026-03-14") << 30 << 30 << 9 / (3 * 30 / 7.0);
        QTest::newRow("more than asked is capped")
            << 14 << 2 << d("2025-01-01") << d("2026-03-14") << 14 << 14 << 1.0;
        QTest::newRow("starts in the future")
            << 0 << 7 << d("2026-03-20") << d("2026-03-14") << 14 << 0 << 0.0;
        QTest::newRow("window across year end")
            << 10 << 7 << d("2025-06-01") << d("2026-01-05") << 14 << 14 << 10 / 14.0;
    }
    void adherence()
    {
        QFETCH(int, done);
        QFETCH(int, timesPerWeek);
        QFETCH(QDate, start);
        QFETCH(QDate, today);
        QFETCH(int, window);
        QFETCH(int, windowDays);
        QFETCH(double, ratio);
        const Adherence a = Streaks::adherence(done, timesPerWeek, start, today, window);
        QCOMPARE(a.windowDays, windowDays);
        QVERIFY2(qAbs(a.ratio() - ratio) < 1e-9, qPrintable(QString::number(a.ratio())));
    }
};

QTEST_APPLESS_MAIN(tst_CalendarStreaks)
#include "tst_calendarstreaks.moc"
