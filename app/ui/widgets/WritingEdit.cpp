// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WritingEdit.h"

#include "WritingHighlighter.h"
#include "models/JournalSpelling.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetricsF>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    bool hasLineSpacing(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        return format.lineHeightType() == QTextBlockFormat::ProportionalHeight
            && qFuzzyCompare(format.lineHeight(), qreal(WritingEdit::LineHeightPercent));
    }

    QTextBlockFormat lineSpacing()
    {
        QTextBlockFormat format;
        format.setLineHeight(WritingEdit::LineHeightPercent, QTextBlockFormat::ProportionalHeight);
        return format;
    }

} // namespace

WritingEdit::WritingEdit(QWidget *parent)
    : QTextEdit(parent)
    , m_highlighter(new WritingHighlighter(this))
{
    // Markdown is typed as text; pasted rich text arrives as its plain text.
    setAcceptRichText(false);
    setAutoFormatting(QTextEdit::AutoNone);
    // The margins around the column belong to the field: one surface, not a box in a box.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    connect(document(), &QTextDocument::contentsChange, this, &WritingEdit::onContentsChange);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_highlighter->isRestyling())
            Q_EMIT textEdited();
    });
    updateMargins();
}

void WritingEdit::applyLineSpacing()
{
    QTextDocument *doc = document();
    const bool undo = doc->isUndoRedoEnabled();
    // Switching undo off and on clears its history: only right after loading.
    doc->setUndoRedoEnabled(false);
    QTextCursor cursor(doc);
    cursor.select(QTextCursor::Document);
    cursor.mergeBlockFormat(lineSpacing());
    doc->setUndoRedoEnabled(undo);
}

int WritingEdit::columnWidth() const
{
    const QFontMetricsF metrics(document()->defaultFont());
    return int(
        std::ceil(metrics.averageCharWidth() * ColumnChars + 2 * document()->documentMargin()));
}

void WritingEdit::updateMargins()
{
    if (m_updatingMargins)
        return;
    m_updatingMargins = true;
    const QFontMetricsF metrics(document()->defaultFont());
    const int minimum = int(std::ceil(metrics.height()));
    int available = contentsRect().width();
    if (verticalScrollBar()->isVisible())
        available -= verticalScrollBar()->width();
    const int spare = available - columnWidth();
    const int left = std::max(minimum, spare / 2);
    const int right = std::max(minimum, spare - spare / 2);
    const int top = minimum / 2;
    setViewportMargins(left, top, right, top);
    m_updatingMargins = false;
}

void WritingEdit::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMargins();
    // Colours and heading sizes follow the palette and the font.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        m_highlighter->restyle();
}

void WritingEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateMargins();
}

void WritingEdit::mousePressEvent(QMouseEvent *event)
{
    // A click in the margin beside the column puts the cursor on the nearest line, as it
    // would in a page of a word processor.
    const QPoint inViewport = viewport()->mapFrom(this, event->position().toPoint());
    if (!viewport()->rect().contains(inViewport) && event->button() == Qt::LeftButton) {
        const QPoint nearest(std::clamp(inViewport.x(), 0, viewport()->width() - 1),
            std::clamp(inViewport.y(), 0, viewport()->height() - 1));
        setTextCursor(cursorForPosition(nearest));
        setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    QTextEdit::mousePressEvent(event);
}

void WritingEdit::setSpelling(JournalSpelling *spelling)
{
    m_highlighter->setSpelling(spelling);
}

QMenu *WritingEdit::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    JournalSpelling *spelling = m_highlighter->spelling();
    if (!spelling || !spelling->isActive() || isReadOnly())
        return menu;
    const QTextCursor at = cursorForPosition(position);
    const QTextBlock block = at.block();
    const qsizetype offset = at.position() - block.position();
    for (const WritingHighlighter::Word &word : WritingHighlighter::checkedWords(block.text())) {
        if (offset < word.start || offset > word.start + word.length)
            continue;
        const QString text = block.text().mid(word.start, word.length);
        if (spelling->isCorrect(text))
            break;
        const int start = block.position() + int(word.start);
        const int end = start + int(word.length);
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = spelling->suggestions(text);
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No Suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        for (const QString &suggestion : suggestions) {
            QAction *replace = new QAction(suggestion, menu);
            connect(replace, &QAction::triggered, this, [this, start, end, suggestion] {
                QTextCursor cursor(document());
                cursor.setPosition(start);
                cursor.setPosition(end, QTextCursor::KeepAnchor);
                cursor.insertText(suggestion);
                setTextCursor(cursor);
            });
            menu->insertAction(first, replace);
        }
        menu->insertSeparator(first);
        QAction *add = new QAction(tr("Add to Dictionary"), menu);
        add->setObjectName(u"addToDictionary"_s);
        // The journal may be read-only: the word is then accepted for this session.
        connect(add, &QAction::triggered, spelling, [spelling, text] {
            if (!spelling->addToDictionary(text))
                spelling->ignore(text);
        });
        menu->insertAction(first, add);
        QAction *ignore = new QAction(tr("Ignore"), menu);
        ignore->setObjectName(u"ignoreWord"_s);
        connect(
            ignore, &QAction::triggered, spelling, [spelling, text] { spelling->ignore(text); });
        menu->insertAction(first, ignore);
        menu->insertSeparator(first);
        break;
    }
    return menu;
}

void WritingEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void WritingEdit::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed)
    if (added <= 0 || m_fixPending)
        return;
    const QTextDocument *doc = document();
    const QTextBlock last = doc->findBlock(position + added);
    for (QTextBlock block = doc->findBlock(position); block.isValid(); block = block.next()) {
        if (!hasLineSpacing(block)) {
            // Not from within the change itself: the document is still telling its views.
            m_fixPending = true;
            QTimer::singleShot(0, this, &WritingEdit::fixLineSpacing);
            return;
        }
        if (block == last)
            break;
    }
}

void WritingEdit::fixLineSpacing()
{
    m_fixPending = false;
    QTextDocument *doc = document();
    QTextCursor cursor(doc);
    bool joined = false;
    for (QTextBlock block = doc->firstBlock(); block.isValid(); block = block.next()) {
        if (hasLineSpacing(block))
            continue;
        if (!joined) {
            // Part of the edit that brought the blocks: one undo takes both back.
            cursor.joinPreviousEditBlock();
            joined = true;
        }
        QTextCursor blockCursor(block);
        blockCursor.mergeBlockFormat(lineSpacing());
    }
    if (joined)
        cursor.endEditBlock();
}

} // namespace Rekindle
