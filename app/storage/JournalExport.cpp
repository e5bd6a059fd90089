// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalExport.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "JournalEncryption.h"
#include "RecordKinds.h"
#include "SearchProjection.h"
#include "Sql.h"
#include "core/Translation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <map>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::JournalExport", text);
    }

    constexpr int ProgressEvery = 250;
    constexpr int PageSize = 1000;
    /// The columns selectList() adds after a kind's fields.
    constexpr int ExtraColumns = 4;

    /// `object` as QJsonDocument indents it, `depth` levels in (its fields are scalars or
    /// small objects: every line but the first gets the indent).
    QByteArray indentedJson(const QJsonObject &object, int depth)
    {
        QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
        json.chop(1); // the final newline
        return json.replace("\n", "\n" + QByteArray(qsizetype(depth) * 4, ' '));
    }

    QString isoInstant(qint64 ms)
    {
        // Always "Z": Qt 6.4 writes "+00:00" for QTimeZone::utc().
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                   .toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s)
            + u'Z';
    }

    /// The SELECT list of a kind's fields (references as the uid of the record they point to),
    /// then its title, text and step.
    QString selectList(const RecordKind &kind)
    {
        QStringList columns;
        for (const RecordField &field : kind.fields) {
            if (field.type == RecordField::Type::Reference) {
                const RecordKind *target = RecordKinds::find(field.references);
                columns << u"(SELECT uid FROM %1 WHERE id = t.%2)"_s.arg(
                    target ? target->table : field.references, field.name);
            } else if (field.type == RecordField::Type::Text) {
                columns << FieldCodec::textColumn(u"t."_s + field.name);
            } else {
                columns << u"t."_s + field.name;
            }
        }
        // The readable title and text are made in SQL from the stored values (see toMarkdown;
        // from the decoded ones when they are sealed).
        columns << (kind.titleSql.isEmpty()
                ? u"''"_s
                : FieldCodec::textColumn(RecordKinds::rowSql(kind.titleSql, u"t"_s)));
        columns << (kind.textSql.isEmpty()
                ? u"''"_s
                : FieldCodec::textColumn(RecordKinds::rowSql(kind.textSql, u"t"_s)));
        columns << (kind.hasStep() ? RecordKinds::rowSql(kind.stepSql, u"t"_s) : u"NULL"_s);
        columns << (kind.isPart() ? u"NULL"_s : u"t.id"_s);
        return columns.join(u", "_s);
    }

    QJsonValue jsonValue(const RecordField &field, const QVariant &value)
    {
        if (value.isNull())
            return QJsonValue::Null;
        switch (field.type) {
        case RecordField::Type::Integer:
            return QJsonValue(value.toLongLong());
        case RecordField::Type::Instant:
            return isoInstant(value.toLongLong());
        case RecordField::Type::Uid:
        case RecordField::Type::Text:
        case RecordField::Type::Day:
        case RecordField::Type::Reference:
            break;
        }
        return value.toString();
    }

    /// The text of a value read through FieldCodec::textColumn() that is not the person's
    /// own (keys, derived titles): exact, without the codec.
    QString plainText(const QVariant &value)
    {
        return FieldCodec::fromUtf8(value.toByteArray());
    }

    /// The record the query is on, as JSON values by field: the person's text through the
    /// journal's field codec.
    Result<QJsonObject> jsonRecord(
        const FieldCodec &codec, const RecordKind &kind, const QSqlQuery &query)
    {
        const QString uid = FieldCodec::recordUid(kind, [&kind, &query](const QString &field) {
            return query.value(kind.fieldIndex(field)).toString();
        });
        QJsonObject record;
        for (int i = 0; i < kind.fields.size(); ++i) {
            const RecordField &field = kind.fields.at(i);
            if (field.type == RecordField::Type::Text && !query.value(i).isNull()) {
                if (!field.ownText) {
                    record.insert(field.name, plainText(query.value(i)));
                    continue;
                }
                const auto text = codec.read({ kind.name, field.name, uid }, query.value(i));
                if (!text)
                    return text.error();
                record.insert(field.name, *text);
            } else {
                record.insert(field.name, jsonValue(field, query.value(i)));
            }
        }
        return record;
    }

    /// Plain text (a title) made safe inside Markdown: its punctuation stays punctuation.
    QString escapeMarkdown(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (const QChar c : text) {
            if (QStringView(u"\\`*_[]<>#|~").contains(c))
                out += u'\\';
            out += c;
        }
        return out;
    }

    QByteArray csvCell(const QString &text)
    {
        QString quoted = text;
        quoted.replace(u'"', u"\"\""_s);
        return '"' + quoted.toUtf8() + '"';
    }

} // namespace

