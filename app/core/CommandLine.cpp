// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "core/Translation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::CommandLine", text);
    }

} // namespace

QStringList CommandLine::exportFormats()
{
    return { u"json"_s, u"csv"_s, u"markdown"_s, u"html"_s, u"pdf"_s };
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    CommandLine commandLine;
    return commandLine.parse(withoutToolkitOptions(arguments)) == Action::Run
        && commandLine.options().command == CommandLineOptions::Command::None;
}

QStringList CommandLine::withoutToolkitOptions(const QStringList &arguments)
{
    // The options of QGuiApplication and QApplication ("Supported Command Line Options").
    static const QStringList withValue { u"style"_s, u"stylesheet"_s, u"platform"_s,
        u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s, u"qwindowgeometry"_s,
        u"qwindowicon"_s, u"qwindowtitle"_s, u"session"_s, u"display"_s, u"geometry"_s,
        u"qmljsdebugger"_s, u"dialogs"_s, u"fontengine"_s };
    static const QStringList flags { u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s };
    QStringList kept;
    kept.reserve(arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // The program's name and what is no option stay. Like QApplication, this knows no
        // option of Rekindle's: "--data-dir -reverse" loses its "-reverse" here as there.
        if (i == 0 || !argument.startsWith(u'-')) {
            kept << argument;
            continue;
        }
        QStringView name = QStringView(argument).mid(argument.startsWith(u"--"_s) ? 2 : 1);
        const qsizetype equals = name.indexOf(u'=');
        if (equals >= 0) {
            if (withValue.contains(name.left(equals)))
                continue;
        } else if (flags.contains(name)) {
            continue;
        } else if (withValue.contains(name) && i + 1 < arguments.size()) {
            ++i; // and its value
            continue;
        }
        kept << argument;
    }
    return kept;
}

