// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamSealer.h"

#include "Sodium.h"
#include "core/Translation.h"

#include <QString>
#include <QtEndian>
#include <sodium.h>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::StreamSealer", text);
    }

    constexpr char Magic[4] = { 'R', 'K', 'E', 'X' };

    static_assert(
        StreamSealer::StreamHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    static_assert(StreamSealer::ChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
    static_assert(PassphraseKdf::KeySize == crypto_secretstream_xchacha20poly1305_KEYBYTES);

    const unsigned char *bytes(const char *data)
    {
        return reinterpret_cast<const unsigned char *>(data);
    }

    unsigned char *bytes(char *data)
    {
        return reinterpret_cast<unsigned char *>(data);
    }

    /// The stream's state holds key material: wiped however the function using it returns.
    struct StreamState {
        crypto_secretstream_xchacha20poly1305_state state;
        ~StreamState() { sodium_memzero(&state, sizeof state); }
    };

    /// Overwrites what was decrypted before a later chunk failed: nothing of a file that does
    /// not open whole is handed out, nor left in freed memory.
    void wipe(QByteArray &plaintext)
    {
        if (!plaintext.isEmpty())
            sodium_memzero(plaintext.data(), static_cast<size_t>(plaintext.size()));
        plaintext.clear();
    }

} // namespace

Error StreamSealer::damaged(const QString &detail)
{
    return Error { tr("The file is damaged or was changed, so it cannot be opened."), detail };
}

Error StreamSealer::cutShort(const QString &detail)
{
    return Error { tr("The file is incomplete: it was cut short, so it cannot be opened."),
        detail };
}

Error StreamSealer::wrongPassphrase()
{
    return Error { tr("The passphrase does not open this file, or the file was changed."),
        QStringLiteral("chunk 0 does not open") };
}

QByteArray StreamSealer::Header::serialize() const
{
    QByteArray out(HeaderSize, '\0');
    char *p = out.data();
    std::copy(std::begin(Magic), std::end(Magic), p);
    p[4] = char(FormatVersion);
    qToLittleEndian(params.passes, p + 8);
    qToLittleEndian(params.memory, p + 12);
    std::copy(salt.begin(), salt.begin() + qMin(salt.size(), PassphraseKdf::SaltSize), p + 20);
    qToLittleEndian(chunkSize, p + 36);
    return out;
}

bool StreamSealer::isSealed(QByteArrayView bytes)
{
    return bytes.size() >= qsizetype(sizeof Magic)
        && std::equal(std::begin(Magic), std::end(Magic), bytes.data());
}

Result<StreamSealer::Header> StreamSealer::header(QByteArrayView sealed)
{
    if (!isSealed(sealed))
        return Error { tr("This is not an encrypted Rekindle export.") };
    if (sealed.size() < HeaderSize + StreamHeaderSize + ChunkOverhead)
        return cutShort(QStringLiteral("%1 bytes").arg(sealed.size()));
    const char *p = sealed.data();
    const auto version = quint8(p[4]);
    if (version > FormatVersion)
        return Error { tr("The file was encrypted by a newer version of Rekindle. Update Rekindle "
                          "to open it."),
            QStringLiteral("format version %1").arg(version) };
    if (version == 0 || p[5] != 0 || p[6] != 0 || p[7] != 0)
        return damaged(QStringLiteral("version %1 or reserved bytes").arg(version));
    Header header;
    header.params.passes = qFromLittleEndian<quint32>(p + 8);
    header.params.memory = qFromLittleEndian<quint64>(p + 12);
    header.salt = QByteArray(p + 20, PassphraseKdf::SaltSize);
    header.chunkSize = qFromLittleEndian<quint32>(p + 36);
    if (!PassphraseKdf::isAcceptable(header.params))
        return damaged(QStringLiteral("cost %1 passes, %2 bytes")
                           .arg(header.params.passes)
                           .arg(header.params.memory));
    if (header.chunkSize < MinimumChunkSize || header.chunkSize > MaximumChunkSize)
        return damaged(QStringLiteral("chunk size %1").arg(header.chunkSize));
    return header;
}

Result<SecretBytes> StreamSealer::keyFor(QStringView passphrase, const Header &header)
{
    return PassphraseKdf::derive(passphrase, header.salt, header.params);
}

Result<StreamSealer::Header> StreamSealer::freshHeader(const KdfParams &params)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    Header header;
    header.params = params;
    header.salt = QByteArray(PassphraseKdf::SaltSize, '\0');
    randombytes_buf(header.salt.data(), static_cast<size_t>(header.salt.size()));
    return header;
}

