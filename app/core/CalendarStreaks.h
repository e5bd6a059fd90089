// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace Rekindle {

/// An inclusive run of calendar days (or of weeks, given by their first and last day).
struct DayRange {
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    /// Number of calendar days in the range; 0 when it is empty.
    int days() const { return isValid() ? int(first.daysTo(last)) + 1 : 0; }
    bool operator==(const DayRange &other) const = default;
};

/// A current and a best run. `length` counts days for daily goals and weeks for weekly ones.
struct StreakSummary {
    int current = 0;
    DayRange currentRange;
    int best = 0;
    DayRange bestRange;
};

/// How closely a goal was kept over a window of recent days.
struct Adherence {
    int done = 0; ///< days with a check-in inside the window
    double expected = 0; ///< check-ins the cadence asked for inside the window
    int windowDays = 0; ///< days of the window at or after the goal's start

    bool hasData() const { return windowDays > 0 && expected > 0; }
    /// 0..1; capped at 1 (doing more than asked is not "over 100 %").
    double ratio() const;
};

/// Streak and adherence rules over calendar days. Days are local dates (as the person lived
/// them), never 24-hour windows, so DST and time-zone changes cannot break or stretch a streak.
/// Every function takes `days` as distinct dates in ascending order.
namespace Streaks {

    /// The first day of the week holding `day`, for weeks starting on `firstDay`.
    QDate weekStart(QDate day, Qt::DayOfWeek firstDay);

    /// Daily cadence: runs of consecutive days. The current run holds through today while today
    /// has no check-in yet (it may still come), so it ends today or yesterday.
    StreakSummary daily(const QList<QDate> &days, QDate today);

    /// N times a week: runs of consecutive weeks that met the target. The current week adds to the
    /// run once met; while not met it holds the run as long as enough days remain to meet it.
    StreakSummary weekly(
        const QList<QDate> &days, int timesPerWeek, QDate today, Qt::DayOfWeek firstDay);

    /// Adherence over the `windowDays` days ending today, counted from `start` at the earliest.
    /// `timesPerWeek` 7 means daily. `doneInWindow` is the number of check-in days in the window
    /// (counted by the caller, in SQL for big journals).
    Adherence adherence(
        int doneInWindow, int timesPerWeek, QDate start, QDate today, int windowDays);

    /// The first day of the window used by adherence().
    QDate windowStart(QDate start, QDate today, int windowDays);

} // namespace Streaks
} // namespace Rekindle
