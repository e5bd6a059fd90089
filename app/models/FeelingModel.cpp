// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeelingModel.h"

#include "storage/TrustStore.h"

#include <QLocale>

namespace Rekindle {

FeelingModel::FeelingModel(TrustStore &store, const Clock &clock, QObject *parent)
    : RecordListModel<SharedFeeling>(parent)
    , m_store(store)
    , m_clock(clock)
{
    follow(m_store.journal(), QStringLiteral("feelings_shared"));
    reload();
}

int FeelingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags FeelingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

Status FeelingModel::removeRow(int row)
{
    return m_store.remove(TrustStore::Kind::Feeling, idAt(row));
}

Result<QList<SharedFeeling>> FeelingModel::readAll() const
{
    return m_store.feelings();
}

Result<SharedFeeling> FeelingModel::readOne(qint64 id) const
{
    return m_store.feeling(id);
}

bool FeelingModel::lessThan(const SharedFeeling &a, const SharedFeeling &b) const
{
    return a.day != b.day ? a.day > b.day : a.id > b.id;
}

QVariant FeelingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SharedFeeling &f = m_rows.at(index.row());
    if (role == IdRole)
        return f.id;
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DayColumn:
        return display ? QVariant(QLocale().toString(f.day, QLocale::ShortFormat))
                       : QVariant(f.day);
    case WhatColumn:
        return f.what;
    case ReceivedColumn:
        return f.received;
    }
    return {};
}

QVariant FeelingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel<SharedFeeling>::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("When");
    case WhatColumn:
        return tr("What I shared");
    case ReceivedColumn:
        return tr("How it was received");
    }
    return {};
}

bool FeelingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SharedFeeling f = m_rows.at(index.row());
    switch (index.column()) {
    case DayColumn:
        f.day = value.toDate();
        break;
    case WhatColumn:
        f.what = value.toString();
        break;
    case ReceivedColumn:
        f.received = value.toString();
        break;
    default:
        return false;
    }
    return refuse(m_store.updateFeeling(f));
}

Result<qint64> FeelingModel::add(QDate day, const QString &what, const QString &received)
{
    return m_store.addFeeling({ 0, day, what, received });
}

} // namespace Rekindle
