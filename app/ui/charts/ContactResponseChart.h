// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChart.h"
#include "models/ProgressSeries.h"

namespace Rekindle {

/// Contacts I made, per week (short periods) or month, stacked by the response they got: warm,
/// neutral, cold or no reply yet.
class ContactResponseChart final : public ProgressChart {
    Q_OBJECT

public:
    explicit ContactResponseChart(const ProgressSeries &source, QWidget *parent = nullptr);

    void reload(TrendRange range, QDate today) override;
    int pointCount() const override
    {
        return m_series.isEmpty() ? 0 : int(m_series.buckets.size());
    }
    QString tooltipAt(qint64 msecs) const override;
    Table table() const override;
    const ResponseSeries &series() const { return m_series; }

private:
    const ProgressSeries &m_data;
    ResponseSeries m_series;
};

} // namespace Rekindle
