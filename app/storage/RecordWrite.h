// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Journal.h"
#include "JournalConnection.h"
#include "Sql.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

/// The one way a store saves: one transaction per save, errors as values, and every record it
/// touched announced once through Journal::recordChanged after the commit (never for a save
/// that failed, so a view never shows what is not in the journal).
namespace Rekindle::RecordWrite {

/// One save. Statements run inside its transaction; `commit()` ends it and announces.
class Save {
public:
    Save(Journal &journal, const QString &what)
        : m_journal(journal)
        , m_db(journal.database())
        , m_what(what)
        , m_transaction(m_db, what)
    {
    }
    Save(const Save &) = delete;
    Save &operator=(const Save &) = delete;

    /// Whether BEGIN succeeded; when not, `status()` says why.
    bool begun() const { return m_transaction.begun(); }
    const Status &status() const { return m_transaction.status(); }
    const QSqlDatabase &database() const { return m_db; }

    /// Runs one statement that may rightly touch no row (an upsert, removing what may be gone).
    Result<QSqlQuery> run(const QString &sql, const QVariantList &bindings)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return Sql::error(query.lastError(), m_what);
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        if (!query.exec())
            return Sql::error(query.lastError(), m_what);
        return query;
    }
    /// Inserts one row of `kind` and returns its id, announced as created.
    Result<qint64> insert(const QString &kind, const QString &sql, const QVariantList &bindings)
    {
        auto query = run(sql, bindings);
        if (!query)
            return query.error();
        const qint64 id = query->lastInsertId().toLongLong();
        announce(kind, id, RecordChange::Created);
        return id;
    }
    /// Updates or deletes row `id` of `kind`, announced as `change`; `notFound` when no row
    /// was touched.
    Status change(const QString &kind, qint64 id, RecordChange change, const QString &sql,
        const QVariantList &bindings, const Error &notFound)
    {
        auto query = run(sql, bindings);
        if (!query)
            return query.error();
        if (query->numRowsAffected() < 1)
            return notFound;
        announce(kind, id, change);
        return {};
    }
    /// Records a change made by a statement of this save, to announce after the commit.
    void announce(const QString &kind, qint64 id, RecordChange change)
    {
        m_changes.append({ kind, id, change });
    }

    /// Commits, then announces each change in the order it was made.
    Status commit()
    {
        if (Status status = m_transaction.commit(); !status)
            return status;
        for (const Change &c : std::as_const(m_changes))
            Q_EMIT m_journal.recordChanged(c.kind, c.id, c.change);
        m_changes.clear();
        return {};
    }

private:
    struct Change {
        QString kind;
        qint64 id = 0;
        RecordChange change = RecordChange::Updated;
    };

    Journal &m_journal;
    QSqlDatabase m_db;
    QString m_what;
    Sql::Transaction m_transaction;
    QList<Change> m_changes;
};

/// A save of one inserted row of `kind`: its id.
inline Result<qint64> insert(Journal &journal, const QString &kind, const QString &sql,
    const QVariantList &bindings, const QString &what)
{
    Save save(journal, what);
    if (!save.begun())
        return save.status().error();
    auto id = save.insert(kind, sql, bindings);
    if (!id)
        return id.error();
    if (Status status = save.commit(); !status)
        return status.error();
    return id;
}

/// A save that updates or deletes row `id` of `kind`; `notFound` when no row was touched.
inline Status change(Journal &journal, const QString &kind, qint64 id, RecordChange change,
    const QString &sql, const QVariantList &bindings, const QString &what, const Error &notFound)
{
    Save save(journal, what);
    if (!save.begun())
        return save.status();
    if (Status status = save.change(kind, id, change, sql, bindings, notFound); !status)
        return status;
    return save.commit();
}

/// The uid of row `id` of `table`: the place its text is bound to (a uid never changes, so it
/// may be read before the save's transaction). `notFound` when the row is gone.
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

/// A save that updates row `id` of `kind`, whose text is bound to the row's uid: `values(uid)`
/// gives the statement's bindings. `notFound` when the row is gone.
template<typename Values>
Status update(Journal &journal, const QString &kind, qint64 id, const QString &sql, Values values,
    const QString &what, const Error &notFound)
{
    const auto uid = uidOf(journal.database(), kind, id, what, notFound);
    if (!uid)
        return uid.error();
    return change(journal, kind, id, RecordChange::Updated, sql, values(*uid), what, notFound);
}

inline QVariant optionalDay(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType(QMetaType::QString));
}

} // namespace Rekindle::RecordWrite
