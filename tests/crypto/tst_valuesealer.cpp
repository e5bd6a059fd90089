// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vectors.h"
#include "crypto/KeyWrap.h"
#include "crypto/ValueSealer.h"

#include <QSet>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The sealing of stored values: known answers, round trips, values moved between rows, fields
/// or kinds, tampered and truncated values, and what the padding hides.
class TestValueSealer : public QObject {
    Q_OBJECT

private:
    static ValueSealer sealer(const SecretBytes &dataKey)
    {
        auto made = ValueSealer::forDataKey(dataKey);
        if (!made)
            qFatal("no sealer: %s", qPrintable(made.error().detail));
        return std::move(*made);
    }
    static SecretBytes newKey()
    {
        auto key = KeyWrap::newDataKey();
        return key ? std::move(*key) : SecretBytes();
    }

private slots:
    void subkeyKnownAnswer()
    {
        const QJsonObject v = Vectors::all()[u"value_subkey"_s].toObject();
        const SecretBytes dataKey = Vectors::secret(v[u"data_key"_s]);
        QCOMPARE(
            Vectors::exposed(sealer(dataKey).key()).toHex(), v[u"subkey"_s].toString().toLatin1());
    }

    void sealedValueKnownAnswers_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const auto &v : Vectors::all()[u"values"_s].toArray())
            QTest::newRow(qPrintable(v[u"kind"_s].toString() + u'.' + v[u"field"_s].toString()))
                << v.toObject();
    }
    void sealedValueKnownAnswers()
    {
        QFETCH(QJsonObject, vector);
        const ValueSealer s = sealer(Vectors::secret(vector[u"data_key"_s]));
        const QString kind = vector[u"kind"_s].toString();
        const QString field = vector[u"field"_s].toString();
        const QString uid = vector[u"uid"_s].toString();
        const QByteArray text = vector[u"text"_s].toString().toUtf8();
        auto sealed = s.sealWithNonce(kind, field, uid, text, Vectors::bytes(vector[u"nonce"_s]));
        QVERIFY(sealed);
        QCOMPARE(sealed->toHex(), vector[u"sealed"_s].toString().toLatin1());
        auto opened = s.open(kind, field, uid, Vectors::bytes(vector[u"sealed"_s]));
        QVERIFY(opened);
        QCOMPARE(*opened, text);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one letter") << QByteArray("a");
        QTest::newRow("block less one") << QByteArray(63, 'x');
        QTest::newRow("one block") << QByteArray(64, 'x');
        QTest::newRow("unicode") << u"Ünïcødé, 咖啡, 🙂, עברית"_s.toUtf8();
        QTest::newRow("zeros and 0x80 at the end") << QByteArray("abc\x80\0\0", 6);
        QTest::newRow("a megabyte") << QByteArray(1 << 20, 'm');
    }
    void roundTrips()
    {
        QFETCH(QByteArray, text);
        const ValueSealer s = sealer(newKey());
        auto sealed = s.seal(u"entries"_s, u"body"_s, u"e-1"_s, text);
        QVERIFY(sealed);
        if (text.size() >= 8)
            QVERIFY(!sealed->contains(text.left(8)));
        auto opened = s.open(u"entries"_s, u"body"_s, u"e-1"_s, *sealed);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().detail));
        QCOMPARE(*opened, text);
    }

    void everyValueGetsItsOwnNonce()
    {
        const ValueSealer s = sealer(newKey());
        QSet<QByteArray> nonces;
        for (int i = 0; i < 200; ++i) {
            auto sealed = s.seal(u"entries"_s, u"body"_s, u"e-1"_s, "same text");
            QVERIFY(sealed);
            nonces.insert(sealed->mid(1, ValueSealer::NonceSize));
        }
        QCOMPARE(nonces.size(), 200);
    }

    void aValueInAnotherPlaceDoesNotOpen_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("uid");
        QTest::newRow("another row") << u"entries"_s << u"body"_s << u"e-2"_s;
        QTest::newRow("another field") << u"entries"_s << u"title"_s << u"e-1"_s;
        QTest::newRow("another kind") << u"reflections"_s << u"body"_s << u"e-1"_s;
        QTest::newRow("a part of the row") << u"entries"_s << u"body"_s << u"e-1/1"_s;
        // Length prefixes: the same letters split differently are another place.
        QTest::newRow("shifted boundary") << u"entriesb"_s << u"ody"_s << u"e-1"_s;
        QTest::newRow("no uid") << u"entries"_s << u"body"_s << QString();
    }
    void aValueInAnotherPlaceDoesNotOpen()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QString, uid);
        const ValueSealer s = sealer(newKey());
        auto sealed = s.seal(u"entries"_s, u"body"_s, u"e-1"_s, "I miss the walks");
        QVERIFY(sealed);
        auto opened = s.open(kind, field, uid, *sealed);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(u"another place"_s));
        QVERIFY(opened.error().detail.contains(uid.isEmpty() ? kind : uid));
    }

    void twoSwappedValuesBothFail()
    {
        // As --check will meet it: two rows' bodies exchanged in the file.
        const ValueSealer s = sealer(newKey());
        auto first = s.seal(u"entries"_s, u"body"_s, u"e-1"_s, "first");
        auto second = s.seal(u"entries"_s, u"body"_s, u"e-2"_s, "second");
        auto title = s.seal(u"entries"_s, u"title"_s, u"e-1"_s, "a title");
        QVERIFY(first && second && title);
        QVERIFY(!s.open(u"entries"_s, u"body"_s, u"e-1"_s, *second).ok());
        QVERIFY(!s.open(u"entries"_s, u"body"_s, u"e-2"_s, *first).ok());
        QVERIFY(!s.open(u"entries"_s, u"title"_s, u"e-1"_s, *first).ok());
        QVERIFY(!s.open(u"entries"_s, u"body"_s, u"e-1"_s, *title).ok());
    }

    void anotherJournalsKeyDoesNotOpen()
    {
        auto sealed = sealer(newKey()).seal(u"entries"_s, u"body"_s, u"e-1"_s, "text");
        QVERIFY(sealed);
        QVERIFY(!sealer(newKey()).open(u"entries"_s, u"body"_s, u"e-1"_s, *sealed).ok());
    }

    void everyChangedByteIsDetected()
    {
        const ValueSealer s = sealer(newKey());
        auto sealed = s.seal(u"entries"_s, u"body"_s, u"e-1"_s,
            "a text long enough for two blocks of padding, "
            "well past sixty-four bytes");
        QVERIFY(sealed);
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            for (const char flip : { char(0x01), char(0x80) }) {
                QByteArray changed = *sealed;
                changed[i] = char(changed[i] ^ flip);
                QVERIFY2(!s.open(u"entries"_s, u"body"_s, u"e-1"_s, changed).ok(),
                    qPrintable(u"byte %1"_s.arg(i)));
            }
        }
    }

    void truncatedAndGarbageAreRefused()
    {
        const ValueSealer s = sealer(newKey());
        auto sealed = s.seal(u"entries"_s, u"body"_s, u"e-1"_s, "some words");
        QVERIFY(sealed);
        for (qsizetype size = 0; size < sealed->size(); ++size) {
            auto opened = s.open(u"entries"_s, u"body"_s, u"e-1"_s, sealed->left(size));
            QVERIFY2(!opened.ok(), qPrintable(u"%1 bytes"_s.arg(size)));
            QVERIFY(!opened.error().message.isEmpty());
        }
        QVERIFY(!s.open(u"entries"_s, u"body"_s, u"e-1"_s, *sealed + QByteArray(64, '\0')).ok());
        QVERIFY(!s.open(u"entries"_s, u"body"_s, u"e-1"_s,
                      QByteArray("plain text that was never sealed"))
                     .ok());
        QVERIFY(
            !s.open(u"entries"_s, u"body"_s, u"e-1"_s, QByteArray(1 + 24 + 64 + 16, '\x01')).ok());
    }

    void aNewerFormatIsNamedAsNewer()
    {
        const ValueSealer s = sealer(newKey());
        auto sealed = s.seal(u"entries"_s, u"body"_s, u"e-1"_s, "some words");
        QVERIFY(sealed);
        QByteArray newer = *sealed;
        newer[0] = char(ValueSealer::FormatVersion + 1);
        auto opened = s.open(u"entries"_s, u"body"_s, u"e-1"_s, newer);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(u"newer version"_s));
    }

    void paddingHidesLengthsWithinABlock()
    {
        const ValueSealer s = sealer(newKey());
        const auto sizeFor = [&](qsizetype length) {
            auto sealed = s.seal(u"entries"_s, u"body"_s, u"e-1"_s, QByteArray(length, 'w'));
            return sealed ? sealed->size() : -1;
        };
        // Every length below a block looks the same; the next block starts at 64 (sodium_pad
        // always adds at least one byte), and so on.
        for (qsizetype length = 0; length < 3 * ValueSealer::BlockSize; ++length) {
            const qsizetype blocks = length / ValueSealer::BlockSize + 1;
            QCOMPARE(sizeFor(length), ValueSealer::Overhead + blocks * ValueSealer::BlockSize);
        }
        QCOMPARE(sizeFor(0), sizeFor(ValueSealer::BlockSize - 1));
        QVERIFY(sizeFor(ValueSealer::BlockSize) > sizeFor(ValueSealer::BlockSize - 1));
    }

    void aWrongSizedDataKeyIsRefused()
    {
        auto shortKey = SecretBytes::random(16);
        QVERIFY(shortKey);
        QVERIFY(!ValueSealer::forDataKey(*shortKey).ok());
        QVERIFY(!ValueSealer::forDataKey(SecretBytes()).ok());
    }
};

QTEST_GUILESS_MAIN(TestValueSealer)
#include "tst_valuesealer.moc"
