// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyWrap.h"

#include "Sodium.h"
#include "core/Translation.h"

#include <QString>
#include <sodium.h>
#include <utility>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::KeyWrap", text);
    }

    /// BLAKE2b's personalisation for the recovery key's wrapping key: the same recovery key
    /// bytes used anywhere else would give a different key.
    constexpr char RecoveryPersonal[crypto_generichash_blake2b_PERSONALBYTES + 1]
        = "Rekindle recover";

    static_assert(KeyEnvelope::NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    static_assert(KeyEnvelope::CiphertextSize
        == KeyEnvelope::DataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    static_assert(PassphraseKdf::KeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    static_assert(PassphraseKdf::SaltSize == crypto_pwhash_SALTBYTES);
    static_assert(PassphraseKdf::SaltSize == crypto_generichash_blake2b_SALTBYTES);

    QByteArray randomBytes(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        randombytes_buf(bytes.data(), static_cast<size_t>(size));
        return bytes;
    }

    Result<KeyEnvelope> parseAs(QByteArrayView bytes, KeyEnvelope::Kdf kdf)
    {
        auto envelope = KeyEnvelope::parse(bytes);
        if (envelope && envelope->kdf != kdf)
            return Error { tr("The journal's key is damaged, so the journal cannot be unlocked. "
                              "A backup may still hold an intact copy."),
                QStringLiteral("envelope of kdf %1 where %2 was expected")
                    .arg(int(envelope->kdf))
                    .arg(int(kdf)) };
        return envelope;
    }

    Result<QByteArray> sealed(
        KeyEnvelope &envelope, const SecretBytes &dataKey, const SecretBytes &wrappingKey)
    {
        if (Status status = KeyWrap::seal(envelope, dataKey, wrappingKey); !status)
            return status.error();
        return envelope.serialize();
    }

} // namespace

Result<SecretBytes> KeyWrap::newDataKey()
{
    return SecretBytes::random(DataKeySize);
}

Result<KeyWrap::NewKeys> KeyWrap::createKeys(QStringView passphrase, const KdfParams &params)
{
    auto dataKey = newDataKey();
    if (!dataKey)
        return dataKey.error();
    auto recoveryKey = SecretBytes::random(RecoveryKeySize);
    if (!recoveryKey)
        return recoveryKey.error();
    auto passphraseEnvelope = wrapWithPassphrase(*dataKey, passphrase, params);
    if (!passphraseEnvelope)
        return passphraseEnvelope.error();
    auto recoveryEnvelope = wrapWithRecoveryKey(*dataKey, *recoveryKey);
    if (!recoveryEnvelope)
        return recoveryEnvelope.error();
    return NewKeys { std::move(*dataKey), std::move(*recoveryKey), std::move(*passphraseEnvelope),
        std::move(*recoveryEnvelope) };
}

Status KeyWrap::seal(
    KeyEnvelope &envelope, const SecretBytes &dataKey, const SecretBytes &wrappingKey)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready;
    if (dataKey.size() != DataKeySize
        || wrappingKey.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES
        || envelope.salt.size() != PassphraseKdf::SaltSize
        || envelope.nonce.size() != KeyEnvelope::NonceSize)
        return Error { tr("Rekindle could not protect the journal's key."),
            QStringLiteral("KeyWrap::seal: wrong key, salt or nonce size") };
    const QByteArray ad = envelope.header();
    QByteArray ciphertext(KeyEnvelope::CiphertextSize, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(ciphertext.data()),
        &written, dataKey.data(), static_cast<unsigned long long>(dataKey.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(envelope.nonce.constData()), wrappingKey.data());
    envelope.ciphertext = ciphertext;
    return {};
}

Result<SecretBytes> KeyWrap::open(const KeyEnvelope &envelope, const SecretBytes &wrappingKey)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    if (wrappingKey.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES
        || envelope.ciphertext.size() != KeyEnvelope::CiphertextSize
        || envelope.nonce.size() != KeyEnvelope::NonceSize)
        return Error { tr("The journal's key is damaged, so the journal cannot be unlocked. "
                          "A backup may still hold an intact copy."),
            QStringLiteral("KeyWrap::open: wrong key, ciphertext or nonce size") };
    auto dataKey = SecretBytes::zeroed(DataKeySize);
    if (!dataKey)
        return dataKey;
    const QByteArray ad = envelope.header();
    unsigned long long written = 0;
    const int failed = crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey->data(), &written,
        nullptr, reinterpret_cast<const unsigned char *>(envelope.ciphertext.constData()),
        static_cast<unsigned long long>(envelope.ciphertext.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()),
        reinterpret_cast<const unsigned char *>(envelope.nonce.constData()), wrappingKey.data());
    if (failed || written != static_cast<unsigned long long>(DataKeySize))
        return Error { envelope.kdf == KeyEnvelope::Kdf::Passphrase
                ? tr("This passphrase does not unlock the journal. Check the keyboard layout and "
                     "Caps Lock, or use the recovery key.")
                : tr("This recovery key does not belong to this journal."),
            QStringLiteral("XChaCha20-Poly1305 authentication failed") };
    return dataKey;
}

