// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressSeries.h"

#include "storage/Journal.h"

namespace Rekindle {

ProgressSeries::ProgressSeries(const Journal &journal)
    : m_journal(journal)
    , m_charts(std::make_unique<ChartStore>(journal))
{
}

ProgressSeries::~ProgressSeries() = default;

const Clock &ProgressSeries::clock() const
{
    return m_journal.clock();
}

Result<MoodSeries> ProgressSeries::mood(TrendRange range, QDate today) const
{
    return TrendSeries::mood(m_journal.trends(), range, today);
}

Result<WritingSeries> ProgressSeries::writing(TrendRange range, QDate today) const
{
    return TrendSeries::writing(m_journal.trends(), range, today);
}

Result<SpaceSeries> ProgressSeries::space(TrendRange range, QDate today) const
{
    return ChartSeries::space(*m_charts, range, today);
}

Result<QList<GoalInfo>> ProgressSeries::goals() const
{
    return m_charts->goals();
}

Result<GoalAdherenceSeries> ProgressSeries::goalAdherence(
    TrendRange range, QDate today, std::optional<qint64> goalId) const
{
    return ChartSeries::goalAdherence(*m_charts, range, today, goalId);
}

Result<ResponseSeries> ProgressSeries::responses(TrendRange range, QDate today) const
{
    return ChartSeries::responses(*m_charts, range, today);
}

Result<CommitmentSeries> ProgressSeries::commitments(TrendRange range, QDate today) const
{
    return ChartSeries::commitments(*m_charts, range, today);
}

Result<MilestoneSeries> ProgressSeries::milestones(TrendRange range, QDate today) const
{
    return ChartSeries::milestones(*m_charts, range, today);
}

} // namespace Rekindle
