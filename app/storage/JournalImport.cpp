// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalImport.h"

#include "EncryptedExport.h"
#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "JournalExport.h"
#include "RecordKinds.h"
#include "Sql.h"
#include "core/TextLength.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::JournalImport", text);
    }

    constexpr qsizetype MaxUidLength = RecordField::MaxUidLength;

    Error problem(const QString &where, const QString &what)
    {
        return Error {
            tr("The file cannot be imported. In %1: %2 Nothing was changed.").arg(where, what)
        };
    }

    QString typeName(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Bool:
            return tr("true/false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("text");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return tr("nothing");
    }

    QString quotedList(const QStringList &names)
    {
        QStringList quoted;
        for (const QString &name : names)
            quoted << u'"' + name + u'"';
        return quoted.join(u", "_s);
    }

    std::optional<qint64> wholeNumber(const QJsonValue &value)
    {
        if (!value.isDouble())
            return std::nullopt;
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
            return std::nullopt;
        return qint64(d);
    }

    std::optional<qint64> instantMs(const QJsonValue &value)
    {
        static const QRegularExpression shape(
            uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"_s);
        if (!value.isString() || !shape.match(value.toString()).hasMatch())
            return std::nullopt;
        const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!dt.isValid() || dt.date().year() < 1900)
            return std::nullopt;
        return dt.toMSecsSinceEpoch();
    }

    bool isDay(const QJsonValue &value)
    {
        static const QRegularExpression shape(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
        return value.isString() && shape.match(value.toString()).hasMatch()
            && QDate::fromString(value.toString(), Qt::ISODate).isValid();
    }

    /// The part of `text` SQLite's text functions read: up to a NUL, where they stop.
    QString sqlVisible(const QString &text)
    {
        const qsizetype nul = text.indexOf(QChar(0));
        return nul < 0 ? text : text.left(nul);
    }

    /// The characters left once spaces are trimmed from both ends, as SQLite's trim() does
    /// (only U+0020): the journal's CHECKs on non-blank text count these.
    qsizetype trimmedLength(const QString &text)
    {
        qsizetype first = 0;
        qsizetype last = text.size();
        while (first < last && text.at(first) == u' ')
            ++first;
        while (last > first && text.at(last - 1) == u' ')
            --last;
        return characterCount(QStringView(text).sliced(first, last - first));
    }

    /// What is wrong with `value` for `field`, or an empty string when it is fine.
    QString checkField(const RecordField &field, const QJsonValue &value)
    {
        if (value.isNull() || value.isUndefined())
            return field.optional ? QString()
                                  : tr("\"%1\" is missing; it is required.").arg(field.name);
        switch (field.type) {
        case RecordField::Type::Uid:
        case RecordField::Type::Reference: {
            const qsizetype length = value.isString() ? characterCount(value.toString()) : 0;
            if (!value.isString() || length < 1 || length > MaxUidLength)
                return tr("\"%1\" must be an id: text of 1 to %2 characters, not %3.")
                    .arg(field.name)
                    .arg(MaxUidLength)
                    .arg(value.isString() ? tr("text of %1 characters").arg(length)
                                          : typeName(value));
            return {};
        }
        case RecordField::Type::Text: {
            if (!value.isString())
                return tr("\"%1\" must be text, not %2.").arg(field.name, typeName(value));
            const qsizetype length = characterCount(value.toString());
            if (length > field.max)
                return tr("\"%1\" is too long: %2 characters, at most %3 are allowed.")
                    .arg(field.name)
                    .arg(length)
                    .arg(field.max);
            // SQLite's text functions, which the table's blank checks use, end at a NUL: a
            // text is checked as far as they read it (the rest is kept, character for
            // character).
            if (trimmedLength(sqlVisible(value.toString())) < field.minLength)
                return field.minLength == 1
                    ? tr("\"%1\" is blank; it must have some text.").arg(field.name)
                    : tr("\"%1\" is too short: it needs at least %2 characters besides spaces.")
                          .arg(field.name)
                          .arg(field.minLength);
            return {};
        }
        case RecordField::Type::Integer: {
            const auto number = wholeNumber(value);
            if (!number || *number < field.min || *number > field.max)
                return tr("\"%1\" must be a whole number from %2 to %3, not %4.")
                    .arg(field.name)
                    .arg(field.min)
                    .arg(field.max)
                    .arg(value.isDouble() ? QString::number(value.toDouble()) : typeName(value));
            return {};
        }
        case RecordField::Type::Instant:
            if (!instantMs(value))
                return tr("\"%1\" must be a date and time like 2026-03-14T09:30:00.000Z.")
                    .arg(field.name);
            return {};
        case RecordField::Type::Day:
            if (!isDay(value))
                return tr("\"%1\" must be a day like 2026-03-14.").arg(field.name);
            return {};
        }
        return {};
    }

    /// What is wrong with the record as a whole (fields that go together), or an empty string.
    QString checkRecord(const RecordKind &kind, const QJsonObject &record)
    {
        for (const QStringList &group : kind.exactlyOneOf) {
            qsizetype set = 0;
            for (const QString &name : group) {
                const QJsonValue value = record.value(name);
                set += value.isNull() || value.isUndefined() ? 0 : 1;
            }
            if (set != 1)
                return tr("exactly one of %1 must be set, not %2.").arg(quotedList(group)).arg(set);
        }
        return {};
    }

    /// A record by its place in the file and, when it has one, its uid: "records.goals[3]
    /// (uid "g-1")".
    QString recordName(const RecordKind &kind, qsizetype index, const QJsonObject &record)
    {
        const QString place = u"records.%1[%2]"_s.arg(kind.name).arg(index);
        const QJsonValue uid = record.value(u"uid"_s);
        return uid.isString() ? tr("%1 (uid \"%2\")").arg(place, uid.toString()) : place;
    }

    /// A problem with one record: where it is, what is wrong, and its uid when it has one.
    Error recordProblem(
        const RecordKind &kind, qsizetype index, const QJsonObject &record, const QString &what)
    {
        const QJsonValue uid = record.value(u"uid"_s);
        return problem(u"records.%1[%2]"_s.arg(kind.name).arg(index),
            uid.isString() ? tr("%1 The record's uid is \"%2\".").arg(what, uid.toString()) : what);
    }

    /// The record's values of `fields`, as one comparable key; empty when one of them is NULL
    /// (SQLite's UNIQUE lets NULLs repeat).
    QString uniqueValue(const QJsonObject &record, const QStringList &fields)
    {
        QStringList parts;
        for (const QString &name : fields) {
            const QJsonValue value = record.value(name);
            if (value.isNull() || value.isUndefined())
                return {};
            parts << (value.isString() ? u"s"_s + value.toString()
                                       : u"n"_s + value.toVariant().toString());
        }
        return parts.join(u'\x1f');
    }

    QVariant sqlValue(const RecordField &field, const QJsonValue &value)
    {
        if (value.isNull() || value.isUndefined())
            return field.type == RecordField::Type::Integer
                    || field.type == RecordField::Type::Instant
                ? QVariant(QMetaType(QMetaType::LongLong))
                : QVariant(QMetaType(QMetaType::QString));
        switch (field.type) {
        case RecordField::Type::Integer:
            return *wholeNumber(value);
        case RecordField::Type::Instant:
            return *instantMs(value);
        case RecordField::Type::Uid:
        case RecordField::Type::Text:
        case RecordField::Type::Day:
        case RecordField::Type::Reference:
            break;
        }
        return value.toString();
    }

    Result<QSet<QString>> uidsInJournal(const Journal &journal, const RecordKind &kind)
    {
        auto query = Sql::run(journal.database(), u"SELECT uid FROM %1"_s.arg(kind.table), {},
            tr("The journal could not be read."));
        if (!query)
            return query.error();
        QSet<QString> uids;
        while (query->next())
            uids.insert(query->value(0).toString());
        return uids;
    }

} // namespace

qint64 ImportSummary::totalAdded() const
{
    qint64 total = 0;
    for (const qint64 n : added)
        total += n;
    return total;
}

QByteArray JournalImport::keepInnerBoms(const QByteArray &json)
{
    // Qt's JSON parser drops a raw U+FEFF that opens a string, as if it were a byte-order mark:
    // a text that starts with one would lose it. Outside strings JSON is ASCII, so every
    // EF BB BF after the first byte is a U+FEFF inside a string, and its escape is read back
    // exactly. A byte-order mark that opens the file stays one.
    static const QByteArray Bom("\xEF\xBB\xBF");
    const qsizetype from = json.startsWith(Bom) ? Bom.size() : 0;
    if (json.indexOf(Bom, from) < 0)
        return json;
    return json.left(from) + json.mid(from).replace(Bom, QByteArrayLiteral("\\ufeff"));
}

JournalImport::JournalImport(Journal &journal)
    : m_journal(journal)
{
}

Result<QJsonObject> JournalImport::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(keepInnerBoms(json), &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error { tr("The file is not a readable Rekindle export: %1 at line %2, column "
                          "%3. Nothing was changed.")
                           .arg(error.errorString())
                           .arg(line)
                           .arg(column),
            u"offset %1"_s.arg(error.offset) };
    }
    if (!document.isObject())
        return problem(tr("the whole file"),
            tr("an export is a JSON object, this is %1.")
                .arg(document.isArray() ? tr("a list") : tr("something else")));
    return document.object();
}

