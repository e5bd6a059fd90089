// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleCommands.h"

#include "EncryptionCommands.h"
#include "PassphraseReader.h"
#include "Startup.h"
#include "core/CommandLine.h"
#include "core/Translation.h"
#include "export/Exporter.h"
#include "models/JournalSession.h"
#include "storage/BackupFile.h"
#include "storage/Backups.h"
#include "storage/Journal.h"
#include "storage/JournalCheck.h"
#include "storage/JournalImport.h"
#include "storage/RecordKinds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <cstdio>
#include <memory>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Rekindle::ConsoleCommands {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::ConsoleCommands", text);
    }

    void say(const QString &text)
    {
        std::fputs(qUtf8Printable(text + u'\n'), stdout);
    }

    int fail(const Error &error)
    {
        std::fprintf(stderr, "rekindle: %s\n", qUtf8Printable(error.message));
        if (!error.detail.isEmpty())
            std::fprintf(stderr, "rekindle: (%s)\n", qUtf8Printable(error.detail));
        return 1;
    }

    bool stderrIsTerminal()
    {
#ifdef Q_OS_WIN
        return _isatty(_fileno(stderr)) != 0;
#else
        return isatty(fileno(stderr)) != 0;
#endif
    }

    /// A progress line on stderr, rewritten in place, when stderr is a terminal (never in a
    /// log or a pipe, where it would be noise): empty otherwise.
    ImportProgress progressLine(const QString &label)
    {
        if (!stderrIsTerminal())
            return {};
        return [label, shown = -1](qint64 done, qint64 total) mutable {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != shown) {
                shown = percent;
                std::fprintf(stderr, "\r%s", qUtf8Printable(tr("%1 %2%").arg(label).arg(percent)));
                std::fflush(stderr);
            }
            return true;
        };
    }

    void endProgressLine(const ImportProgress &progress)
    {
        if (progress) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
    }

    int exportJournal(const Journal &journal, const CommandLineOptions &options)
    {
        const auto format = Exporter::formatFromName(options.exportFormat);
        ExportScope scope;
        scope.from = options.from;
        scope.to = options.to;
        if (options.step)
            scope.step = Steps::fromInt(*options.step);
        auto passphrase = EncryptionCommands::exportPassphrase(journal, options);
        if (!passphrase)
            return fail(passphrase.error());
        const ExportProgress exporting = progressLine(tr("Exporting…"));
        const Status status
            = Exporter::write(journal, *format, options.file, scope, exporting, *passphrase);
        endProgressLine(exporting);
        const bool encrypted = !passphrase->isEmpty();
        PassphraseReader::wipe(*passphrase);
        if (!status)
            return fail(status.error());
        for (const QString &file : Exporter::outputFiles(*format, options.file))
            say(tr("Exported to %1").arg(QDir::toNativeSeparators(file)));
        if (encrypted)
            say(tr("The export is encrypted: it opens only with its passphrase."));
        else
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(tr("Note: the export is not encrypted. Anyone who gets the "
                                  "file can read everything in it.")));
        return 0;
    }

    int importJournal(Journal &journal, const CommandLineOptions &options)
    {
        const ImportMode mode = options.importReplace ? ImportMode::Replace : ImportMode::Merge;
        auto passphrase = EncryptionCommands::importPassphrase(options);
        if (!passphrase)
            return fail(passphrase.error());
        if (mode == ImportMode::Replace) {
            // Check the file first: a bad file must not even leave a backup behind.
            const ImportProgress checking = progressLine(tr("Checking the file…"));
            const Status valid
                = JournalImport(journal, checking).checkFile(options.file, mode, *passphrase);
            endProgressLine(checking);
            if (!valid)
                return fail(valid.error());
            auto safety = Backups(journal).keepCurrent();
            if (!safety)
                return fail(safety.error());
            say(tr("The journal as it was is kept in %1").arg(QDir::toNativeSeparators(*safety)));
        }
        const ImportProgress importing = progressLine(tr("Importing…"));
        auto summary
            = JournalImport(journal, importing).importFile(options.file, mode, *passphrase);
        endProgressLine(importing);
        PassphraseReader::wipe(*passphrase);
        if (!summary)
            return fail(summary.error());
        for (const RecordKind &kind : RecordKinds::all())
            if (summary->added.value(kind.name) > 0)
                say(tr("%1: %2 added")
                        .arg(RecordKinds::label(kind))
                        .arg(summary->added.value(kind.name)));
        // One sentence per count, so that each has its own plural forms; one spelled out in
        // English, which has no translation file to supply them.
        const auto plural = [](qint64 n, const char *one, const char *many) {
            return n == 1
                ? QCoreApplication::translate("Rekindle::ConsoleCommands", one)
                : QCoreApplication::translate("Rekindle::ConsoleCommands", many, nullptr, int(n));
        };
        say(QStringList {
            plural(summary->totalAdded(),
                QT_TRANSLATE_NOOP("Rekindle::ConsoleCommands", "Imported 1 record."),
                QT_TRANSLATE_N_NOOP("Rekindle::ConsoleCommands", "Imported %n records.")),
            plural(summary->skipped,
                QT_TRANSLATE_NOOP("Rekindle::ConsoleCommands", "1 was already in the journal."),
                QT_TRANSLATE_N_NOOP(
                    "Rekindle::ConsoleCommands", "%n were already in the journal.")),
            plural(summary->settings, QT_TRANSLATE_NOOP("Rekindle::ConsoleCommands", "1 setting."),
                QT_TRANSLATE_N_NOOP("Rekindle::ConsoleCommands", "%n settings.")) }
                .join(u' '));
        return 0;
    }

    int backupJournal(const Journal &journal, const CommandLineOptions &options)
    {
        // A folder made here holds copies of the journal: private (0700) whatever the umask,
        // as the journal's own backups. One that exists keeps the mode its owner gave it.
        if (!QFileInfo::exists(options.file)) {
            if (Status made = BackupFile::preparePrivateFolder(options.file); !made)
                return fail(Error { tr("The folder %1 cannot be created.")
                                        .arg(QDir::toNativeSeparators(options.file)) });
        }
        const QString path
            = QDir(options.file).absoluteFilePath(Backups::copyFileName(journal.clock().now()));
        if (Status status = journal.backupTo(path); !status)
            return fail(status.error());
        say(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)));
        return 0;
    }

    /// A read-only journal can still be checked, exported and backed up; an import is refused
    /// before it starts. False when the command must not run.
    bool allowedReadOnly(const Journal &journal, const CommandLineOptions &options)
    {
        if (!journal.isReadOnly())
            return true;
        std::fprintf(stderr, "rekindle: %s\n", qUtf8Printable(journal.readOnlyReason()));
        return options.command != CommandLineOptions::Command::Import;
    }

} // namespace

