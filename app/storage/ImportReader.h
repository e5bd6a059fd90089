// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <memory>
#include <optional>

class QIODevice;

namespace Rekindle {

/// What the reader finds in an export, in the order of the file. A handler returns false to
/// stop reading (it keeps its own reason).
class ImportHandler {
public:
    virtual ~ImportHandler() = default;
    /// A top-level value, whole; also "records" and "settings" when they are not objects.
    virtual bool topLevel(const QString &key, const QJsonValue &value) = 0;
    /// The object "records" or "settings" starts (its contents follow).
    virtual bool objectStarts(const QString &key) = 0;
    /// A setting of the "settings" object.
    virtual bool setting(const QString &key, const QJsonValue &value) = 0;
    enum class Kind { Read, Skip, Stop };
    /// A key of "records" whose value is of `type` (an array holds records): whether its
    /// records are wanted (those skipped are read past, not built), or reading stops.
    virtual Kind kindStarts(const QString &kind, QJsonValue::Type type) = 0;
    /// One record (any JSON value) of the kind that started last.
    virtual bool record(qsizetype index, const QJsonValue &value) = 0;
    /// About every 64 KiB read; false stops.
    virtual bool progress() { return true; }
};

/// Where an import reads from: a file (plain or encrypted, the key derived once whatever the
/// number of passes), or bytes in memory. Every open() starts again at the beginning.
class ImportSource {
public:
    ImportSource();
    ~ImportSource();
    ImportSource(ImportSource &&) noexcept;
    ImportSource &operator=(ImportSource &&) noexcept;

    /// Larger files are refused before being read.
    static constexpr qint64 MaxFileSize = qint64(1) << 30;

    /// The file; for an encrypted export `passphrase` opens it (its header is checked here, its
    /// chunks as they are read).
    static Result<ImportSource> file(const QString &filePath, const QString &passphrase = {});
    static ImportSource bytes(QByteArray json);

    /// The plaintext from its start; valid until the next open().
    Result<QIODevice *> open();
    /// The error of the last opened stream's decryption, when a read failed because of it.
    std::optional<Error> failure() const;
    /// Bytes of the file (or of the bytes), and how far the last opened stream has read them.
    qint64 size() const;
    qint64 position() const;

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::ImportSource)
};

/// Reads a JSON export with a streaming (SAX) parser, handing out its top-level values, its
/// settings and its records one at a time, so that no more than one record is in memory
/// whatever the size of the file. A syntax error names its line and column.
namespace ImportReader {
    /// Reads `device` to its end. An error with an empty message: the handler stopped.
    Status read(QIODevice &device, ImportHandler &handler);
} // namespace ImportReader

} // namespace Rekindle
