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

void ContactResponseChart::reload(TrendRange range, QDate today)
{
    if (!takeSeries(m_data.responses(range, today), m_series))
        return;
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
    QList<QAbstractSeries *> areas;
    std::vector<int> below(std::size_t(m_series.buckets.size()), 0);
    for (const Layer &layer : layers) {
        QList<QPointF> upper;
        QList<QPointF> lower;
        for (qsizetype i = 0; i < m_series.buckets.size(); ++i) {
            const ResponseBucket &b = m_series.buckets.at(i);
            const int base = below[std::size_t(i)];
            const int top = base + b.counts[std::size_t(layer.response)];
            appendBar(upper, lower, double(xOf(b.start)),
                double(xOf(bucketEnd(b.start, m_series.byMonth))), base, top);
            below[std::size_t(i)] = top;
        }
        QAreaSeries *area = areaOf(upper, lower);
        area->setName(Contacts::responseName(layer.response));
        area->setBrush(layer.color);
        QColor edge = layer.color;
        edge.setAlphaF(std::min(1.0f, edge.alphaF() + 0.4f));
        area->setPen(QPen(edge, 1.0));
        areas << area;
        c->addSeries(area);
    }
    c->legend()->setVisible(true);

    QDateTimeAxis *x = addDateAxis(m_series.buckets.constFirst().start,
        bucketEnd(m_series.buckets.constLast().start, m_series.byMonth));
    QValueAxis *y
        = addCountAxis(m_series.largest, 4, m_series.byMonth ? tr("Per month") : tr("Per week"));
    attach(areas, x, y);
    setEmpty(false);
}

QString ContactResponseChart::tooltipAt(qint64 msecs) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msecs).date();
    const ResponseBucket *b = m_series.bucketOf(day);
    if (!b)
        return {};
    QStringList lines { bucketTitle(b->start, m_series.byMonth) };
    const int total = b->total();
    lines << tr("%n contact(s) you made", nullptr, total);
    for (const ContactResponse r : Contacts::responses()) {
        const int n = b->counts[std::size_t(r)];
        if (n > 0)
            lines << tr("%1: %2").arg(Contacts::responseName(r)).arg(n);
    }
    return lines.join(u'\n');
}

ProgressChart::Table ContactResponseChart::table() const
{
    Table t;
    t.columns = { m_series.byMonth ? tr("Month") : tr("Week"), tr("Contacts you made") };
    const auto responses = Contacts::responses();
    for (const ContactResponse r : responses)
        t.columns << Contacts::responseName(r);
    const QLocale locale;
    for (const ResponseBucket &b : std::as_const(m_series.buckets)) {
        QStringList row { bucketTitle(b.start, m_series.byMonth), locale.toString(b.total()) };
        for (const ContactResponse r : responses)
            row << locale.toString(b.counts[std::size_t(r)]);
        t.rows.append(row);
    }
    return t;
}

} // namespace Rekindle
