// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntryStore.h"
#include "storage/SearchStore.h"
#include "support/TempJournal.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_SearchStore : public QObject
{
    Q_OBJECT

    static QList<qint64> ids(const SearchPage &page)
    {
        QList<qint64> out;
        for (const SearchHit &hit : page.hits)
            out << hit.itemId;
        return out;
    }

private Q_SLOTS:
    void anyTextIsSafe_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("plain") << u"river"_s << true;
        QTest::newRow("prefix") << u"riv"_s << true;
        QTest::newRow("one letter") << u"r"_s << true;
        QTest::newRow("upper") << u"RIVER"_s << true;
        QTest::newRow("quote") << u"\"river"_s << true;
        QTest::newRow("unbalanced") << u"river\""_s << true;
        QTest::newRow("AND") << u"AND"_s << true;
        QTest::newRow("AND words") << u"learning AND c"_s << true;
        QTest::newRow("minus") << u"-river"_s << true;
        QTest::newRow("c++") << u"c++"_s << true;
        QTest::newRow("apostrophe") << u"don't"_s << true;
        QTest::newRow("diacritics typed") << u"héllo:"_s << true;
        QTest::newRow("diacritics stored") << u"cafe"_s << true;
        QTest::newRow("diacritics both") << u"café"_s << true;
        QTest::newRow("emoji") << u"🙂"_s << true;
        QTest::newRow("missing emoji") << u"🚀"_s << false;
        QTest::newRow("cjk word inside sentence") << u"咖啡"_s << true;
        QTest::newRow("operators") << u"NEAR(a b) OR *"_s << false;
        QTest::newRow("column filter") << u"title:river"_s << false;
        QTest::newRow("braces") << u"{title body}: x"_s << false;
        QTest::newRow("caret") << u"^river"_s << true;
        QTest::newRow("sql") << u"'; DROP TABLE entries; --"_s << false;
        QTest::newRow("percent") << u"100%"_s << true;
        QTest::newRow("nothing") << u"zebra"_s << false;
        QTest::newRow("backslash") << u"\\"_s << false;
        QTest::newRow("nul") << QString(QChar(0)) << false;
    }

    void anyTextIsSafe()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge,
                                          { u"A walk by the river"_s,
                                            u"I don't know. Hello! It was 100% calm. 🙂"_s,
                                            std::nullopt }));
        QVERIFY(journal->entries().create(Step::WorkOnYourself,
                                          { u"Café"_s, u"Learning c++ and héllo"_s, 5 }));
        QVERIFY(journal->entries().create(Step::Reconnect,
                                          { QString(), u"今天我们去喝咖啡了。"_s, std::nullopt }));
        auto page = journal->search().find(query, 50);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QCOMPARE(!page->hits.isEmpty(), found);
    }

    void resultsCarryStepDateAndMarks()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const auto id = journal->entries().create(
                Step::Reconnect, { u"Coffee"_s, u"We met for coffee on Saturday."_s, 7 });
        QVERIFY(id);
        auto page = journal->search().find(u"saturd"_s, 50);
        QVERIFY(page);
        QCOMPARE(page->hits.size(), 1);
        const SearchHit &hit = page->hits.constFirst();
        QCOMPARE(hit.kind, u"entries"_s);
        QCOMPARE(hit.itemId, *id);
        QCOMPARE(hit.step, std::optional<Step>(Step::Reconnect));
        QCOMPARE(hit.instant, journal.clock().now());
        QVERIFY(hit.snippet.contains(SearchHit::MatchStart + u"Saturday"_s + SearchHit::MatchEnd));
        QVERIFY(!hit.title.contains(SearchHit::MatchStart));
    }

    void newestFirstAndLimited()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QList<qint64> created;
        for (int i = 0; i < 7; ++i) {
            created.prepend(*journal->entries().create(Step::Acknowledge,
                                                       { u"Day %1"_s.arg(i), u"same"_s, {} }));
            journal.clock().advanceDays(1);
        }
        auto page = journal->search().find(u"same"_s, 5);
        QVERIFY(page);
        QVERIFY(page->hasMore);
        QCOMPARE(ids(*page), created.mid(0, 5));
        auto all = journal->search().find(u"same"_s, 50);
        QVERIFY(!all->hasMore);
        QCOMPARE(ids(*all), created);
    }

    void editedAndDeletedEntriesFollow()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const qint64 id = *journal->entries().create(Step::Acknowledge,
                                                     { u"Orchard"_s, u"apples"_s, {} });
        QCOMPARE(journal->search().find(u"apples"_s, 10)->hits.size(), 1);
        QVERIFY(journal->entries().update(id, { u"Orchard"_s, u"pears"_s, {} }));
        QCOMPARE(journal->search().find(u"apples"_s, 10)->hits.size(), 0);
        QCOMPARE(journal->search().find(u"pears"_s, 10)->hits.size(), 1);
        QVERIFY(journal->entries().remove(id));
        QCOMPARE(journal->search().find(u"pears"_s, 10)->hits.size(), 0);
        QCOMPARE(journal->search().find(u"orchard"_s, 10)->hits.size(), 0);
    }

    void indexSurvivesReopenAndMigration()
    {
        // A journal made before search existed gets its entries indexed by the migration.
        JournalOptions old;
        old.schemaVersion = 2;
        Test::TempJournal journal(old);
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Lantern"_s, QString(), {} }));
        QVERIFY(journal.reopen());
        QCOMPARE(journal->schemaVersion(), Journal::latestSchemaVersion());
        QCOMPARE(journal->search().find(u"lantern"_s, 10)->hits.size(), 1);
    }

    void markSubstring()
    {
        const QString marked = SearchStore::markSubstring(u"a 🙂 b 🙂"_s, u"🙂"_s, 100);
        QCOMPARE(marked, u"a \u0002🙂\u0003 b \u0002🙂\u0003"_s);
        const QString cut = SearchStore::markSubstring(QString(50, u'x') + u"Find"_s
                                                               + QString(50, u'y'),
                                                       u"find"_s, 5);
        QCOMPARE(cut, u"…xxxxx\u0002Find\u0003yyyyy…"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SearchStore)
#include "tst_searchstore.moc"
