// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Pace.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

using Level = FoundationIndicator::Level;
Q_DECLARE_METATYPE(FoundationIndicator::Level)

/// Pace between milestones, the foundation indicators and the journey's outcome.
class tst_PaceRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tooClose_data()
    {
        QTest::addColumn<QList<QDate>>("reached"); // by position; invalid = not reached
        QTest::addColumn<int>("minGap");
        QTest::addColumn<int>("warnings");
        const QDate d(2026, 3, 20);
        QTest::newRow("nothing reached") << QList<QDate> { {}, {} } << 14 << 0;
        QTest::newRow("one reached") << QList<QDate> { d } << 14 << 0;
        QTest::newRow("exactly the gap") << QList<QDate> { d, d.addDays(14) } << 14 << 0;
        QTest::newRow("a day short") << QList<QDate> { d, d.addDays(13) } << 14 << 1;
        QTest::newRow("same day") << QList<QDate> { d, d } << 14 << 1;
        QTest::newRow("out of order still compared by date")
            << QList<QDate> { d.addDays(30), d, d.addDays(5) } << 14 << 1;
        QTest::newRow("across DST and month end")
            << QList<QDate> { QDate(2026, 3, 25), QDate(2026, 4, 7) } << 14 << 1;
        QTest::newRow("across year end")
            << QList<QDate> { QDate(2026, 12, 20), QDate(2027, 1, 3) } << 14 << 0;
        QTest::newRow("smaller gap setting") << QList<QDate> { d, d.addDays(7) } << 7 << 0;
        QTest::newRow("three close") << QList<QDate> { d, d.addDays(1), d.addDays(2) } << 14 << 2;
    }
    void tooClose()
    {
        QFETCH(QList<QDate>, reached);
        QFETCH(int, minGap);
        QFETCH(int, warnings);
        QList<Milestone> milestones;
        for (int i = 0; i < reached.size(); ++i)
            milestones << Milestone { i + 1, i, u"M%1"_s.arg(i), {}, reached.at(i) };
        const auto result = PaceRules::check(milestones, minGap, false, QDate(2027, 6, 1));
        QCOMPARE(result.size(), warnings);
        for (const PaceWarning &w : result) {
            QCOMPARE(w.kind, PaceWarning::Kind::TooClose);
            QVERIFY(w.days < minGap);
            QVERIFY(!w.message.isEmpty());
        }
    }

    void plannedOnWeakFoundation_data()
    {
        QTest::addColumn<int>("plannedIn"); // days from today; 999 = not planned
        QTest::addColumn<bool>("reached");
        QTest::addColumn<bool>("weak");
        QTest::addColumn<int>("warnings");
        QTest::newRow("planned, strong") << 7 << false << false << 0;
        QTest::newRow("planned, weak") << 7 << false << true << 1;
        QTest::newRow("planned today, weak") << 0 << false << true << 1;
        QTest::newRow("planned in the past, weak") << -3 << false << true << 0;
        QTest::newRow("reached, weak") << 0 << true << true << 0;
        QTest::newRow("not planned, weak") << 999 << false << true << 0;
    }
    void plannedOnWeakFoundation()
    {
        QFETCH(int, plannedIn);
        QFETCH(bool, reached);
        QFETCH(bool, weak);
        QFETCH(int, warnings);
        const QDate today(2026, 3, 14);
        Milestone m { 1, 0, u"A first date"_s, {}, {} };
        if (plannedIn != 999)
            m.plannedOn = today.addDays(plannedIn);
        if (reached)
            m.reachedOn = today;
        const auto result = PaceRules::check({ m }, 14, weak, today);
        QCOMPARE(result.size(), warnings);
        if (warnings)
            QCOMPARE(result.first().kind, PaceWarning::Kind::PlannedOnWeakFoundation);
    }

    void foundation_data()
    {
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("broken");
        QTest::addColumn<int>("warm");
        QTest::addColumn<int>("responses");
        QTest::addColumn<int>("openIssues");
        QTest::addColumn<Level>("trust");
        QTest::addColumn<Level>("connection");
        QTest::addColumn<Level>("issues");
        QTest::addColumn<bool>("weak");
        QTest::newRow("nothing yet")
            << 0 << 0 << 0 << 0 << 0 << Level::Unknown << Level::Unknown << Level::Strong << false;
        QTest::newRow("strong") << 8 << 2 << 6 << 10 << 0 << Level::Strong << Level::Strong
                                << Level::Strong << false;
        QTest::newRow("growing") << 6 << 4 << 3 << 10 << 2 << Level::Growing << Level::Growing
                                 << Level::Growing << false;
        QTest::newRow("weak trust")
            << 1 << 2 << 6 << 10 << 0 << Level::Weak << Level::Strong << Level::Strong << true;
        QTest::newRow("cold") << 5 << 0 << 1 << 10 << 0 << Level::Strong << Level::Weak
                              << Level::Strong << true;
        QTest::newRow("many issues")
            << 5 << 0 << 5 << 5 << 3 << Level::Strong << Level::Strong << Level::Weak << true;
    }
    void foundation()
    {
        QFETCH(int, kept);
        QFETCH(int, broken);
        QFETCH(int, warm);
        QFETCH(int, responses);
        QFETCH(int, openIssues);
        QFETCH(Level, trust);
        QFETCH(Level, connection);
        QFETCH(Level, issues);
        QFETCH(bool, weak);
        const Foundation f
            = PaceRules::assessFoundation({ kept, broken, warm, responses, openIssues });
        QCOMPARE(f.trust.level, trust);
        QCOMPARE(f.connection.level, connection);
        QCOMPARE(f.issues.level, issues);
        QCOMPARE(f.weak(), weak);
        for (const auto *i : { &f.trust, &f.connection, &f.issues }) {
            QVERIFY(!i->value.isEmpty());
            QVERIFY(!i->explanation.isEmpty());
        }
    }

    void defaultsAndOutcomes()
    {
        QCOMPARE(PaceRules::defaultMilestones().size(), 7);
        QCOMPARE(PaceRules::defaultMilestones().first(), u"A friendly message"_s);
        for (JourneyOutcome o : PaceRules::outcomes()) {
            QCOMPARE(PaceRules::outcomeFromInt(int(o)), o);
            QVERIFY(!PaceRules::outcomeMessage(o).isEmpty());
        }
        QVERIFY(!PaceRules::outcomeFromInt(3));
        // Moving on is described as a good outcome, never as failure.
        const QString movedOn = PaceRules::outcomeMessage(JourneyOutcome::MovedOn);
        QVERIFY(movedOn.contains(u"good"_s));
        QVERIFY(!movedOn.contains(u"fail"_s, Qt::CaseInsensitive));
    }

    void milestoneValidation()
    {
        const QDate today(2026, 3, 14);
        Milestone m { 0, 0, u"  "_s, {}, {} };
        QVERIFY(!m.validate(today));
        m.title = u"A walk"_s;
        QVERIFY(m.validate(today));
        m.reachedOn = today.addDays(1);
        QVERIFY(!m.validate(today));
        m.plannedOn = today.addDays(30); // planning ahead is fine
        m.reachedOn = {};
        QVERIFY(m.validate(today));
    }
};

QTEST_GUILESS_MAIN(tst_PaceRules)
#include "tst_pacerules.moc"
