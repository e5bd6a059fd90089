// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SpaceRules.h"
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

QDateTime utc(const char *iso, int hour, int minute = 0)
{
    return QDateTime(d(iso), QTime(hour, minute), QTimeZone::utc());
}

/// "o" = I reached out with no reply yet, "r" = I reached out and they replied (warm),
/// "i" = they reached out; each an hour after the previous, ending at `last`.
QList<ContactSample> pattern(const QString &kinds, const QDateTime &last)
{
    QList<ContactSample> result;
    for (int i = 0; i < kinds.size(); ++i) {
        ContactSample sample;
        sample.at = last.addSecs(-3600LL * (kinds.size() - 1 - i));
        if (kinds.at(i) == u'i') {
            sample.direction = ContactDirection::ThemToMe;
        } else {
            sample.direction = ContactDirection::MeToThem;
            sample.response
                = kinds.at(i) == u'r' ? ContactResponse::Warm : ContactResponse::NoReplyYet;
        }
        result << sample;
    }
    return result;
}

} // namespace

class tst_SpaceRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void streaks_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QList<QDate>>("contacts");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QList<int>>("lengths"); // every stretch, oldest first
        QTest::addColumn<QDate>("currentStart");

        QTest::newRow("not begun")
            << QDate() << QList<QDate>() << d("2026-03-14") << QList<int>() << QDate();
        QTest::newRow("begins tomorrow")
            << d("2026-03-15") << QList<QDate>() << d("2026-03-14") << QList<int>() << QDate();
        QTest::newRow("first day counts") << d("2026-03-14") << QList<QDate>() << d("2026-03-14")
                                          << QList<int> { 1 } << d("2026-03-14");
        QTest::newRow("a clean month") << d("2026-02-01") << QList<QDate>() << d("2026-03-02")
                                       << QList<int> { 30 } << d("2026-02-01");
        QTest::newRow("contact today: new stretch starts tomorrow")
            << d("2026-03-01") << days({ "2026-03-14" }) << d("2026-03-14") << QList<int> { 13, 0 }
            << d("2026-03-15");
        QTest::newRow("contacts before space began are ignored")
            << d("2026-03-10") << days({ "2026-03-01", "2026-03-09" }) << d("2026-03-14")
            << QList<int> { 5 } << d("2026-03-10");
        QTest::newRow("contact on the first day")
            << d("2026-03-10") << days({ "2026-03-10" }) << d("2026-03-14") << QList<int> { 4 }
            << d("2026-03-11");
        QTest::newRow("two contacts in a row")
            << d("2026-03-01") << days({ "2026-03-05", "2026-03-06" }) << d("2026-03-10")
            << QList<int> { 4, 4 } << d("2026-03-07");
        QTest::newRow("across year end")
            << d("2025-12-20") << days({ "2025-12-31" }) << d("2026-01-03") << QList<int> { 11, 3 }
            << d("2026-01-01");
        QTest::newRow("across DST (calendar days, not 24 h)")
            << d("2026-03-28") << QList<QDate>() << d("2026-03-30") << QList<int> { 3 }
            << d("2026-03-28");
    }
    void streaks()
    {
        QFETCH(QDate, start);
        QFETCH(QList<QDate>, contacts);
        QFETCH(QDate, today);
        QFETCH(QList<int>, lengths);
        QFETCH(QDate, currentStart);
        const QList<SpaceStreak> result = SpaceRules::streaks(start, contacts, today);
        QList<int> actual;
        for (const SpaceStreak &s : result)
            actual << s.days();
        QCOMPARE(actual, lengths);
        if (!result.isEmpty()) {
            QVERIFY(result.constLast().current);
            QCOMPARE(result.constLast().start, currentStart);
        }
    }

    void best()
    {
        const auto list = SpaceRules::streaks(
            d("2026-01-01"), days({ "2026-01-11", "2026-01-13" }), d("2026-01-20"));
        const auto longest = SpaceRules::best(list);
        QVERIFY(longest);
        QCOMPARE(longest->days(), 10);
        QCOMPARE(longest->range.first, d("2026-01-01"));
        QCOMPARE(longest->range.last, d("2026-01-10"));
        QVERIFY(!SpaceRules::best({}));
    }

    /// A time-zone change: a contact's day is the day it was lived (stored with it); "today"
    /// comes from the clock in the new zone.
    void streakAfterTimeZoneChange()
    {
        Test::FakeClock clock(utc("2026-03-20", 2), QTimeZone("Europe/Berlin"));
        QCOMPARE(clock.today(), d("2026-03-20"));
        clock.setTimeZone(QTimeZone("America/Los_Angeles"));
        QCOMPARE(clock.today(), d("2026-03-19"));
        const auto list
            = SpaceRules::streaks(d("2026-03-10"), days({ "2026-03-15" }), clock.today());
        QCOMPARE(list.constLast().days(), 4);
    }

    void bombarding_data()
    {
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<int>("unanswered");
        QTest::addColumn<int>("inDay");
        QTest::addColumn<int>("inRow");
        QTest::addColumn<bool>("warn");
        QTest::newRow("nothing") << u""_s << 3 << 2 << 0 << 0 << false;
        QTest::newRow("one unanswered") << u"o"_s << 3 << 2 << 1 << 1 << false;
        QTest::newRow("two unanswered") << u"oo"_s << 3 << 2 << 2 << 2 << true;
        QTest::newRow("two, first answered") << u"ro"_s << 3 << 2 << 2 << 1 << false;
        QTest::newRow("they reached out in between") << u"oio"_s << 3 << 2 << 2 << 1 << false;
        QTest::newRow("three answered in a day") << u"rrr"_s << 3 << 2 << 3 << 0 << true;
        QTest::newRow("three answered, higher limit") << u"rrr"_s << 4 << 2 << 3 << 0 << false;
        QTest::newRow("incoming does not count") << u"iiii"_s << 3 << 2 << 0 << 0 << false;
        QTest::newRow("custom unanswered limit") << u"ooo"_s << 9 << 4 << 3 << 3 << false;
    }
    void bombarding()
    {
        QFETCH(QString, kinds);
        QFETCH(int, perDay);
        QFETCH(int, unanswered);
        QFETCH(int, inDay);
        QFETCH(int, inRow);
        QFETCH(bool, warn);
        const QDateTime now = utc("2026-03-14", 12);
        const auto result = SpaceRules::assessBombarding(
            pattern(kinds, now), now, BombardingThresholds { perDay, unanswered });
        QCOMPARE(result.inLast24Hours, inDay);
        QCOMPARE(result.unansweredInRow, inRow);
        QCOMPARE(result.warn(), warn);
    }

    void bombardingWindow()
    {
        const QDateTime now = utc("2026-03-14", 12);
        // Three contacts spread over more than 24 hours: not "in a day".
        QList<ContactSample> spread;
        for (int hoursAgo : { 0, 13, 25 })
            spread << ContactSample { now.addSecs(-3600LL * hoursAgo), ContactDirection::MeToThem,
                ContactResponse::Warm };
        auto result = SpaceRules::assessBombarding(spread, now, {});
        QCOMPARE(result.inLast24Hours, 2);
        QVERIFY(!result.warn());

        // Two unanswered but a month old: an old silence is no reason to warn today.
        QList<ContactSample> old;
        for (int daysAgo : { 30, 31 })
            old << ContactSample { now.addDays(-daysAgo), ContactDirection::MeToThem,
                ContactResponse::NoReplyYet };
        result = SpaceRules::assessBombarding(old, now, {});
        QCOMPARE(result.unansweredInRow, 0);
        QVERIFY(!result.warn());
    }
};

QTEST_APPLESS_MAIN(tst_SpaceRules)
#include "tst_spacerules.moc"
