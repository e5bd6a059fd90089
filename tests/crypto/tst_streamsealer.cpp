// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SealedStream.h"
#include "crypto/StreamSealer.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The encryption of exports: files made by a second implementation (PyNaCl) open, round trips
/// at every chunk boundary, and every change to a file (a byte anywhere, a chunk cut off,
/// moved or added, a lowered cost) is refused without handing out any plaintext.
class TestStreamSealer : public QObject {
    Q_OBJECT

private:
    /// The cheapest cost libsodium runs: these tests are about the format, not Argon2id.
    static constexpr KdfParams Cheap { 1, 8192 };
    static constexpr quint32 SmallChunk = StreamSealer::MinimumChunkSize;

    static QJsonArray vectors()
    {
        QFile file(QString::fromUtf8(REKINDLE_TEST_DATA_DIR "/stream-vectors.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object()[u"streams"_s].toArray();
    }

    static StreamSealer::Header header(quint32 chunkSize = SmallChunk)
    {
        StreamSealer::Header h;
        h.params = Cheap;
        h.salt = QByteArray(PassphraseKdf::SaltSize, 's');
        h.chunkSize = chunkSize;
        return h;
    }

    static SecretBytes key(const StreamSealer::Header &h, const QString &passphrase)
    {
        auto k = StreamSealer::keyFor(passphrase, h);
        return k ? std::move(*k) : SecretBytes();
    }

    static QByteArray text(qsizetype size)
    {
        QByteArray bytes(size, '\0');
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char('a' + i % 23);
        return bytes;
    }

    static constexpr qsizetype FirstChunk
        = StreamSealer::HeaderSize + StreamSealer::StreamHeaderSize;

private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonArray all = vectors();
        QVERIFY(all.size() >= 3);
        for (const auto &v : all)
            QTest::newRow(qPrintable(v[u"name"_s].toString())) << v.toObject();
    }
    void knownAnswers()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray sealed = QByteArray::fromHex(vector[u"sealed"_s].toString().toLatin1());
        const QByteArray plain = QByteArray::fromHex(vector[u"plaintext"_s].toString().toLatin1());
        QVERIFY(StreamSealer::isSealed(sealed));
        auto h = StreamSealer::header(sealed);
        QVERIFY(h);
        QCOMPARE(h->chunkSize, quint32(vector[u"chunk_size"_s].toInt()));
        QCOMPARE(h->params.passes, quint32(vector[u"passes"_s].toInt()));
        QCOMPARE(h->params.memory, quint64(vector[u"memory"_s].toInteger()));
        auto opened = StreamSealer::open(sealed, vector[u"passphrase"_s].toString());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        QCOMPARE(*opened, plain);
        QVERIFY(!StreamSealer::open(sealed, vector[u"passphrase"_s].toString() + u'x'));

        // Our writer lays out the same bytes, up to the random salt and stream header.
        const SecretBytes k = key(*h, vector[u"passphrase"_s].toString());
        auto again = StreamSealer::sealWithKey(plain, k, *h);
        QVERIFY(again);
        QCOMPARE(again->size(), sealed.size());
        QCOMPARE(again->first(StreamSealer::HeaderSize), sealed.first(StreamSealer::HeaderSize));
        QCOMPARE(*StreamSealer::openWithKey(*again, k), plain);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (const qsizetype size : { qsizetype(0), qsizetype(1), qsizetype(SmallChunk - 1),
                 qsizetype(SmallChunk), qsizetype(SmallChunk + 1), qsizetype(3 * SmallChunk),
                 qsizetype(5 * SmallChunk + 17) })
            QTest::addRow("%lld bytes", qlonglong(size)) << size;
    }
    void roundTrip()
    {
        QFETCH(qsizetype, size);
        const auto h = header();
        const SecretBytes k = key(h, u"passphrase"_s);
        const QByteArray plain = text(size);
        auto sealed = StreamSealer::sealWithKey(plain, k, h);
        QVERIFY(sealed);
        // Full chunks, the last one final; an empty file is one empty final chunk.
        const qsizetype chunks = size == 0 ? 1 : (size + SmallChunk - 1) / SmallChunk;
        QCOMPARE(sealed->size(), FirstChunk + size + chunks * StreamSealer::ChunkOverhead);
        // No plaintext in the output: checked over 16 bytes or more, where a chance match of
        // random ciphertext is out of reach (a 1-byte text is found by chance a third of the
        // time).
        if (size >= 16)
            QVERIFY(!sealed->contains(plain.left(64)));
        auto opened = StreamSealer::openWithKey(*sealed, k);
        QVERIFY(opened);
        QCOMPARE(*opened, plain);
    }

