// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

/// Start-up shared by the console and the window paths of main(). QtCore only, so that the
/// console commands need no widgets.
namespace Rekindle::Startup {

/// Names, version, translators, and SIGXFSZ ignored (a size limit fails a write instead of
/// killing the process). Call right after creating the application object.
void initialize(QCoreApplication &app);

} // namespace Rekindle::Startup
