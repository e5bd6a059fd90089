// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "models/ChartSeries.h"
#include "models/TrendSeries.h"

#include <memory>
#include <optional>

namespace Rekindle {

class Journal;

/// The series every chart of the Progress dialog draws, read from one journal: the charts ask
/// it for their data and never hold a store. Each read can fail; the error is the value's.
class ProgressSeries final {
public:
    explicit ProgressSeries(const Journal &journal);
    ~ProgressSeries();

    const Clock &clock() const;

    Result<MoodSeries> mood(TrendRange range, QDate today) const;
    Result<WritingSeries> writing(TrendRange range, QDate today) const;
    Result<SpaceSeries> space(TrendRange range, QDate today) const;
    /// Every goal, active or archived, in the order they were made (for choosing one).
    Result<QList<GoalInfo>> goals() const;
    /// `goalId` limits the series to one goal; nothing means all goals together.
    Result<GoalAdherenceSeries> goalAdherence(
        TrendRange range, QDate today, std::optional<qint64> goalId = std::nullopt) const;
    Result<ResponseSeries> responses(TrendRange range, QDate today) const;
    Result<CommitmentSeries> commitments(TrendRange range, QDate today) const;
    Result<MilestoneSeries> milestones(TrendRange range, QDate today) const;

private:
    const Journal &m_journal;
    std::unique_ptr<ChartStore> m_charts;
};

} // namespace Rekindle
