// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactListModel.h"

#include "storage/SpaceStore.h"

#include <QLocale>

#include <algorithm>

namespace Rekindle {
namespace {

bool before(const ContactEvent &a, const ContactEvent &b)
{
    if (a.occurredAt != b.occurredAt)
        return a.occurredAt > b.occurredAt;
    return a.id > b.id;
}

} // namespace

ContactListModel::ContactListModel(SpaceStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store, &SpaceStore::contactCreated, this, &ContactListModel::onCreated);
    connect(&m_store, &SpaceStore::contactUpdated, this, &ContactListModel::onUpdated);
    connect(&m_store, &SpaceStore::contactRemoved, this, &ContactListModel::onRemoved);
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactEvent &e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case DirectionRole:
        return int(e.direction);
    case OccurredAtRole:
        return e.occurredAt;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return Contacts::directionName(e.direction);
        case ChannelColumn:
            return Contacts::channelName(e.channel);
        case ResponseColumn:
            return e.response ? Contacts::responseName(*e.response) : QString();
        case NoteColumn:
            return e.note;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ChannelColumn:
        return tr("How");
    case ResponseColumn:
        return tr("Response");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<ContactCursor> after;
    if (!m_rows.isEmpty())
        after = ContactCursor { m_rows.constLast().occurredAt, m_rows.constLast().id };
    auto page = m_store.contacts(after, PageSize);
    if (!page || page->size() < PageSize)
        m_atEnd = true;
    if (!page || page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
}

int ContactListModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [id](const ContactEvent &e) { return e.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void ContactListModel::onCreated(qint64 id)
{
    auto e = m_store.contact(id);
    if (!e)
        return;
    const int row = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), *e, before)
                        - m_rows.cbegin());
    if (row == m_rows.size() && !m_atEnd)
        return; // arrives with a later page
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(e).value());
    endInsertRows();
}

void ContactListModel::onUpdated(qint64 id)
{
    // The time may have changed: take it out and put it back in its place.
    onRemoved(id);
    onCreated(id);
}

void ContactListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace Rekindle
