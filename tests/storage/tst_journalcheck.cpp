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
};

QTEST_GUILESS_MAIN(tst_JournalCheck)
#include "tst_journalcheck.moc"
