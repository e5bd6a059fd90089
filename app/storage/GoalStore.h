// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CalendarStreaks.h"
#include "core/Goal.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <optional>

namespace Rekindle {

class Journal;
namespace RecordWrite {
    class Save;
}

/// Where a goal stands today: computed from its check-in days (read for one goal only) and
/// counts done in SQL.
struct GoalProgress {
    StreakSummary streak; ///< days for daily goals, weeks for weekly ones
    Adherence last14;
    Adherence last30;
    bool doneToday = false;
    int doneThisWeek = 0;
};

/// Reads and writes goals (step 2) and their daily check-ins. Every write is one transaction
/// followed by a signal.
class GoalStore final : public QObject {
    Q_OBJECT

public:
    explicit GoalStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    Result<qint64> create(const Goal &goal);
    /// Makes a daily goal from a "my part" item ("what I will do instead" becomes its title)
    /// and links the two.
    Result<qint64> createFromMyPart(qint64 myPartId);
    Status update(const Goal &goal);
    Status setArchived(qint64 id, bool archived);

    Result<Goal> goal(qint64 id) const;
    /// The goal that check-in `checkInId` belongs to (e.g. to show a search result).
    Result<qint64> goalOfCheckIn(qint64 checkInId) const;
    /// Goals in the order they were made, active or archived ones.
    Result<QList<Goal>> goals(bool archived) const;

    /// Ticks `checkIn.day` (or updates its note when already ticked).
    Status checkIn(const GoalCheckIn &checkIn);
    /// Unticks a day.
    Status removeCheckIn(qint64 goalId, QDate day);
    /// The note of a ticked day, or nothing when the day is not ticked.
    Result<std::optional<QString>> checkInNote(qint64 goalId, QDate day) const;
    /// Distinct ticked days of one goal, ascending.
    Result<QList<QDate>> checkInDays(qint64 goalId) const;
    /// Ticked days of one goal between `first` and `last` inclusive.
    Result<int> countCheckIns(qint64 goalId, QDate first, QDate last) const;

    /// Streaks and adherence of a goal as of `today`, with weeks starting on `firstDay`.
    Result<GoalProgress> progress(const Goal &goal, QDate today, Qt::DayOfWeek firstDay) const;

private:
    Result<qint64> insert(RecordWrite::Save &save, const Goal &goal);

    Journal &m_journal;
};

} // namespace Rekindle
