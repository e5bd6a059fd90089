// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContactEvent.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rekindle {

class SpaceStore;

/// Contacts either way, newest first, fetched page by page. Follows the store's signals.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, ChannelColumn, ResponseColumn, NoteColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, DirectionRole, OccurredAtRole };

    static constexpr int PageSize = 100;

    explicit ContactListModel(SpaceStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    ContactEvent contactAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const;

private:
    void onCreated(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);

    SpaceStore &m_store;
    QList<ContactEvent> m_rows;
    bool m_atEnd = false;
};

} // namespace Rekindle
