// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactListModel.h"

#include "storage/SpaceStore.h"

#include <QLocale>

namespace Rekindle {

template<typename E> static QStringList namesOf(const QList<E> &values, QString (*name)(E))
{
    QStringList names;
    for (E value : values)
        names << name(value);
    return names;
}

ContactListModel::ContactListModel(SpaceStore &store, QObject *parent)
    : RecordListModel(parent)
    , m_store(store)
{
    setPageSize(PageSize);
    follow(m_store.journal(), QStringLiteral("contact_events"));
}

bool ContactListModel::lessThan(const ContactEvent &a, const ContactEvent &b) const
{
    if (a.occurredAt != b.occurredAt)
        return a.occurredAt > b.occurredAt;
    return a.id > b.id;
}

Result<QList<ContactEvent>> ContactListModel::readPage(const ContactEvent *after, int size) const
{
    std::optional<ContactCursor> cursor;
    if (after)
        cursor = ContactCursor { after->occurredAt, after->id };
    return m_store.contacts(cursor, size);
}

Result<ContactEvent> ContactListModel::readOne(qint64 id) const
{
    return m_store.contact(id);
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

} // namespace Rekindle
