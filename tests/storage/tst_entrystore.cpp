// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntryStore.h"
#include "support/ChangeSpy.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_EntryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createReadUpdateRemove()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        EntryStore &store = journal->entries();
        Test::ChangeSpy created(journal.journal());
        Test::ChangeSpy updated(journal.journal());
        Test::ChangeSpy removed(journal.journal());

        auto id = store.create(Step::RebuildTrust, { u"Honest"_s, u"# Today\nI said it."_s, 7 });
        QVERIFY(id);
        QCOMPARE(created.count(u"entries"_s, RecordChange::Created), 1);
        QCOMPARE(created.ids(u"entries"_s, RecordChange::Created), QList<qint64> { *id });
        auto entry = store.entry(*id);
        QVERIFY(entry);
        QCOMPARE(entry->step, Step::RebuildTrust);
        QCOMPARE(entry->title, u"Honest"_s);
        QCOMPARE(entry->body, u"# Today\nI said it."_s);
        QCOMPARE(entry->mood, std::optional<int>(7));
        QCOMPARE(entry->created, journal.clock().now());

        journal.clock().advanceSecs(90);
        QVERIFY(store.update(*id, { u"Honest"_s, u"Changed"_s, std::nullopt }));
        QCOMPARE(updated.count(u"entries"_s, RecordChange::Updated), 1);
        entry = store.entry(*id);
        QCOMPARE(entry->body, u"Changed"_s);
        QCOMPARE(entry->mood, std::nullopt);
        QCOMPARE(entry->updated, journal.clock().now());
        QVERIFY(entry->created < entry->updated);

        QVERIFY(store.remove(*id));
        QCOMPARE(removed.count(u"entries"_s, RecordChange::Removed), 1);
        QVERIFY(!store.entry(*id));
        QVERIFY(!store.remove(*id));
        QVERIFY(!store.update(*id, {}));
    }

    void invalidInputChangesNothing()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        EntryStore &store = journal->entries();
        Test::ChangeSpy created(journal.journal());
        auto bad = store.create(Step::Acknowledge, { {}, u"x"_s, 42 });
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"Mood"_s));
        QCOMPARE(created.count(u"entries"_s, RecordChange::Created), 0);
        QCOMPARE(*store.count(), qint64(0));

        auto id = store.create(Step::Acknowledge, { {}, u"kept"_s, {} });
        QVERIFY2(id, id ? "" : qPrintable(id.error().message + id.error().detail));
        QVERIFY(!store.update(*id, { QString(1000, u'x'), u"lost"_s, {} }));
        QCOMPARE(store.entry(*id)->body, u"kept"_s);
    }

    void pagesNewestFirstAndPerStep()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        EntryStore &store = journal->entries();
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i) {
            journal.clock().advanceSecs(60);
            ids << *store.create(Step::WorkOnYourself, { u"E%1"_s.arg(i), {}, {} });
            QVERIFY(store.create(Step::Reconnect, { u"other"_s, {}, {} }));
        }
        // Two with the same instant still have a stable order.
        ids << *store.create(Step::WorkOnYourself, { u"same time"_s, {}, {} });

        QList<qint64> seen;
        std::optional<EntryCursor> cursor;
        for (;;) {
            auto page = store.page(Step::WorkOnYourself, cursor, 10);
            QVERIFY(page);
            for (const EntrySummary &s : *page) {
                QCOMPARE(s.step, Step::WorkOnYourself);
                seen << s.id;
            }
            if (page->size() < 10)
                break;
            cursor = EntryCursor { page->constLast().created, page->constLast().id };
        }
        std::reverse(ids.begin(), ids.end());
        QCOMPARE(seen, ids);
        QCOMPARE(*store.count(Step::WorkOnYourself), qint64(26));
        QCOMPARE(*store.count(), qint64(51));
    }

    void summaryCarriesPreviewNotWholeBody()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QString body = QString(5000, u'a');
        auto id = journal->entries().create(Step::Acknowledge, { {}, body, {} });
        auto summary = journal->entries().summary(*id);
        QVERIFY(summary);
        QCOMPARE(summary->preview.size(), EntryStore::PreviewLength);
        QCOMPARE(summary->displayTitle(), QString(EntryStore::PreviewLength, u'a'));
    }

    void textRoundTripsExactly()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QString body
            = u"Ümlaut, emoji 🙂, quotes ' \" ; -- DROP TABLE entries;\n\ttabs\r\nCRLF"_s;
        auto id = journal->entries().create(Step::Acknowledge, { body, body, {} });
        QVERIFY(id);
        QVERIFY(journal.reopen());
        QCOMPARE(journal->entries().entry(*id)->body, body);
    }
};

QTEST_GUILESS_MAIN(tst_EntryStore)
#include "tst_entrystore.moc"
