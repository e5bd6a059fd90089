// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySearchIndex.h"

#include "FieldCodec.h"
#include "JournalConnection.h"
#include "RecordKinds.h"
#include "SearchProjection.h"
#include "Sql.h"
#include "SqliteHandle.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::MemorySearchIndex", text);
    }

    const QString Insert
        = u"INSERT INTO temp.%1 (rowid, title, body, kind, item_id, step, at) "
          "VALUES (?, %2, %2, ?, ?, ?, ?)"_s.arg(RecordKinds::SearchTable, FieldCodec::TextParam);

} // namespace

MemorySearchIndex::MemorySearchIndex(Journal &journal)
    : m_journal(journal)
    , m_statements(journal.database())
{
}

MemorySearchIndex::~MemorySearchIndex()
{
    drop();
}

Status MemorySearchIndex::build(const Progress &progress)
{
    const QString what = tr("The search index could not be built.");
    drop();
    const QSqlDatabase db = m_journal.database();
    // One transaction for the whole build: FTS5 writes its segments once, not per record.
    Sql::Transaction transaction(db, what);
    if (!transaction.begun())
        return transaction.status();
    m_created = true;
    if (Status status = fill(db, m_journal.fieldCodec(), progress, nullptr, m_rowids); !status)
        return status;
    return transaction.commit();
}

