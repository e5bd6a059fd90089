// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Goal.h"
#include "core/TextLength.h"
#include "storage/GoalStore.h"
#include "storage/JournalExport.h"
#include "storage/JournalImport.h"
#include "storage/RecordKinds.h"
#include "support/TempJournal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Rekindle;

namespace {

/// One value of a field: as an export holds it, and as the database stores it (a reference
/// as the uid of the record it points to, which the insert resolves, as import does).
struct Value {
    QJsonValue json;
    QVariant sql;
};

using Record = QMap<QString, Value>;

/// A record of the file, of `kind`, in the order it is written.
struct Row {
    const RecordKind *kind = nullptr;
    Record values;
};

const QChar AstralHigh = QChar(0xD83D); // U+1F600 GRINNING FACE
const QChar AstralLow = QChar(0xDE00);

QString astral(qint64 count)
{
    QString text;
    text.reserve(count * 2);
    for (qint64 i = 0; i < count; ++i)
        text.append(AstralHigh).append(AstralLow);
    return text;
}

Value text(const QString &s)
{
    return { s, s };
}
Value number(qint64 n)
{
    return { double(n), n };
}
Value null(const RecordField &field)
{
    const bool numeric
        = field.type == RecordField::Type::Integer || field.type == RecordField::Type::Instant;
    return { QJsonValue::Null,
        numeric ? QVariant(QMetaType(QMetaType::LongLong))
                : QVariant(QMetaType(QMetaType::QString)) };
}

bool inUniqueKey(const RecordKind &kind, const QString &field)
{
    for (const QStringList &key : kind.uniqueKeys())
        if (key.contains(field))
            return true;
    return false;
}

/// A valid record number `n` of `kind`: records with different `n` differ on every unique key.
Record valid(const RecordKind &kind, int n)
{
    Record record;
    const bool vary = n != 0;
    for (const RecordField &field : kind.fields) {
        const bool varies = vary && inUniqueKey(kind, field.name);
        switch (field.type) {
        case RecordField::Type::Uid:
            record.insert(field.name, text(u"%1-%2"_s.arg(kind.name).arg(n)));
            break;
        case RecordField::Type::Text:
            record.insert(field.name,
                text((u"w"_s + QString::number(varies ? n : 0))
                         .leftJustified(qMax<qint64>(field.minLength, 1), u'w')));
            break;
        case RecordField::Type::Integer:
            record.insert(field.name, number(varies ? field.min + n : field.min));
            break;
        case RecordField::Type::Instant: {
            const qint64 ms = 1772396100000 + n;
            record.insert(field.name,
                { QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                            .toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s)
                        + u'Z',
                    ms });
            break;
        }
        case RecordField::Type::Day:
            record.insert(
                field.name, text(QDate(2026, 3, 1).addDays(varies ? n : 0).toString(Qt::ISODate)));
            break;
        case RecordField::Type::Reference:
            record.insert(field.name, text(u"%1-0"_s.arg(field.references)));
            break;
        }
    }
    // Of fields where exactly one is set, the first.
    for (const QStringList &group : kind.exactlyOneOf)
        for (qsizetype i = 1; i < group.size(); ++i)
            record.insert(group.at(i), null(*kind.field(group.at(i))));
    return record;
}

/// The records every record of `kind` points to, parents first, each once.
void addParents(const RecordKind &kind, QList<Row> &rows)
{
    for (const RecordField &field : kind.fields) {
        if (field.type != RecordField::Type::Reference)
            continue;
        const RecordKind *target = RecordKinds::find(field.references);
        QVERIFY(target);
        addParents(*target, rows);
        bool have = false;
        for (const Row &row : std::as_const(rows))
            have = have || row.kind == target;
        if (!have)
            rows << Row { target, valid(*target, 0) };
    }
}

