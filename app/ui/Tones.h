// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace Rekindle::Tones {

/// True when the palette's base is dark.
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

/// A colour of `hue` (0–359) that reads well on `palette`'s base, light or dark: the one way
/// charts and highlights pick distinct colours, independent of the palette's own accents
/// (which in the dark theme are all shades of one ember).
inline QColor tone(int hue, const QPalette &palette, double alpha = 1.0)
{
    QColor color = QColor::fromHsl(((hue % 360) + 360) % 360, 150, isDark(palette) ? 165 : 110);
    color.setAlphaF(float(alpha));
    return color;
}

} // namespace Rekindle::Tones
