// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordModel.h"

namespace Rekindle {

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QModelIndex RecordModel::index(int row, int column, const QModelIndex &parent) const
{
    return QAbstractTableModel::index(row, column, parent);
}

Status RecordModel::removeRow(int row)
{
    Q_UNUSED(row)
    return Error { tr("This list does not remove its rows.") };
}

bool RecordModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    for (int r = row + count - 1; r >= row; --r) {
        const qint64 id = idAt(r);
        if (!refuse(removeRow(r)))
            return false;
        // The store said yes but the row is still here: the model did not follow it.
        Q_ASSERT(id == 0 || idAt(r) != id);
    }
    return true;
}

bool RecordModel::refuse(const Status &status)
{
    if (status)
        return true;
    Q_EMIT errorOccurred(status.error().message);
    return false;
}

void RecordModel::setReadError(const QString &message)
{
    m_readError = message;
    if (!message.isEmpty())
        Q_EMIT errorOccurred(message);
}

} // namespace Rekindle
