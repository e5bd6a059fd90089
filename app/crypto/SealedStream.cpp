// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SealedStream.h"

#include "Sodium.h"
#include "core/Translation.h"

#include <QString>
#include <sodium.h>

namespace Rekindle {

/// The stream's state holds key material: wiped when its reader or writer goes.
struct SealedStreamState {
    crypto_secretstream_xchacha20poly1305_state state;
    ~SealedStreamState() { sodium_memzero(&state, sizeof state); }
};

namespace {

    QString sealerTr(const char *text)
    {
        return Translation::lookup("Rekindle::StreamSealer", text);
    }

    const unsigned char *bytes(const char *data)
    {
        return reinterpret_cast<const unsigned char *>(data);
    }

    unsigned char *bytes(char *data)
    {
        return reinterpret_cast<unsigned char *>(data);
    }

    void wipe(QByteArray &buffer)
    {
        if (!buffer.isEmpty())
            sodium_memzero(buffer.data(), static_cast<size_t>(buffer.size()));
    }

    /// Reads exactly `size` bytes unless the source ends first.
    QByteArray readUpTo(QIODevice &source, qint64 size)
    {
        QByteArray out(size, Qt::Uninitialized);
        qint64 got = 0;
        while (got < size) {
            const qint64 n = source.read(out.data() + got, size - got);
            if (n <= 0)
                break;
            got += n;
        }
        out.truncate(got);
        return out;
    }

} // namespace

SealedReader::SealedReader(QIODevice &source, const SecretBytes &key)
    : m_source(source)
    , m_key(key)
    , m_state(std::make_unique<SealedStreamState>())
{
}

SealedReader::~SealedReader()
{
    wipe(m_plain);
}

Status SealedReader::start()
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready;
    const QByteArray head
        = readUpTo(m_source, StreamSealer::HeaderSize + StreamSealer::StreamHeaderSize);
    // header() wants the first chunk's overhead too: a file must hold at least that.
    QByteArray probe = head;
    probe.append(QByteArray(StreamSealer::ChunkOverhead, '\0'));
    auto parsed = StreamSealer::header(
        head.size() < StreamSealer::HeaderSize + StreamSealer::StreamHeaderSize ? head : probe);
    if (!parsed)
        return parsed.error();
    if (m_key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return StreamSealer::damaged(QStringLiteral("key of %1 bytes").arg(m_key.size()));
    m_ad = head.first(StreamSealer::HeaderSize);
    m_chunkSize = parsed->chunkSize;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &m_state->state, bytes(head.constData() + StreamSealer::HeaderSize), m_key.data())
        != 0)
        return StreamSealer::damaged(QStringLiteral("stream header"));
    open(QIODevice::ReadOnly);
    return {};
}

bool SealedReader::fail(const Error &error)
{
    wipe(m_plain);
    m_plain.clear();
    m_plainAt = 0;
    m_failure = error;
    setErrorString(error.message);
    return false;
}

bool SealedReader::pullChunk()
{
    const qint64 full = qint64(m_chunkSize) + StreamSealer::ChunkOverhead;
    m_sealed = readUpTo(m_source, full);
    if (m_sealed.size() < StreamSealer::ChunkOverhead)
        return fail(
            StreamSealer::cutShort(QStringLiteral("no final chunk after chunk %1").arg(m_index)));
    wipe(m_plain);
    m_plain.resize(m_sealed.size() - StreamSealer::ChunkOverhead);
    m_plainAt = 0;
    unsigned long long written = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->state, bytes(m_plain.data()), &written,
            &tag, bytes(m_sealed.constData()), static_cast<unsigned long long>(m_sealed.size()),
            bytes(m_ad.constData()), static_cast<unsigned long long>(m_ad.size()))
        != 0)
        return fail(m_index == 0
                ? StreamSealer::wrongPassphrase()
                : StreamSealer::damaged(QStringLiteral("chunk %1 does not open").arg(m_index)));
    ++m_index;
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        if (!readUpTo(m_source, 1).isEmpty())
            return fail(StreamSealer::damaged(QStringLiteral("bytes after the final chunk")));
        m_final = true;
        return true;
    }
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || m_sealed.size() != full)
        return fail(StreamSealer::damaged(QStringLiteral("chunk %1: tag %2, %3 bytes")
                                              .arg(m_index - 1)
                                              .arg(tag)
                                              .arg(m_sealed.size())));
    return true;
}

