// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"
#include "StreamSealer.h"
#include "core/Result.h"

#include <QIODevice>
#include <memory>

namespace Rekindle {

struct SealedStreamState;

/// The plaintext of a sealed file (StreamSealer's format) read a chunk at a time from `source`,
/// so that an export of any size is opened in constant memory. Every chunk is checked before a
/// byte of it is handed out; a read fails (returns -1, failure() says why) at the first chunk
/// that does not open, and at the end when the final tag is missing or bytes follow it. A
/// reader of the whole file has therefore seen it checked whole only once read to its end.
class SealedReader final : public QIODevice {
public:
    /// `source` and `key` must outlive the reader; `source` is read from its current position.
    SealedReader(QIODevice &source, const SecretBytes &key);
    ~SealedReader() override;

    /// Reads and checks the header, then opens the device for reading.
    Status start();
    const Error &failure() const { return m_failure; }

    bool isSequential() const override { return true; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool pullChunk();
    bool fail(const Error &error);

    QIODevice &m_source;
    const SecretBytes &m_key;
    std::unique_ptr<SealedStreamState> m_state;
    QByteArray m_ad;
    QByteArray m_sealed;
    QByteArray m_plain;
    qsizetype m_plainAt = 0;
    qint64 m_index = 0;
    quint32 m_chunkSize = 0;
    bool m_final = false;
    Error m_failure;
};

/// Seals what is written to it into `sink` a chunk at a time (StreamSealer's format, the same
/// bytes StreamSealer::sealWithKey() makes of the whole), so that an export is encrypted as it
/// is written and no plaintext of it reaches the disk. finish() writes the final chunk.
class SealedWriter final : public QIODevice {
public:
    SealedWriter(QIODevice &sink, SecretBytes key, StreamSealer::Header header);
    ~SealedWriter() override;

    /// Writes the header, then opens the device for writing.
    Status start();
    /// Seals what is left as the final chunk; nothing can be written after it.
    Status finish();
    const Error &failure() const { return m_failure; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool push(qsizetype length, bool last);

    QIODevice &m_sink;
    SecretBytes m_key;
    StreamSealer::Header m_header;
    std::unique_ptr<SealedStreamState> m_state;
    QByteArray m_ad;
    QByteArray m_plain;
    QByteArray m_sealed;
    Error m_failure;
};

} // namespace Rekindle
