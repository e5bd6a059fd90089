// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/JournalSpelling.h"

#include <QPointer>
#include <QSyntaxHighlighter>

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
class WritingHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT

public:
    /// Highlights `field`'s document with `field`'s palette.
    explicit WritingHighlighter(QWidget *field);

    /// Marks misspelt words with `spelling` (null: none), again whenever it changes.
    void setSpelling(JournalSpelling *spelling);
    JournalSpelling *spelling() const { return m_spelling; }

    /// A run of a line's text that spell checking looks at.
    struct Word {
        qsizetype start;
        qsizetype length;
    };
    /// The words of `line` that are spell checked, in order.
    static QList<Word> checkedWords(const QString &line);

protected:
    void highlightBlock(const QString &text) override;

private:
    /// Adds `format` to what the characters from `start` already have.
    void mergeFormat(qsizetype start, qsizetype length, const QTextCharFormat &format);

    QPointer<QWidget> m_field;
    QPointer<JournalSpelling> m_spelling;
};

} // namespace Rekindle
