// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalEncryption.h"

namespace Rekindle {
namespace {

    bool minimumKdfCost = false;

} // namespace

UnlockAttempt::~UnlockAttempt() = default;
JournalEncryption::~JournalEncryption() = default;

Status JournalEncryption::unlockWithPassphrase(const QString &passphrase)
{
    if (state() == State::Plain)
        return Error { tr("This journal is not encrypted.") };
    const std::unique_ptr<UnlockAttempt> attempt = attemptPassphrase(passphrase);
    if (attempt->run() != UnlockAttempt::Outcome::Opened)
        return Error { attempt->message() };
    return unlock(*attempt);
}

Status JournalEncryption::unlockWithRecoveryKey(const QString &recoveryKey)
{
    if (state() == State::Plain)
        return Error { tr("This journal is not encrypted.") };
    const std::unique_ptr<UnlockAttempt> attempt = attemptRecoveryKey(recoveryKey);
    if (attempt->run() != UnlockAttempt::Outcome::Opened)
        return Error { attempt->message() };
    return unlock(*attempt);
}

void JournalEncryption::useMinimumKdfCost(bool minimum)
{
    minimumKdfCost = minimum;
}

bool JournalEncryption::usesMinimumKdfCost()
{
    return minimumKdfCost;
}

} // namespace Rekindle
