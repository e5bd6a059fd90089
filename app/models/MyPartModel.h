// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/MyPartItem.h"
#include "core/Result.h"

namespace Rekindle {

class GoalStore;
class MyPartStore;

/// "My part" items as an editable table (oldest first). Edits go to the store (one transaction
/// each); the model follows the journal's changes, so a goal made elsewhere shows its link here.
class MyPartModel final : public RecordListModel<MyPartItem> {
    Q_OBJECT

public:
    enum Column {
        WhatHappenedColumn,
        MyPartColumn,
        InsteadColumn,
        StatusColumn,
        GoalColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, GoalIdRole };

    MyPartModel(MyPartStore &store, GoalStore &goals, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Saves the edit; on failure returns false and emits errorOccurred with the reason.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    MyPartItem itemAt(int row) const { return m_rows.value(row); }

    Result<qint64> addItem(const MyPartItem &item);
    Status removeRow(int row) override;
    /// Makes a step-2 goal from the item on `row`, linked to it.
    Result<qint64> turnIntoGoal(int row);

private:
    Result<QList<MyPartItem>> readAll() const override;
    Result<MyPartItem> readOne(qint64 id) const override;
    bool lessThan(const MyPartItem &a, const MyPartItem &b) const override;
    void onGoalUpdated(qint64 goalId);

    MyPartStore &m_store;
    GoalStore &m_goals;
};

} // namespace Rekindle
