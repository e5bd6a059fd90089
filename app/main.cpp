// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/CommandLine.h"
#include "ui/Application.h"

#include <QApplication>

#include <cstdio>

using namespace Rekindle;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

/// --help, --version and mistakes are answered on the console, without a display.
int runConsole(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Application::initialize(app);
    CommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case CommandLine::Action::ShowHelp:
        std::fputs(qUtf8Printable(commandLine.helpText()), stdout);
        return 0;
    case CommandLine::Action::ShowVersion:
        std::fputs(qUtf8Printable(commandLine.versionText()), stdout);
        return 0;
    case CommandLine::Action::Fail:
        std::fprintf(stderr, "rekindle: %s\n", qUtf8Printable(commandLine.errorText()));
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                             "main", "Run 'rekindle --help' to see the options.")));
        return 2;
    case CommandLine::Action::Run:
        break;
    }
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!CommandLine::needsGui(argumentsOf(argc, argv)))
        return runConsole(argc, argv);

    QApplication app(argc, argv);
    Application::initialize(app);
    CommandLine commandLine;
    if (commandLine.parse(QCoreApplication::arguments()) != CommandLine::Action::Run)
        return 2;
    return Application::run(app, commandLine.options());
}
