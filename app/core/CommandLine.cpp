// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rekindle::CommandLine", text);
}

} // namespace

bool CommandLine::needsGui(const QStringList &arguments)
{
    CommandLine commandLine;
    return commandLine.parse(arguments) == Action::Run;
}

CommandLine::CommandLine()
    : m_dataDir(QStringList { u"data-dir"_s },
                tr("Keep the journal in <folder> instead of the standard location."),
                tr("folder"))
    , m_demo(QStringList { u"demo"_s },
             tr("Open a sample journal in a temporary folder, to look around. Your own journal "
                "is not touched."))
    , m_demoDays(QStringList { u"demo-days"_s },
                 tr("How many days of history the sample journal has (1 to 36500)."), tr("days"),
                 QString::number(CommandLineOptions::DefaultDemoDays))
    , m_demoDensity(QStringList { u"demo-entries-per-day"_s },
                    tr("Average journal entries per day in the sample journal (0.1 to 20)."),
                    tr("number"), u"1.2"_s)
{
    m_parser.setApplicationDescription(
            tr("A private journal that walks you through five steps after a breakup."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_dataDir);
    m_parser.addOption(m_demo);
    m_parser.addOption(m_demoDays);
    m_parser.addOption(m_demoDensity);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
}

CommandLine::Action CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Action::Fail;
    }
    if (m_parser.isSet(u"help"_s) || m_parser.isSet(u"help-all"_s))
        return Action::ShowHelp;
    if (m_parser.isSet(u"version"_s))
        return Action::ShowVersion;
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst());
        return Action::Fail;
    }

    m_options.dataDir = m_parser.value(m_dataDir);
    if (m_parser.isSet(m_dataDir) && m_options.dataDir.trimmed().isEmpty()) {
        m_error = tr("--data-dir needs a folder.");
        return Action::Fail;
    }
    m_options.demo = m_parser.isSet(m_demo);
    bool ok = false;
    m_options.demoDays = m_parser.value(m_demoDays).toInt(&ok);
    if (!ok || m_options.demoDays < 1 || m_options.demoDays > CommandLineOptions::MaxDemoDays) {
        m_error = tr("--demo-days must be a whole number from 1 to 36500.");
        return Action::Fail;
    }
    m_options.demoEntriesPerDay = m_parser.value(m_demoDensity).toDouble(&ok);
    if (!ok || m_options.demoEntriesPerDay < 0.1 || m_options.demoEntriesPerDay > 20) {
        m_error = tr("--demo-entries-per-day must be a number from 0.1 to 20.");
        return Action::Fail;
    }
    if ((m_parser.isSet(m_demoDays) || m_parser.isSet(m_demoDensity)) && !m_options.demo)
        m_options.demo = true;
    return Action::Run;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText() const
{
    return u"%1 %2\n"_s.arg(QCoreApplication::applicationName(),
                            QCoreApplication::applicationVersion())
            + tr("License GPL-3.0-or-later. Everything you write stays on this computer.")
            + u'\n';
}

} // namespace Rekindle
