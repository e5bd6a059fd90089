// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChart.h"
#include "models/ProgressSeries.h"

namespace Rekindle {

/// Step 5's milestones on a timeline: planned days as hollow points, reached days as filled
/// ones, and reached milestones that came sooner than the chosen gap after the one before in a
/// colour of their own (PaceRules).
class MilestoneChart final : public ProgressChart {
    Q_OBJECT

public:
    explicit MilestoneChart(const ProgressSeries &source, QWidget *parent = nullptr);

    void reload(TrendRange range, QDate today) override;
    int pointCount() const override { return int(m_series.points.size()); }
    QString tooltipAt(qint64 msecs) const override;
    Table table() const override;
    const MilestoneSeries &series() const { return m_series; }

private:
    const ProgressSeries &m_data;
    MilestoneSeries m_series;
};

} // namespace Rekindle
