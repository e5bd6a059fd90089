// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFollow.h"
#include "RecordModel.h"

#include <QList>
#include <algorithm>
#include <limits>
#include <optional>

namespace Rekindle {

/// The shared mechanics of every model over a list of records of type `T`: the rows, kept in
/// order by lessThan() and in step with the journal through precise inserts, removals and
/// dataChanged (a reset only when the journal's content was replaced or the model reloads).
///
/// A model reads its rows in one of two ways:
/// - all at once: readAll(), on reload() (a step's tens of reflections, the goals);
/// - page by page (setPageSize()): readPage() after the last fetched row, as the view scrolls
///   (canFetchMore()/fetchMore()); a record created beyond the fetched rows arrives with a later
///   page instead of being inserted;
/// - the first few only (setLimit()): readAll() reads at most that many, a new record pushes the
///   last one out and a removal lets the next one in.
/// A record of the followed kind for which belongs() is false (another step, the other list of
/// goals) has no row: an update that moves it out of this list removes its row, one that moves
/// it in inserts one. A failed read leaves no rows and sets readError().
///
/// A model whose rows are not read from the journal (an edit buffer, computed rows) keeps its
/// own reading and uses setRecords(), insertRecord(), replaceRecord() and removeRecord().
template<typename T> class RecordListModel : public RecordModel {
public:
    using RecordModel::RecordModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    qint64 idAt(int row) const override
    {
        return row >= 0 && row < m_rows.size() ? idOf(m_rows.at(row)) : 0;
    }
    const T &at(int row) const { return m_rows.at(row); }
    const QList<T> &records() const { return m_rows; }
    /// The row of record `id` among the rows read so far, or -1.
    int rowOf(qint64 id) const
    {
        const auto it = std::find_if(
            m_rows.cbegin(), m_rows.cend(), [id](const T &r) { return idOf(r) == id; });
        return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
    }

    /// The row of record `id`, reading pages until it is among the rows; -1 when it has none. A
    /// model that knows a record's position (positionOf()) reads no page past it, and one that
    /// has no row here costs no reading at all.
    int fetchTo(qint64 id)
    {
        int row = rowOf(id);
        if (row >= 0 || m_pageSize <= 0)
            return row;
        const std::optional<qint64> position = positionOf(id);
        while (position && row < 0 && m_rows.size() <= *position && canFetchMore({})) {
            fetchMore({});
            row = rowOf(id);
        }
        return row;
    }

    /// Reads everything again (on creation, when the day changes, when the journal's content
    /// was replaced). A paged model reads its first page again, inside the reset, so that a view
    /// shows rows at once (and Qt's model tester, which fetches on modelReset, sees no insert
    /// inside the reset).
    void reload()
    {
        beginResetModel();
        auto rows = m_pageSize > 0 ? readPage(nullptr, m_pageSize) : readAll();
        m_atEnd = !rows || rows->size() < m_pageSize;
        QString error;
        if (rows) {
            m_rows = std::move(rows).value();
        } else {
            m_rows.clear();
            error = rows.error().message;
        }
        endResetModel();
        setReadError(error);
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return m_pageSize > 0 && !parent.isValid() && !m_atEnd;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        auto page = readPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_pageSize);
        if (!page) {
            // Stop asking: a view would otherwise call fetchMore again at once, forever.
            m_atEnd = true;
            setReadError(page.error().message);
            return;
        }
        setReadError({});
        if (page->size() < m_pageSize)
            m_atEnd = true;
        if (page->isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page->size()) - 1);
        m_rows.append(std::move(page).value());
        endInsertRows();
    }

