// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactListModel.h"

#include "RecordFollow.h"
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

template<typename E> static QStringList namesOf(const QList<E> &values, QString (*name)(E))
{
    QStringList names;
    for (E value : values)
        names << name(value);
    return names;
}

ContactListModel::ContactListModel(SpaceStore &store, QObject *parent)
    : EditableTableModel(parent)
    , m_store(store)
{
    RecordFollow::records(m_store.journal(), this, QStringLiteral("contact_events"),
        &ContactListModel::onCreated, &ContactListModel::onUpdated, &ContactListModel::onRemoved);
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
    case ChoicesRole:
        switch (index.column()) {
        case WhoColumn:
            return QStringList { Contacts::directionName(ContactDirection::MeToThem),
                Contacts::directionName(ContactDirection::ThemToMe) };
        case ChannelColumn:
            return namesOf(Contacts::channels(), &Contacts::channelName);
        case ToneColumn:
            return namesOf(Contacts::tones(), &Contacts::toneName);
        case ResponseColumn:
            return namesOf(Contacts::responses(), &Contacts::responseName);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case WhenColumn:
            return e.occurredAt.toLocalTime();
        case WhoColumn:
            return int(e.direction);
        case ChannelColumn:
            return int(e.channel);
        case ToneColumn:
            return int(e.tone.value_or(ContactTone::Neutral));
        case TopicsColumn:
            return e.topics;
        case ResponseColumn:
            return int(e.response.value_or(ContactResponse::NoReplyYet));
        case NoteColumn:
            return e.note;
        }
        break;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return Contacts::directionName(e.direction);
        case ChannelColumn:
            return Contacts::channelName(e.channel);
        case ToneColumn:
            return e.tone ? Contacts::toneName(*e.tone) : QString();
        case TopicsColumn:
            return e.topics;
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
    case ToneColumn:
        return tr("Tone");
    case TopicsColumn:
        return tr("Topics");
    case ResponseColumn:
        return tr("Response");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ContactListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // Only a contact I made can have a response from them.
    if (index.column() != ResponseColumn
        || m_rows.at(index.row()).direction == ContactDirection::MeToThem)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ContactListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ContactEvent e = m_rows.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        e.occurredAt = value.toDateTime().toUTC();
        break;
    case WhoColumn:
        e.direction = value.toInt() == 1 ? ContactDirection::ThemToMe : ContactDirection::MeToThem;
        break;
    case ChannelColumn:
        e.channel = Contacts::channelFromInt(value.toInt()).value_or(e.channel);
        break;
    case ToneColumn:
        e.tone = Contacts::toneFromInt(value.toInt());
        break;
    case TopicsColumn:
        e.topics = value.toString();
        break;
    case ResponseColumn:
        e.response = Contacts::responseFromInt(value.toInt());
        break;
    case NoteColumn:
        e.note = value.toString();
        break;
    default:
        return false;
    }
    return refuse(m_store.updateContact(e));
}

Status ContactListModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a contact first.") };
    return m_store.removeContact(m_rows.at(row).id);
}

Result<qint64> ContactListModel::log(const ContactEvent &event)
{
    return m_store.logContact(event);
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
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const ContactEvent &e) { return e.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void ContactListModel::onCreated(qint64 id)
{
    auto e = m_store.contact(id);
    if (!e)
        return;
    const int row
        = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), *e, before) - m_rows.cbegin());
    if (row == m_rows.size() && !m_atEnd)
        return; // arrives with a later page
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(e).value());
    endInsertRows();
}

void ContactListModel::onUpdated(qint64 id)
{
    const int row = rowOf(id);
    auto e = m_store.contact(id);
    if (row >= 0 && e) {
        const bool afterPrevious = row == 0 || !before(*e, m_rows.at(row - 1));
        const bool beforeNext = row + 1 >= m_rows.size() || !before(m_rows.at(row + 1), *e);
        if (afterPrevious && beforeNext) {
            m_rows[row] = std::move(e).value();
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    // The time changed its place in the list: take it out and put it back in its place.
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