Result<QJsonObject> JournalImport::readFile(const QString &filePath, const QString &passphrase)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Rekindle cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(filePath), file.errorString()) };
    if (file.size() > MaxFileSize)
        return Error {
            tr("%1 is too large to be a Rekindle export.").arg(QDir::toNativeSeparators(filePath))
        };
    const QByteArray bytes = file.readAll();
    if (!EncryptedExport::isEncrypted(bytes))
        return parse(bytes);
    auto json = EncryptedExport::decrypt(bytes, passphrase);
    if (!json)
        return Error { tr("%1 cannot be opened: %2 Nothing was changed.")
                           .arg(QDir::toNativeSeparators(filePath), json.error().message),
            json.error().detail };
    auto document = parse(*json);
    EncryptedExport::wipe(*json);
    return document;
}

Status JournalImport::validate(const QJsonObject &document, ImportMode mode) const
{
    if (document.value(u"format"_s).toString() != JournalExport::FormatName)
        return problem(u"\"format\""_s,
            tr("this is not a Rekindle journal export (\"format\" "
               "must be \"%1\").")
                .arg(JournalExport::FormatName));
    const auto version = wholeNumber(document.value(u"formatVersion"_s));
    if (!version || *version < 1)
        return problem(u"\"formatVersion\""_s, tr("it must be a whole number from 1."));
    if (*version > JournalExport::FormatVersion)
        return problem(u"\"formatVersion\""_s,
            tr("the file was written by a newer version of Rekindle (format %1; "
               "this version reads up to %2). Update Rekindle to import it.")
                .arg(*version)
                .arg(JournalExport::FormatVersion));

    const QJsonValue settings = document.value(u"settings"_s);
    if (!settings.isUndefined() && !settings.isObject())
        return problem(
            u"\"settings\""_s, tr("it must be an object, not %1.").arg(typeName(settings)));
    const QJsonObject settingsObject = settings.toObject();
    for (auto it = settingsObject.begin(); it != settingsObject.end(); ++it) {
        const QString where = u"settings.%1"_s.arg(it.key());
        if (it.key().isEmpty() || it.key().size() > 200)
            return problem(where, tr("a setting's name must be 1 to 200 characters."));
        if (!it.value().isString())
            return problem(where, tr("a setting must be text, not %1.").arg(typeName(it.value())));
        if (it.value().toString().size() > MaxSettingLength)
            return problem(where, tr("the setting is too long."));
    }

    const QJsonValue recordsValue = document.value(u"records"_s);
    if (!recordsValue.isObject())
        return problem(
            u"\"records\""_s, tr("it must be an object, not %1.").arg(typeName(recordsValue)));
    const QJsonObject records = recordsValue.toObject();
    for (auto it = records.begin(); it != records.end(); ++it) {
        if (!RecordKinds::find(it.key()))
            return problem(u"records.%1"_s.arg(it.key()),
                tr("Rekindle does not know records of this kind. The file may come "
                   "from a newer version of Rekindle."));
        if (!it.value().isArray())
            return problem(u"records.%1"_s.arg(it.key()),
                tr("it must be a list, not %1.").arg(typeName(it.value())));
    }

    // Uids by kind: those in the file, and (merge) those already in the journal, so that
    // references can be checked.
    QHash<QString, QSet<QString>> known;
    for (const RecordKind &kind : RecordKinds::all()) {
        const QJsonArray array = records.value(kind.name).toArray();
        // By unique key: the value and where it was first seen. Two records of the file that
        // share one would make the journal keep only one of them.
        const QList<QStringList> uniqueKeys = kind.uniqueKeys();
        QList<QHash<QString, QString>> seen(uniqueKeys.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return problem(u"records.%1[%2]"_s.arg(kind.name).arg(i),
                    tr("a record must be an object, not %1.").arg(typeName(array.at(i))));
            const QJsonObject record = array.at(i).toObject();
            for (auto field = record.begin(); field != record.end(); ++field)
                if (!kind.field(field.key()))
                    return recordProblem(kind, i, record,
                        tr("\"%1\" is not a field of this kind of record.").arg(field.key()));
            for (const RecordField &field : kind.fields) {
                const QString issue = checkField(field, record.value(field.name));
                if (!issue.isEmpty())
                    return recordProblem(kind, i, record, issue);
            }
            if (const QString issue = checkRecord(kind, record); !issue.isEmpty())
                return recordProblem(kind, i, record, issue);
            for (qsizetype k = 0; k < uniqueKeys.size(); ++k) {
                const QString value = uniqueValue(record, uniqueKeys.at(k));
                if (value.isEmpty())
                    continue;
                if (const auto first = seen.at(k).constFind(value); first != seen.at(k).cend())
                    return recordProblem(kind, i, record,
                        uniqueKeys.at(k) == QStringList { u"uid"_s }
                            ? tr("the uid \"%1\" appears twice.")
                                  .arg(record.value(u"uid"_s).toString())
                            : tr("it has the same %1 as %2; the journal can keep only one "
                                 "of them.")
                                  .arg(quotedList(uniqueKeys.at(k)), *first));
                seen[k].insert(value, recordName(kind, i, record));
            }
            if (kind.key == QStringList { u"uid"_s })
                known[kind.name].insert(record.value(u"uid"_s).toString());
        }
    }
    for (const RecordKind &kind : RecordKinds::all()) {
        const QJsonArray array = records.value(kind.name).toArray();
        for (const RecordField &field : kind.fields) {
            if (field.type != RecordField::Type::Reference)
                continue;
            std::optional<QSet<QString>> inJournal;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue target = array.at(i).toObject().value(field.name);
                if (!target.isString() || known.value(field.references).contains(target.toString()))
                    continue;
                if (mode == ImportMode::Merge && !inJournal) {
                    const RecordKind *targetKind = RecordKinds::find(field.references);
                    auto uids = targetKind ? uidsInJournal(m_journal, *targetKind)
                                           : Result<QSet<QString>>(QSet<QString> {});
                    if (!uids)
                        return uids.error();
                    inJournal = *uids;
                }
                if (!inJournal || !inJournal->contains(target.toString()))
                    return problem(u"records.%1[%2]"_s.arg(kind.name).arg(i),
                        tr("\"%1\" points to \"%2\", which is neither in the file nor "
                           "in the journal.")
                            .arg(field.name, target.toString()));
            }
        }
    }
    return {};
}

