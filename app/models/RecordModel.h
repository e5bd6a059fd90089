// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QString>

namespace Rekindle {

/// The one base of every list and table model over records: what a view, a delegate or a
/// panel can rely on whatever the rows are. A list is a table of one column (index() takes the
/// column as optional, as QAbstractListModel's does), so lists and tables share the error
/// signal, the read-failure state and removeRows().
///
/// Edits go to a store, which validates: a refused edit changes nothing and is reported through
/// errorOccurred() for the view to show. A read that fails leaves the rows empty and sets
/// readError(), so that a view can show the error inline instead of "Nothing yet".
class RecordModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        /// For columns holding one of a few values: the names to choose from (QStringList);
        /// EditRole then holds the index into it.
        ChoicesRole,
        /// True for rows worth a gentle flag (overdue, too fast...).
        AttentionRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// One column, unless a table says otherwise.
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;

    /// Removes the record of `row` from the journal through its store. The row leaves when the
    /// store announces the removal (the model follows the journal), never before. The default
    /// refuses: a model whose rows cannot be removed one by one says so.
    virtual Status removeRow(int row);
    /// The record's id at `row`, or 0 (also for rows that are not records of the journal).
    virtual qint64 idAt(int row) const = 0;

    /// Qt's contract for views and proxies: removes `count` records from `row` through
    /// removeRow(), the last first so that the rows still to go keep their numbers. Each row
    /// leaves with beginRemoveRows()/endRemoveRows() as the store reports the removal. Stops at
    /// the first refusal, reports it through errorOccurred() and returns false; rows already
    /// removed stay removed (each removal is its own save, so an undo can put each back).
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /// Why the last read of the rows failed (they are then empty), or empty when it worked.
    QString readError() const { return m_readError; }

Q_SIGNALS:
    /// An edit was refused or a read failed: `message` is translated, for the person.
    void errorOccurred(const QString &message);

protected:
    /// Reports a refused edit; returns false for setData().
    bool refuse(const Status &status);
    /// Records the outcome of a read: an error is kept for readError() and reported once
    /// through errorOccurred(); an empty message clears it.
    void setReadError(const QString &message);

private:
    QString m_readError;
};

} // namespace Rekindle