Status MemorySearchIndex::fill(const QSqlDatabase &db, const FieldCodec &codec,
    const Progress &progress, const std::atomic_bool *cancel, Rowids &rowids)
{
    const QString what = tr("The search index could not be built.");
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    // The on-disk table's own declaration, made in the temp schema.
    QStringList create = RecordKinds::searchTableStatements();
    for (QString &statement : create)
        statement.replace(u"CREATE VIRTUAL TABLE %1 "_s.arg(RecordKinds::SearchTable),
            u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1 "_s.arg(RecordKinds::SearchTable));
    if (Status status = Sql::runAll(db, create, what); !status)
        return status;

    qint64 total = 0;
    for (const RecordKind &kind : RecordKinds::all()) {
        if (!kind.isSearchable())
            continue;
        auto count = Sql::run(db, u"SELECT count(*) FROM main.%1"_s.arg(kind.table), {}, what);
        if (!count)
            return count.error();
        if (count->next())
            total += count->value(0).toLongLong();
    }
    qint64 done = 0;
    if (progress)
        progress(done, total);

    QSqlQuery insert(db);
    if (!insert.prepare(Insert))
        return Sql::error(insert.lastError(), what);
    const SearchProjection projection(db, codec);
    Status failed;
    for (const RecordKind &kind : RecordKinds::all()) {
        if (!kind.isSearchable())
            continue;
        Status status = projection.projectAll(kind, [&](const SearchProjection::Row &row) {
            if (cancelled()) {
                failed = Error { tr("Building the search index was stopped.") };
                return false;
            }
            insert.addBindValue(row.rowid);
            insert.addBindValue(row.title.toUtf8());
            insert.addBindValue(row.text.toUtf8());
            insert.addBindValue(row.code);
            insert.addBindValue(row.itemId);
            insert.addBindValue(row.step);
            insert.addBindValue(row.at);
            if (!insert.exec()) {
                failed = Sql::error(insert.lastError(), what);
                return false;
            }
            rowids.insert(keyOf(row.code, row.itemId), row.rowid);
            ++done;
            if (progress && done % 256 == 0)
                progress(done, total);
            return true;
        });
        if (!status)
            return status;
        if (!failed)
            return failed;
    }
    if (progress)
        progress(total, total);
    return {};
}

Status MemorySearchIndex::adopt(QByteArrayView image, Rowids rowids)
{
    drop();
    Status loaded
        = SqliteHandle::loadImage(SqliteHandle::handleOf(m_journal.database()), "temp", image);
    if (!loaded)
        return loaded;
    m_created = true;
    m_rowids = std::move(rowids);
    return {};
}

Result<QByteArray> MemorySearchIndex::image() const
{
    if (!m_created)
        return Error { tr("The search index could not be saved."), u"no index"_s };
    return SqliteHandle::serialize(SqliteHandle::handleOf(m_journal.database()), "temp");
}

Result<SqliteHandle::Pages> MemorySearchIndex::pages() const
{
    if (!m_created)
        return Error { tr("The search index could not be saved."), u"no index"_s };
    return SqliteHandle::serializePages(SqliteHandle::handleOf(m_journal.database()), "temp");
}

Status MemorySearchIndex::unindex(int code, qint64 id)
{
    const auto it = m_rowids.constFind(keyOf(code, id));
    if (it == m_rowids.cend())
        return {};
    const qint64 rowid = *it;
    m_rowids.erase(it);
    auto removed
        = m_statements.run(u"DELETE FROM temp.%1 WHERE rowid = ?"_s.arg(RecordKinds::SearchTable),
            { rowid }, tr("The search index could not be updated."));
    return removed ? Status {} : Status { removed.error() };
}

Status MemorySearchIndex::index(int code, qint64 id)
{
    const QString what = tr("The search index could not be updated.");
    const RecordKind *kind = RecordKinds::findByCode(code);
    if (!kind)
        return {};
    if (Status status = unindex(code, id); !status)
        return status;
    const auto row = projection().project(*kind, id);
    if (!row)
        return row.error();
    if (!*row)
        return {};
    auto inserted = m_statements.run(Insert,
        { (*row)->rowid, (*row)->title.toUtf8(), (*row)->text.toUtf8(), (*row)->code,
            (*row)->itemId, (*row)->step, (*row)->at },
        what);
    if (!inserted)
        return inserted.error();
    m_rowids.insert(keyOf(code, id), (*row)->rowid);
    return {};
}

Status MemorySearchIndex::forgetMissing(int code)
{
    const RecordKind *kind = RecordKinds::findByCode(code);
    if (!kind)
        return {};
    auto ids = Sql::run(m_journal.database(), u"SELECT id FROM main.%1"_s.arg(kind->table), {},
        tr("The search index could not be updated."));
    if (!ids)
        return ids.error();
    QSet<qint64> present;
    while (ids->next())
        present.insert(ids->value(0).toLongLong());
    QList<qint64> gone;
    for (auto it = m_rowids.cbegin(); it != m_rowids.cend(); ++it)
        if (int(it.key() >> 56) == code
            && !present.contains(qint64(it.key() & ((quint64(1) << 56) - 1))))
            gone << qint64(it.key() & ((quint64(1) << 56) - 1));
    for (const qint64 id : std::as_const(gone))
        if (Status status = unindex(code, id); !status)
            return status;
    return {};
}

Status MemorySearchIndex::update(const QString &kindName, qint64 id, RecordChange change)
{
    if (!m_created)
        return {};
    // The save has committed: on their own, the removal of the old row and the insertion of
    // the new one would each be a transaction, and FTS5 writes (and merges) a segment at
    // every commit. A savepoint makes them one, inside a caller's transaction too; it takes
    // no lock on the journal's file, as only the temp schema is written.
    const QString what = tr("The search index could not be updated.");
    const bool grouped = bool(m_statements.run(u"SAVEPOINT memory_search_update"_s, {}, what));
    Status status = apply(kindName, id, change);
    if (grouped && !m_statements.run(u"RELEASE memory_search_update"_s, {}, what))
        return Error { what, u"savepoint not released"_s };
    return status;
}

Status MemorySearchIndex::apply(const QString &kindName, qint64 id, RecordChange change)
{
    const RecordKind *kind = RecordKinds::find(kindName);
    if (!kind)
        return {};
    // A part's text is searched as its parent's.
    if (const RecordKind *parent = kind->parent())
        kind = parent;
    if (kind->isSearchable()) {
        Status status
            = change == RecordChange::Removed ? unindex(kind->code, id) : index(kind->code, id);
        if (!status)
            return status;
    }
    if (change != RecordChange::Removed)
        return {};
    // Records that went with it (ON DELETE CASCADE) are announced with it or not at all.
    for (const RecordKind &other : RecordKinds::all()) {
        if (!other.isSearchable())
            continue;
        for (const RecordField &field : other.fields)
            if (field.type == RecordField::Type::Reference && field.references == kind->name
                && !field.optional)
                if (Status status = forgetMissing(other.code); !status)
                    return status;
    }
    return {};
}

SearchProjection &MemorySearchIndex::projection()
{
    // Kept with its prepared statements while the index lives; made again for another codec.
    const FieldCodec &codec = m_journal.fieldCodec();
    if (!m_projection || m_projectionCodec != &codec) {
        m_projection = std::make_unique<SearchProjection>(m_journal.database(), codec);
        m_projectionCodec = &codec;
    }
    return *m_projection;
}

void MemorySearchIndex::drop()
{
    m_rowids.clear();
    // No statement of ours may be left prepared over the table being dropped.
    m_statements.clear();
    m_projection.reset();
    m_projectionCodec = nullptr;
    if (!m_created)
        return;
    m_created = false;
    const QSqlDatabase db = m_journal.database();
    QSqlQuery drop(db);
    if (drop.exec(u"DROP TABLE IF EXISTS temp.%1"_s.arg(RecordKinds::SearchTable)))
        return;
    // SQLite refuses to drop a table while any statement of the connection is still running
    // (one a caller keeps open). The text goes anyway: emptied rows, and an index rebuilt from
    // nothing; the empty table is made again at the next build.
    qWarning("Rekindle: the in-memory search index is emptied, not dropped: %s",
        qPrintable(drop.lastError().text()));
    QSqlQuery(db).exec(u"DELETE FROM temp.%1"_s.arg(RecordKinds::SearchTable));
    QSqlQuery(db).exec(
        u"INSERT INTO temp.%1 (%1) VALUES ('rebuild')"_s.arg(RecordKinds::SearchTable));
}

} // namespace Rekindle
