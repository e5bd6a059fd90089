// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyPartModel.h"

#include "RecordFollow.h"
#include "storage/GoalStore.h"
#include "storage/MyPartStore.h"

#include <algorithm>

namespace Rekindle {

MyPartModel::MyPartModel(MyPartStore &store, GoalStore &goals, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_goals(goals)
{
    RecordFollow::records(m_store.journal(), this, QStringLiteral("my_part"),
        &MyPartModel::onCreated, &MyPartModel::onUpdated, &MyPartModel::onRemoved);
    // An item shows the first goal made from it.
    RecordFollow::each(m_store.journal(), this, QStringLiteral("goals"),
        [this](qint64 goalId, RecordChange change) {
            if (change != RecordChange::Removed)
                onGoalUpdated(goalId);
        });
    reload();
}

void MyPartModel::reload()
{
    auto all = m_store.all();
    beginResetModel();
    m_rows = all ? std::move(all).value() : QList<MyPartItem>();
    endResetModel();
    if (!all)
        Q_EMIT loadFailed(all.error().message);
}

int MyPartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (Status status = m_store.update(item); !status) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    return true; // dataChanged comes from the store's signal
}

int MyPartModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const MyPartItem &item) { return item.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
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

void MyPartModel::onCreated(qint64 id)
{
    auto item = m_store.item(id);
    if (!item || rowOf(id) >= 0)
        return;
    const int row = int(m_rows.size()); // newest last
    beginInsertRows({}, row, row);
    m_rows.append(std::move(item).value());
    endInsertRows();
}

void MyPartModel::onUpdated(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    auto item = m_store.item(id);
    if (!item)
        return;
    m_rows[row] = std::move(item).value();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MyPartModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void MyPartModel::onGoalUpdated(qint64 goalId)
{
    auto goal = m_goals.goal(goalId);
    if (goal && goal->myPartId)
        onUpdated(*goal->myPartId);
}

} // namespace Rekindle
