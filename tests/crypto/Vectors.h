// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecretBytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// The known-answer vectors of tests/crypto (tests/data/crypto-vectors.json, written by
/// tests/crypto/make_vectors.py with PyNaCl from the formats' descriptions), and small helpers
/// to turn their hex into bytes.
namespace Vectors {

inline QJsonObject all()
{
    QFile file(QString::fromUtf8(REKINDLE_TEST_DATA_DIR "/crypto-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QByteArray bytes(const QJsonValue &hex)
{
    return QByteArray::fromHex(hex.toString().toLatin1());
}

inline Rekindle::SecretBytes secret(const QJsonValue &hex)
{
    const QByteArray raw = bytes(hex);
    auto key = Rekindle::SecretBytes::copyOf(
        reinterpret_cast<const unsigned char *>(raw.constData()), raw.size());
    return key ? std::move(*key) : Rekindle::SecretBytes();
}

inline QByteArray exposed(const Rekindle::SecretBytes &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), key.size());
}

} // namespace Vectors
