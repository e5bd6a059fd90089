// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Sql::StatementCache: a text prepared once and run again with other bindings, a failure
/// reported and prepared afresh, and nothing left running that would hold a table.
class tst_StatementCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_connection = u"statementcache-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)"_s));
    }

    void cleanup()
    {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void runsOneTextAgainWithNewBindings()
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connection);
        Sql::StatementCache cache(db);
        const QString insert = u"INSERT INTO t (id, text) VALUES (?, ?)"_s;
        QSqlQuery *first = nullptr;
        for (int i = 1; i <= 3; ++i) {
            auto ran = cache.run(insert, { i, u"text %1"_s.arg(i) }, u"could not write"_s);
            QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().detail));
            if (!first)
                first = *ran;
            QCOMPARE(*ran, first); // the same prepared statement each time
        }
        const QString select = u"SELECT text FROM t WHERE id >= ? ORDER BY id"_s;
        auto rows = cache.run(select, { 2 }, u"could not read"_s);
        QVERIFY(rows);
        QVERIFY((*rows)->next());
        QCOMPARE((*rows)->value(0).toString(), u"text 2"_s);
        // Run again before the first run was read to the end: it starts over.
        rows = cache.run(select, { 3 }, u"could not read"_s);
        QVERIFY(rows);
        QVERIFY((*rows)->next());
        QCOMPARE((*rows)->value(0).toString(), u"text 3"_s);
        QVERIFY(!(*rows)->next());
    }

    void aFailureIsAnErrorAndIsPreparedAfresh()
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connection);
        Sql::StatementCache cache(db);
        const QString insert = u"INSERT INTO t (id, text) VALUES (?, ?)"_s;
        QVERIFY(cache.run(insert, { 1, u"one"_s }, u"could not write"_s));
        // The same id again breaks the primary key: an error, with the message given.
        auto failed = cache.run(insert, { 1, u"again"_s }, u"could not write"_s);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.startsWith(u"could not write"_s));
        QVERIFY(cache.run(insert, { 2, u"two"_s }, u"could not write"_s));
        QSqlQuery count(db);
        QVERIFY(count.exec(u"SELECT count(*), group_concat(text) FROM t"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 2);
        QCOMPARE(count.value(1).toString(), u"one,two"_s);
        // A text that does not prepare is an error too, and changes nothing.
        QVERIFY(!cache.run(u"SELECT nothing FROM nowhere"_s, {}, u"could not read"_s));
    }

    void clearLetsATableBeDropped()
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connection);
        QVERIFY(QSqlQuery(db).exec(u"INSERT INTO t (id, text) VALUES (1, 'a'), (2, 'b')"_s));
        Sql::StatementCache cache(db);
        auto rows = cache.run(u"SELECT text FROM t ORDER BY id"_s, {}, u"could not read"_s);
        QVERIFY(rows && (*rows)->next()); // left on its first row: still running
        cache.clear();
        QVERIFY(QSqlQuery(db).exec(u"DROP TABLE t"_s));
        // Forgotten, not kept: the text prepares afresh, and says the table is gone.
        QVERIFY(!cache.run(u"SELECT text FROM t ORDER BY id"_s, {}, u"could not read"_s));
    }

private:
    QString m_connection;
};

QTEST_GUILESS_MAIN(tst_StatementCache)
#include "tst_statementcache.moc"
