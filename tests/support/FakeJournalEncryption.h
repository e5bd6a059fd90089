// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/JournalEncryption.h"

#include <QAtomicPointer>
#include <QThread>

namespace Rekindle::Test {

/// Encryption at rest without cryptography, for the models and window tests: one passphrase
/// and one recovery key open it, every call is counted, and an attempt can be made slow (like
/// Argon2) and says on which thread it ran. The journal's text stays plain underneath.
class FakeJournalEncryption final : public JournalEncryption {
    Q_OBJECT

public:
    explicit FakeJournalEncryption(State state = State::Locked, QObject *parent = nullptr);

    State state() const override { return m_state; }
    std::unique_ptr<UnlockAttempt> attemptPassphrase(const QString &typed) const override;
    std::unique_ptr<UnlockAttempt> attemptRecoveryKey(const QString &typed) const override;
    Status unlock(UnlockAttempt &attempt) override;
    void lock() override;
    std::unique_ptr<PassphraseWork> prepareTurnOn(const QString &passphrase) const override;
    Result<QString> finishTurnOn(PassphraseWork &work, const RewriteProgress &progress) override;
    Status turnOff(const RewriteProgress &progress) override;
    std::unique_ptr<PassphraseWork> prepareChangePassphrase(
        const QString &current, const QString &next) const override;
    Status finishChangePassphrase(PassphraseWork &work) override;
    Result<QString> replaceRecoveryKey() override;
    QStringList plainBackups() const override { return m_plainBackups; }
    Status deletePlainBackups() override;

    /// The recovery key this fake hands out, grouped as the real one is shown.
    static QString sampleRecoveryKey();

    QString passphrase = QStringLiteral("correct horse battery staple");
    int attemptDelayMs = 0;
    int lockCount = 0;
    int unlockCount = 0;
    int turnOnSteps = 10;
    /// The thread the last attempt's or passphrase work's run() ran on.
    mutable QAtomicPointer<QThread> lastRunThread;
    QStringList m_plainBackups;

private:
    void setState(State state);

    State m_state;
};

} // namespace Rekindle::Test