QJsonObject document(const QList<Row> &rows)
{
    QJsonObject records;
    for (const Row &row : rows) {
        QJsonArray array = records.value(row.kind->name).toArray();
        QJsonObject object;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
            object.insert(it.key(), it->json);
        array.append(object);
        records.insert(row.kind->name, array);
    }
    return QJsonObject {
        { u"format"_s, JournalExport::FormatName },
        { u"formatVersion"_s, JournalExport::FormatVersion },
        { u"records"_s, records },
    };
}

/// Whether the database takes the rows, written one by one as they are; nothing is kept.
bool databaseAccepts(const QSqlDatabase &db, const QList<Row> &rows, QString *why)
{
    QSqlDatabase handle = db;
    if (!handle.transaction()) {
        *why = handle.lastError().text();
        return false;
    }
    bool accepted = true;
    for (const Row &row : rows) {
        QStringList columns;
        QStringList values;
        for (const RecordField &field : row.kind->fields) {
            columns << field.name;
            values << (field.type == RecordField::Type::Reference
                    ? u"(SELECT id FROM %1 WHERE uid = ?)"_s.arg(
                        RecordKinds::find(field.references)->table)
                    : u"?"_s);
        }
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            row.kind->table, columns.join(u", "_s), values.join(u", "_s)));
        for (const RecordField &field : row.kind->fields)
            insert.addBindValue(row.values.value(field.name).sql);
        if (!insert.exec()) {
            *why = insert.lastError().text();
            accepted = false;
            break;
        }
    }
    handle.rollback();
    return accepted;
}

/// A record that differs from a valid one in one thing, and whether the declaration lets it in.
struct Case {
    QString name;
    QList<Row> rows;
    bool accepted = false;
};

