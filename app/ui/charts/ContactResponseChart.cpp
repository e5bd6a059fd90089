// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactResponseChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {

ContactResponseChart::ContactResponseChart(const ProgressSeries &source, QWidget *parent)
    : ProgressChart(tr("My contacts and their responses"),
        tr("No contacts you made in this period. When you log one, and how they "
           "responded, it shows here. Giving space is progress too."),
        parent)
    , m_data(source)
{
    setObjectName(u"contactResponseChart"_s);
}

QDate ContactResponseChart::bucketEnd(QDate start) const
{
    return m_series.byMonth ? start.addMonths(1) : start.addDays(7);
}

void ContactResponseChart::reload(TrendRange range, QDate today)
{
    auto series = m_data.responses(range, today);
    m_series = series ? std::move(series).value() : ResponseSeries {};
    clearChart();
    if (!series) {
        setReadError(series.error().message);
        return;
    }
    if (m_series.isEmpty()) {
        setEmpty(true);
        return;
    }
    QChart *c = chart();
    const QPalette pal = palette();
    QColor neutral = pal.color(QPalette::Text);
    neutral.setAlphaF(0.45f);
    QColor none = pal.color(QPalette::Text);
    none.setAlphaF(isDark() ? 0.28f : 0.15f);
    struct Layer {
        ContactResponse response;
        QColor color;
    };
    // Bottom to top: the answered ones first, "no reply yet" on top.
    const Layer layers[] = {
        { ContactResponse::Warm, toneColor(30) },
        { ContactResponse::Neutral, neutral },
        { ContactResponse::Cold, toneColor(205) },
        { ContactResponse::SaidNo, toneColor(265) },
        { ContactResponse::NoReplyYet, none },
    };
    QList<QAreaSeries *> areas;
    std::vector<int> below(std::size_t(m_series.buckets.size()), 0);
    for (const Layer &layer : layers) {
        QList<QPointF> upper;
        QList<QPointF> lower;
        for (qsizetype i = 0; i < m_series.buckets.size(); ++i) {
            const ResponseBucket &b = m_series.buckets.at(i);
            const double start = double(xOf(b.start));
            const double end = double(xOf(bucketEnd(b.start)));
            const double right = end - (end - start) * 0.15; // a small gap between bars
            const int base = below[std::size_t(i)];
            const int top = base + b.counts[std::size_t(layer.response)];
            upper << QPointF(start, base) << QPointF(start, top) << QPointF(right, top)
                  << QPointF(right, base);
            lower << QPointF(start, base) << QPointF(right, base);
            below[std::size_t(i)] = top;
        }
        auto *up = new QLineSeries;
        up->replace(upper);
        auto *low = new QLineSeries;
        low->replace(lower);
        auto *area = new QAreaSeries(up, low);
        area->setName(Contacts::responseName(layer.response));
        area->setBrush(layer.color);
        QColor edge = layer.color;
        edge.setAlphaF(std::min(1.0f, edge.alphaF() + 0.4f));
        area->setPen(QPen(edge, 1.0));
        areas << area;
        c->addSeries(area);
    }
    c->legend()->setVisible(true);

    const QDate first = m_series.buckets.constFirst().start;
    const QDate end = bucketEnd(m_series.buckets.constLast().start);
    auto *x = new QDateTimeAxis;
    x->setFormat(axisFormat(first, end));
    x->setRange(QDateTime(first, QTime(12, 0)), QDateTime(end, QTime(12, 0)));
    x->setTickCount(axisTickCount(first, end));
    auto *y = new QValueAxis;
    y->setRange(0, std::max(4, m_series.largest + 1));
    y->setLabelFormat(u"%.0f"_s);
    y->applyNiceNumbers();
    y->setTitleText(m_series.byMonth ? tr("Per month") : tr("Per week"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAreaSeries *area : std::as_const(areas)) {
        area->attachAxis(x);
        area->attachAxis(y);
        connect(area, &QAreaSeries::hovered, this, &ContactResponseChart::showTooltip);
    }
    setEmpty(false);
}

QString ContactResponseChart::tooltipAt(qint64 msecs) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msecs).date();
    const ResponseBucket *b = m_series.bucketOf(day);
    if (!b)
        return {};
    const QLocale locale;
    QStringList lines;
    lines << (m_series.byMonth
            ? locale.toString(b->start, u"MMMM yyyy"_s)
            : tr("Week of %1").arg(locale.toString(b->start, QLocale::LongFormat)));
    const int total = b->total();
    lines << tr("%n contact(s) you made", nullptr, total);
    for (const ContactResponse r : Contacts::responses()) {
        const int n = b->counts[std::size_t(r)];
        if (n > 0)
            lines << tr("%1: %2").arg(Contacts::responseName(r)).arg(n);
    }
    return lines.join(u'\n');
}

} // namespace Rekindle
