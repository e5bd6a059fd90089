// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "models/JournalModels.h"
#include "models/PendingDeletes.h"
#include "models/WritingCalendar.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The calendar's days with writing, in the person's time zone, and the jump to a day's entry.
class tst_WritingCalendar : public QObject {
    Q_OBJECT

private:
    static qint64 writeAt(Test::TempJournal &journal, Step step, QDate day, QTime time)
    {
        journal.clock().setLocal(day, time);
        auto id = journal->entries().create(step, { u"On %1"_s.arg(day.toString()), u"x"_s, {} });
        return id ? *id : 0;
    }

private Q_SLOTS:
    void marksTheDaysWithWritingInTheLocalZone()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        // Berlin: 23:30 on 31 March is 21:30 UTC, 00:30 on 1 April is 22:30 UTC on 31 March.
        journal.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        const QDate lastOfMarch(2026, 3, 31);
        QVERIFY(writeAt(journal, Step::Acknowledge, QDate(2026, 3, 1), QTime(0, 0)));
        QVERIFY(writeAt(journal, Step::Acknowledge, QDate(2026, 3, 14), QTime(9, 0)));
        const qint64 firstOn14 = journal->entries().page(Step::Acknowledge, {}, 1)->constFirst().id;
        QVERIFY(writeAt(journal, Step::Acknowledge, QDate(2026, 3, 14), QTime(21, 15)));
        QVERIFY(writeAt(journal, Step::Acknowledge, lastOfMarch, QTime(23, 30)));
        QVERIFY(writeAt(journal, Step::Acknowledge, QDate(2026, 4, 1), QTime(0, 30)));
        QVERIFY(writeAt(journal, Step::Acknowledge, QDate(2026, 2, 28), QTime(23, 59)));
        // Another step's writing is its own calendar's.
        QVERIFY(writeAt(journal, Step::Reconnect, QDate(2026, 3, 20), QTime(12, 0)));

        const WritingCalendar calendar
            = JournalModels(journal.journal()).writingCalendar(Step::Acknowledge);
        auto march = calendar.month(2026, 3);
        QVERIFY(march);
        const QHash<QDate, int> expected { { QDate(2026, 3, 1), 1 }, { QDate(2026, 3, 14), 2 },
            { lastOfMarch, 1 } };
        QCOMPARE(*march, expected);
        auto april = calendar.month(2026, 4);
        QVERIFY(april);
        QCOMPARE(*april, (QHash<QDate, int> { { QDate(2026, 4, 1), 1 } }));
        QVERIFY(calendar.month(2026, 5)->isEmpty());
        QVERIFY(calendar.month(2026, 13)->isEmpty());

        QCOMPARE(*calendar.firstEntryOn(QDate(2026, 3, 14)), firstOn14);
        QCOMPARE(*calendar.firstEntryOn(QDate(2026, 3, 15)), qint64(0));

        // The entry whose delete waits is not counted, nor jumped to.
        PendingDeletes &pending = JournalModels(journal.journal()).pendingDeletes();
        QVERIFY(pending.remove(u"entries"_s, firstOn14));
        QCOMPARE(calendar.month(2026, 3)->value(QDate(2026, 3, 14)), 1);
        QVERIFY(*calendar.firstEntryOn(QDate(2026, 3, 14)) != firstOn14);
        QVERIFY(pending.undo());
        QCOMPARE(calendar.month(2026, 3)->value(QDate(2026, 3, 14)), 2);
    }

    void fetchToReadsOnlyAsFarAsTheEntry()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        // Three and a half pages of entries, one a day, oldest first.
        const int total = EntryListModel::PageSize * 3 + 50;
        const QDate start(2025, 1, 1);
        QList<qint64> ids;
        for (int i = 0; i < total; ++i)
            ids << writeAt(journal, Step::Acknowledge, start.addDays(i), QTime(20, 0));
        QVERIFY(!ids.contains(0));
        EntryListModel model(journal->entries(), Step::Acknowledge);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), EntryListModel::PageSize);
        // (The tester fetches one page more itself.)
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The 130th oldest is row total - 130: in the second page from the end.
        const WritingCalendar calendar(journal.journal(), Step::Acknowledge);
        const qint64 target = *calendar.firstEntryOn(start.addDays(129));
        QCOMPARE(target, ids.at(129));
        const int row = model.fetchTo(target);
        QCOMPARE(row, total - 1 - 129);
        QCOMPARE(model.idAt(row), target);
        // Only the pages up to it were read.
        QCOMPARE(model.rowCount(), EntryListModel::PageSize * 3);
        QVERIFY(model.canFetchMore({}));
        // Another step's entry is not looked for page by page.
        const qint64 other = writeAt(journal, Step::Reconnect, start, QTime(8, 0));
        QCOMPARE(model.fetchTo(other), -1);
        QCOMPARE(model.rowCount(), EntryListModel::PageSize * 3);
    }
};

QTEST_GUILESS_MAIN(tst_WritingCalendar)
#include "tst_writingcalendar.moc"