    void passphraseRoundTripAndWrongPassphrase()
    {
        const QByteArray plain = text(3000);
        auto sealed = StreamSealer::seal(plain, u"Ça va 🙂"_s, Cheap);
        QVERIFY(sealed);
        QCOMPARE(StreamSealer::header(*sealed)->chunkSize, StreamSealer::DefaultChunkSize);
        // The same passphrase composed otherwise (NFD) opens it.
        QCOMPARE(
            *StreamSealer::open(*sealed, u"Ça va 🙂"_s.normalized(QString::NormalizationForm_D)),
            plain);
        auto wrong = StreamSealer::open(*sealed, u"ca va"_s);
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(u"passphrase"_s));
        QVERIFY(!StreamSealer::open(*sealed, QString()));
        // Two seals of the same text differ (fresh salt and stream header).
        QVERIFY(*StreamSealer::seal(plain, u"Ça va 🙂"_s, Cheap) != *sealed);
    }

    void everyChangedByteIsRefused()
    {
        const auto h = header();
        const SecretBytes k = key(h, u"passphrase"_s);
        const QByteArray sealed = *StreamSealer::sealWithKey(text(2 * SmallChunk + 100), k, h);
        // Every byte of the header and stream header, and a sample of every chunk's bytes.
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < FirstChunk; ++i)
            positions << i;
        for (qsizetype i = FirstChunk; i < sealed.size(); i += 37)
            positions << i;
        positions << sealed.size() - 1;
        for (const qsizetype at : positions) {
            QByteArray changed = sealed;
            changed[at] = char(changed[at] ^ 0x01);
            auto opened = StreamSealer::openWithKey(changed, k);
            QVERIFY2(!opened, qPrintable(u"byte %1 changed, yet it opened"_s.arg(at)));
            QVERIFY(!opened.error().message.isEmpty());
        }
    }

    void truncatedOrLengthenedIsRefused()
    {
        const auto h = header();
        const SecretBytes k = key(h, u"passphrase"_s);
        const QByteArray sealed = *StreamSealer::sealWithKey(text(3 * SmallChunk + 10), k, h);
        const qsizetype full = SmallChunk + StreamSealer::ChunkOverhead;
        // At every chunk boundary (the stream would otherwise look whole), inside chunks, and
        // inside the headers.
        QList<qsizetype> lengths { 0, 3, StreamSealer::HeaderSize, FirstChunk, FirstChunk + 5 };
        for (int chunk = 1; chunk <= 3; ++chunk)
            lengths << FirstChunk + chunk * full << FirstChunk + chunk * full - 1
                    << FirstChunk + chunk * full + 1;
        lengths << sealed.size() - 1;
        for (const qsizetype length : lengths) {
            auto opened = StreamSealer::openWithKey(sealed.first(length), k);
            QVERIFY2(!opened, qPrintable(u"cut to %1 bytes, yet it opened"_s.arg(length)));
        }
        QVERIFY(!StreamSealer::openWithKey(sealed + QByteArray(1, '\0'), k));
        QVERIFY(!StreamSealer::openWithKey(sealed + sealed.mid(FirstChunk), k));
        auto cut = StreamSealer::openWithKey(sealed.first(FirstChunk + 2 * full), k);
        QVERIFY(cut.error().message.contains(u"cut short"_s));
    }

    void streamsMatchTheWholeFileForm_data()
    {
        QTest::addColumn<qsizetype>("size");
        const qsizetype chunk = SmallChunk;
        for (const qsizetype size :
            { qsizetype(0), qsizetype(1), chunk - 1, chunk, chunk + 1, 3 * chunk, 3 * chunk + 7 })
            QTest::addRow("%lld bytes", static_cast<long long>(size)) << size;
    }

    void streamsMatchTheWholeFileForm()
    {
        // SealedWriter, fed in uneven pieces, writes what sealWithKey() makes of the whole (up to
        // the random stream header), and SealedReader reads either back, in pieces too.
        QFETCH(qsizetype, size);
        const auto h = header();
        const QByteArray plain = text(size);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        {
            SealedWriter writer(sink, key(h, u"passphrase"_s), h);
            QVERIFY(writer.start());
            for (qsizetype at = 0; at < plain.size(); at += 333)
                QCOMPARE(writer.write(plain.mid(at, 333)), qMin<qsizetype>(333, plain.size() - at));
            QVERIFY(writer.finish());
        }
        const QByteArray streamed = sink.data();
        const SecretBytes k = key(h, u"passphrase"_s);
        QCOMPARE(streamed.size(), StreamSealer::sealWithKey(plain, k, h)->size());
        QCOMPARE(streamed.first(StreamSealer::HeaderSize), h.serialize());
        QCOMPARE(*StreamSealer::openWithKey(streamed, k), plain);

        QBuffer source;
        source.setData(*StreamSealer::sealWithKey(plain, k, h));
        source.open(QIODevice::ReadOnly);
        SealedReader reader(source, k);
        QVERIFY(reader.start());
        QByteArray read;
        char piece[500];
        for (qint64 n; (n = reader.read(piece, sizeof piece)) > 0;)
            read.append(piece, n);
        QCOMPARE(read, plain);
        QVERIFY(reader.atEnd());
        QVERIFY(reader.failure().message.isEmpty());
    }

    void streamReaderRefusesWhatTheWholeFileFormRefuses()
    {
        const auto h = header();
        const SecretBytes k = key(h, u"passphrase"_s);
        const QByteArray sealed = *StreamSealer::sealWithKey(text(3 * SmallChunk + 10), k, h);
        const qsizetype full = SmallChunk + StreamSealer::ChunkOverhead;
        const auto readAll = [&k](const QByteArray &bytes) -> std::optional<Error> {
            QBuffer source;
            source.setData(bytes);
            source.open(QIODevice::ReadOnly);
            SealedReader reader(source, k);
            if (Status started = reader.start(); !started)
                return started.error();
            char piece[4096];
            qint64 n = 0;
            while ((n = reader.read(piece, sizeof piece)) > 0) { }
            if (n < 0)
                return reader.failure();
            return std::nullopt;
        };
        QVERIFY(!readAll(sealed));
        QList<QByteArray> bad { sealed.first(FirstChunk + 2 * full),
            sealed.first(sealed.size() - 1), sealed + QByteArray(1, '\0'), sealed.first(10) };
        QByteArray changed = sealed;
        changed[FirstChunk + full + 3] = char(changed.at(FirstChunk + full + 3) ^ 1);
        bad << changed;
        for (const QByteArray &file : std::as_const(bad)) {
            const auto failure = readAll(file);
            QVERIFY2(
                failure && !failure->message.isEmpty(), qPrintable(QString::number(file.size())));
        }
        QVERIFY(readAll(sealed.first(FirstChunk + 2 * full))->message.contains(u"cut short"_s));
        const SecretBytes other = key(h, u"another"_s);
        QBuffer source;
        source.setData(sealed);
        source.open(QIODevice::ReadOnly);
        SealedReader wrong(source, other);
        QVERIFY(wrong.start());
        char piece[16];
        QCOMPARE(wrong.read(piece, sizeof piece), -1);
        QCOMPARE(wrong.failure().message, StreamSealer::wrongPassphrase().message);
    }

    void reorderedChunksAreRefused()
    {
        const auto h = header();
        const SecretBytes k = key(h, u"passphrase"_s);
        const QByteArray sealed = *StreamSealer::sealWithKey(text(3 * SmallChunk + 10), k, h);
        const qsizetype full = SmallChunk + StreamSealer::ChunkOverhead;
        const QByteArray one = sealed.mid(FirstChunk, full);
        const QByteArray two = sealed.mid(FirstChunk + full, full);
        QByteArray swapped = sealed;
        swapped.replace(FirstChunk, full, two);
        swapped.replace(FirstChunk + full, full, one);
        QVERIFY(!StreamSealer::openWithKey(swapped, k));
        // A middle chunk left out.
        QByteArray dropped = sealed;
        dropped.remove(FirstChunk + full, full);
        QVERIFY(!StreamSealer::openWithKey(dropped, k));
        // A chunk of another file sealed with the same key.
        const QByteArray other = *StreamSealer::sealWithKey(text(3 * SmallChunk + 10), k, h);
        QByteArray spliced = sealed;
        spliced.replace(FirstChunk + full, full, other.mid(FirstChunk + full, full));
        QVERIFY(!StreamSealer::openWithKey(spliced, k));
    }

    void headerIsChecked()
    {
        const auto h = header();
        const SecretBytes k = key(h, u"passphrase"_s);
        const QByteArray sealed = *StreamSealer::sealWithKey(text(100), k, h);
        QVERIFY(!StreamSealer::isSealed(QByteArrayView("{\"format\": 1}")));
        QVERIFY(!StreamSealer::header(QByteArrayView("{}")));

        QByteArray newer = sealed;
        newer[4] = char(2);
        auto refused = StreamSealer::header(newer);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"newer"_s));

        // A cost lowered in the file: the header is the chunks' associated data.
        QByteArray weaker = sealed;
        qToLittleEndian(quint32(2), weaker.data() + 8);
        QVERIFY(StreamSealer::header(weaker));
        QVERIFY(!StreamSealer::openWithKey(weaker, k));
        // A cost no one could pay is refused before any derivation.
        QByteArray huge = sealed;
        qToLittleEndian(quint64(1) << 40, huge.data() + 12);
        QVERIFY(!StreamSealer::header(huge));
        QByteArray badChunk = sealed;
        qToLittleEndian(quint32(16), badChunk.data() + 36);
        QVERIFY(!StreamSealer::header(badChunk));
        // A key that is not the file's.
        const SecretBytes otherKey = key(h, u"another"_s);
        QVERIFY(!StreamSealer::openWithKey(sealed, otherKey));
    }
};

QTEST_GUILESS_MAIN(TestStreamSealer)
#include "tst_streamsealer.moc"
