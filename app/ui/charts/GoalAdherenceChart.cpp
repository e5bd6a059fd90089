// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalAdherenceChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {

GoalAdherenceChart::GoalAdherenceChart(const ProgressSeries &source, QWidget *parent)
    : ProgressChart(tr("Goals kept per week"),
        tr("No goals to show for this period yet. Add a goal in step 2 and tick "
           "the days you work on it; each week's share of what you planned shows "
           "here."),
        parent)
    , m_data(source)
    , m_goal(new QComboBox(this))
{
    setObjectName(u"goalAdherenceChart"_s);
    m_goal->setObjectName(u"goalCombo"_s);
    m_goal->setAccessibleName(tr("Goal to show"));
    m_goal->setToolTip(tr("Show all goals together, or one goal"));
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToContentsOnFirstShow);
    m_goal->setMinimumContentsLength(12);
    // A label of its own, so that the selector is named by what it filters, not by its value.
    auto *label = new QLabel(tr("&Goal:"), this);
    label->setBuddy(m_goal);
    addHeaderWidget(label);
    addHeaderWidget(m_goal);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &GoalAdherenceChart::rebuild);
}

void GoalAdherenceChart::fillGoals()
{
    const QVariant current = m_goal->currentData();
    const QSignalBlocker blocker(m_goal);
    m_goal->clear();
    m_goal->addItem(tr("All goals"));
    if (auto goals = m_data.goals()) {
        for (const GoalInfo &goal : std::as_const(*goals)) {
            const QString title
                = goal.archivedOn.isValid() ? tr("%1 (archived)").arg(goal.title) : goal.title;
            m_goal->addItem(title, goal.id);
        }
    }
    const int index = current.isValid() ? m_goal->findData(current) : 0;
    m_goal->setCurrentIndex(std::max(0, index));
    m_goal->setEnabled(m_goal->count() > 1);
}

void GoalAdherenceChart::setGoal(std::optional<qint64> goalId)
{
    const int index = goalId ? m_goal->findData(*goalId) : 0;
    m_goal->setCurrentIndex(std::max(0, index));
}

void GoalAdherenceChart::reload(TrendRange range, QDate today)
{
    m_range = range;
    m_today = today;
    fillGoals();
    rebuild();
}

void GoalAdherenceChart::rebuild()
{
    if (!m_today.isValid())
        return;
    const QVariant id = m_goal->currentData();
    const std::optional<qint64> goalId
        = id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    if (!takeSeries(m_data.goalAdherence(m_range, m_today, goalId), m_series))
        return;
    QChart *c = chart();
    const QPalette pal = palette();
    const QColor accent = isDark() ? pal.color(QPalette::Link) : pal.color(QPalette::Highlight);
    // One step area per run of weeks with something planned: a week with no active goal is a
    // gap, not a zero.
    QList<QAbstractSeries *> runs;
    QList<QPointF> points;
    const auto flush = [&] {
        if (points.isEmpty())
            return;
        QAreaSeries *area = areaOf(points);
        QColor fill = accent;
        fill.setAlphaF(0.45f);
        area->setBrush(fill);
        QPen pen(accent);
        pen.setWidthF(1.5);
        area->setPen(pen);
        area->setName(tr("Check-ins done of planned"));
        runs << area;
        points.clear();
    };
    QDate expected;
    for (const GoalWeek &w : std::as_const(m_series.weeks)) {
        if (expected.isValid() && w.weekStart != expected)
            flush();
        appendWeek(points, w.weekStart, w.percent());
        expected = w.weekStart.addDays(7);
    }
    flush();
    for (QAbstractSeries *area : std::as_const(runs))
        c->addSeries(area);
    c->legend()->setVisible(false);

    QDateTimeAxis *x = addDateAxis(
        TrendSeries::weekStart(m_series.from), TrendSeries::weekStart(m_series.to).addDays(7));
    attach(runs, x, addPercentAxis(tr("Kept")));
    setEmpty(false);
}

QString GoalAdherenceChart::tooltipAt(qint64 msecs) const
{
    const QDate monday = TrendSeries::weekStart(QDateTime::fromMSecsSinceEpoch(msecs).date());
    const auto it = std::find_if(m_series.weeks.cbegin(), m_series.weeks.cend(),
        [monday](const GoalWeek &w) { return w.weekStart == monday; });
    if (it == m_series.weeks.cend())
        return {};
    const QLocale locale;
    const int made = it->checkIns;
    return tr("Week of %1\n%2% kept\n%n check-in(s), %3 planned", nullptr, made)
        .arg(locale.toString(it->weekStart, QLocale::LongFormat),
            locale.toString(it->percent(), 'f', 0), locale.toString(it->planned, 'g', 3));
}

ProgressChart::Table GoalAdherenceChart::table() const
{
    Table t;
    t.columns = { tr("Week"), tr("Kept (%)"), tr("Check-ins"), tr("Planned") };
    const QLocale locale;
    for (const GoalWeek &w : std::as_const(m_series.weeks))
        t.rows.append({ bucketTitle(w.weekStart, false), locale.toString(w.percent(), 'f', 0),
            locale.toString(w.checkIns), locale.toString(w.planned, 'g', 3) });
    return t;
}

} // namespace Rekindle
