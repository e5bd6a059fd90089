// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Clock.h"
#include "core/Goal.h"
#include "core/Result.h"
#include "storage/GoalStore.h"
#include "storage/Journal.h"

namespace Rekindle {

class MyPartStore;

/// A row of GoalListModel: a goal with where it stands today.
struct GoalRow {
    qint64 id = 0; ///< the goal's
    Goal goal;
    GoalProgress progress;
    QString myPartTitle;
};

/// Goals of step 2 (active or archived) with where each stands today: ticked today, current
/// and best streak, adherence over 14 and 30 days. Ticking the "Today" column checks in.
/// Progress is computed per goal from that goal's days only, and again only for the goal whose
/// check-ins changed.
class GoalListModel final : public RecordListModel<GoalRow> {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        TodayColumn,
        StreakColumn,
        BestColumn,
        Last14Column,
        Last30Column,
        CadenceColumn,
        CategoryColumn,
        MyPartColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        DoneTodayRole,
        CurrentStreakRole,
        BestStreakRole,
        Adherence14Role,
        Adherence30Role
    };

    GoalListModel(GoalStore &goals, MyPartStore &myPart, const Clock &clock, bool archived,
        Qt::DayOfWeek firstDayOfWeek, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// CheckStateRole on the Today column ticks or unticks today.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool showsArchived() const { return m_archived; }
    Goal goalAt(int row) const { return m_rows.value(row).goal; }
    GoalProgress progressAt(int row) const { return m_rows.value(row).progress; }

    Result<qint64> addGoal(const Goal &goal);
    Status setArchived(int row, bool archived);
    Status checkIn(int row, QDate day, const QString &note);
    Status removeCheckIn(int row, QDate day);
    Result<std::optional<QString>> checkInNote(int row, QDate day) const;
    /// Recomputes every row for a new day (call when the date changes).
    void refresh();

private:
    using Row = GoalRow;
    Result<QList<Row>> readAll() const override;
    Result<Row> readOne(qint64 id) const override;
    /// In creation order.
    bool lessThan(const Row &a, const Row &b) const override;
    /// Only goals of this list (active or archived) have a row here.
    bool belongs(const Row &row) const override { return row.goal.archived == m_archived; }
    Row makeRow(const Goal &goal) const;
    void onCheckInChanged(qint64 checkInId, RecordChange change);
    QString streakText(const Row &row, int length) const;

    GoalStore &m_goals;
    MyPartStore &m_myPart;
    const Clock &m_clock;
    bool m_archived;
    Qt::DayOfWeek m_firstDay;
};

} // namespace Rekindle
