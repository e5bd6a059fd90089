// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ProgressSeries.h"

#include <QDialog>

class QComboBox;
class QScrollArea;
class QVBoxLayout;

namespace Rekindle {

class Journal;
class ProgressChart;
class StepProgressModel;

/// Progress at a glance: how far along each of the five steps is (with how that is worked out),
/// then charts (mood, writing, space, goals, contacts) over a chosen period. Each chart is one
/// ProgressChart subclass, added in createCharts(). The charts read their data when the dialog
/// is first shown (or its period is set), so that opening it over another period reads once,
/// and then only those in view: the others read theirs as they scroll into view (or when
/// their table is shown or they are exported).
class ProgressDialog final : public QDialog {
    Q_OBJECT

public:
    ProgressDialog(Journal &journal, StepProgressModel *progress, QWidget *parent = nullptr);

    QList<ProgressChart *> charts() const { return m_charts; }
    TrendRange range() const;
    void setRange(TrendRange range);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createCharts();
    void addChart(ProgressChart *chart);
    /// Sets every chart's period and loads the charts in view.
    void reload();
    /// Sets every chart's period; the charts read it when they come into view.
    void setPeriods();
    /// Loads the charts that are at least partly in the scroll area's view.
    void loadVisibleCharts();
    /// loadVisibleCharts() once the events queued now are handled: a layout moves and resizes
    /// the charts one by one, each first at the top, and would load charts that end up out of
    /// view.
    void queueLoad();

    QWidget *createHelp(const StepProgressModel *progress);

    ProgressSeries m_series;
    QComboBox *m_range;
    QVBoxLayout *m_chartLayout;
    QScrollArea *m_scroll = nullptr;
    QList<ProgressChart *> m_charts;
    bool m_loaded = false;
    bool m_loadQueued = false;
};

} // namespace Rekindle
