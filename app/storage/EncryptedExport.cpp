// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptedExport.h"

#include "core/Translation.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/SealedStream.h"
#include "crypto/StreamSealer.h"

#include <QFile>

namespace Rekindle::EncryptedExport {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::EncryptedExport", text);
    }

    class OpenedFile final : public Opened {
    public:
        OpenedFile(QIODevice &file, SecretBytes key)
            : m_file(file)
            , m_key(std::move(key))
        {
        }

        Result<QIODevice *> stream() override
        {
            m_reader.reset();
            m_reader = std::make_unique<SealedReader>(m_file, m_key);
            if (Status started = m_reader->start(); !started)
                return started.error();
            return m_reader.get();
        }

        std::optional<Error> failure() const override
        {
            if (!m_reader || m_reader->failure().message.isEmpty())
                return std::nullopt;
            return m_reader->failure();
        }

    private:
        QIODevice &m_file;
        SecretBytes m_key;
        std::unique_ptr<SealedReader> m_reader;
    };

    class SealingWriter final : public Writer {
    public:
        explicit SealingWriter(std::unique_ptr<SealedWriter> writer)
            : m_writer(std::move(writer))
        {
        }
        QIODevice &device() override { return *m_writer; }
        Status finish() override { return m_writer->finish(); }

    private:
        std::unique_ptr<SealedWriter> m_writer;
    };

} // namespace

Result<std::unique_ptr<Opened>> open(QIODevice &file, const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Error { tr("The file is encrypted: its passphrase is needed to read it.") };
    const QByteArray start = file.peek(
        StreamSealer::HeaderSize + StreamSealer::StreamHeaderSize + StreamSealer::ChunkOverhead);
    auto header = StreamSealer::header(start);
    if (!header)
        return header.error();
    auto key = StreamSealer::keyFor(passphrase, *header);
    if (!key)
        return key.error();
    return std::unique_ptr<Opened>(std::make_unique<OpenedFile>(file, std::move(*key)));
}

Result<std::unique_ptr<Writer>> writer(QIODevice &sink, const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Error { tr("The passphrase for the export is empty.") };
    auto cost = PassphraseKdf::calibrate();
    if (!cost)
        return cost.error();
    auto header = StreamSealer::freshHeader(cost->params);
    if (!header)
        return header.error();
    auto key = StreamSealer::keyFor(passphrase, *header);
    if (!key)
        return key.error();
    auto sealing = std::make_unique<SealedWriter>(sink, std::move(*key), *header);
    if (Status started = sealing->start(); !started)
        return started.error();
    return std::unique_ptr<Writer>(std::make_unique<SealingWriter>(std::move(sealing)));
}

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
