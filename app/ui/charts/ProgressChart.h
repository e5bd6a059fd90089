// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/TrendSeries.h"

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Rekindle {

/// One chart of the Progress dialog, as a card: a title, the chart (or a friendly note when
/// there is nothing to show yet) and a button to export it as a PNG image.
///
/// A new chart (space, goals, contacts, ...) is one subclass that implements reload() with a
/// series builder from the models layer, and one line in ProgressDialog::createCharts().
class ProgressChart : public QWidget {
    Q_OBJECT

public:
    ProgressChart(const QString &title, const QString &emptyText, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    /// Rebuilds the chart for `range` ending `today`.
    virtual void reload(TrendRange range, QDate today) = 0;
    /// True when the period holds nothing to chart (the empty note is shown instead), also
    /// when its data could not be read.
    bool isEmpty() const;
    /// What went wrong reading the chart's data at the last reload; empty when nothing did.
    QString readError() const { return m_readError; }
    /// How many data points the chart shows (0 when empty).
    virtual int pointCount() const = 0;
    /// The tooltip text for the data point nearest to `x` (ms since the epoch) on the chart.
    virtual QString tooltipAt(qint64 msecs) const = 0;
    /// Writes the chart as a PNG image; false with `error` set when it could not.
    bool exportPng(const QString &filePath, QString *error = nullptr);
    QChartView *view() const { return m_view; }
    QChart *chart() const;

Q_SIGNALS:
    void exported(const QString &filePath);

protected:
    /// Shows the chart, or the empty note, and restyles the chart for the palette.
    void setEmpty(bool empty);
    /// Shows, in place of the chart, that its data could not be read and why (never "nothing
    /// yet", which would be untrue).
    void setReadError(const QString &message);
    /// Dates on the x axis: midday of the day, so that bars and points sit on their day.
    static qint64 xOf(QDate day);
    /// A date format for axis labels that suits a period from `from` to `to`.
    static QString axisFormat(QDate from, QDate to);
    /// How many labels the date axis of that period gets.
    static int axisTickCount(QDate from, QDate to);
    /// Styles the chart, axes and legend from the widget's palette (light or dark).
    void applyPalette();
    void changeEvent(QEvent *event) override;
    /// Shows the tooltip of the point nearest `value` at the mouse pointer.
    void showTooltip(const QPointF &value, bool hovering);
    /// Removes every series and axis (before a reload builds them again).
    void clearChart();
    /// Puts `widget` (e.g. a selector) in the card's header, before the export button.
    void addHeaderWidget(QWidget *widget);
    /// A colour of `hue` (0–359) that reads well on the current palette's base, light or dark.
    QColor toneColor(int hue, double alpha = 1.0) const;
    /// True when the palette's base is dark.
    bool isDark() const;

private:
    void askToExport();

    QString m_title;
    QString m_emptyText;
    QString m_readError;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    QPushButton *m_export;
    QHBoxLayout *m_header;
};

} // namespace Rekindle
