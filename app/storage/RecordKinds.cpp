// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordKinds.h"

#include "core/JournalEntry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {

const RecordField *RecordKind::field(const QString &fieldName) const
{
    for (const RecordField &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

int RecordKind::fieldIndex(const QString &fieldName) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields.at(i).name == fieldName)
            return i;
    return -1;
}

bool RecordKind::datedByDay() const
{
    const RecordField *f = field(dateColumn);
    return f && f->type == RecordField::Type::Day;
}

namespace RecordKinds {
namespace {

QList<RecordKind> makeKinds()
{
    QList<RecordKind> kinds;

    RecordKind entries;
    entries.name = u"entries"_s;
    entries.label = QT_TRANSLATE_NOOP("Rekindle::RecordKinds", "Journal entries");
    entries.code = 1;
    entries.table = u"entries"_s;
    entries.fields = {
        RecordField::uid(),
        RecordField::integer(u"step"_s, 1, Steps::Count),
        RecordField::text(u"title"_s, JournalEntry::MaxTitleLength),
        RecordField::text(u"body"_s, JournalEntry::MaxBodyLength),
        RecordField::integer(u"mood"_s, JournalEntry::MinMood, JournalEntry::MaxMood, true),
        RecordField::instant(u"created_at"_s),
        RecordField::instant(u"updated_at"_s),
    };
    entries.dateColumn = u"created_at"_s;
    entries.stepSql = u"{r}.step"_s;
    entries.titleSql = u"{r}.title"_s;
    entries.textSql = u"{r}.body"_s;
    kinds << entries;

    // New kinds go here, after the kinds they reference.
    return kinds;
}

} // namespace

const QList<RecordKind> &all()
{
    static const QList<RecordKind> kinds = makeKinds();
    return kinds;
}

const RecordKind *find(const QString &name)
{
    for (const RecordKind &kind : all())
        if (kind.name == name)
            return &kind;
    return nullptr;
}

const RecordKind *findByCode(int code)
{
    for (const RecordKind &kind : all())
        if (kind.code == code)
            return &kind;
    return nullptr;
}

QString label(const RecordKind &kind)
{
    return QCoreApplication::translate("Rekindle::RecordKinds", kind.label);
}

QString rowSql(const QString &expression, const QString &row)
{
    QString sql = expression;
    return sql.replace(u"{r}"_s, row);
}

QString searchRowidSql(const RecordKind &kind, const QString &row)
{
    // rowid = seconds << 27 | code << 22 | id (22 bits): FTS5 walks its index in rowid order
    // and stops after LIMIT, so "newest first" costs no sort however many rows match. The
    // id's low bits keep rowids of one kind unique unless two records share the same second
    // and ids 4 million apart.
    const QString column = row + u'.' + kind.dateColumn;
    const QString seconds = kind.datedByDay()
            ? u"CAST(strftime('%s', %1) AS INTEGER)"_s.arg(column)
            : u"(%1 / 1000)"_s.arg(column);
    return u"((max(0, min(coalesce(%1, 0), 68719476735)) << 27) | (%2 << 22) | (%3.id & 4194303))"_s
            .arg(seconds)
            .arg(kind.code)
            .arg(row);
}

QStringList searchTableStatements()
{
    // One index for every kind, so one query finds everything. Its own copy of the text
    // (not external content) because the text comes from several tables.
    return {
        uR"(CREATE VIRTUAL TABLE search_text USING fts5(
                title, body, kind UNINDEXED, item_id UNINDEXED, step UNINDEXED, at UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'))"_s,
    };
}

QStringList searchIndexStatements(const QString &kindName)
{
    const RecordKind *kind = find(kindName);
    if (!kind || !kind->isSearchable())
        return {};
    const auto values = [kind](const QString &row) {
        return u"%1, coalesce(%2, ''), coalesce(%3, ''), %4, %5.id, %6, %5.%7"_s.arg(
                searchRowidSql(*kind, row),
                kind->titleSql.isEmpty() ? u"''"_s : rowSql(kind->titleSql, row),
                rowSql(kind->textSql, row), QString::number(kind->code), row,
                kind->hasStep() ? rowSql(kind->stepSql, row) : u"NULL"_s, kind->dateColumn);
    };
    const QString insert =
            u"INSERT INTO search_text (rowid, title, body, kind, item_id, step, at) "_s;
    const QString remove = u"DELETE FROM search_text WHERE rowid = %1;"_s.arg(
            searchRowidSql(*kind, u"OLD"_s));
    const QString name = kind->table;
    return {
        u"CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 BEGIN %2 VALUES (%3); END"_s.arg(
                name, insert, values(u"NEW"_s)),
        u"CREATE TRIGGER search_%1_update AFTER UPDATE ON %1 BEGIN %2 %3 VALUES (%4); END"_s.arg(
                name, remove, insert, values(u"NEW"_s)),
        u"CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 BEGIN %2 END"_s.arg(name, remove),
        insert + u"SELECT "_s + values(u"t"_s) + u" FROM %1 AS t"_s.arg(name),
    };
}

} // namespace RecordKinds
} // namespace Rekindle
