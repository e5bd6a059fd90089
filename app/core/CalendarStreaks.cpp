// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarStreaks.h"

#include <QMap>
#include <algorithm>

namespace Rekindle {

double Adherence::ratio() const
{
    if (!hasData())
        return 0;
    return std::min(1.0, done / expected);
}

namespace Streaks {

    QDate weekStart(QDate day, Qt::DayOfWeek firstDay)
    {
        const int offset = (day.dayOfWeek() - int(firstDay) + 7) % 7;
        return day.addDays(-offset);
    }

    StreakSummary daily(const QList<QDate> &days, QDate today)
    {
        StreakSummary summary;
        DayRange run;
        for (const QDate &day : days) {
            if (day > today)
                break; // a check-in "in the future" (after a time-zone change) waits for its day
            if (run.isValid() && run.last.addDays(1) == day) {
                run.last = day;
            } else {
                run = { day, day };
            }
            if (run.days() > summary.best) {
                summary.best = run.days();
                summary.bestRange = run;
            }
        }
        if (run.isValid() && run.last >= today.addDays(-1)) {
            summary.current = run.days();
            summary.currentRange = run;
        }
        return summary;
    }

    StreakSummary weekly(
        const QList<QDate> &days, int timesPerWeek, QDate today, Qt::DayOfWeek firstDay)
    {
        const int target = std::clamp(timesPerWeek, 1, 7);
        QMap<QDate, int> perWeek; // week start -> check-in days
        for (const QDate &day : days)
            if (day <= today)
                ++perWeek[weekStart(day, firstDay)];

        StreakSummary summary;
        DayRange run;
        int runWeeks = 0;
        const QDate thisWeek = weekStart(today, firstDay);
        for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it) {
            if (it.value() < target)
                continue;
            const QDate week = it.key();
            if (run.isValid() && run.last.addDays(1) == week) {
                run.last = week.addDays(6);
                ++runWeeks;
            } else {
                run = { week, week.addDays(6) };
                runWeeks = 1;
            }
            if (runWeeks > summary.best) {
                summary.best = runWeeks;
                summary.bestRange = run;
            }
        }

        // The run that ends with this week (met) or with last week (this week still open).
        const int doneThisWeek = perWeek.value(thisWeek);
        const int daysLeft = int(today.daysTo(thisWeek.addDays(6))) + 1; // today included
        const bool metThisWeek = doneThisWeek >= target;
        const bool reachable = doneThisWeek + daysLeft >= target;
        if (run.isValid()) {
            const QDate lastWeekEnd = thisWeek.addDays(-1);
            if ((metThisWeek && run.last == thisWeek.addDays(6))
                || (!metThisWeek && reachable && run.last == lastWeekEnd)) {
                summary.current = runWeeks;
                summary.currentRange = run;
            }
        }
        return summary;
    }

    QDate windowStart(QDate start, QDate today, int windowDays)
    {
        const QDate windowFirst = today.addDays(1 - std::max(1, windowDays));
        return start.isValid() ? std::max(start, windowFirst) : windowFirst;
    }

    Adherence adherence(
        int doneInWindow, int timesPerWeek, QDate start, QDate today, int windowDays)
    {
        Adherence result;
        const QDate first = windowStart(start, today, windowDays);
        if (first > today)
            return result;
        result.windowDays = int(first.daysTo(today)) + 1;
        result.done = doneInWindow;
        const int perWeek = std::clamp(timesPerWeek, 1, 7);
        result.expected
            = perWeek == 7 ? double(result.windowDays) : perWeek * result.windowDays / 7.0;
        return result;
    }

} // namespace Streaks
} // namespace Rekindle
