// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpaceChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {

SpaceChart::SpaceChart(const ProgressSeries &source, QWidget *parent)
    : ProgressChart(tr("Days of space"),
        tr("Nothing about space in this period yet. Once you note when space began "
           "(step 1, Space), each day you give it shows here, with any contacts and "
           "the urges you resisted."),
        parent)
    , m_data(source)
{
    setObjectName(u"spaceChart"_s);
}

int SpaceChart::pointCount() const
{
    return m_series.isEmpty() ? 0 : int(m_series.days.size());
}

void SpaceChart::reload(TrendRange range, QDate today)
{
    if (!takeSeries(m_data.space(range, today), m_series))
        return;
    QChart *c = chart();
    const QPalette pal = palette();

    // Urges per week: light bars on their own axis, drawn first so they sit behind.
    QAreaSeries *urges = nullptr;
    if (m_series.urges > 0) {
        QList<QPointF> points;
        points.reserve(m_series.urgeWeeks.size() * 2);
        for (const UrgeWeek &w : std::as_const(m_series.urgeWeeks))
            appendWeek(points, w.weekStart, w.urges);
        urges = areaOf(points);
        urges->setName(tr("Urges resisted per week"));
        // Neutral and light, so that the stretch and the contacts stay in front.
        QColor fill = pal.color(QPalette::Text);
        fill.setAlphaF(isDark() ? 0.22f : 0.14f);
        urges->setBrush(fill);
        QColor edge = pal.color(QPalette::Text);
        edge.setAlphaF(0.35f);
        urges->setPen(QPen(edge, 1.0));
        c->addSeries(urges);
    }

    // The stretch: only its corners, so ten years stay light to draw.
    auto *line = new QLineSeries;
    line->setName(tr("Days of space in a row"));
    const QColor accent = isDark() ? pal.color(QPalette::Link) : pal.color(QPalette::Highlight);
    QPen pen(accent);
    pen.setWidthF(2.0);
    line->setPen(pen);
    QList<QPointF> corners;
    const auto &days = m_series.days;
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (days.at(i).length < 0)
            continue;
        const bool first = i == 0 || days.at(i - 1).length < 0;
        const bool last = i + 1 == days.size();
        const bool bendBefore = !first && days.at(i).length != days.at(i - 1).length + 1;
        const bool bendAfter = !last && days.at(i + 1).length != days.at(i).length + 1;
        if (first || last || bendBefore || bendAfter)
            corners << QPointF(double(xOf(days.at(i).day)), days.at(i).length);
    }
    line->replace(corners);
    c->addSeries(line);

    auto *mine = new QScatterSeries;
    mine->setName(tr("I reached out"));
    mine->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    // Contacts in hues far from the line's (whatever the palette's accent is).
    const int hue = std::max(0, accent.hslHue());
    const qreal marker = m_series.days.size() > 400 ? 7 : 9;
    mine->setMarkerSize(marker);
    mine->setColor(toneColor(hue + 180));
    mine->setBorderColor(pal.color(QPalette::Base));
    auto *theirs = new QScatterSeries;
    theirs->setName(tr("They reached out"));
    theirs->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    theirs->setMarkerSize(marker);
    theirs->setColor(toneColor(hue + 90));
    theirs->setBorderColor(pal.color(QPalette::Base));
    QList<QPointF> minePoints;
    QList<QPointF> theirPoints;
    for (const SpaceDay &d : days) {
        const double y = std::max(0, d.length);
        if (d.mine > 0)
            minePoints << QPointF(double(xOf(d.day)), y);
        if (d.theirs > 0)
            theirPoints << QPointF(double(xOf(d.day)), y);
    }
    mine->replace(minePoints);
    theirs->replace(theirPoints);
    paintMarkers(mine);
    paintMarkers(theirs);
    c->addSeries(mine);
    c->addSeries(theirs);
    c->legend()->setVisible(true);

    QDateTimeAxis *x = addDayAxis(m_series.from, m_series.to);
    attach({ line, mine, theirs }, x, addCountAxis(m_series.longest, 7, tr("Days")));
    if (urges) {
        QValueAxis *u = addCountAxis(m_series.mostUrgesInAWeek, 4, tr("Urges"), Qt::AlignRight);
        u->setGridLineVisible(false);
        attach({ urges }, x, u);
    }
    setEmpty(false);
}

QString SpaceChart::tooltipAt(qint64 msecs) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msecs).date();
    const SpaceDay *d = m_series.at(day);
    if (!d)
        return {};
    const QLocale locale;
    QStringList lines { locale.toString(day, QLocale::LongFormat) };
    if (d->length > 0) {
        const int length = d->length;
        lines << tr("%n day(s) of space in a row", nullptr, length);
    } else if (d->length == 0) {
        lines << tr("A new stretch of space begins tomorrow");
    } else {
        lines << tr("Before space began");
    }
    if (d->mine > 0) {
        const int mine = d->mine;
        lines << tr("You reached out %n time(s)", nullptr, mine);
    }
    if (d->theirs > 0) {
        const int theirs = d->theirs;
        lines << tr("They reached out %n time(s)", nullptr, theirs);
    }
    const QDate monday = TrendSeries::weekStart(day);
    const auto week = std::find_if(m_series.urgeWeeks.cbegin(), m_series.urgeWeeks.cend(),
        [monday](const UrgeWeek &w) { return w.weekStart == monday; });
    if (week != m_series.urgeWeeks.cend() && week->urges > 0) {
        const int urges = week->urges;
        lines << tr("%n urge(s) resisted that week", nullptr, urges);
    }
    return lines.join(u'\n');
}

ProgressChart::Table SpaceChart::table() const
{
    Table t;
    t.columns = { tr("Day"), tr("Days of space in a row"), tr("I reached out"),
        tr("They reached out"), tr("Urges resisted that week") };
    const QLocale locale;
    qsizetype week = 0;
    for (const SpaceDay &d : std::as_const(m_series.days)) {
        // The week's urges once, on the first row of that week.
        QString urges;
        const QDate monday = TrendSeries::weekStart(d.day);
        while (week < m_series.urgeWeeks.size() && m_series.urgeWeeks.at(week).weekStart < monday)
            ++week;
        if (week < m_series.urgeWeeks.size() && m_series.urgeWeeks.at(week).weekStart == monday
            && (d.day == monday || d.day == m_series.days.constFirst().day)) {
            urges = locale.toString(m_series.urgeWeeks.at(week).urges);
        }
        QString length;
        if (d.length > 0)
            length = locale.toString(d.length);
        else if (d.length == 0)
            length = tr("A new stretch begins");
        else
            length = tr("Before space began");
        t.rows.append({ locale.toString(d.day, QLocale::ShortFormat), length,
            locale.toString(d.mine), locale.toString(d.theirs), urges });
    }
    return t;
}

} // namespace Rekindle
