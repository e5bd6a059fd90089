// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "models/JournalModels.h"
#include "models/PendingDeletes.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/CalendarDialog.h"
#include "ui/steps/StepPage.h"
#include "ui/widgets/JournalPanel.h"
#include "ui/widgets/UndoNotice.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextCharFormat>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Go ▸ Calendar on a journal of more than one page, and the window's "Deleted · Undo".
class tst_CalendarDialog : public QObject {
    Q_OBJECT

private:
    /// One entry an evening for `days` days up to today, and two on the 10th day back.
    static void writeEvenings(Test::TempJournal &journal, int days)
    {
        const QDate today = journal.clock().today();
        for (int back = days - 1; back >= 0; --back) {
            journal.clock().setLocal(today.addDays(-back), QTime(20, 0));
            QVERIFY(journal->entries().create(
                Step::Acknowledge, { u"Day %1"_s.arg(back), u"x"_s, {} }));
            if (back == 10) {
                journal.clock().setLocal(today.addDays(-back), QTime(21, 0));
                QVERIFY(journal->entries().create(Step::Acknowledge, { u"Later"_s, u"x"_s, {} }));
            }
        }
        journal.clock().setLocal(today, QTime(22, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_calendardialog"_s);
        QSettings().clear();
    }

    void marksDaysAndJumpsPastTheFirstPage()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        // 300 evenings: three pages of the list, and the calendar's month is the last one.
        writeEvenings(journal, 300);
        MainWindow window(journal.journal());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JournalPanel *panel = window.currentPage()->journalPanel();
        auto *list = panel->findChild<QListView *>(u"entryList"_s);
        QCOMPARE(list->model()->rowCount(), EntryListModel::PageSize);

        auto *action = window.findChild<QAction *>(u"actionCalendar"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        CalendarDialog *dialog = window.showCalendar();
        QVERIFY(dialog);
        QCalendarWidget *calendar = dialog->calendar();
        QCOMPARE(calendar->firstDayOfWeek(), QLocale().firstDayOfWeek());
        // Weekends in the text colour, not Qt's red (too faint on a dark window).
        for (const Qt::DayOfWeek weekday : { Qt::Saturday, Qt::Sunday })
            QCOMPARE(calendar->weekdayTextFormat(weekday).foreground().color(),
                calendar->palette().color(QPalette::Text));
        const QDate today = journal.clock().today();
        // Every day of this month up to today is marked, and only those.
        QCOMPARE(dialog->markedDays().size(), today.day());
        QCOMPARE(dialog->markedDays().constFirst(), QDate(today.year(), today.month(), 1));
        QVERIFY(calendar->dateTextFormat(today).font().bold());
        QVERIFY(!calendar->dateTextFormat(today.addDays(1)).font().bold());

        // Page Up shows the month before, marked in its turn (one query for it).
        QTest::keyClick(calendar->findChild<QAbstractItemView *>(), Qt::Key_PageUp);
        QCOMPARE(calendar->monthShown(), today.addMonths(-1).month());
        const QDate previous = today.addMonths(-1);
        QCOMPARE(dialog->markedDays().size(), previous.daysInMonth());

        // A day 200 days back: its entry is on the third page of the list.
        const QDate day = today.addDays(-200);
        calendar->setSelectedDate(day);
        QCOMPARE(calendar->dateTextFormat(day).toolTip(), u"1 entry"_s);
        QTest::keyClick(calendar->findChild<QAbstractItemView *>(), Qt::Key_Return);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(panel->currentEntryId(), dialog->chosenEntry());
        QCOMPARE(list->currentIndex().data().toString(), u"Day 200"_s);
        // Fetched as far as that entry, not the whole journal.
        QCOMPARE(list->model()->rowCount(), EntryListModel::PageSize * 3);
        QVERIFY(list->model()->canFetchMore({}));
    }

    void aDayWithTwoEntriesOpensTheFirst()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        writeEvenings(journal, 20);
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CalendarDialog *dialog = window.showCalendar();
        const QDate day = journal.clock().today().addDays(-10);
        if (day.month() != journal.clock().today().month())
            QTest::keyClick(dialog->calendar()->findChild<QAbstractItemView *>(), Qt::Key_PageUp);
        QCOMPARE(dialog->calendar()->dateTextFormat(day).toolTip(), u"2 entries"_s);
        dialog->calendar()->setSelectedDate(day);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"calendarOpen"_s), Qt::LeftButton);
        QCOMPARE(window.currentPage()->journalPanel()->currentEntryId(), dialog->chosenEntry());
        auto *list = window.currentPage()->journalPanel()->findChild<QListView *>(u"entryList"_s);
        QCOMPARE(list->currentIndex().data().toString(), u"Day 10"_s);
        // Escape closes a calendar opened again.
        QPointer<CalendarDialog> again = window.showCalendar();
        QTest::keyClick(again->calendar()->findChild<QAbstractItemView *>(), Qt::Key_Escape);
        QVERIFY(!again || !again->isVisible());
    }

    void deleteOffersUndoInTheWindow()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        writeEvenings(journal, 3);
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JournalPanel *panel = window.currentPage()->journalPanel();
        auto *list = panel->findChild<QListView *>(u"entryList"_s);
        const qint64 newest = panel->currentEntryId();
        QVERIFY(newest != 0);
        auto *notice = window.undoNotice();
        QVERIFY(!notice->isVisible());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Delete on the list: no question, the notice offers Undo and Ctrl+Z brings it back.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().startsWith(u"Deleted"_s));
        QVERIFY(!notice->undoButton()->accessibleName().isEmpty());
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(*journal->entries().count(), qint64(3));
        QVERIFY(panel->currentEntryId() != newest);
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(list->model()->rowCount(), 3);
        QVERIFY(!notice->isVisible());
        // The entry brought back is the one selected and shown, and the keyboard is on it.
        QCOMPARE(panel->currentEntryId(), newest);
        QCOMPARE(list->currentIndex().data(EntryListModel::IdRole).toLongLong(), newest);
        QCOMPARE(QApplication::focusWidget(), list);

        // The Undo button does the same, from the middle of the list, and hands the focus back
        // to the list; quitting carries out a delete that still waits.
        const qint64 middle = list->model()->index(1, 0).data(EntryListModel::IdRole).toLongLong();
        QVERIFY(panel->selectEntry(middle));
        panel->deleteCurrentEntry();
        QVERIFY(panel->currentEntryId() != middle);
        notice->undoButton()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(notice->undoButton(), Qt::Key_Space);
        QCOMPARE(list->model()->rowCount(), 3);
        QCOMPARE(panel->currentEntryId(), middle);
        QCOMPARE(list->currentIndex().row(), 1);
        QCOMPARE(QApplication::focusWidget(), list);
        QVERIFY(panel->selectEntry(newest));
        panel->deleteCurrentEntry();
        window.close();
        QCOMPARE(*journal->entries().count(), qint64(2));
        QVERIFY(!journal->entries().entry(newest));
    }

    void aFailedDeleteSaysSo()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        writeEvenings(journal, 2);
        MainWindow window(journal.journal());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.currentPage()->journalPanel()->findChild<QListView *>(u"entryList"_s);
        PendingDeletes &pending = JournalModels(journal.journal()).pendingDeletes();
        const qint64 id = window.currentPage()->journalPanel()->currentEntryId();
        QVERIFY(
            pending.schedule(u"entries"_s, id, [] { return Status(Error { u"Disk full."_s }); }));
        // Hidden at once, even though the list's current row (whose entry is saved as the
        // list moves off it) is the one that leaves.
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->currentIndex().isValid());
        QVERIFY(list->currentIndex().data(EntryListModel::IdRole).toLongLong() != id);
        QVERIFY(window.flushAll());
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(window.undoNotice()->isVisible());
        // It says plainly that nothing was deleted, and why.
        QVERIFY(window.undoNotice()->text().startsWith(u"Could not delete:"_s));
        QVERIFY(window.undoNotice()->text().contains(u"Disk full."_s));
        // The entry that stayed is selected again, and shown.
        QCOMPARE(list->currentIndex().data(EntryListModel::IdRole).toLongLong(), id);
        QCOMPARE(window.currentPage()->journalPanel()->currentEntryId(), id);
        QCOMPARE(*journal->entries().count(), qint64(2));
    }
};

QTEST_MAIN(tst_CalendarDialog)
#include "tst_calendardialog.moc"