bool SealedReader::atEnd() const
{
    return m_final && m_plainAt >= m_plain.size();
}

qint64 SealedReader::readData(char *data, qint64 maxSize)
{
    if (m_failure.message.size() > 0)
        return -1;
    while (m_plainAt >= m_plain.size()) {
        if (m_final)
            return 0;
        if (!pullChunk())
            return -1;
    }
    const qint64 n = qMin<qint64>(maxSize, m_plain.size() - m_plainAt);
    std::copy_n(m_plain.constData() + m_plainAt, n, data);
    m_plainAt += n;
    return n;
}

qint64 SealedReader::writeData(const char *, qint64)
{
    return -1;
}

SealedWriter::SealedWriter(QIODevice &sink, SecretBytes key, StreamSealer::Header header)
    : m_sink(sink)
    , m_key(std::move(key))
    , m_header(std::move(header))
    , m_state(std::make_unique<SealedStreamState>())
{
}

SealedWriter::~SealedWriter()
{
    wipe(m_plain);
}

Status SealedWriter::start()
{
    if (Status ready = Sodium::initialize(); !ready)
        return ready;
    if (m_key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES
        || m_header.salt.size() != PassphraseKdf::SaltSize
        || !PassphraseKdf::isAcceptable(m_header.params)
        || m_header.chunkSize < StreamSealer::MinimumChunkSize
        || m_header.chunkSize > StreamSealer::MaximumChunkSize)
        return Error { sealerTr("The export could not be encrypted."),
            QStringLiteral("key of %1 bytes, salt of %2, chunk size %3")
                .arg(m_key.size())
                .arg(m_header.salt.size())
                .arg(m_header.chunkSize) };
    m_ad = m_header.serialize();
    QByteArray head = m_ad;
    head.resize(StreamSealer::HeaderSize + StreamSealer::StreamHeaderSize);
    crypto_secretstream_xchacha20poly1305_init_push(
        &m_state->state, bytes(head.data() + StreamSealer::HeaderSize), m_key.data());
    if (m_sink.write(head) != head.size())
        return Error { m_sink.errorString() };
    m_plain.reserve(qsizetype(m_header.chunkSize) * 2);
    open(QIODevice::WriteOnly);
    return {};
}

bool SealedWriter::push(qsizetype length, bool last)
{
    m_sealed.resize(length + StreamSealer::ChunkOverhead);
    crypto_secretstream_xchacha20poly1305_push(&m_state->state, bytes(m_sealed.data()), nullptr,
        bytes(m_plain.constData()), static_cast<unsigned long long>(length),
        bytes(m_ad.constData()), static_cast<unsigned long long>(m_ad.size()),
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
             : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    sodium_memzero(m_plain.data(), static_cast<size_t>(length));
    m_plain.remove(0, length);
    if (m_sink.write(m_sealed) != m_sealed.size()) {
        m_failure = Error { m_sink.errorString() };
        setErrorString(m_failure.message);
        return false;
    }
    return true;
}

qint64 SealedWriter::writeData(const char *data, qint64 maxSize)
{
    if (!m_failure.message.isEmpty())
        return -1;
    m_plain.append(data, maxSize);
    // A full chunk goes out only once more follows it: the last chunk, full or not, carries
    // the final tag, as sealWithKey() writes it.
    while (m_plain.size() > qsizetype(m_header.chunkSize))
        if (!push(m_header.chunkSize, false))
            return -1;
    return maxSize;
}

Status SealedWriter::finish()
{
    if (!m_failure.message.isEmpty())
        return m_failure;
    if (!push(m_plain.size(), true))
        return m_failure;
    close();
    return {};
}

qint64 SealedWriter::readData(char *, qint64)
{
    return -1;
}

} // namespace Rekindle
