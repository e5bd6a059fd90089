// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChart.h"
#include "models/ProgressSeries.h"

namespace Rekindle {

/// Days of space: the length of the current stretch on each day (climbing one a day, back to
/// 0 on a day I reached out, as the Space section counts it), my contacts and theirs marked on
/// the line, and urges resisted per week as light bars.
class SpaceChart final : public ProgressChart {
    Q_OBJECT

public:
    explicit SpaceChart(const ProgressSeries &source, QWidget *parent = nullptr);

    void reload(TrendRange range, QDate today) override;
    int pointCount() const override;
    QString tooltipAt(qint64 msecs) const override;
    Table table() const override;
    const SpaceSeries &series() const { return m_series; }

private:
    const ProgressSeries &m_data;
    SpaceSeries m_series;
};

} // namespace Rekindle
