// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueModel.h"

#include "storage/TrustStore.h"

#include <QLocale>

namespace Rekindle {

IssueModel::IssueModel(TrustStore &store, const Clock &clock, QObject *parent)
    : RecordListModel<Issue>(parent)
    , m_store(store)
    , m_clock(clock)
{
    follow(m_store.journal(), QStringLiteral("issues"));
    reload();
}

int IssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags IssueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

Status IssueModel::removeRow(int row)
{
    return m_store.remove(TrustStore::Kind::Issue, idAt(row));
}

Result<QList<Issue>> IssueModel::readAll() const
{
    return m_store.issues();
}

Result<Issue> IssueModel::readOne(qint64 id) const
{
    return m_store.issue(id);
}

bool IssueModel::lessThan(const Issue &a, const Issue &b) const
{
    return a.raisedOn != b.raisedOn ? a.raisedOn > b.raisedOn : a.id > b.id;
}

QVariant IssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue &i = m_rows.at(index.row());
    if (role == IdRole)
        return i.id;
    if (role == ChoicesRole) {
        QStringList names;
        if (index.column() == ByColumn)
            for (RaisedBy by : TrustRules::raisedByValues())
                names << TrustRules::raisedByName(by);
        else if (index.column() == StatusColumn)
            for (IssueStatus s : TrustRules::issueStatuses())
                names << TrustRules::issueStatusName(s);
        else
            return {};
        return names;
    }
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case RaisedColumn:
        return display ? QVariant(QLocale().toString(i.raisedOn, QLocale::ShortFormat))
                       : QVariant(i.raisedOn);
    case ByColumn:
        return display ? QVariant(TrustRules::raisedByName(i.raisedBy)) : QVariant(int(i.raisedBy));
    case WhatColumn:
        return i.what;
    case StatusColumn:
        return display ? QVariant(TrustRules::issueStatusName(i.status)) : QVariant(int(i.status));
    case AgreementColumn:
        return i.agreement;
    }
    return {};
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel<Issue>::headerData(section, orientation, role);
    switch (section) {
    case RaisedColumn:
        return tr("Raised on");
    case ByColumn:
        return tr("Raised by");
    case WhatColumn:
        return tr("What");
    case StatusColumn:
        return tr("Status");
    case AgreementColumn:
        return tr("What we agreed");
    }
    return {};
}

bool IssueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Issue i = m_rows.at(index.row());
    switch (index.column()) {
    case RaisedColumn:
        i.raisedOn = value.toDate();
        break;
    case ByColumn:
        i.raisedBy = TrustRules::raisedByFromInt(value.toInt()).value_or(i.raisedBy);
        break;
    case WhatColumn:
        i.what = value.toString();
        break;
    case StatusColumn:
        i.status = TrustRules::issueStatusFromInt(value.toInt()).value_or(i.status);
        break;
    case AgreementColumn:
        i.agreement = value.toString();
        break;
    default:
        return false;
    }
    return refuse(m_store.updateIssue(i));
}

Result<qint64> IssueModel::add(RaisedBy by, QDate raisedOn, const QString &what)
{
    Issue i;
    i.raisedBy = by;
    i.raisedOn = raisedOn;
    i.what = what;
    return m_store.addIssue(i);
}

} // namespace Rekindle
