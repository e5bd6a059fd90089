// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"

/// One-statement writes, each in its own transaction, errors as values: the way a store saves.
namespace Rekindle::RecordWrite {

/// Inserts one row and returns its id.
inline Result<qint64> insert(const QSqlDatabase &db, const QString &sql,
    std::initializer_list<QVariant> bindings, const QString &what)
{
    Sql::Transaction transaction(db, what);
    if (!transaction.begun())
        return transaction.status().error();
    auto query = Sql::run(db, sql, bindings, what);
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

/// Updates or deletes one row; `notFound` when no row was touched.
inline Status change(const QSqlDatabase &db, const QString &sql,
    std::initializer_list<QVariant> bindings, const QString &what, const Error &notFound)
{
    Sql::Transaction transaction(db, what);
    if (!transaction.begun())
        return transaction.status();
    auto query = Sql::run(db, sql, bindings, what);
    if (!query)
        return query.error();
    if (query->numRowsAffected() < 1)
        return notFound;
    return transaction.commit();
}

/// Runs one statement that may rightly touch no row (an upsert, removing what may be gone).
inline Status run(const QSqlDatabase &db, const QString &sql,
    std::initializer_list<QVariant> bindings, const QString &what)
{
    Sql::Transaction transaction(db, what);
    if (!transaction.begun())
        return transaction.status();
    if (auto query = Sql::run(db, sql, bindings, what); !query)
        return query.error();
    return transaction.commit();
}

/// The uid of row `id` of `table`: the place its text is bound to (a uid never changes, so it
/// may be read before the write's transaction). `notFound` when the row is gone.
inline Result<QString> uidOf(const QSqlDatabase &db, const QString &table, qint64 id,
    const QString &what, const Error &notFound)
{
    auto query
        = Sql::run(db, QStringLiteral("SELECT uid FROM %1 WHERE id = ?").arg(table), { id }, what);
    if (!query)
        return query.error();
    if (!query->next())
        return notFound;
    return query->value(0).toString();
}

inline QVariant optionalDay(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType(QMetaType::QString));
}

} // namespace Rekindle::RecordWrite
