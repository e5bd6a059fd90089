// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpaceStreakModel.h"

#include "SpaceOverview.h"

#include <QLocale>
#include <algorithm>

namespace Rekindle {

SpaceStreakModel::SpaceStreakModel(SpaceOverview &overview, QObject *parent)
    : RecordListModel(parent)
    , m_overview(overview)
{
    connect(&m_overview, &SpaceOverview::changed, this, &SpaceStreakModel::onOverviewChanged);
    const auto best = m_overview.bestStreak();
    m_best = best ? best->range : DayRange();
    reload();
}

Result<QList<SpaceStreak>> SpaceStreakModel::readAll() const
{
    QList<SpaceStreak> rows = m_overview.streaks();
    std::reverse(rows.begin(), rows.end());
    return rows;
}

void SpaceStreakModel::onOverviewChanged()
{
    const auto best = m_overview.bestStreak();
    m_best = best ? best->range : DayRange();
    QList<SpaceStreak> rows = readAll().value();
    if (rows.size() != m_rows.size()) {
        setRecords(std::move(rows));
        return;
    }
    // Usually only the current stretch grew, or nothing changed: no reset.
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

QVariant SpaceStreakModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpaceStreak &s = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case DaysRole:
        return s.days();
    case FirstDayRole:
        return s.start;
    case LastDayRole:
        return s.range.last;
    case CurrentRole:
        return s.current;
    case BestRole:
        return s.days() > 0 && s.range == m_best;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        if (s.current && s.days() == 0)
            return tr("Now: a fresh start from %1")
                .arg(locale.toString(s.start, QLocale::ShortFormat));
        const QString range
            = tr("%1 – %2").arg(locale.toString(s.range.first, QLocale::ShortFormat),
                locale.toString(s.range.last, QLocale::ShortFormat));
        const QString since = locale.toString(s.range.first, QLocale::ShortFormat);
        QString text;
        if (s.current)
            text = s.days() == 1
                ? tr("Now: 1 day of space, since %1").arg(since)
                : tr("Now: %n days of space, since %1", nullptr, s.days()).arg(since);
        else
            text = s.days() == 1 ? tr("1 day of space, %1").arg(range)
                                 : tr("%n days of space, %1", nullptr, s.days()).arg(range);
        if (s.days() > 0 && s.range == m_best)
            text += tr(" (your longest)");
        return text;
    }
    default:
        return {};
    }
}

} // namespace Rekindle
