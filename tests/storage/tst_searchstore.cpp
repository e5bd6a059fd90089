// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntryStore.h"
#include "storage/JournalCheck.h"
#include "storage/SearchStore.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_SearchStore : public QObject {
    Q_OBJECT

    static QList<qint64> ids(const SearchPage &page)
    {
        QList<qint64> out;
        for (const SearchHit &hit : page.hits)
            out << hit.itemId;
        return out;
    }

private Q_SLOTS:
    void everyKindIsSearchable_data()
    {
        // Written with SQL, as any store (or an import) would: the triggers keep the index.
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("create");
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("remove");
        const QString at = u"1773480600000"_s;
        const QString goal = u"INSERT INTO goals (uid, title, category, times_per_week, "
                             "start_day, created_at, updated_at) VALUES ('g', %1, 0, 7, "
                             "'2026-03-01', %2, %2)"_s.arg(u"%1"_s, at);
        QTest::newRow("my part")
            << u"my_part"_s
            << QStringList { u"INSERT INTO my_part (uid, what_happened, my_part, instead, "
                             "created_at, updated_at) VALUES ('m', 'I went quiet', "
                             "'kumquat', 'talk', %1, %1)"_s.arg(at) }
            << u"UPDATE my_part SET my_part = 'persimmon'"_s << u"DELETE FROM my_part"_s;
        QTest::newRow("goal") << u"goals"_s << QStringList { goal.arg(u"'kumquat walks'"_s) }
                              << u"UPDATE goals SET title = 'persimmon walks'"_s
                              << u"DELETE FROM goals"_s;
        QTest::newRow("goal check-in")
            << u"goal_checkins"_s
            << QStringList { goal.arg(u"'Walk'"_s),
                   u"INSERT INTO goal_checkins (uid, goal_id, day, note, "
                   "created_at) VALUES ('c', (SELECT id FROM goals), "
                   "'2026-03-14', 'kumquat', %1)"_s.arg(at) }
            << u"UPDATE goal_checkins SET note = 'persimmon'"_s << u"DELETE FROM goal_checkins"_s;
        QTest::newRow("contact event")
            << u"contact_events"_s
            << QStringList { u"INSERT INTO contact_events (uid, direction, channel, "
                             "occurred_at, day, note, created_at, updated_at) VALUES ('e', "
                             "0, 0, %1, '2026-03-14', 'kumquat', %1, %1)"_s.arg(at) }
            << u"UPDATE contact_events SET note = 'persimmon'"_s << u"DELETE FROM contact_events"_s;
        QTest::newRow("urge") << u"urges"_s
                              << QStringList { u"INSERT INTO urges (uid, occurred_at, day, "
                                               "intensity, note, created_at) VALUES ('u', %1, "
                                               "'2026-03-14', 3, 'kumquat', %1)"_s.arg(at) }
                              << u"UPDATE urges SET note = 'persimmon'"_s << u"DELETE FROM urges"_s;
        QTest::newRow("unsent message")
            << u"unsent_messages"_s
            << QStringList { u"INSERT INTO unsent_messages (uid, body, written_at, "
                             "updated_at) VALUES ('s', 'Dear kumquat', %1, %1)"_s.arg(at) }
            << u"UPDATE unsent_messages SET body = 'Dear persimmon'"_s
            << u"DELETE FROM unsent_messages"_s;
        QTest::newRow("small win")
            << u"small_wins"_s
            << QStringList { u"INSERT INTO small_wins (uid, what, day, created_at) VALUES "
                             "('w', 'Cooked kumquat jam', '2026-03-14', %1)"_s.arg(at) }
            << u"UPDATE small_wins SET what = 'Cooked persimmon jam'"_s
            << u"DELETE FROM small_wins"_s;
        QTest::newRow("reflection")
            << u"reflections"_s
            << QStringList { u"INSERT INTO reflections (uid, step, kind, created_at, "
                             "updated_at) VALUES ('r', 3, 1, %1, %1)"_s.arg(at),
                   u"INSERT INTO reflection_answers (reflection_id, position, "
                   "prompt_key, answer) VALUES ((SELECT id FROM reflections), 0, "
                   "'a', 'First'), ((SELECT id FROM reflections), 1, 'b', "
                   "'kumquat')"_s }
            << u"UPDATE reflection_answers SET answer = 'persimmon' WHERE position = 1"_s
            << u"DELETE FROM reflections"_s;
        QTest::newRow("mood check-in")
            << u"mood_checkins"_s
            << QStringList { u"INSERT INTO mood_checkins (uid, mood, emotions, note, at, "
                             "day) VALUES ('o', 6, 'calm', 'kumquat', %1, "
                             "'2026-03-14')"_s.arg(at) }
            << u"UPDATE mood_checkins SET note = 'persimmon'"_s << u"DELETE FROM mood_checkins"_s;
        QTest::newRow("contact topics")
            << u"contact_events"_s
            << QStringList { u"INSERT INTO contact_events (uid, direction, channel, "
                             "occurred_at, day, note, tone, topics, created_at, updated_at) "
                             "VALUES ('e', 1, 0, %1, '2026-03-14', 'Hello', 2, 'kumquat', "
                             "%1, %1)"_s.arg(at) }
            << u"UPDATE contact_events SET topics = 'persimmon'"_s
            << u"DELETE FROM contact_events"_s;
        QTest::newRow("meet-up")
            << u"meetups"_s
            << QStringList { u"INSERT INTO meetups (uid, day, place, kind, outcome, "
                             "how_it_went, created_at, updated_at) VALUES ('u', "
                             "'2026-03-14', 'Park', 1, 1, 'kumquat', %1, %1)"_s.arg(at) }
            << u"UPDATE meetups SET how_it_went = 'persimmon'"_s << u"DELETE FROM meetups"_s;
        QTest::newRow("meet-up place")
            << u"meetups"_s
            << QStringList { u"INSERT INTO meetups (uid, day, place, kind, created_at, "
                             "updated_at) VALUES ('u', '2026-03-14', 'kumquat cafe', 0, %1, "
                             "%1)"_s.arg(at) }
            << u"UPDATE meetups SET place = 'persimmon cafe'"_s << u"DELETE FROM meetups"_s;
        QTest::newRow("feeling shared")
            << u"feelings_shared"_s
            << QStringList { u"INSERT INTO feelings_shared (uid, day, what, received, "
                             "created_at, updated_at) VALUES ('f', '2026-03-14', 'Lonely', "
                             "'kumquat', %1, %1)"_s.arg(at) }
            << u"UPDATE feelings_shared SET received = 'persimmon'"_s
            << u"DELETE FROM feelings_shared"_s;
        QTest::newRow("commitment")
            << u"commitments"_s
            << QStringList { u"INSERT INTO commitments (uid, promise, made_on, note, "
                             "created_at, updated_at) VALUES ('c', 'Call on Sundays', "
                             "'2026-03-14', 'kumquat', %1, %1)"_s.arg(at) }
            << u"UPDATE commitments SET note = 'persimmon'"_s << u"DELETE FROM commitments"_s;
        QTest::newRow("issue")
            << u"issues"_s
            << QStringList { u"INSERT INTO issues (uid, raised_by, raised_on, what, "
                             "agreement, created_at, updated_at) VALUES ('i', 0, "
                             "'2026-03-14', 'Money', 'kumquat', %1, %1)"_s.arg(at) }
            << u"UPDATE issues SET agreement = 'persimmon'"_s << u"DELETE FROM issues"_s;
        QTest::newRow("milestone")
            << u"milestones"_s
            << QStringList { u"INSERT INTO milestones (uid, position, title, created_at, "
                             "updated_at) VALUES ('l', 0, 'A kumquat trip', %1, "
                             "%1)"_s.arg(at) }
            << u"UPDATE milestones SET title = 'A persimmon trip'"_s << u"DELETE FROM milestones"_s;
    }

    void everyKindIsSearchable()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, create);
        QFETCH(QString, edit);
        QFETCH(QString, remove);
        Test::TempJournal j;
        QVERIFY(j.ok());
        const auto run = [&j](const QString &sql) {
            auto done = Sql::run(j->database(), sql, {}, QString());
            return done ? QString() : done.error().detail;
        };
        const auto hits = [&j](const QString &text) {
            QStringList out;
            const auto page = j->search().find(text, 10);
            if (!page)
                return QStringList { u"failed"_s };
            for (const SearchHit &hit : page->hits)
                out << hit.kind;
            return out;
        };
        for (const QString &sql : std::as_const(create))
            QCOMPARE(run(sql), QString());
        QCOMPARE(hits(u"kumquat"_s), QStringList { kind });
        QVERIFY(JournalCheck::run(j.journal()).healthy());

        QCOMPARE(run(edit), QString());
        QCOMPARE(hits(u"kumquat"_s), QStringList());
        QCOMPARE(hits(u"persimmon"_s), QStringList { kind });
        QVERIFY(JournalCheck::run(j.journal()).healthy());

        QCOMPARE(run(remove), QString());
        QCOMPARE(hits(u"persimmon"_s), QStringList());
        QVERIFY(JournalCheck::run(j.journal()).healthy());
    }

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
            { u"A walk by the river"_s, u"I don't know. Hello! It was 100% calm. 🙂"_s,
                std::nullopt }));
        QVERIFY(journal->entries().create(
            Step::WorkOnYourself, { u"Café"_s, u"Learning c++ and héllo"_s, 5 }));
        QVERIFY(journal->entries().create(
            Step::Reconnect, { QString(), u"今天我们去喝咖啡了。"_s, std::nullopt }));
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
            created.prepend(*journal->entries().create(
                Step::Acknowledge, { u"Day %1"_s.arg(i), u"same"_s, {} }));
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
        const qint64 id
            = *journal->entries().create(Step::Acknowledge, { u"Orchard"_s, u"apples"_s, {} });
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
        const QString cut = SearchStore::markSubstring(
            QString(50, u'x') + u"Find"_s + QString(50, u'y'), u"find"_s, 5);
        QCOMPARE(cut, u"…xxxxx\u0002Find\u0003yyyyy…"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SearchStore)
#include "tst_searchstore.moc"