Result<SecretBytes> KeyWrap::recoveryWrappingKey(
    const SecretBytes &recoveryKey, QByteArrayView salt)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    if (recoveryKey.size() != RecoveryKeySize
        || salt.size() != crypto_generichash_blake2b_SALTBYTES)
        return Error { tr("This recovery key does not belong to this journal."),
            QStringLiteral("recovery key of %1 bytes, salt of %2")
                .arg(recoveryKey.size())
                .arg(salt.size()) };
    auto key = SecretBytes::zeroed(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!key)
        return key;
    crypto_generichash_blake2b_salt_personal(key->data(), static_cast<size_t>(key->size()), nullptr,
        0, recoveryKey.data(), static_cast<size_t>(recoveryKey.size()),
        reinterpret_cast<const unsigned char *>(salt.data()),
        reinterpret_cast<const unsigned char *>(RecoveryPersonal));
    return key;
}

Result<QByteArray> KeyWrap::wrapWithPassphrase(
    const SecretBytes &dataKey, QStringView passphrase, const KdfParams &params)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    KeyEnvelope envelope;
    envelope.kdf = KeyEnvelope::Kdf::Passphrase;
    envelope.params = params;
    envelope.salt = randomBytes(PassphraseKdf::SaltSize);
    envelope.nonce = randomBytes(KeyEnvelope::NonceSize);
    auto wrappingKey = PassphraseKdf::derive(passphrase, envelope.salt, params);
    if (!wrappingKey)
        return wrappingKey.error();
    return sealed(envelope, dataKey, *wrappingKey);
}

Result<SecretBytes> KeyWrap::unwrapWithPassphrase(QByteArrayView bytes, QStringView passphrase)
{
    auto envelope = parseAs(bytes, KeyEnvelope::Kdf::Passphrase);
    if (!envelope)
        return envelope.error();
    if (passphrase.isEmpty())
        return Error { tr("Type the journal's passphrase.") };
    auto wrappingKey = PassphraseKdf::derive(passphrase, envelope->salt, envelope->params);
    if (!wrappingKey)
        return wrappingKey.error();
    return open(*envelope, *wrappingKey);
}

Result<QByteArray> KeyWrap::wrapWithRecoveryKey(
    const SecretBytes &dataKey, const SecretBytes &recoveryKey)
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready.error();
    KeyEnvelope envelope;
    envelope.kdf = KeyEnvelope::Kdf::RecoveryKey;
    envelope.salt = randomBytes(PassphraseKdf::SaltSize);
    envelope.nonce = randomBytes(KeyEnvelope::NonceSize);
    auto wrappingKey = recoveryWrappingKey(recoveryKey, envelope.salt);
    if (!wrappingKey)
        return wrappingKey.error();
    return sealed(envelope, dataKey, *wrappingKey);
}

Result<SecretBytes> KeyWrap::unwrapWithRecoveryKey(
    QByteArrayView bytes, const SecretBytes &recoveryKey)
{
    auto envelope = parseAs(bytes, KeyEnvelope::Kdf::RecoveryKey);
    if (!envelope)
        return envelope.error();
    auto wrappingKey = recoveryWrappingKey(recoveryKey, envelope->salt);
    if (!wrappingKey)
        return wrappingKey.error();
    return open(*envelope, *wrappingKey);
}

Result<QByteArray> KeyWrap::changePassphrase(QByteArrayView envelope, QStringView oldPassphrase,
    QStringView newPassphrase, const KdfParams &params)
{
    if (newPassphrase.isEmpty())
        return Error { tr("Choose a new passphrase.") };
    auto dataKey = unwrapWithPassphrase(envelope, oldPassphrase);
    if (!dataKey)
        return dataKey.error();
    return wrapWithPassphrase(*dataKey, newPassphrase, params);
}

} // namespace Rekindle
