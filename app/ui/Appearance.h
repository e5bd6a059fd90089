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

/// A calm dark palette with enough contrast for long reading.
QPalette darkPalette();

} // namespace Rekindle::Appearance
