// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Rekindle::ParentConsole {

/// Connects stdout and stderr to the console of the terminal Rekindle was started from, so
/// that `--version`, `--help`, `--export`, `--check` and their errors print there.
/// On Windows rekindle.exe is a GUI program (no console window of its own when started from
/// the menu), and Windows gives such a program no standard streams: this attaches to the
/// parent's console when there is one. Streams already redirected to a file or a pipe are
/// kept. Does nothing on other systems, or when started without a console (from Explorer).
void attach();

} // namespace Rekindle::ParentConsole
