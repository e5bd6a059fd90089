// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEncryption.h"
#include "core/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Rekindle {

/// One way into an encrypted journal (JournalVault): a passphrase or a recovery key tried
/// against a copy of its envelope. run() touches no shared state, so it may run on a worker
/// thread; the data key it opened stays here until JournalVault::unlock() takes it.
class KeyAttempt final : public UnlockAttempt {
public:
    enum class Secret { Passphrase, RecoveryKey };

    /// `envelope` is empty when the stored one could not be read; `unreadable` then says why.
    KeyAttempt(Secret secret, QString typed, QByteArray envelope, Error unreadable);
    ~KeyAttempt() override;
    KeyAttempt(const KeyAttempt &) = delete;
    KeyAttempt &operator=(const KeyAttempt &) = delete;

    Outcome run() override;
    Outcome outcome() const override { return m_outcome; }
    QString message() const override;

    /// The data key, once; null unless run() opened it.
    SecretBytes takeKey() { return std::move(m_dataKey); }

private:
    Outcome open();

    Secret m_secret;
    QString m_typed;
    QByteArray m_envelope;
    Error m_unreadable;
    Outcome m_outcome = Outcome::NotRun;
    QString m_message;
    SecretBytes m_dataKey;

    // The context lupdate files texts of this class under, which its tr() reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::KeyAttempt)
};

} // namespace Rekindle
