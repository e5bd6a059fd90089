// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/TrendStore.h"

#include <QDate>
#include <QList>
#include <optional>

namespace Rekindle {

/// The stretch of time a chart shows.
enum class TrendRange { Days30, Days90, Year, All };

/// One day's mood: the mean of that day's values, and the mean of the daily means over the
/// seven days ending that day (days without a value are left out, not counted as zero). In a
/// weekly series: one week's, the mean of its daily means, and the mean of the weekly means
/// over the four weeks ending with it.
struct MoodPoint {
    QDate day; ///< in a weekly series, the first day of the week
    double mood = 0;
    double average = 0;
    int count = 0; ///< how many values the day (week) had
};

/// Mood over time: only days (weeks) with a value, in order.
struct MoodSeries {
    QDate from;
    QDate to;
    QList<MoodPoint> points;
    bool weekly = false;
    bool isEmpty() const { return points.isEmpty(); }
};

struct WeekPoint {
    QDate weekStart; ///< the locale's first day of the week
    int entries = 0;
};

/// Journal entries per week: every week from the one holding `from` to the one holding `to`,
/// weeks without writing included as zero. Empty when no week has any writing.
struct WritingSeries {
    QDate from;
    QDate to;
    QList<WeekPoint> weeks;
    int total = 0;
    int busiestWeek = 0;
    bool isEmpty() const { return total == 0; }
};

/// Builds chart series from the SQL aggregates of TrendStore; pure functions for the maths,
/// plus helpers that run the queries. No widget code: tested on fixed data.
namespace TrendSeries {

    /// The first day of `range` ending `today`; for All, `firstDay` (or today when there is none).
    QDate rangeStart(TrendRange range, QDate today, std::optional<QDate> firstDay);
    /// The first day of the week holding `day`, as the UI locale counts weeks (Sunday in
    /// en_US, Monday in de_DE): the same weeks as TrendStore and ChartStore group by.
    QDate weekStart(QDate day);

    MoodSeries buildMood(const QList<DayMoodTotal> &days, QDate from, QDate to);
    /// `daily` a point per week (weekStart()), for periods too long to read day by day.
    MoodSeries byWeek(const MoodSeries &daily);
    WritingSeries buildWriting(const QList<WeekCount> &weeks, QDate from, QDate to);

    Result<MoodSeries> mood(const TrendStore &store, TrendRange range, QDate today);
    Result<WritingSeries> writing(const TrendStore &store, TrendRange range, QDate today);

} // namespace TrendSeries
} // namespace Rekindle
