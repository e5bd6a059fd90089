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
}

Status ImportWriter::begin()
{
    const QSqlDatabase db = m_journal.database();
    m_transaction = std::make_unique<Sql::Transaction>(db, m_what);
    if (!m_transaction->begun())
        return m_transaction->status();
    if (m_mode == ImportMode::Replace) {
        const auto &kinds = RecordKinds::all();
        for (auto kind = kinds.crbegin(); kind != kinds.crend(); ++kind)
            if (auto done = Sql::run(db, u"DELETE FROM %1"_s.arg(kind->table), {}, m_what); !done)
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
    return m_transaction->commit();
}

} // namespace Rekindle
