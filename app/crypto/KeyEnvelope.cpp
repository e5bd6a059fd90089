// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyEnvelope.h"

#include "core/Translation.h"

#include <QString>
#include <QtEndian>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::KeyEnvelope", text);
    }

    constexpr char Magic[4] = { 'R', 'K', 'K', 'E' };

    template<typename T> void append(QByteArray &out, T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian(value, bytes);
        out.append(bytes, qsizetype(sizeof(T)));
    }

    Error damaged(const QString &detail)
    {
        return Error { tr("The journal's key is damaged, so the journal cannot be unlocked. "
                          "A backup may still hold an intact copy."),
            detail };
    }

} // namespace

QByteArray KeyEnvelope::header() const
{
    QByteArray out;
    out.reserve(Size);
    out.append(Magic, sizeof Magic);
    append<quint8>(out, FormatVersion);
    append<quint8>(out, quint8(kdf));
    append<quint16>(out, 0);
    append<quint32>(out, params.passes);
    append<quint64>(out, params.memory);
    out.append(salt);
    return out;
}

QByteArray KeyEnvelope::serialize() const
{
    return header() + nonce + ciphertext;
}

int KeyEnvelope::versionOf(QByteArrayView bytes)
{
    if (bytes.size() < 5 || !bytes.startsWith(QByteArrayView(Magic, sizeof Magic)))
        return -1;
    return quint8(bytes[4]);
}

Result<KeyEnvelope> KeyEnvelope::parse(QByteArrayView bytes)
{
    const int version = versionOf(bytes);
    if (version < 0)
        return Error { tr("This is not a Rekindle journal key."),
            QStringLiteral("no envelope magic in %1 bytes").arg(bytes.size()) };
    if (version > FormatVersion)
        return Error { tr("This journal was encrypted by a newer version of Rekindle. Install "
                          "the newer version to open it; this one leaves it as it is."),
            QStringLiteral("key envelope version %1, this build reads up to %2")
                .arg(version)
                .arg(FormatVersion) };
    if (version == 0)
        return damaged(QStringLiteral("key envelope version 0"));
    if (bytes.size() != Size)
        return damaged(
            QStringLiteral("key envelope of %1 bytes, expected %2").arg(bytes.size()).arg(Size));

    const char *data = bytes.data();
    KeyEnvelope envelope;
    const auto kdf = quint8(data[5]);
    const auto reserved = qFromLittleEndian<quint16>(data + 6);
    envelope.params.passes = qFromLittleEndian<quint32>(data + 8);
    envelope.params.memory = qFromLittleEndian<quint64>(data + 12);
    envelope.salt = QByteArray(data + 20, PassphraseKdf::SaltSize);
    envelope.nonce = QByteArray(data + HeaderSize, NonceSize);
    envelope.ciphertext = QByteArray(data + HeaderSize + NonceSize, CiphertextSize);
    if (reserved != 0)
        return damaged(QStringLiteral("reserved bytes are %1").arg(reserved));
    if (kdf == quint8(Kdf::Passphrase)) {
        envelope.kdf = Kdf::Passphrase;
        if (!PassphraseKdf::isAcceptable(envelope.params))
            return damaged(QStringLiteral("Argon2id cost out of range: %1 passes, %2 bytes")
                               .arg(envelope.params.passes)
                               .arg(envelope.params.memory));
    } else if (kdf == quint8(Kdf::RecoveryKey)) {
        envelope.kdf = Kdf::RecoveryKey;
        if (envelope.params != KdfParams {})
            return damaged(QStringLiteral("a recovery key envelope with an Argon2id cost"));
    } else {
        return damaged(QStringLiteral("unknown key derivation %1").arg(kdf));
    }
    return envelope;
}

} // namespace Rekindle
