// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "Appearance.h"
#include "CareActions.h"
#include "MainWindow.h"
#include "TerminationHandler.h"
#include "core/CommandLine.h"
#include "storage/DemoJournal.h"
#include "storage/Journal.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Rekindle::Application {
namespace {

    void installTranslator(QCoreApplication &app, const QString &name, const QString &directory)
    {
        auto *translator = new QTranslator(&app);
        if (translator->load(QLocale(), name, u"_"_s, directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }

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

void initialize(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(u"Rekindle"_s);
    QCoreApplication::setOrganizationDomain(u"rekindle.org"_s);
    QCoreApplication::setApplicationName(u"Rekindle"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REKINDLE_VERSION));
    installTranslator(app, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(app, u"rekindle"_s, u":/i18n"_s);
}

int run(QApplication &app, const CommandLineOptions &options)
{
    QApplication::setWindowIcon(QIcon(u":/icons/org.rekindle.Rekindle.svg"_s));
    QApplication::setDesktopFileName(u"org.rekindle.Rekindle"_s);
    Appearance::apply(Appearance::saved());

    // A sample journal lives in a temporary folder that disappears on exit.
    QTemporaryDir demoDir;
    QString directory = options.dataDir.isEmpty() ? Journal::defaultDirectory() : options.dataDir;
    if (options.demo) {
        if (!demoDir.isValid())
            return fail(QObject::tr("Rekindle"),
                QObject::tr("Rekindle could not create a folder for the sample "
                            "journal."),
                demoDir.errorString());
        directory = demoDir.path();
    }

    auto journal = Journal::open(directory);
    if (!journal)
        return fail(QObject::tr("Rekindle"), journal.error().message, journal.error().detail);
    if (options.demo) {
        DemoJournal::Options demo;
        demo.days = options.demoDays;
        demo.entriesPerDay = options.demoEntriesPerDay;
        if (Status status = DemoJournal::generate(**journal, demo); !status)
            return fail(QObject::tr("Rekindle"), status.error().message, status.error().detail);
    }

    MainWindow window(**journal);
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
