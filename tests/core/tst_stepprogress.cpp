// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StepProgress.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

using Counts = QHash<QString, int>;

class tst_StepProgress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<int>("percent");
        // Step 1: entries (target 5, weight 2), reflections (3, weight 2), thought records (2, 1).
        QTest::newRow("nothing counted") << 1 << Counts {} << 0;
        QTest::newRow("all zero") << 1
                                  << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 },
                                         { u"thoughtRecords"_s, 0 } }
                                  << 0;
        QTest::newRow("entries half-way")
            << 1
            << Counts { { u"entries"_s, 2 }, { u"reflections"_s, 0 }, { u"thoughtRecords"_s, 0 } }
            << 16; // 2/5*2 / 5 = 0.16
        QTest::newRow("all done") << 1
                                  << Counts { { u"entries"_s, 5 }, { u"reflections"_s, 3 },
                                         { u"thoughtRecords"_s, 2 } }
                                  << 100;
        QTest::newRow("more than needed is capped")
            << 1
            << Counts { { u"entries"_s, 500 }, { u"reflections"_s, 0 }, { u"thoughtRecords"_s, 0 } }
            << 40;
        QTest::newRow("a missing count is left out")
            << 1 << Counts { { u"entries"_s, 5 }, { u"reflections"_s, 3 } } << 100;
        QTest::newRow("negative counts are zero")
            << 3 << Counts { { u"entries"_s, -3 }, { u"reflections"_s, 1 } } << 25;
        QTest::newRow("step 2, thirds round down")
            << 2 << Counts { { u"entries"_s, 5 }, { u"reflections"_s, 1 } } << 44;
        QTest::newRow("unknown counts ignored") << 5 << Counts { { u"goals"_s, 9 } } << 0;
        // Step 1 with space: + breakup date (1, weight 1), acceptance (1, 2), my part (3, 2),
        // days of space (30, 2): weights 12.
        QTest::newRow("step 1, half the space")
            << 1
            << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"thoughtRecords"_s, 0 },
                   { u"breakupDateSet"_s, 0 }, { u"accepted"_s, 0 }, { u"myPartItems"_s, 0 },
                   { u"spaceDays"_s, 15 } }
            << 8;
        QTest::newRow("step 1, everything")
            << 1
            << Counts { { u"entries"_s, 5 }, { u"reflections"_s, 3 }, { u"thoughtRecords"_s, 2 },
                   { u"breakupDateSet"_s, 1 }, { u"accepted"_s, 1 }, { u"myPartItems"_s, 4 },
                   { u"spaceDays"_s, 400 } }
            << 100;
        // Step 2: entries (10, 2), reflections (3, 1), goals (2, 2), check-ins (of what was
        // planned, 2), small wins (5, 1): weights 8.
        QTest::newRow("step 2, half the planned check-ins")
            << 2
            << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"activeGoals"_s, 2 },
                   { u"goalCheckIns"_s, 7 }, { u"goalCheckInsPlanned"_s, 14 },
                   { u"smallWins"_s, 0 } }
            << 37;
        QTest::newRow("step 2, check-ins without a plan are left out")
            << 2 << Counts { { u"activeGoals"_s, 1 }, { u"goalCheckIns"_s, 5 } } << 50;
        // Step 3: entries (5, 1), reflections (2, 1), safety check (1, 2), contacts kept light
        // (3, 2). Issue 11: replies are no longer counted, only how the person kept contact.
        QTest::newRow("step 3, safety answered and two light contacts")
            << 3
            << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"safetyAnswered"_s, 1 },
                   { u"lightContacts"_s, 2 } }
            << 55; // (2 + 4/3) / 6
        // Drafts checked before sending (3, 1): the person's own care, sent or not.
        QTest::newRow("step 3, drafts checked")
            << 3
            << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"safetyAnswered"_s, 1 },
                   { u"lightContacts"_s, 2 }, { u"draftsChecked"_s, 5 } }
            << 61; // (2 + 4/3 + 1) / 7
        QTest::newRow("step 3, replies are never counted")
            << 3
            << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"safetyAnswered"_s, 1 },
                   { u"lightContacts"_s, 0 }, { u"repliedContacts"_s, 50 } }
            << 33;
        // Step 4: entries (5, 1), reflections (2, 1), kept (5, 2), issues worked on (2, 1).
        QTest::newRow("step 4, five kept and one issue")
            << 4
            << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"commitmentsKept"_s, 5 },
                   { u"issuesWorkedOn"_s, 1 } }
            << 50; // (2 + 0.5) / 5
        // Step 5: entries (5, 1), reflections (2, 1), planned (3, 1), gaps respected (2, 2),
        // outcome (1, 1). Issue 11: milestones reached are no longer counted (speed is not a
        // measure); the room left between planned ones is.
        QTest::newRow("step 5, planned, one gap respected, moved on")
            << 5
            << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"milestonesPlanned"_s, 3 },
                   { u"milestoneGapsRespected"_s, 1 }, { u"outcomeChosen"_s, 1 } }
            << 50; // (1 + 1 + 1) / 6
        QTest::newRow("step 5, reaching milestones is never counted")
            << 5
            << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"milestonesPlanned"_s, 0 },
                   { u"milestoneGapsRespected"_s, 0 }, { u"outcomeChosen"_s, 0 },
                   { u"milestonesReached"_s, 7 } }
            << 0;
    }

    void evaluate()
    {
        QFETCH(int, step);
        QFETCH(Counts, counts);
        QFETCH(int, percent);
        const auto report = StepProgress::evaluate(*Steps::fromInt(step), counts);
        QCOMPARE(report.percent, percent);
        QVERIFY(!report.explanation().isEmpty());
    }

    void offPath_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("mode");
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<int>("percent");
        const Counts step3 { { u"entries"_s, 5 }, { u"reflections"_s, 2 },
            { u"safetyAnswered"_s, 1 }, { u"spaceDays"_s, 15 }, { u"lightContacts"_s, 3 } };
        // Step 3 off the path: entries (5, 1), reflections (2, 1), safety (1, 2), space (30, 2).
        QTest::newRow("respecting, step 3") << 3 << 1 << step3 << 83; // (4 + 1) / 6
        QTest::newRow("safe, step 3") << 3 << 2 << step3 << 83;
        const Counts step4 { { u"entries"_s, 0 }, { u"reflections"_s, 0 },
            { u"commitmentsKept"_s, 5 }, { u"issuesWorkedOn"_s, 2 }, { u"letterWritten"_s, 1 },
            { u"lessonsWritten"_s, 0 }, { u"safetyPlanParts"_s, 2 } };
        // Step 4 respecting: entries (1), reflections (1), letter (2), lessons (2): commitments
        // do not count. Staying safe adds the safety plan (4, 2).
        QTest::newRow("respecting, step 4") << 4 << 1 << step4 << 33; // 2 / 6
        QTest::newRow("safe, step 4") << 4 << 2 << step4 << 37; // (2 + 1) / 8
        const Counts step5 { { u"entries"_s, 0 }, { u"reflections"_s, 0 },
            { u"milestonesPlanned"_s, 3 }, { u"outcomeChosen"_s, 1 }, { u"nextWritten"_s, 1 } };
        QTest::newRow("respecting, step 5") << 5 << 1 << step5 << 50; // 2 / 4
        QTest::newRow("safe, step 5") << 5 << 2 << step5 << 50;
        QTest::newRow("normal, step 5 ignores the closure notes")
            << 5 << 0 << Counts { { u"nextWritten"_s, 1 }, { u"entries"_s, 0 } } << 0;
    }

    void offPath()
    {
        QFETCH(int, step);
        QFETCH(int, mode);
        QFETCH(Counts, counts);
        QFETCH(int, percent);
        const auto report
            = StepProgress::evaluate(*Steps::fromInt(step), counts, static_cast<JourneyMode>(mode));
        QCOMPARE(report.percent, percent);
    }

    void noMeasureReadsRepliesOrSpeed()
    {
        // The counts of what the other person did, or of how far and fast things went, are
        // never criteria, on any path.
        const QStringList never = { u"repliedContacts"_s, u"milestonesReached"_s, u"warmReplies"_s,
            u"answeredContacts"_s };
        for (const int mode : { 0, 1, 2 })
            for (const Step step : Steps::all())
                for (const auto &c : StepProgress::criteria(step, static_cast<JourneyMode>(mode))) {
                    QVERIFY2(!never.contains(c.count), qPrintable(c.count));
                    QVERIFY(!c.description.isEmpty());
                    const QString words = (c.label + u' ' + c.description).toLower();
                    QVERIFY2(!words.contains(u"got a reply"_s), qPrintable(words));
                    QVERIFY2(!words.contains(u"milestones reached"_s), qPrintable(words));
                }
    }

    void everyStepHasCriteria()
    {
        for (const Step step : Steps::all()) {
            const auto criteria = StepProgress::criteria(step);
            QVERIFY(!criteria.isEmpty());
            for (const auto &c : criteria) {
                QVERIFY(c.target > 0);
                QVERIFY(c.weight > 0);
                QVERIFY(!c.label.isEmpty());
            }
        }
    }

    void howItWorksListsEveryCriterion()
    {
        for (const Step step : Steps::all()) {
            for (const int mode : { 0, 1, 2 }) {
                const auto path = static_cast<JourneyMode>(mode);
                const QString text = StepProgress::howItWorks(step, path);
                QCOMPARE(text.split(u'\n').size(), StepProgress::criteria(step, path).size());
                for (const auto &c : StepProgress::criteria(step, path))
                    QVERIFY2(text.contains(c.description), qPrintable(text));
            }
        }
        QVERIFY(StepProgress::howItWorks(Step::Acknowledge)
                    .contains(u"Days of space in a row: up to 30"_s));
        QVERIFY(StepProgress::howItWorks(Step::WorkOnYourself)
                    .contains(u"what your goals asked for"_s));
    }

    void explanationNamesEachPart()
    {
        const auto report = StepProgress::evaluate(
            Step::Reconnect, { { u"entries"_s, 7 }, { u"reflections"_s, 0 } });
        const QString text = report.explanation();
        QVERIFY2(text.contains(u"Journal entries written: 5 of 5"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Reflections finished: 0 of 2"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(tst_StepProgress)
#include "tst_stepprogress.moc"
