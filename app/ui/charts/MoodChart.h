// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChart.h"

#include <QHash>

namespace Rekindle {

class ProgressSeries;

/// Mood over time: each day's mood (from check-ins and entries) as dots, and the 7-day average
/// as a line. A period of more days than a chart can show apart is drawn week by week: each
/// week's mood, and the 4-week average.
class MoodChart final : public ProgressChart {
    Q_OBJECT

public:
    explicit MoodChart(const ProgressSeries &source, QWidget *parent = nullptr);

    void reload(TrendRange range, QDate today) override;
    int pointCount() const override { return int(m_series.points.size()); }
    QString tooltipAt(qint64 msecs) const override;
    Table table() const override;
    const MoodSeries &series() const { return m_series; }

    /// More days with a mood than this are drawn week by week.
    static constexpr int MostDays = 400;

private:
    const ProgressSeries &m_data;
    MoodSeries m_series;
};

} // namespace Rekindle
