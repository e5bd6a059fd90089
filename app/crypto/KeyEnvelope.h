// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PassphraseKdf.h"
#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Rekindle {

/// The journal's data key, wrapped, as stored: one envelope per way in (the passphrase, the
/// recovery key). 108 bytes, integers little-endian:
///
///     offset size
///          0    4  magic "RKKE"
///          4    1  format version (1)
///          5    1  how the wrapping key is made: 1 Argon2id of the passphrase, 2 recovery key
///          6    2  reserved, zero
///          8    4  Argon2id passes (0 for the recovery key)
///         12    8  Argon2id memory in bytes (0 for the recovery key)
///         20   16  salt (random)
///         36   24  XChaCha20-Poly1305-IETF nonce (random)
///         60   48  the 32-byte data key, encrypted, and its 16-byte tag
///
/// The first 36 bytes (header()) are the associated data of the encryption: a changed cost,
/// salt or version makes the envelope fail to open instead of opening weaker.
struct KeyEnvelope {
    enum class Kdf : quint8 { Passphrase = 1, RecoveryKey = 2 };

    static constexpr quint8 FormatVersion = 1;
    static constexpr qsizetype HeaderSize = 36;
    static constexpr qsizetype NonceSize = 24;
    static constexpr qsizetype DataKeySize = 32;
    static constexpr qsizetype CiphertextSize = DataKeySize + 16;
    static constexpr qsizetype Size = HeaderSize + NonceSize + CiphertextSize;

    Kdf kdf = Kdf::Passphrase;
    KdfParams params;
    QByteArray salt; ///< PassphraseKdf::SaltSize bytes
    QByteArray nonce; ///< NonceSize bytes
    QByteArray ciphertext; ///< CiphertextSize bytes

    QByteArray header() const;
    QByteArray serialize() const;

    /// The envelope in `bytes`, checked field by field. Errors: not an envelope, truncated or
    /// damaged, or written by a newer version (which this one must leave alone).
    static Result<KeyEnvelope> parse(QByteArrayView bytes);
    /// The format version `bytes` claims, or -1 when they are no envelope at all; lets a caller
    /// tell "newer, leave it alone" from "damaged" without parsing the rest.
    static int versionOf(QByteArrayView bytes);
};

} // namespace Rekindle
