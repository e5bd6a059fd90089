// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace Rekindle::Appearance {

/// The look the person chose in View ▸ Appearance. "System" follows the desktop.
enum class Theme { System, Light, Dark };

/// The saved choice (QSettings), System when none.
Theme saved();
void save(Theme theme);

/// Applies a theme to the running application. Light and Dark use the Fusion style so that
/// they look the same on every platform.
void apply(Theme theme);

/// The calm light palette: warm off-white window, white fields, ember accents. Every text and
/// background pair reaches WCAG AA (4.5:1); app/ui/DESIGN.md lists them, and tst_design checks
/// that the document and these colours agree.
QPalette lightPalette();
/// The calm dark palette, with the same contrast guarantees, for long reading at night.
QPalette darkPalette();

} // namespace Rekindle::Appearance
