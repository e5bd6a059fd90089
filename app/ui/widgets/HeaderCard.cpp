// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderCard.h"

#include "ui/Design.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Rekindle {

HeaderCard::HeaderCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"stepHeaderCard"_s);
    setFrameShape(QFrame::NoFrame);
    // The shadow is drawn inside the widget, below the card: room for it in the margins.
    setContentsMargins(Design::Space::L, Design::Space::M, Design::Space::L,
        Design::Space::M + Design::CardShadow);
    // Not capped at its size hint: the hint is measured at a wide width, and a narrower card
    // needs more lines for its wrapped title and guidance (its height for width).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void HeaderCard::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5 - Design::CardShadow);
    // The shadow: the card's outline, moved down and drawn in a faint shade of the theme's
    // shadow colour, so it lifts the card in light and dark alike.
    QColor shadow = palette().color(QPalette::Shadow);
    shadow.setAlphaF(0.12f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(shadow);
    painter.drawRoundedRect(
        card.translated(0, Design::CardShadow), Design::CardRadius, Design::CardRadius);
    painter.setPen(QPen(Design::cardBorder(palette()), 1.0));
    painter.setBrush(Design::cardColor(palette()));
    painter.drawRoundedRect(card, Design::CardRadius, Design::CardRadius);
}

} // namespace Rekindle
