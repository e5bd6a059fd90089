// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

class QSqlDatabase;
struct sqlite3;

/// SQLite's own API on a Qt connection, for what Qt Sql does not offer: a copy made in steps
/// (the online backup API) and work that a flag can stop (a progress handler).
///
/// Qt's driver hands out its sqlite3 handle (QSqlDriver::handle()), but calling our SQLite on
/// it is only sound when Qt's driver uses the very library we link: a second copy of SQLite in
/// the process would not even share its file locks. So handleOf() answers only when that is
/// proven (the driver's plugin resolves SQLite's entry points to ours); everything here is
/// then optional, and callers keep a way that needs none of it.
namespace Rekindle::SqliteHandle {
/// The handle behind `db`, or nullptr when it is not provably our SQLite's (or when
/// Rekindle was built without linking SQLite).
sqlite3 *handleOf(const QSqlDatabase &db);

/// Copies the database `source` (on this thread's connection) into the empty file
/// `targetPath`, `pagesPerStep` pages at a time inside one read transaction (a
/// consistent snapshot while others write), stopping between steps when `cancel` is set.
/// The copy is left in rollback-journal mode, a file on its own. `afterStep`, when set, is
/// called after each step with the pages copied so far and the pages in all.
using StepReport = std::function<void(int copied, int total)>;
Status copyInSteps(sqlite3 *source, const QString &targetPath, const std::atomic_bool *cancel,
    int pagesPerStep, const StepReport &afterStep = {});

/// The pages of the database `schema` ("main", "temp" or an attached name) of `handle`: an
/// in-memory image that loadImage() puts back. Empty with an error without SQLite's API.
Result<QByteArray> serialize(sqlite3 *handle, const char *schema);

/// Pages as SQLite allocated them (sqlite3_serialize), held without a copy: a lock hands
/// them to the snapshot's writer as they are, and whoever holds them last wipes the whole
/// allocation before it is freed. Move-only.
class Pages {
public:
    Pages() = default;
    ~Pages();
    Pages(Pages &&other) noexcept;
    Pages &operator=(Pages &&other) noexcept;
    Pages(const Pages &) = delete;
    Pages &operator=(const Pages &) = delete;

    QByteArrayView view() const { return { m_data, m_size }; }
    bool isEmpty() const { return m_size == 0; }

private:
    friend Result<Pages> serializePages(sqlite3 *handle, const char *schema);
    void release();
    char *m_data = nullptr;
    qsizetype m_size = 0;
};
/// serialize() without the copy into a QByteArray.
Result<Pages> serializePages(sqlite3 *handle, const char *schema);
/// Replaces the database `schema` of `handle` ("temp" included, which SQLite cannot
/// deserialize into) by a copy of `image` (serialize()), page by page through the backup
/// API: no statement re-runs, and FTS5's segments arrive as they were built.
Status loadImage(sqlite3 *handle, const char *schema, QByteArrayView image);

/// Runs `work` and returns every statement `handle` ran meanwhile (not those of triggers),
/// with its bound values written in: what a test runs EXPLAIN QUERY PLAN on. Empty without
/// SQLite's API.
QStringList statementsDuring(sqlite3 *handle, const std::function<void()> &work);

/// While alive, makes every statement on `handle` stop (SQLITE_INTERRUPT) soon after
/// `cancel` is set. Does nothing for a null handle or flag.
class CancelGuard {
public:
    CancelGuard(sqlite3 *handle, const std::atomic_bool *cancel);
    ~CancelGuard();
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    sqlite3 *m_handle;
};
} // namespace Rekindle::SqliteHandle
