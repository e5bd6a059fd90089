// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptedExport.h"

#include "core/Translation.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/StreamSealer.h"

#include <QFile>

namespace Rekindle::EncryptedExport {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::EncryptedExport", text);
    }

} // namespace

bool isEncrypted(QByteArrayView start)
{
    return StreamSealer::isSealed(start);
}

bool isEncryptedFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return isEncrypted(file.read(StreamSealer::HeaderSize));
}

Result<QByteArray> encrypt(QByteArrayView plaintext, const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Error { tr("The passphrase for the export is empty.") };
    auto cost = PassphraseKdf::calibrate();
    if (!cost)
        return cost.error();
    return StreamSealer::seal(plaintext, passphrase, cost->params);
}

Result<QByteArray> decrypt(QByteArrayView file, const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Error { tr("The file is encrypted: its passphrase is needed to read it.") };
    return StreamSealer::open(file, passphrase);
}

void wipe(QByteArray &bytes)
{
    // A shared buffer is detached by data(): the other owner wipes its own copy.
    bytes.fill('\0');
    bytes.clear();
}

} // namespace Rekindle::EncryptedExport
