// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <optional>

namespace Rekindle {

/// What the person asked for on the command line.
struct CommandLineOptions {
    static constexpr int DefaultDemoDays = 120;
    static constexpr int MaxDemoDays = 36500;

    /// Work done on the console, without a window.
    enum class Command { None, Export, Import, Backup, Check, Encrypt, Decrypt };

    QString dataDir; ///< empty: the standard location
    bool demo = false;
    int demoDays = DefaultDemoDays;
    double demoEntriesPerDay = 1.2;

    Command command = Command::None;
    QString exportFormat; ///< lower case: json, csv, markdown, html, pdf
    QString file; ///< the file to export to, import from, or the folder to back up to
    bool importReplace = false; ///< --replace: the journal becomes the file
    std::optional<QDate> from; ///< export only from this day
    std::optional<QDate> to; ///< export only up to this day
    std::optional<int> step; ///< export only this step

    /// The journal's passphrase (and with --encrypt the new one) is read from the first line
    /// of this file; empty: asked on the terminal.
    QString passphraseFile;
    /// --encrypt-export: the JSON export is encrypted with a passphrase of its own.
    bool encryptExport = false;
    /// The passphrase of an encrypted export (to write, or to --import) is read from this
    /// file; empty: asked on the terminal.
    QString exportPassphraseFile;
    /// --yes: --decrypt does not ask for a confirmation.
    bool assumeYes = false;
};

/// Parses Rekindle's command line. Knows, before any application object exists, whether the
/// request needs a display at all: --help, --version and mistakes are answered on the console.
class CommandLine {
public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    /// The export formats --export accepts.
    static QStringList exportFormats();

    /// True unless the arguments ask only for console work (help, version, an error, export,
    /// import, backup, check, encrypt, decrypt).
    /// Qt's own options (-reverse, -style, -platform and the rest, with one dash or two, and
    /// their values) are not Rekindle's: they are left to QApplication, which takes them out.
    static bool needsGui(const QStringList &arguments);
    /// `arguments` without the window-system options Qt documents for every application
    /// (QGuiApplication's and QApplication's), as QApplication would take them out.
    static QStringList withoutToolkitOptions(const QStringList &arguments);

    /// Construct after the translators are installed: option descriptions are translated here.
    CommandLine();

    Action parse(const QStringList &arguments);
    const CommandLineOptions &options() const { return m_options; }

    QString helpText() const;
    QString versionText() const;
    /// Why parsing failed, translated.
    QString errorText() const { return m_error; }

private:
    bool parseCommand();
    /// The passphrase options: which command each goes with.
    bool parseEncryption();

    QCommandLineParser m_parser;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_demo;
    QCommandLineOption m_demoDays;
    QCommandLineOption m_demoDensity;
    QCommandLineOption m_export;
    QCommandLineOption m_import;
    QCommandLineOption m_replace;
    QCommandLineOption m_backup;
    QCommandLineOption m_check;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_step;
    QCommandLineOption m_encrypt;
    QCommandLineOption m_decrypt;
    QCommandLineOption m_yes;
    QCommandLineOption m_passphraseFile;
    QCommandLineOption m_encryptExport;
    QCommandLineOption m_exportPassphraseFile;
    CommandLineOptions m_options;
    QString m_error;
};

} // namespace Rekindle
