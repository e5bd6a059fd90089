// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyEnvelope.h"
#include "SecretBytes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace Rekindle {

/// The key hierarchy's top: a random 32-byte data key encrypts the journal, and is itself kept
/// only wrapped (XChaCha20-Poly1305-IETF) in KeyEnvelopes, once by a key derived from the
/// passphrase (Argon2id) and once by a key derived from the recovery key (BLAKE2b, keyed by
/// the recovery key, with the envelope's salt and a personalisation of its own). Changing the
/// passphrase writes a new passphrase envelope around the same data key, so no value of the
/// journal has to be rewritten and the recovery key keeps working.
class KeyWrap {
public:
    static constexpr qsizetype DataKeySize = KeyEnvelope::DataKeySize;
    static constexpr qsizetype RecoveryKeySize = 32;

    /// A new data key, from the system's random generator.
    static Result<SecretBytes> newDataKey();

    /// Everything turning encryption on needs: a new data key, a new recovery key (to show
    /// once, with RecoveryKey::format) and the two envelopes to store.
    struct NewKeys {
        SecretBytes dataKey;
        SecretBytes recoveryKey;
        QByteArray passphraseEnvelope;
        QByteArray recoveryEnvelope;
    };
    /// New keys for `passphrase` at `params` (PassphraseKdf::calibrate() for a real journal).
    static Result<NewKeys> createKeys(QStringView passphrase, const KdfParams &params);

    /// A new envelope (fresh salt and nonce) of `dataKey` under `passphrase` at `params`
    /// (PassphraseKdf::calibrate() for a new journal).
    static Result<QByteArray> wrapWithPassphrase(
        const SecretBytes &dataKey, QStringView passphrase, const KdfParams &params);
    /// The data key of the passphrase envelope `bytes`; an error, and nothing else, for a
    /// wrong passphrase or an envelope that is damaged or newer.
    static Result<SecretBytes> unwrapWithPassphrase(QByteArrayView bytes, QStringView passphrase);

    static Result<QByteArray> wrapWithRecoveryKey(
        const SecretBytes &dataKey, const SecretBytes &recoveryKey);
    /// The data key of the recovery envelope `bytes`, as unwrapWithPassphrase().
    static Result<SecretBytes> unwrapWithRecoveryKey(
        QByteArrayView bytes, const SecretBytes &recoveryKey);

    /// The passphrase envelope for `newPassphrase`, once `oldPassphrase` opened `envelope`; the
    /// data key inside is the same. The caller stores it in place of the old one, in one
    /// transaction.
    static Result<QByteArray> changePassphrase(QByteArrayView envelope, QStringView oldPassphrase,
        QStringView newPassphrase, const KdfParams &params);

    /// The deterministic core, for the known-answer tests: `envelope` with its kdf, params, salt
    /// and nonce set gets the ciphertext of `dataKey` under `wrappingKey`.
    static Status seal(
        KeyEnvelope &envelope, const SecretBytes &dataKey, const SecretBytes &wrappingKey);
    /// The data key in `envelope`; an error when `wrappingKey` is not the one it was sealed with.
    static Result<SecretBytes> open(const KeyEnvelope &envelope, const SecretBytes &wrappingKey);
    /// The wrapping key a recovery key gives with `salt`.
    static Result<SecretBytes> recoveryWrappingKey(
        const SecretBytes &recoveryKey, QByteArrayView salt);
};

} // namespace Rekindle
