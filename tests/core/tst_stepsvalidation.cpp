// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ContactEvent.h"
#include "core/Goal.h"
#include "core/MyPartItem.h"
#include "core/SelfCareNotes.h"

#include <QTest>
#include <QTimeZone>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Validation of the records of steps 1 and 2: bad input gets a message, good input passes.
class tst_StepsValidation : public QObject {
    Q_OBJECT

    const QDate m_today { 2026, 3, 14 };
    const QDateTime m_now { QDate(2026, 3, 14), QTime(12, 0), QTimeZone::utc() };

private Q_SLOTS:
    void goal_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("timesPerWeek");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<bool>("valid");
        QTest::newRow("daily") << u"Walk"_s << 7 << m_today << true;
        QTest::newRow("3 a week") << u"Gym"_s << 3 << m_today << true;
        QTest::newRow("starts next week") << u"Gym"_s << 3 << m_today.addDays(7) << true;
        QTest::newRow("empty title") << u"   "_s << 7 << m_today << false;
        QTest::newRow("zero a week") << u"Gym"_s << 0 << m_today << false;
        QTest::newRow("8 a week") << u"Gym"_s << 8 << m_today << false;
        QTest::newRow("no start") << u"Gym"_s << 7 << QDate() << false;
    }
    void goal()
    {
        QFETCH(QString, title);
        QFETCH(int, timesPerWeek);
        QFETCH(QDate, start);
        QFETCH(bool, valid);
        Goal g;
        g.title = title;
        g.timesPerWeek = timesPerWeek;
        g.startDay = start;
        const Status status = g.validate();
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(!status.error().message.isEmpty());
    }

    void checkIn_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("valid");
        QTest::newRow("today") << m_today << true;
        QTest::newRow("back-fill") << m_today.addDays(-3) << true;
        QTest::newRow("tomorrow") << m_today.addDays(1) << false;
        QTest::newRow("before the goal began") << m_today.addDays(-30) << false;
    }
    void checkIn()
    {
        QFETCH(QDate, day);
        QFETCH(bool, valid);
        GoalCheckIn c { 1, day, {} };
        QCOMPARE(c.validate(m_today.addDays(-10), m_today).ok(), valid);
    }

    void urge_data()
    {
        QTest::addColumn<int>("intensity");
        QTest::addColumn<int>("secsFromNow");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mild") << 1 << 0 << true;
        QTest::newRow("strongest") << 5 << -3600 << true;
        QTest::newRow("zero") << 0 << 0 << false;
        QTest::newRow("six") << 6 << 0 << false;
        QTest::newRow("in the future") << 3 << 3600 << false;
    }
    void urge()
    {
        QFETCH(int, intensity);
        QFETCH(int, secsFromNow);
        QFETCH(bool, valid);
        Urge u;
        u.intensity = intensity;
        u.occurredAt = m_now.addSecs(secsFromNow);
        u.day = u.occurredAt.date();
        QCOMPARE(u.validate(m_now).ok(), valid);
    }

    void contact()
    {
        ContactEvent e;
        e.occurredAt = m_now;
        e.day = m_today;
        e.response = ContactResponse::NoReplyYet;
        QVERIFY(e.validate(m_now));
        e.occurredAt = m_now.addDays(1);
        QVERIFY(!e.validate(m_now));
        e.occurredAt = m_now;
        e.direction = ContactDirection::ThemToMe;
        QVERIFY(!e.validate(m_now)); // no "response" to their own contact
        e.response.reset();
        QVERIFY(e.validate(m_now));
        QCOMPARE(Contacts::channels().size(), 5);
        QVERIFY(!Contacts::channelFromInt(5));
        QCOMPARE(Contacts::channelFromInt(3), ContactChannel::InPerson);
    }

    void myPart()
    {
        MyPartItem item;
        QVERIFY(!item.validate());
        item.whatHappened = u"I stopped listening when I was stressed."_s;
        QVERIFY(item.validate());
        item.instead = QString(MyPartItem::MaxTextLength + 1, u'x');
        QVERIFY(!item.validate());
        QVERIFY(!MyPart::statusFromInt(3));
    }

    void unsentAndWins()
    {
        UnsentMessage m;
        QVERIFY(!m.validate());
        m.body = u"I miss you."_s;
        QVERIFY(m.validate());
        m.written = m_now;
        QVERIFY(!m.cooledOff(m_now.addSecs(23LL * 3600)));
        QVERIFY(m.cooledOff(m_now.addSecs(24LL * 3600)));

        SmallWin w { 0, u"Cooked dinner"_s, m_today, {} };
        QVERIFY(w.validate(m_today));
        w.day = m_today.addDays(1);
        QVERIFY(!w.validate(m_today));
        w.day = m_today;
        w.what = u" "_s;
        QVERIFY(!w.validate(m_today));
    }
};

QTEST_APPLESS_MAIN(tst_StepsValidation)
#include "tst_stepsvalidation.moc"