int execute(const CommandLineOptions &options)
{
    using Command = CommandLineOptions::Command;
    auto session = JournalSession::open(options);
    if (!session)
        return fail(session.error());
    Journal &journal = (*session)->journal();
    if (!allowedReadOnly(journal, options))
        return fail(Error { tr("Nothing was imported.") });
    switch (options.command) {
    case Command::Encrypt:
        return EncryptionCommands::encrypt(journal, options);
    case Command::Decrypt:
        return EncryptionCommands::decrypt(journal, options);
    default:
        break;
    }
    if (Status unlocked = EncryptionCommands::unlock(journal, options); !unlocked)
        return fail(unlocked.error());
    switch (options.command) {
    case Command::Export:
        return exportJournal(journal, options);
    case Command::Import:
        return importJournal(journal, options);
    case Command::Backup:
        return backupJournal(journal, options);
    case Command::Check: {
        CheckReport report = JournalCheck::run(journal);
        if ((*session)->lostWal())
            report.problems << QCoreApplication::translate("Rekindle::ConsoleCommands",
                "The journal's write-ahead log (journal.sqlite3-wal) was lost after Rekindle "
                "was stopped: the last changes saved before that may be missing. A backup may "
                "still hold them.");
        std::fputs(qUtf8Printable(report.text()), report.healthy() ? stdout : stderr);
        return report.healthy() ? 0 : 1;
    }
    case Command::Encrypt:
    case Command::Decrypt:
    case Command::None:
        break;
    }
    return 2;
}

int run(int argc, char *argv[])
{
    // HTML and PDF are laid out with QtGui, which needs a platform: the offscreen one needs no
    // display. Decided before any application object exists.
    bool gui = false;
    for (int i = 1; i + 1 < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--export"_s || arg == u"-export"_s) {
            const auto format = Exporter::formatFromName(QString::fromLocal8Bit(argv[i + 1]));
            gui = format && Exporter::needsGui(*format);
        }
    }
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    Startup::initialize(*app);

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
        std::fprintf(
            stderr, "%s\n", qUtf8Printable(tr("Run 'rekindle --help' to see the options.")));
        return 2;
    case CommandLine::Action::Run:
        break;
    }
    return execute(commandLine.options());
}

} // namespace Rekindle::ConsoleCommands
