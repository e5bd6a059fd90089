// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WritingHighlighter.h"

#include "models/JournalSpelling.h"
#include "ui/Tones.h"

#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// Text colour mixed into the base: quiet, but still there for who looks for it.
    QColor dimmed(const QPalette &palette, qreal textShare)
    {
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        return QColor::fromRgbF(float(text.redF() * textShare + base.redF() * (1 - textShare)),
            float(text.greenF() * textShare + base.greenF() * (1 - textShare)),
            float(text.blueF() * textShare + base.blueF() * (1 - textShare)));
    }

    struct SpanRule {
        QRegularExpression pattern;
        bool bold;
    };

    /// Bold and italic: the markup is group 1 and 3, the text group 2. Markup hugs its text
    /// ("** x**" is no bold), and underscores inside words ("snake_case") are no italic.
    const QList<SpanRule> &spanRules()
    {
        static const QList<SpanRule> rules {
            { QRegularExpression(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)(\\1)"_s), true },
            { QRegularExpression(u"(?<![\\w*])(\\*)(?=[^\\s*])(.+?)(?<=[^\\s*])(\\*)(?![\\w*])"_s),
                false },
            { QRegularExpression(u"(?<![\\w_])(_)(?=[^\\s_])(.+?)(?<=[^\\s_])(_)(?![\\w_])"_s),
                false },
        };
        return rules;
    }

    /// Runs no word in them is checked: addresses, mail, inline code.
    const QRegularExpression &skipped()
    {
        static const QRegularExpression pattern(
            u"(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.-]+|`[^`]*`"_s);
        return pattern;
    }

    /// Marks a line whose words wait to be checked until it is shown.
    class CheckWaits final : public QTextBlockUserData { };

} // namespace

QList<WritingHighlighter::Word> WritingHighlighter::checkedWords(const QString &line)
{
    // Letters with their marks and inner apostrophes; a run with a digit or an underscore
    // in it (a date, a code, snake_case) is not a word to check.
    static const QRegularExpression token(u"[\\p{L}\\p{M}\\p{N}_]+(?:['\u2019][\\p{L}\\p{M}]+)*"_s);
    static const QRegularExpression notWord(u"[\\p{N}_]"_s);
    QList<qsizetype> skipStart;
    QList<qsizetype> skipEnd;
    for (auto it = skipped().globalMatch(line); it.hasNext();) {
        const auto match = it.next();
        skipStart.append(match.capturedStart());
        skipEnd.append(match.capturedEnd());
    }
    QList<Word> words;
    for (auto it = token.globalMatch(line); it.hasNext();) {
        const auto match = it.next();
        if (match.captured().contains(notWord))
            continue;
        bool inside = false;
        for (qsizetype i = 0; i < skipStart.size() && !inside; ++i)
            inside = match.capturedStart() < skipEnd.at(i) && match.capturedEnd() > skipStart.at(i);
        if (!inside)
            words.append({ match.capturedStart(), match.capturedLength() });
    }
    return words;
}

void WritingHighlighter::setSpelling(JournalSpelling *spelling)
{
    if (m_spelling == spelling)
        return;
    if (m_spelling)
        disconnect(m_spelling, nullptr, this, nullptr);
    m_spelling = spelling;
    if (m_spelling)
        connect(m_spelling, &JournalSpelling::changed, this, &WritingHighlighter::spellingChanged);
    spellingChanged();
}

void WritingHighlighter::spellingChanged()
{
    QTextDocument *text = document();
    // Turned off: every mark goes, also those of lines not shown.
    if (!text || text->blockCount() < LazyFromBlocks || !m_spelling || !m_spelling->isActive()) {
        restyle();
        return;
    }
    // Only the spelling marks change: every line's check waits, and the shown ones are checked
    // now, rather than styling the whole long text again.
    for (QTextBlock block = text->firstBlock(); block.isValid(); block = block.next())
        if (!block.text().isEmpty())
            block.setUserData(new CheckWaits);
    viewChanged();
}

WritingHighlighter::WritingHighlighter(QWidget *field)
    : QSyntaxHighlighter(field)
    , m_field(field)
{
    m_view.setSingleShot(true);
    m_view.setInterval(0);
    connect(&m_view, &QTimer::timeout, this, &WritingHighlighter::viewChanged);
    if (auto *edit = qobject_cast<QTextEdit *>(field)) {
        setDocument(edit->document());
        // Scrolling, resizing and a new layout all move the scroll bar or its range.
        QScrollBar *bar = edit->verticalScrollBar();
        connect(bar, &QScrollBar::valueChanged, &m_view, qOverload<>(&QTimer::start));
        connect(bar, &QScrollBar::rangeChanged, &m_view, qOverload<>(&QTimer::start));
    }
}

