// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "core/ContactEvent.h"
#include "core/Result.h"

namespace Rekindle {

class SpaceStore;

/// Contacts either way, newest first, fetched page by page. Follows the journal's changes, so
/// step 1 and the contact log of step 3 always agree. Edited in place (step 3): a reply
/// recorded later updates every view of the same events.
class ContactListModel final : public RecordListModel<ContactEvent> {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WhoColumn,
        ChannelColumn,
        ToneColumn,
        TopicsColumn,
        ResponseColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { DirectionRole = AttentionRole + 1, OccurredAtRole };

    static constexpr int PageSize = 100;

    explicit ContactListModel(SpaceStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    ContactEvent contactAt(int row) const { return m_rows.value(row); }
    Status removeRow(int row) override;
    /// Logs a contact (step 3's contact log).
    Result<qint64> log(const ContactEvent &event);

private:
    Result<QList<ContactEvent>> readPage(const ContactEvent *after, int size) const override;
    Result<ContactEvent> readOne(qint64 id) const override;
    bool lessThan(const ContactEvent &a, const ContactEvent &b) const override;

    SpaceStore &m_store;
};

} // namespace Rekindle
