// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyPartModel.h"

#include "RecordFollow.h"
#include "storage/GoalStore.h"
#include "storage/MyPartStore.h"

namespace Rekindle {

MyPartModel::MyPartModel(MyPartStore &store, GoalStore &goals, QObject *parent)
    : RecordListModel(parent)
    , m_store(store)
    , m_goals(goals)
{
    follow(m_store.journal(), QStringLiteral("my_part"));
    // An item shows the first goal made from it.
    RecordFollow::each(m_store.journal(), this, QStringLiteral("goals"),
        [this](qint64 goalId, RecordChange change) {
            if (change != RecordChange::Removed)
                onGoalUpdated(goalId);
        });
    reload();
}

Result<QList<MyPartItem>> MyPartModel::readAll() const
{
    return m_store.all();
}

Result<MyPartItem> MyPartModel::readOne(qint64 id) const
{
    return m_store.item(id);
}

bool MyPartModel::lessThan(const MyPartItem &a, const MyPartItem &b) const
{
    // Oldest first, as the store reads them.
    if (a.created != b.created)
        return a.created < b.created;
    return a.id < b.id;
}

int MyPartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyPartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MyPartItem &item = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case StatusRole:
        return int(item.status);
    case GoalIdRole:
        return item.goalId ? QVariant(*item.goalId) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhatHappenedColumn:
            return item.whatHappened;
        case MyPartColumn:
            return item.myPart;
        case InsteadColumn:
            return item.instead;
        case StatusColumn:
            return role == Qt::EditRole ? QVariant(int(item.status))
                                        : QVariant(MyPart::statusName(item.status));
        case GoalColumn:
            if (role == Qt::EditRole)
                return {};
            if (item.goalId)
                return role == Qt::ToolTipRole
                    ? tr("Goal in Work on Yourself: %1").arg(item.goalTitle)
                    : item.goalTitle;
            return role == Qt::ToolTipRole ? tr("Not a goal yet") : QString();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MyPartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhatHappenedColumn:
        return tr("What happened");
    case MyPartColumn:
        return tr("My part in it");
    case InsteadColumn:
        return tr("What I will do instead");
    case StatusColumn:
        return tr("Status");
    case GoalColumn:
        return tr("Goal");
    default:
        return {};
    }
}

Qt::ItemFlags MyPartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != GoalColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool MyPartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MyPartItem item = m_rows.at(index.row());
    switch (index.column()) {
    case WhatHappenedColumn:
        item.whatHappened = value.toString();
        break;
    case MyPartColumn:
        item.myPart = value.toString();
        break;
    case InsteadColumn:
        item.instead = value.toString();
        break;
    case StatusColumn: {
        const auto status = MyPart::statusFromInt(value.toInt());
        if (!status)
            return false;
        item.status = *status;
        break;
    }
    default:
        return false;
    }
    // dataChanged comes from the journal's change signal.
    return refuse(m_store.update(item));
}

Result<qint64> MyPartModel::addItem(const MyPartItem &item)
{
    return m_store.create(item);
}

Status MyPartModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose an item first.") };
    return m_store.remove(m_rows.at(row).id);
}

Result<qint64> MyPartModel::turnIntoGoal(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose an item first.") };
    return m_goals.createFromMyPart(m_rows.at(row).id);
}

void MyPartModel::onGoalUpdated(qint64 goalId)
{
    auto goal = m_goals.goal(goalId);
    if (goal && goal->myPartId)
        onUpdated(*goal->myPartId);
}

} // namespace Rekindle
