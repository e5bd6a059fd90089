// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportValidator.h"

#include "Journal.h"
#include "JournalConnection.h"
#include "JournalExport.h"
#include "RecordKinds.h"
#include "Sql.h"
#include "core/TextLength.h"
#include "core/Translation.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::JournalImport", text);
    }

    constexpr qsizetype MaxUidLength = RecordField::MaxUidLength;
    constexpr qsizetype MaxSettingLength = 100000;

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

    /// The characters left once white space (QChar::isSpace(), as the stores judge it and
    /// the journal's blank checks trim it) is trimmed from both ends.
    qsizetype trimmedLength(const QString &text)
    {
        return characterCount(text.trimmed());
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
            // Counted as far as SQLite's length() reads, to a NUL, as the table's check does.
            const qsizetype length
                = value.isString() ? characterCount(sqlVisible(value.toString())) : 0;
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
        return ImportValidator::problem(u"records.%1[%2]"_s.arg(kind.name).arg(index),
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

    QString appearsTwice()
    {
        return tr("it appears twice; a file holds each name once.");
    }

} // namespace

Error ImportValidator::problem(const QString &where, const QString &what)
{
    return Error {
        tr("The file cannot be imported. In %1: %2 Nothing was changed.").arg(where, what)
    };
}

QVariant ImportValidator::sqlValue(const RecordField &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return field.type == RecordField::Type::Integer || field.type == RecordField::Type::Instant
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

ImportValidator::ImportValidator(const Journal &journal, ImportMode mode)
    : m_journal(journal)
    , m_mode(mode)
{
}

void ImportValidator::note(Slot slot, const Error &error)
{
    if (!m_errors.at(slot))
        m_errors[slot] = error;
}

bool ImportValidator::topLevel(const QString &key, const QJsonValue &value)
{
    if (m_topKeys.contains(key)) {
        note(Format, problem(u"\"%1\""_s.arg(key), appearsTwice()));
        return true;
    }
    m_topKeys.insert(key);
    if (key == u"format"_s) {
        m_formatSeen = value.toString() == JournalExport::FormatName;
    } else if (key == u"formatVersion"_s) {
        m_version = wholeNumber(value);
        if (!m_version || *m_version < 1)
            m_version = 0;
    } else if (key == u"settings"_s) {
        note(Settings,
            problem(u"\"settings\""_s, tr("it must be an object, not %1.").arg(typeName(value))));
    } else if (key == u"records"_s) {
        m_recordsSeen = true;
        note(Records,
            problem(u"\"records\""_s, tr("it must be an object, not %1.").arg(typeName(value))));
    }
    return true;
}

bool ImportValidator::objectStarts(const QString &key)
{
    if (m_topKeys.contains(key))
        note(key == u"records"_s ? Records : Settings,
            problem(u"\"%1\""_s.arg(key), appearsTwice()));
    m_topKeys.insert(key);
    m_recordsSeen = m_recordsSeen || key == u"records"_s;
    return true;
}

bool ImportValidator::setting(const QString &key, const QJsonValue &value)
{
    const QString where = u"settings.%1"_s.arg(key);
    if (m_settingKeys.contains(key))
        note(Settings, problem(where, appearsTwice()));
    m_settingKeys.insert(key);
    if (key.isEmpty() || key.size() > 200)
        note(Settings, problem(where, tr("a setting's name must be 1 to 200 characters.")));
    else if (!value.isString())
        note(Settings, problem(where, tr("a setting must be text, not %1.").arg(typeName(value))));
    else if (value.toString().size() > MaxSettingLength)
        note(Settings, problem(where, tr("the setting is too long.")));
    return true;
}

ImportHandler::Kind ImportValidator::kindStarts(const QString &kind, QJsonValue::Type type)
{
    m_kind = RecordKinds::find(kind);
    const QString where = u"records.%1"_s.arg(kind);
    if (!m_kind) {
        note(Kinds,
            problem(where,
                tr("Rekindle does not know records of this kind. The file may come "
                   "from a newer version of Rekindle.")));
        return Kind::Skip;
    }
    if (m_order.contains(kind)) {
        note(Kinds, problem(where, appearsTwice()));
        m_kind = nullptr;
        return Kind::Skip;
    }
    if (type != QJsonValue::Array) {
        note(Kinds,
            problem(where, tr("it must be a list, not %1.").arg(typeName(QJsonValue(type)))));
        m_kind = nullptr;
        return Kind::Skip;
    }
    m_order << kind;
    const QList<RecordKind> &all = RecordKinds::all();
    m_kindPosition = int(std::find_if(all.cbegin(), all.cend(), [&kind](const RecordKind &k) {
        return k.name == kind;
    }) - all.cbegin());
    KindState &state = m_kinds[kind];
    state.seen.resize(m_kind->uniqueKeys().size());
    return Kind::Read;
}

std::optional<Error> ImportValidator::check(
    const RecordKind &kind, qsizetype index, const QJsonValue &value)
{
    if (!value.isObject())
        return problem(u"records.%1[%2]"_s.arg(kind.name).arg(index),
            tr("a record must be an object, not %1.").arg(typeName(value)));
    const QJsonObject record = value.toObject();
    for (auto field = record.begin(); field != record.end(); ++field)
        if (!kind.field(field.key()))
            return recordProblem(kind, index, record,
                tr("\"%1\" is not a field of this kind of record.").arg(field.key()));
    for (const RecordField &field : kind.fields) {
        const QString issue = checkField(field, record.value(field.name));
        if (!issue.isEmpty())
            return recordProblem(kind, index, record, issue);
    }
    if (const QString issue = checkRecord(kind, record); !issue.isEmpty())
        return recordProblem(kind, index, record, issue);
    return std::nullopt;
}

void ImportValidator::uniqueKeys(
    const RecordKind &kind, KindState &state, qsizetype index, const QJsonObject &record)
{
    // Two records of the file that share a unique key would make the journal keep only one.
    const QList<QStringList> keys = kind.uniqueKeys();
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QString value = uniqueValue(record, keys.at(k));
        if (value.isEmpty())
            continue;
        if (keys.at(k) == QStringList { u"uid"_s }) {
            const QByteArray uid = record.value(u"uid"_s).toString().toUtf8();
            if (state.uids.contains(uid)) {
                state.error = recordProblem(kind, index, record,
                    tr("the uid \"%1\" appears twice.").arg(record.value(u"uid"_s).toString()));
                return;
            }
            state.uids.insert(uid);
            continue;
        }
        QHash<QString, QString> &seen = state.seen[k];
        if (const auto first = seen.constFind(value); first != seen.cend()) {
            state.error = recordProblem(kind, index, record,
                tr("it has the same %1 as %2; the journal can keep only one "
                   "of them.")
                    .arg(quotedList(keys.at(k)), *first));
            return;
        }
        seen.insert(value, recordName(kind, index, record));
    }
}

bool ImportValidator::record(qsizetype index, const QJsonValue &value)
{
    if (!m_kind)
        return true;
    KindState &state = m_kinds[m_kind->name];
    state.count = index + 1;
    if (state.error)
        return true;
    if (auto issue = check(*m_kind, index, value)) {
        state.error = *issue;
        return true;
    }
    const QJsonObject record = value.toObject();
    uniqueKeys(*m_kind, state, index, record);
    if (state.error)
        return true;
    for (int f = 0; f < m_kind->fields.size(); ++f) {
        const RecordField &field = m_kind->fields.at(f);
        if (field.type != RecordField::Type::Reference)
            continue;
        const QJsonValue target = record.value(field.name);
        if (!target.isString())
            continue;
        const auto known = m_kinds.constFind(field.references);
        if (known != m_kinds.cend() && known->uids.contains(target.toString().toUtf8()))
            continue;
        m_pending.append({ m_kindPosition, f, index, target.toString() });
    }
    return true;
}

qsizetype ImportValidator::count(const QString &kind) const
{
    return m_kinds.value(kind).count;
}

Status ImportValidator::finish()
{
    if (!m_formatSeen)
        return problem(u"\"format\""_s,
            tr("this is not a Rekindle journal export (\"format\" "
               "must be \"%1\").")
                .arg(JournalExport::FormatName));
    if (!m_version || *m_version < 1)
        return problem(u"\"formatVersion\""_s, tr("it must be a whole number from 1."));
    if (*m_version > JournalExport::FormatVersion)
        return problem(u"\"formatVersion\""_s,
            tr("the file was written by a newer version of Rekindle (format %1; "
               "this version reads up to %2). Update Rekindle to import it.")
                .arg(*m_version)
                .arg(JournalExport::FormatVersion));
    for (const auto &error : m_errors)
        if (error)
            return *error;
    if (!m_recordsSeen)
        return problem(u"\"records\""_s,
            tr("it must be an object, not %1.").arg(typeName(QJsonValue::Undefined)));
    for (const RecordKind &kind : RecordKinds::all())
        if (const auto state = m_kinds.constFind(kind.name);
            state != m_kinds.cend() && state->error)
            return *state->error;

    std::sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
        return std::tie(a.kind, a.field, a.index) < std::tie(b.kind, b.field, b.index);
    });
    QHash<QString, QSet<QString>> inJournal;
    for (const Pending &pending : std::as_const(m_pending)) {
        const RecordKind &kind = RecordKinds::all().at(pending.kind);
        const RecordField &field = kind.fields.at(pending.field);
        if (m_kinds.value(field.references).uids.contains(pending.target.toUtf8()))
            continue;
        if (m_mode == ImportMode::Merge && !inJournal.contains(field.references)) {
            const RecordKind *targetKind = RecordKinds::find(field.references);
            auto uids = targetKind ? uidsInJournal(m_journal, *targetKind)
                                   : Result<QSet<QString>>(QSet<QString> {});
            if (!uids)
                return uids.error();
            inJournal.insert(field.references, *uids);
        }
        if (!inJournal.value(field.references).contains(pending.target))
            return problem(u"records.%1[%2]"_s.arg(kind.name).arg(pending.index),
                tr("\"%1\" points to \"%2\", which is neither in the file nor "
                   "in the journal.")
                    .arg(field.name, pending.target));
    }
    m_pending.clear();
    return {};
}

} // namespace Rekindle
