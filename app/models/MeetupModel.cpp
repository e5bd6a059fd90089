// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetupModel.h"

#include "storage/ReconnectStore.h"

#include <QLocale>

namespace Rekindle {
namespace {

    QStringList kindNames()
    {
        QStringList names;
        for (MeetupKind kind : Meetups::kinds())
            names << Meetups::kindName(kind);
        return names;
    }

    QStringList outcomeNames()
    {
        QStringList names;
        for (MeetupOutcome outcome : Meetups::outcomes())
            names << Meetups::outcomeName(outcome);
        return names;
    }

} // namespace

MeetupModel::MeetupModel(ReconnectStore &store, QObject *parent)
    : RecordListModel<Meetup>(parent)
    , m_store(store)
{
    follow(m_store.journal(), QStringLiteral("meetups"));
    reload();
}

int MeetupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meetup &m = m_rows.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == ChoicesRole) {
        if (index.column() == KindColumn)
            return kindNames();
        if (index.column() == OutcomeColumn)
            return outcomeNames();
        return {};
    }
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DayColumn:
        return display ? QVariant(QLocale().toString(m.day, QLocale::ShortFormat))
                       : QVariant(m.day);
    case KindColumn:
        return display ? QVariant(Meetups::kindName(m.kind)) : QVariant(int(m.kind));
    case PlaceColumn:
        return m.place;
    case OutcomeColumn:
        return display ? QVariant(Meetups::outcomeName(m.outcome)) : QVariant(int(m.outcome));
    case HowColumn:
        return m.howItWent;
    }
    return {};
}

QVariant MeetupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel<Meetup>::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case KindColumn:
        return tr("What");
    case PlaceColumn:
        return tr("Where");
    case OutcomeColumn:
        return tr("How it went");
    case HowColumn:
        return tr("Notes");
    }
    return {};
}

Qt::ItemFlags MeetupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool MeetupModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Meetup m = m_rows.at(index.row());
    switch (index.column()) {
    case DayColumn:
        m.day = value.toDate();
        break;
    case KindColumn:
        m.kind = Meetups::kindFromInt(value.toInt()).value_or(m.kind);
        break;
    case PlaceColumn:
        m.place = value.toString();
        break;
    case OutcomeColumn:
        m.outcome = Meetups::outcomeFromInt(value.toInt()).value_or(m.outcome);
        break;
    case HowColumn:
        m.howItWent = value.toString();
        break;
    default:
        return false;
    }
    return refuse(m_store.updateMeetup(m));
}

Result<qint64> MeetupModel::plan(QDate day, MeetupKind kind, const QString &place)
{
    Meetup m;
    m.day = day;
    m.kind = kind;
    m.place = place;
    return m_store.addMeetup(m);
}

Status MeetupModel::removeRow(int row)
{
    return m_store.removeMeetup(idAt(row));
}

Result<QList<Meetup>> MeetupModel::readAll() const
{
    return m_store.meetups();
}

Result<Meetup> MeetupModel::readOne(qint64 id) const
{
    return m_store.meetup(id);
}

bool MeetupModel::lessThan(const Meetup &a, const Meetup &b) const
{
    return a.day != b.day ? a.day > b.day : a.id > b.id;
}

} // namespace Rekindle
