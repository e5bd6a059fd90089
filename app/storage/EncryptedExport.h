// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Rekindle {

/// JSON exports encrypted with a passphrase (EXPORT_FORMAT.md, "Encrypted exports"): the
/// storage layer's door to the crypto layer's StreamSealer, so that the export, the console
/// and the models layer can write and read them without seeing a key. The cost of Argon2id is
/// calibrated on this computer for every file, as for a journal.
namespace EncryptedExport {

    /// Whether `start` (the first bytes of a file) is an encrypted export rather than JSON.
    bool isEncrypted(QByteArrayView start);
    /// Whether the file at `filePath` is an encrypted export (false when it cannot be read).
    bool isEncryptedFile(const QString &filePath);

    /// `plaintext` (a JSON document) encrypted for `passphrase`; an error for an empty one.
    Result<QByteArray> encrypt(QByteArrayView plaintext, const QString &passphrase);
    /// The JSON inside `file`; an error, and nothing else, for a wrong passphrase or a file
    /// that was changed, cut short or written by a newer version.
    Result<QByteArray> decrypt(QByteArrayView file, const QString &passphrase);

    /// Overwrites `bytes` (a decrypted or not yet encrypted document) before it is freed.
    void wipe(QByteArray &bytes);

} // namespace EncryptedExport
} // namespace Rekindle
