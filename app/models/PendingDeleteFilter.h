// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Rekindle {

class PendingDeletes;

/// A view's window onto a model of records that leaves out the one whose delete is pending
/// (see PendingDeletes), in the source's order, so that an undone delete comes back exactly
/// where it was. Fetching more pages passes through to the source.
///
/// The source gives each row's id in `idRole` of column 0, and either follows records of one
/// kind (RecordFollow::kindOf()) or names each row's kind in `kindRole`.
class PendingDeleteFilter final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    PendingDeleteFilter(
        PendingDeletes &pending, int idRole, QAbstractItemModel *source, QObject *parent = nullptr);
    /// For a source of several kinds: the kind of each row is in `kindRole`.
    static PendingDeleteFilter *ofKinds(PendingDeletes &pending, int kindRole, int idRole,
        QAbstractItemModel *source, QObject *parent = nullptr);

    /// The kind of the records shown (empty for a source of several kinds).
    QString kind() const { return m_kind; }

    /// The source row of row `row` of this filter, or -1.
    int sourceRow(int row) const;
    /// This filter's row of source row `row`, or -1 (also when that row is hidden).
    int filterRow(int sourceRow) const;

Q_SIGNALS:
    /// The record at `row` is shown again: its delete was undone (`undone`) or its removal
    /// failed. Emitted once the filter's rows are settled, so a view may select it and its
    /// owner may save (a change made while the rows move would reach the filter half way).
    void restored(int row, bool undone);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onPendingChanged(const QString &kind);
    void onRestored(const QString &kind, qint64 id, bool undone);

    PendingDeletes &m_pending;
    QString m_kind;
    int m_kindRole = -1;
    int m_idRole;
};

} // namespace Rekindle
