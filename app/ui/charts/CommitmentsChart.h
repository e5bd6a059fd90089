// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChart.h"
#include "models/ProgressSeries.h"

namespace Rekindle {

/// The share of commitments kept of those decided, per week (short periods) or month, as a
/// line, over light bars of how many were decided. Periods with no decision are gaps.
class CommitmentsChart final : public ProgressChart {
    Q_OBJECT

public:
    explicit CommitmentsChart(const ProgressSeries &source, QWidget *parent = nullptr);

    void reload(TrendRange range, QDate today) override;
    int pointCount() const override { return m_series.isEmpty() ? 0 : m_series.decidedBuckets(); }
    QString tooltipAt(qint64 msecs) const override;
    Table table() const override;
    const CommitmentSeries &series() const { return m_series; }

private:
    const ProgressSeries &m_data;
    CommitmentSeries m_series;
};

} // namespace Rekindle
