// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Clock.h"
#include "core/Trust.h"

namespace Rekindle {

class TrustStore;

/// Feelings shared honestly (step 4), latest first, edited in place.
class FeelingModel final : public RecordListModel<SharedFeeling> {
    Q_OBJECT

public:
    enum Column { DayColumn, WhatColumn, ReceivedColumn, ColumnCount };
    Q_ENUM(Column)

    FeelingModel(TrustStore &store, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Result<qint64> add(QDate day, const QString &what, const QString &received);
    Status removeRow(int row) override;

private:
    Result<QList<SharedFeeling>> readAll() const override;
    Result<SharedFeeling> readOne(qint64 id) const override;
    bool lessThan(const SharedFeeling &a, const SharedFeeling &b) const override;

    TrustStore &m_store;
    const Clock &m_clock;
};

} // namespace Rekindle
