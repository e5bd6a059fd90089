// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWriter.h"

#include "FieldCodec.h"
#include "ImportValidator.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordKinds.h"

#include <QSqlError>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString keyValue(const QStringList &fields, const std::function<QString(const QString &)> &of)
    {
        QStringList parts;
        for (const QString &field : fields)
            parts << of(field);
        return parts.join(QChar(0x1f));
    }

    /// The page cache while an import writes, in KiB. With the connection's default (2 MiB)
    /// the transaction outgrows it early and writes the same pages to the WAL again and again.
    constexpr qint64 ImportCacheKiB = qint64(8) * 1024;

    /// Records indexed by one statement when the search index is made again.
    constexpr qint64 SearchBatch = 1000;

    /// The search index's triggers in the main schema (an encrypted journal has none: its
    /// index is kept in memory).
    const QString SearchTriggers
        = QStringLiteral("type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'");

} // namespace

ImportWriter::ImportWriter(Journal &journal, ImportMode mode)
    : m_journal(journal)
    , m_mode(mode)
    , m_what(tr("The import could not be written; nothing was changed."))
{
}

ImportWriter::~ImportWriter()
{
    // Statements first: a rollback waits for none of them.
    m_insert = QSqlQuery();
    m_setting = QSqlQuery();
    m_transaction.reset();
    restoreCacheSize();
}

void ImportWriter::restoreCacheSize()
{
    if (m_cacheSize)
        QSqlQuery(m_journal.database()).exec(u"PRAGMA cache_size = %1"_s.arg(*m_cacheSize));
    m_cacheSize.reset();
}

Result<bool> ImportWriter::rebuildsSearch(qint64 incoming) const
{
    const QSqlDatabase db = m_journal.database();
    auto triggers = Sql::run(
        db, u"SELECT count(*) FROM main.sqlite_schema WHERE "_s + SearchTriggers, {}, m_what);
    if (!triggers)
        return triggers.error();
    if (!triggers->next() || triggers->value(0).toLongLong() == 0)
        return false;
    if (m_mode == ImportMode::Replace)
        return true;
    // A merge of a few records into a long journal keeps the index and its triggers: indexing
    // everything again would cost more than the rows it adds.
    auto indexed = Sql::run(
        db, u"SELECT count(*) FROM main.%1_docsize"_s.arg(RecordKinds::SearchTable), {}, m_what);
    if (!indexed)
        return indexed.error();
    return !indexed->next() || incoming > indexed->value(0).toLongLong();
}

Status ImportWriter::suspendSearch()
{
    const QSqlDatabase db = m_journal.database();
    auto schema = Sql::run(db,
        u"SELECT type, name, sql FROM main.sqlite_schema WHERE (%1) OR name = ? "
        "ORDER BY type, name"_s.arg(SearchTriggers),
        { RecordKinds::SearchTable }, m_what);
    if (!schema)
        return schema.error();
    QStringList drop;
    while (schema->next()) {
        const QString sql = schema->value(2).toString();
        if (schema->value(0).toString() == u"trigger"_s) {
            m_searchTriggers << sql;
            drop << u"DROP TRIGGER main.\"%1\""_s.arg(schema->value(1).toString());
        } else {
            m_searchTable = sql;
        }
    }
    schema->finish();
    if (m_searchTable.isEmpty())
        return Error { m_what, u"no search index"_s };
    // Made again empty: emptying it row by row would cost as much as indexing.
    drop << u"DROP TABLE main.%1"_s.arg(RecordKinds::SearchTable) << m_searchTable;
    return Sql::runAll(db, drop, m_what);
}

