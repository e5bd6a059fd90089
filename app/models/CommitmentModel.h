// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Clock.h"
#include "core/Trust.h"

namespace Rekindle {

class TrustStore;

/// Commitments (step 4), latest made first, edited in place. Overdue ones carry
/// AttentionRole.
class CommitmentModel final : public RecordListModel<Commitment> {
    Q_OBJECT

public:
    enum Column { PromiseColumn, MadeColumn, DueColumn, StatusColumn, NoteColumn, ColumnCount };
    Q_ENUM(Column)

    CommitmentModel(TrustStore &store, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// `dueOn` may be invalid (no due date).
    Result<qint64> add(const QString &promise, QDate madeOn, QDate dueOn);
    /// Sets or (with an invalid day) clears the due date.
    Status setDueDate(int row, QDate dueOn);
    Status removeRow(int row) override;

private:
    Result<QList<Commitment>> readAll() const override;
    Result<Commitment> readOne(qint64 id) const override;
    bool lessThan(const Commitment &a, const Commitment &b) const override;

    TrustStore &m_store;
    const Clock &m_clock;
};

} // namespace Rekindle
