// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

namespace Rekindle {

class JournalSpelling;
class WritingHighlighter;

/// The text field of the writing space: plain text only, set in a column of comfortable
/// reading width centred in the field, with generous line spacing.
///
/// The column is made with viewport margins, so the field still fills its pane (and its
/// scroll bar stays at the pane's edge). Line spacing is a block format: it is given to the
/// blocks of a loaded text outside the undo history (applyLineSpacing()), new blocks inherit
/// it as they are typed, and blocks that arrive without it (a paste) get it in the same undo
/// step. Block formats never reach the text (see ExactPlainText).
///
/// With a spelling service, a misspelt word's context menu starts with suggestions, "Add to
/// Dictionary" and "Ignore" above the standard entries.
class WritingEdit final : public QTextEdit {
    Q_OBJECT

public:
    /// The widest line, in average characters of the font.
    static constexpr int ColumnChars = 70;
    /// Line height, in percent of the font's own line spacing.
    static constexpr int LineHeightPercent = 140;

    explicit WritingEdit(QWidget *parent = nullptr);

    /// Gives every block the line spacing without an undo step (after loading a text).
    void applyLineSpacing();
    /// The width of the text column in pixels, margins of the document included.
    int columnWidth() const;
    WritingHighlighter *highlighter() const { return m_highlighter; }
    void setSpelling(JournalSpelling *spelling);
    /// The context menu for `position` (viewport coordinates); the caller owns it.
    QMenu *createContextMenu(const QPoint &position);

Q_SIGNALS:
    /// The text or its layout changed by an edit (typing, a paste, undo, a correction from the
    /// menu, a loaded text): unlike textChanged(), not when only the styling changed (the
    /// spelling marks, a theme or font switch, lines styled as they scroll into view).
    void textEdited();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateMargins();
    void onContentsChange(int position, int removed, int added);
    void fixLineSpacing();

    WritingHighlighter *m_highlighter;
    bool m_fixPending = false;
    bool m_updatingMargins = false;
};

} // namespace Rekindle
