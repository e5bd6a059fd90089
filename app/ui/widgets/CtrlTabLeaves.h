// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QPlainTextEdit;
class QTextEdit;

namespace Rekindle {

/// For a text field where Tab is typed (a journal entry's body: Markdown indents with it):
/// Ctrl+Tab moves the focus on and Ctrl+Shift+Tab back, as Qt's text fields document, and the
/// field's tooltip and accessible description say so (DESIGN.md, "Focus"). It takes the keys
/// before the enclosing tab widget, which would otherwise switch sections with them.
class CtrlTabLeaves final : public QObject {
    Q_OBJECT

public:
    /// Typed Tabs for `edit`, Ctrl+Tab out; owned by `edit`.
    static void install(QPlainTextEdit *edit);
    static void install(QTextEdit *edit);
    /// The sentence the field's tooltip and accessible description carry.
    static QString hint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CtrlTabLeaves(QWidget *edit);
    static void attach(QWidget *edit);
};

} // namespace Rekindle
