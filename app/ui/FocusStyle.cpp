// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusStyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
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

    /// Two chevrons drawn with the painter at whatever size is asked (no pixmap to scale), in
    /// the application palette's button text colour as it is when they are drawn: a switch
    /// of theme recolours the button Qt made once.
    class ChevronEngine final : public QIconEngine {
    public:
        ChevronEngine(Qt::Orientation orientation, Qt::LayoutDirection direction)
            : m_orientation(orientation)
            , m_direction(direction)
        {
        }

        void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
        {
            const QColor color = QGuiApplication::palette().color(
                mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                QPalette::ButtonText);
            const qreal side = std::min(rect.width(), rect.height());
            const QRectF box(
                QRectF(rect).center() - QPointF(side / 2, side / 2), QSizeF(side, side));
            QPainterPath path;
            // "››" in a square: two chevrons a third of the side apart, each half as deep.
            for (const qreal offset : { 0.18, 0.52 }) {
                const auto point = [&](qreal along, qreal across) {
                    // Right to left, the folded actions are on the left: the chevrons too.
                    if (m_orientation == Qt::Horizontal && m_direction == Qt::RightToLeft)
                        along = 1 - along;
                    return m_orientation == Qt::Horizontal
                        ? QPointF(box.left() + along * side, box.top() + across * side)
                        : QPointF(box.left() + across * side, box.top() + along * side);
                };
                path.moveTo(point(offset, 0.22));
                path.lineTo(point(offset + 0.28, 0.5));
                path.lineTo(point(offset, 0.78));
            }
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(
                QPen(color, std::max(1.5, side / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(path);
            painter->restore();
        }

        /// `size` is in device pixels (QIconEngine::scaledPixmap() asks for them so).
        QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
        {
            QPixmap pixmap(size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
            return pixmap;
        }

        QIconEngine *clone() const override
        {
            return new ChevronEngine(m_orientation, m_direction);
        }

    private:
        Qt::Orientation m_orientation;
        Qt::LayoutDirection m_direction;
    };

} // namespace

FocusStyle::FocusStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon FocusStyle::standardIcon(
    StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton) {
        const Qt::LayoutDirection direction = option ? option->direction
            : widget                                 ? widget->layoutDirection()
                                                     : QGuiApplication::layoutDirection();
        return chevronIcon(
            icon == SP_ToolBarHorizontalExtensionButton ? Qt::Horizontal : Qt::Vertical, direction);
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

QIcon FocusStyle::chevronIcon(Qt::Orientation orientation, Qt::LayoutDirection direction)
{
    return QIcon(new ChevronEngine(orientation, direction));
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
