// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalListModel.h"

#include "RecordFollow.h"
#include "storage/MyPartStore.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Rekindle {

GoalListModel::GoalListModel(GoalStore &goals, MyPartStore &myPart, const Clock &clock,
    bool archived, Qt::DayOfWeek firstDayOfWeek, QObject *parent)
    : RecordListModel(parent)
    , m_goals(goals)
    , m_myPart(myPart)
    , m_clock(clock)
    , m_archived(archived)
    , m_firstDay(firstDayOfWeek)
{
    const Journal &journal = m_goals.journal();
    follow(journal, QStringLiteral("goals"));
    RecordFollow::each(journal, this, QStringLiteral("goal_checkins"),
        [this](qint64 id, RecordChange change) { onCheckInChanged(id, change); });
    RecordFollow::each(
        journal, this, QStringLiteral("my_part"), [this](qint64 itemId, RecordChange) {
            // The ids first: an update may move rows.
            QList<qint64> linked;
            for (const Row &row : std::as_const(m_rows))
                if (row.goal.myPartId == itemId)
                    linked << row.id;
            for (const qint64 id : std::as_const(linked))
                onUpdated(id);
        });
    refresh();
}

GoalListModel::Row GoalListModel::makeRow(const Goal &goal) const
{
    Row row;
    row.id = goal.id;
    row.goal = goal;
    if (auto progress = m_goals.progress(goal, m_clock.today(), m_firstDay))
        row.progress = *progress;
    if (goal.myPartId)
        if (auto item = m_myPart.item(*goal.myPartId))
            row.myPartTitle = item->shortTitle();
    return row;
}

void GoalListModel::refresh()
{
    reload();
}

Result<QList<GoalRow>> GoalListModel::readAll() const
{
    auto goals = m_goals.goals(m_archived);
    if (!goals)
        return goals.error();
    QList<Row> rows;
    rows.reserve(goals->size());
    for (const Goal &goal : std::as_const(*goals))
        rows.append(makeRow(goal));
    return rows;
}

Result<GoalRow> GoalListModel::readOne(qint64 id) const
{
    auto goal = m_goals.goal(id);
    if (!goal)
        return goal.error();
    return makeRow(*goal);
}

bool GoalListModel::lessThan(const Row &a, const Row &b) const
{
    if (a.goal.created != b.goal.created)
        return a.goal.created < b.goal.created;
    return a.id < b.id;
}

int GoalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GoalListModel::streakText(const Row &row, int length) const
{
    if (length == 0)
        return QStringLiteral("–");
    // One spelled out: there is no English translation file to supply %n forms; every other
    // count is a %n plural, which each language forms as it needs (2, 5 or 21 days).
    if (row.goal.isDaily())
        return length == 1 ? tr("1 day") : tr("%n days", nullptr, length);
    return length == 1 ? tr("1 week") : tr("%n weeks", nullptr, length);
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const GoalProgress &p = row.progress;
    const auto percent = [](const Adherence &a) {
        return a.hasData() ? QVariant(QStringLiteral("%1 %").arg(std::lround(a.ratio() * 100)))
                           : QVariant(QStringLiteral("–"));
    };
    switch (role) {
    case IdRole:
        return row.goal.id;
    case DoneTodayRole:
        return p.doneToday;
    case CurrentStreakRole:
        return p.streak.current;
    case BestStreakRole:
        return p.streak.best;
    case Adherence14Role:
        return p.last14.ratio();
    case Adherence30Role:
        return p.last30.ratio();
    case Qt::CheckStateRole:
        if (index.column() == TodayColumn && !m_archived)
            return p.doneToday ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.goal.title;
        case TodayColumn:
            if (row.goal.isDaily())
                return p.doneToday ? tr("Done") : QString();
            return tr("%1 of %2 this week").arg(p.doneThisWeek).arg(row.goal.timesPerWeek);
        case StreakColumn:
            return streakText(row, p.streak.current);
        case BestColumn:
            return streakText(row, p.streak.best);
        case Last14Column:
            return percent(p.last14);
        case Last30Column:
            return percent(p.last30);
        case CadenceColumn:
            return row.goal.cadenceText();
        case CategoryColumn:
            return Goals::categoryName(row.goal.category);
        case MyPartColumn:
            return row.myPartTitle;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BestColumn:
            if (p.streak.best > 0)
                return tr("From %1 to %2")
                    .arg(QLocale().toString(p.streak.bestRange.first, QLocale::ShortFormat),
                        QLocale().toString(p.streak.bestRange.last, QLocale::ShortFormat));
            return {};
        case Last14Column:
        case Last30Column: {
            const Adherence &a = index.column() == Last14Column ? p.last14 : p.last30;
            return (a.done == 1
                    ? tr("1 check-in of about %1 asked for in the last %2 days")
                    : tr("%n check-ins of about %1 asked for in the last %2 days", nullptr, a.done))
                .arg(std::lround(a.expected))
                .arg(a.windowDays);
        }
        case MyPartColumn:
            return row.myPartTitle.isEmpty()
                ? QVariant()
                : tr("Grew out of \"my part\": %1").arg(row.myPartTitle);
        case TodayColumn:
            return p.doneToday ? tr("Checked in today") : tr("Not checked in today yet");
        default:
            return row.goal.title;
        }
    case Qt::AccessibleTextRole:
        if (index.column() == TodayColumn)
            return tr("%1: %2").arg(
                row.goal.title, p.doneToday ? tr("checked in today") : tr("not checked in today"));
        return {};
    default:
        break;
    }
    return {};
}

QVariant GoalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Goal");
    case TodayColumn:
        return tr("Today");
    case StreakColumn:
        return tr("Streak");
    case BestColumn:
        return tr("Best");
    case Last14Column:
        return tr("14 days");
    case Last30Column:
        return tr("30 days");
    case CadenceColumn:
        return tr("How often");
    case CategoryColumn:
        return tr("Kind");
    case MyPartColumn:
        return tr("From my part");
    default:
        return {};
    }
}

Qt::ItemFlags GoalListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TodayColumn && !m_archived)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool GoalListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != TodayColumn || m_archived
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool tick = value.toInt() == Qt::Checked;
    const Status status = tick ? checkIn(index.row(), m_clock.today(), {})
                               : removeCheckIn(index.row(), m_clock.today());
    return refuse(status);
}

Result<qint64> GoalListModel::addGoal(const Goal &goal)
{
    return m_goals.create(goal);
}

Status GoalListModel::setArchived(int row, bool archived)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a goal first.") };
    return m_goals.setArchived(m_rows.at(row).goal.id, archived);
}

Status GoalListModel::checkIn(int row, QDate day, const QString &note)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a goal first.") };
    return m_goals.checkIn({ m_rows.at(row).goal.id, day, note });
}

Status GoalListModel::removeCheckIn(int row, QDate day)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a goal first.") };
    return m_goals.removeCheckIn(m_rows.at(row).goal.id, day);
}

Result<std::optional<QString>> GoalListModel::checkInNote(int row, QDate day) const
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a goal first.") };
    return m_goals.checkInNote(m_rows.at(row).goal.id, day);
}

void GoalListModel::onCheckInChanged(qint64 checkInId, RecordChange change)
{
    // A check-in that is gone no longer names its goal: then every goal's progress is read
    // again (a person has a handful of goals).
    const auto goalId = change == RecordChange::Removed ? Result<qint64>(Error {})
                                                        : m_goals.goalOfCheckIn(checkInId);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (goalId && m_rows.at(row).goal.id != *goalId)
            continue;
        replaceRecord(row, makeRow(m_rows.at(row).goal));
    }
}

} // namespace Rekindle
