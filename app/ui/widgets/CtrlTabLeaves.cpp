// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtrlTabLeaves.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace Rekindle {

CtrlTabLeaves::CtrlTabLeaves(QWidget *edit)
    : QObject(edit)
{
}

void CtrlTabLeaves::install(QPlainTextEdit *edit)
{
    edit->setTabChangesFocus(false);
    attach(edit);
}

void CtrlTabLeaves::install(QTextEdit *edit)
{
    edit->setTabChangesFocus(false);
    attach(edit);
}

void CtrlTabLeaves::attach(QWidget *edit)
{
    edit->installEventFilter(new CtrlTabLeaves(edit));
    edit->setToolTip(hint());
    edit->setAccessibleDescription(hint());
}

QString CtrlTabLeaves::hint()
{
    return tr("Tab types a tab here; %1 moves on to the next control, %2 back.")
        .arg(QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText));
}

bool CtrlTabLeaves::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
    if (!tab || !key->modifiers().testFlag(Qt::ControlModifier))
        return QObject::eventFilter(watched, event);
    if (type == QEvent::ShortcutOverride) {
        // Ours, not a window shortcut's.
        event->accept();
        return true;
    }
    auto *edit = static_cast<QWidget *>(watched);
    const bool back = key->key() == Qt::Key_Backtab || key->modifiers().testFlag(Qt::ShiftModifier);
    // The next control in the window's focus chain that can take Tab focus, as Tab would.
    QWidget *next = edit;
    do {
        next = back ? next->previousInFocusChain() : next->nextInFocusChain();
    } while (next && next != edit
        && !(next->isVisible() && next->isEnabled() && next->focusPolicy() & Qt::TabFocus
            && !next->focusProxy()));
    if (next && next != edit)
        next->setFocus(back ? Qt::BacktabFocusReason : Qt::TabFocusReason);
    return true;
}

} // namespace Rekindle
