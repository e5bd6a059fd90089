// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoodChart.h"

#include "models/ProgressSeries.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QKeySequence>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {

MoodChart::MoodChart(const ProgressSeries &source, QWidget *parent)
    : ProgressChart(tr("Mood over time"),
        tr("No moods in this period yet. Check in with %1, or give a journal "
           "entry a mood, and your mood over time will show here.")
            .arg(QKeySequence(u"Ctrl+M"_s).toString(QKeySequence::NativeText)),
        parent)
    , m_data(source)
{
    setObjectName(u"moodChart"_s);
}

void MoodChart::reload(TrendRange range, QDate today)
{
    if (!takeSeries(m_data.mood(range, today), m_series))
        return;
    // Years of days are thousands of dots, several to a pixel: their weeks read better, and
    // draw in a fraction of the time.
    if (m_series.points.size() > MostDays)
        m_series = TrendSeries::byWeek(m_series);
    const bool weekly = m_series.weekly;
    QChart *c = chart();
    const QPalette pal = palette();
    auto *daily = new QScatterSeries;
    daily->setName(weekly ? tr("Weekly mood") : tr("Daily mood"));
    daily->setMarkerSize(m_series.points.size() > MostDays ? 4 : 7);
    QColor dot = pal.color(QPalette::Highlight);
    dot.setAlphaF(0.65f);
    daily->setColor(dot);
    daily->setBorderColor(Qt::transparent);
    auto *average = new QLineSeries;
    average->setName(weekly ? tr("4-week average") : tr("7-day average"));
    QPen pen(pal.color(QPalette::Text));
    pen.setWidthF(2.0);
    average->setPen(pen);
    QList<QPointF> dots;
    QList<QPointF> line;
    dots.reserve(m_series.points.size());
    line.reserve(m_series.points.size());
    for (const MoodPoint &p : std::as_const(m_series.points)) {
        dots << QPointF(double(xOf(p.day)), p.mood);
        line << QPointF(double(xOf(p.day)), p.average);
    }
    daily->replace(dots);
    paintMarkers(daily);
    average->replace(line);
    c->addSeries(daily);
    c->addSeries(average);

    // A week's dot sits on its first day, which may come before the period's first day.
    QDateTimeAxis *x
        = addDayAxis(weekly ? TrendSeries::weekStart(m_series.from) : m_series.from, m_series.to);
    auto *y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(6);
    y->setMinorTickCount(1);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Mood"));
    c->addAxis(y, Qt::AlignLeft);
    attach({ daily, average }, x, y);
    setEmpty(false);
}

QString MoodChart::tooltipAt(qint64 msecs) const
{
    if (m_series.points.isEmpty())
        return {};
    QDate day = QDateTime::fromMSecsSinceEpoch(msecs).date();
    if (m_series.weekly)
        day = TrendSeries::weekStart(day);
    // The nearest day (week) with a value.
    const auto it = std::min_element(m_series.points.cbegin(), m_series.points.cend(),
        [day](const MoodPoint &a, const MoodPoint &b) {
            return std::abs(a.day.daysTo(day)) < std::abs(b.day.daysTo(day));
        });
    const QLocale locale;
    const QString mood = locale.toString(it->mood, 'f', 1);
    const QString average = locale.toString(it->average, 'f', 1);
    if (m_series.weekly)
        return tr("Week of %1\nMood %2 (%n value(s))\n4-week average %3", nullptr, it->count)
            .arg(locale.toString(it->day, QLocale::LongFormat), mood, average);
    return tr("%1\nMood %2 (%n value(s))\n7-day average %3", nullptr, it->count)
        .arg(locale.toString(it->day, QLocale::LongFormat), mood, average);
}

ProgressChart::Table MoodChart::table() const
{
    Table t;
    const QLocale locale;
    if (m_series.weekly) {
        t.columns = { tr("Week"), tr("Mood"), tr("4-week average") };
        for (const MoodPoint &p : std::as_const(m_series.points))
            t.rows.append({ bucketTitle(p.day, false), locale.toString(p.mood, 'f', 1),
                locale.toString(p.average, 'f', 1) });
        return t;
    }
    t.columns = { tr("Day"), tr("Mood"), tr("7-day average") };
    for (const MoodPoint &p : std::as_const(m_series.points))
        t.rows.append({ locale.toString(p.day, QLocale::ShortFormat),
            locale.toString(p.mood, 'f', 1), locale.toString(p.average, 'f', 1) });
    return t;
}

} // namespace Rekindle
