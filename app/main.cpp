// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ParentConsole.h"
#include "cli/ConsoleCommands.h"
#include "cli/Startup.h"
#include "core/CommandLine.h"
#include "ui/Application.h"

#include <QApplication>

using namespace Rekindle;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    // Help, version, mistakes, export, import, backup, check, encrypt and decrypt need no
    // display.
    if (!CommandLine::needsGui(argumentsOf(argc, argv))) {
        ParentConsole::attach();
        return ConsoleCommands::run(argc, argv);
    }

    QApplication app(argc, argv);
    Startup::initialize(app);
    CommandLine commandLine;
    if (commandLine.parse(QCoreApplication::arguments()) != CommandLine::Action::Run)
        return 2;
    return Application::run(app, commandLine.options());
}
