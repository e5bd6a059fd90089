// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/SpaceRules.h"

namespace Rekindle {

class SpaceOverview;

/// Every stretch of space, newest first, the current one on top: the history of giving space.
/// A contact ends a stretch; no stretch is ever dropped from the history.
class SpaceStreakModel final : public RecordListModel<SpaceStreak> {
    Q_OBJECT

public:
    enum Role { DaysRole = Qt::UserRole + 1, FirstDayRole, LastDayRole, CurrentRole, BestRole };

    explicit SpaceStreakModel(SpaceOverview &overview, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    /// The overview's stretches, newest first.
    Result<QList<SpaceStreak>> readAll() const override;
    bool lessThan(const SpaceStreak &a, const SpaceStreak &b) const override
    {
        return a.start > b.start;
    }
    void onOverviewChanged();

    SpaceOverview &m_overview;
    DayRange m_best;
};

} // namespace Rekindle
