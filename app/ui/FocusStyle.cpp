// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusStyle.h"

#include <QPainter>
#include <QStyleOption>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace Rekindle {
namespace {

    double luminance(const QColor &color)
    {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF());
    }

    /// Only where the keyboard really is: a view's current item also carries HasFocus.
    bool hasKeyboardFocus(const QStyleOption *option)
    {
        return option->state.testFlag(QStyle::State_HasFocus)
            && option->state.testFlag(QStyle::State_KeyboardFocusChange);
    }

} // namespace

FocusStyle::FocusStyle(QStyle *base)
    : QProxyStyle(base)
{
}

double FocusStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor FocusStyle::ringColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // Buttons too: the ring runs along a button's own face, and cards share that colour.
    const QColor button = palette.color(QPalette::Button);
    for (const QPalette::ColorRole role : { QPalette::Highlight, QPalette::Link }) {
        const QColor candidate = palette.color(role);
        if (contrast(candidate, window) >= 3.0 && contrast(candidate, base) >= 3.0
            && contrast(candidate, button) >= 3.0)
            return candidate;
    }
    return palette.color(QPalette::Text);
}

QColor FocusStyle::itemRingColor(const QPalette &palette, bool selected)
{
    return selected ? palette.color(QPalette::HighlightedText) : ringColor(palette);
}

void FocusStyle::drawRing(QPainter *painter, const QRect &rect, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(color, RingWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal inset = RingWidth / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), 3, 3);
    painter->restore();
}

void FocusStyle::drawCheckOutline(
    QPainter *painter, const QRect &rect, const QPalette &palette) const
{
    // The text colour at a strength that keeps 3:1 on the base, light or dark.
    QColor outline = palette.color(QPalette::Text);
    outline.setAlphaF(0.7f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(outline, 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    painter->restore();
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameStatusBarItem:
        // The status bar's items are plain text ("All changes saved at 20:15"): a sunken frame
        // around them reads as a field to type in (DESIGN.md, "Status area").
        return;
    case PE_FrameFocusRect:
        // Lists' current item, check box and radio labels, tabs: the ring in place of a line.
        drawRing(painter, option->rect,
            itemRingColor(option->palette, option->state.testFlag(State_Selected)));
        return;
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawCheckOutline(painter, option->rect, option->palette);
        return;
    case PE_PanelButtonCommand:
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (hasKeyboardFocus(option)
            || (option->state.testFlag(State_HasFocus) && element == PE_FrameLineEdit))
            drawRing(painter, option->rect, ringColor(option->palette));
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    const bool ringed = control == CC_ComboBox || control == CC_SpinBox || control == CC_ToolButton;
    if (ringed && option->state.testFlag(State_HasFocus) && widget && widget->hasFocus())
        drawRing(painter, option->rect, ringColor(option->palette));
}

} // namespace Rekindle
