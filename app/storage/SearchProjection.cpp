// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchProjection.h"

#include "FieldCodec.h"
#include "RecordKinds.h"
#include "Sql.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::SearchProjection", text);
    }

    /// The stored columns of a kind's fields, text as bytes (FieldCodec::textColumn).
    QString storedColumns(const RecordKind &kind, const QString &row)
    {
        QStringList columns;
        for (const RecordField &field : kind.fields)
            columns << (field.type == RecordField::Type::Text
                    ? FieldCodec::textColumn(row + u'.' + field.name)
                    : row + u'.' + field.name);
        return columns.join(u", "_s);
    }

    /// A SELECT of one row of bound values, in the order of `kind`'s fields (after `id` when
    /// `withId`); text bound as UTF-8 bytes stays exact.
    QString boundRow(const RecordKind &kind, bool withId)
    {
        QStringList values;
        if (withId)
            values << u"?"_s;
        for (const RecordField &field : kind.fields)
            values << (field.type == RecordField::Type::Text ? FieldCodec::TextParam : u"?"_s);
        return u"SELECT "_s + values.join(u", "_s);
    }

    QString columnList(const RecordKind &kind, bool withId)
    {
        QStringList names;
        if (withId)
            names << u"id"_s;
        for (const RecordField &field : kind.fields)
            names << field.name;
        return names.join(u", "_s);
    }

    /// The values of the record `query` is on, its text decoded, as they are bound: text as
    /// UTF-8 bytes. `uidOf` gives the uid a field's text is bound to.
    Result<QVariantList> decodedValues(const FieldCodec &codec, const RecordKind &kind,
        const QSqlQuery &query, int first, const QString &uid)
    {
        QVariantList values;
        for (int i = 0; i < kind.fields.size(); ++i) {
            const RecordField &field = kind.fields.at(i);
            const QVariant stored = query.value(first + i);
            if (field.type != RecordField::Type::Text || stored.isNull()) {
                values << stored;
                continue;
            }
            if (!field.ownText) {
                values << stored.toByteArray();
                continue;
            }
            const Result<QString> text = codec.read({ kind.name, field.name, uid }, stored);
            if (!text)
                return text.error();
            values << text->toUtf8();
        }
        return values;
    }

} // namespace

SearchProjection::SearchProjection(const QSqlDatabase &db, const FieldCodec &codec)
    : m_db(db)
    , m_codec(codec)
    , m_statements(db)
{
}

Result<SearchProjection::Row> SearchProjection::projectRecord(
    const RecordKind &kind, const QSqlQuery &record) const
{
    const QString what = tr("The search index could not be built.");
    const qint64 id = record.value(0).toLongLong();
    const QString uid = FieldCodec::recordUid(kind,
        [&](const QString &field) { return record.value(1 + kind.fieldIndex(field)).toString(); });
    Result<QVariantList> values = decodedValues(m_codec, kind, record, 1, uid);
    if (!values)
        return values.error();

    QStringList tables
        = { u"%1 (%2) AS (%3)"_s.arg(kind.table, columnList(kind, true), boundRow(kind, true)) };
    QVariantList bindings = { id };
    bindings << *values;
    // The parts of the record (a reflection's answers), for a textSql that reads them.
    for (const RecordKind &part : RecordKinds::all()) {
        if (part.parent() != &kind)
            continue;
        auto ran = m_statements.run(
            u"SELECT %1 FROM %2 AS t WHERE t.%3 = ? ORDER BY %4"_s.arg(
                storedColumns(part, u"t"_s), part.table, part.parentField, part.key.join(u", "_s)),
            { id }, what);
        if (!ran)
            return ran.error();
        QSqlQuery *rows = *ran;
        QStringList selects;
        while (rows->next()) {
            const QString partUid = FieldCodec::recordUid(part, [&](const QString &field) {
                return field == part.parentField
                    ? record.value(1 + kind.fieldIndex(u"uid"_s)).toString()
                    : rows->value(part.fieldIndex(field)).toString();
            });
            Result<QVariantList> partValues = decodedValues(m_codec, part, *rows, 0, partUid);
            if (!partValues) {
                rows->finish();
                return partValues.error();
            }
            selects << boundRow(part, false);
            bindings << *partValues;
        }
        rows->finish();
        if (selects.isEmpty()) {
            QStringList nulls;
            for (qsizetype i = 0; i < part.fields.size(); ++i)
                nulls << u"NULL"_s;
            selects << u"SELECT %1 WHERE 0"_s.arg(nulls.join(u", "_s));
        }
        tables << u"%1 (%2) AS (%3)"_s.arg(
            part.table, columnList(part, false), selects.join(u" UNION ALL "_s));
    }
    const QString title
        = kind.titleSql.isEmpty() ? u"''"_s : RecordKinds::rowSql(kind.titleSql, u"r"_s);
    const QString text
        = kind.textSql.isEmpty() ? u"''"_s : RecordKinds::rowSql(kind.textSql, u"r"_s);
    const QString sql = u"WITH %1 SELECT %2, %3, %4, %5, r.%6 FROM %7 AS r"_s.arg(
        tables.join(u", "_s), RecordKinds::searchRowidSql(kind, u"r"_s),
        FieldCodec::textColumn(u"coalesce(%1, '')"_s.arg(title)),
        FieldCodec::textColumn(u"coalesce(%1, '')"_s.arg(text)),
        kind.hasStep() ? RecordKinds::rowSql(kind.stepSql, u"r"_s) : u"NULL"_s,
        kind.dateColumn.isEmpty() ? u"id"_s : kind.dateColumn, kind.table);
    // Prepared once per statement text (a kind's, or a reflection's with as many answers):
    // building the index runs the same few statements for every record, a save the same one.
    auto ran = m_statements.run(sql, bindings, what);
    if (!ran)
        return ran.error();
    QSqlQuery &query = **ran;
    if (!query.next())
        return Sql::error(query.lastError(), what);
    Row row;
    row.rowid = query.value(0).toLongLong();
    row.code = kind.code;
    row.itemId = id;
    row.title = FieldCodec::fromUtf8(query.value(1).toByteArray());
    row.text = FieldCodec::fromUtf8(query.value(2).toByteArray());
    row.step = query.value(3);
    row.at = query.value(4);
    // Not left running: a running statement would keep the index's table from being dropped.
    query.finish();
    return row;
}

Result<std::optional<SearchProjection::Row>> SearchProjection::project(
    const RecordKind &kind, qint64 id) const
{
    auto ran = m_statements.run(u"SELECT t.id, %1 FROM %2 AS t WHERE t.id = ?"_s.arg(
                                    storedColumns(kind, u"t"_s), kind.table),
        { id }, tr("The search index could not be built."));
    if (!ran)
        return ran.error();
    QSqlQuery &record = **ran;
    if (!record.next())
        return std::optional<Row>();
    Result<Row> row = projectRecord(kind, record);
    record.finish();
    if (!row)
        return row.error();
    return std::optional<Row>(*row);
}

Status SearchProjection::projectAll(
    const RecordKind &kind, const std::function<bool(const Row &)> &each) const
{
    auto records = Sql::run(m_db,
        u"SELECT t.id, %1 FROM %2 AS t ORDER BY t.id"_s.arg(
            storedColumns(kind, u"t"_s), kind.table),
        {}, tr("The search index could not be built."));
    if (!records)
        return records.error();
    while (records->next()) {
        Result<Row> row = projectRecord(kind, *records);
        if (!row)
            return row.error();
        if (!each(*row))
            break;
    }
    return {};
}

} // namespace Rekindle
