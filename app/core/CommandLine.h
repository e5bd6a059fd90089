// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace Rekindle {

/// What the person asked for on the command line.
struct CommandLineOptions
{
    static constexpr int DefaultDemoDays = 120;
    static constexpr int MaxDemoDays = 36500;

    QString dataDir; ///< empty: the standard location
    bool demo = false;
    int demoDays = DefaultDemoDays;
    double demoEntriesPerDay = 1.2;
};

/// Parses Rekindle's command line. Knows, before any application object exists, whether the
/// request needs a display at all: --help, --version and mistakes are answered on the console.
class CommandLine
{
public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    /// True unless the arguments ask only for console output (help, version, an error).
    static bool needsGui(const QStringList &arguments);

    /// Construct after the translators are installed: option descriptions are translated here.
    CommandLine();

    Action parse(const QStringList &arguments);
    const CommandLineOptions &options() const { return m_options; }

    QString helpText() const;
    QString versionText() const;
    /// Why parsing failed, translated.
    QString errorText() const { return m_error; }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_demo;
    QCommandLineOption m_demoDays;
    QCommandLineOption m_demoDensity;
    CommandLineOptions m_options;
    QString m_error;
};

} // namespace Rekindle
