// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextRewrite.h"

#include "FieldCodec.h"
#include "RecordKinds.h"
#include "Sql.h"
#include "core/Translation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle::TextRewrite {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::TextRewrite", text);
    }

    /// Rows are read in chunks in key order, so a large journal is never held in memory whole
    /// and updating a row never disturbs the read.
    constexpr int ChunkSize = 256;

    /// One table's text to rewrite: the columns that find a row, the SQL of its uid's parts,
    /// and its text fields.
    struct Table {
        QString kind;
        QString table;
        QStringList keyColumns;
        QStringList uidSql;
        QStringList textFields;
    };

    QList<Table> tables()
    {
        QList<Table> out;
        for (const RecordKind &kind : RecordKinds::all()) {
            Table t { kind.name, kind.table, {}, {}, {} };
            for (const RecordField &field : kind.fields)
                if (field.type == RecordField::Type::Text && field.ownText)
                    t.textFields << field.name;
            if (t.textFields.isEmpty())
                continue;
            t.keyColumns = kind.isPart() ? kind.key : QStringList { u"id"_s };
            // The uid a value is bound to (FieldCodec::recordUid): references as the uid of the
            // record they point to, as the stores bind a part's text to its parent's uid.
            for (const QString &name : kind.key) {
                const RecordField *field = kind.field(name);
                const RecordKind *target = field && field->type == RecordField::Type::Reference
                    ? RecordKinds::find(field->references)
                    : nullptr;
                t.uidSql << (target
                        ? u"(SELECT uid FROM %1 WHERE id = t.%2)"_s.arg(target->table, name)
                        : u"t."_s + name);
            }
            out << t;
        }
        // Every setting: which of them hold the person's words is not declared per key, and
        // SettingsStore reads each value through the codec, so all of them are sealed.
        out << Table { RecordKinds::SettingsTable, RecordKinds::SettingsTable, { u"key"_s },
            { u"t.key"_s }, { u"value"_s } };
        return out;
    }

    QString placeholders(qsizetype n)
    {
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i)
            marks << u"?"_s;
        return marks.join(u", "_s);
    }

    /// Rewrites `t` from `from` to `to`; with no `to`, only reads, and lists every value that
    /// cannot be decoded in `problems`.
    Status rewriteTable(const QSqlDatabase &db, const Table &t, const FieldCodec &from,
        const FieldCodec *to, const RewriteProgress &progress, qint64 &done, qint64 total,
        QStringList *problems = nullptr)
    {
        const QString what = tr("Rekindle could not rewrite the journal's text.");
        QStringList columns;
        for (const QString &key : t.keyColumns)
            columns << u"t."_s + key;
        columns << t.uidSql;
        for (const QString &field : t.textFields)
            columns << FieldCodec::textColumn(u"t."_s + field);
        const QString keys = t.keyColumns.join(u", "_s);
        const QString select
            = u"SELECT %1 FROM %2 AS t WHERE (%3) > (%4) ORDER BY %3 LIMIT %5"_s
                  .arg(columns.join(u", "_s), t.table, keys, placeholders(t.keyColumns.size()))
                  .arg(ChunkSize);
        QStringList sets;
        for (const QString &field : t.textFields)
            sets << u"%1 = %2"_s.arg(field, FieldCodec::TextParam);
        QStringList where;
        for (const QString &key : t.keyColumns)
            where << key + u" = ?"_s;
        QSqlQuery update(db);
        if (to
            && !update.prepare(u"UPDATE %1 SET %2 WHERE %3"_s.arg(
                t.table, sets.join(u", "_s), where.join(u" AND "_s))))
            return Sql::error(update.lastError(), what);

        const qsizetype keyCount = t.keyColumns.size();
        const qsizetype uidCount = t.uidSql.size();
        // Below every key: ids are positive, keys are text or non-negative positions.
        QVariantList last;
        for (const QString &key : t.keyColumns)
            last << (key == u"key"_s ? QVariant(u""_s) : QVariant(qint64(-1)));
        for (;;) {
            QSqlQuery read(db);
            read.setForwardOnly(true);
            if (!read.prepare(select))
                return Sql::error(read.lastError(), what);
            for (const QVariant &value : std::as_const(last))
                read.addBindValue(value);
            if (!read.exec())
                return Sql::error(read.lastError(), what);
            // The chunk is read whole before any of it is written: a statement must not walk a
            // table that the same connection is changing.
            struct Stored {
                QVariantList key;
                QString uid;
                QVariantList texts;
            };
            QList<Stored> chunk;
            while (read.next()) {
                Stored row;
                for (qsizetype i = 0; i < keyCount; ++i)
                    row.key << read.value(int(i));
                QStringList uidParts;
                for (qsizetype i = 0; i < uidCount; ++i)
                    uidParts << read.value(int(keyCount + i)).toString();
                row.uid = uidParts.join(u'/');
                for (qsizetype f = 0; f < t.textFields.size(); ++f)
                    row.texts << read.value(int(keyCount + uidCount + f));
                chunk << row;
            }
            if (read.lastError().isValid())
                return Sql::error(read.lastError(), what);
            read.finish();
            for (const Stored &row : std::as_const(chunk)) {
                for (qsizetype f = 0; f < t.textFields.size(); ++f) {
                    const FieldCodec::Place place { t.kind, t.textFields.at(f), row.uid };
                    const Result<QString> text = from.read(place, row.texts.at(f));
                    if (!text && problems)
                        *problems << text.error().message;
                    else if (!text)
                        return text.error();
                    else if (to)
                        update.addBindValue(to->bind(place, *text));
                }
                if (to) {
                    for (const QVariant &value : row.key)
                        update.addBindValue(value);
                    if (!update.exec())
                        return Sql::error(update.lastError(), what);
                }
                last = row.key;
                ++done;
                if (progress && !progress(done, total))
                    return Error { tr("Cancelled: the journal was left as it was."), Cancelled };
            }
            const qsizetype rows = chunk.size();
            if (rows < ChunkSize)
                return {};
        }
    }

} // namespace

Result<qint64> count(const QSqlDatabase &db)
{
    qint64 total = 0;
    for (const Table &t : tables()) {
        auto query = Sql::run(db, u"SELECT count(*) FROM %1"_s.arg(t.table), {},
            tr("Rekindle could not read the journal."));
        if (!query)
            return query.error();
        if (query->next())
            total += query->value(0).toLongLong();
    }
    return total;
}

Status run(const QSqlDatabase &db, const FieldCodec &from, const FieldCodec &to,
    const RewriteProgress &progress)
{
    const Result<qint64> total = count(db);
    if (!total)
        return total.error();
    qint64 done = 0;
    if (progress && !progress(0, *total))
        return Error { tr("Cancelled: the journal was left as it was."), Cancelled };
    for (const Table &t : tables())
        if (Status status = rewriteTable(db, t, from, &to, progress, done, *total); !status)
            return status;
    return {};
}

Result<QStringList> unreadable(const QSqlDatabase &db, const FieldCodec &codec)
{
    QStringList problems;
    qint64 done = 0;
    for (const Table &t : tables())
        if (Status status = rewriteTable(db, t, codec, nullptr, {}, done, 0, &problems); !status)
            return status.error();
    return problems;
}

} // namespace Rekindle::TextRewrite
