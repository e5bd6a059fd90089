// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TrendSeries.h"
#include "storage/EntryStore.h"
#include "storage/MoodStore.h"
#include "support/TempJournal.h"

#include <QScopeGuard>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Rekindle::TrendRange)

class tst_TrendSeries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void moodWithGapsAndALeapDay()
    {
        const QList<DayMoodTotal> days = {
            { QDate(2028, 2, 20), 5, 1 }, // before the range
            { QDate(2028, 2, 25), 8, 2 }, { QDate(2028, 2, 29), 6, 1 },
            { QDate(2028, 3, 1), 15, 2 }, { QDate(2028, 3, 2), 0, 0 }, // no values: ignored
            { QDate(2028, 3, 3), 2, 1 }, { QDate(2028, 3, 7), 10, 1 },
            { QDate(2028, 3, 9), 1, 1 }, // after the range
        };
        const MoodSeries s = TrendSeries::buildMood(days, QDate(2028, 2, 21), QDate(2028, 3, 8));
        QCOMPARE(s.points.size(), 5);
        const QList<QDate> expectedDays = { QDate(2028, 2, 25), QDate(2028, 2, 29),
            QDate(2028, 3, 1), QDate(2028, 3, 3), QDate(2028, 3, 7) };
        const QList<double> expectedMood = { 4.0, 6.0, 7.5, 2.0, 10.0 };
        // The seven calendar days ending each day; the leap day counts as a day.
        const QList<double> expectedAverage = { 4.0, 5.0, 17.5 / 3, 15.5 / 3, 6.5 };
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            QCOMPARE(s.points.at(i).day, expectedDays.at(i));
            QCOMPARE(s.points.at(i).mood, expectedMood.at(i));
            QVERIFY2(qFuzzyCompare(s.points.at(i).average, expectedAverage.at(i)),
                qPrintable(QString::number(s.points.at(i).average)));
        }
        QCOMPARE(s.points.at(0).count, 2);
    }

    void moodSinglePointAndEmpty()
    {
        const MoodSeries one = TrendSeries::buildMood(
            { { QDate(2026, 1, 1), 7, 1 } }, QDate(2026, 1, 1), QDate(2026, 1, 1));
        QCOMPARE(one.points.size(), 1);
        QCOMPARE(one.points.first().mood, 7.0);
        QCOMPARE(one.points.first().average, 7.0);
        QVERIFY(TrendSeries::buildMood({}, QDate(2026, 1, 1), QDate(2026, 2, 1)).isEmpty());
    }

    void moodByWeek()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(u"de_DE"_s)); // weeks from Monday
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        // 2028-02-28 is a Monday. Week 1: two days; week 2: none; weeks 3 to 6: one day each.
        const QList<DayMoodTotal> days = {
            { QDate(2028, 2, 28), 8, 2 }, // a mean of 4 from two values
            { QDate(2028, 3, 5), 6, 1 }, // the Sunday of the same week
            { QDate(2028, 3, 13), 2, 1 },
            { QDate(2028, 3, 20), 4, 1 },
            { QDate(2028, 3, 27), 6, 1 },
            { QDate(2028, 4, 3), 8, 1 },
        };
        const MoodSeries daily
            = TrendSeries::buildMood(days, QDate(2028, 2, 28), QDate(2028, 4, 9));
        QVERIFY(!daily.weekly);
        const MoodSeries weekly = TrendSeries::byWeek(daily);
        QVERIFY(weekly.weekly);
        QCOMPARE(weekly.from, daily.from);
        QCOMPARE(weekly.to, daily.to);
        const QList<QDate> weeks = { QDate(2028, 2, 28), QDate(2028, 3, 13), QDate(2028, 3, 20),
            QDate(2028, 3, 27), QDate(2028, 4, 3) };
        const QList<double> mood = { 5, 2, 4, 6, 8 }; // the mean of 4 and 6, then each day
        const QList<int> count = { 3, 1, 1, 1, 1 };
        // Four weeks ending with each, empty weeks left out: the first week falls out of the
        // window at 2028-03-27 (28 days on).
        const QList<double> average = { 5, 3.5, 11.0 / 3, 4, 5 };
        QCOMPARE(weekly.points.size(), weeks.size());
        for (qsizetype i = 0; i < weeks.size(); ++i) {
            QCOMPARE(weekly.points.at(i).day, weeks.at(i));
            QVERIFY2(qFuzzyCompare(weekly.points.at(i).mood, mood.at(i)),
                qPrintable(QString::number(weekly.points.at(i).mood)));
            QCOMPARE(weekly.points.at(i).count, count.at(i));
            QVERIFY2(qFuzzyCompare(weekly.points.at(i).average, average.at(i)),
                qPrintable(QString::number(weekly.points.at(i).average)));
        }
        // Weekly already: unchanged. Nothing: nothing.
        QCOMPARE(TrendSeries::byWeek(weekly).points.size(), weekly.points.size());
        QVERIFY(TrendSeries::byWeek(MoodSeries {}).isEmpty());
    }

    void weekStartFollowsTheLocale()
    {
        const QLocale before;
        const QDate wednesday(2028, 3, 1);
        QLocale::setDefault(QLocale(u"en_US"_s));
        QCOMPARE(TrendSeries::weekStart(wednesday), QDate(2028, 2, 27)); // Sunday
        QCOMPARE(TrendSeries::weekStart(QDate(2028, 2, 27)), QDate(2028, 2, 27));
        QLocale::setDefault(QLocale(u"de_DE"_s));
        QCOMPARE(TrendSeries::weekStart(wednesday), QDate(2028, 2, 28)); // Monday
        QCOMPARE(TrendSeries::weekStart(QDate(2028, 2, 27)), QDate(2028, 2, 21));
        QLocale::setDefault(before);
    }

    void writingFillsEmptyWeeks()
    {
        const QList<WeekCount> weeks
            = { { QDate(2028, 2, 21), 1 }, { QDate(2028, 2, 28), 3 }, { QDate(2028, 3, 20), 1 } };
        const WritingSeries s
            = TrendSeries::buildWriting(weeks, QDate(2028, 2, 23), QDate(2028, 3, 22));
        const QList<int> expected = { 1, 3, 0, 0, 1 };
        QCOMPARE(s.weeks.size(), expected.size());
        for (qsizetype i = 0; i < s.weeks.size(); ++i) {
            QCOMPARE(s.weeks.at(i).weekStart, QDate(2028, 2, 21).addDays(7 * i));
            QCOMPARE(s.weeks.at(i).entries, expected.at(i));
        }
        QCOMPARE(s.total, 5);
        QCOMPARE(s.busiestWeek, 3);
        QVERIFY(!s.isEmpty());

        const WritingSeries single = TrendSeries::buildWriting(
            { { QDate(2028, 2, 28), 2 } }, QDate(2028, 2, 29), QDate(2028, 2, 29));
        QCOMPARE(single.weeks.size(), 1);
        QCOMPARE(single.weeks.first().entries, 2);

        const WritingSeries none
            = TrendSeries::buildWriting({}, QDate(2028, 1, 1), QDate(2028, 1, 31));
        QVERIFY(none.isEmpty());
        QCOMPARE(none.weeks.size(), 6); // weeks from Monday 27 December to Monday 31 January
    }

    void rangeStart_data()
    {
        QTest::addColumn<TrendRange>("range");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("expected");
        const QDate none;
        QTest::newRow("30 days over a leap day")
            << TrendRange::Days30 << QDate(2028, 3, 1) << none << QDate(2028, 2, 1);
        QTest::newRow("30 days") << TrendRange::Days30 << QDate(2027, 3, 1) << none
                                 << QDate(2027, 1, 31);
        QTest::newRow("90 days over a leap day")
            << TrendRange::Days90 << QDate(2028, 3, 30) << none << QDate(2028, 1, 1);
        QTest::newRow("a year") << TrendRange::Year << QDate(2029, 3, 1) << none
                                << QDate(2028, 3, 2);
        QTest::newRow("a year from a leap day")
            << TrendRange::Year << QDate(2028, 2, 29) << none << QDate(2027, 3, 1);
        QTest::newRow("all") << TrendRange::All << QDate(2028, 3, 1) << QDate(2020, 5, 5)
                             << QDate(2020, 5, 5);
        QTest::newRow("all, nothing yet")
            << TrendRange::All << QDate(2028, 3, 1) << none << QDate(2028, 3, 1);
    }

    void rangeStart()
    {
        QFETCH(TrendRange, range);
        QFETCH(QDate, today);
        QFETCH(QDate, first);
        QFETCH(QDate, expected);
        QCOMPARE(TrendSeries::rangeStart(
                     range, today, first.isValid() ? std::optional(first) : std::nullopt),
            expected);
    }

    void fromTheJournal()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QDate today = journal.clock().today();
        auto mood = TrendSeries::mood(journal->trends(), TrendRange::All, today);
        QVERIFY(mood && mood->isEmpty());
        auto writing = TrendSeries::writing(journal->trends(), TrendRange::Days30, today);
        QVERIFY(writing && writing->isEmpty());

        QVERIFY(journal->entries().create(Step::Acknowledge, { u"a"_s, u"b"_s, 3 }));
        QVERIFY(journal->moods().add(7, {}, {}));
        mood = TrendSeries::mood(journal->trends(), TrendRange::Days30, today);
        QCOMPARE(mood->points.size(), 1);
        QCOMPARE(mood->points.first().mood, 5.0);
        writing = TrendSeries::writing(journal->trends(), TrendRange::All, today);
        QCOMPARE(writing->total, 1);
        QCOMPARE(writing->weeks.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TrendSeries)
#include "tst_trendseries.moc"
