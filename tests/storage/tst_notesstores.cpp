// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/MyPartStore.h"
#include "storage/SettingsStore.h"
#include "storage/SmallWinStore.h"
#include "storage/Sql.h"
#include "storage/UnsentMessageStore.h"
#include "support/ChangeSpy.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The small stores of steps 1 and 2 (my part, unsent messages, small wins) and their demo.
class tst_NotesStores : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void myPart()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MyPartStore &store = j->myPart();
        Test::ChangeSpy created(store.journal());
        Test::ChangeSpy updated(store.journal());
        Test::ChangeSpy removed(store.journal());
        MyPartItem item;
        const auto empty = store.create(item);
        QVERIFY(!empty);
        QVERIFY(!empty.error().message.isEmpty());
        item.whatHappened = u"  I stopped listening  "_s;
        item.myPart = u"I was defensive"_s;
        auto id = store.create(item);
        QVERIFY(id);
        MyPartItem saved = *store.item(*id);
        QCOMPARE(saved.whatHappened, u"I stopped listening"_s);
        QCOMPARE(saved.status, MyPartStatus::Noticed);
        saved.status = MyPartStatus::Changed;
        saved.instead = u"Ask a question first"_s;
        QVERIFY(store.update(saved));
        QCOMPARE(store.item(*id)->instead, u"Ask a question first"_s);
        saved.whatHappened.clear();
        QVERIFY(!store.update(saved));
        QCOMPARE(store.all()->size(), 1);
        QVERIFY(store.remove(*id));
        QCOMPARE(store.all()->size(), 0);
        QCOMPARE(created.count(u"my_part"_s, RecordChange::Created), 1);
        QCOMPARE(updated.count(u"my_part"_s, RecordChange::Updated), 1);
        QCOMPARE(removed.count(u"my_part"_s, RecordChange::Removed), 1);
    }

    void unsentMessages()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        UnsentMessageStore &store = j->unsentMessages();
        QVERIFY(!store.create(u"   "_s));
        auto id = store.create(u"I wish I had listened."_s);
        QVERIFY(id);
        UnsentMessage m = *store.message(*id);
        QCOMPARE(m.state, UnsentState::Open);
        QCOMPARE(m.written, j.clock().now());
        QVERIFY(!m.cooledOff(j.clock().now()));
        j.clock().advanceDays(1);
        QVERIFY(store.message(*id)->cooledOff(j.clock().now()));
        QVERIFY(store.setState(*id, UnsentState::LetGo));
        m = *store.message(*id);
        QCOMPARE(m.state, UnsentState::LetGo);
        QCOMPARE(m.decided, j.clock().now());
        QVERIFY(store.setState(*id, UnsentState::Open));
        QVERIFY(!store.message(*id)->decided.isValid());
        QVERIFY(store.updateBody(*id, u"I wish I had listened more."_s));
        QCOMPARE(store.all()->constFirst().body, u"I wish I had listened more."_s);
        QVERIFY(store.remove(*id));
        QVERIFY(!store.setState(*id, UnsentState::LetGo));
    }

    void smallWins()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        SmallWinStore &store = j->smallWins();
        const QDate today = j.clock().today();
        QVERIFY(!store.add({ 0, u"Tomorrow's run"_s, today.addDays(1), {} }));
        for (int back = 0; back < 5; ++back)
            QVERIFY(store.add({ 0, u"Win %1"_s.arg(back), today.addDays(-back), {} }));
        QCOMPARE(*store.count(), 5);
        auto first = store.page(std::nullopt, 2);
        QCOMPARE(first->size(), 2);
        QCOMPARE(first->constFirst().day, today);
        auto rest = store.page(first->constLast(), 10);
        QCOMPARE(rest->size(), 3);
        QCOMPARE(rest->constLast().day, today.addDays(-4));
        QVERIFY(store.remove(first->constFirst().id));
        QCOMPARE(*store.count(), 4);
    }

    void demoFillsStepsOneAndTwo()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(DemoJournal::generate(j.journal(), { 120, 1.0, 7 }));
        for (const QString &table : { u"my_part"_s, u"goals"_s, u"goal_checkins"_s,
                 u"contact_events"_s, u"urges"_s, u"unsent_messages"_s, u"small_wins"_s }) {
            auto q = Sql::run(j->database(), u"SELECT count(*) FROM "_s + table, {}, {});
            QVERIFY(q && q->next());
            QVERIFY2(q->value(0).toInt() > 0, qPrintable(table));
        }
        // Nothing in the future, and today's check-ins are left for the person.
        auto q = Sql::run(j->database(), u"SELECT count(*) FROM goal_checkins WHERE day >= ?"_s,
            { j.clock().today().toString(Qt::ISODate) }, {});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
        QVERIFY(j->settings().breakupDate().isValid());
    }

    void demoTinyHistory()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(DemoJournal::generate(j.journal(), { 1, 1.0, 3 }));
    }
};

QTEST_GUILESS_MAIN(tst_NotesStores)
#include "tst_notesstores.moc"
