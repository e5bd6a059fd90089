// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pace.h"
#include "core/Result.h"
#include "core/Step.h"
#include "core/Trust.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

class Journal;

/// Contacts on one local day, by direction.
struct DayContacts {
    QDate day;
    int mine = 0; ///< contacts I made
    int theirs = 0; ///< contacts they made
};

/// What space looked like inside a period: enough for SpaceRules to rebuild the stretches of
/// every day of the period without reading the whole history.
struct SpaceHistory {
    QDate spaceStart; ///< invalid when space has not begun
    /// The last day before the period on which I reached out (on or after the start of space).
    std::optional<QDate> lastContactBefore;
    QList<DayContacts> contacts; ///< days of the period with any contact, ascending
    QList<std::pair<QDate, int>> urgesByWeek; ///< Monday of the week, urges resisted
};

/// One goal as the adherence chart needs it.
struct GoalInfo {
    qint64 id = 0;
    QString title;
    int timesPerWeek = 7;
    QDate startDay;
    QDate archivedOn; ///< local day it was archived; invalid while active
};

/// Check-ins of one goal in one week (weeks start on Monday).
struct GoalWeekCount {
    qint64 goalId = 0;
    QDate weekStart; ///< the locale's first day of the week
    int count = 0;
};

/// How many contacts I made in one bucket (a week or a month) got each response.
struct ResponseCount {
    QDate bucketStart;
    int response = 0; ///< ContactResponse value
    int count = 0;
};

/// Commitments decided (kept or broken) in one bucket (a week or a month), by the day they
/// were settled, as TrustRules::keptRatio counts them.
struct DecidedCount {
    QDate bucketStart;
    KeptRatio decided;
};

/// Read-only aggregates for the space, goal and contact charts and for the progress of steps 1
/// and 2, computed in SQL (GROUP BY day, week or month) and never by loading every row.
/// Days are the local calendar days stored with each row, so DST changes cannot move them.
class ChartStore final {
    Q_DECLARE_TR_FUNCTIONS(Rekindle::ChartStore)

public:
    explicit ChartStore(const Journal &journal);

    /// Space, contacts per day and urges per week for [from, to].
    Result<SpaceHistory> space(QDate from, QDate to) const;
    /// Every goal, active or archived, in the order they were made.
    Result<QList<GoalInfo>> goals() const;
    /// Check-ins per goal and week for days in [from, to]; only weeks with check-ins.
    Result<QList<GoalWeekCount>> checkInsByWeek(QDate from, QDate to) const;
    /// My contacts in [from, to] by response and by week (`byMonth` false) or month.
    Result<QList<ResponseCount>> responses(QDate from, QDate to, bool byMonth) const;
    /// Commitments settled (kept or broken) in [from, to], by week (`byMonth` false) or month;
    /// only buckets with a decision.
    Result<QList<DecidedCount>> commitmentsDecided(QDate from, QDate to, bool byMonth) const;
    /// Milestones with a planned or reached day, in the person's order (a short list).
    Result<QList<Milestone>> datedMilestones() const;
    /// The smallest gap between reached milestones the person chose (PaceRules).
    int minMilestoneGapDays() const;
    /// The first day with any space, goal, contact, commitment or milestone data (for the
    /// "All" range).
    Result<std::optional<QDate>> firstDay() const;

    /// The counts of the steps that StepProgress reads from this journal's records, as of
    /// `today`.
    Result<QHash<QString, int>> stepCounts(Step step, QDate today) const;

    /// SQL giving the first day (QLocale().firstDayOfWeek()) of the week holding the
    /// 'yyyy-MM-dd' text `dayColumn`.
    static QString weekStartExpression(const QString &dayColumn);

private:
    Result<QHash<QString, int>> acknowledgeCounts(QDate today) const;
    Result<QHash<QString, int>> workOnYourselfCounts(QDate today) const;
    Result<QHash<QString, int>> laterStepCounts(Step step) const;

    const Journal &m_journal;
};

} // namespace Rekindle