JournalExport::JournalExport(const Journal &journal, ExportScope scope, ExportProgress progress)
    : m_journal(journal)
    , m_scope(scope)
    , m_progress(std::move(progress))
{
}

QString JournalExport::whereClause(const RecordKind &kind, QVariantList &bindings) const
{
    QStringList conditions;
    if (m_scope.step) {
        conditions << RecordKinds::rowSql(kind.stepSql, u"t"_s) + u" = ?"_s;
        bindings << static_cast<int>(*m_scope.step);
    }
    const QString date = kind.dateSql(u"t"_s);
    const QTimeZone zone = m_journal.clock().timeZone();
    if (m_scope.from && !date.isEmpty()) {
        conditions << date + u" >= ?"_s;
        bindings << (kind.datedByDay()
                ? QVariant(m_scope.from->toString(Qt::ISODate))
                : QVariant(QDateTime(*m_scope.from, QTime(0, 0), zone).toMSecsSinceEpoch()));
    }
    if (m_scope.to && !date.isEmpty()) {
        const QDate next = m_scope.to->addDays(1);
        conditions << date + u" < ?"_s;
        bindings << (kind.datedByDay()
                ? QVariant(next.toString(Qt::ISODate))
                : QVariant(QDateTime(next, QTime(0, 0), zone).toMSecsSinceEpoch()));
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

Result<qint64> JournalExport::count() const
{
    qint64 total = 0;
    for (const RecordKind &kind : RecordKinds::all()) {
        if (m_scope.step && !kind.hasStep())
            continue;
        QVariantList bindings;
        QSqlQuery query(m_journal.database());
        query.setForwardOnly(true);
        if (!query.prepare(
                u"SELECT count(*) FROM %1 AS t"_s.arg(kind.table) + whereClause(kind, bindings)))
            return Sql::error(query.lastError(), tr("The journal could not be read."));
        for (const QVariant &value : std::as_const(bindings))
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return Sql::error(query.lastError(), tr("The journal could not be read."));
        total += query.value(0).toLongLong();
    }
    return total;
}

Status JournalExport::forEach(const RecordKind &kind,
    const std::function<Status(const QSqlQuery &)> &visit, qint64 &done, qint64 total) const
{
    if (m_scope.step && !kind.hasStep())
        return {};
    // Pages in the kind's order, each starting after the last row of the one before (keyset
    // pagination over the table's indexes; OFFSET would read every row before the page
    // again), so that no statement holds more than a page whatever the journal's size.
    const QStringList order = pageOrder(kind);
    const int orderAt = int(kind.fields.size()) + ExtraColumns;
    QVariantList after;
    for (;;) {
        QVariantList bindings;
        QString where = whereClause(kind, bindings);
        if (!after.isEmpty()) {
            QStringList marks;
            for (qsizetype i = 0; i < order.size(); ++i)
                marks << u"?"_s;
            where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s)
                + u"(%1) > (%2)"_s.arg(order.join(u", "_s), marks.join(u", "_s));
            bindings << after;
        }
        QSqlQuery query(m_journal.database());
        query.setForwardOnly(true);
        const QString sql
            = u"SELECT %1, %2 FROM %3 AS t"_s.arg(selectList(kind), order.join(u", "_s), kind.table)
            + where + u" ORDER BY "_s + order.join(u", "_s) + u" LIMIT %1"_s.arg(PageSize);
        if (!query.prepare(sql))
            return Sql::error(query.lastError(), tr("The journal could not be read."));
        for (const QVariant &value : std::as_const(bindings))
            query.addBindValue(value);
        if (!query.exec())
            return Sql::error(query.lastError(), tr("The journal could not be read."));
        int rows = 0;
        while (query.next()) {
            ++rows;
            if (Status visited = visit(query); !visited)
                return visited;
            if (++done % ProgressEvery == 0 && m_progress && !m_progress(done, total))
                return Error {};
            after.clear();
            for (int i = 0; i < order.size(); ++i)
                after << query.value(orderAt + i);
        }
        // next() is false on an error too (a damaged page, a disk error): never a short export.
        if (query.lastError().isValid())
            return Sql::error(query.lastError(), tr("The journal could not be read."));
        if (rows < PageSize)
            return {};
    }
}

QStringList JournalExport::pageOrder(const RecordKind &kind)
{
    // A part by its key (a unique index); a dated record by its date, then id (the date
    // indexes end in the rowid); others by id. A date that may be NULL would drop rows from a
    // row-value comparison: those kinds go by id.
    QStringList order;
    if (kind.isPart()) {
        for (const QString &column : kind.key)
            order << u"t."_s + column;
        return order;
    }
    const RecordField *date = kind.field(kind.dateColumn);
    if (date && !date->optional)
        order << u"t."_s + kind.dateColumn;
    order << u"t.id"_s;
    return order;
}

Result<QList<QPair<QString, QString>>> JournalExport::settings() const
{
    auto query = Sql::run(m_journal.database(),
        u"SELECT key, %1 FROM %2 ORDER BY key"_s.arg(
            FieldCodec::textColumn(u"value"_s), RecordKinds::SettingsTable),
        {}, tr("The journal could not be read."));
    if (!query)
        return query.error();
    QList<QPair<QString, QString>> result;
    while (query->next()) {
        const QString key = query->value(0).toString();
        auto value = m_journal.fieldCodec().read(
            { RecordKinds::SettingsTable, u"value"_s, key }, query->value(1));
        if (!value)
            return value.error();
        result.append({ key, *value });
    }
    return result;
}

QJsonObject JournalExport::scopeObject() const
{
    QJsonObject scope;
    if (m_scope.from)
        scope.insert(u"from"_s, m_scope.from->toString(Qt::ISODate));
    if (m_scope.to)
        scope.insert(u"to"_s, m_scope.to->toString(Qt::ISODate));
    if (m_scope.step)
        scope.insert(u"step"_s, static_cast<int>(*m_scope.step));
    return scope;
}

Result<QJsonObject> JournalExport::toJson(QStringList *unreadableKinds) const
{
    auto total = count();
    if (!total && !unreadableKinds)
        return total.error();
    if (!total)
        total = qint64(0);
    qint64 done = 0;
    QJsonObject records;
    for (const RecordKind &kind : RecordKinds::all()) {
        QJsonArray array;
        const Status status = forEach(
            kind,
            [this, &kind, &array](const QSqlQuery &query) -> Status {
                const auto record = jsonRecord(m_journal.fieldCodec(), kind, query);
                if (!record)
                    return record.error();
                array.append(*record);
                return {};
            },
            done, *total);
        if (!status && (!unreadableKinds || isCancel(status.error())))
            return status.error();
        if (!status)
            unreadableKinds->append(kind.name);
        records.insert(kind.name, array);
    }

    const auto stored = settings();
    QJsonObject settings;
    if (!stored && !unreadableKinds)
        return stored.error();
    if (!stored)
        unreadableKinds->append(RecordKinds::SettingsTable);
    else
        for (const auto &[key, value] : *stored)
            settings.insert(key, value);

    QJsonObject document;
    document.insert(u"format"_s, FormatName);
    document.insert(u"formatVersion"_s, FormatVersion);
    document.insert(u"schemaVersion"_s, m_journal.schemaVersion());
    document.insert(u"exportedAt"_s, isoInstant(m_journal.clock().now().toMSecsSinceEpoch()));
    document.insert(u"application"_s, u"Rekindle %1"_s.arg(QCoreApplication::applicationVersion()));
    document.insert(u"scope"_s, scopeObject());
    document.insert(u"settings"_s, settings);
    document.insert(u"records"_s, records);
    return document;
}

Status JournalExport::put(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return Error { tr("The export could not be written: %1").arg(out.errorString()) };
    return {};
}

Status JournalExport::writeJson(QIODevice &out) const
{
    auto total = count();
    if (!total)
        return total.error();
    const auto stored = settings();
    if (!stored)
        return stored.error();
    // The document toJson() makes, written as it is read: the top level in the order
    // QJsonDocument writes it (by key), the kinds in the registry's order, where a kind comes
    // after those it points to, so that import writes them all in one pass.
    const QJsonObject before {
        { u"application"_s, u"Rekindle %1"_s.arg(QCoreApplication::applicationVersion()) },
        { u"exportedAt"_s, isoInstant(m_journal.clock().now().toMSecsSinceEpoch()) },
        { u"format"_s, FormatName },
        { u"formatVersion"_s, FormatVersion },
    };
    QJsonObject settingsObject;
    for (const auto &[key, value] : *stored)
        settingsObject.insert(key, value);
    const QJsonObject after {
        { u"schemaVersion"_s, m_journal.schemaVersion() },
        { u"scope"_s, scopeObject() },
        { u"settings"_s, settingsObject },
    };
    QByteArray head = QJsonDocument(before).toJson(QJsonDocument::Indented);
    head.chop(3); // "\n}\n"
    if (Status s = put(out, head + ",\n    \"records\": {\n"); !s)
        return s;
    qint64 done = 0;
    const auto &kinds = RecordKinds::all();
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const RecordKind &kind = kinds.at(k);
        // Kind names are fixed ASCII identifiers: nothing to escape.
        if (Status s = put(out, "        \"" + kind.name.toUtf8() + "\": ["); !s)
            return s;
        bool first = true;
        Status status = forEach(
            kind,
            [&](const QSqlQuery &query) -> Status {
                const auto record = jsonRecord(m_journal.fieldCodec(), kind, query);
                if (!record)
                    return record.error();
                const QByteArray lead = first ? "\n            " : ",\n            ";
                first = false;
                return put(out, lead + indentedJson(*record, 3));
            },
            done, *total);
        if (!status)
            return status;
        const QByteArray close = first ? "]" : "\n        ]";
        if (Status s = put(out, close + (k + 1 < kinds.size() ? ",\n" : "\n")); !s)
            return s;
    }
    QByteArray tail = QJsonDocument(after).toJson(QJsonDocument::Indented);
    return put(out, "    },\n" + tail.mid(2));
}

