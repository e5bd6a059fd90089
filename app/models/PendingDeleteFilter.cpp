// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingDeleteFilter.h"

#include "PendingDeletes.h"
#include "RecordFollow.h"

namespace Rekindle {

PendingDeleteFilter::PendingDeleteFilter(
    PendingDeletes &pending, int idRole, QAbstractItemModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_pending(pending)
    , m_kind(RecordFollow::kindOf(source))
    , m_idRole(idRole)
{
    setSourceModel(source);
    connect(&m_pending, &PendingDeletes::pendingChanged, this,
        [this](const QString &changed) { onPendingChanged(changed); });
    connect(&m_pending, &PendingDeletes::restored, this, &PendingDeleteFilter::onRestored);
}

PendingDeleteFilter *PendingDeleteFilter::ofKinds(
    PendingDeletes &pending, int kindRole, int idRole, QAbstractItemModel *source, QObject *parent)
{
    auto *filter = new PendingDeleteFilter(pending, idRole, source, parent);
    filter->m_kind.clear();
    filter->m_kindRole = kindRole;
    return filter;
}

int PendingDeleteFilter::sourceRow(int row) const
{
    const QModelIndex mapped = mapToSource(index(row, 0));
    return mapped.isValid() ? mapped.row() : -1;
}

int PendingDeleteFilter::filterRow(int sourceRow) const
{
    const QModelIndex mapped = mapFromSource(sourceModel()->index(sourceRow, 0));
    return mapped.isValid() ? mapped.row() : -1;
}

bool PendingDeleteFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_pending.hasPending())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString kind = m_kindRole >= 0 ? index.data(m_kindRole).toString() : m_kind;
    return !m_pending.isPending(kind, index.data(m_idRole).toLongLong());
}

void PendingDeleteFilter::onPendingChanged(const QString &kind)
{
    if (m_kindRole >= 0 || kind == m_kind)
        invalidateRowsFilter();
}

void PendingDeleteFilter::onRestored(const QString &kind, qint64 id, bool undone)
{
    if (m_kindRole < 0 && kind != m_kind)
        return;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex shown = index(row, 0);
        if (shown.data(m_idRole).toLongLong() == id
            && (m_kindRole < 0 || shown.data(m_kindRole).toString() == kind)) {
            Q_EMIT restored(row, undone);
            return;
        }
    }
}

} // namespace Rekindle
