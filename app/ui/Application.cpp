// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "Appearance.h"
#include "JournalWindows.h"
#include "TerminationHandler.h"
#include "widgets/FileDialogNames.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace Rekindle::Application {

int run(QApplication &app, const CommandLineOptions &options)
{
    QApplication::setWindowIcon(QIcon(u":/icons/org.rekindle.rekindle.svg"_s));
    QApplication::setDesktopFileName(u"org.rekindle.rekindle"_s);
    Appearance::apply(Appearance::saved());
    FileDialogNames::install(app);

    // A journal that cannot be opened leads to the recovery window, never to an exit.
    JournalWindows windows(options);
    if (!windows.start())
        return 1;
    TerminationHandler termination;
    // run() is handed the application whose loop it runs, so that it cannot run before one exists.
    // NOLINTNEXTLINE(readability-static-accessed-through-instance): the loop of that `app`
    return app.exec();
}

} // namespace Rekindle::Application
