// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitmentsChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {

CommitmentsChart::CommitmentsChart(const ProgressSeries &source, QWidget *parent)
    : ProgressChart(tr("Commitments kept"),
        tr("No commitment was kept or broken in this period. When you mark a "
           "promise from step 4 as kept or broken, the share kept shows here."),
        parent)
    , m_data(source)
{
    setObjectName(u"commitmentsChart"_s);
}

void CommitmentsChart::reload(TrendRange range, QDate today)
{
    if (!takeSeries(m_data.commitments(range, today), m_series))
        return;
    QChart *c = chart();
    const QPalette pal = palette();
    const QColor accent = isDark() ? pal.color(QPalette::Link) : pal.color(QPalette::Highlight);

    // Light bars: how many commitments were decided in each bucket.
    QList<QPointF> upper;
    QList<QPointF> lower;
    for (const CommitmentBucket &b : std::as_const(m_series.buckets))
        appendBar(upper, lower, double(xOf(b.start)),
            double(xOf(bucketEnd(b.start, m_series.byMonth))), 0, b.decided.settled());
    QAreaSeries *bars = areaOf(upper, lower);
    bars->setName(tr("Decided"));
    QColor barColor = pal.color(QPalette::Text);
    barColor.setAlphaF(isDark() ? 0.22f : 0.12f);
    bars->setBrush(barColor);
    bars->setPen(Qt::NoPen);
    c->addSeries(bars);

    // The kept ratio: one line per run of buckets with a decision (a gap, not a zero, where
    // nothing was decided); points shown so that a lone bucket is visible too.
    QList<QAbstractSeries *> runs;
    QList<QPointF> points;
    const auto flush = [&] {
        if (points.isEmpty())
            return;
        auto *line = new QLineSeries;
        line->replace(points);
        QPen pen(accent);
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setName(tr("Kept"));
        runs << line;
        points.clear();
    };
    for (const CommitmentBucket &b : std::as_const(m_series.buckets)) {
        const auto ratio = b.decided.ratio();
        if (!ratio) {
            flush();
            continue;
        }
        const qint64 mid = (xOf(b.start) + xOf(bucketEnd(b.start, m_series.byMonth))) / 2;
        points << QPointF(double(mid), 100.0 * *ratio);
    }
    flush();
    for (QAbstractSeries *line : std::as_const(runs))
        c->addSeries(line);
    c->legend()->setVisible(true);
    // One legend entry for the ratio, however many runs it has.
    const auto markers = c->legend()->markers();
    bool ratioShown = false;
    for (QLegendMarker *marker : markers) {
        if (marker->series() == bars)
            continue;
        marker->setVisible(!ratioShown);
        ratioShown = true;
    }

    QDateTimeAxis *x = addDateAxis(m_series.buckets.constFirst().start,
        bucketEnd(m_series.buckets.constLast().start, m_series.byMonth));
    QValueAxis *y = addPercentAxis(tr("Kept"));
    QValueAxis *count = addCountAxis(m_series.largest, 4,
        m_series.byMonth ? tr("Decided per month") : tr("Decided per week"), Qt::AlignRight);
    attach({ bars }, x, count);
    attach(runs, x, y);
    setEmpty(false);
}

QString CommitmentsChart::tooltipAt(qint64 msecs) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msecs).date();
    const CommitmentBucket *b = m_series.bucketOf(day);
    if (!b)
        return {};
    const QLocale locale;
    QStringList lines { bucketTitle(b->start, m_series.byMonth) };
    if (const auto ratio = b->decided.ratio()) {
        lines << tr("%1% kept").arg(locale.toString(100.0 * *ratio, 'f', 0));
        lines << tr("%n kept", nullptr, b->decided.kept);
        lines << tr("%n broken", nullptr, b->decided.broken);
    } else {
        lines << tr("No commitment was decided");
    }
    return lines.join(u'\n');
}

ProgressChart::Table CommitmentsChart::table() const
{
    Table t;
    t.columns
        = { m_series.byMonth ? tr("Month") : tr("Week"), tr("Kept (%)"), tr("Kept"), tr("Broken") };
    const QLocale locale;
    for (const CommitmentBucket &b : std::as_const(m_series.buckets)) {
        const auto ratio = b.decided.ratio();
        if (!ratio)
            continue;
        t.rows.append(
            { bucketTitle(b.start, m_series.byMonth), locale.toString(100.0 * *ratio, 'f', 0),
                locale.toString(b.decided.kept), locale.toString(b.decided.broken) });
    }
    return t;
}

} // namespace Rekindle
