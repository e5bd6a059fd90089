// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Journal.h"
#include "SearchProjection.h"
#include "Sql.h"
#include "SqliteHandle.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <atomic>
#include <functional>
#include <memory>

namespace Rekindle {

/// The search index of an unlocked encrypted journal, in memory only: `temp.search_text`, an
/// FTS5 table with the columns of the on-disk one (RecordKinds::searchTableStatements). SQLite
/// resolves an unqualified name in the temp schema before main, so SearchStore's queries read
/// it unchanged, while the on-disk index stays empty and without triggers. Built from the
/// decoded records (SearchProjection) after unlocking, kept in step with every save, dropped
/// at lock; with temp_store=MEMORY none of it reaches a file.
class MemorySearchIndex {
public:
    /// `done` of `total` records indexed.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// The index rowid of each record by (kind code, id): a record's rowid follows its date,
    /// which a save may have changed.
    using Rowids = QHash<quint64, qint64>;
    static quint64 keyOf(int code, qint64 id) { return quint64(code) << 56 | quint64(id); }

    explicit MemorySearchIndex(Journal &journal);
    ~MemorySearchIndex();
    MemorySearchIndex(const MemorySearchIndex &) = delete;
    MemorySearchIndex &operator=(const MemorySearchIndex &) = delete;

    /// Creates the table (empty) and indexes every record, on this thread.
    Status build(const Progress &progress = {});
    /// Takes an index built elsewhere (fill() on a worker's connection, or a snapshot): its
    /// pages in `image` (SqliteHandle::serialize of that temp schema) and its rowids.
    Status adopt(QByteArrayView image, Rowids rowids);
    /// The pages of the index, for a snapshot; an error when there is none.
    Result<QByteArray> image() const;
    /// The same pages as SQLite allocated them, for a lock: no copy on this thread.
    Result<SqliteHandle::Pages> pages() const;
    bool isBuilt() const { return m_created; }

    /// Makes the index in `db`'s temp schema from the records `codec` decodes, inside the
    /// caller's transaction, filling `rowids`; stops early with an error once `cancel` is set.
    /// The work of build(), for any connection on any thread.
    static Status fill(const QSqlDatabase &db, const FieldCodec &codec, const Progress &progress,
        const std::atomic_bool *cancel, Rowids &rowids);
    /// Follows one save (Journal::recordChanged).
    Status update(const QString &kind, qint64 id, RecordChange change);
    /// Removes the table and everything in it.
    void drop();

private:
    /// The work of update(), in its savepoint.
    Status apply(const QString &kind, qint64 id, RecordChange change);
    Status index(int code, qint64 id);
    Status unindex(int code, qint64 id);
    Status forgetMissing(int code);

    SearchProjection &projection();

    Journal &m_journal;
    bool m_created = false;
    Rowids m_rowids;
    /// Every save runs the same few statements: prepared once while the index lives.
    Sql::StatementCache m_statements;
    std::unique_ptr<SearchProjection> m_projection;
    const FieldCodec *m_projectionCodec = nullptr;
};

} // namespace Rekindle
