// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/MoodStore.h"
#include "storage/ReflectionStore.h"
#include "support/TempJournal.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_DemoReflections : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleJournalHasReflectionsAndMoods()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 120, 1.2, 5 }));
        QVERIFY(*journal->moods().count() > 60);
        for (const Step step : Steps::all())
            QVERIFY(*journal->reflections().countComplete(step) >= 2);
        QCOMPARE(*journal->reflections().countComplete(std::nullopt, ReflectionKind::ThoughtRecord),
            qint64(1));
        // One draft waits to be resumed.
        auto draft
            = journal->reflections().latestDraft(Step::WorkOnYourself, ReflectionKind::Guided);
        QVERIFY(draft && draft->has_value());
        const auto moods = *journal->moods().latest(500);
        for (const MoodCheckIn &m : moods) {
            QVERIFY(m.validate().isEmpty());
            QVERIFY(m.day <= journal.clock().today());
            QVERIFY(m.at <= journal.clock().now());
        }
    }
};

QTEST_GUILESS_MAIN(tst_DemoReflections)
#include "tst_demoreflections.moc"