namespace {

    /// The values of a unique key that holds text of the person's own, decoded, in the
    /// journal. Once values are sealed the table's UNIQUE constraint never fires (two seals of
    /// one text differ), so merging checks these keys on the decoded text instead.
    struct TextKey {
        QStringList fields;
        QSet<QString> values;
    };

    QString keyValue(const QStringList &fields, const std::function<QString(const QString &)> &of)
    {
        QStringList parts;
        for (const QString &field : fields)
            parts << of(field);
        return parts.join(QChar(0x1f));
    }

    Result<QList<TextKey>> existingTextKeys(const QSqlDatabase &db, const FieldCodec &codec,
        const RecordKind &kind, const QString &what)
    {
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
            auto rows = Sql::run(
                db, u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), kind.table), {}, what);
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

    bool clashes(const QList<TextKey> &keys, const std::function<QString(const QString &)> &valueOf)
    {
        return std::any_of(keys.cbegin(), keys.cend(),
            [&](const TextKey &key) { return key.values.contains(keyValue(key.fields, valueOf)); });
    }

    void remember(QList<TextKey> &keys, const std::function<QString(const QString &)> &valueOf)
    {
        for (TextKey &key : keys)
            key.values.insert(keyValue(key.fields, valueOf));
    }

} // namespace

