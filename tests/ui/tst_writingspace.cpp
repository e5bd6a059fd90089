// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "models/JournalSpelling.h"
#include "models/PendingDeletes.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"
#include "ui/WritingSettings.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/WritingPreferences.h"
#include "ui/widgets/EntryEditor.h"
#include "ui/widgets/ExactPlainText.h"
#include "ui/widgets/JournalPanel.h"
#include "ui/widgets/MarkdownBar.h"
#include "ui/widgets/WritingEdit.h"
#include "ui/widgets/WritingHighlighter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// Whether every block of `edit` has the writing space's line spacing.
bool allSpaced(const QTextEdit &edit)
{
    for (QTextBlock block = edit.document()->firstBlock(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.lineHeightType() != QTextBlockFormat::ProportionalHeight
            || format.lineHeight() != WritingEdit::LineHeightPercent)
            return false;
    }
    return true;
}

/// The highlighter's formats over `length` characters from `start` of block `block`: each
/// character's format, for the tests to look at.
QList<QTextCharFormat> formatsAt(const QTextEdit &edit, int block, int start, int length)
{
    const QTextBlock textBlock = edit.document()->findBlockByNumber(block);
    QList<QTextCharFormat> out(length);
    for (const QTextLayout::FormatRange &range : textBlock.layout()->formats())
        for (int i = 0; i < length; ++i)
            if (start + i >= range.start && start + i < range.start + range.length)
                out[i] = range.format;
    return out;
}

bool underlined(const QTextEdit &edit, int block, int start, int length)
{
    const auto formats = formatsAt(edit, block, start, length);
    return std::all_of(formats.cbegin(), formats.cend(), [](const QTextCharFormat &format) {
        return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    });
}

bool anyUnderlined(const QTextEdit &edit, int block, int start, int length)
{
    const auto formats = formatsAt(edit, block, start, length);
    return std::any_of(formats.cbegin(), formats.cend(), [](const QTextCharFormat &format) {
        return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    });
}

void load(EntryEditor &editor, const QString &body)
{
    JournalEntry entry;
    entry.body = body;
    entry.created = QDateTime::currentDateTimeUtc();
    entry.updated = entry.created;
    editor.setEntry(entry);
}

} // namespace