protected:
    /// Every record of the list, in order (models that read all at once).
    virtual Result<QList<T>> readAll() const { return QList<T>(); }
    /// Up to `size` records after `after` (null: from the start), in order (paged models).
    virtual Result<QList<T>> readPage(const T *after, int size) const
    {
        Q_UNUSED(after)
        Q_UNUSED(size)
        return QList<T>();
    }
    /// How many rows come before record `id` in this list once every page is read, none when it
    /// has no row here (paged models; fetchTo()). By default not known: read on until it shows.
    virtual std::optional<qint64> positionOf(qint64 id) const
    {
        Q_UNUSED(id)
        return std::numeric_limits<qint64>::max();
    }
    /// One record of the followed kind, as a row (for its changes).
    virtual Result<T> readOne(qint64 id) const
    {
        Q_UNUSED(id)
        return Error {};
    }
    /// Whether `a` comes before `b`.
    virtual bool lessThan(const T &a, const T &b) const = 0;
    /// Whether a record of the followed kind has a row in this list.
    virtual bool belongs(const T &record) const
    {
        Q_UNUSED(record)
        return true;
    }

    /// Reads page by page, `pageSize` records at a time (call before the first fetch).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    /// Shows only the first `limit` records (readAll() reads no more than that).
    void setLimit(int limit) { m_limit = limit; }
    /// Follows the journal's changes to records of `kind` (a RecordKind name), and reloads
    /// when its whole content is replaced (an import, a restore).
    void follow(const Journal &journal, const QString &kind)
    {
        RecordFollow::records(journal, this, kind, &RecordListModel::onCreated,
            &RecordListModel::onUpdated, &RecordListModel::onRemoved);
        QObject::connect(&journal, &Journal::contentReplaced, this, &RecordListModel::reload);
    }

    void onCreated(qint64 id)
    {
        if (rowOf(id) >= 0)
            return;
        auto record = readOne(id);
        if (record && belongs(*record))
            insertRecord(std::move(record).value());
    }

    void onUpdated(qint64 id)
    {
        auto record = readOne(id);
        if (!record)
            return;
        const int row = rowOf(id);
        if (!belongs(*record)) {
            removeRecord(row);
            return;
        }
        if (row < 0) {
            insertRecord(std::move(record).value());
            return;
        }
        // Stays in place when the order allows it: one dataChanged, editors stay open.
        const bool afterPrevious = row == 0 || !lessThan(*record, m_rows.at(row - 1));
        const bool beforeNext = row + 1 >= m_rows.size() || !lessThan(m_rows.at(row + 1), *record);
        if (afterPrevious && beforeNext) {
            replaceRecord(row, std::move(record).value());
            return;
        }
        removeRecord(row);
        insertRecord(std::move(record).value());
    }

    void onRemoved(qint64 id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        removeRecord(row);
        // The first record past a limited list now has a place.
        if (m_limit > 0 && m_rows.size() == m_limit - 1) {
            auto all = readAll();
            if (all && all->size() == m_limit) {
                const int last = int(m_rows.size());
                beginInsertRows({}, last, last);
                m_rows.append(all->constLast());
                endInsertRows();
            }
        }
    }

    /// Replaces every row at once (a model with its own reading).
    void setRecords(QList<T> records)
    {
        beginResetModel();
        m_rows = std::move(records);
        endResetModel();
    }
    /// Inserts `record` in its place; past the rows of a paged list that has more to fetch, it
    /// is left for a later page. Returns its row, or -1.
    int insertRecord(T record)
    {
        const int row = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), record,
                                [this](const T &a, const T &b) { return lessThan(a, b); })
            - m_rows.cbegin());
        if ((row == m_rows.size() && canFetchMore({})) || (m_limit > 0 && row >= m_limit))
            return -1;
        beginInsertRows({}, row, row);
        m_rows.insert(row, std::move(record));
        endInsertRows();
        if (m_limit > 0 && m_rows.size() > m_limit)
            removeRecord(int(m_rows.size()) - 1);
        return row;
    }
    /// Replaces the row in place (its place in the order must not change).
    void replaceRecord(int row, T record)
    {
        m_rows[row] = std::move(record);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    /// Removes `row`; nothing for -1.
    void removeRecord(int row)
    {
        if (row < 0 || row >= m_rows.size())
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    QList<T> m_rows;

private:
    static qint64 idOf(const T &record)
    {
        if constexpr (requires { record.id; })
            return record.id;
        else
            return 0;
    }

    int m_pageSize = 0; ///< 0: read all at once
    int m_limit = 0; ///< 0: no limit
    bool m_atEnd = false;
};

} // namespace Rekindle
