// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyAttempt.h"

#include "crypto/KeyEnvelope.h"
#include "crypto/KeyWrap.h"
#include "crypto/RecoveryKey.h"

#include <utility>

namespace Rekindle {

KeyAttempt::KeyAttempt(Secret secret, QString typed, QByteArray envelope, Error unreadable)
    : m_secret(secret)
    , m_typed(std::move(typed))
    , m_envelope(std::move(envelope))
    , m_unreadable(std::move(unreadable))
{
}

KeyAttempt::~KeyAttempt()
{
    m_typed.fill(QChar(0));
}

UnlockAttempt::Outcome KeyAttempt::run()
{
    m_outcome = open();
    m_typed.fill(QChar(0));
    return m_outcome;
}

QString KeyAttempt::message() const
{
    switch (m_outcome) {
    case Outcome::NotRun:
        return {};
    case Outcome::Opened:
        return tr("The journal is unlocked.");
    case Outcome::WrongSecret:
    case Outcome::NewerFormat:
    case Outcome::Damaged:
        break;
    }
    return m_message;
}

UnlockAttempt::Outcome KeyAttempt::open()
{
    if (m_envelope.isEmpty()) {
        m_message = m_unreadable.message.isEmpty()
            ? tr("The journal's key is missing, so the journal cannot be unlocked.")
            : m_unreadable.message;
        return Outcome::Damaged;
    }
    if (KeyEnvelope::versionOf(m_envelope) > KeyEnvelope::FormatVersion) {
        m_message = tr("This journal was encrypted by a newer version of Rekindle. "
                       "Update Rekindle to open it; the journal has not been changed.");
        return Outcome::NewerFormat;
    }
    if (const auto parsed = KeyEnvelope::parse(m_envelope); !parsed) {
        m_message = parsed.error().message;
        return Outcome::Damaged;
    }
    Result<SecretBytes> key = Error {};
    if (m_secret == Secret::Passphrase) {
        if (m_typed.isEmpty()) {
            m_message = tr("Type the journal's passphrase.");
            return Outcome::WrongSecret;
        }
        key = KeyWrap::unwrapWithPassphrase(m_envelope, m_typed);
    } else {
        Result<SecretBytes> recovery = RecoveryKey::parse(m_typed);
        if (!recovery) {
            m_message = recovery.error().message;
            return Outcome::WrongSecret;
        }
        key = KeyWrap::unwrapWithRecoveryKey(m_envelope, *recovery);
    }
    if (!key) {
        m_message = key.error().message;
        return Outcome::WrongSecret;
    }
    m_dataKey = std::move(*key);
    return Outcome::Opened;
}

} // namespace Rekindle
