// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchResultModel.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/JournalPanel.h"
#include "ui/widgets/SearchBar.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_SearchBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_searchbar"_s);
        QSettings().clear();
    }

    void modelFollowsTheJournal()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        SearchResultModel model(journal.journal());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < SearchResultModel::BatchSize + 3; ++i)
            QVERIFY(journal->entries().create(Step::Acknowledge,
                                              { u"Note %1"_s.arg(i), u"lanterns"_s, {} }));
        model.setQuery(u"lantern"_s);
        QCOMPARE(model.hitCount(), SearchResultModel::BatchSize);
        QVERIFY(model.hasMore());
        QCOMPARE(model.rowCount(), SearchResultModel::BatchSize + 1);
        const QModelIndex more = model.index(SearchResultModel::BatchSize, 0);
        QVERIFY(more.data(SearchResultModel::IsMoreRole).toBool());
        model.showMore();
        QCOMPARE(model.hitCount(), SearchResultModel::BatchSize + 3);
        QVERIFY(!model.hasMore());
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(SearchResultModel::SnippetHtmlRole).toString(),
                 u"<b>lanterns</b>"_s);
        QCOMPARE(first.data(SearchResultModel::StepRole).toInt(), 1);
        QVERIFY(!first.data(SearchResultModel::WhenRole).toString().isEmpty());

        // An edit or a deletion shows at once.
        const qint64 id = first.data(SearchResultModel::ItemIdRole).toLongLong();
        QVERIFY(journal->entries().update(id, { u"Note"_s, u"candles"_s, {} }));
        QCOMPARE(model.hitCount(), SearchResultModel::BatchSize + 2);
        const qint64 next = model.index(0, 0).data(SearchResultModel::ItemIdRole).toLongLong();
        QVERIFY(journal->entries().remove(next));
        QCOMPARE(model.hitCount(), SearchResultModel::BatchSize + 1);
    }

    void htmlIsEscaped()
    {
        QCOMPARE(SearchResultModel::markedToHtml(u"<i>a</i> \u0002x&y\u0003"_s),
                 u"&lt;i&gt;a&lt;/i&gt; <b>x&amp;y</b>"_s);
    }

    void typingFindsAndEnterOpensTheEntry()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const qint64 wanted = *journal->entries().create(
                Step::RebuildTrust, { u"Promise"_s, u"I kept my promise about Sunday."_s, 8 });
        for (int i = 0; i < 150; ++i) // pushes the wanted entry beyond the first page
            QVERIFY(journal->entries().create(Step::RebuildTrust, { u"Filler"_s, u"x"_s, {} }));
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *field = window.findChild<QLineEdit *>(u"searchField"_s);
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, u"sund"_s);
        auto *results = window.findChild<QListView *>(u"searchResults"_s);
        QVERIFY(results);
        QTRY_VERIFY(window.searchBar()->resultsVisible());
        QCOMPARE(results->model()->rowCount(), 1);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!window.searchBar()->resultsVisible());
        auto *tabs = window.findChild<QTabWidget *>(u"stepTabs"_s);
        QCOMPARE(tabs->currentIndex(), 3);
        QCOMPARE(window.currentPage()->journalPanel()->currentEntryId(), wanted);

        // Escape closes the results; nothing found says so.
        field->clear();
        QTest::keyClicks(field, u"zebra"_s);
        QTRY_VERIFY(window.searchBar()->resultsVisible());
        auto *status = window.findChild<QLabel *>(u"searchStatus"_s);
        QVERIFY(status->text().contains(u"zebra"_s));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!window.searchBar()->resultsVisible());
    }

    void openingADeletedRecordSaysSo()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        QVERIFY(!window.openRecord(u"entries"_s, 12345, 1));
        QVERIFY(!window.openRecord(u"unknown-kind"_s, 1, 0));
    }
};

QTEST_MAIN(tst_SearchBar)
#include "tst_searchbar.moc"
