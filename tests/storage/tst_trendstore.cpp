// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StepProgress.h"
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "storage/MoodStore.h"
#include "storage/ReflectionStore.h"
#include "storage/TrendStore.h"
#include "support/TempJournal.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

void entryAt(Test::TempJournal &journal, QDate day, QTime time, std::optional<int> mood,
    Step step = Step::Acknowledge)
{
    journal.clock().setLocal(day, time);
    QVERIFY(journal->entries().create(step, { u"t"_s, u"b"_s, mood }));
}

void moodAt(Test::TempJournal &journal, QDate day, QTime time, int mood)
{
    journal.clock().setLocal(day, time);
    QVERIFY(journal->moods().add(mood, {}, {}));
}

} // namespace

class tst_TrendStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void moodByDayCombinesCheckInsAndEntries()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        entryAt(journal, QDate(2028, 2, 28), QTime(9, 0), 4);
        entryAt(journal, QDate(2028, 2, 28), QTime(10, 0), std::nullopt); // no mood: ignored
        moodAt(journal, QDate(2028, 2, 29), QTime(8, 0), 6);
        entryAt(journal, QDate(2028, 2, 29), QTime(23, 59), 8);
        moodAt(journal, QDate(2028, 3, 2), QTime(0, 0), 3);
        moodAt(journal, QDate(2028, 3, 9), QTime(12, 0), 9); // outside the range

        auto days = journal->trends().moodByDay(QDate(2028, 2, 27), QDate(2028, 3, 3));
        QVERIFY(days);
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->at(0).day, QDate(2028, 2, 28));
        QCOMPARE(days->at(0).sum, qint64(4));
        QCOMPARE(days->at(0).count, 1);
        QCOMPARE(days->at(1).day, QDate(2028, 2, 29));
        QCOMPARE(days->at(1).sum, qint64(14));
        QCOMPARE(days->at(1).count, 2);
        QCOMPARE(days->at(2).day, QDate(2028, 3, 2));
        QCOMPARE(days->at(2).sum, qint64(3));

        QCOMPARE(journal->trends().moodByDay(QDate(2028, 3, 3), QDate(2028, 3, 8))->size(), 0);
        QCOMPARE(journal->trends().moodByDay(QDate(2028, 3, 3), QDate(2028, 3, 1))->size(), 0);
        QCOMPARE(journal->trends().firstDay()->value(), QDate(2028, 2, 28));
    }

    void localDaysAcrossDaylightSaving()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        // Just before and after midnight on the nights the clocks change.
        entryAt(journal, QDate(2026, 3, 28), QTime(23, 59), 2); // CET
        entryAt(journal, QDate(2026, 3, 29), QTime(0, 30), 4); // still CET (change at 02:00)
        entryAt(journal, QDate(2026, 3, 29), QTime(23, 30), 6); // CEST
        entryAt(journal, QDate(2026, 10, 25), QTime(0, 15), 8); // CEST
        entryAt(journal, QDate(2026, 10, 25), QTime(23, 45), 10); // CET again
        auto days = journal->trends().moodByDay(QDate(2026, 3, 1), QDate(2026, 10, 31));
        QVERIFY(days);
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->at(0).day, QDate(2026, 3, 28));
        QCOMPARE(days->at(0).sum, qint64(2));
        QCOMPARE(days->at(1).day, QDate(2026, 3, 29));
        QCOMPARE(days->at(1).sum, qint64(10));
        QCOMPARE(days->at(1).count, 2);
        QCOMPARE(days->at(2).day, QDate(2026, 10, 25));
        QCOMPARE(days->at(2).sum, qint64(18));

        // The range is in local days too: the 23:59 entry of the 28th stays out of the 29th.
        auto one = journal->trends().moodByDay(QDate(2026, 3, 29), QDate(2026, 3, 29));
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().count, 2);
    }

    void localDaysInAZoneOffByHalfAnHourAndBefore1970()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("Asia/Kolkata")); // UTC+05:30
        entryAt(journal, QDate(2026, 5, 10), QTime(23, 50), 3); // Sunday, 18:20 UTC
        entryAt(journal, QDate(2026, 5, 11), QTime(0, 10), 5); // Monday, still the 10th in UTC
        entryAt(journal, QDate(1969, 12, 31), QTime(23, 0), 7); // before the epoch: ms < 0
        entryAt(journal, QDate(1970, 1, 1), QTime(1, 0), 9); // 19:30 UTC on 31 December
        auto days = journal->trends().moodByDay(QDate(1969, 12, 1), QDate(2026, 5, 31));
        QVERIFY(days);
        QCOMPARE(days->size(), 4);
        QCOMPARE(days->at(0).day, QDate(1969, 12, 31));
        QCOMPARE(days->at(0).sum, qint64(7));
        QCOMPARE(days->at(1).day, QDate(1970, 1, 1));
        QCOMPARE(days->at(1).sum, qint64(9));
        QCOMPARE(days->at(2).day, QDate(2026, 5, 10));
        QCOMPARE(days->at(3).day, QDate(2026, 5, 11));
        // Weeks from Monday: the two May entries are a week apart.
        const QLocale before;
        QLocale::setDefault(QLocale(u"de_DE"_s));
        auto weeks = journal->trends().entriesByWeek(QDate(2026, 5, 1), QDate(2026, 5, 31));
        QLocale::setDefault(before);
        QVERIFY(weeks);
        QCOMPARE(weeks->size(), 2);
        QCOMPARE(weeks->at(0).weekStart, QDate(2026, 5, 4));
        QCOMPARE(weeks->at(1).weekStart, QDate(2026, 5, 11));
    }

    void checkInsKeepTheirDayAfterATimeZoneChange()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("Asia/Tokyo"));
        moodAt(journal, QDate(2026, 6, 1), QTime(7, 0), 7); // 22:00 UTC on May 31
        journal.clock().setTimeZone(QTimeZone("America/New_York"));
        auto days = journal->trends().moodByDay(QDate(2026, 5, 30), QDate(2026, 6, 2));
        QCOMPARE(days->size(), 1);
        QCOMPARE(days->first().day, QDate(2026, 6, 1));
    }

    void entriesByWeekStartOnMonday()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        entryAt(journal, QDate(2028, 2, 27), QTime(12, 0), std::nullopt); // Sunday
        entryAt(journal, QDate(2028, 2, 28), QTime(0, 0), std::nullopt); // Monday
        entryAt(journal, QDate(2028, 2, 29), QTime(12, 0), 5, Step::Reconnect); // leap day
        entryAt(journal, QDate(2028, 3, 5), QTime(23, 59), std::nullopt); // Sunday
        entryAt(journal, QDate(2028, 3, 20), QTime(8, 0), std::nullopt); // Monday, 2 weeks on
        auto weeks = journal->trends().entriesByWeek(QDate(2028, 2, 1), QDate(2028, 3, 31));
        QVERIFY(weeks);
        QCOMPARE(weeks->size(), 3);
        QCOMPARE(weeks->at(0).weekStart, QDate(2028, 2, 21));
        QCOMPARE(weeks->at(0).count, 1);
        QCOMPARE(weeks->at(1).weekStart, QDate(2028, 2, 28));
        QCOMPARE(weeks->at(1).count, 3);
        QCOMPARE(weeks->at(2).weekStart, QDate(2028, 3, 20));
        QCOMPARE(weeks->at(2).count, 1);
        // A range starting mid-week counts only the days inside it.
        auto part = journal->trends().entriesByWeek(QDate(2028, 2, 29), QDate(2028, 3, 4));
        QCOMPARE(part->size(), 1);
        QCOMPARE(part->first().weekStart, QDate(2028, 2, 28));
        QCOMPARE(part->first().count, 1);
    }

    void entriesByWeekFollowTheLocale()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        entryAt(journal, QDate(2028, 2, 26), QTime(12, 0), std::nullopt); // Saturday
        entryAt(journal, QDate(2028, 2, 27), QTime(12, 0), std::nullopt); // Sunday
        entryAt(journal, QDate(2028, 2, 28), QTime(9, 0), std::nullopt); // Monday
        entryAt(journal, QDate(2028, 3, 4), QTime(9, 0), std::nullopt); // Saturday
        entryAt(journal, QDate(2028, 3, 5), QTime(23, 59), std::nullopt); // Sunday
        const QLocale before;
        const auto weeksIn = [&](const QString &locale) {
            QLocale::setDefault(QLocale(locale));
            auto weeks = journal->trends().entriesByWeek(QDate(2028, 2, 1), QDate(2028, 3, 31));
            QLocale::setDefault(before);
            QList<std::pair<QDate, int>> result;
            for (const WeekCount &w : weeks.value())
                result.append({ w.weekStart, w.count });
            return result;
        };
        // en_US weeks run Sunday to Saturday, de_DE weeks Monday to Sunday: the same five
        // entries fall into different weeks.
        const QList<std::pair<QDate, int>> us { { QDate(2028, 2, 20), 1 },
            { QDate(2028, 2, 27), 3 }, { QDate(2028, 3, 5), 1 } };
        const QList<std::pair<QDate, int>> de { { QDate(2028, 2, 21), 2 },
            { QDate(2028, 2, 28), 3 } };
        QCOMPARE(weeksIn(u"en_US"_s), us);
        QCOMPARE(weeksIn(u"de_DE"_s), de);
        // Saturday-first (ar_EG) too: any first day works, not only Sunday and Monday.
        QCOMPARE(QLocale(u"ar_EG"_s).firstDayOfWeek(), Qt::Saturday);
        const QList<std::pair<QDate, int>> eg { { QDate(2028, 2, 26), 3 },
            { QDate(2028, 3, 4), 2 } };
        QCOMPARE(weeksIn(u"ar_EG"_s), eg);
    }

    void stepCounts()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        entryAt(journal, QDate(2026, 1, 1), QTime(9, 0), 5, Step::Reconnect);
        entryAt(journal, QDate(2026, 1, 2), QTime(9, 0), 5, Step::Reconnect);
        QVERIFY(journal->reflections().create(Step::Reconnect, ReflectionKind::Guided, {}, true));
        QVERIFY(journal->reflections().create(Step::Reconnect, ReflectionKind::Guided, {}, false));
        QVERIFY(journal->reflections().create(
            Step::Reconnect, ReflectionKind::ThoughtRecord, {}, true));
        auto counts = journal->trends().stepCounts(Step::Reconnect);
        QVERIFY(counts);
        QCOMPARE(counts->value(u"entries"_s), 2);
        QCOMPARE(counts->value(u"reflections"_s), 2);
        QCOMPARE(counts->value(u"thoughtRecords"_s), 1);
        QCOMPARE(journal->trends().stepCounts(Step::Acknowledge)->value(u"entries"_s), 0);
    }

    void stepCountsStopAtTheLimit()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const int over = StepProgress::CountLimit + 3;
        for (int i = 0; i < over; ++i) {
            entryAt(journal, QDate(2026, 1, 1).addDays(i), QTime(9, 0), std::nullopt,
                Step::WorkOnYourself);
            QVERIFY(journal->reflections().create(
                Step::WorkOnYourself, ReflectionKind::ThoughtRecord, {}, true));
        }
        entryAt(journal, QDate(2026, 1, 1), QTime(9, 0), std::nullopt, Step::Acknowledge);
        auto counts = journal->trends().stepCounts(Step::WorkOnYourself);
        QVERIFY(counts);
        // Every target is reached long before: counting on would change nothing shown.
        QCOMPARE(counts->value(u"entries"_s), StepProgress::CountLimit);
        QCOMPARE(counts->value(u"reflections"_s), StepProgress::CountLimit);
        QCOMPARE(counts->value(u"thoughtRecords"_s), StepProgress::CountLimit);
        QCOMPARE(journal->trends().stepCounts(Step::Acknowledge)->value(u"entries"_s), 1);
        const auto report
            = StepProgress::evaluate(Step::WorkOnYourself, *counts, JourneyMode::Normal);
        for (const auto &part : report.parts)
            if (part.criterion.count == u"entries"_s || part.criterion.count == u"reflections"_s)
                QCOMPARE(part.fraction(), 1.0);
    }

    void tenYearsAreQuick()
    {
        // Measured, not asserted: prints how long the chart queries take on 36,500 entries.
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        DemoJournal::Options options;
        options.days = 3650;
        options.entriesPerDay = 10;
        const Status generated = DemoJournal::generate(journal.journal(), options);
        QVERIFY2(generated,
            generated ? ""
                      : qPrintable(generated.error().message + u" "_s + generated.error().detail));
        const QDate today = journal.clock().today();
        const QDate first = journal->trends().firstDay()->value();
        QElapsedTimer timer;
        timer.start();
        auto days = journal->trends().moodByDay(first, today);
        const qint64 moodMs = timer.restart();
        auto weeks = journal->trends().entriesByWeek(first, today);
        const qint64 weekMs = timer.elapsed();
        QVERIFY(days && days->size() > 3000);
        QVERIFY(weeks && weeks->size() > 500);
        qint64 total = 0;
        for (const WeekCount &w : *weeks)
            total += w.count;
        QCOMPARE(total, *journal->entries().count());
        qInfo("ten years: mood by day %lld ms, entries by week %lld ms (%lld entries)", moodMs,
            weekMs, total);
    }
};

QTEST_GUILESS_MAIN(tst_TrendStore)
#include "tst_trendstore.moc"
