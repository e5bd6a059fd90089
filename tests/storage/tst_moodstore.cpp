// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MoodStore.h"
#include "support/ChangeSpy.h"
#include "support/TempJournal.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_MoodStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void severalADayWithInstantAndLocalDay()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        // 23:30 in Berlin on 2026-03-28 is 22:30 UTC the same day...
        journal.clock().setLocal(QDate(2026, 3, 28), QTime(23, 30));
        MoodStore &store = journal->moods();
        Test::ChangeSpy added(store.journal());
        auto first = store.add(4, { u"sad"_s, u"tired"_s }, u"Long day."_s);
        QVERIFY(first);
        // ...and an hour later it is the next local day (and DST starts that night).
        journal.clock().advanceSecs(3600);
        auto second = store.add(6, {}, {});
        QVERIFY(second);
        QCOMPARE(added.count(u"mood_checkins"_s, RecordChange::Created), 2);

        auto latest = store.latest(10);
        QVERIFY(latest);
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->at(0).id, *second);
        QCOMPARE(latest->at(0).day, QDate(2026, 3, 29));
        QCOMPARE(latest->at(1).day, QDate(2026, 3, 28));
        QCOMPARE(latest->at(1).emotions, (QStringList { u"sad"_s, u"tired"_s }));
        QCOMPARE(latest->at(1).note, u"Long day."_s);
        QCOMPARE(latest->at(1).mood, 4);
        QCOMPARE(latest->at(1).at, QDateTime(QDate(2026, 3, 28), QTime(22, 30), QTimeZone::utc()));
        QCOMPARE(store.latest(1)->size(), 1);
        QCOMPARE(*store.count(), qint64(2));

        Test::ChangeSpy removed(store.journal());
        QVERIFY(store.remove(*first));
        QCOMPARE(removed.count(u"mood_checkins"_s, RecordChange::Removed), 1);
        QVERIFY(!store.remove(*first));
        QVERIFY(!store.checkIn(*first));
        QCOMPARE(store.checkIn(*second)->mood, 6);
    }

    void refusesBadInput()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(!journal->moods().add(0, {}, {}));
        QVERIFY(!journal->moods().add(11, {}, {}));
        auto bad = journal->moods().add(5, { u"a,b"_s }, {});
        QVERIFY(!bad);
        QVERIFY(!bad.error().message.isEmpty());
        QCOMPARE(*journal->moods().count(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_MoodStore)
#include "tst_moodstore.moc"
