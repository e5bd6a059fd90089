// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalEncryption.h"

namespace Rekindle {
namespace {

    bool minimumKdfCost = false;

} // namespace

UnlockAttempt::~UnlockAttempt() = default;
PassphraseWork::~PassphraseWork() = default;
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

Result<QString> JournalEncryption::turnOn(
    const QString &passphrase, const RewriteProgress &progress)
{
    const std::unique_ptr<PassphraseWork> work = prepareTurnOn(passphrase);
    work->run();
    return finishTurnOn(*work, progress);
}

Status JournalEncryption::changePassphrase(const QString &current, const QString &next)
{
    const std::unique_ptr<PassphraseWork> work = prepareChangePassphrase(current, next);
    work->run();
    return finishChangePassphrase(*work);
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
