// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/JournalPanel.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

    void fiveStepTabs()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        auto *tabs = window.findChild<QTabWidget *>(u"stepTabs"_s);
        QVERIFY(tabs);
        const QStringList expected = { u"Acknowledge"_s, u"Work on Yourself"_s, u"Reconnect"_s,
                                       u"Rebuild Trust"_s, u"Take Things Slow"_s };
        QCOMPARE(tabs->count(), expected.size());
        for (int i = 0; i < tabs->count(); ++i) {
            QCOMPARE(tabs->tabText(i), expected.at(i));
            auto *page = qobject_cast<StepPage *>(tabs->widget(i));
            QVERIFY(page);
            // A fresh journal shows the friendly empty state, not an empty editor.
            QVERIFY(page->findChild<QWidget *>(u"journalEmptyState"_s)->isVisibleTo(page));
        }
    }

    void typedEntrySurvivesCloseAndReopen()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        {
            MainWindow window(journal.journal());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *tabs = window.findChild<QTabWidget *>(u"stepTabs"_s);
            tabs->setCurrentIndex(1);
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            auto *body = window.currentPage()->findChild<QPlainTextEdit *>(u"entryBody"_s);
            QVERIFY(body);
            QTRY_VERIFY(body->hasFocus());
            QTest::keyClicks(body, u"Went for a run before work."_s);
            QVERIFY(window.close()); // saves without waiting for the autosave timer
        }
        QVERIFY(journal.reopen());
        QCOMPARE(*journal->entries().count(Step::WorkOnYourself), qint64(1));
        auto page = journal->entries().page(Step::WorkOnYourself, std::nullopt, 1);
        QVERIFY(page && page->size() == 1);
        QCOMPARE(journal->entries().entry(page->constFirst().id)->body,
                 u"Went for a run before work."_s);
    }

    void autosavesWhileTheWindowStaysOpen()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *body = window.currentPage()->findChild<QPlainTextEdit *>(u"entryBody"_s);
        QTRY_VERIFY(body->hasFocus());
        QTest::keyClicks(body, u"Autosaved"_s);
        const qint64 id = window.currentPage()->journalPanel()->currentEntryId();
        QTRY_COMPARE_WITH_TIMEOUT(journal->entries().entry(id)->body, u"Autosaved"_s, 5000);
    }

    void remembersLastTab()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        {
            MainWindow window(journal.journal());
            window.show();
            window.findChild<QTabWidget *>(u"stepTabs"_s)->setCurrentIndex(3);
            QVERIFY(window.close());
        }
        MainWindow again(journal.journal());
        QCOMPARE(again.findChild<QTabWidget *>(u"stepTabs"_s)->currentIndex(), 3);
    }

    void untouchedNewEntryIsDropped()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        {
            MainWindow window(journal.journal());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            QCOMPARE(*journal->entries().count(), qint64(1));
            QVERIFY(window.close());
        }
        QCOMPARE(*journal->entries().count(), qint64(0));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
