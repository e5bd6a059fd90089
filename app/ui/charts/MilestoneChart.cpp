// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MilestoneChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLocale>
#include <QScatterSeries>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr double PlannedRow = 1.0;
    constexpr double ReachedRow = 2.0;

} // namespace

MilestoneChart::MilestoneChart(const ProgressSeries &source, QWidget *parent)
    : ProgressChart(tr("Milestones"),
        tr("No milestone planned or reached in this period. Give a milestone of "
           "step 5 a day, and it shows here on the timeline."),
        parent)
    , m_data(source)
{
    setObjectName(u"milestoneChart"_s);
}

void MilestoneChart::reload(TrendRange range, QDate today)
{
    if (!takeSeries(m_data.milestones(range, today), m_series))
        return;
    QChart *c = chart();
    const QPalette pal = palette();
    const QColor accent = isDark() ? pal.color(QPalette::Link) : pal.color(QPalette::Highlight);
    const QColor soonColor = toneColor(30);

    auto *planned = new QScatterSeries;
    planned->setName(tr("Planned"));
    planned->setMarkerSize(11);
    planned->setBrush(pal.color(QPalette::Base));
    planned->setPen(QPen(accent, 2.0));
    auto *reached = new QScatterSeries;
    reached->setName(tr("Reached"));
    reached->setMarkerSize(12);
    reached->setBrush(accent);
    reached->setPen(QPen(accent, 1.0));
    auto *soon = new QScatterSeries;
    soon->setName(tr("Reached sooner than your chosen gap"));
    soon->setMarkerSize(12);
    soon->setBrush(soonColor);
    soon->setPen(QPen(soonColor, 1.0));
    for (const MilestonePoint &p : std::as_const(m_series.points)) {
        const double x = double(xOf(p.day));
        if (!p.reached)
            planned->append(x, PlannedRow);
        else if (p.tooClose)
            soon->append(x, ReachedRow);
        else
            reached->append(x, ReachedRow);
    }
    QList<QAbstractSeries *> all;
    for (QScatterSeries *s : { planned, reached, soon }) {
        if (s->count() == 0) {
            delete s;
            continue;
        }
        c->addSeries(s);
        all << s;
    }
    c->legend()->setVisible(true);

    // A little room either side so that points on the first or last day are whole.
    const QDate first = m_series.from.addDays(-1);
    const QDate end = m_series.to.addDays(1);
    QDateTimeAxis *x = addDateAxis(first, end);
    auto *y = new QCategoryAxis;
    y->setRange(0.4, 2.6);
    y->setStartValue(0.4);
    y->append(tr("Planned"), PlannedRow);
    y->append(tr("Reached"), ReachedRow);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    c->addAxis(y, Qt::AlignLeft);
    attach(all, x, y);
    setEmpty(false);
}

QString MilestoneChart::tooltipAt(qint64 msecs) const
{
    const MilestonePoint *p = m_series.nearest(QDateTime::fromMSecsSinceEpoch(msecs).date());
    if (!p)
        return {};
    const QLocale locale;
    QStringList lines;
    lines << p->title;
    lines << (p->reached ? tr("Reached on %1") : tr("Planned for %1"))
                 .arg(locale.toString(p->day, QLocale::LongFormat));
    if (p->tooClose)
        lines << p->paceNote;
    return lines.join(u'\n');
}

ProgressChart::Table MilestoneChart::table() const
{
    Table t;
    t.columns = { tr("Day"), tr("Milestone"), tr("Status") };
    const QLocale locale;
    for (const MilestonePoint &p : std::as_const(m_series.points)) {
        QString status = p.reached ? tr("Reached") : tr("Planned");
        if (p.tooClose)
            status = tr("Reached sooner than your chosen gap");
        t.rows.append({ locale.toString(p.day, QLocale::ShortFormat), p.title, status });
    }
    return t;
}

} // namespace Rekindle
