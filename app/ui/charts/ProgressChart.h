// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "models/TrendSeries.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QScatterSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QValueAxis;

namespace Rekindle {

/// One chart of the Progress dialog, as a card: a title, the chart (or a friendly note when
/// there is nothing to show yet), a button to export it as a PNG image, and a toggle that
/// shows the same data as a table, which keyboard and screen-reader users can read row by row.
///
/// A new chart (space, goals, contacts, ...) is one subclass that implements reload() with a
/// series builder from the models layer, table() over the same series, and one line in
/// ProgressDialog::createCharts(). The axis, bar and tooltip helpers below keep every chart
/// drawn alike.
class ProgressChart : public QWidget {
    Q_OBJECT

public:
    ProgressChart(const QString &title, const QString &emptyText, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    /// Rebuilds the chart for `range` ending `today`, now.
    virtual void reload(TrendRange range, QDate today) = 0;
    /// Sets the period to show without reading it yet: load() does, when the chart is needed
    /// (the Progress dialog loads the charts that scroll into view, so that opening it over
    /// years of writing reads only what shows). Showing the table or exporting loads it too.
    void setPeriod(TrendRange range, QDate today);
    /// Reads and draws the period that setPeriod() set, unless that is done already.
    void load();
    /// False while a period set is not read yet.
    bool isLoaded() const { return !m_pending; }
    /// True when the period holds nothing to chart (the empty note is shown instead), also
    /// when its data could not be read.
    bool isEmpty() const;
    /// What went wrong reading the chart's data at the last reload; empty when nothing did.
    QString readError() const { return m_readError; }
    /// How many data points the chart shows (0 when empty).
    virtual int pointCount() const = 0;
    /// The tooltip text for the data point nearest to `x` (ms since the epoch) on the chart.
    virtual QString tooltipAt(qint64 msecs) const = 0;
    /// The chart's data as rows of text, one row per data point, with column titles.
    struct Table {
        QStringList columns;
        QList<QStringList> rows;
    };
    /// The data the chart shows now, for the table alternative.
    virtual Table table() const = 0;
    /// Shows the table in place of the chart (or the chart again).
    void setTableShown(bool shown);
    bool isTableShown() const;
    QTableView *tableView() const { return m_table; }
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
    /// The date axis from midday of `first` to midday of `end` (buckets that start on a day),
    /// added at the bottom.
    QDateTimeAxis *addDateAxis(QDate first, QDate end);
    /// The date axis over the whole days from `first` to `last` (points on days).
    QDateTimeAxis *addDayAxis(QDate first, QDate last);
    /// A count axis from 0 to at least `atLeast` (room above `largest`), titled `title`.
    QValueAxis *addCountAxis(
        int largest, int atLeast, const QString &title, Qt::Alignment side = Qt::AlignLeft);
    /// A 0–100 % axis on the left, titled `title`.
    QValueAxis *addPercentAxis(const QString &title);
    /// Attaches `series` to `x` and `y` and shows each one's tooltips on hover.
    void attach(const QList<QAbstractSeries *> &series, QAbstractAxis *x, QAbstractAxis *y);
    /// Appends one bar, from `start` to most of the way to `end` (a small gap before the next),
    /// between `base` and `top`, to the outline of an area series.
    static void appendBar(QList<QPointF> &upper, QList<QPointF> &lower, double start, double end,
        double base, double top);
    /// Appends a flat step for the week beginning `monday` at height `value`.
    static void appendWeek(QList<QPointF> &points, QDate monday, double value);
    /// An area under `upper` (above `lower`, or above 0 when `lower` is empty).
    static QAreaSeries *areaOf(const QList<QPointF> &upper, const QList<QPointF> &lower = {});
    /// Draws the markers of `series` (its shape, size and colours set) as one painted image
    /// when it has many points: a scatter series otherwise makes a graphics item per point,
    /// and years of daily points took a second to build. Call after its points are set.
    void paintMarkers(QScatterSeries *series) const;
    /// Takes the series a reload just read into `into`, clearing the chart: shows the read
    /// error or the empty note and returns false, or returns true when there is data to draw.
    template<typename Series> bool takeSeries(Result<Series> read, Series &into)
    {
        if (!read) {
            into = Series {};
            clearChart();
            setReadError(read.error().message);
            return false;
        }
        into = std::move(read).value();
        clearChart();
        if (into.isEmpty()) {
            setEmpty(true);
            return false;
        }
        return true;
    }
    /// The day after a week's or a month's bucket beginning `start`.
    static QDate bucketEnd(QDate start, bool byMonth);
    /// "Week of <date>" or "<month year>", for a bucket beginning `start`.
    static QString bucketTitle(QDate start, bool byMonth);
    /// A colour of `hue` (0–359) that reads well on the current palette's base, light or dark.
    QColor toneColor(int hue, double alpha = 1.0) const;
    /// True when the palette's base is dark.
    bool isDark() const;

private:
    QDateTimeAxis *addTimeAxis(const QDateTime &from, const QDateTime &to);
    void askToExport();
    /// Fills the table from table() when it is shown (kept empty otherwise: a long period
    /// has thousands of rows, and most people never open it).
    void refreshTable();
    void showCurrentPage();

    QString m_title;
    QString m_emptyText;
    QString m_readError;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    QTableView *m_table;
    QStandardItemModel *m_tableModel;
    QPushButton *m_tableToggle;
    QPushButton *m_export;
    QHBoxLayout *m_header;
    bool m_hasData = false;
    bool m_pending = false;
    TrendRange m_range {};
    QDate m_today;
};

} // namespace Rekindle
