// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Rekindle {

struct CommandLineOptions;

/// The window path of main() (the console path is ConsoleCommands; both start with
/// Startup::initialize()).
namespace Application {

    /// Opens the journal the options name (or a sample one) and runs the main window until it
    /// closes. Returns the process exit status.
    int run(QApplication &app, const CommandLineOptions &options);

} // namespace Application
} // namespace Rekindle