QList<Case> casesFor(const RecordKind &kind)
{
    QList<Row> parents;
    addParents(kind, parents);
    QList<Case> cases;
    const auto add = [&](const QString &name, const QList<Record> &records, bool accepted) {
        QList<Row> rows = parents;
        for (const Record &record : records)
            rows << Row { &kind, record };
        cases << Case { kind.name + u": "_s + name, rows, accepted };
    };
    const auto with = [&](const QString &field, const Value &value) {
        Record record = valid(kind, 0);
        // Of fields where exactly one is set, this one.
        for (const QStringList &group : kind.exactlyOneOf)
            if (group.contains(field))
                for (const QString &other : group)
                    record.insert(other, null(*kind.field(other)));
        record.insert(field, value);
        return QList<Record> { record };
    };

    add(u"a valid record"_s, { valid(kind, 0) }, true);
    add(u"two different records"_s, { valid(kind, 0), valid(kind, 1) }, true);
    for (const RecordField &field : kind.fields) {
        const QString f = field.name + u' ';
        bool inGroup = false;
        for (const QStringList &group : kind.exactlyOneOf)
            inGroup = inGroup || group.contains(field.name);
        if (!inGroup)
            add(f + u"null"_s, with(field.name, null(field)), field.optional);
        switch (field.type) {
        case RecordField::Type::Uid:
            add(f + u"empty"_s, with(field.name, text(u""_s)), false);
            add(f + u"at most long"_s,
                with(field.name, text(QString(RecordField::MaxUidLength, u'u'))), true);
            add(f + u"too long"_s,
                with(field.name, text(QString(RecordField::MaxUidLength + 1, u'u'))), false);
            add(f + u"astral at most long"_s,
                with(field.name, text(astral(RecordField::MaxUidLength))), true);
            add(f + u"astral too long"_s,
                with(field.name, text(astral(RecordField::MaxUidLength + 1))), false);
            // SQLite's length() stops at a NUL: what comes after it is not counted.
            add(f + u"a NUL first"_s, with(field.name, text(QChar(0) + u"uid"_s)), false);
            add(f + u"a NUL inside"_s, with(field.name, text(u"u"_s + QChar(0) + u"id"_s)), true);
            add(f + u"at most long before a NUL"_s,
                with(field.name,
                    text(QString(RecordField::MaxUidLength, u'u') + QChar(0) + u"more"_s)),
                true);
            break;
        case RecordField::Type::Text: {
            const bool blankOk = field.minLength == 0;
            add(f + u"empty"_s, with(field.name, text(u""_s)), blankOk);
            add(f + u"spaces only"_s, with(field.name, text(u"   "_s)), blankOk);
            // Every other kind of white space is blank too: tabs, breaks, a no-break space,
            // an em space, a line separator, an ideographic space.
            add(f + u"other white space only"_s,
                with(field.name, text(u"\t\n\r\u00a0\u2003\u2028\u3000 "_s)), blankOk);
            add(f + u"a NUL before the text"_s, with(field.name, text(QChar(0) + u"text"_s)),
                blankOk);
            if (field.minLength > 1) {
                add(f + u"one too short"_s,
                    with(field.name, text(u' ' + QString(field.minLength - 1, u'x') + u' ')),
                    false);
                add(f + u"one too short between tabs"_s,
                    with(field.name,
                        text(u"\t\u00a0"_s + QString(field.minLength - 1, u'x') + u'\t')),
                    false);
                add(f + u"just long enough"_s,
                    with(field.name, text(u' ' + QString(field.minLength, u'x') + u' ')), true);
            }
            add(f + u"exactly the most characters"_s,
                with(field.name, text(QString(field.max, u'x'))), true);
            add(f + u"one character too many"_s,
                with(field.name, text(QString(field.max + 1, u'x'))), false);
            add(f + u"the most astral characters"_s, with(field.name, text(astral(field.max))),
                true);
            add(f + u"one astral character too many"_s,
                with(field.name, text(astral(field.max + 1))), false);
            break;
        }
        case RecordField::Type::Integer:
            add(f + u"lowest"_s, with(field.name, number(field.min)), true);
            add(f + u"highest"_s, with(field.name, number(field.max)), true);
            add(f + u"below the lowest"_s, with(field.name, number(field.min - 1)), false);
            add(f + u"above the highest"_s, with(field.name, number(field.max + 1)), false);
            break;
        case RecordField::Type::Day:
            add(f + u"last day of February"_s, with(field.name, text(u"2028-02-29"_s)), true);
            add(f + u"no such day"_s, with(field.name, text(u"2026-02-30"_s)), false);
            add(f + u"no such month"_s, with(field.name, text(u"2026-13-01"_s)), false);
            add(f + u"year zero"_s, with(field.name, text(u"0000-01-01"_s)), false);
            add(f + u"other shape"_s, with(field.name, text(u"2026-3-14"_s)), false);
            break;
        case RecordField::Type::Instant:
        case RecordField::Type::Reference:
            break;
        }
    }
    for (const QStringList &group : kind.exactlyOneOf) {
        Record none = valid(kind, 0);
        Record all = none;
        for (const QString &name : group) {
            none.insert(name, null(*kind.field(name)));
            all.insert(name, text(u"key."_s + name));
        }
        add(group.join(u'/') + u" none set"_s, { none }, false);
        add(group.join(u'/') + u" all set"_s, { all }, false);
        for (const QString &name : group) {
            Record one = none;
            one.insert(name, text(u"key."_s + name));
            add(name + u" alone"_s, { one }, true);
        }
    }
    for (const QStringList &key : kind.uniqueKeys()) {
        Record second = valid(kind, 1);
        for (const QString &name : key)
            second.insert(name, valid(kind, 0).value(name));
        add(u"two records with the same "_s + key.join(u", "_s), { valid(kind, 0), second }, false);
    }
    return cases;
}

} // namespace

/// For every kind and field of the registry: what the declaration accepts (import's check),
/// the database accepts, and what it refuses, the database refuses. The cases come from the
/// declarations, so a new kind or field is covered without a change here.
class TestRecordRules : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempJournal> m_journal;

