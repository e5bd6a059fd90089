// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Clock.h"
#include "core/Pace.h"

namespace Rekindle {

class MilestoneStore;

/// The milestones of step 5 in the person's order, edited in place and reordered with
/// moveUp/moveDown (precise row moves, no reset). The defaults are added the first time.
class MilestoneModel final : public RecordListModel<Milestone> {
    Q_OBJECT

public:
    enum Column { TitleColumn, PlannedColumn, ReachedColumn, ColumnCount };
    Q_ENUM(Column)

    MilestoneModel(MilestoneStore &store, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Result<qint64> add(const QString &title);
    /// Sets or (with an invalid day) clears the planned day.
    Status setPlanned(int row, QDate day);
    /// Sets or (with an invalid day) clears the day it was reached.
    Status setReached(int row, QDate day);
    Status move(int row, int delta);
    Status removeRow(int row) override;

private:
    Result<QList<Milestone>> readAll() const override;
    Result<Milestone> readOne(qint64 id) const override;
    bool lessThan(const Milestone &a, const Milestone &b) const override;
    void onChanged(qint64 id);
    void onMoved(qint64 id, int fromRow, int toRow);

    MilestoneStore &m_store;
    const Clock &m_clock;
};

} // namespace Rekindle
