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
    if (!takeSeries(m_data.writing(range, today), m_series))
        return;
    QChart *c = chart();
    const QPalette pal = palette();
    // A step outline: each week is a flat top from its Monday to the next.
    QList<QPointF> points;
    points.reserve(m_series.weeks.size() * 2);
    for (const WeekPoint &w : std::as_const(m_series.weeks))
        appendWeek(points, w.weekStart, w.entries);
    QAreaSeries *area = areaOf(points);
    area->setName(tr("Entries per week"));
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlphaF(0.55f);
    area->setBrush(fill);
    QPen pen(pal.color(QPalette::Highlight));
    pen.setWidthF(1.5);
    area->setPen(pen);
    c->addSeries(area);
    c->legend()->setVisible(false);

    QDateTimeAxis *x = addDateAxis(
        m_series.weeks.constFirst().weekStart, m_series.weeks.constLast().weekStart.addDays(7));
    attach({ area }, x, addCountAxis(m_series.busiestWeek, 4, tr("Entries")));
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

ProgressChart::Table WritingActivityChart::table() const
{
    Table t;
    t.columns = { tr("Week"), tr("Entries") };
    const QLocale locale;
    for (const WeekPoint &w : std::as_const(m_series.weeks))
        t.rows.append({ bucketTitle(w.weekStart, false), locale.toString(w.entries) });
    return t;
}

} // namespace Rekindle