Result<ImportSummary> JournalImport::apply(const QJsonObject &document, ImportMode mode)
{
    if (Status valid = validate(document, mode); !valid)
        return valid.error();
    const QString what = tr("The import could not be written; nothing was changed.");
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db, what);
    if (!transaction.begun())
        return transaction.status().error();

    if (mode == ImportMode::Replace) {
        const auto &kinds = RecordKinds::all();
        for (auto kind = kinds.crbegin(); kind != kinds.crend(); ++kind)
            if (auto done = Sql::run(db, u"DELETE FROM %1"_s.arg(kind->table), {}, what); !done)
                return done.error();
        if (auto done = Sql::run(db, u"DELETE FROM %1"_s.arg(RecordKinds::SettingsTable), {}, what);
            !done)
            return done.error();
    }

    const FieldCodec &codec = m_journal.fieldCodec();
    ImportSummary summary;
    const QJsonObject records = document.value(u"records"_s).toObject();
    for (const RecordKind &kind : RecordKinds::all()) {
        const QJsonArray array = records.value(kind.name).toArray();
        if (array.isEmpty())
            continue;
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
        auto textKeys = existingTextKeys(db, codec, kind, what);
        if (!textKeys)
            return textKeys.error();
        QSqlQuery insert(db);
        if (!insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING"_s.arg(
                kind.table, columns.join(u", "_s), values.join(u", "_s))))
            return Sql::error(insert.lastError(), what);
        qint64 added = 0;
        for (const QJsonValue &value : array) {
            const QJsonObject record = value.toObject();
            const QString uid = FieldCodec::recordUid(kind, [&record](const QString &field) {
                return record.value(field).toVariant().toString();
            });
            if (clashes(*textKeys, [&record](const QString &field) {
                    return record.value(field).toVariant().toString();
                })) {
                ++summary.skipped;
                continue;
            }
            for (const RecordField &field : kind.fields) {
                const QJsonValue fieldValue = record.value(field.name);
                if (field.type != RecordField::Type::Text)
                    insert.addBindValue(sqlValue(field, fieldValue));
                else if (!fieldValue.isString())
                    insert.addBindValue(QVariant(QMetaType(QMetaType::QByteArray)));
                else if (field.ownText)
                    insert.addBindValue(
                        codec.bind({ kind.name, field.name, uid }, fieldValue.toString()));
                else // a key, not the person's words: exact, not encoded
                    insert.addBindValue(fieldValue.toString().toUtf8());
            }
            if (!insert.exec())
                return Sql::error(insert.lastError(), what);
            if (insert.numRowsAffected() > 0) {
                ++added;
                remember(*textKeys, [&record](const QString &field) {
                    return record.value(field).toVariant().toString();
                });
            } else
                ++summary.skipped;
        }
        summary.added.insert(kind.name, added);
    }

    const QJsonObject settings = document.value(u"settings"_s).toObject();
    QSqlQuery setting(db);
    if (!setting.prepare(
            u"INSERT INTO %1 (key, value) VALUES (?, %2) ON CONFLICT (key) DO NOTHING"_s.arg(
                RecordKinds::SettingsTable, FieldCodec::TextParam)))
        return Sql::error(setting.lastError(), what);
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        setting.addBindValue(it.key());
        setting.addBindValue(codec.bind(
            { RecordKinds::SettingsTable, u"value"_s, it.key() }, it.value().toString()));
        if (!setting.exec())
            return Sql::error(setting.lastError(), what);
        summary.settings += setting.numRowsAffected() > 0 ? 1 : 0;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT m_journal.contentReplaced();
    return summary;
}

Result<ImportSummary> JournalImport::importFile(
    const QString &filePath, ImportMode mode, const QString &passphrase)
{
    auto document = readFile(filePath, passphrase);
    if (!document)
        return document.error();
    return apply(*document, mode);
}

} // namespace Rekindle
