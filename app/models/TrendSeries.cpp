// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendSeries.h"

#include "core/CalendarStreaks.h"

#include <QLocale>
#include <algorithm>

namespace Rekindle::TrendSeries {
namespace {

    /// Sets each point's average: the mean of the moods of the points (days with a value, or
    /// weeks) within the `days` calendar days ending with it, a sliding window over `points`
    /// in order.
    void setTrailingAverages(QList<MoodPoint> &points, int days)
    {
        double windowSum = 0;
        qsizetype first = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            MoodPoint &p = points[i];
            windowSum += p.mood;
            while (points.at(first).day.daysTo(p.day) >= days)
                windowSum -= points.at(first++).mood;
            p.average = windowSum / double(i - first + 1);
        }
    }

} // namespace

QDate rangeStart(TrendRange range, QDate today, std::optional<QDate> firstDay)
{
    switch (range) {
    case TrendRange::Days30:
        return today.addDays(-29);
    case TrendRange::Days90:
        return today.addDays(-89);
    case TrendRange::Year:
        return today.addYears(-1).addDays(1);
    case TrendRange::All:
        break;
    }
    return firstDay && *firstDay < today ? *firstDay : today;
}

QDate weekStart(QDate day)
{
    return Streaks::weekStart(day, QLocale().firstDayOfWeek());
}

MoodSeries buildMood(const QList<DayMoodTotal> &days, QDate from, QDate to)
{
    MoodSeries series { from, to, {} };
    for (const DayMoodTotal &d : days) {
        if (d.count <= 0 || !d.day.isValid() || d.day < from || d.day > to)
            continue;
        series.points << MoodPoint { d.day, double(d.sum) / d.count, 0, d.count };
    }
    std::sort(series.points.begin(), series.points.end(),
        [](const MoodPoint &a, const MoodPoint &b) { return a.day < b.day; });
    setTrailingAverages(series.points, 7); // the seven calendar days ending each day
    return series;
}

MoodSeries byWeek(const MoodSeries &daily)
{
    if (daily.weekly)
        return daily;
    MoodSeries series { daily.from, daily.to, {}, true };
    int days = 0;
    for (const MoodPoint &p : daily.points) {
        const QDate week = weekStart(p.day);
        if (series.points.isEmpty() || series.points.constLast().day != week) {
            series.points << MoodPoint { week, 0, 0, 0 };
            days = 0;
        }
        MoodPoint &w = series.points.last();
        // The running mean of the week's daily means.
        w.mood += (p.mood - w.mood) / double(++days);
        w.count += p.count;
    }
    setTrailingAverages(series.points, 28); // the four weeks ending with each
    return series;
}

WritingSeries buildWriting(const QList<WeekCount> &weeks, QDate from, QDate to)
{
    WritingSeries series { from, to, {}, 0, 0 };
    if (!from.isValid() || !to.isValid() || to < from)
        return series;
    QHash<QDate, int> counts;
    for (const WeekCount &w : weeks)
        counts[weekStart(w.weekStart)] += w.count;
    for (QDate week = weekStart(from); week <= to; week = week.addDays(7)) {
        const int n = counts.value(week);
        series.weeks << WeekPoint { week, n };
        series.total += n;
        series.busiestWeek = std::max(series.busiestWeek, n);
    }
    return series;
}

Result<MoodSeries> mood(const TrendStore &store, TrendRange range, QDate today)
{
    const auto first = store.firstDay();
    if (!first)
        return first.error();
    const QDate from = rangeStart(range, today, *first);
    const auto days = store.moodByDay(from, today);
    if (!days)
        return days.error();
    return buildMood(*days, from, today);
}

Result<WritingSeries> writing(const TrendStore &store, TrendRange range, QDate today)
{
    const auto first = store.firstDay();
    if (!first)
        return first.error();
    const QDate from = rangeStart(range, today, *first);
    const auto weeks = store.entriesByWeek(from, today);
    if (!weeks)
        return weeks.error();
    return buildWriting(*weeks, from, today);
}

} // namespace Rekindle::TrendSeries