CommandLine::CommandLine()
    : m_dataDir(QStringList { u"data-dir"_s },
        tr("Keep the journal in <folder> instead of the standard location."), tr("folder"))
    , m_demo(QStringList { u"demo"_s },
          tr("Open a sample journal in a temporary folder, to look around. Your own journal "
             "is not touched."))
    , m_demoDays(QStringList { u"demo-days"_s },
          tr("How many days of history the sample journal has (1 to 36500)."), tr("days"),
          QString::number(CommandLineOptions::DefaultDemoDays))
    , m_demoDensity(QStringList { u"demo-entries-per-day"_s },
          tr("Average journal entries per day in the sample journal (0.1 to 20)."), tr("number"),
          u"1.2"_s)
    , m_export(QStringList { u"export"_s },
          tr("Export the journal to FILE as <format> (json, csv, markdown, html or pdf), "
             "without opening a window. Unless --encrypt-export is given, the file is not "
             "encrypted: anyone who gets it can read it."),
          tr("format"))
    , m_import(QStringList { u"import"_s },
          tr("Import a JSON export into the journal, adding what it does not have yet."),
          tr("file"))
    , m_replace(QStringList { u"replace"_s },
          tr("With --import: replace the journal's content with the file's."))
    , m_backup(QStringList { u"backup"_s }, tr("Write a backup copy of the journal into <folder>."),
          tr("folder"))
    , m_check(QStringList { u"check"_s },
          tr("Check the journal for damage and report; exit status 0 when healthy."))
    , m_from(QStringList { u"from"_s }, tr("With --export: only from this day (YYYY-MM-DD)."),
          tr("day"))
    , m_to(QStringList { u"to"_s }, tr("With --export: only up to this day (YYYY-MM-DD)."),
          tr("day"))
    , m_step(QStringList { u"step"_s }, tr("With --export: only this step (1 to 5)."), tr("step"))
    , m_encrypt(QStringList { u"encrypt"_s },
          tr("Protect the journal with a passphrase: every text is encrypted. Asks for the new "
             "passphrase twice (or reads --passphrase-file), then shows the recovery key once."))
    , m_decrypt(QStringList { u"decrypt"_s },
          tr("Turn the journal's encryption off, after a confirmation: every text is then "
             "stored readable again."))
    , m_yes(QStringList { u"yes"_s }, tr("With --decrypt: do not ask for a confirmation."))
    , m_passphraseFile(QStringList { u"passphrase-file"_s },
          tr("Read the journal's passphrase (with --encrypt: the new one) from the first line "
             "of <file> instead of asking on the terminal. The way for scripts: keep the file "
             "private."),
          tr("file"))
    , m_encryptExport(QStringList { u"encrypt-export"_s },
          tr("With --export json: encrypt the file with a passphrase of its own, asked twice "
             "on the terminal or read from --export-passphrase-file."))
    , m_exportPassphraseFile(QStringList { u"export-passphrase-file"_s },
          tr("The passphrase of an encrypted export (to write with --encrypt-export, or to "
             "read with --import), from the first line of <file>."),
          tr("file"))
{
    m_parser.setApplicationDescription(
        tr("A private journal that walks you through five steps after a breakup."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_dataDir);
    m_parser.addOption(m_demo);
    m_parser.addOption(m_demoDays);
    m_parser.addOption(m_demoDensity);
    for (const QCommandLineOption *option :
        { &m_export, &m_import, &m_replace, &m_backup, &m_check, &m_from, &m_to, &m_step })
        m_parser.addOption(*option);
    for (const QCommandLineOption *option : { &m_encrypt, &m_decrypt, &m_yes, &m_passphraseFile,
             &m_encryptExport, &m_exportPassphraseFile })
        m_parser.addOption(*option);
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
    if (!parseCommand())
        return Action::Fail;

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

bool CommandLine::parseCommand()
{
    using Command = CommandLineOptions::Command;
    QStringList positional = m_parser.positionalArguments();
    int commands = 0;
    if (m_parser.isSet(m_export)) {
        ++commands;
        m_options.command = Command::Export;
        m_options.exportFormat = m_parser.value(m_export).toLower();
        if (m_options.exportFormat == u"md"_s)
            m_options.exportFormat = u"markdown"_s;
        if (!exportFormats().contains(m_options.exportFormat)) {
            m_error = tr("--export needs a format: %1.").arg(exportFormats().join(u", "_s));
            return false;
        }
        if (positional.isEmpty()) {
            m_error = tr("--export needs the file to write, e.g. --export json journal.json");
            return false;
        }
        m_options.file = positional.takeFirst();
    }
    if (m_parser.isSet(m_import)) {
        ++commands;
        m_options.command = Command::Import;
        m_options.file = m_parser.value(m_import);
    }
    if (m_parser.isSet(m_backup)) {
        ++commands;
        m_options.command = Command::Backup;
        m_options.file = m_parser.value(m_backup);
    }
    if (m_parser.isSet(m_check)) {
        ++commands;
        m_options.command = Command::Check;
    }
    if (m_parser.isSet(m_encrypt)) {
        ++commands;
        m_options.command = Command::Encrypt;
    }
    if (m_parser.isSet(m_decrypt)) {
        ++commands;
        m_options.command = Command::Decrypt;
    }
    if (commands > 1) {
        m_error = tr("Use one of --export, --import, --backup, --check, --encrypt and --decrypt "
                     "at a time.");
        return false;
    }
    if (!positional.isEmpty()) {
        m_error = tr("Unexpected argument: %1").arg(positional.constFirst());
        return false;
    }
    if ((m_options.command == Command::Import || m_options.command == Command::Backup)
        && m_options.file.trimmed().isEmpty()) {
        m_error = tr("--import and --backup need a file or folder.");
        return false;
    }
    m_options.importReplace = m_parser.isSet(m_replace);
    if (m_options.importReplace && m_options.command != Command::Import) {
        m_error = tr("--replace goes with --import.");
        return false;
    }
    const bool scoped = m_parser.isSet(m_from) || m_parser.isSet(m_to) || m_parser.isSet(m_step);
    if (scoped && m_options.command != Command::Export) {
        m_error = tr("--from, --to and --step go with --export.");
        return false;
    }
    for (const auto &[option, day] :
        { std::pair { &m_from, &m_options.from }, std::pair { &m_to, &m_options.to } }) {
        if (!m_parser.isSet(*option))
            continue;
        const QDate date = QDate::fromString(m_parser.value(*option), Qt::ISODate);
        if (!date.isValid()) {
            m_error = tr("--from and --to need a day like 2026-03-14.");
            return false;
        }
        *day = date;
    }
    if (m_parser.isSet(m_step)) {
        bool ok = false;
        const int step = m_parser.value(m_step).toInt(&ok);
        if (!ok || step < 1 || step > 5) {
            m_error = tr("--step must be a number from 1 to 5.");
            return false;
        }
        m_options.step = step;
    }
    if (m_options.from && m_options.to && *m_options.from > *m_options.to) {
        m_error = tr("--from must not be after --to.");
        return false;
    }
    return parseEncryption();
}

bool CommandLine::parseEncryption()
{
    using Command = CommandLineOptions::Command;
    const Command command = m_options.command;
    for (const auto &[option, file] : { std::pair { &m_passphraseFile, &m_options.passphraseFile },
             std::pair { &m_exportPassphraseFile, &m_options.exportPassphraseFile } }) {
        *file = m_parser.value(*option);
        if (m_parser.isSet(*option) && file->trimmed().isEmpty()) {
            m_error = tr("--%1 needs a file.").arg(option->names().constFirst());
            return false;
        }
    }
    if (!m_options.passphraseFile.isEmpty() && command == Command::None) {
        m_error = tr("--passphrase-file goes with --export, --import, --backup, --check, "
                     "--encrypt or --decrypt.");
        return false;
    }
    m_options.assumeYes = m_parser.isSet(m_yes);
    if (m_options.assumeYes && command != Command::Decrypt) {
        m_error = tr("--yes goes with --decrypt.");
        return false;
    }
    m_options.encryptExport = m_parser.isSet(m_encryptExport);
    if (m_options.encryptExport
        && (command != Command::Export || m_options.exportFormat != u"json"_s)) {
        m_error = tr("--encrypt-export goes with --export json: only a JSON export can be "
                     "encrypted.");
        return false;
    }
    if (!m_options.exportPassphraseFile.isEmpty() && !m_options.encryptExport
        && command != Command::Import) {
        m_error = tr("--export-passphrase-file goes with --encrypt-export or --import.");
        return false;
    }
    return true;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText() const
{
    return u"%1 %2\n"_s.arg(
               QCoreApplication::applicationName(), QCoreApplication::applicationVersion())
        + tr("License GPL-3.0-or-later. Everything you write stays on this computer.") + u'\n';
}

} // namespace Rekindle
