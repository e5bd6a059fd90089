// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContactEvent.h"
#include "core/Result.h"
#include "models/TrendSeries.h"
#include "storage/ChartStore.h"

#include <QDate>
#include <QList>
#include <array>
#include <optional>

namespace Rekindle {

/// One day of the space chart.
struct SpaceDay {
    QDate day;
    /// Days of the current stretch of space that day (as SpaceRules counts them): 1 on the
    /// first day, 0 on a day I reached out; -1 before space began.
    int length = -1;
    int mine = 0; ///< contacts I made that day
    int theirs = 0; ///< contacts they made that day
};

struct UrgeWeek {
    QDate weekStart; ///< the locale's first day of the week
    int urges = 0;
};

/// Days of space over a period: every day of the period, the urges resisted per week (every
/// week of the period, quiet weeks as zero) and totals. Empty when space has not begun in the
/// period and there were no contacts or urges.
struct SpaceSeries {
    QDate from;
    QDate to;
    QDate spaceStart;
    QList<SpaceDay> days;
    QList<UrgeWeek> urgeWeeks;
    int longest = 0; ///< the longest stretch seen in the period (up to its last day)
    int myContacts = 0;
    int theirContacts = 0;
    int urges = 0;
    int mostUrgesInAWeek = 0;
    bool isEmpty() const;
    /// The day's point, or nullptr outside the period.
    const SpaceDay *at(QDate day) const;
};

/// Goal adherence in one week: check-ins done (at most what was asked, goal by goal) of the
/// check-ins asked for by the goals active that week.
struct GoalWeek {
    QDate weekStart; ///< the locale's first day of the week
    double done = 0;
    double planned = 0;
    int checkIns = 0; ///< check-ins made, uncapped
    /// 0–100.
    double percent() const { return planned > 0 ? 100.0 * done / planned : 0; }
};

/// Adherence per week over a period, for all goals or one. Weeks in which no goal was active
/// are left out (a gap, not a zero).
struct GoalAdherenceSeries {
    QDate from;
    QDate to;
    std::optional<qint64> goalId;
    QList<GoalWeek> weeks;
    double done = 0;
    double planned = 0;
    bool isEmpty() const { return weeks.isEmpty(); }
    double percent() const { return planned > 0 ? 100.0 * done / planned : 0; }
};

/// My contacts in one week or month, by the response they got (indexed by ContactResponse).
struct ResponseBucket {
    QDate start; ///< the first day of a week (QLocale), or of a month
    /// Indexed by ContactResponse.
    std::array<int, 5> counts {};
    int total() const { return counts[0] + counts[1] + counts[2] + counts[3] + counts[4]; }
};

/// My contacts by response per week (short periods) or month: every bucket of the period,
/// quiet ones as zero. Empty when I made no contact in the period.
struct ResponseSeries {
    QDate from;
    QDate to;
    bool byMonth = false;
    QList<ResponseBucket> buckets;
    int total = 0;
    int largest = 0; ///< the biggest bucket total
    bool isEmpty() const { return total == 0; }
    /// The bucket holding `day`, or nullptr.
    const ResponseBucket *bucketOf(QDate day) const;
};

/// Commitments decided in one week or month: kept / (kept + broken), as in step 4's summary.
struct CommitmentBucket {
    QDate start; ///< the first day of a week (QLocale), or of a month
    KeptRatio decided;
};

/// The kept ratio per week (short periods) or month: every bucket of the period; buckets in
/// which nothing was decided have no ratio (a gap, not a zero). Empty when nothing was decided.
struct CommitmentSeries {
    QDate from;
    QDate to;
    bool byMonth = false;
    QList<CommitmentBucket> buckets;
    KeptRatio total;
    int largest = 0; ///< the most decisions in one bucket
    bool isEmpty() const { return total.settled() == 0; }
    /// Buckets with at least one decision.
    int decidedBuckets() const;
    /// The bucket holding `day`, or nullptr.
    const CommitmentBucket *bucketOf(QDate day) const;
};

/// One point of the milestone timeline: a milestone's planned or reached day.
struct MilestonePoint {
    qint64 id = 0;
    QString title;
    QDate day;
    bool reached = false; ///< the reached day (else the planned one)
    /// Reached sooner after the previous reached milestone than the chosen gap (PaceRules).
    bool tooClose = false;
    QString paceNote; ///< PaceRules' gentle word when `tooClose`
};

/// Milestones on a timeline: planned days on or after `from` (also ahead of today) and
/// reached days in the period, ordered by day.
struct MilestoneSeries {
    QDate from;
    QDate to; ///< today, or later when a milestone is planned ahead
    int minGapDays = 0;
    QList<MilestonePoint> points;
    bool isEmpty() const { return points.isEmpty(); }
    /// The point nearest `day` (the reached one first on a tie), or nullptr when empty.
    const MilestonePoint *nearest(QDate day) const;
};

/// Series for the space, goal and contact charts, built from ChartStore's SQL aggregates.
/// Pure functions for the maths (tested on fixed data), plus helpers that run the queries.
namespace ChartSeries {

    /// Periods longer than this are shown per month in the contacts chart.
    inline constexpr int WeeklyResponsesUpToDays = 120;

    SpaceSeries buildSpace(const SpaceHistory &history, QDate from, QDate to);
    /// `goalId` limits the series to one goal; nothing means all goals together.
    GoalAdherenceSeries buildGoalAdherence(const QList<GoalInfo> &goals,
        const QList<GoalWeekCount> &checkIns, QDate from, QDate to,
        std::optional<qint64> goalId = std::nullopt);
    ResponseSeries buildResponses(
        const QList<ResponseCount> &counts, QDate from, QDate to, bool byMonth);

    /// Periods longer than this are shown per month in the commitments chart.
    inline constexpr int WeeklyCommitmentsUpToDays = 120;

    CommitmentSeries buildCommitments(
        const QList<DecidedCount> &counts, QDate from, QDate to, bool byMonth);
    /// Reached milestones too close together are marked by PaceRules::check with `minGapDays`,
    /// judged over every milestone (also those before the period).
    MilestoneSeries buildMilestones(
        const QList<Milestone> &milestones, int minGapDays, QDate from, QDate today);

    /// The first day of `range` ending `today`, with "All" starting at the first space, goal or
    /// contact data.
    Result<QDate> rangeStart(const ChartStore &store, TrendRange range, QDate today);

    Result<SpaceSeries> space(const ChartStore &store, TrendRange range, QDate today);
    Result<GoalAdherenceSeries> goalAdherence(const ChartStore &store, TrendRange range,
        QDate today, std::optional<qint64> goalId = std::nullopt);
    Result<ResponseSeries> responses(const ChartStore &store, TrendRange range, QDate today);
    Result<CommitmentSeries> commitments(const ChartStore &store, TrendRange range, QDate today);
    Result<MilestoneSeries> milestones(const ChartStore &store, TrendRange range, QDate today);

} // namespace ChartSeries
} // namespace Rekindle
