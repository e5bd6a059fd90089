// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "Appearance.h"
#include "CareActions.h"
#include "MainWindow.h"
#include "TerminationHandler.h"
#include "core/CommandLine.h"
#include "models/JournalSession.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Rekindle::Application {
namespace {

    int fail(const QString &title, const QString &message, const QString &detail)
    {
        std::fprintf(stderr, "rekindle: %s\n", qUtf8Printable(message));
        if (!detail.isEmpty())
            std::fprintf(stderr, "rekindle: (%s)\n", qUtf8Printable(detail));
        QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close);
        box.setObjectName(u"startupError"_s);
        box.exec();
        return 1;
    }

} // namespace

int run(QApplication &app, const CommandLineOptions &options)
{
    QApplication::setWindowIcon(QIcon(u":/icons/org.rekindle.Rekindle.svg"_s));
    QApplication::setDesktopFileName(u"org.rekindle.Rekindle"_s);
    Appearance::apply(Appearance::saved());

    // A sample journal lives in a temporary folder that disappears on exit.
    auto session = JournalSession::open(options);
    if (!session)
        return fail(QObject::tr("Rekindle"), session.error().message, session.error().detail);

    MainWindow window((*session)->journal());
    TerminationHandler termination;
    if (options.demo)
        window.setWindowTitle(QObject::tr("Rekindle — Sample Journal"));
    window.show();
    // The welcome comes once per journal, never over a sample journal.
    if (!options.demo)
        QTimer::singleShot(0, window.careActions(), &CareActions::welcomeIfFirstRun);
    return app.exec();
}

} // namespace Rekindle::Application
