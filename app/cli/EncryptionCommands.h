// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace Rekindle {

class Journal;
struct CommandLineOptions;

/// The passphrase side of the console commands: unlocking an encrypted journal before
/// --export, --import, --backup and --check, --encrypt and --decrypt themselves, and the
/// passphrases of encrypted exports. Passphrases come from PassphraseReader; progress and
/// warnings go to stderr, results to stdout.
namespace EncryptionCommands {

    /// Unlocks an encrypted journal with the passphrase of the options (its file, or the
    /// terminal); nothing for a plain journal. A wrong passphrase changes nothing.
    Status unlock(Journal &journal, const CommandLineOptions &options);

    /// --encrypt: exit status 0 done, 1 refused or failed.
    int encrypt(Journal &journal, const CommandLineOptions &options);
    /// --decrypt: exit status 0 done, 1 refused or failed.
    int decrypt(Journal &journal, const CommandLineOptions &options);

    /// The passphrase to encrypt an export with (--encrypt-export), or an empty string for a
    /// plaintext export, after a warning on stderr when the journal itself is encrypted.
    Result<QString> exportPassphrase(const Journal &journal, const CommandLineOptions &options);
    /// The passphrase of the file to --import when it is an encrypted export; empty otherwise.
    Result<QString> importPassphrase(const CommandLineOptions &options);

} // namespace EncryptionCommands
} // namespace Rekindle
