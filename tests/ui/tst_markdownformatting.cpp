// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ExactPlainText.h"
#include "ui/widgets/MarkdownFormatting.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Rekindle;
using namespace Qt::StringLiterals;
namespace MF = Rekindle::MarkdownFormatting;

namespace {

// In the data: « and » mark the selection, ‸ the cursor when nothing is selected.
constexpr QChar SelectionStart = u'\u00ab';
constexpr QChar SelectionEnd = u'\u00bb';
constexpr QChar Caret = u'\u2038';

/// The document position of string index `index` (CR LF is one block break).
int positionOf(const QString &text, qsizetype index)
{
    return int(index - text.left(index).count(u"\r\n"_s));
}

/// The string index of document position `position` in `text`.
qsizetype indexOf(const QString &text, int position)
{
    qsizetype index = 0;
    for (int p = 0; p < position && index < text.size(); ++p)
        index += text.mid(index, 2) == u"\r\n"_s ? 2 : 1;
    return index;
}

/// A document holding `marked` without its marks, and a cursor selecting what they mark.
QTextCursor load(QTextDocument &document, const QString &marked)
{
    QString text = marked;
    qsizetype anchor = text.indexOf(SelectionStart);
    qsizetype position = -1;
    if (anchor >= 0) {
        text.remove(anchor, 1);
        position = text.indexOf(SelectionEnd);
        text.remove(position, 1);
    } else {
        anchor = text.indexOf(Caret);
        text.remove(anchor, 1);
        position = anchor;
    }
    ExactPlainText::set(document, text);
    QTextCursor cursor(&document);
    cursor.setPosition(positionOf(text, anchor));
    cursor.setPosition(positionOf(text, position), QTextCursor::KeepAnchor);
    return cursor;
}

/// The document's text with the cursor's selection marked.
QString marked(const QTextDocument &document, const QTextCursor &cursor)
{
    QString text = ExactPlainText::get(document);
    const qsizetype start = indexOf(text, cursor.selectionStart());
    const qsizetype end = indexOf(text, cursor.selectionEnd());
    if (start == end)
        return text.insert(start, Caret);
    text.insert(end, SelectionEnd);
    return text.insert(start, SelectionStart);
}

QString unmarked(QString text)
{
    return text.remove(SelectionStart).remove(SelectionEnd).remove(Caret);
}

enum class Action { Bold, Italic, Heading, List, Quote };

void apply(QTextCursor &cursor, Action action)
{
    switch (action) {
    case Action::Bold:
        return MF::toggle(cursor, MF::Span::Bold);
    case Action::Italic:
        return MF::toggle(cursor, MF::Span::Italic);
    case Action::Heading:
        return MF::toggle(cursor, MF::LineStart::Heading);
    case Action::List:
        return MF::toggle(cursor, MF::LineStart::List);
    case Action::Quote:
        return MF::toggle(cursor, MF::LineStart::Quote);
    }
}

} // namespace

Q_DECLARE_METATYPE(Action)

/// The formatting bar's markup: put on, taken off, one undo step, the rest untouched.
class tst_MarkdownFormatting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toggle_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("after");

        // Bold and italic on a selection, with none, and taken off again.
        QTest::newRow("bold selection")
            << u"I «felt» fine"_s << Action::Bold << u"I **«felt»** fine"_s;
        QTest::newRow("bold off, markup outside")
            << u"I **«felt»** fine"_s << Action::Bold << u"I «felt» fine"_s;
        QTest::newRow("bold off, markup selected")
            << u"I «**felt**» fine"_s << Action::Bold << u"I «felt» fine"_s;
        QTest::newRow("bold hugs the words")
            << u"I« felt »fine"_s << Action::Bold << u"I **«felt»** fine"_s;
        QTest::newRow("bold word at cursor")
            << u"I fe\u2038lt fine"_s << Action::Bold << u"I **«felt»** fine"_s;
        QTest::newRow("bold off, word at cursor")
            << u"I **fe\u2038lt** fine"_s << Action::Bold << u"I «felt» fine"_s;
        QTest::newRow("bold empty pair")
            << u"Then \u2038"_s << Action::Bold << u"Then **\u2038**"_s;
        QTest::newRow("bold empty pair off")
            << u"Then **\u2038**"_s << Action::Bold << u"Then \u2038"_s;
        QTest::newRow("bold over lines") << u"«one\ntwo»"_s << Action::Bold << u"**«one\ntwo»**"_s;
        QTest::newRow("bold keeps CR LF")
            << u"«one\r\ntwo»\r\n"_s << Action::Bold << u"**«one\r\ntwo»**\r\n"_s;
        QTest::newRow("italic selection") << u"so «tired»"_s << Action::Italic << u"so _«tired»_"_s;
        QTest::newRow("italic off") << u"so _«tired»_"_s << Action::Italic << u"so «tired»"_s;
        QTest::newRow("italic inside bold")
            << u"**very «much»**"_s << Action::Italic << u"**very _«much»_**"_s;
        QTest::newRow("italic non-ASCII word")
            << u"ein Tr\u00e4\u2038ne"_s << Action::Italic << u"ein _«Tr\u00e4ne»_"_s;

        // Line starts on one line, several, blank ones, and off again.
        QTest::newRow("heading") << u"Tod\u2038ay"_s << Action::Heading << u"# Tod\u2038ay"_s;
        QTest::newRow("heading on a blank line")
            << u"a\n\u2038"_s << Action::Heading << u"a\n# \u2038"_s;
        QTest::newRow("heading off, any level")
            << u"## Tod\u2038ay"_s << Action::Heading << u"Tod\u2038ay"_s;
        QTest::newRow("list lines") << u"a\n«b\nc»"_s << Action::List << u"a\n- «b\n- c»"_s;
        QTest::newRow("list lines off") << u"a\n«- b\n- c»"_s << Action::List << u"a\n«b\nc»"_s;
        QTest::newRow("list adds where missing")
            << u"«- a\nb»"_s << Action::List << u"«- a\n- b»"_s;
        QTest::newRow("list off keeps indentation and numbers")
            << u"«  - a\n1. b»"_s << Action::List << u"«  a\nb»"_s;
        QTest::newRow("list not on the line after the selection")
            << u"«a\n»b"_s << Action::List << u"- «a\n»b"_s;
        QTest::newRow("quote skips blank lines")
            << u"«x\n\ny»"_s << Action::Quote << u"> «x\n\n> y»"_s;
        QTest::newRow("quote off") << u"> «x\n\n>y»"_s << Action::Quote << u"«x\n\ny»"_s;
        QTest::newRow("quote keeps every break")
            << u"«one\rtwo\r\nthree\u2029four»"_s << Action::Quote
            << u"> «one\r> two\r\n> three\u2029> four»"_s;
    }

    void toggle()
    {
        QFETCH(QString, before);
        QFETCH(Action, action);
        QFETCH(QString, after);
        QTextDocument document;
        QTextCursor cursor = load(document, before);
        apply(cursor, action);
        QCOMPARE(marked(document, cursor), after);

        // One undo step brings back every character, breaks included.
        QVERIFY(document.isUndoAvailable());
        document.undo();
        QCOMPARE(ExactPlainText::get(document), unmarked(before));
        QVERIFY(!document.isUndoAvailable());
    }
};

QTEST_MAIN(tst_MarkdownFormatting)
#include "tst_markdownformatting.moc"
