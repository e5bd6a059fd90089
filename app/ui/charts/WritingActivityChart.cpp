// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WritingActivityChart.h"

#include "models/ProgressSeries.h"

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

WritingActivityChart::WritingActivityChart(const ProgressSeries &source, QWidget *parent)
    : ProgressChart(tr("Journal writing per week"),
        tr("Nothing written in this period yet. Each entry you write shows here, "
           "week by week."),
        parent)
    , m_data(source)
{
    setObjectName(u"writingChart"_s);
}

void WritingActivityChart::reload(TrendRange range, QDate today)
{
    auto series = m_data.writing(range, today);
    m_series = series ? std::move(series).value() : WritingSeries {};
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    if (!series) {
        setReadError(series.error().message);
        return;
    }
    if (m_series.isEmpty()) {
        setEmpty(true);
        return;
    }
    const QPalette pal = palette();
    // A step outline: each week is a flat top from its Monday to the next.
    auto *upper = new QLineSeries;
    QList<QPointF> points;
    points.reserve(m_series.weeks.size() * 2);
    for (const WeekPoint &w : std::as_const(m_series.weeks)) {
        points << QPointF(double(xOf(w.weekStart)), w.entries)
               << QPointF(double(xOf(w.weekStart.addDays(7))), w.entries);
    }
    upper->replace(points);
    auto *area = new QAreaSeries(upper);
    area->setName(tr("Entries per week"));
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlphaF(0.55f);
    area->setBrush(fill);
    QPen pen(pal.color(QPalette::Highlight));
    pen.setWidthF(1.5);
    area->setPen(pen);
    c->addSeries(area);
    c->legend()->setVisible(false);

    const QDate first = m_series.weeks.constFirst().weekStart;
    const QDate end = m_series.weeks.constLast().weekStart.addDays(7);
    auto *x = new QDateTimeAxis;
    x->setFormat(axisFormat(first, end));
    x->setRange(QDateTime(first, QTime(12, 0)), QDateTime(end, QTime(12, 0)));
    x->setTickCount(axisTickCount(first, end));
    auto *y = new QValueAxis;
    y->setRange(0, std::max(4, m_series.busiestWeek + 1));
    y->setLabelFormat(u"%.0f"_s);
    y->applyNiceNumbers();
    y->setTitleText(tr("Entries"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    connect(area, &QAreaSeries::hovered, this, &WritingActivityChart::showTooltip);
    setEmpty(false);
}

QString WritingActivityChart::tooltipAt(qint64 msecs) const
{
    if (m_series.weeks.isEmpty())
        return {};
    const QDate day = QDateTime::fromMSecsSinceEpoch(msecs).date();
    const QDate monday = TrendSeries::weekStart(day);
    const auto it = std::find_if(m_series.weeks.cbegin(), m_series.weeks.cend(),
        [monday](const WeekPoint &w) { return w.weekStart == monday; });
    if (it == m_series.weeks.cend())
        return {};
    return tr("Week of %1: %n entries", nullptr, it->entries)
        .arg(QLocale().toString(it->weekStart, QLocale::LongFormat));
}

} // namespace Rekindle
