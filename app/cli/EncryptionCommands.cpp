// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptionCommands.h"

#include "PassphraseReader.h"
#include "core/CommandLine.h"
#include "core/Translation.h"
#include "storage/EncryptedExport.h"
#include "storage/Journal.h"
#include "storage/JournalEncryption.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace Rekindle::EncryptionCommands {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::EncryptionCommands", text);
    }

    void say(const QString &text)
    {
        std::fputs(qUtf8Printable(text + u'\n'), stdout);
        std::fflush(stdout);
    }

    void warn(const QString &text)
    {
        std::fputs(qUtf8Printable(text + u'\n'), stderr);
        std::fflush(stderr);
    }

    int fail(const Error &error)
    {
        warn(u"rekindle: "_s + error.message);
        if (!error.detail.isEmpty())
            warn(u"rekindle: (%1)"_s.arg(error.detail));
        return 1;
    }

    /// The rewrite's progress on stderr, one line updated in place, only when the percentage
    /// changes (a journal of 100,000 values must not print 100,000 lines).
    RewriteProgress progressOn(const QString &what)
    {
        auto last = std::make_shared<int>(-1);
        return [what, last](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent != *last) {
                *last = percent;
                std::fprintf(stderr, "\r%s",
                    qUtf8Printable(tr("%1: %2 of %3 values (%4%)")
                                       .arg(what)
                                       .arg(done)
                                       .arg(total)
                                       .arg(percent)));
                if (done >= total)
                    std::fputc('\n', stderr);
                std::fflush(stderr);
            }
            return true;
        };
    }

    void offerToDeletePlainBackups(JournalEncryption &encryption)
    {
        const QStringList plain = encryption.plainBackups();
        if (plain.isEmpty())
            return;
        warn(QCoreApplication::translate("Rekindle::EncryptionCommands",
            "%n older backup(s) were made before the journal was encrypted and can still be "
            "read by anyone who gets them:",
            nullptr, int(plain.size())));
        for (const QString &file : plain)
            warn(u"  "_s + QDir::toNativeSeparators(file));
        const QString ssd = tr("Deleting them does not wipe every trace on every disk: an SSD "
                               "may keep old blocks for a while.");
        if (!PassphraseReader::hasTerminal()) {
            warn(tr("Delete them when you no longer need them.") + u' ' + ssd);
            return;
        }
        warn(ssd);
        auto yes = PassphraseReader::confirm(tr("Delete these backups now? [y/N]"));
        if (!yes || !*yes) {
            warn(tr("The backups were kept."));
            return;
        }
        if (Status deleted = encryption.deletePlainBackups(); !deleted)
            fail(deleted.error());
        else
            say(tr("The unencrypted backups were deleted."));
    }

} // namespace

Status unlock(Journal &journal, const CommandLineOptions &options)
{
    JournalEncryption &encryption = journal.encryption();
    if (encryption.state() != JournalEncryption::State::Locked)
        return {};
    auto passphrase
        = PassphraseReader(options.passphraseFile).read(tr("Passphrase of the journal: "));
    if (!passphrase)
        return passphrase.error();
    Status status = encryption.unlockWithPassphrase(*passphrase);
    PassphraseReader::wipe(*passphrase);
    return status;
}

int encrypt(Journal &journal, const CommandLineOptions &options)
{
    if (options.demo)
        return fail(Error { tr("The sample journal is never encrypted: it holds nothing of "
                               "yours.") });
    JournalEncryption &encryption = journal.encryption();
    if (encryption.isEncrypted())
        return fail(Error { tr("The journal is already encrypted. Nothing was changed.") });
    auto passphrase
        = PassphraseReader(options.passphraseFile)
              .readNew(tr("New passphrase for the journal: "), tr("The same passphrase again: "));
    if (!passphrase)
        return fail(passphrase.error());
    warn(tr("Encrypting the journal. This can take a while for a large one; if it is stopped, "
            "the journal stays as it was."));
    auto recoveryKey = encryption.turnOn(*passphrase, progressOn(tr("Encrypting")));
    PassphraseReader::wipe(*passphrase);
    if (!recoveryKey)
        return fail(recoveryKey.error());
    say(tr("The journal is now encrypted."));
    say(QString());
    say(tr("Your recovery key, shown only this once:"));
    say(QString());
    say(u"    "_s + *recoveryKey);
    say(QString());
    say(tr("Write it down or print it, and keep it somewhere safe, away from this computer. It "
           "opens the journal if you forget the passphrase, and anyone who has it can read "
           "the journal."));
    PassphraseReader::wipe(*recoveryKey);
    offerToDeletePlainBackups(encryption);
    return 0;
}

int decrypt(Journal &journal, const CommandLineOptions &options)
{
    JournalEncryption &encryption = journal.encryption();
    if (!encryption.isEncrypted())
        return fail(Error { tr("The journal is not encrypted. Nothing was changed.") });
    // Before unlocking: a command that cannot be confirmed must not even open the journal.
    if (!options.assumeYes && !PassphraseReader::hasTerminal())
        return fail(Error { tr("Turning encryption off needs a confirmation, and there is no "
                               "terminal to ask on. Add --yes to turn it off. Nothing was "
                               "changed.") });
    if (Status unlocked = unlock(journal, options); !unlocked)
        return fail(unlocked.error());
    if (!options.assumeYes) {
        auto yes = PassphraseReader::confirm(
            tr("Turn encryption off? Everything you wrote will be stored readable by anyone "
               "who gets the file. [y/N]"));
        if (!yes)
            return fail(yes.error());
        if (!*yes) {
            warn(tr("Encryption stays on. Nothing was changed."));
            return 1;
        }
    }
    if (Status off = encryption.turnOff(progressOn(tr("Decrypting"))); !off)
        return fail(off.error());
    say(tr("The journal is no longer encrypted."));
    return 0;
}

Result<QString> exportPassphrase(const Journal &journal, const CommandLineOptions &options)
{
    if (options.encryptExport)
        return PassphraseReader(options.exportPassphraseFile, u"--export-passphrase-file"_s)
            .readNew(tr("Passphrase for the export: "), tr("The same passphrase again: "));
    if (journal.encryption().isEncrypted())
        warn(tr("Warning: the journal is encrypted, but this export will not be: anyone who "
                "gets the file can read everything in it. Use --encrypt-export (JSON) to "
                "protect it with a passphrase."));
    return QString();
}

Result<QString> importPassphrase(const CommandLineOptions &options)
{
    if (!EncryptedExport::isEncryptedFile(options.file))
        return QString();
    return PassphraseReader(options.exportPassphraseFile, u"--export-passphrase-file"_s)
        .read(tr("Passphrase of the file %1: ").arg(QDir::toNativeSeparators(options.file)));
}

} // namespace Rekindle::EncryptionCommands