Status ImportWriter::rebuildSearch()
{
    const QSqlDatabase db = m_journal.database();
    for (const RecordKind &kind : RecordKinds::all()) {
        const QString from = u" FROM %1 AS t"_s.arg(kind.table);
        for (const QString &statement : RecordKinds::searchIndexStatements(kind.name)) {
            // The statement that indexes the rows already there, run over ranges of ids: one
            // statement over a whole table keeps the old content of every page it changes
            // (its statement journal, in memory) until it ends.
            if (!statement.startsWith(u"INSERT INTO"_s) || !statement.endsWith(from))
                continue;
            auto ids
                = Sql::run(db, u"SELECT min(id), max(id) FROM %1"_s.arg(kind.table), {}, m_what);
            if (!ids)
                return ids.error();
            if (!ids->next() || ids->value(0).isNull())
                continue;
            const qint64 first = ids->value(0).toLongLong();
            const qint64 last = ids->value(1).toLongLong();
            ids->finish();
            QSqlQuery insert(db);
            if (!insert.prepare(statement + u" WHERE t.id BETWEEN ? AND ?"_s))
                return Sql::error(insert.lastError(), m_what);
            for (qint64 at = first; at <= last; at += SearchBatch) {
                insert.addBindValue(at);
                insert.addBindValue(at + SearchBatch - 1);
                if (!insert.exec())
                    return Sql::error(insert.lastError(), m_what);
            }
        }
    }
    return Sql::runAll(db, m_searchTriggers, m_what);
}

Status ImportWriter::begin(qint64 incoming)
{
    const QSqlDatabase db = m_journal.database();
    m_transaction = std::make_unique<Sql::Transaction>(db, m_what);
    if (!m_transaction->begun())
        return m_transaction->status();
    if (QSqlQuery cache(db); cache.exec(u"PRAGMA cache_size"_s) && cache.next()) {
        const qint64 own = cache.value(0).toLongLong();
        // Never smaller than the connection's own (negative is KiB, positive pages).
        if (own >= 0 || -own < ImportCacheKiB) {
            m_cacheSize = own;
            cache.exec(u"PRAGMA cache_size = -%1"_s.arg(ImportCacheKiB));
        }
    }
    auto rebuild = rebuildsSearch(incoming);
    if (!rebuild)
        return rebuild.error();
    if (*rebuild)
        if (Status suspended = suspendSearch(); !suspended)
            return suspended;
    if (m_mode == ImportMode::Replace) {
        // Kinds that point to others first.
        const QList<RecordKind> &kinds = RecordKinds::all();
        for (qsizetype i = kinds.size() - 1; i >= 0; --i)
            if (auto done = Sql::run(db, u"DELETE FROM %1"_s.arg(kinds.at(i).table), {}, m_what);
                !done)
                return done.error();
        if (auto done
            = Sql::run(db, u"DELETE FROM %1"_s.arg(RecordKinds::SettingsTable), {}, m_what);
            !done)
            return done.error();
    }
    m_setting = QSqlQuery(db);
    if (!m_setting.prepare(
            u"INSERT INTO %1 (key, value) VALUES (?, %2) ON CONFLICT (key) DO NOTHING"_s.arg(
                RecordKinds::SettingsTable, FieldCodec::TextParam)))
        return Sql::error(m_setting.lastError(), m_what);
    return {};
}

Result<QList<ImportWriter::TextKey>> ImportWriter::existingTextKeys(const RecordKind &kind) const
{
    const FieldCodec &codec = m_journal.fieldCodec();
    QList<TextKey> keys;
    for (const QStringList &fields : kind.alsoUnique) {
        const bool holdsText
            = std::any_of(fields.cbegin(), fields.cend(), [&kind](const QString &f) {
                  const RecordField *field = kind.field(f);
                  return field && field->type == RecordField::Type::Text && field->ownText;
              });
        if (!holdsText || kind.isPart())
            continue;
        QStringList columns = { u"uid"_s };
        for (const QString &f : fields)
            columns << FieldCodec::textColumn(f);
        auto rows = Sql::run(m_journal.database(),
            u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), kind.table), {}, m_what);
        if (!rows)
            return rows.error();
        TextKey key { fields, {} };
        while (rows->next()) {
            const QString uid = rows->value(0).toString();
            QStringList parts;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const RecordField *field = kind.field(fields.at(i));
                const QVariant stored = rows->value(int(i + 1));
                if (field->type == RecordField::Type::Text && field->ownText) {
                    const auto text = codec.read({ kind.name, field->name, uid }, stored);
                    if (!text)
                        return text.error();
                    parts << *text;
                } else {
                    parts << FieldCodec::fromUtf8(stored.toByteArray());
                }
            }
            key.values.insert(parts.join(QChar(0x1f)));
        }
        keys << key;
    }
    return keys;
}

