// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QTextEdit;
class QToolButton;

namespace Rekindle {

/// The small formatting bar above an entry's text: bold, italic, heading, list and quote, as
/// Markdown markup typed into the text (see MarkdownFormatting).
///
/// Its shortcuts belong to the text field (they do nothing in the title); its buttons are
/// reached with Tab, and Left and Right move between them. A read-only text is left alone.
class MarkdownBar final : public QWidget {
    Q_OBJECT

public:
    explicit MarkdownBar(QTextEdit *edit, QWidget *parent = nullptr);

    QList<QToolButton *> buttons() const { return m_buttons; }
    QList<QAction *> actions() const { return m_actions; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addButton(const QString &objectName, const QString &glyph, const QString &name,
        const QKeySequence &shortcut);

    QTextEdit *m_edit;
    QList<QAction *> m_actions;
    QList<QToolButton *> m_buttons;
};

} // namespace Rekindle
