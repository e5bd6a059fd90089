// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "support/TempJournal.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_EntryListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fetchesIncrementally()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const int total = EntryListModel::PageSize * 2 + 17;
        for (int i = 0; i < total; ++i) {
            journal.clock().advanceSecs(30);
            QVERIFY(
                journal->entries().create(Step::Acknowledge, { u"E%1"_s.arg(i), u"body"_s, {} }));
        }
        EntryListModel model(journal->entries(), Step::Acknowledge);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), EntryListModel::PageSize);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0).data().toString(), u"E%1"_s.arg(total - 1)); // newest first
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(total - 1).data().toString(), u"E0"_s);
    }

    void followsStoreChanges()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        EntryListModel model(journal->entries(), Step::Reconnect);
        EntryListModel other(journal->entries(), Step::Acknowledge);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester otherTester(
            &other, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        other.fetchMore({});

        auto first = model.createEntry({ u"First"_s, {}, 5 });
        QVERIFY(first);
        journal.clock().advanceSecs(10);
        auto second = model.createEntry();
        QVERIFY(second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(other.rowCount(), 0);
        QCOMPARE(model.idAt(0), *second);
        QCOMPARE(model.index(0).data().toString(), u"Untitled entry"_s);
        QCOMPARE(model.index(1).data(EntryListModel::MoodRole).toInt(), 5);
        QVERIFY(!model.index(0).data(EntryListModel::MoodRole).isValid());

        QVERIFY(model.saveEntry(*second, { {}, u"Now it has words"_s, 8 }));
        QCOMPARE(model.index(0).data().toString(), u"Now it has words"_s);
        QCOMPARE(model.index(0).data(EntryListModel::MoodRole).toInt(), 8);
        QCOMPARE(model.loadEntry(*second)->body, u"Now it has words"_s);

        QVERIFY(model.removeEntry(*first));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(*first), -1);
        QCOMPARE(model.rowOf(*second), 0);
    }

    void notYetFetchedEntriesArriveWithTheirPage()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        EntryListModel model(journal->entries(), Step::Acknowledge);
        QVERIFY(model.createEntry({ u"Before any fetch"_s, {}, {} }));
        QCOMPARE(model.rowCount(), 0); // the view has not asked yet
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.createEntry({ u"After"_s, {}, {} }));
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_EntryListModel)
#include "tst_entrylistmodel.moc"
