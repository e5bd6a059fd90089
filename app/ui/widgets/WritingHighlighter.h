// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/JournalSpelling.h"

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTimer>

namespace Rekindle {

/// Styles the Markdown of an entry as it is typed: headings larger and bold, bold and
/// italic spans, quotes, list markers in an accent, and the markup characters dimmed.
/// Colours come from the field's palette, so light and dark both read well.
///
/// Only the look changes (QTextLayout formats), never the text or its block formats. It
/// never sets a block state either: ExactPlainText keeps each block's break in the user
/// state, so every rule here works within one line.
///
/// With a spelling service, words it does not know get a wavy red underline; Markdown
/// markup, web and mail addresses, inline code and words with digits are never checked.
/// In a long text only the lines near what the field shows (and the cursor's) are checked;
/// the others are checked when scrolled into view, so opening a long entry stays quick.
class WritingHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT

public:
    /// Highlights `field`'s document with `field`'s palette.
    explicit WritingHighlighter(QWidget *field);

    /// Marks misspelt words with `spelling` (null: none), again whenever it changes.
    void setSpelling(JournalSpelling *spelling);
    JournalSpelling *spelling() const { return m_spelling; }

    /// Styles the whole text again (the palette, the font or the spelling changed).
    void restyle();
    /// Whether the highlighter is styling lines of its own accord (restyle(), a line shown
    /// for the first time): the document then reports a change that is not an edit.
    bool isRestyling() const { return m_restyling > 0; }

    /// A run of a line's text that spell checking looks at.
    struct Word {
        qsizetype start;
        qsizetype length;
    };
    /// The words of `line` that are spell checked, in order.
    static QList<Word> checkedWords(const QString &line);
    /// From this many lines on, lines away from the view are checked once shown.
    static constexpr int LazyFromBlocks = 500;
    /// Lines around the view checked with it, so that scrolling a little shows them marked.
    static constexpr int ViewMargin = 100;

protected:
    void highlightBlock(const QString &text) override;

private:
    /// Adds `format` to what the characters from `start` already have.
    void mergeFormat(qsizetype start, qsizetype length, const QTextCharFormat &format);

    /// Whether the current block's words are checked now (else once it is shown).
    bool checksNow() const;
    /// Finds the lines the field shows, and checks those whose check waits.
    void viewChanged();
    /// Marks the spelling again (another service, language or word list).
    void spellingChanged();

    /// Styles `block` again, as restyle() does the whole text.
    void restyleBlock(const QTextBlock &block);

    QPointer<QWidget> m_field;
    QPointer<JournalSpelling> m_spelling;
    QTimer m_view;
    int m_firstShown = -1; ///< block numbers of the view, found outside highlighting
    int m_lastShown = -1;
    int m_restyling = 0;
};

} // namespace Rekindle
