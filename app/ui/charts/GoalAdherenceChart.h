// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChart.h"
#include "models/ProgressSeries.h"

class QComboBox;

namespace Rekindle {

/// Goal adherence per week: check-ins done of check-ins planned across the goals active that
/// week, as a percentage; a selector narrows it to one goal.
class GoalAdherenceChart final : public ProgressChart {
    Q_OBJECT

public:
    explicit GoalAdherenceChart(const ProgressSeries &source, QWidget *parent = nullptr);

    void reload(TrendRange range, QDate today) override;
    int pointCount() const override { return int(m_series.weeks.size()); }
    QString tooltipAt(qint64 msecs) const override;
    Table table() const override;
    const GoalAdherenceSeries &series() const { return m_series; }
    /// Shows one goal (or all with nothing).
    void setGoal(std::optional<qint64> goalId);

private:
    void fillGoals();
    void rebuild();

    const ProgressSeries &m_data;
    QComboBox *m_goal;
    TrendRange m_range = TrendRange::Days90;
    QDate m_today;
    GoalAdherenceSeries m_series;
};

} // namespace Rekindle
