// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFollow.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <algorithm>

namespace Rekindle {

/// A table of records edited in place. Edits go to a store, which validates: a refused edit
/// changes nothing and is reported through errorOccurred() for the view to show.
class EditableTableModel : public QAbstractTableModel {
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

    /// Removes the record of `row` from the journal.
    virtual Status removeRow(int row) = 0;
    /// The record's id at `row`, or 0.
    virtual qint64 idAt(int row) const = 0;

    /// Qt's contract for views and proxies: removes `count` records from `row` through the
    /// store, the last first so that the rows still to go keep their numbers. Each row leaves
    /// with beginRemoveRows()/endRemoveRows() as the store reports the removal. Stops at the
    /// first refusal, reports it through errorOccurred() and returns false; rows already
    /// removed stay removed (each removal is its own save).
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
            return false;
        for (int r = row + count - 1; r >= row; --r) {
            const qint64 id = idAt(r);
            if (!refuse(removeRow(r)))
                return false;
            // The store said yes but the row is still here: the model did not follow it.
            Q_ASSERT(idAt(r) != id);
        }
        return true;
    }

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    /// Reports a refused edit; returns false for setData().
    bool refuse(const Status &status)
    {
        if (status)
            return true;
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
};

/// The shared mechanics of a table over a small list of records of type `T` (which has an
/// `id`), kept in order by `lessThan` and in step with the journal through precise inserts,
/// removals and dataChanged, never a reset for a single edit. Subclasses read from their
/// store in `readAll()` / `readOne()` and follow() the kind they show.
template<typename T> class RecordTableModel : public EditableTableModel {
public:
    using EditableTableModel::EditableTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    qint64 idAt(int row) const override
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
    }
    const T &at(int row) const { return m_rows.at(row); }
    const QList<T> &records() const { return m_rows; }
    int rowOf(qint64 id) const
    {
        const auto it
            = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const T &r) { return r.id == id; });
        return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
    }

    /// Reads everything again (on creation, and when the day changes).
    void reload()
    {
        beginResetModel();
        auto all = readAll();
        if (all)
            m_rows = std::move(all).value();
        else
            m_rows.clear();
        endResetModel();
        if (!all)
            Q_EMIT errorOccurred(all.error().message);
    }

protected:
    virtual Result<QList<T>> readAll() const = 0;
    virtual Result<T> readOne(qint64 id) const = 0;
    /// Whether `a` comes before `b`.
    virtual bool lessThan(const T &a, const T &b) const = 0;

    /// Follows the journal's changes to records of `kind` (a RecordKind name).
    void follow(const Journal &journal, const QString &kind)
    {
        RecordFollow::records(journal, this, kind, &RecordTableModel::onCreated,
            &RecordTableModel::onUpdated, &RecordTableModel::onRemoved);
    }

    void onCreated(qint64 id)
    {
        auto record = readOne(id);
        if (!record || rowOf(id) >= 0)
            return;
        const int row = insertPosition(*record);
        beginInsertRows({}, row, row);
        m_rows.insert(row, std::move(record).value());
        endInsertRows();
    }

    void onUpdated(qint64 id)
    {
        const int row = rowOf(id);
        auto record = readOne(id);
        if (row < 0 || !record)
            return;
        // Stays in place when the order allows it: one dataChanged, editors stay open.
        const bool afterPrevious = row == 0 || !lessThan(*record, m_rows.at(row - 1));
        const bool beforeNext = row + 1 >= m_rows.size() || !lessThan(m_rows.at(row + 1), *record);
        if (afterPrevious && beforeNext) {
            m_rows[row] = std::move(record).value();
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        onRemoved(id);
        const int to = insertPosition(*record);
        beginInsertRows({}, to, to);
        m_rows.insert(to, std::move(record).value());
        endInsertRows();
    }

    void onRemoved(qint64 id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    QList<T> m_rows;

private:
    int insertPosition(const T &record) const
    {
        return int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), record,
                       [this](const T &a, const T &b) { return lessThan(a, b); })
            - m_rows.cbegin());
    }
};

} // namespace Rekindle
