// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JourneyMode.h"
#include "core/ReconnectRules.h"
#include "support/FakeClock.h"

#include <QTest>
#include <QTimeZone>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Safety gating and readiness to reconnect.
class tst_ReconnectRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void safety_data()
    {
        QTest::addColumn<bool>("answered");
        QTest::addColumn<bool>("abuse");
        QTest::addColumn<bool>("noContact");
        QTest::addColumn<bool>("order");
        QTest::addColumn<bool>("advised");
        QTest::addColumn<int>("reasons");
        QTest::newRow("not answered") << false << false << false << false << false << 0;
        QTest::newRow("all clear") << true << false << false << false << true << 0;
        QTest::newRow("abuse") << true << true << false << false << false << 1;
        QTest::newRow("asked no contact") << true << false << true << false << false << 1;
        QTest::newRow("legal order") << true << false << false << true << false << 1;
        QTest::newRow("all three") << true << true << true << true << false << 3;
    }
    void safety()
    {
        QFETCH(bool, answered);
        QFETCH(bool, abuse);
        QFETCH(bool, noContact);
        QFETCH(bool, order);
        QFETCH(bool, advised);
        QFETCH(int, reasons);
        SafetyCheck check;
        if (answered)
            check.answeredOn = QDate(2026, 3, 1);
        check.abuse = abuse;
        check.askedNoContact = noContact;
        check.legalOrder = order;
        QCOMPARE(ReconnectRules::contactAdvised(check), advised);
        QCOMPARE(ReconnectRules::safetyReasons(check).size(), reasons);
    }

    void readiness_data()
    {
        QTest::addColumn<int>("spaceDays"); // -1: not begun
        QTest::addColumn<int>("minDays");
        QTest::addColumn<QList<double>>("adherence");
        QTest::addColumn<int>("moodBefore"); // 0: no moods
        QTest::addColumn<int>("moodRecent");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QString>("unmet"); // kinds: s, w, m
        const QList<double> good { 0.4, 0.7 };
        QTest::newRow("all met") << 40 << 30 << good << 5 << 6 << true << u""_s;
        QTest::newRow("exactly the minimum") << 30 << 30 << good << 5 << 5 << true << u""_s;
        QTest::newRow("one day short") << 29 << 30 << good << 5 << 5 << false << u"s"_s;
        QTest::newRow("space not begun") << -1 << 30 << good << 5 << 5 << false << u"s"_s;
        QTest::newRow("custom minimum") << 10 << 7 << good << 5 << 5 << true << u""_s;
        QTest::newRow("no goals") << 40 << 30 << QList<double>() << 5 << 5 << false << u"w"_s;
        QTest::newRow("goals below threshold")
            << 40 << 30 << QList<double> { 0.5, 0.59 } << 5 << 5 << false << u"w"_s;
        QTest::newRow("goal at threshold")
            << 40 << 30 << QList<double> { 0.6 } << 5 << 5 << true << u""_s;
        QTest::newRow("mood falling") << 40 << 30 << good << 7 << 5 << false << u"m"_s;
        QTest::newRow("mood slightly lower") << 40 << 30 << good << 6 << 6 << true << u""_s;
        QTest::newRow("no moods: no data, not blocking")
            << 40 << 30 << good << 0 << 0 << true << u""_s;
        QTest::newRow("everything unmet")
            << 3 << 30 << QList<double>() << 8 << 3 << false << u"swm"_s;
    }
    void readiness()
    {
        QFETCH(int, spaceDays);
        QFETCH(int, minDays);
        QFETCH(QList<double>, adherence);
        QFETCH(int, moodBefore);
        QFETCH(int, moodRecent);
        QFETCH(bool, ready);
        QFETCH(QString, unmet);
        ReadinessInput input;
        input.today = QDate(2026, 3, 31); // month end
        if (spaceDays >= 0)
            input.daysOfSpace = spaceDays;
        input.minSpaceDays = minDays;
        input.goalAdherence = adherence;
        if (moodBefore > 0) {
            for (int d = 0; d < 28; d += 2)
                input.moods << DayMood { input.today.addDays(-d),
                    d < 14 ? moodRecent : moodBefore };
        }
        const Readiness r = ReconnectRules::assessReadiness(input);
        QCOMPARE(r.ready(), ready);
        QString kinds;
        for (const ReadinessCriterion &c : r.unmet())
            kinds += c.kind == ReadinessCriterion::Kind::Space ? u's'
                : c.kind == ReadinessCriterion::Kind::SelfWork ? u'w'
                                                               : u'm';
        QCOMPARE(kinds, unmet);
        // Issue 11 adds the latest replies to what readiness looks at.
        QCOMPARE(r.criteria.size(), 4);
        for (const ReadinessCriterion &c : r.criteria) {
            QVERIFY(!c.name.isEmpty());
            QVERIFY(!c.value.isEmpty());
        }
    }

    void readinessListensToTheLatestReplies_data()
    {
        // Replies, newest last: w warm, n neutral, c cold, x said no, 0 no reply yet, t they
        // reached out. Each contact one day apart, the last one yesterday.
        QTest::addColumn<QString>("replies");
        QTest::addColumn<int>("mode"); // JourneyMode
        QTest::addColumn<bool>("ready");
        QTest::addColumn<bool>("notNow");
        QTest::newRow("no contact yet") << u""_s << 0 << true << false;
        QTest::newRow("warm") << u"w"_s << 0 << true << false;
        QTest::newRow("neutral after cold") << u"cn"_s << 0 << true << false;
        QTest::newRow("cold is the latest") << u"wc"_s << 0 << false << true;
        QTest::newRow("a no is the latest") << u"wx"_s << 0 << false << true;
        QTest::newRow("a no, then one unanswered") << u"x0"_s << 0 << false << true;
        QTest::newRow("one unanswered after warm") << u"w0"_s << 0 << true << false;
        QTest::newRow("two unanswered in a row") << u"w00"_s << 0 << false << true;
        QTest::newRow("they wrote after my unanswered ones") << u"w00t"_s << 0 << true << false;
        QTest::newRow("warm, but respecting their no") << u"w"_s << 1 << false << true;
        QTest::newRow("warm, but staying safe") << u"w"_s << 2 << false << true;
    }
    void readinessListensToTheLatestReplies()
    {
        QFETCH(QString, replies);
        QFETCH(int, mode);
        QFETCH(bool, ready);
        QFETCH(bool, notNow);
        ReadinessInput input;
        input.today = QDate(2026, 3, 31);
        input.now = QDateTime(input.today, QTime(12, 0), QTimeZone::utc());
        input.daysOfSpace = 40;
        input.goalAdherence = { 0.9 };
        input.mode = static_cast<JourneyMode>(mode);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            ContactSample c;
            c.at = input.now.addDays(-(replies.size() - i));
            const QChar r = replies.at(i);
            if (r == u't') {
                c.direction = ContactDirection::ThemToMe;
            } else {
                c.response = r == u'w' ? ContactResponse::Warm
                    : r == u'n'        ? ContactResponse::Neutral
                    : r == u'c'        ? ContactResponse::Cold
                    : r == u'x'        ? ContactResponse::SaidNo
                                       : ContactResponse::NoReplyYet;
            }
            input.contacts << c;
        }
        const Readiness r = ReconnectRules::assessReadiness(input);
        QCOMPARE(r.ready(), ready);
        QCOMPARE(r.notNow(), notNow);
        for (const ReadinessCriterion &c : r.unmet())
            QVERIFY2(c.explanation.startsWith(u"Not now"_s), qPrintable(c.explanation));
    }

    void readinessUsesTheCurrentStretch()
    {
        // The caller gives the current stretch; a long stretch once given does not make a short
        // current one ready.
        ReadinessInput input;
        input.today = QDate(2026, 3, 31);
        input.goalAdherence = { 0.9 };
        input.daysOfSpace = 2;
        const Readiness r = ReconnectRules::assessReadiness(input);
        QVERIFY(!r.ready());
        QCOMPARE(r.unmet().first().kind, ReadinessCriterion::Kind::Space);
        QCOMPARE(r.unmet().first().value, u"2 of 30 days"_s);
    }

    void moodTrendAveragesPerDayAndWindows_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("ordinary") << QDate(2026, 6, 10);
        QTest::newRow("year end") << QDate(2027, 1, 2);
        QTest::newRow("dst spring") << QDate(2026, 3, 29);
        QTest::newRow("dst autumn") << QDate(2026, 10, 25);
    }
    void moodTrendAveragesPerDayAndWindows()
    {
        QFETCH(QDate, today);
        QList<DayMood> moods;
        // Recent window: three days; one day has many low entries but counts once.
        moods << DayMood { today, 8 } << DayMood { today.addDays(-13), 8 };
        for (int i = 0; i < 10; ++i)
            moods << DayMood { today.addDays(-5), 2 };
        // Window before: days -14 .. -27.
        moods << DayMood { today.addDays(-14), 4 } << DayMood { today.addDays(-20), 4 }
              << DayMood { today.addDays(-27), 4 };
        // Outside both windows and invalid moods are ignored.
        moods << DayMood { today.addDays(-28), 10 } << DayMood { today.addDays(1), 10 }
              << DayMood { today, 0 };
        const MoodTrend trend = ReconnectRules::moodTrend(moods, today);
        QVERIFY(trend.recent && trend.before);
        QCOMPARE(*trend.recent, 6.0);
        QCOMPARE(*trend.before, 4.0);
        QVERIFY(!trend.falling());
    }

    void fakeClockDaysOfSpace()
    {
        // Readiness takes the calendar day of the fake clock: late evening in Berlin is already
        // the next UTC day's date only locally.
        Test::FakeClock clock;
        clock.setTimeZone(QTimeZone("Europe/Berlin"));
        clock.setLocal(QDate(2026, 3, 29), QTime(23, 30));
        ReadinessInput input;
        input.today = clock.today();
        QCOMPARE(input.today, QDate(2026, 3, 29));
        input.daysOfSpace = 30;
        input.goalAdherence = { 1.0 };
        QVERIFY(ReconnectRules::assessReadiness(input).ready());
    }
};

QTEST_GUILESS_MAIN(tst_ReconnectRules)
#include "tst_reconnectrules.moc"
