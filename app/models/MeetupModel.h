// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/Meetup.h"

namespace Rekindle {

class ReconnectStore;

/// Meet-ups of step 3, latest day first, edited in place.
class MeetupModel final : public RecordListModel<Meetup> {
    Q_OBJECT

public:
    enum Column { DayColumn, KindColumn, PlaceColumn, OutcomeColumn, HowColumn, ColumnCount };
    Q_ENUM(Column)

    explicit MeetupModel(ReconnectStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Result<qint64> plan(QDate day, MeetupKind kind, const QString &place);
    Status removeRow(int row) override;

private:
    Result<QList<Meetup>> readAll() const override;
    Result<Meetup> readOne(qint64 id) const override;
    bool lessThan(const Meetup &a, const Meetup &b) const override;

    ReconnectStore &m_store;
};

} // namespace Rekindle
