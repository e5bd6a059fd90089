// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Rekindle::Icons {

/// The actions that carry an icon (DESIGN.md, "Icons").
enum Icon { NewEntry, Search, Reflect, Mood, Progress, QuickHide, Support };

/// The icon of `which`: the desktop theme's where a standard name exists and the theme has it,
/// else the bundled one (resources/icons/actions, CC0-1.0), so that every platform shows one.
QIcon icon(Icon which);

/// The icon theme's name for `which`, empty when the action is Rekindle's own and always uses
/// the bundled drawing.
QString themeName(Icon which);

/// The bundled drawing's resource path.
QString bundledPath(Icon which);

} // namespace Rekindle::Icons
