// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "storage/EntryStore.h"
#include "storage/MoodStore.h"
#include "storage/ReflectionStore.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/charts/ProgressChart.h"
#include "ui/dialogs/MoodDialog.h"
#include "ui/dialogs/ProgressDialog.h"
#include "ui/dialogs/ReflectionDialog.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/JournalPanel.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject {
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
            StepPage *page = window.page(i);
            QVERIFY(page);
            // A fresh journal shows the friendly empty state, not an empty editor.
            QVERIFY(page->findChild<QWidget *>(u"journalEmptyState"_s)->isVisibleTo(page));
        }
    }

    void accessibleNamesCarryNoMnemonicMarks()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(u"stepTabs"_s);
        QVERIFY(tabs);
        // Every page and every section shown once, so that anything built on first show exists.
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (auto *sections : tabs->widget(i)->findChildren<QTabWidget *>()) {
                for (int s = 0; s < sections->count(); ++s)
                    sections->setCurrentIndex(s);
            }
        }
        const auto widgets = window.findChildren<QWidget *>();
        QVERIFY(widgets.size() > 100);
        for (const QWidget *widget : widgets) {
            // "&&" is a literal ampersand; a lone "&" is a mnemonic mark a screen reader reads.
            const QString name = widget->accessibleName();
            QVERIFY2(!QString(name).replace(u"&&"_s, QString()).contains(u'&'),
                qPrintable(widget->objectName() + u": "_s + name));
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
            auto *body = window.currentPage()->findChild<QTextEdit *>(u"entryBody"_s);
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
        auto *body = window.currentPage()->findChild<QTextEdit *>(u"entryBody"_s);
        QTRY_VERIFY(body->hasFocus());
        QTest::keyClicks(body, u"Autosaved"_s);
        JournalPanel *panel = window.currentPage()->journalPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->currentEntryId() != 0, 5000);
        const qint64 id = panel->currentEntryId();
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

    void untouchedNewEntryIsNeverWritten()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        {
            MainWindow window(journal.journal());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            // Not even for a moment: a crash now must leave no empty entry behind.
            QCOMPARE(*journal->entries().count(), qint64(0));
            QTest::qWait(JournalPanel::AutosaveDelayMs * 2);
            QCOMPARE(*journal->entries().count(), qint64(0));
            QVERIFY(window.close());
        }
        QCOMPARE(*journal->entries().count(), qint64(0));
    }

    void everyTabHasReflectionMoodAndProgress()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        auto *tabs = window.findChild<QTabWidget *>(u"stepTabs"_s);
        for (int i = 0; i < tabs->count(); ++i) {
            StepPage *page = window.page(i);
            QVERIFY(page->findChild<QPushButton *>(u"reflectButton"_s));
            QVERIFY(page->findChild<QWidget *>(u"moodStrip"_s));
            QVERIFY(page->findChild<QWidget *>(u"stepProgress%1"_s.arg(i + 1)));
            auto *sections = page->findChild<QTabWidget *>(u"stepSections"_s);
            QCOMPARE(sections->tabText(1), u"Reflections"_s);
            QVERIFY(page->findChild<QWidget *>(u"reflectionsPanel"_s));
        }
    }

    void shortcutsOpenReflectionMoodAndProgress()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QTabWidget *>(u"stepTabs"_s)->setCurrentIndex(2);

        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *reflection = qobject_cast<ReflectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(reflection);
        QVERIFY(reflection->windowTitle().contains(u"Reconnect"_s));
        QTest::keyClicks(reflection->findChild<QPlainTextEdit *>(u"reflectionAnswer"_s), u"Yes"_s);
        reflection->reject(); // saved as a draft
        QCOMPARE(journal->reflections().list(Step::Reconnect)->size(), 1);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<MoodDialog *>(QApplication::activeModalWidget()));
        auto *mood = qobject_cast<MoodDialog *>(QApplication::activeModalWidget());
        mood->setMood(8);
        mood->accept();
        QCOMPARE(journal->moods().latest(1)->first().mood, 8);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ProgressDialog *>(QApplication::activeModalWidget()));
        auto *progress = qobject_cast<ProgressDialog *>(QApplication::activeModalWidget());
        QVERIFY(!progress->charts().first()->isEmpty()); // the mood just recorded
        progress->reject();
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
