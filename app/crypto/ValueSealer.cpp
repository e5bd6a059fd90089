// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueSealer.h"

#include "Sodium.h"
#include "core/Translation.h"

#include <QString>
#include <QtEndian>
#include <sodium.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::ValueSealer", text);
    }

    constexpr char SubkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "RkValues";
    constexpr quint64 SubkeyId = 1;
    constexpr char SnapshotContext[crypto_kdf_CONTEXTBYTES + 1] = "RkSearch";
    constexpr quint64 SnapshotSubkeyId = 1;

    static_assert(ValueSealer::NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    static_assert(ValueSealer::TagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);

    void appendPart(QByteArray &out, QStringView part)
    {
        const QByteArray utf8 = part.toUtf8();
        char length[4];
        qToLittleEndian(quint32(utf8.size()), length);
        out.append(length, 4);
        out.append(utf8);
    }

    QString placeOf(QStringView kind, QStringView field, QStringView uid)
    {
        return u"%1.%2 of %3"_s.arg(kind, field, uid);
    }

    const unsigned char *bytes(const char *data)
    {
        return reinterpret_cast<const unsigned char *>(data);
    }

} // namespace

ValueSealer::ValueSealer(SecretBytes key)
    : m_key(std::move(key))
{
}

Result<ValueSealer> ValueSealer::forDataKey(const SecretBytes &dataKey)
{
    return derived(dataKey, SubkeyContext, SubkeyId);
}

Result<ValueSealer> ValueSealer::forSearchSnapshot(const SecretBytes &dataKey)
{
    return derived(dataKey, SnapshotContext, SnapshotSubkeyId);
}

Result<ValueSealer> ValueSealer::derived(
    const SecretBytes &dataKey, const char *context, quint64 subkeyId)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    if (dataKey.size() != crypto_kdf_KEYBYTES)
        return Error { tr("The journal's key is damaged, so the journal cannot be unlocked."),
            QStringLiteral("data key of %1 bytes").arg(dataKey.size()) };
    auto subkey = SecretBytes::zeroed(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!subkey)
        return subkey.error();
    crypto_kdf_derive_from_key(
        subkey->data(), static_cast<size_t>(subkey->size()), subkeyId, context, dataKey.data());
    return ValueSealer(std::move(*subkey));
}

QByteArray ValueSealer::associatedData(QStringView kind, QStringView field, QStringView uid)
{
    QByteArray ad;
    ad.append(char(FormatVersion));
    appendPart(ad, kind);
    appendPart(ad, field);
    appendPart(ad, uid);
    return ad;
}

Result<QByteArray> ValueSealer::seal(
    QStringView kind, QStringView field, QStringView uid, QByteArrayView plaintext) const
{
    unsigned char nonce[NonceSize];
    randombytes_buf(nonce, sizeof nonce);
    return sealWithNonce(kind, field, uid, plaintext,
        QByteArrayView(reinterpret_cast<const char *>(nonce), NonceSize));
}

Result<QByteArray> ValueSealer::sealWithNonce(QStringView kind, QStringView field, QStringView uid,
    QByteArrayView plaintext, QByteArrayView nonce) const
{
    if (nonce.size() != NonceSize)
        return Error { tr("Rekindle could not encrypt this text."), QStringLiteral("nonce size") };
    // The padded copy is the person's text: wiped once sealed, never left to the allocator.
    QByteArray padded(plaintext.size() + BlockSize, Qt::Uninitialized);
    std::copy(plaintext.begin(), plaintext.end(), padded.begin());
    size_t paddedSize = 0;
    if (sodium_pad(&paddedSize, reinterpret_cast<unsigned char *>(padded.data()),
            static_cast<size_t>(plaintext.size()), BlockSize, static_cast<size_t>(padded.size()))
        != 0) {
        sodium_memzero(padded.data(), static_cast<size_t>(padded.size()));
        return Error { tr("Rekindle could not encrypt this text."),
            QStringLiteral("sodium_pad failed") };
    }
    const QByteArray ad = associatedData(kind, field, uid);
    QByteArray sealed(1 + NonceSize + qsizetype(paddedSize) + TagSize, Qt::Uninitialized);
    sealed[0] = char(FormatVersion);
    std::copy(nonce.begin(), nonce.end(), sealed.begin() + 1);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.data()) + 1 + NonceSize, &written,
        bytes(padded.constData()), paddedSize, bytes(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, bytes(nonce.data()), m_key.data());
    sodium_memzero(padded.data(), static_cast<size_t>(padded.size()));
    return sealed;
}

Result<QByteArray> ValueSealer::open(
    QStringView kind, QStringView field, QStringView uid, QByteArrayView sealed) const
{
    const auto failure = [&](const QString &message, const QString &why) {
        return Error { message, u"%1: %2"_s.arg(placeOf(kind, field, uid), why) };
    };
    if (sealed.isEmpty())
        return failure(tr("This text is damaged and cannot be read."), u"empty"_s);
    const auto version = quint8(sealed[0]);
    if (version > FormatVersion)
        return failure(tr("This text was encrypted by a newer version of Rekindle."),
            QStringLiteral("value format %1").arg(version));
    if (version != FormatVersion || sealed.size() < Overhead + BlockSize
        || (sealed.size() - Overhead) % BlockSize != 0)
        return failure(tr("This text is damaged and cannot be read."),
            QStringLiteral("%1 bytes of format %2").arg(sealed.size()).arg(version));

    const QByteArray ad = associatedData(kind, field, uid);
    const qsizetype ciphertextSize = sealed.size() - 1 - NonceSize;
    QByteArray plaintext(ciphertextSize - TagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const int failed = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plaintext.data()), &written, nullptr,
        bytes(sealed.data()) + 1 + NonceSize, static_cast<unsigned long long>(ciphertextSize),
        bytes(ad.constData()), static_cast<unsigned long long>(ad.size()), bytes(sealed.data()) + 1,
        m_key.data());
    if (failed)
        return failure(tr("This text cannot be read: it was changed, or it belongs to another "
                          "place in the journal."),
            u"authentication failed"_s);
    size_t unpadded = 0;
    if (sodium_unpad(
            &unpadded, bytes(plaintext.constData()), static_cast<size_t>(written), BlockSize)
        != 0) {
        sodium_memzero(plaintext.data(), static_cast<size_t>(plaintext.size()));
        return failure(tr("This text is damaged and cannot be read."), u"bad padding"_s);
    }
    plaintext.truncate(qsizetype(unpadded));
    return plaintext;
}

} // namespace Rekindle
