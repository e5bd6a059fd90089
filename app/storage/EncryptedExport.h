// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

class QIODevice;

/// JSON exports encrypted with a passphrase (EXPORT_FORMAT.md, "Encrypted exports"): the
/// storage layer's door to the crypto layer's StreamSealer, so that the export, the console
/// and the models layer can write and read them without seeing a key. The cost of Argon2id is
/// calibrated on this computer for every file, as for a journal.
namespace Rekindle::EncryptedExport {

/// Whether `start` (the first bytes of a file) is an encrypted export rather than JSON.
bool isEncrypted(QByteArrayView start);
/// Whether the file at `filePath` is an encrypted export (false when it cannot be read).
bool isEncryptedFile(const QString &filePath);

/// `plaintext` (a JSON document) encrypted for `passphrase`; an error for an empty one.
Result<QByteArray> encrypt(QByteArrayView plaintext, const QString &passphrase);
/// The JSON inside `file`; an error, and nothing else, for a wrong passphrase or a file
/// that was changed, cut short or written by a newer version.
Result<QByteArray> decrypt(QByteArrayView file, const QString &passphrase);

/// An encrypted export opened with its passphrase: the key is derived once (Argon2id), then
/// the plaintext can be read from the start any number of times, checked chunk by chunk as
/// it is read (a reader has seen the whole file checked once it read to the end).
class Opened {
public:
    virtual ~Opened() = default;
    /// A fresh reader of the plaintext; the file must be at its start. Valid until the
    /// next stream().
    virtual Result<QIODevice *> stream() = 0;
    /// Why the last stream's read failed (a wrong passphrase, a changed or cut file).
    virtual std::optional<Error> failure() const = 0;
};
/// Checks the header of `file` (open, at its start) and derives the key of `passphrase`.
Result<std::unique_ptr<Opened>> open(QIODevice &file, const QString &passphrase);

/// Encrypts what is written to device() into a sink as it comes, for a passphrase.
class Writer {
public:
    virtual ~Writer() = default;
    virtual QIODevice &device() = 0;
    /// Writes the final chunk: without it the file does not open.
    virtual Status finish() = 0;
};
/// A writer into `sink` (open for writing) for `passphrase`; an error for an empty one.
Result<std::unique_ptr<Writer>> writer(QIODevice &sink, const QString &passphrase);

/// Overwrites `bytes` (a decrypted or not yet encrypted document) before it is freed.
void wipe(QByteArray &bytes);

} // namespace Rekindle::EncryptedExport
