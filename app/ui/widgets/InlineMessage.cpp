// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"

#include <QAccessible>
#include <QEvent>

namespace Rekindle {

InlineMessage::InlineMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Selectable text takes the focus on a click; while empty there is nothing to reach (and a
    // focusable control without a name would confuse screen readers).
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setMargin(4);
    hide();
}

void InlineMessage::reserveSpace(bool reserve)
{
    m_reserve = reserve;
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(reserve);
    setSizePolicy(policy);
    reserveOneLine();
}

void InlineMessage::reserveOneLine()
{
    setMinimumHeight(m_reserve ? fontMetrics().lineSpacing() + 2 * margin() : 0);
}

void InlineMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        reserveOneLine();
    QLabel::changeEvent(event);
}

void InlineMessage::showMessage(const QString &text, Kind kind)
{
    // Error: a softly tinted band that draws the eye; note: plain text on the window. Only
    // these two roles are set, so everything else still follows the theme.
    const bool error = kind == Kind::Error;
    QPalette p;
    if (error) {
        const QPalette inherited = parentWidget() ? parentWidget()->palette() : palette();
        p.setColor(QPalette::Window, inherited.color(QPalette::ToolTipBase));
        p.setColor(QPalette::WindowText, inherited.color(QPalette::ToolTipText));
    }
    setPalette(p);
    setAutoFillBackground(error);
    setText(text);
    setAccessibleName(text);
    setFocusPolicy(Qt::ClickFocus);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void InlineMessage::clearMessage()
{
    clear();
    setAccessibleName(QString());
    setFocusPolicy(Qt::NoFocus);
    hide();
}

} // namespace Rekindle