Status JournalExport::writeCsv(
    const std::function<Result<QIODevice *>(const QString &)> &open) const
{
    const auto total = count();
    if (!total)
        return total.error();
    qint64 done = 0;
    for (const RecordKind &kind : RecordKinds::all()) {
        if (m_scope.step && !kind.hasStep())
            continue;
        auto out = open(kind.name);
        if (!out)
            return out.error();
        QStringList header;
        for (const RecordField &field : kind.fields)
            header << field.name;
        if (Status s = put(**out, header.join(u',').toUtf8() + "\r\n"); !s)
            return s;
        Status status = forEach(
            kind,
            [&](const QSqlQuery &query) -> Status {
                const auto record = jsonRecord(m_journal.fieldCodec(), kind, query);
                if (!record)
                    return record.error();
                QByteArrayList cells;
                for (const RecordField &field : kind.fields) {
                    const QJsonValue value = record->value(field.name);
                    if (value.isNull())
                        cells << QByteArray();
                    else if (value.isDouble())
                        cells << QByteArray::number(value.toInteger());
                    else
                        cells << csvCell(value.toString());
                }
                return put(**out, cells.join(',') + "\r\n");
            },
            done, *total);
        if (!status)
            return status;
    }
    const auto stored = settings();
    if (!stored)
        return stored.error();
    auto out = open(u"settings"_s);
    if (!out)
        return out.error();
    QByteArray settings = "key,value\r\n";
    for (const auto &[key, value] : *stored)
        settings += csvCell(key) + ',' + csvCell(value) + "\r\n";
    return put(**out, settings);
}

