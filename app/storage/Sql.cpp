// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include "core/Translation.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Rekindle::Sql {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::Sql", text);
    }

    // SQLite primary result codes that deserve their own explanation.
    constexpr int SqliteBusy = 5;
    constexpr int SqliteLocked = 6;
    constexpr int SqliteReadOnly = 8;
    constexpr int SqliteIoErr = 10;
    constexpr int SqliteCorrupt = 11;
    constexpr int SqliteFull = 13;
    constexpr int SqliteCantOpen = 14;
    constexpr int SqliteNotADb = 26;

} // namespace

Error error(const QSqlError &sqlError, const QString &what)
{
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    QString reason;
    switch (code) {
    case SqliteFull:
        reason = tr("The disk is full. Free some space and try again; nothing was changed.");
        break;
    case SqliteReadOnly:
        reason = tr("The journal file cannot be written to. Check that its folder is writable.");
        break;
    case SqliteBusy:
    case SqliteLocked:
        reason = tr("The journal is busy in another program. Try again in a moment.");
        break;
    case SqliteIoErr:
        // EIO, EFBIG (a file-size limit) and a disk pulled out all end here.
        reason = tr("The disk reported an error while reading or writing the journal: it may "
                    "be full, at a size limit, or no longer connected. Nothing was changed.");
        break;
    case SqliteCantOpen:
        reason = tr("The journal file cannot be reached. If it is on a removable disk, "
                    "connect it again.");
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        reason = tr("The journal file is damaged or is not a Rekindle journal.");
        break;
    default:
        reason = tr("The journal reported an unexpected problem.");
        break;
    }
    return Error { what.isEmpty() ? reason : what + u' ' + reason, sqlError.text() };
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
    std::initializer_list<QVariant> bindings, const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return error(query.lastError(), what);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return error(query.lastError(), what);
    return query;
}

Result<qint64> positionInStep(const QSqlDatabase &db, const QString &table, int step,
    const QDateTime &created, qint64 id, const QString &what)
{
    const qint64 at = created.toMSecsSinceEpoch();
    auto query = run(db,
        QStringLiteral("SELECT count(*) FROM %1 WHERE step = ? AND (created_at > ? OR "
                       "(created_at = ? AND id > ?))")
            .arg(table),
        { step, at, at, id }, what);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Status runAll(const QSqlDatabase &db, const QStringList &statements, const QString &what)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return error(query.lastError(), what);
    }
    return {};
}

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
{
}

StatementCache::~StatementCache()
{
    clear();
}

Result<QSqlQuery *> StatementCache::run(
    const QString &sql, const QVariantList &bindings, const QString &what)
{
    std::unique_ptr<QSqlQuery> &query = m_queries[sql];
    if (!query) {
        auto fresh = std::make_unique<QSqlQuery>(m_db);
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql)) {
            Error failed = error(fresh->lastError(), what);
            m_queries.erase(sql);
            return failed;
        }
        query = std::move(fresh);
    }
    query->finish();
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query->bindValue(int(i), bindings.at(i));
    if (!query->exec()) {
        Error failed = error(query->lastError(), what);
        m_queries.erase(sql);
        return failed;
    }
    return query.get();
}

void StatementCache::clear()
{
    for (auto &[sql, query] : m_queries)
        query->finish();
    m_queries.clear();
}

Transaction::Transaction(const QSqlDatabase &db, const QString &what)
    : m_db(db)
    , m_what(what)
{
    // BEGIN IMMEDIATE takes the write lock up front, so a busy journal fails here, before any
    // statement ran, instead of half-way through.
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_status = error(query.lastError(), m_what);
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_status = error(query.lastError(), m_what);
        return m_status;
    }
    m_open = false;
    return {};
}

} // namespace Rekindle::Sql
