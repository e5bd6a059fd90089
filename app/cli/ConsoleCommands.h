// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Rekindle {

struct CommandLineOptions;

/// Everything Rekindle does without a window: --help, --version, command-line mistakes,
/// --export, --import, --backup, --check, --encrypt and --decrypt. Runs on QCoreApplication (or,
/// for HTML and PDF exports, a QGuiApplication on the offscreen platform), so no display is needed.
namespace ConsoleCommands {

    /// Creates the application object, does the work and returns the process exit status:
    /// 0 done, 1 the work failed (or --check found problems), 2 a mistake on the command line.
    int run(int argc, char *argv[]);

    /// The work of one command on an existing application object; prints to stdout/stderr.
    int execute(const CommandLineOptions &options);

} // namespace ConsoleCommands
} // namespace Rekindle
