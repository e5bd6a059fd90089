// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"

#include <QTest>

using namespace Rekindle;

class tst_DemoJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fillsEveryStep()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 200, 1.5, 7 }));
        const qint64 total = *journal->entries().count();
        QVERIFY2(total > 200 && total < 400, qPrintable(QString::number(total)));
        for (const Step step : Steps::all())
            QVERIFY(*journal->entries().count(step) > 0);
        // Nothing lies in the future.
        auto newest = journal->entries().page(Step::TakeThingsSlow, std::nullopt, 1);
        QVERIFY(newest && !newest->isEmpty());
        QVERIFY(newest->constFirst().created <= journal.clock().now());
    }

    void scalesToTenYears()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 3650, 1.0, 1 }));
        QVERIFY(*journal->entries().count() > 3000);
    }

    void deterministicForASeed()
    {
        Test::TempJournal a;
        Test::TempJournal b;
        QVERIFY(DemoJournal::generate(a.journal(), { 30, 2.0, 99 }));
        QVERIFY(DemoJournal::generate(b.journal(), { 30, 2.0, 99 }));
        QCOMPARE(*a->entries().count(), *b->entries().count());
    }
};

QTEST_GUILESS_MAIN(tst_DemoJournal)
#include "tst_demojournal.moc"
