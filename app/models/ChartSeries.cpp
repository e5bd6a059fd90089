// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartSeries.h"

#include "core/Pace.h"
#include "core/SpaceRules.h"

#include <QHash>
#include <algorithm>
#include <cstdlib>

namespace Rekindle {

bool SpaceSeries::isEmpty() const
{
    if (myContacts > 0 || theirContacts > 0 || urges > 0)
        return false;
    return std::none_of(
        days.cbegin(), days.cend(), [](const SpaceDay &d) { return d.length >= 0; });
}

const SpaceDay *SpaceSeries::at(QDate day) const
{
    if (days.isEmpty() || !day.isValid())
        return nullptr;
    const qint64 i = days.constFirst().day.daysTo(day);
    return i >= 0 && i < days.size() ? &days.at(i) : nullptr;
}

const ResponseBucket *ResponseSeries::bucketOf(QDate day) const
{
    if (!day.isValid())
        return nullptr;
    const QDate start = byMonth ? QDate(day.year(), day.month(), 1) : TrendSeries::weekStart(day);
    const auto it = std::find_if(buckets.cbegin(), buckets.cend(),
        [start](const ResponseBucket &b) { return b.start == start; });
    return it == buckets.cend() ? nullptr : &*it;
}

int CommitmentSeries::decidedBuckets() const
{
    return int(std::count_if(buckets.cbegin(), buckets.cend(),
        [](const CommitmentBucket &b) { return b.decided.settled() > 0; }));
}

const CommitmentBucket *CommitmentSeries::bucketOf(QDate day) const
{
    if (!day.isValid())
        return nullptr;
    const QDate start = byMonth ? QDate(day.year(), day.month(), 1) : TrendSeries::weekStart(day);
    const auto it = std::find_if(buckets.cbegin(), buckets.cend(),
        [start](const CommitmentBucket &b) { return b.start == start; });
    return it == buckets.cend() ? nullptr : &*it;
}

const MilestonePoint *MilestoneSeries::nearest(QDate day) const
{
    const MilestonePoint *best = nullptr;
    qint64 bestDistance = 0;
    for (const MilestonePoint &p : points) {
        const qint64 distance = std::abs(p.day.daysTo(day));
        if (!best || distance < bestDistance
            || (distance == bestDistance && p.reached && !best->reached)) {
            best = &p;
            bestDistance = distance;
        }
    }
    return best;
}

namespace ChartSeries {

    SpaceSeries buildSpace(const SpaceHistory &history, QDate from, QDate to)
    {
        SpaceSeries series;
        series.from = from;
        series.to = to;
        series.spaceStart = history.spaceStart;
        if (!from.isValid() || !to.isValid() || to < from)
            return series;

        QHash<QDate, const DayContacts *> byDay;
        QList<QDate> contactDays;
        if (history.lastContactBefore)
            contactDays << *history.lastContactBefore;
        for (const DayContacts &c : history.contacts) {
            if (c.day < from || c.day > to)
                continue;
            byDay.insert(c.day, &c);
            if (c.mine > 0)
                contactDays << c.day;
        }
        std::sort(contactDays.begin(), contactDays.end());
        // The same rule as the Space section, so that chart and page always agree.
        const QList<SpaceStreak> stretches
            = SpaceRules::streaks(history.spaceStart, contactDays, to);
        qsizetype s = 0;
        series.days.reserve(from.daysTo(to) + 1);
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            SpaceDay point { day, -1, 0, 0 };
            if (history.spaceStart.isValid() && day >= history.spaceStart) {
                while (s < stretches.size() && stretches.at(s).range.isValid()
                    && stretches.at(s).range.last < day)
                    ++s;
                const SpaceStreak *stretch = s < stretches.size() ? &stretches.at(s) : nullptr;
                point.length = stretch && stretch->range.isValid() && stretch->range.first <= day
                    ? int(stretch->range.first.daysTo(day)) + 1
                    : 0;
                series.longest = std::max(series.longest, point.length);
            }
            if (const DayContacts *c = byDay.value(day)) {
                point.mine = c->mine;
                point.theirs = c->theirs;
                series.myContacts += c->mine;
                series.theirContacts += c->theirs;
            }
            series.days << point;
        }

