// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <map>
#include <memory>

namespace Rekindle::Sql {

/// Turns a failed query into an Error: `what` says in the person's words what could not be done;
/// well-known SQLite failures (disk full, read-only, damaged file) get a plain explanation.
Error error(const QSqlError &sqlError, const QString &what);

/// Prepares and runs `sql` with positional `bindings`; on failure returns an Error built
/// with `what`.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
    std::initializer_list<QVariant> bindings, const QString &what);

/// How many rows of `table` in step `step` come before the one written at `created` with `id`
/// in a step's list order (created_at DESC, id DESC): its row once that many have been read.
/// Counted over the table's index of its step and time.
Result<qint64> positionInStep(const QSqlDatabase &db, const QString &table, int step,
    const QDateTime &created, qint64 id, const QString &what);

/// Runs statements in order, stopping at the first failure.
Status runAll(const QSqlDatabase &db, const QStringList &statements, const QString &what);

/// Statements of one connection prepared once and run many times: SQLite parses each text once,
/// not at every run. For the statements of a path that runs at every save. A query returned by
/// run() stays on its result until the same text runs again or the caller calls finish(), which
/// it should as soon as it has read: a statement left running keeps its read open.
class StatementCache {
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// Runs `sql` (prepared on its first run) with positional `bindings`; on failure returns an
    /// Error built with `what`, and the text is prepared afresh next time.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &bindings, const QString &what);
    /// Finishes and forgets every statement (before a table they read is dropped).
    void clear();

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

/// A transaction that rolls back unless committed. Every write of the app goes through one.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase &db, const QString &what);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; when not, `status()` says why.
    bool begun() const { return m_status.ok(); }
    const Status &status() const { return m_status; }
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_what;
    Status m_status;
    bool m_open = false;
};

} // namespace Rekindle::Sql