private Q_SLOTS:
    void initTestCase()
    {
        m_journal = std::make_unique<Test::TempJournal>();
        QVERIFY2(m_journal->ok(), qPrintable(m_journal->error()));
    }

    void declarationAndDatabaseAgree_data()
    {
        QTest::addColumn<int>("kindIndex");
        QTest::addColumn<int>("caseIndex");
        const auto &kinds = RecordKinds::all();
        for (int k = 0; k < kinds.size(); ++k) {
            const QList<Case> cases = casesFor(kinds.at(k));
            for (int c = 0; c < cases.size(); ++c)
                QTest::newRow(qPrintable(cases.at(c).name)) << k << c;
        }
    }

    void declarationAndDatabaseAgree()
    {
        QFETCH(int, kindIndex);
        QFETCH(int, caseIndex);
        // The cases of one kind hold texts of up to ten million characters: make them once.
        static int cachedKind = -1;
        static QList<Case> cached;
        if (cachedKind != kindIndex) {
            cached = casesFor(RecordKinds::all().at(kindIndex));
            cachedKind = kindIndex;
        }
        const Case &testCase = cached.at(caseIndex);
        // One journal for all cases: a case writes nothing that stays.
        Test::TempJournal &journal = *m_journal;

        const Status declared = JournalImport(journal.journal())
                                    .validate(document(testCase.rows), ImportMode::Replace);
        QVERIFY2(bool(declared) == testCase.accepted,
            qPrintable(declared ? u"the declaration accepts it"_s : declared.error().message));
        QString why;
        const bool stored = databaseAccepts(journal->database(), testCase.rows, &why);
        QVERIFY2(
            stored == testCase.accepted, qPrintable(stored ? u"the database accepts it"_s : why));
    }

    /// A refusal names the record (kind, place, uid) and the field.
    void refusalNamesRecordAndField()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const RecordKind *goals = RecordKinds::find(u"goals"_s);
        QVERIFY(goals);
        QList<Row> rows;
        addParents(*goals, rows);
        Record blank = valid(*goals, 0);
        blank.insert(u"title"_s, text(u"  "_s));
        rows << Row { goals, valid(*goals, 1) } << Row { goals, blank };
        const Status status
            = JournalImport(journal.journal()).validate(document(rows), ImportMode::Replace);
        QVERIFY(!status);
        const QString message = status.error().message;
        QVERIFY2(message.contains(u"records.goals[1]"_s), qPrintable(message));
        QVERIFY2(message.contains(u"\"goals-0\""_s), qPrintable(message));
        QVERIFY2(message.contains(u"\"title\" is blank"_s), qPrintable(message));
    }

    /// Limits count characters, not UTF-16 units: a title of as many emoji as the limit allows
    /// is saved by the store, and one more is refused.
    void astralCharactersCountAsOne()
    {
        QCOMPARE(characterCount(astral(3)), 3);
        QCOMPARE(characterCount(QString(AstralHigh) + u'x'), 2); // a lone surrogate counts
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        Goal goal;
        goal.title = astral(Goal::MaxTitleLength);
        goal.category = GoalCategory::Fitness;
        goal.timesPerWeek = Goal::Daily;
        goal.startDay = QDate(2026, 3, 14);
        const auto id = journal->goals().create(goal);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(journal->goals().goal(*id)->title, goal.title);
        goal.title = astral(Goal::MaxTitleLength + 1);
        QVERIFY(!journal->goals().create(goal));
    }

    /// The declared search fields are the ones the kind's search text reads.
    void searchedFieldsAreTheSearchText()
    {
        for (const RecordKind &kind : RecordKinds::all()) {
            const RecordKind *parent = kind.parent();
            const QString sql = parent ? parent->textSql : kind.titleSql + u' ' + kind.textSql;
            for (const RecordField &field : kind.fields) {
                if (field.type != RecordField::Type::Text)
                    continue;
                const QRegularExpression read(
                    parent ? u"\\b%1\\b"_s.arg(field.name) : u"\\{r\\}\\.%1\\b"_s.arg(field.name));
                QVERIFY2(read.match(sql).hasMatch() == field.searched,
                    qPrintable(kind.name + u'.' + field.name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordRules)
#include "tst_recordrules.moc"
