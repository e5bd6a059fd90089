// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PassphraseKdf.h"
#include "SecretBytes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace Rekindle {

/// Seals a whole file (an export) for a passphrase, in chunks, so that it can be written and
/// read a piece at a time and a piece cut off, changed, moved or added is detected.
///
///     offset size
///          0    4  magic "RKEX"
///          4    1  format version (1)
///          5    3  reserved, zero
///          8    4  Argon2id passes
///         12    8  Argon2id memory in bytes
///         20   16  salt (random)
///         36    4  chunk size: plaintext bytes per chunk (1 KiB to 16 MiB)
///         40   24  crypto_secretstream_xchacha20poly1305 header (random)
///         64    …  the chunks: each chunk's plaintext (chunk size bytes, the last one fewer,
///                  possibly none) encrypted with crypto_secretstream_xchacha20poly1305_push,
///                  17 bytes longer; the last one tagged TAG_FINAL, every other TAG_MESSAGE
///
/// Integers are little-endian. The key is Argon2id (ALG_ARGON2ID13) of the passphrase with the
/// salt and cost of the header; the first 40 bytes are the associated data of every chunk, so
/// a changed cost, salt, chunk size or version makes the file fail to open rather than open
/// weaker. The stream's own counter makes a reordered chunk fail; the final tag makes a file
/// cut short at a chunk boundary fail.
class StreamSealer {
public:
    static constexpr quint8 FormatVersion = 1;
    static constexpr qsizetype HeaderSize = 40;
    static constexpr qsizetype StreamHeaderSize = 24;
    static constexpr qsizetype ChunkOverhead = 17;
    static constexpr quint32 DefaultChunkSize = 64 * 1024;
    static constexpr quint32 MinimumChunkSize = 1024;
    static constexpr quint32 MaximumChunkSize = 16 * 1024 * 1024;

    /// What the first HeaderSize bytes say.
    struct Header {
        KdfParams params;
        QByteArray salt; ///< PassphraseKdf::SaltSize bytes
        quint32 chunkSize = DefaultChunkSize;

        QByteArray serialize() const;
    };

    /// Whether `bytes` start like a sealed file (the magic); says nothing about the rest.
    static bool isSealed(QByteArrayView bytes);
    /// The header of a sealed file, checked field by field. Errors: not sealed, cut short,
    /// damaged, or written by a newer version.
    static Result<Header> header(QByteArrayView sealed);

    /// A header for a new file at `params`: a fresh random salt, DefaultChunkSize.
    static Result<Header> freshHeader(const KdfParams &params);

    /// `plaintext` sealed for `passphrase` at `params` (a fresh salt, DefaultChunkSize).
    static Result<QByteArray> seal(
        QByteArrayView plaintext, QStringView passphrase, const KdfParams &params);
    /// The plaintext of `sealed`; an error, and no plaintext at all, for a wrong passphrase or
    /// a file changed, cut short or lengthened anywhere.
    static Result<QByteArray> open(QByteArrayView sealed, QStringView passphrase);

    /// The key a passphrase gives for `header` (Argon2id with its salt and cost).
    static Result<SecretBytes> keyFor(QStringView passphrase, const Header &header);
    /// The cores of seal() and open() once the key is known: the tests use them to try many
    /// changes without an Argon2id run each.
    static Result<QByteArray> sealWithKey(
        QByteArrayView plaintext, const SecretBytes &key, const Header &header);
    static Result<QByteArray> openWithKey(QByteArrayView sealed, const SecretBytes &key);

    /// The errors open() gives, for SealedReader, which reads the same format a chunk at a time.
    static Error damaged(const QString &detail);
    static Error cutShort(const QString &detail);
    static Error wrongPassphrase();
};

} // namespace Rekindle