Result<QByteArray> StreamSealer::seal(
    QByteArrayView plaintext, QStringView passphrase, const KdfParams &params)
{
    auto header = freshHeader(params);
    if (!header)
        return header.error();
    auto key = keyFor(passphrase, *header);
    if (!key)
        return key.error();
    return sealWithKey(plaintext, *key, *header);
}

Result<QByteArray> StreamSealer::open(QByteArrayView sealed, QStringView passphrase)
{
    auto parsed = header(sealed);
    if (!parsed)
        return parsed.error();
    auto key = keyFor(passphrase, *parsed);
    if (!key)
        return key.error();
    return openWithKey(sealed, *key);
}

Result<QByteArray> StreamSealer::sealWithKey(
    QByteArrayView plaintext, const SecretBytes &key, const Header &header)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES
        || header.salt.size() != PassphraseKdf::SaltSize
        || !PassphraseKdf::isAcceptable(header.params) || header.chunkSize < MinimumChunkSize
        || header.chunkSize > MaximumChunkSize)
        return Error { tr("The export could not be encrypted."),
            QStringLiteral("key of %1 bytes, salt of %2, chunk size %3")
                .arg(key.size())
                .arg(header.salt.size())
                .arg(header.chunkSize) };
    const QByteArray ad = header.serialize();
    const qsizetype chunks = plaintext.size() / header.chunkSize + 1;
    QByteArray out;
    out.reserve(HeaderSize + StreamHeaderSize + plaintext.size() + chunks * ChunkOverhead);
    out.append(ad);
    out.resize(HeaderSize + StreamHeaderSize);
    StreamState stream;
    crypto_secretstream_xchacha20poly1305_init_push(
        &stream.state, bytes(out.data() + HeaderSize), key.data());
    // Every chunk but the last is full; the last (possibly empty) carries the final tag, so a
    // file that ends at a chunk boundary without it is known to be cut short.
    qsizetype offset = 0;
    for (;;) {
        const qsizetype length = qMin<qsizetype>(header.chunkSize, plaintext.size() - offset);
        const bool last = offset + length == plaintext.size();
        const qsizetype at = out.size();
        out.resize(at + length + ChunkOverhead);
        crypto_secretstream_xchacha20poly1305_push(&stream.state, bytes(out.data() + at), nullptr,
            bytes(plaintext.data() + offset), static_cast<unsigned long long>(length),
            bytes(ad.constData()), static_cast<unsigned long long>(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        offset += length;
        if (last)
            break;
    }
    return out;
}

Result<QByteArray> StreamSealer::openWithKey(QByteArrayView sealed, const SecretBytes &key)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    auto parsed = header(sealed);
    if (!parsed)
        return parsed.error();
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return damaged(QStringLiteral("key of %1 bytes").arg(key.size()));
    const QByteArrayView ad = sealed.first(HeaderSize);
    StreamState stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &stream.state, bytes(sealed.data() + HeaderSize), key.data())
        != 0)
        return damaged(QStringLiteral("stream header"));

    const qsizetype fullChunk = qsizetype(parsed->chunkSize) + ChunkOverhead;
    QByteArray plaintext;
    plaintext.reserve(sealed.size());
    qsizetype offset = HeaderSize + StreamHeaderSize;
    for (qsizetype index = 0;; ++index) {
        const qsizetype remaining = sealed.size() - offset;
        if (remaining < ChunkOverhead) {
            wipe(plaintext);
            return cutShort(QStringLiteral("no final chunk after chunk %1").arg(index));
        }
        const qsizetype length = qMin(remaining, fullChunk);
        const qsizetype at = plaintext.size();
        plaintext.resize(at + length - ChunkOverhead);
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&stream.state, bytes(plaintext.data() + at),
                &written, &tag, bytes(sealed.data() + offset),
                static_cast<unsigned long long>(length), bytes(ad.data()),
                static_cast<unsigned long long>(ad.size()))
            != 0) {
            wipe(plaintext);
            // The first chunk is where a wrong passphrase shows: its key opens nothing.
            if (index == 0)
                return wrongPassphrase();
            return damaged(QStringLiteral("chunk %1 does not open").arg(index));
        }
        offset += length;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (offset != sealed.size()) {
                wipe(plaintext);
                return damaged(
                    QStringLiteral("%1 bytes after the final chunk").arg(sealed.size() - offset));
            }
            return plaintext;
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || length != fullChunk) {
            wipe(plaintext);
            return damaged(
                QStringLiteral("chunk %1: tag %2, %3 bytes").arg(index).arg(tag).arg(length));
        }
    }
}

} // namespace Rekindle
