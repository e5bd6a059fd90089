// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntryStore.h"
#include "storage/JournalCheck.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_JournalCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthyJournal()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"One"_s, u"text"_s, {} }));
        const CheckReport report = JournalCheck::run(journal.journal());
        QVERIFY2(report.healthy(), qPrintable(report.text()));
        QVERIFY(report.text().contains(u"Journal entries: 1"_s));
    }

    void findsAStaleIndexAndUnknownTables()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"One"_s, u"text"_s, {} }));
        QVERIFY(Sql::runAll(journal->database(),
            { u"DELETE FROM search_text"_s, u"CREATE TABLE stray (id INTEGER PRIMARY KEY)"_s },
            QString()));
        const CheckReport report = JournalCheck::run(journal.journal());
        QVERIFY(!report.healthy());
        QVERIFY(report.text().contains(u"Search index"_s));
        QVERIFY(report.text().contains(u"\"stray\""_s));
    }

    void findsTextThatIsNotUtf8AndNamesTheRecord()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        // Noncharacters and boundary characters are valid text: no finding for them.
        const QString exact = u"\ufeffa\u00a0b\u2028c\u2029d\re\uffff\ufffe"_s;
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Exact"_s, exact, {} }));
        CheckReport report = JournalCheck::run(journal.journal());
        QVERIFY2(report.healthy(), qPrintable(report.text()));
        QVERIFY(report.text().contains(u"Text: all valid UTF-8"_s));

        auto id = journal->entries().create(Step::Acknowledge, { u"Broken"_s, u"text"_s, {} });
        QVERIFY(id);
        // Bytes SQLite keeps as they are: a cut-off sequence, and an encoded surrogate.
        auto uid = Sql::run(
            journal->database(), u"SELECT uid FROM entries WHERE id = ?"_s, { *id }, QString());
        QVERIFY(uid && uid->next());
        const QString uidText = uid->value(0).toString();
        QVERIFY(Sql::run(journal->database(),
            u"UPDATE entries SET body = CAST(X'6869C3' AS TEXT), "
            "title = CAST(X'EDA080' AS TEXT) WHERE id = ?"_s,
            { *id }, QString()));
        QVERIFY(Sql::run(journal->database(),
            u"INSERT INTO journal_settings (key, value) VALUES ('x', CAST(X'FF' AS TEXT))"_s, {},
            QString()));
        report = JournalCheck::run(journal.journal());
        QVERIFY(!report.healthy());
        const QString text = report.text();
        QVERIFY2(text.contains(uidText + u": the text of \"body\" is not valid UTF-8"_s),
            qPrintable(text));
        QVERIFY2(text.contains(uidText + u": the text of \"title\" is not valid UTF-8"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"record x: the text of \"value\""_s), qPrintable(text));
        QVERIFY(!text.contains(u"Text: all valid UTF-8"_s));
    }

    void readOnlyIndexCheckFindsAStaleIndex()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"One"_s, u"text"_s, {} }));
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Two"_s, u"text"_s, {} }));
        // The index loses a record behind the triggers' back; a protected journal (read-only
        // or damaged) is checked by reading only, and still finds it.
        QVERIFY(Sql::run(journal->database(),
            u"DELETE FROM search_text WHERE rowid = (SELECT max(rowid) FROM search_text)"_s, {},
            QString()));
        journal->protect();
        const CheckReport report = JournalCheck::run(journal.journal());
        QVERIFY(!report.healthy());
        QVERIFY2(report.text().contains(u"Search index"_s), qPrintable(report.text()));
    }
};

QTEST_GUILESS_MAIN(tst_JournalCheck)
#include "tst_journalcheck.moc"
