// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Clock.h"
#include "core/Trust.h"

namespace Rekindle {

class TrustStore;

/// Issues between the two (step 4), latest raised first, edited in place.
class IssueModel final : public RecordListModel<Issue> {
    Q_OBJECT

public:
    enum Column { RaisedColumn, ByColumn, WhatColumn, StatusColumn, AgreementColumn, ColumnCount };
    Q_ENUM(Column)

    IssueModel(TrustStore &store, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Result<qint64> add(RaisedBy by, QDate raisedOn, const QString &what);
    Status removeRow(int row) override;

private:
    Result<QList<Issue>> readAll() const override;
    Result<Issue> readOne(qint64 id) const override;
    bool lessThan(const Issue &a, const Issue &b) const override;

    TrustStore &m_store;
    const Clock &m_clock;
};

} // namespace Rekindle
