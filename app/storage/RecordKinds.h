// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rekindle {

/// One column of a record, declared once: import checks it, the journal's rules (CHECKs and
/// the limit triggers of Migrations.cpp) enforce the same, export writes it, and the field
/// codec encodes the person's own text. tst_recordrules proves declaration and database agree.
struct RecordField {
    enum class Type {
        Uid, ///< the record's stable id: text of 1 to MaxUidLength characters, unique in its kind
        Text, ///< text of at most `max` characters (code points, see characterCount())
        Integer, ///< a whole number from `min` to `max`
        Instant, ///< epoch milliseconds UTC in the database, ISO 8601 UTC in exports
        Day, ///< a calendar day 'yyyy-MM-dd'
        Reference, ///< the id of a record of kind `references`; exported as that record's uid
    };

    static constexpr qint64 MaxUidLength = 100;

    QString name; ///< the column, and the field's name in exports
    Type type = Type::Text;
    bool optional = false; ///< may be NULL (JSON null or absent)
    qint64 min = 0;
    qint64 max = 0;
    /// For Type::Text: the fewest characters left once white space (QChar::isSpace()) is
    /// trimmed from both ends: 1 means "not blank".
    qint64 minLength = 0;
    QString references; ///< for Type::Reference: the RecordKind::name it points to
    /// The person's own words (not a key or a list of keys): what the field codec protects.
    bool ownText = false;
    /// Part of the kind's search text (its titleSql or textSql, or its parent's).
    bool searched = false;

    static RecordField uid() { return make(QStringLiteral("uid"), Type::Uid); }
    /// The person's own text.
    static RecordField text(const QString &name, qint64 maxLength, bool optional = false)
    {
        RecordField f = make(name, Type::Text, optional, 0, maxLength);
        f.ownText = true;
        return f;
    }
    /// Text that names built-in things (prompt keys, emotion keys), not the person's words.
    static RecordField keyText(const QString &name, qint64 maxLength, bool optional = false)
    {
        return make(name, Type::Text, optional, 0, maxLength);
    }
    static RecordField integer(const QString &name, qint64 min, qint64 max, bool optional = false)
    {
        return make(name, Type::Integer, optional, min, max);
    }
    /// A stored enum: its values from `first` to `last` (the core's Last... constant).
    template<typename Enum>
    static RecordField choice(const QString &name, Enum first, Enum last, bool optional = false)
    {
        return integer(name, qint64(first), qint64(last), optional);
    }
    static RecordField flag(const QString &name) { return integer(name, 0, 1); }
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

    /// This text field must have at least `least` characters besides spaces.
    RecordField notBlank(qint64 least = 1) const
    {
        RecordField f = *this;
        f.minLength = least;
        return f;
    }
    /// This field is part of the kind's search text.
    RecordField inSearch() const
    {
        RecordField f = *this;
        f.searched = true;
        return f;
    }

private:
    static RecordField make(
        const QString &name, Type type, bool optional = false, qint64 min = 0, qint64 max = 0)
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
/// references), and write a migration that creates its table with the CHECKs and limit
/// triggers its fields declare and, when it has text to search, the statements
/// `RecordKinds::searchIndexStatements(u"<name>"_s)` gives, as fixed text. tst_recordrules
/// and tst_migrations tell what is missing. Nothing else in search, export, import or backup
/// needs to change.
///
/// Two lesser shapes are supported besides dated records with a uid:
/// - a *part* of another record (a reflection's answers): `parentField` names its Reference to
///   the record it belongs to, and `key` the fields that identify it instead of a uid (e.g. the
///   parent and a position). A part has no id and no date of its own: it follows its parent's
///   date in date ranges, its text is searched as part of the parent's (the parent's textSql
///   reads it; its triggers re-index the parent) and readable exports show it there.
/// - a *settings-like* record without `dateColumn` (the person's reflection prompts): exported
///   and imported whole whatever the date range, not shown in readable exports.
struct RecordKind {
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
    /// The fields that identify a record; merging skips a record whose key the journal has.
    QStringList key = { QStringLiteral("uid") };
    /// Further sets of fields no two records may share (the table's other UNIQUE constraints):
    /// import refuses a file whose records clash on any of them, merging skips a record that
    /// clashes with the journal.
    QList<QStringList> alsoUnique;
    /// Sets of fields of which exactly one is set (not NULL) in every record.
    QList<QStringList> exactlyOneOf;
    /// For a part of another record: its Reference field to that record (see above).
    QString parentField;

    const RecordField *field(const QString &fieldName) const;
    /// The position of the field in `fields`, or -1.
    int fieldIndex(const QString &fieldName) const;
    /// `key` first, then `alsoUnique`.
    QList<QStringList> uniqueKeys() const { return QList<QStringList> { key } + alsoUnique; }
    bool isSearchable() const { return !textSql.isEmpty(); }
    bool hasStep() const { return !stepSql.isEmpty(); }
    bool datedByDay() const;
    bool isPart() const { return !parentField.isEmpty(); }
    /// The kind this part belongs to; null when it is not a part.
    const RecordKind *parent() const;
    /// Whether the record has a date (its own or its parent's): date ranges apply to it.
    bool isDated() const;
    /// Shown in readable exports (Markdown, HTML, PDF): dated records that are not parts.
    bool isReadable() const { return !dateColumn.isEmpty() && !isPart(); }
    /// An SQL expression for the record's date at `row` (a table alias), for date ranges and
    /// order; empty when it has none.
    QString dateSql(const QString &row) const;
    /// The SQL ORDER BY terms that list records at `row` in time (then by key).
    QString orderSql(const QString &row) const;
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
