// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitmentModel.h"

#include "storage/TrustStore.h"

#include <QLocale>

namespace Rekindle {

CommitmentModel::CommitmentModel(TrustStore &store, const Clock &clock, QObject *parent)
    : RecordListModel<Commitment>(parent)
    , m_store(store)
    , m_clock(clock)
{
    follow(m_store.journal(), QStringLiteral("commitments"));
    reload();
}

int CommitmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CommitmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

Status CommitmentModel::removeRow(int row)
{
    return m_store.remove(TrustStore::Kind::Commitment, idAt(row));
}

Result<QList<Commitment>> CommitmentModel::readAll() const
{
    return m_store.commitments();
}

Result<Commitment> CommitmentModel::readOne(qint64 id) const
{
    return m_store.commitment(id);
}

bool CommitmentModel::lessThan(const Commitment &a, const Commitment &b) const
{
    return a.madeOn != b.madeOn ? a.madeOn > b.madeOn : a.id > b.id;
}

QVariant CommitmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Commitment &c = m_rows.at(index.row());
    const QLocale locale;
    if (role == IdRole)
        return c.id;
    if (role == AttentionRole)
        return c.isOverdue(m_clock.today());
    if (role == ChoicesRole) {
        if (index.column() != StatusColumn)
            return {};
        QStringList names;
        for (CommitmentStatus s : TrustRules::commitmentStatuses())
            names << TrustRules::commitmentStatusName(s);
        return names;
    }
    if (role == Qt::ToolTipRole && index.column() == DueColumn && c.isOverdue(m_clock.today()))
        return tr("Overdue since %1").arg(locale.toString(c.dueOn, QLocale::ShortFormat));
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case PromiseColumn:
        return c.promise;
    case MadeColumn:
        return display ? QVariant(locale.toString(c.madeOn, QLocale::ShortFormat))
                       : QVariant(c.madeOn);
    case DueColumn:
        if (display)
            return c.dueOn.isValid() ? (c.isOverdue(m_clock.today())
                           ? tr("%1 (overdue)").arg(locale.toString(c.dueOn, QLocale::ShortFormat))
                           : locale.toString(c.dueOn, QLocale::ShortFormat))
                                     : QString();
        return c.dueOn.isValid() ? c.dueOn : m_clock.today();
    case StatusColumn:
        return display ? QVariant(TrustRules::commitmentStatusName(c.status))
                       : QVariant(int(c.status));
    case NoteColumn:
        return c.note;
    }
    return {};
}

QVariant CommitmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel<Commitment>::headerData(section, orientation, role);
    switch (section) {
    case PromiseColumn:
        return tr("Promise");
    case MadeColumn:
        return tr("Made on");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

bool CommitmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Commitment c = m_rows.at(index.row());
    switch (index.column()) {
    case PromiseColumn:
        c.promise = value.toString();
        break;
    case MadeColumn:
        c.madeOn = value.toDate();
        break;
    case DueColumn:
        c.dueOn = value.toDate();
        break;
    case StatusColumn:
        c.status = TrustRules::commitmentStatusFromInt(value.toInt()).value_or(c.status);
        break;
    case NoteColumn:
        c.note = value.toString();
        break;
    default:
        return false;
    }
    return refuse(m_store.updateCommitment(c));
}

Result<qint64> CommitmentModel::add(const QString &promise, QDate madeOn, QDate dueOn)
{
    Commitment c;
    c.promise = promise;
    c.madeOn = madeOn;
    c.dueOn = dueOn;
    return m_store.addCommitment(c);
}

Status CommitmentModel::setDueDate(int row, QDate dueOn)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a commitment first.") };
    Commitment c = m_rows.at(row);
    c.dueOn = dueOn;
    return m_store.updateCommitment(c);
}

} // namespace Rekindle
