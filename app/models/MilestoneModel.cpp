// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MilestoneModel.h"

#include "storage/MilestoneStore.h"

#include <QLocale>

namespace Rekindle {

MilestoneModel::MilestoneModel(MilestoneStore &store, const Clock &clock, QObject *parent)
    : RecordListModel<Milestone>(parent)
    , m_store(store)
    , m_clock(clock)
{
    // A move is announced as the moved milestone's new number, then its neighbour's: the
    // first moves the row (the numbers shown follow the rows), the second finds it in place.
    RecordFollow::records(m_store.journal(), this, QStringLiteral("milestones"),
        &MilestoneModel::onCreated, &MilestoneModel::onChanged, &MilestoneModel::onRemoved);
    if (auto seeded = m_store.seedDefaults(); !seeded)
        Q_EMIT errorOccurred(seeded.error().message);
    reload();
}

int MilestoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Milestone &m = m_rows.at(index.row());
    if (role == IdRole)
        return m.id;
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != Qt::EditRole)
        return {};
    const auto day = [&](QDate d) -> QVariant {
        if (display)
            return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
        return d.isValid() ? d : m_clock.today();
    };
    switch (index.column()) {
    case TitleColumn:
        return display ? QVariant(tr("%1. %2").arg(index.row() + 1).arg(m.title))
                       : QVariant(m.title);
    case PlannedColumn:
        return day(m.plannedOn);
    case ReachedColumn:
        return day(m.reachedOn);
    }
    return {};
}

QVariant MilestoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel<Milestone>::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Milestone");
    case PlannedColumn:
        return tr("Planned for");
    case ReachedColumn:
        return tr("Reached on");
    }
    return {};
}

Qt::ItemFlags MilestoneModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool MilestoneModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Milestone m = m_rows.at(index.row());
    switch (index.column()) {
    case TitleColumn:
        m.title = value.toString();
        break;
    case PlannedColumn:
        m.plannedOn = value.toDate();
        break;
    case ReachedColumn:
        m.reachedOn = value.toDate();
        break;
    default:
        return false;
    }
    return refuse(m_store.update(m));
}

Result<qint64> MilestoneModel::add(const QString &title)
{
    return m_store.add({ 0, 0, title, {}, {} });
}

Status MilestoneModel::setPlanned(int row, QDate day)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a milestone first.") };
    Milestone m = m_rows.at(row);
    m.plannedOn = day;
    return m_store.update(m);
}

Status MilestoneModel::setReached(int row, QDate day)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a milestone first.") };
    Milestone m = m_rows.at(row);
    m.reachedOn = day;
    return m_store.update(m);
}

Status MilestoneModel::move(int row, int delta)
{
    if (row < 0 || row >= m_rows.size())
        return Error { tr("Choose a milestone first.") };
    return m_store.move(m_rows.at(row).id, delta);
}

Status MilestoneModel::removeRow(int row)
{
    return m_store.remove(idAt(row));
}

Result<QList<Milestone>> MilestoneModel::readAll() const
{
    return m_store.milestones();
}

Result<Milestone> MilestoneModel::readOne(qint64 id) const
{
    return m_store.milestone(id);
}

bool MilestoneModel::lessThan(const Milestone &a, const Milestone &b) const
{
    return a.position != b.position ? a.position < b.position : a.id < b.id;
}

void MilestoneModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    auto record = readOne(id);
    // The store numbers the milestones 0..n-1 in order: a new number is a new row.
    if (row < 0 || !record || record->position == m_rows.at(row).position)
        return onUpdated(id);
    onMoved(id, row, record->position);
    onUpdated(id);
}

void MilestoneModel::onMoved(qint64 id, int fromRow, int toRow)
{
    if (rowOf(id) != fromRow || toRow < 0 || toRow >= m_rows.size() || fromRow == toRow)
        return reload();
    // Rows swap with their neighbour: the destination is "before the row after it".
    const int destination = toRow > fromRow ? toRow + 1 : toRow;
    beginMoveRows({}, fromRow, fromRow, {}, destination);
    m_rows.move(fromRow, toRow);
    endMoveRows();
    const int first = std::min(fromRow, toRow);
    const int last = std::max(fromRow, toRow);
    // The store numbered every milestone 0..n-1 in this order.
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].position = row;
    // The numbers in front of the titles changed.
    Q_EMIT dataChanged(index(first, TitleColumn), index(last, TitleColumn));
}

} // namespace Rekindle