Result<QMap<QString, QByteArray>> JournalExport::toCsv() const
{
    std::map<QString, QBuffer> buffers;
    const Status written = writeCsv([&buffers](const QString &name) -> Result<QIODevice *> {
        QBuffer &buffer = buffers[name];
        buffer.open(QIODevice::WriteOnly);
        return &buffer;
    });
    if (!written)
        return written.error();
    QMap<QString, QByteArray> files;
    for (const auto &[name, buffer] : buffers)
        files.insert(name, buffer.data());
    return files;
}

Result<QString> JournalExport::toMarkdown() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status written = writeMarkdown(buffer); !written)
        return written.error();
    return QString::fromUtf8(buffer.data());
}

Status JournalExport::writeMarkdown(QIODevice &out) const
{
    const auto total = count();
    if (!total)
        return total.error();
    const QLocale locale;
    const QTimeZone zone = m_journal.clock().timeZone();
    QString head = u"# "_s + tr("Rekindle Journal") + u"\n\n"_s;
    head += tr("Exported on %1.")
                .arg(locale.toString(m_journal.clock().today(), QLocale::LongFormat))
        + u"\n\n"_s;
    if (Status s = put(out, head.toUtf8()); !s)
        return s;
    qint64 done = 0;
    const bool sealed = m_journal.encryption().isEncrypted();
    const SearchProjection projection(m_journal.database(), m_journal.fieldCodec());
    for (const RecordKind &kind : RecordKinds::all()) {
        if (!kind.isReadable())
            continue;
        bool started = false;
        Status status = forEach(
            kind,
            [&](const QSqlQuery &query) -> Status {
                const int extra = int(kind.fields.size());
                const int dateIndex = kind.fieldIndex(kind.dateColumn);
                const QVariant date = query.value(dateIndex);
                const QString when = kind.datedByDay()
                    ? locale.toString(
                        QDate::fromString(date.toString(), Qt::ISODate), QLocale::LongFormat)
                    : [&] {
                          const QDateTime local
                              = QDateTime::fromMSecsSinceEpoch(date.toLongLong(), QTimeZone::utc())
                                    .toTimeZone(zone);
                          return tr("%1, %2").arg(
                              locale.toString(local.date(), QLocale::LongFormat),
                              locale.toString(local.time(), QLocale::ShortFormat));
                      }();
                QString title = plainText(query.value(extra)).trimmed();
                QString text = plainText(query.value(extra + 1)).trimmed();
                if (sealed) {
                    // The same SQL over the decoded values: the stored ones are sealed.
                    const auto row = projection.project(kind, query.value(extra + 3).toLongLong());
                    if (!row)
                        return row.error();
                    title = *row ? (*row)->title.trimmed() : QString();
                    text = *row ? (*row)->text.trimmed() : QString();
                }
                QString section;
                if (!started) // a kind's heading only when it has something to show
                    section = u"## "_s + RecordKinds::label(kind) + u"\n\n"_s;
                started = true;
                section += u"### "_s + (title.isEmpty() ? when : escapeMarkdown(title)) + u"\n\n"_s;
                QStringList meta;
                if (!title.isEmpty())
                    meta << when;
                if (!query.value(extra + 2).isNull()) {
                    if (const auto step = Steps::fromInt(query.value(extra + 2).toInt()))
                        meta << tr("Step %1: %2")
                                    .arg(static_cast<int>(*step))
                                    .arg(Steps::title(*step));
                }
                if (!meta.isEmpty())
                    section += u"*"_s + meta.join(u" · "_s) + u"*\n\n"_s;
                if (!text.isEmpty())
                    section += text + u"\n\n"_s;
                return put(out, section.toUtf8());
            },
            done, *total);
        if (!status)
            return status;
    }
    return {};
}

} // namespace Rekindle
