// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SearchResultModel.h"
#include "storage/EntryStore.h"
#include "storage/SearchStore.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/JournalPanel.h"
#include "ui/widgets/SearchBar.h"
#include "ui/widgets/SearchResultDelegate.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_SearchBar : public QObject {
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
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < SearchResultModel::BatchSize + 3; ++i)
            QVERIFY(journal->entries().create(
                Step::Acknowledge, { u"Note %1"_s.arg(i), u"lanterns"_s, {} }));
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
        QCOMPARE(first.data(SearchResultModel::SnippetHtmlRole).toString(), u"<b>lanterns</b>"_s);
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

    /// The popup is as wide as its titles need (within the window): a long title shows whole;
    /// only one longer than the window is cut, and then its tooltip carries it.
    void popupFitsItsTitles()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QString longTitle
            = u"The evening we walked along the river and talked about the summer cottage"_s;
        const QString hugeTitle = QString(u"endless words "_s).repeated(14).trimmed();
        QVERIFY(journal->entries().create(Step::Acknowledge, { longTitle, u"quinces"_s, {} }));
        MainWindow window(journal.journal());
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *field = window.findChild<QLineEdit *>(u"searchField"_s);
        auto *results = window.findChild<QListView *>(u"searchResults"_s);
        auto *popup = window.findChild<QWidget *>(u"searchPopup"_s);
        QVERIFY(field && results && popup);
        window.searchBar()->activate();
        QTest::keyClicks(field, u"quince"_s);
        QTRY_VERIFY(window.searchBar()->resultsVisible());
        QCOMPARE(results->model()->rowCount(), 1);
        QStyleOptionViewItem option;
        option.font = results->font();
        const QModelIndex first = results->model()->index(0, 0);
        QVERIFY(!SearchResultDelegate::isElided(option, first, results->viewport()->width()));
        QVERIFY(popup->width() > field->width()); // grew for the title
        QVERIFY(popup->geometry().right() <= window.width());

        // Longer than the window: cut, within the window, with the whole title in the tooltip.
        window.resize(900, 700);
        QVERIFY(journal->entries().create(Step::Acknowledge, { hugeTitle, u"quinces"_s, {} }));
        field->clear();
        QTest::keyClicks(field, u"quinces"_s);
        QTRY_COMPARE(results->model()->rowCount(), 2);
        QTRY_VERIFY(window.searchBar()->resultsVisible());
        QVERIFY(popup->geometry().left() >= 0);
        QVERIFY(popup->geometry().right() <= window.width());
        int cut = 0;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = results->model()->index(row, 0);
            if (SearchResultDelegate::isElided(option, index, results->viewport()->width())) {
                ++cut;
                QCOMPARE(index.data(SearchResultModel::TitleHtmlRole).toString(), hugeTitle);
            }
        }
        QCOMPARE(cut, 1);
    }

    void searchResultsOpenEveryKind_data()
    {
        QTest::addColumn<QStringList>("create");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("tab"); ///< the step page shown (-1: the one open before)
        QTest::addColumn<QString>("section"); ///< objectName of the section shown
        QTest::addColumn<QString>("view"); ///< the list whose current row is the record
        QTest::addColumn<QString>("selected"); ///< SQL: the id that row holds
        const QString at = u"1773480600000"_s;
        QTest::newRow("my part")
            << QStringList { u"INSERT INTO my_part (uid, what_happened, my_part, instead, "
                             "created_at, updated_at) VALUES ('m', 'I went quiet', "
                             "'kumquat', 'talk', %1, %1)"_s.arg(at) }
            << u"my_part"_s << 0 << u"myPartSection"_s << u"myPartTable"_s
            << u"SELECT id FROM my_part"_s;
        QTest::newRow("contact")
            << QStringList { u"INSERT INTO contact_events (uid, direction, channel, "
                             "occurred_at, day, note, created_at, updated_at) VALUES ('e', "
                             "0, 0, %1, '2026-03-14', 'kumquat', %1, %1)"_s.arg(at) }
            << u"contact_events"_s << 0 << u"spaceSection"_s << u"contactTable"_s
            << u"SELECT id FROM contact_events"_s;
        QTest::newRow("urge") << QStringList { u"INSERT INTO urges (uid, occurred_at, day, "
                                               "intensity, note, created_at) VALUES ('u', %1, "
                                               "'2026-03-14', 3, 'kumquat', %1)"_s.arg(at) }
                              << u"urges"_s << 0 << u"spaceSection"_s << QString() << QString();
        QTest::newRow("unsent message")
            << QStringList { u"INSERT INTO unsent_messages (uid, body, written_at, "
                             "updated_at) VALUES ('s', 'Dear kumquat', %1, %1)"_s.arg(at) }
            << u"unsent_messages"_s << 0 << u"unsentSection"_s << u"unsentList"_s
            << u"SELECT id FROM unsent_messages"_s;
        const QString goal = u"INSERT INTO goals (uid, title, category, times_per_week, "
                             "start_day, created_at, updated_at) VALUES ('g', %1, 0, 7, "
                             "'2026-03-01', %2, %2)"_s;
        QTest::newRow("goal") << QStringList { goal.arg(u"'kumquat walks'"_s, at) } << u"goals"_s
                              << 1 << u"goalsSection"_s << u"goalTable"_s
                              << u"SELECT id FROM goals"_s;
        QTest::newRow("check-in opens its goal")
            << QStringList { goal.arg(u"'Other goal'"_s, at).replace(u"'g'"_s, u"'g0'"_s),
                   goal.arg(u"'Walk'"_s, at),
                   u"INSERT INTO goal_checkins (uid, goal_id, day, note, "
                   "created_at) VALUES ('c', (SELECT id FROM goals WHERE uid = "
                   "'g'), '2026-03-14', 'kumquat', %1)"_s.arg(at) }
            << u"goal_checkins"_s << 1 << u"goalsSection"_s << u"goalTable"_s
            << u"SELECT id FROM goals WHERE uid = 'g'"_s;
        QTest::newRow("small win")
            << QStringList { u"INSERT INTO small_wins (uid, what, day, created_at) VALUES "
                             "('w', 'Cooked kumquat jam', '2026-03-14', %1)"_s.arg(at) }
            << u"small_wins"_s << 1 << u"smallWinsSection"_s << u"winList"_s
            << u"SELECT id FROM small_wins"_s;
        QTest::newRow("reflection")
            << QStringList { u"INSERT INTO reflections (uid, step, kind, complete, "
                             "created_at, updated_at) VALUES ('r0', 3, 1, 1, %1, %1)"_s.arg(at),
                   u"INSERT INTO reflections (uid, step, kind, complete, "
                   "created_at, updated_at) VALUES ('r', 3, 1, 1, %1, %1)"_s.arg(at),
                   u"INSERT INTO reflection_answers (reflection_id, position, "
                   "prompt_key, answer) VALUES ((SELECT id FROM reflections WHERE "
                   "uid = 'r'), 0, 'a', 'kumquat')"_s }
            << u"reflections"_s << 2 << u"reflectionsPanel"_s << u"reflectionList"_s
            << u"SELECT id FROM reflections WHERE uid = 'r'"_s;
        QTest::newRow("meet-up")
            << QStringList { u"INSERT INTO meetups (uid, day, place, kind, how_it_went, "
                             "created_at, updated_at) VALUES ('u', '2026-03-14', 'Park', 1, "
                             "'kumquat', %1, %1)"_s.arg(at) }
            << u"meetups"_s << 2 << u"meetupsGate"_s << u"meetupTable"_s
            << u"SELECT id FROM meetups"_s;
        QTest::newRow("feeling shared")
            << QStringList { u"INSERT INTO feelings_shared (uid, day, what, created_at, "
                             "updated_at) VALUES ('f', '2026-03-14', 'kumquat', %1, "
                             "%1)"_s.arg(at) }
            << u"feelings_shared"_s << 3 << u"feelingsSection"_s << u"feelingTable"_s
            << u"SELECT id FROM feelings_shared"_s;
        QTest::newRow("commitment")
            << QStringList { u"INSERT INTO commitments (uid, promise, made_on, created_at, "
                             "updated_at) VALUES ('c', 'Call kumquat', '2026-03-14', %1, "
                             "%1)"_s.arg(at) }
            << u"commitments"_s << 3 << u"commitmentsSection"_s << u"commitmentTable"_s
            << u"SELECT id FROM commitments"_s;
        QTest::newRow("issue")
            << QStringList { u"INSERT INTO issues (uid, raised_by, raised_on, what, "
                             "created_at, updated_at) VALUES ('i', 0, '2026-03-14', "
                             "'kumquat', %1, %1)"_s.arg(at) }
            << u"issues"_s << 3 << u"issuesSection"_s << u"issueTable"_s
            << u"SELECT id FROM issues"_s;
        QTest::newRow("milestone")
            << QStringList { u"INSERT INTO milestones (uid, position, title, created_at, "
                             "updated_at) VALUES ('l', 0, 'A kumquat trip', %1, %1)"_s.arg(at),
                   u"INSERT INTO journal_settings (key, value) VALUES "
                   "('pace/milestonesSeeded', '1')"_s }
            << u"milestones"_s << 4 << u"milestonesSection"_s << u"milestoneTable"_s
            << u"SELECT id FROM milestones"_s;
        QTest::newRow("mood check-in stays on the open page")
            << QStringList { u"INSERT INTO mood_checkins (uid, mood, emotions, note, at, "
                             "day) VALUES ('o', 6, 'calm', 'kumquat', %1, "
                             "'2026-03-14')"_s.arg(at) }
            << u"mood_checkins"_s << -1 << QString() << u"entryList"_s << QString();
    }

    void searchResultsOpenEveryKind()
    {
        QFETCH(QStringList, create);
        QFETCH(QString, kind);
        QFETCH(int, tab);
        QFETCH(QString, section);
        QFETCH(QString, view);
        QFETCH(QString, selected);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        for (const QString &sql : std::as_const(create))
            QVERIFY(Sql::run(journal->database(), sql, {}, sql));
        MainWindow window(journal.journal());
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(u"stepTabs"_s);
        tabs->setCurrentIndex(4);

        const auto hits = journal->search().find(u"kumquat"_s, 5);
        QVERIFY(hits && hits->hits.size() == 1);
        const SearchHit &hit = hits->hits.first();
        QCOMPARE(hit.kind, kind);
        QVERIFY(
            window.openRecord(hit.kind, hit.itemId, hit.step ? static_cast<int>(*hit.step) : 0));

        QCOMPARE(tabs->currentIndex(), tab < 0 ? 4 : tab);
        auto *sections = window.currentPage()->findChild<QTabWidget *>(u"stepSections"_s);
        QVERIFY(sections);
        if (section.isEmpty())
            QCOMPARE(sections->currentWidget(), window.currentPage()->journalPanel());
        else
            QCOMPARE(sections->currentWidget()->objectName(), section);
        if (selected.isEmpty())
            return;
        auto *list = sections->currentWidget()->findChild<QAbstractItemView *>(view);
        QVERIFY(list);
        auto id = Sql::run(journal->database(), selected, {}, QString());
        QVERIFY(id && id->next());
        QCOMPARE(
            list->currentIndex().data(Qt::UserRole + 1).toLongLong(), id->value(0).toLongLong());
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
