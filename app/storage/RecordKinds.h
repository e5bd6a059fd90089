// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rekindle {

/// How one column of a record is exported, checked on import and compared.
struct RecordField
{
    enum class Type {
        Uid, ///< the record's stable id: text, unique within its kind
        Text, ///< text; `max` is the longest allowed length
        Integer, ///< a whole number from `min` to `max`
        Instant, ///< epoch milliseconds UTC in the database, ISO 8601 UTC in exports
        Day, ///< a calendar day 'yyyy-MM-dd'
        Reference, ///< the id of a record of kind `references`; exported as that record's uid
    };

    QString name; ///< the column, and the field's name in exports
    Type type = Type::Text;
    bool optional = false; ///< may be NULL (JSON null or absent)
    qint64 min = 0;
    qint64 max = 0;
    QString references; ///< for Type::Reference: the RecordKind::name it points to

    static RecordField uid() { return make(QStringLiteral("uid"), Type::Uid); }
    static RecordField text(const QString &name, qint64 maxLength, bool optional = false)
    {
        return make(name, Type::Text, optional, 0, maxLength);
    }
    static RecordField integer(const QString &name, qint64 min, qint64 max, bool optional = false)
    {
        return make(name, Type::Integer, optional, min, max);
    }
    static RecordField instant(const QString &name, bool optional = false)
    {
        return make(name, Type::Instant, optional);
    }
    static RecordField day(const QString &name, bool optional = false)
    {
        return make(name, Type::Day, optional);
    }
    static RecordField reference(const QString &name, const QString &kind, bool optional = true)
    {
        RecordField f = make(name, Type::Reference, optional);
        f.references = kind;
        return f;
    }

private:
    static RecordField make(const QString &name, Type type, bool optional = false,
                            qint64 min = 0, qint64 max = 0)
    {
        RecordField f;
        f.name = name;
        f.type = type;
        f.optional = optional;
        f.min = min;
        f.max = max;
        return f;
    }
};

/// One kind of record the person writes (journal entries, urges, goals, ...): everything that
/// search, export, import, restore and `--check` need to know about its table.
///
/// To add a kind: append a RecordKind to the list in RecordKinds.cpp (after the kinds it
/// references), and in the migration that creates its table append
/// `RecordKinds::searchIndexStatements(u"<name>"_s)` when it has text to search. Nothing else
/// in search, export, import or backup needs to change.
struct RecordKind
{
    QString name; ///< stable: the key in JSON exports, the CSV file suffix, the search kind
    const char *label = nullptr; ///< plural, for people; translate with RecordKinds::label()
    int code = 0; ///< stable, 1..31: identifies the kind inside the search index
    QString table;
    /// Exported columns, `uid` first. Every column but `id` must be listed, or it is lost on
    /// export and restore (`--check` reports unlisted tables).
    QList<RecordField> fields;
    /// The column that places a record in time (an Instant or a Day field): date ranges and
    /// the order of search results use it.
    QString dateColumn;
    /// SQL expressions over a row, written with `{r}.` before each column (replaced by NEW,
    /// OLD or a table alias): the step the record belongs to (empty: none), and its title and
    /// text for search and readable exports (empty title: none; empty text: not searchable).
    QString stepSql;
    QString titleSql;
    QString textSql;

    const RecordField *field(const QString &fieldName) const;
    /// The position of the field in `fields`, or -1.
    int fieldIndex(const QString &fieldName) const;
    bool isSearchable() const { return !textSql.isEmpty(); }
    bool hasStep() const { return !stepSql.isEmpty(); }
    bool datedByDay() const;
};

namespace RecordKinds {

/// All kinds, in an order where a kind comes after the kinds it references.
const QList<RecordKind> &all();
const RecordKind *find(const QString &name);
const RecordKind *findByCode(int code);
/// The kind's translated plural label ("Journal entries").
QString label(const RecordKind &kind);

/// The journal's own settings table (key/value), exported beside the records.
inline const QString SettingsTable = QStringLiteral("journal_settings");
/// The full-text index shared by all kinds.
inline const QString SearchTable = QStringLiteral("search_text");

/// Statements that create the shared search index (once, in the migration that adds search).
QStringList searchTableStatements();
/// Statements that keep the search index in step with the kind's table (triggers) and index
/// the rows already there. For the migration that creates the kind's table.
QStringList searchIndexStatements(const QString &kindName);
/// `expression` with `{r}` replaced by `row`.
QString rowSql(const QString &expression, const QString &row);
/// The search index rowid of a row: orders results by date (newest first is rowid DESC).
QString searchRowidSql(const RecordKind &kind, const QString &row);

} // namespace RecordKinds
} // namespace Rekindle
