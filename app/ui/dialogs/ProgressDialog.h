// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ProgressSeries.h"

#include <QDialog>

class QComboBox;
class QVBoxLayout;

namespace Rekindle {

class Journal;
class ProgressChart;
class StepProgressModel;

/// Progress at a glance: how far along each of the five steps is (with how that is worked out),
/// then charts (mood, writing, space, goals, contacts) over a chosen period. Each chart is one
/// ProgressChart subclass, added in createCharts(). The charts read their data when the dialog
/// is first shown (or its period is set), so that opening it over another period reads once.
class ProgressDialog final : public QDialog {
    Q_OBJECT

public:
    ProgressDialog(Journal &journal, StepProgressModel *progress, QWidget *parent = nullptr);

    QList<ProgressChart *> charts() const { return m_charts; }
    TrendRange range() const;
    void setRange(TrendRange range);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createCharts();
    void addChart(ProgressChart *chart);
    void reload();

    QWidget *createHelp(const StepProgressModel *progress);

    ProgressSeries m_series;
    QComboBox *m_range;
    QVBoxLayout *m_chartLayout;
    QList<ProgressChart *> m_charts;
    bool m_loaded = false;
};

} // namespace Rekindle
