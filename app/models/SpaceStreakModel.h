// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SpaceRules.h"

#include <QAbstractListModel>

namespace Rekindle {

class SpaceOverview;

/// Every stretch of space, newest first, the current one on top: the history of giving space.
/// A contact ends a stretch; no stretch is ever dropped from the history.
class SpaceStreakModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { DaysRole = Qt::UserRole + 1, FirstDayRole, LastDayRole, CurrentRole, BestRole };

    explicit SpaceStreakModel(SpaceOverview &overview, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    SpaceOverview &m_overview;
    QList<SpaceStreak> m_rows; ///< newest first
    DayRange m_best;
};

} // namespace Rekindle
