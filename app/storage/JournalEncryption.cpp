// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalEncryption.h"

namespace Rekindle {

UnlockAttempt::~UnlockAttempt() = default;
JournalEncryption::~JournalEncryption() = default;

Status JournalEncryption::unlockWithPassphrase(const QString &passphrase)
{
    const std::unique_ptr<UnlockAttempt> attempt = attemptPassphrase(passphrase);
    if (attempt->run() != UnlockAttempt::Outcome::Opened)
        return Error { attempt->message() };
    return unlock(*attempt);
}

Status JournalEncryption::unlockWithRecoveryKey(const QString &recoveryKey)
{
    const std::unique_ptr<UnlockAttempt> attempt = attemptRecoveryKey(recoveryKey);
    if (attempt->run() != UnlockAttempt::Outcome::Opened)
        return Error { attempt->message() };
    return unlock(*attempt);
}

} // namespace Rekindle
