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
#include <QPushButton>
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

    /// Asked when another computer holds the journal: it may be off, or still open there.
    bool offerTakeOver(const QString &computer, const QString &message)
    {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Rekindle"), message);
        box.setObjectName(u"lockedElsewhere"_s);
        box.setInformativeText(QObject::tr("Take over only if Rekindle is closed on “%1”: what "
                                           "is typed there afterwards may be lost.")
                                   .arg(computer));
        QPushButton *takeOver = box.addButton(QObject::tr("Take Over"), QMessageBox::AcceptRole);
        QPushButton *quit = box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(quit);
        box.setEscapeButton(quit);
        box.exec();
        return box.clickedButton() == takeOver;
    }

} // namespace

int run(QApplication &app, const CommandLineOptions &options)
{
    QApplication::setWindowIcon(QIcon(u":/icons/org.rekindle.rekindle.svg"_s));
    QApplication::setDesktopFileName(u"org.rekindle.rekindle"_s);
    Appearance::apply(Appearance::saved());

    // A sample journal lives in a temporary folder that disappears on exit.
    auto session = JournalSession::open(options);
    if (!session) {
        const auto computer = JournalSession::lockingComputer(options);
        if (computer && offerTakeOver(*computer, session.error().message)) {
            if (Status status = JournalSession::takeOverLock(options); !status)
                return fail(QObject::tr("Rekindle"), status.error().message, status.error().detail);
            session = JournalSession::open(options);
        } else if (computer) {
            std::fprintf(stderr, "rekindle: %s\n", qUtf8Printable(session.error().message));
            return 1;
        }
    }
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
    // run() is handed the application whose loop it runs, so that it cannot run before one exists.
    // NOLINTNEXTLINE(readability-static-accessed-through-instance): the loop of that `app`
    return app.exec();
}

} // namespace Rekindle::Application
