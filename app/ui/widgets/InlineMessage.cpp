// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"

#include <QAccessible>

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
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    setAutoFillBackground(true);
    hide();
}

void InlineMessage::showMessage(const QString &text, Kind kind)
{
    QPalette p = palette();
    // Error: the palette's highlight as a border of attention; note: a calm alternate base.
    p.setColor(QPalette::Window,
        kind == Kind::Error ? p.color(QPalette::ToolTipBase) : p.color(QPalette::AlternateBase));
    p.setColor(QPalette::WindowText,
        kind == Kind::Error ? p.color(QPalette::ToolTipText) : p.color(QPalette::Text));
    setPalette(p);
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
