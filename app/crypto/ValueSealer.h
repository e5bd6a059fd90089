// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace Rekindle {

/// Seals and opens one stored text value of an encrypted journal, for the field codec.
///
/// A sealed value is: a format version byte (1), a fresh random 24-byte nonce, and the
/// XChaCha20-Poly1305-IETF ciphertext of the UTF-8 padded with sodium_pad to a multiple of
/// BlockSize bytes (so the file tells a value's length only to within a block). The
/// associated data binds the value to its place: the format version, then the kind, the field
/// and the record's uid, each as a 4-byte little-endian length and its UTF-8. A value copied
/// into another row or another column therefore fails to open instead of showing there.
///
/// The key is not the data key itself but a subkey of it (crypto_kdf_derive_from_key, context
/// "RkValues", id 1), so that the data key can also seal other things (the search snapshot)
/// under keys of their own.
class ValueSealer {
public:
    static constexpr quint8 FormatVersion = 1;
    static constexpr qsizetype NonceSize = 24;
    static constexpr qsizetype TagSize = 16;
    /// 64 bytes: a name or a phrase hides its length entirely, a long text to 64 bytes, for
    /// at most 64 bytes more per value.
    static constexpr qsizetype BlockSize = 64;
    static constexpr qsizetype Overhead = 1 + NonceSize + TagSize;

    /// A sealer for the journal whose data key is `dataKey` (32 bytes); an error otherwise.
    static Result<ValueSealer> forDataKey(const SecretBytes &dataKey);
    /// The sealer of the journal's search snapshot (SearchSnapshot): a subkey of its own
    /// (context "RkSearch", id 1), never one that seals a value.
    static Result<ValueSealer> forSearchSnapshot(const SecretBytes &dataKey);

    /// `plaintext` (UTF-8) sealed for its place.
    Result<QByteArray> seal(
        QStringView kind, QStringView field, QStringView uid, QByteArrayView plaintext) const;
    /// The UTF-8 sealed in `sealed` for this place; an error (with the place in its detail)
    /// when it was changed, cut short, sealed for another place or key, or by a newer version.
    Result<QByteArray> open(
        QStringView kind, QStringView field, QStringView uid, QByteArrayView sealed) const;

    /// The associated data of a place; public for the known-answer tests.
    static QByteArray associatedData(QStringView kind, QStringView field, QStringView uid);
    /// The subkey values are sealed with; public for the known-answer tests.
    const SecretBytes &key() const { return m_key; }

    /// The deterministic core of seal(), with a given nonce, for the known-answer tests.
    Result<QByteArray> sealWithNonce(QStringView kind, QStringView field, QStringView uid,
        QByteArrayView plaintext, QByteArrayView nonce) const;

private:
    explicit ValueSealer(SecretBytes key);
    static Result<ValueSealer> derived(
        const SecretBytes &dataKey, const char *context, quint64 subkeyId);

    SecretBytes m_key;
};

} // namespace Rekindle