/// The writing space: reading column, line spacing, text font, and the text kept exact.
class tst_WritingSpace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_writingspace"_s);
        QSettings().clear();
    }

    void textSitsInACentredColumn()
    {
        EntryEditor editor;
        editor.resize(1600, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *body = editor.findChild<WritingEdit *>(u"entryBody"_s);
        QVERIFY(body);
        // The field fills the editor; the text column inside it does not.
        QVERIFY(body->width() > body->columnWidth() + 200);
        QVERIFY(body->viewport()->width() <= body->columnWidth());
        QVERIFY(body->viewport()->width() >= body->columnWidth() - 2);
        const int left = body->viewport()->geometry().left();
        int right = body->width() - body->viewport()->geometry().right();
        if (body->verticalScrollBar()->isVisible())
            right -= body->verticalScrollBar()->width();
        QVERIFY2(qAbs(left - right) <= 4, qPrintable(u"%1 vs %2"_s.arg(left).arg(right)));

        // Narrow: the column takes what there is, with a margin left on both sides.
        editor.resize(300, 400);
        QTRY_VERIFY(body->viewport()->width() < 300);
        QVERIFY(body->viewport()->geometry().left() > 0);
    }

    void fontFollowsPreferencesAtOnce()
    {
        EntryEditor editor;
        auto *body = editor.findChild<WritingEdit *>(u"entryBody"_s);
        QCOMPARE(body->font().pointSize(), WritingSettings::defaultFont().pointSize());
        QVERIFY(WritingSettings::defaultFont().pointSize()
            > QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSize());
        const int narrowColumn = body->columnWidth();
        WritingSettings::instance().setFont(body->font().family(), 20);
        QCOMPARE(body->font().pointSize(), 20);
        QCOMPARE(body->document()->defaultFont().pointSize(), 20);
        QVERIFY(body->columnWidth() > narrowColumn);
        QCOMPARE(QSettings().value(u"writing/fontSize"_s).toInt(), 20);
        // Out of bounds is clamped, never saved as given.
        WritingSettings::instance().setFont(body->font().family(), 500);
        QCOMPARE(WritingSettings::instance().font().pointSize(), WritingSettings::MaxPointSize);
        WritingSettings::instance().reset();
        QCOMPARE(body->font().pointSize(), WritingSettings::defaultFont().pointSize());
    }

    void lineSpacingNeverReachesTheText()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QString stored = u"one\u00a0a\r\ntwo\rthree\u2029four\u2028five\n"_s;
        auto id = journal->entries().create(Step::Acknowledge, { u"Spaced"_s, stored, {} });
        QVERIFY(id);
        EntryListModel model(journal->entries(), Step::Acknowledge);
        JournalPanel panel(&model, PendingDeletes::of(journal.journal()), u"hint"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectEntry(*id));
        auto *body = panel.findChild<WritingEdit *>(u"entryBody"_s);
        QVERIFY(allSpaced(*body));
        // Loading is no edit: nothing to undo, nothing to save.
        QVERIFY(!body->document()->isUndoAvailable());
        QVERIFY(!panel.hasUnsavedChanges());

        // Typed and pasted blocks get the spacing too, the paste in its own undo step.
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u"typed"_s);
        QTest::keyClick(body, Qt::Key_Return);
        QApplication::clipboard()->setText(u"pasted\nlines\r\nhere"_s);
        body->paste();
        QTRY_VERIFY(allSpaced(*body));
        QVERIFY(panel.flush());
        // A plain-text paste keeps no CR: QTextDocument makes every break a block break.
        const QString expected = stored + u"typed\npasted\nlines\nhere"_s;
        QCOMPARE(
            journal->entries().entry(*id)->body.toUtf8().toHex(' '), expected.toUtf8().toHex(' '));

        body->undo();
        QCOMPARE(ExactPlainText::get(*body->document()), stored + u"typed\n"_s);
        QVERIFY(panel.flush());
        QCOMPARE(journal->entries().entry(*id)->body, stored + u"typed\n"_s);
    }

    void formattingBarByKeyboard()
    {
        EntryEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        load(editor, u"I felt fine"_s);
        auto *body = editor.findChild<WritingEdit *>(u"entryBody"_s);
        auto *bar = editor.findChild<MarkdownBar *>(u"markdownBar"_s);
        QVERIFY(bar);
        QCOMPARE(bar->buttons().size(), 5);
        for (QToolButton *button : bar->buttons()) {
            QVERIFY(!button->accessibleName().isEmpty());
            QVERIFY(!button->accessibleName().contains(u'&'));
            QVERIFY2(button->toolTip().contains(u"Ctrl"_s), qPrintable(button->toolTip()));
        }

        // Ctrl+B in the text: bold around the selection, one undo step.
        body->setFocus();
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(2);
        cursor.setPosition(6, QTextCursor::KeepAnchor);
        body->setTextCursor(cursor);
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), u"I **felt** fine"_s);
        QCOMPARE(body->textCursor().selectedText(), u"felt"_s);
        QTest::keyClick(body, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(body->toPlainText(), u"- I **felt** fine"_s);
        body->undo();
        body->undo();
        QCOMPARE(body->toPlainText(), u"I felt fine"_s);

        // Ctrl+B in the title is no bold.
        auto *title = editor.findChild<QLineEdit *>(u"entryTitle"_s);
        title->setFocus();
        QTest::keyClicks(title, u"Day"_s);
        QTest::keyClick(title, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(title->text(), u"Day"_s);
        QCOMPARE(body->toPlainText(), u"I felt fine"_s);

        // Tab from the mood reaches the bar; arrows move along it; Space presses.
        auto *mood = editor.findChild<QSpinBox *>(u"entryMood"_s);
        mood->setFocus();
        QTest::keyClick(mood, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), bar->buttons().at(0));
        QTest::keyClick(bar->buttons().at(0), Qt::Key_Right);
        QTest::keyClick(bar->buttons().at(1), Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), bar->buttons().at(2));
        QTest::keyClick(bar->buttons().at(2), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), bar->buttons().at(1));
        QTest::keyClick(bar->buttons().at(1), Qt::Key_Left);
        QTest::keyClick(bar->buttons().at(0), Qt::Key_Left); // wraps round
        QCOMPARE(QApplication::focusWidget(), bar->buttons().at(4));
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(bar->buttons().at(4), Qt::Key_Space);
        QCOMPARE(body->toPlainText(), u"> I felt fine"_s);
        QCOMPARE(QApplication::focusWidget(), body);
        // Tab is typed in the body; Ctrl+Shift+Tab goes back (CtrlTabLeaves).
        QTest::keyClick(body, Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), bar->buttons().at(4));

        // A read-only text is left alone.
        body->setReadOnly(true);
        bar->buttons().at(0)->click();
        QCOMPARE(body->toPlainText(), u"> I felt fine"_s);
    }

    void liveStylingShowsTheMarkdown()
    {
        EntryEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        load(editor, u"# Title\nsome **bold** and _soft_ words\n> quoted\n- item"_s);
        auto *body = editor.findChild<WritingEdit *>(u"entryBody"_s);
        const auto heading = formatsAt(*body, 0, 0, 7);
        QCOMPARE(heading.at(3).fontWeight(), int(QFont::Bold));
        QVERIFY(heading.at(3).fontPointSize() > body->font().pointSizeF());
        const auto line = formatsAt(*body, 1, 0, 25);
        QCOMPARE(line.at(7).fontWeight(), int(QFont::Bold)); // "bold"
        QVERIFY(line.at(5).foreground().color() != body->palette().color(QPalette::Text));
        QVERIFY(line.at(20).fontItalic()); // "soft"
        QVERIFY(!line.at(0).fontItalic() && line.at(0).fontWeight() != int(QFont::Bold));
        QVERIFY(formatsAt(*body, 2, 3, 1).at(0).fontItalic());
        QCOMPARE(formatsAt(*body, 3, 0, 1).at(0).fontWeight(), int(QFont::Bold));
        // The text is as it was: styling is no edit.
        QCOMPARE(ExactPlainText::get(*body->document()),
            u"# Title\nsome **bold** and _soft_ words\n> quoted\n- item"_s);
        QVERIFY(!body->document()->isUndoAvailable());
    }

    void aLongTextIsSpellCheckedWhereItIsShown()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        JournalSpelling spelling(
            journal.journal(), { QStringLiteral(REKINDLE_TEST_DATA_DIR "/spelling") });
        QVERIFY(spelling.setLanguage(u"xx_TEST"_s));
        EntryEditor editor;
        editor.setSpelling(&spelling);
        editor.resize(800, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const int lines = 4 * WritingHighlighter::LazyFromBlocks;
        load(editor, u"quiet mornin\n"_s.repeated(lines));
        auto *body = editor.findChild<WritingEdit *>(u"entryBody"_s);
        QCoreApplication::processEvents();
        // Shown: checked. Far below the view: not yet.
        QVERIFY(underlined(*body, 0, 6, 6));
        QVERIFY(underlined(*body, 1, 6, 6));
        const int far = lines - 10;
        QVERIFY(!anyUnderlined(*body, far, 6, 6));
        // Scrolled there, it is checked (and the words still right are not marked).
        body->verticalScrollBar()->setValue(body->verticalScrollBar()->maximum());
        QTRY_VERIFY(underlined(*body, far, 6, 6));
        QVERIFY(!anyUnderlined(*body, far, 0, 5));
        // The cursor's line is checked wherever it is, as typing goes on there.
        QTextCursor middle(body->document()->findBlockByNumber(lines / 2));
        middle.movePosition(QTextCursor::EndOfBlock);
        body->setTextCursor(middle);
        QTest::keyClicks(body, u" embr"_s);
        QVERIFY(underlined(*body, lines / 2, 13, 4));
        // The words that count change: the shown lines are marked again at once, the others
        // once shown, and no old mark stays behind.
        spelling.ignore(u"mornin"_s);
        QVERIFY(!anyUnderlined(*body, lines / 2, 6, 6));
        QVERIFY(underlined(*body, lines / 2, 13, 4));
        body->verticalScrollBar()->setValue(0);
        QTRY_VERIFY(!anyUnderlined(*body, 0, 6, 6));
    }

    void spellCheckMarksAndCorrects()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        JournalSpelling spelling(
            journal.journal(), { QStringLiteral(REKINDLE_TEST_DATA_DIR "/spelling") });
        QVERIFY(spelling.setLanguage(u"xx_TEST"_s));
        EntryEditor editor;
        editor.setSpelling(&spelling);
        editor.resize(800, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // 0         1         2         3         4         5         6
        // 0123456789012345678901234567890123456789012345678901234567890123
        load(editor, u"quiet mornin **embr** caf\u00e8 https://x.org/mornin 12th a1b"_s);
        auto *body = editor.findChild<WritingEdit *>(u"entryBody"_s);
        QVERIFY(!anyUnderlined(*body, 0, 0, 5)); // quiet
        QVERIFY(underlined(*body, 0, 6, 6)); // mornin
        QVERIFY(!anyUnderlined(*body, 0, 13, 2)); // the markup
        QVERIFY(underlined(*body, 0, 15, 4)); // embr
        QVERIFY(!anyUnderlined(*body, 0, 19, 2));
        QVERIFY(underlined(*body, 0, 22, 4)); // cafè, a word with a non-ASCII letter
        QVERIFY(!anyUnderlined(*body, 0, 27, 35)); // the address, numbers, codes

        // The context menu of a misspelt word: suggestions first, then the word list.
        QTextCursor onWord(body->document());
        onWord.setPosition(8);
        const QPoint point = body->cursorRect(onWord).center();
        std::unique_ptr<QMenu> menu(body->createContextMenu(point));
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        QVERIFY2(texts.value(0) == u"morning"_s, qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(u"Add to Dictionary"_s));
        QVERIFY(texts.contains(u"Ignore"_s));
        QVERIFY(texts.size() > 6); // and the standard entries
        menu->actions().at(0)->trigger();
        QVERIFY(ExactPlainText::get(*body->document()).startsWith(u"quiet morning **embr**"_s));
        QVERIFY(!anyUnderlined(*body, 0, 6, 7));
        body->undo();
        QVERIFY(ExactPlainText::get(*body->document()).startsWith(u"quiet mornin **embr**"_s));

        // Add to Dictionary: kept in the journal, and the mark goes. Marks are not edits: the
        // entry is not saved again, nor its "edited" time changed.
        QSignalSpy edited(&editor, &EntryEditor::edited);
        onWord.setPosition(16);
        menu.reset(body->createContextMenu(body->cursorRect(onWord).center()));
        menu->findChild<QAction *>(u"addToDictionary"_s)->trigger();
        QVERIFY(spelling.personalWords().contains(u"embr"_s));
        QVERIFY(!anyUnderlined(*body, 0, 15, 4));
        onWord.setPosition(23);
        menu.reset(body->createContextMenu(body->cursorRect(onWord).center()));
        QVERIFY(menu->actions().value(0)->text().startsWith(u"caf\u00e9"_s));
        menu->findChild<QAction *>(u"ignoreWord"_s)->trigger();
        QVERIFY(!anyUnderlined(*body, 0, 22, 4));

        // A correct word gets the standard menu only.
        onWord.setPosition(2);
        menu.reset(body->createContextMenu(body->cursorRect(onWord).center()));
        QVERIFY(!menu->findChild<QAction *>(u"addToDictionary"_s));

        // Off: no marks at all.
        QVERIFY(spelling.setLanguage(JournalSpelling::Off));
        QVERIFY(!anyUnderlined(*body, 0, 0, 60));
        // Nor is a switch of theme or font, which styles the text again.
        body->setPalette(QPalette(Qt::darkGray));
        body->setFont(QFont(body->font().family(), body->font().pointSize() + 2));
        QCoreApplication::processEvents();
        QCOMPARE(edited.count(), 0);
        // A real change still is one.
        QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(body, u"!"_s);
        QCOMPARE(edited.count(), 1);
    }

    void aStatusNeverWidensTheText()
    {
        // A new width lays out the whole text again: over a second for 10 MB. The footer's
        // texts (when it was written, the save status or a problem) wrap instead of widening
        // the editor, however long they are.
        EntryEditor editor;
        editor.resize(420, 360);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        load(editor, u"A few words."_s);
        auto *body = editor.findChild<WritingEdit *>(u"entryBody"_s);
        QCoreApplication::processEvents();
        const int width = body->width();
        editor.setStatus(u"The entry could not be saved: the disk is full, so nothing new was "
                         "written and the text you see is kept here until there is room."_s,
            true);
        QCoreApplication::processEvents();
        QCOMPARE(body->width(), width);
        QCOMPARE(editor.width(), 420);
        editor.setStatus(u"Saved"_s);
        QCoreApplication::processEvents();
        QCOMPARE(body->width(), width);
    }

    void preferencesChooseFontAndLanguage()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        EntryEditor editor;
        auto *body = editor.findChild<WritingEdit *>(u"entryBody"_s);
        PreferencesDialog dialog(journal.journal());
        addWritingPreferences(dialog, journal.journal());
        auto *size = dialog.findChild<QSpinBox *>(u"writingFontSize"_s);
        auto *language = dialog.findChild<QComboBox *>(u"spellingLanguage"_s);
        QVERIFY(size && language && dialog.findChild<QFontComboBox *>(u"writingFontFamily"_s));
        QCOMPARE(size->value(), WritingSettings::defaultFont().pointSize());
        // "Off", then every dictionary this computer has (maybe none: then a note says so).
        JournalSpelling &spelling = JournalSpelling::of(journal.journal());
        QCOMPARE(language->count(), 1 + spelling.dictionaries().size());
        QCOMPARE(language->isEnabled(), !spelling.dictionaries().isEmpty());
        QVERIFY(!dialog.findChild<QLabel *>(u"spellingNote"_s)->text().isEmpty());
        size->setValue(17);
        // Untouched, a language never chosen stays unchosen (a dictionary installed later
        // is then used by itself).
        const QString before = spelling.chosenLanguage();
        QVERIFY(dialog.apply());
        QCOMPARE(body->font().pointSize(), 17);
        QCOMPARE(spelling.chosenLanguage(), before);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(size->value(), WritingSettings::defaultFont().pointSize());
        if (language->isEnabled()) {
            language->setCurrentIndex(1);
            QVERIFY(dialog.apply());
            QCOMPARE(spelling.chosenLanguage(), language->itemData(1).toString());
            QVERIFY(spelling.isActive());
            language->setCurrentIndex(0);
            QVERIFY(dialog.apply());
            QCOMPARE(spelling.chosenLanguage(), JournalSpelling::Off);
            QVERIFY(!spelling.isActive());
        }
        WritingSettings::instance().reset();
    }
};

QTEST_MAIN(tst_WritingSpace)
#include "tst_writingspace.moc"