        QHash<QDate, int> urges;
        for (const auto &[week, count] : history.urgesByWeek)
            urges[TrendSeries::weekStart(week)] += count;
        for (QDate week = TrendSeries::weekStart(from); week <= to; week = week.addDays(7)) {
            const int n = urges.value(week);
            series.urgeWeeks << UrgeWeek { week, n };
            series.urges += n;
            series.mostUrgesInAWeek = std::max(series.mostUrgesInAWeek, n);
        }
        return series;
    }

    GoalAdherenceSeries buildGoalAdherence(const QList<GoalInfo> &goals,
        const QList<GoalWeekCount> &checkIns, QDate from, QDate to, std::optional<qint64> goalId)
    {
        GoalAdherenceSeries series;
        series.from = from;
        series.to = to;
        series.goalId = goalId;
        if (!from.isValid() || !to.isValid() || to < from)
            return series;
        QHash<std::pair<qint64, QDate>, int> counts;
        for (const GoalWeekCount &c : checkIns)
            counts[{ c.goalId, TrendSeries::weekStart(c.weekStart) }] += c.count;
        for (QDate week = TrendSeries::weekStart(from); week <= to; week = week.addDays(7)) {
            GoalWeek point { week, 0, 0, 0 };
            for (const GoalInfo &goal : goals) {
                if (goalId && goal.id != *goalId)
                    continue;
                // The days of this week inside the period on which the goal was active.
                QDate first = std::max({ week, from, goal.startDay });
                QDate last = std::min(week.addDays(6), to);
                if (goal.archivedOn.isValid())
                    last = std::min(last, goal.archivedOn.addDays(-1));
                if (!goal.startDay.isValid() || first > last)
                    continue;
                const int activeDays = int(first.daysTo(last)) + 1;
                const int perWeek = std::clamp(goal.timesPerWeek, 1, 7);
                const double planned
                    = perWeek == 7 ? double(activeDays) : perWeek * activeDays / 7.0;
                const int made = counts.value({ goal.id, week });
                point.planned += planned;
                point.done += std::min(double(made), planned);
                point.checkIns += made;
            }
            if (point.planned <= 0)
                continue;
            series.done += point.done;
            series.planned += point.planned;
            series.weeks << point;
        }
        return series;
    }

    ResponseSeries buildResponses(
        const QList<ResponseCount> &counts, QDate from, QDate to, bool byMonth)
    {
        ResponseSeries series;
        series.from = from;
        series.to = to;
        series.byMonth = byMonth;
        if (!from.isValid() || !to.isValid() || to < from)
            return series;
        const auto bucketStart = [byMonth](QDate day) {
            return byMonth ? QDate(day.year(), day.month(), 1) : TrendSeries::weekStart(day);
        };
        QHash<QDate, std::array<int, 5>> byBucket;
        for (const ResponseCount &c : counts) {
            if (c.response < 0 || c.response > int(ContactResponse::SaidNo)
                || !c.bucketStart.isValid())
                continue;
            byBucket[bucketStart(c.bucketStart)][std::size_t(c.response)] += c.count;
        }
        for (QDate start = bucketStart(from); start <= to;
             start = byMonth ? start.addMonths(1) : start.addDays(7)) {
            ResponseBucket bucket { start, byBucket.value(start) };
            series.total += bucket.total();
            series.largest = std::max(series.largest, bucket.total());
            series.buckets << bucket;
        }
        return series;
    }

    CommitmentSeries buildCommitments(
        const QList<DecidedCount> &counts, QDate from, QDate to, bool byMonth)
    {
        CommitmentSeries series;
        series.from = from;
        series.to = to;
        series.byMonth = byMonth;
        if (!from.isValid() || !to.isValid() || to < from)
            return series;
        const auto bucketStart = [byMonth](QDate day) {
            return byMonth ? QDate(day.year(), day.month(), 1) : TrendSeries::weekStart(day);
        };
        QHash<QDate, KeptRatio> byBucket;
        for (const DecidedCount &c : counts) {
            if (!c.bucketStart.isValid())
                continue;
            KeptRatio &r = byBucket[bucketStart(c.bucketStart)];
            r.kept += std::max(0, c.decided.kept);
            r.broken += std::max(0, c.decided.broken);
        }
        for (QDate start = bucketStart(from); start <= to;
             start = byMonth ? start.addMonths(1) : start.addDays(7)) {
            const CommitmentBucket bucket { start, byBucket.value(start) };
            series.total.kept += bucket.decided.kept;
            series.total.broken += bucket.decided.broken;
            series.largest = std::max(series.largest, bucket.decided.settled());
            series.buckets << bucket;
        }
        return series;
    }

