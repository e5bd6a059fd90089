// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChart.h"

namespace Rekindle {

class ProgressSeries;

/// Journal writing activity: entries written per week, quiet weeks included.
class WritingActivityChart final : public ProgressChart {
    Q_OBJECT

public:
    explicit WritingActivityChart(const ProgressSeries &source, QWidget *parent = nullptr);

    void reload(TrendRange range, QDate today) override;
    int pointCount() const override { return m_series.isEmpty() ? 0 : int(m_series.weeks.size()); }
    QString tooltipAt(qint64 msecs) const override;
    Table table() const override;
    const WritingSeries &series() const { return m_series; }

private:
    const ProgressSeries &m_data;
    WritingSeries m_series;
};

} // namespace Rekindle
