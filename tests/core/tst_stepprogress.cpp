// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StepProgress.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

using Counts = QHash<QString, int>;

class tst_StepProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<Counts>("counts");
        QTest::addColumn<int>("percent");
        // Step 1: entries (target 5, weight 2), reflections (3, weight 2), thought records (2, 1).
        QTest::newRow("nothing counted") << 1 << Counts {} << 0;
        QTest::newRow("all zero") << 1 << Counts { { u"entries"_s, 0 }, { u"reflections"_s, 0 }, { u"thoughtRecords"_s, 0 } } << 0;
        QTest::newRow("entries half-way")
                << 1 << Counts { { u"entries"_s, 2 }, { u"reflections"_s, 0 }, { u"thoughtRecords"_s, 0 } }
                << 16; // 2/5*2 / 5 = 0.16
        QTest::newRow("all done") << 1 << Counts { { u"entries"_s, 5 }, { u"reflections"_s, 3 }, { u"thoughtRecords"_s, 2 } } << 100;
        QTest::newRow("more than needed is capped")
                << 1 << Counts { { u"entries"_s, 500 }, { u"reflections"_s, 0 }, { u"thoughtRecords"_s, 0 } } << 40;
        QTest::newRow("a missing count is left out")
                << 1 << Counts { { u"entries"_s, 5 }, { u"reflections"_s, 3 } } << 100;
        QTest::newRow("negative counts are zero") << 3 << Counts { { u"entries"_s, -3 }, { u"reflections"_s, 1 } } << 25;
        QTest::newRow("step 2, thirds round down") << 2 << Counts { { u"entries"_s, 5 }, { u"reflections"_s, 1 } } << 44;
        QTest::newRow("unknown counts ignored") << 5 << Counts { { u"goals"_s, 9 } } << 0;
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