bool WritingHighlighter::checksNow() const
{
    const QTextBlock block = currentBlock();
    auto *edit = qobject_cast<QTextEdit *>(m_field.data());
    if (!edit || !block.document() || block.document()->blockCount() < LazyFromBlocks)
        return true;
    const int number = block.blockNumber();
    if (number == edit->textCursor().blockNumber())
        return true;
    // Before the view is known (the text was just loaded): the top, where it opens.
    const int first = m_firstShown < 0 ? 0 : m_firstShown;
    const int last = m_lastShown < 0 ? 0 : m_lastShown;
    return number >= first - ViewMargin && number <= last + ViewMargin;
}

void WritingHighlighter::viewChanged()
{
    auto *edit = qobject_cast<QTextEdit *>(m_field.data());
    if (!edit || !document())
        return;
    const QRect shown = edit->viewport()->rect();
    m_firstShown = edit->cursorForPosition(shown.topLeft()).blockNumber();
    m_lastShown = edit->cursorForPosition(shown.bottomRight()).blockNumber();
    if (!m_spelling || !m_spelling->isActive())
        return;
    QTextBlock block = document()->findBlockByNumber(std::max(0, m_firstShown - ViewMargin));
    for (; block.isValid() && block.blockNumber() <= m_lastShown + ViewMargin; block = block.next())
        if (dynamic_cast<CheckWaits *>(block.userData()))
            restyleBlock(block);
}

void WritingHighlighter::restyle()
{
    ++m_restyling;
    rehighlight();
    --m_restyling;
}

void WritingHighlighter::restyleBlock(const QTextBlock &block)
{
    ++m_restyling;
    rehighlightBlock(block);
    --m_restyling;
}

void WritingHighlighter::mergeFormat(
    qsizetype start, qsizetype length, const QTextCharFormat &format)
{
    for (qsizetype i = start; i < start + length; ++i) {
        QTextCharFormat merged = this->format(int(i));
        merged.merge(format);
        setFormat(int(i), 1, merged);
    }
}

void WritingHighlighter::highlightBlock(const QString &text)
{
    if (text.isEmpty() || !m_field) {
        setCurrentBlockUserData(nullptr);
        return;
    }
    const QPalette palette = m_field->palette();
    QTextCharFormat markup;
    markup.setForeground(dimmed(palette, 0.5));

    static const QRegularExpression heading(u"^(#{1,6})([ \\t]+)\\S"_s);
    static const QRegularExpression quote(u"^(>[ \\t]?)"_s);
    static const QRegularExpression listMarker(u"^[ \\t]*([-*+]|\\d{1,9}[.)])[ \\t]+"_s);

    if (const auto match = heading.match(text); match.hasMatch()) {
        const qsizetype level = match.capturedLength(1);
        QTextCharFormat title;
        title.setFontWeight(QFont::Bold);
        const qreal scale = level == 1 ? 1.4 : level == 2 ? 1.25 : 1.1;
        title.setFontPointSize(m_field->font().pointSizeF() * scale);
        mergeFormat(0, text.size(), title);
        mergeFormat(0, match.capturedEnd(2), markup);
    } else if (const auto quoted = quote.match(text); quoted.hasMatch()) {
        QTextCharFormat words;
        words.setFontItalic(true);
        words.setForeground(dimmed(palette, 0.8));
        mergeFormat(0, text.size(), words);
        QTextCharFormat bar;
        bar.setForeground(Tones::tone(30, palette));
        bar.setFontWeight(QFont::Bold);
        mergeFormat(0, quoted.capturedLength(1), bar);
    } else if (const auto item = listMarker.match(text); item.hasMatch()) {
        QTextCharFormat marker;
        marker.setForeground(Tones::tone(30, palette));
        marker.setFontWeight(QFont::Bold);
        mergeFormat(item.capturedStart(1), item.capturedLength(1), marker);
    }

    for (const SpanRule &rule : spanRules()) {
        QTextCharFormat span;
        if (rule.bold)
            span.setFontWeight(QFont::Bold);
        else
            span.setFontItalic(true);
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            mergeFormat(match.capturedStart(2), match.capturedLength(2), span);
            mergeFormat(match.capturedStart(1), match.capturedLength(1), markup);
            mergeFormat(match.capturedStart(3), match.capturedLength(3), markup);
        }
    }

    if (!m_spelling || !m_spelling->isActive()) {
        setCurrentBlockUserData(nullptr);
        return;
    }
    if (!checksNow()) {
        setCurrentBlockUserData(new CheckWaits);
        // Once per pass, not per line: restarting a timer costs more than the line itself.
        if (!m_view.isActive())
            m_view.start();
        return;
    }
    setCurrentBlockUserData(nullptr);
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(Tones::tone(0, palette));
    for (const Word &word : checkedWords(text))
        if (!m_spelling->isCorrect(text.mid(word.start, word.length)))
            mergeFormat(word.start, word.length, misspelt);
}

} // namespace Rekindle
