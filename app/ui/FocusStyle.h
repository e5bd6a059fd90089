// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Rekindle {

/// The application's style over a base style (Fusion for the light and dark themes): it
/// draws what keyboard and low-vision users need to see, whatever the palette.
/// - Focus is a 2-pixel ring in a colour with at least 3:1 contrast against the window, on
///   every control that has the keyboard (buttons, fields, boxes, lists' current item, tabs),
///   instead of Fusion's faint 1-pixel line.
/// - Check boxes, including those inside tables, get an outline with that contrast too, so
///   they show on a dark base (Fusion's outline is a darker shade of the window).
/// - The status bar's items get no sunken frame: they are text, not fields.
/// - The toolbar's overflow button ("more actions") shows its chevrons in the button's text
///   colour; Fusion draws them in a fixed dark grey that the dark theme hides.
class FocusStyle final : public QProxyStyle {
    Q_OBJECT

public:
    /// Takes ownership of `base`.
    explicit FocusStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
        QPainter *painter, const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;

    /// The chevrons of the toolbar's overflow button, pointing along `orientation` (to the
    /// left right to left), in the application palette's button text colour at the time they
    /// are drawn: sharp at every size and device pixel ratio.
    static QIcon chevronIcon(Qt::Orientation orientation, Qt::LayoutDirection direction);

    /// The ring's colour for `palette`: its highlight, link or text colour, whichever first
    /// reaches 3:1 against the window, the base and the button face.
    static QColor ringColor(const QPalette &palette);
    /// WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);

    /// The ring's colour on an item: ringColor(), or the highlighted text's colour on a
    /// selected item, where the highlight would hide a ring of its own colour.
    static QColor itemRingColor(const QPalette &palette, bool selected);
    /// Draws the 2-pixel ring inside `rect`: for delegates that paint items themselves.
    static void drawRing(QPainter *painter, const QRect &rect, const QColor &color);

    static constexpr int RingWidth = 2;

private:
    void drawCheckOutline(QPainter *painter, const QRect &rect, const QPalette &palette) const;
};

} // namespace Rekindle
