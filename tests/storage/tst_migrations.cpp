// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Journal.h"
#include "storage/RecordKinds.h"
#include "support/FakeClock.h"
#include "support/TempJournal.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Rekindle;

namespace {

QString normalised(QString sql)
{
    static const QRegularExpression space(u"\\s+"_s);
    return sql.replace(space, u" "_s).trimmed();
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning("%s", qPrintable(sql));
    return query;
}

/// Every object of the schema (tables, indexes, triggers, the search index's own tables) with
/// its SQL, spaces normalised, and the columns of every table.
QStringList schema(const QSqlDatabase &db)
{
    QStringList lines;
    QStringList tables;
    QSqlQuery master = run(db,
        u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name"_s);
    while (master.next()) {
        lines << u"%1 %2 on %3: %4"_s.arg(master.value(0).toString(), master.value(1).toString(),
            master.value(2).toString(), normalised(master.value(3).toString()));
        if (master.value(0).toString() == u"table"_s)
            tables << master.value(1).toString();
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery info = run(db, u"PRAGMA table_info(%1)"_s.arg(table));
        while (info.next()) {
            QStringList column;
            for (int i = 0; i < info.record().count(); ++i)
                column << info.record().fieldName(i) + u'=' + info.value(i).toString();
            lines << table + u": "_s + column.join(u", "_s);
        }
    }
    return lines;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery query = run(db, u"PRAGMA user_version"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

/// Journals people already have migrate to exactly the schema of a new journal, and the frozen
/// migrations still create what the record registry describes.
class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionOneMigratesToTheNewSchema()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.path() + u'/' + Journal::DatabaseFileName;
        QVERIFY(QFile::copy(
            QStringLiteral(REKINDLE_TEST_DATA_DIR) + u"/migrations/journal-v1.sqlite3"_s, file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        Test::FakeClock clock;
        auto migrated = Journal::open(dir.path(), clock);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message));
        Test::TempJournal fresh;
        QVERIFY2(fresh.ok(), qPrintable(fresh.error()));

        const QSqlDatabase old = (*migrated)->database();
        QCOMPARE(userVersion(old), Journal::latestSchemaVersion());
        QCOMPARE(userVersion(fresh->database()), Journal::latestSchemaVersion());
        const QStringList expected = schema(fresh->database());
        const QStringList actual = schema(old);
        QVERIFY(expected.size() > 50);
        for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i)
            QCOMPARE(actual.value(i), expected.value(i));

        // The entries written at version 1 are kept and found by search.
        QSqlQuery entries = run(old, u"SELECT uid FROM entries ORDER BY id"_s);
        QStringList uids;
        while (entries.next())
            uids << entries.value(0).toString();
        QCOMPARE(uids, (QStringList { u"v1-entry-1"_s, u"v1-entry-2"_s }));
        QSqlQuery found
            = run(old, u"SELECT count(*) FROM search_text WHERE search_text MATCH 'river'"_s);
        QVERIFY(found.next());
        QCOMPARE(found.value(0).toInt(), 1);
    }

    /// The search triggers the migrations wrote as fixed text are still those the registry
    /// gives for each kind: a kind whose search text changes needs a new migration.
    void searchTriggersFollowTheRegistry()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        for (const RecordKind &kind : RecordKinds::all()) {
            for (const QString &statement : RecordKinds::searchIndexStatements(kind.name)) {
                static const QRegularExpression trigger(u"^CREATE TRIGGER (\\w+) "_s);
                const auto match = trigger.match(statement);
                if (!match.hasMatch())
                    continue;
                QSqlQuery query(journal->database());
                query.prepare(
                    u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
                query.addBindValue(match.captured(1));
                QVERIFY(query.exec());
                QVERIFY2(query.next(), qPrintable(match.captured(1)));
                QCOMPARE(query.value(0).toString(), statement);
            }
        }
    }

    /// Every table whose rows make the search index (a searchable kind or a part of one) steps
    /// the index's generation on every write, which the encrypted search snapshot counts on:
    /// a new searchable kind's migration makes its index_state triggers too.
    void indexGenerationFollowsTheRegistry()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        for (const RecordKind &kind : RecordKinds::all()) {
            const RecordKind &searched = kind.parent() ? *kind.parent() : kind;
            if (!searched.isSearchable())
                continue;
            for (const QString &event : { u"insert"_s, u"update"_s, u"delete"_s }) {
                const QString name = u"index_state_%1_%2"_s.arg(kind.table, event);
                QSqlQuery query(journal->database());
                query.prepare(u"SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND "
                              "name = ?"_s);
                query.addBindValue(name);
                QVERIFY(query.exec());
                QVERIFY2(query.next(), qPrintable(name));
                QCOMPARE(query.value(0).toString(), kind.table);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
