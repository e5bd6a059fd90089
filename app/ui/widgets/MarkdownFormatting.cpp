// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownFormatting.h"

#include <QList>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Rekindle::MarkdownFormatting {
namespace {

    QString marker(Span span)
    {
        return span == Span::Bold ? u"**"_s : u"_"_s;
    }

    /// The characters from `from` to `to`, block breaks as U+2029; clamped to the document.
    QString textBetween(QTextDocument *document, int from, int to)
    {
        const int last = document->characterCount() - 1;
        from = std::clamp(from, 0, last);
        to = std::clamp(to, 0, last);
        if (from >= to)
            return {};
        QTextCursor cursor(document);
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        return cursor.selectedText();
    }

    void removeAt(QTextDocument *document, int position, int length)
    {
        QTextCursor cursor(document);
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }

    void insertAt(QTextDocument *document, int position, const QString &text)
    {
        QTextCursor cursor(document);
        cursor.setPosition(position);
        cursor.insertText(text);
    }

    bool isWordCharacter(QChar ch)
    {
        return ch.isLetterOrNumber() || ch == u'\'';
    }

    void select(QTextCursor &cursor, int from, int to)
    {
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
    }

    const QRegularExpression &lineStartPattern(LineStart lineStart)
    {
        // The markup is the first group: an indented item keeps its indentation.
        static const QRegularExpression heading(u"^(#{1,6}(?:[ \\t]+|$))"_s);
        static const QRegularExpression list(u"^[ \\t]{0,8}((?:[-*+]|\\d{1,9}[.)])[ \\t]+)"_s);
        static const QRegularExpression quote(u"^(>[ \\t]?)"_s);
        switch (lineStart) {
        case LineStart::Heading:
            return heading;
        case LineStart::List:
            return list;
        case LineStart::Quote:
            break;
        }
        return quote;
    }

    QString lineStartMarkup(LineStart lineStart)
    {
        switch (lineStart) {
        case LineStart::Heading:
            return u"# "_s;
        case LineStart::List:
            return u"- "_s;
        case LineStart::Quote:
            break;
        }
        return u"> "_s;
    }

} // namespace

void toggle(QTextCursor &cursor, Span span)
{
    QTextDocument *document = cursor.document();
    const QString mark = marker(span);
    const int length = int(mark.size());
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();

    cursor.beginEditBlock();
    if (start == end) {
        const QString before = textBetween(document, start - 1, start);
        const QString after = textBetween(document, start, start + 1);
        const bool inWord = (!before.isEmpty() && isWordCharacter(before.at(0)))
            || (!after.isEmpty() && isWordCharacter(after.at(0)));
        if (inWord) {
            QTextCursor word(document);
            word.setPosition(start);
            word.select(QTextCursor::WordUnderCursor);
            start = word.selectionStart();
            end = word.selectionEnd();
        } else if (textBetween(document, start - length, start) == mark
            && textBetween(document, start, start + length) == mark) {
            removeAt(document, start, length);
            removeAt(document, start - length, length);
            cursor.setPosition(start - length);
            cursor.endEditBlock();
            return;
        } else {
            insertAt(document, start, mark + mark);
            cursor.setPosition(start + length);
            cursor.endEditBlock();
            return;
        }
    }

    // Markdown does not take "** word**" for bold: the markup hugs the words.
    QString text = textBetween(document, start, end);
    while (start < end && text.front().isSpace()) {
        ++start;
        text.remove(0, 1);
    }
    while (start < end && text.back().isSpace()) {
        --end;
        text.chop(1);
    }

    if (text.size() >= 2 * length + 1 && text.startsWith(mark) && text.endsWith(mark)) {
        removeAt(document, end - length, length);
        removeAt(document, start, length);
        select(cursor, start, end - 2 * length);
    } else if (textBetween(document, start - length, start) == mark
        && textBetween(document, end, end + length) == mark) {
        removeAt(document, end, length);
        removeAt(document, start - length, length);
        select(cursor, start - length, end - length);
    } else {
        insertAt(document, end, mark);
        insertAt(document, start, mark);
        select(cursor, start + length, end + length);
    }
    cursor.endEditBlock();
}

void toggle(QTextCursor &cursor, LineStart lineStart)
{
    QTextDocument *document = cursor.document();
    const int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    // A selection ending at the start of a line does not take that line in.
    if (end > start && document->findBlock(end).position() == end)
        --end;
    QList<QTextBlock> lines;
    const QTextBlock last = document->findBlock(end);
    for (QTextBlock block = document->findBlock(start); block.isValid(); block = block.next()) {
        if (!block.text().trimmed().isEmpty())
            lines.append(block);
        if (block == last)
            break;
    }
    // On a blank line the markup starts a new heading, item or quote.
    if (lines.isEmpty())
        lines.append(document->findBlock(start));

    const QRegularExpression &pattern = lineStartPattern(lineStart);
    const bool all = std::all_of(lines.cbegin(), lines.cend(),
        [&pattern](const QTextBlock &block) { return pattern.match(block.text()).hasMatch(); });

    // Positions move as markup goes in or out; the cursor follows by itself, and each
    // line's position is read again when it is reached.
    cursor.beginEditBlock();
    for (const QTextBlock &block : std::as_const(lines)) {
        const QRegularExpressionMatch match = pattern.match(block.text());
        if (all)
            removeAt(document, block.position() + int(match.capturedStart(1)),
                int(match.capturedLength(1)));
        else if (!match.hasMatch())
            insertAt(document, block.position(), lineStartMarkup(lineStart));
    }
    cursor.endEditBlock();
}

} // namespace Rekindle::MarkdownFormatting
