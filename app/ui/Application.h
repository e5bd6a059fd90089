// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;
class QCoreApplication;

namespace Rekindle {

struct CommandLineOptions;

/// Start-up shared by the console and the window paths of main().
namespace Application {

    /// Names, version and translators. Call right after creating the application object.
    void initialize(QCoreApplication &app);

    /// Opens the journal the options name (or a sample one) and runs the main window until it
    /// closes. Returns the process exit status.
    int run(QApplication &app, const CommandLineOptions &options);

} // namespace Application
} // namespace Rekindle
