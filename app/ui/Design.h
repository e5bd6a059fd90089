// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tones.h"

#include <QFont>
#include <QPalette>
#include <QScreen>
#include <QWidget>

namespace Rekindle::Design {

/// The spacing scale (DESIGN.md, "Spacing"): every gap and margin in the step pages is one of
/// these, so that pages line up with each other.
namespace Space {
    inline constexpr int XS = 4; ///< inside a control group (a label and its field)
    inline constexpr int S = 8; ///< between controls in a row
    inline constexpr int M = 12; ///< between rows of a form, inside a card
    inline constexpr int L = 16; ///< between a card and the content under it, page margins
    inline constexpr int XL = 24; ///< between unrelated blocks
} // namespace Space

/// The bundled icons' stroke (resources/icons/actions): 3:1 or more on the window, the fields
/// and the cards of both themes (DESIGN.md's table checks it).
inline const QColor IconColour { 0xc0, 0x67, 0x4c };

/// The card's corner radius and the depth of its shadow (DESIGN.md, "Step header cards").
inline constexpr int CardRadius = 8;
inline constexpr int CardShadow = 2;

/// The type scale (DESIGN.md, "Type"): sizes are factors of the body font the person chose,
/// never fixed points, so that the desktop's font size and scale factor carry through.
enum class TextStyle { Body, Caption, Heading, Title };

inline QFont font(const QFont &body, TextStyle style)
{
    QFont font = body;
    switch (style) {
    case TextStyle::Body:
        break;
    case TextStyle::Caption:
        font.setPointSizeF(body.pointSizeF() * 0.9);
        break;
    case TextStyle::Heading:
        font.setPointSizeF(body.pointSizeF() * 1.1);
        font.setWeight(QFont::DemiBold);
        break;
    case TextStyle::Title:
        font.setPointSizeF(body.pointSizeF() * 1.25);
        font.setBold(true);
        break;
    }
    return font;
}

/// A card's surface: a step above the window. In light themes the white of fields, in dark
/// ones a shade lighter than the window (dark fields are sunken, below the window).
inline QColor cardColor(const QPalette &palette)
{
    return Tones::isDark(palette) ? palette.color(QPalette::Button) : palette.color(QPalette::Base);
}

/// The card's hairline border, visible but quiet on the window.
inline QColor cardBorder(const QPalette &palette)
{
    return Tones::isDark(palette) ? palette.color(QPalette::Light) : palette.color(QPalette::Mid);
}

/// The share of its screen a window or dialog may take when it first opens.
inline constexpr double MostOfTheScreen = 0.92;

/// Gives `window` the size it asks for, but never more than most of the screen it opens on:
/// a 1024x700 screen at a scale of 1.5 has 683x467 pixels to offer, and a dialog taller than
/// that would hide its buttons below the screen's edge.
inline void resizeWithinScreen(QWidget *window, QSize wanted)
{
    if (const QScreen *screen = window->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * MostOfTheScreen);
    window->resize(wanted);
}

} // namespace Rekindle::Design
