// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Step.h"

#include <QTest>

using namespace Rekindle;

class tst_Step : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allStepsInOrder()
    {
        const QList<Step> steps = Steps::all();
        QCOMPARE(steps.size(), Steps::Count);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(static_cast<int>(steps.at(i)), i + 1);
    }

    void fromInt_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zero") << 0 << false;
        QTest::newRow("first") << 1 << true;
        QTest::newRow("last") << 5 << true;
        QTest::newRow("past last") << 6 << false;
        QTest::newRow("negative") << -1 << false;
    }
    void fromInt()
    {
        QFETCH(int, value);
        QFETCH(bool, valid);
        const auto step = Steps::fromInt(value);
        QCOMPARE(step.has_value(), valid);
        if (valid)
            QCOMPARE(static_cast<int>(*step), value);
    }

    void titles()
    {
        QCOMPARE(Steps::title(Step::Acknowledge), QStringLiteral("Acknowledge"));
        QCOMPARE(Steps::title(Step::WorkOnYourself), QStringLiteral("Work on Yourself"));
        QCOMPARE(Steps::title(Step::Reconnect), QStringLiteral("Reconnect"));
        QCOMPARE(Steps::title(Step::RebuildTrust), QStringLiteral("Rebuild Trust"));
        QCOMPARE(Steps::title(Step::TakeThingsSlow), QStringLiteral("Take Things Slow"));
    }

    void everyStepHasItsTexts()
    {
        for (const Step step : Steps::all()) {
            QVERIFY(!Steps::summary(step).isEmpty());
            QVERIFY(Steps::guidance(step).size() > 80);
            // The UI fills in the new-entry shortcut as the platform writes it.
            QVERIFY(Steps::emptyHint(step).contains(QStringLiteral("%1")));
            QVERIFY(!Steps::emptyHint(step).contains(QStringLiteral("Ctrl")));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Step)
#include "tst_step.moc"
