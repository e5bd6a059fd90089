// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "models/PendingDeletes.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"
#include "ui/widgets/JournalPanel.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// Text as an input method (a compose key, a character picker) delivers it.
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class tst_JournalPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aJournalThatCannotBeReadSaysSo()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        {
            EntryListModel model(journal->entries(), Step::Acknowledge);
            JournalPanel panel(
                &model, PendingDeletes::of(journal.journal()), u"Nothing written yet"_s);
            QCOMPARE(panel.findChild<QLabel *>(u"emptyHint"_s)->text(), u"Nothing written yet"_s);
        }
        QSqlQuery query(journal->database());
        QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(query.exec(u"DROP TABLE entries"_s));
        EntryListModel model(journal->entries(), Step::Acknowledge);
        JournalPanel panel(&model, PendingDeletes::of(journal.journal()), u"Nothing written yet"_s);
        QVERIFY(!model.readError().isEmpty());
        const QString text = panel.findChild<QLabel *>(u"emptyHint"_s)->text();
        QVERIFY2(text.contains(model.readError()), qPrintable(text));
        QVERIFY(!text.contains(u"yet"_s));
    }

    void writeTitleMoodAndBody()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        EntryListModel model(journal->entries(), Step::Acknowledge);
        JournalPanel panel(&model, PendingDeletes::of(journal.journal()), u"hint"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QTest::mouseClick(panel.findChild<QPushButton *>(u"firstEntryButton"_s), Qt::LeftButton);
        // A draft: nothing is written until it has text.
        QVERIFY(panel.isDraft());
        QCOMPARE(panel.currentEntryId(), 0);
        QCOMPARE(*journal->entries().count(), qint64(0));
        QVERIFY(panel.findChild<QTextEdit *>(u"entryBody"_s)->isVisibleTo(&panel));
        QTest::keyClicks(panel.findChild<QLineEdit *>(u"entryTitle"_s), u"Why it ended"_s);
        panel.findChild<QSpinBox *>(u"entryMood"_s)->setValue(4);
        QTest::keyClicks(panel.findChild<QTextEdit *>(u"entryBody"_s), u"We stopped talking."_s);
        QVERIFY(panel.hasUnsavedChanges());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.hasUnsavedChanges(), 3000);
        QVERIFY(!panel.isDraft());
        QVERIFY(panel.currentEntryId() != 0);
        QCOMPARE(*journal->entries().count(), qint64(1));

        auto entry = journal->entries().entry(panel.currentEntryId());
        QCOMPARE(entry->title, u"Why it ended"_s);
        QCOMPARE(entry->mood, std::optional<int>(4));
        QCOMPARE(entry->body, u"We stopped talking."_s);
        QCOMPARE(model.index(0).data().toString(), u"Why it ended"_s);
    }

    void editedEntryKeepsEveryCharacter()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        // Every break a text can hold, no-break spaces, a line separator, and a leading
        // U+FEFF, as an import or an older editor may have stored them.
        const QString stored = u"\ufeffone\u00a0two\u2028three\u2029four\rfive\r\nsix\n"
                               "seven\r\r\n\n\u2029end"_s;
        auto id = journal->entries().create(Step::Acknowledge, { u"Exact"_s, stored, {} });
        QVERIFY(id);
        EntryListModel model(journal->entries(), Step::Acknowledge);
        JournalPanel panel(&model, PendingDeletes::of(journal.journal()), u"hint"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectEntry(*id));
        auto *body = panel.findChild<QTextEdit *>(u"entryBody"_s);
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        // Typed: a no-break space (from an input method: key clicks are ASCII), a line
        // separator (Shift+Return's character), a new line.
        commitText(body, u"\u00a0"_s);
        QTest::keyClicks(body, u"typed"_s);
        QTest::keyClick(body, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(body, u"more"_s);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, u"last"_s);
        // A break typed inside a block keeps the break that came before that block.
        body->moveCursor(QTextCursor::Start);
        // Blocks: "one two three" (U+2028 is no block break), "four", "five", ...
        for (int i = 0; i < 2; ++i)
            body->moveCursor(QTextCursor::NextBlock);
        body->moveCursor(QTextCursor::Right); // after the "f" of "five"
        QTest::keyClick(body, Qt::Key_Return);
        QVERIFY(panel.hasUnsavedChanges());
        QVERIFY(panel.flush());
        const QString expected = u"\ufeffone\u00a0two\u2028three\u2029four\rf\nive\r\nsix\n"
                                 "seven\r\r\n\n\u2029end\u00a0typed\u2028more\nlast"_s;
        const QString saved = journal->entries().entry(*id)->body;
        QCOMPARE(saved.toUtf8().toHex(' '), expected.toUtf8().toHex(' '));

        // Opened again, unchanged: saves the same bytes.
        panel.newEntry();
        QVERIFY(panel.selectEntry(*id));
        QTest::keyClicks(body, u"x"_s);
        QTest::keyClick(body, Qt::Key_Backspace);
        QVERIFY(panel.flush());
        QCOMPARE(journal->entries().entry(*id)->body, expected);
    }

    void typedEntryStartingWithByteOrderMarkIsKept()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        EntryListModel model(journal->entries(), Step::Acknowledge);
        JournalPanel panel(&model, PendingDeletes::of(journal.journal()), u"hint"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.newEntry();
        auto *body = panel.findChild<QTextEdit *>(u"entryBody"_s);
        // Characters that are not printable come from an input method, as its commit string.
        commitText(body, u"\ufeff"_s);
        QTest::keyClicks(body, u"hello"_s);
        commitText(body, u"\u00a0"_s);
        QTest::keyClicks(body, u"you"_s);
        QTest::keyClick(body, Qt::Key_Return, Qt::ShiftModifier); // U+2028
        commitText(body, u"\ufffe\uffff"_s);
        const QString typed = u"\ufeffhello\u00a0you\u2028\ufffe\uffff"_s;
        QVERIFY(panel.flush());
        QVERIFY(panel.currentEntryId() != 0);
        QCOMPARE(journal->entries().entry(panel.currentEntryId())->body, typed);
    }

    void switchingEntrySavesTheOneLeft()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto older = journal->entries().create(Step::Acknowledge, { u"Older"_s, u"old"_s, {} });
        journal.clock().advanceSecs(60);
        auto newer = journal->entries().create(Step::Acknowledge, { u"Newer"_s, u"new"_s, {} });
        EntryListModel model(journal->entries(), Step::Acknowledge);
        JournalPanel panel(&model, PendingDeletes::of(journal.journal()), u"hint"_s);
        panel.show();
        QCOMPARE(panel.currentEntryId(), *newer); // newest is selected first
        auto *body = panel.findChild<QTextEdit *>(u"entryBody"_s);
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" and more"_s);
        auto *list = panel.findChild<QListView *>(u"entryList"_s);
        list->setCurrentIndex(list->model()->index(1, 0));
        QCOMPARE(panel.currentEntryId(), *older);
        QCOMPARE(journal->entries().entry(*newer)->body, u"new and more"_s);
        QCOMPARE(body->toPlainText(), u"old"_s);
    }

    void failedSaveKeepsTheText()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto id = journal->entries().create(Step::Acknowledge, { u"T"_s, u"saved"_s, {} });
        EntryListModel model(journal->entries(), Step::Acknowledge);
        JournalPanel panel(&model, PendingDeletes::of(journal.journal()), u"hint"_s);
        panel.show();
        QCOMPARE(panel.currentEntryId(), *id);

        QSqlQuery query(journal->database());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(query.value(0).toInt())));
        auto *body = panel.findChild<QTextEdit *>(u"entryBody"_s);
        QSignalSpy failed(&panel, &JournalPanel::saveFailed);
        QSignalSpy saved(&panel, &JournalPanel::saved);
        body->setPlainText(QString(30000, u'w'));
        QVERIFY(!panel.flush());
        QVERIFY(panel.hasUnsavedChanges());
        QCOMPARE(body->toPlainText().size(), 30000); // still in the editor
        QCOMPARE(journal->entries().entry(*id)->body, u"saved"_s);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"disk is full"_s));
        QCOMPARE(panel.findChild<QLabel *>(u"entryStatus"_s)->text(), u"Not saved"_s);
        // No box: nothing took the keyboard, so the next words land in the editor.
        QVERIFY(!panel.findChild<QMessageBox *>());
        QVERIFY(!QApplication::activeModalWidget());
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" typed on"_s);
        QCOMPARE(body->toPlainText(), QString(30000, u'w') + u" typed on"_s);

        // Saving retries by itself, less often as it keeps failing, and succeeds once the
        // disk has room again.
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 4 * JournalPanel::RetryFirstMs);
        QVERIFY(saved.isEmpty());
        QVERIFY(query.exec(u"PRAGMA max_page_count = 1000000"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 5 * JournalPanel::RetryFirstMs);
        QVERIFY(!panel.hasUnsavedChanges());
        QCOMPARE(journal->entries().entry(*id)->body, QString(30000, u'w') + u" typed on"_s);
    }

    void aLongEntrySavesInTheBackground()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto id = journal->entries().create(Step::Acknowledge, { u"T"_s, u"short"_s, {} });
        QVERIFY(id);
        // Over JournalPanel::BackgroundSaveChars: a few megabytes.
        const QString text = u"A line of an entry, with\u00a0a no-break space.\n"_s.repeated(80000);
        QVERIFY(text.size() > 4 * JournalPanel::BackgroundSaveChars);
        {
            EntryListModel model(journal->entries(), Step::Acknowledge);
            JournalPanel panel(&model, PendingDeletes::of(journal.journal()), u"hint"_s);
            panel.show();
            QCOMPARE(panel.currentEntryId(), *id);
            auto *body = panel.findChild<QTextEdit *>(u"entryBody"_s);
            auto *status = panel.findChild<QLabel *>(u"entryStatus"_s);
            QSignalSpy saved(&panel, &JournalPanel::saved);
            QSignalSpy failed(&panel, &JournalPanel::saveFailed);
            body->setPlainText(text);
            // The autosave hands the text to the worker: "Saving…" until it confirms.
            QTRY_VERIFY_WITH_TIMEOUT(model.isSaving(), 5 * JournalPanel::AutosaveDelayMs);
            QCOMPARE(status->text(), u"Saving…"_s);
            QVERIFY(saved.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 60000);
            QVERIFY(failed.isEmpty());
            QCOMPARE(status->text(), u"Saved"_s);
            QVERIFY(!panel.hasUnsavedChanges());
            QVERIFY(journal->entries().entry(*id)->body == text);

            // Typed again and autosaved in the background, then left at once, as closing or
            // locking the window does: leaving waits for that save.
            body->moveCursor(QTextCursor::End);
            QTest::keyClicks(body, u"more"_s);
            QTRY_VERIFY_WITH_TIMEOUT(model.isSaving(), 5 * JournalPanel::AutosaveDelayMs);
            QVERIFY(panel.leave());
            QVERIFY(!model.isSaving());
            QVERIFY(failed.isEmpty());
        }
        QVERIFY(journal.reopen());
        QVERIFY(journal->entries().entry(*id)->body == text + u"more"_s);
    }

    void deleteWaitsForItsUndo()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        for (const QString &title : { u"First"_s, u"Second"_s, u"Third"_s }) {
            journal.clock().advanceSecs(60);
            QVERIFY(journal->entries().create(Step::Acknowledge, { title, u"x"_s, {} }));
        }
        EntryListModel model(journal->entries(), Step::Acknowledge);
        PendingDeletes &pending = PendingDeletes::of(journal.journal());
        JournalPanel panel(&model, pending, u"hint"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *list = panel.findChild<QListView *>(u"entryList"_s);
        const qint64 second = model.idAt(1);
        QVERIFY(panel.selectEntry(second));

        // No question: the row leaves at once, the next entry is shown, the journal keeps it.
        panel.deleteCurrentEntry();
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->currentIndex().data(EntryListModel::TitleRole).toString(), u"First"_s);
        QCOMPARE(panel.currentEntryId(), model.idAt(2));
        QVERIFY(pending.isPending(u"entries"_s, second));
        QCOMPARE(*journal->entries().count(), qint64(3));
        // Nor is it there to be found.
        QVERIFY(!panel.selectEntry(second));

        QVERIFY(pending.undo());
        QCOMPARE(list->model()->rowCount(), 3);
        QCOMPARE(
            list->model()->index(1, 0).data(EntryListModel::TitleRole).toString(), u"Second"_s);
        QVERIFY(panel.selectEntry(second));

        // Deleting the last entries leaves the empty state; the undo window ends the entry.
        panel.deleteCurrentEntry();
        journal.clock().advanceSecs(PendingDeletes::UndoWindowMs / 1000);
        pending.expireIfDue();
        QCOMPARE(*journal->entries().count(), qint64(2));
        panel.deleteCurrentEntry();
        panel.deleteCurrentEntry();
        QVERIFY(panel.findChild<QWidget *>(u"journalEmptyState"_s)->isVisible());
        QVERIFY(pending.commit());
        QCOMPARE(*journal->entries().count(), qint64(0));
    }
};

QTEST_MAIN(tst_JournalPanel)
#include "tst_journalpanel.moc"