    MilestoneSeries buildMilestones(
        const QList<Milestone> &milestones, int minGapDays, QDate from, QDate today)
    {
        MilestoneSeries series;
        series.from = from;
        series.to = today;
        series.minGapDays = minGapDays;
        if (!from.isValid() || !today.isValid() || today < from)
            return series;
        // Pace's own rule (not a copy of it): the later of two reached milestones that came too
        // close together gets the note.
        QHash<qint64, QString> tooClose;
        const auto warnings = PaceRules::check(milestones, minGapDays, false, today);
        for (const PaceWarning &w : warnings)
            if (w.kind == PaceWarning::Kind::TooClose)
                tooClose.insert(w.secondId, w.message);
        for (const Milestone &m : milestones) {
            if (m.plannedOn.isValid() && m.plannedOn >= from)
                series.points << MilestonePoint { m.id, m.title, m.plannedOn, false, false, {} };
            if (m.reachedOn.isValid() && m.reachedOn >= from && m.reachedOn <= today) {
                const auto note = tooClose.constFind(m.id);
                const bool isClose = note != tooClose.cend();
                series.points << MilestonePoint { m.id, m.title, m.reachedOn, true, isClose,
                    isClose ? *note : QString() };
            }
        }
        std::stable_sort(series.points.begin(), series.points.end(),
            [](const MilestonePoint &a, const MilestonePoint &b) { return a.day < b.day; });
        for (const MilestonePoint &p : std::as_const(series.points))
            series.to = std::max(series.to, p.day);
        return series;
    }

    Result<QDate> rangeStart(const ChartStore &store, TrendRange range, QDate today)
    {
        std::optional<QDate> first;
        if (range == TrendRange::All) {
            auto day = store.firstDay();
            if (!day)
                return day.error();
            first = *day;
        }
        return TrendSeries::rangeStart(range, today, first);
    }

    Result<SpaceSeries> space(const ChartStore &store, TrendRange range, QDate today)
    {
        const auto from = rangeStart(store, range, today);
        if (!from)
            return from.error();
        const auto history = store.space(*from, today);
        if (!history)
            return history.error();
        return buildSpace(*history, *from, today);
    }

    Result<GoalAdherenceSeries> goalAdherence(
        const ChartStore &store, TrendRange range, QDate today, std::optional<qint64> goalId)
    {
        const auto from = rangeStart(store, range, today);
        if (!from)
            return from.error();
        const auto goals = store.goals();
        if (!goals)
            return goals.error();
        const auto checkIns = store.checkInsByWeek(*from, today);
        if (!checkIns)
            return checkIns.error();
        return buildGoalAdherence(*goals, *checkIns, *from, today, goalId);
    }

    Result<ResponseSeries> responses(const ChartStore &store, TrendRange range, QDate today)
    {
        const auto from = rangeStart(store, range, today);
        if (!from)
            return from.error();
        const bool byMonth = from->daysTo(today) > WeeklyResponsesUpToDays;
        const auto counts = store.responses(*from, today, byMonth);
        if (!counts)
            return counts.error();
        return buildResponses(*counts, *from, today, byMonth);
    }

    Result<CommitmentSeries> commitments(const ChartStore &store, TrendRange range, QDate today)
    {
        const auto from = rangeStart(store, range, today);
        if (!from)
            return from.error();
        const bool byMonth = from->daysTo(today) > WeeklyCommitmentsUpToDays;
        const auto counts = store.commitmentsDecided(*from, today, byMonth);
        if (!counts)
            return counts.error();
        return buildCommitments(*counts, *from, today, byMonth);
    }

    Result<MilestoneSeries> milestones(const ChartStore &store, TrendRange range, QDate today)
    {
        const auto from = rangeStart(store, range, today);
        if (!from)
            return from.error();
        const auto list = store.datedMilestones();
        if (!list)
            return list.error();
        return buildMilestones(*list, store.minMilestoneGapDays(), *from, today);
    }

} // namespace ChartSeries
} // namespace Rekindle