Status ImportWriter::startKind(const RecordKind &kind)
{
    m_kind = &kind;
    QStringList columns;
    QStringList values;
    for (const RecordField &field : kind.fields) {
        columns << field.name;
        if (field.type == RecordField::Type::Reference) {
            const RecordKind *target = RecordKinds::find(field.references);
            values << u"(SELECT id FROM %1 WHERE uid = ?)"_s.arg(target->table);
        } else if (field.type == RecordField::Type::Text) {
            values << FieldCodec::TextParam;
        } else {
            values << u"?"_s;
        }
    }
    auto textKeys = existingTextKeys(kind);
    if (!textKeys)
        return textKeys.error();
    m_textKeys = *textKeys;
    m_insert = QSqlQuery(m_journal.database());
    if (!m_insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING"_s.arg(
            kind.table, columns.join(u", "_s), values.join(u", "_s))))
        return Sql::error(m_insert.lastError(), m_what);
    return {};
}

Status ImportWriter::write(const QJsonObject &record)
{
    const RecordKind &kind = *m_kind;
    if (!m_summary.added.contains(kind.name))
        m_summary.added.insert(kind.name, 0);
    const auto valueOf
        = [&record](const QString &field) { return record.value(field).toVariant().toString(); };
    if (std::any_of(m_textKeys.cbegin(), m_textKeys.cend(), [&](const TextKey &key) {
            return key.values.contains(keyValue(key.fields, valueOf));
        })) {
        ++m_summary.skipped;
        return {};
    }
    const FieldCodec &codec = m_journal.fieldCodec();
    const QString uid = FieldCodec::recordUid(kind, valueOf);
    for (const RecordField &field : kind.fields) {
        const QJsonValue fieldValue = record.value(field.name);
        if (field.type != RecordField::Type::Text)
            m_insert.addBindValue(ImportValidator::sqlValue(field, fieldValue));
        else if (!fieldValue.isString())
            m_insert.addBindValue(QVariant(QMetaType(QMetaType::QByteArray)));
        else if (field.ownText)
            m_insert.addBindValue(
                codec.bind({ kind.name, field.name, uid }, fieldValue.toString()));
        else // a key, not the person's words: exact, not encoded
            m_insert.addBindValue(fieldValue.toString().toUtf8());
    }
    if (!m_insert.exec())
        return Sql::error(m_insert.lastError(), m_what);
    if (m_insert.numRowsAffected() > 0) {
        ++m_summary.added[kind.name];
        for (TextKey &key : m_textKeys)
            key.values.insert(keyValue(key.fields, valueOf));
    } else {
        ++m_summary.skipped;
    }
    return {};
}

Status ImportWriter::setting(const QString &key, const QString &value)
{
    m_setting.addBindValue(key);
    m_setting.addBindValue(
        m_journal.fieldCodec().bind({ RecordKinds::SettingsTable, u"value"_s, key }, value));
    if (!m_setting.exec())
        return Sql::error(m_setting.lastError(), m_what);
    m_summary.settings += m_setting.numRowsAffected() > 0 ? 1 : 0;
    return {};
}

Status ImportWriter::commit()
{
    m_insert = QSqlQuery();
    m_setting = QSqlQuery();
    if (!m_searchTable.isEmpty())
        if (Status rebuilt = rebuildSearch(); !rebuilt)
            return rebuilt;
    Status committed = m_transaction->commit();
    restoreCacheSize();
    return committed;
}

} // namespace Rekindle
