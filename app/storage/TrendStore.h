// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Step.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimeZone>
#include <optional>

namespace Rekindle {

class Journal;

/// The sum and number of mood values on one local day.
struct DayMoodTotal {
    QDate day;
    qint64 sum = 0;
    int count = 0;
};

/// How many entries were written in the week starting on `weekStart` (the locale's first day of the
/// week).
struct WeekCount {
    QDate weekStart;
    int count = 0;
};

/// Read-only aggregates for charts and progress, fast on ten years of writing: counts in SQL
/// over indexes, and the entries' local days worked out from their instants over a covering
/// index (the zone's offsets applied by integer arithmetic, not a date conversion per row).
class TrendStore final : public QObject {
    Q_OBJECT

public:
    explicit TrendStore(Journal &journal);

    /// The first local day with any journal data (entries or mood check-ins), if any.
    Result<std::optional<QDate>> firstDay() const;

    /// Mood per local day in [from, to] from both mood check-ins and the moods of journal
    /// entries; only days with a value are returned, in order.
    Result<QList<DayMoodTotal>> moodByDay(QDate from, QDate to) const;
    /// Entries written per week (weeks start on Monday) for the weeks touching [from, to],
    /// counting only entries within [from, to]; only weeks with entries, in order.
    Result<QList<WeekCount>> entriesByWeek(QDate from, QDate to) const;

    /// The counts the step-progress rules read (see StepProgress::Count), for `step`.
    Result<QHash<QString, int>> stepCounts(Step step) const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
