// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vectors.h"
#include "crypto/KeyEnvelope.h"
#include "crypto/KeyWrap.h"
#include "crypto/PassphraseKdf.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The data key's envelopes: known answers against a second implementation (PyNaCl), round
/// trips, wrong passphrases and recovery keys, a passphrase change, and the strict parser.
class TestKeyWrap : public QObject {
    Q_OBJECT

private:
    // Small costs keep the suite fast; the parser accepts any cost libsodium can run.
    static constexpr KdfParams Fast { 1, 8192 };

    static SecretBytes dataKey()
    {
        auto key = KeyWrap::newDataKey();
        return key ? std::move(*key) : SecretBytes();
    }

private slots:
    void argon2idKnownAnswers_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const auto &v : Vectors::all()[u"argon2id"_s].toArray())
            QTest::newRow(qPrintable(v[u"passphrase"_s].toString())) << v.toObject();
    }
    void argon2idKnownAnswers()
    {
        // One of the rows is at the real minimum of a new journal (3 passes, 64 MiB).
        QFETCH(QJsonObject, vector);
        const KdfParams params { quint32(vector[u"passes"_s].toInt()),
            quint64(vector[u"memory"_s].toInteger()) };
        auto key = PassphraseKdf::derive(
            vector[u"passphrase"_s].toString(), Vectors::bytes(vector[u"salt"_s]), params);
        QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
        QCOMPARE(Vectors::exposed(*key).toHex(), vector[u"key"_s].toString().toLatin1());
    }

    void theRealMinimumIsThePromise()
    {
        QCOMPARE(PassphraseKdf::Minimum.passes, 3u);
        QCOMPARE(PassphraseKdf::Minimum.memory, quint64(64) * 1024 * 1024);
        const QJsonArray rows = Vectors::all()[u"argon2id"_s].toArray();
        const bool covered = std::any_of(rows.begin(), rows.end(), [](const QJsonValue &v) {
            return v[u"passes"_s].toInt() == 3 && v[u"memory"_s].toInteger() == 64 << 20;
        });
        QVERIFY(covered);
    }

    void composedAndDecomposedPassphrasesAgree()
    {
        const QByteArray salt(16, 's');
        const QString composed = u"caf\u00e9"_s;
        const QString decomposed = u"cafe\u0301"_s;
        auto a = PassphraseKdf::derive(composed, salt, Fast);
        auto b = PassphraseKdf::derive(decomposed, salt, Fast);
        QVERIFY(a && b);
        QVERIFY(a->equals(*b));
    }

    void passphraseEnvelopeKnownAnswers()
    {
        const QJsonArray rows = Vectors::all()[u"passphrase_envelopes"_s].toArray();
        QVERIFY(!rows.isEmpty());
        for (const auto &v : rows) {
            KeyEnvelope envelope;
            envelope.kdf = KeyEnvelope::Kdf::Passphrase;
            envelope.params
                = { quint32(v[u"passes"_s].toInt()), quint64(v[u"memory"_s].toInteger()) };
            envelope.salt = Vectors::bytes(v[u"salt"_s]);
            envelope.nonce = Vectors::bytes(v[u"nonce"_s]);
            auto wrappingKey = PassphraseKdf::derive(
                v[u"passphrase"_s].toString(), envelope.salt, envelope.params);
            QVERIFY(wrappingKey);
            const SecretBytes key = Vectors::secret(v[u"data_key"_s]);
            QVERIFY(KeyWrap::seal(envelope, key, *wrappingKey).ok());
            QCOMPARE(envelope.serialize().toHex(), v[u"envelope"_s].toString().toLatin1());

            // And the other way: the file written by the other implementation opens here.
            auto opened = KeyWrap::unwrapWithPassphrase(
                Vectors::bytes(v[u"envelope"_s]), v[u"passphrase"_s].toString());
            QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
            QVERIFY(opened->equals(key));
        }
    }

    void recoveryEnvelopeKnownAnswers()
    {
        const QJsonArray rows = Vectors::all()[u"recovery_envelopes"_s].toArray();
        QVERIFY(!rows.isEmpty());
        for (const auto &v : rows) {
            KeyEnvelope envelope;
            envelope.kdf = KeyEnvelope::Kdf::RecoveryKey;
            envelope.salt = Vectors::bytes(v[u"salt"_s]);
            envelope.nonce = Vectors::bytes(v[u"nonce"_s]);
            const SecretBytes recoveryKey = Vectors::secret(v[u"recovery_key"_s]);
            auto wrappingKey = KeyWrap::recoveryWrappingKey(recoveryKey, envelope.salt);
            QVERIFY(wrappingKey);
            const SecretBytes key = Vectors::secret(v[u"data_key"_s]);
            QVERIFY(KeyWrap::seal(envelope, key, *wrappingKey).ok());
            QCOMPARE(envelope.serialize().toHex(), v[u"envelope"_s].toString().toLatin1());

            auto opened
                = KeyWrap::unwrapWithRecoveryKey(Vectors::bytes(v[u"envelope"_s]), recoveryKey);
            QVERIFY(opened.ok());
            QVERIFY(opened->equals(key));
        }
    }

    void newKeysOpenBothWays()
    {
        auto keys = KeyWrap::createKeys(u"first words"_s, Fast);
        QVERIFY(keys);
        QCOMPARE(keys->dataKey.size(), KeyWrap::DataKeySize);
        QCOMPARE(keys->recoveryKey.size(), KeyWrap::RecoveryKeySize);
        QVERIFY(!keys->dataKey.equals(keys->recoveryKey));
        auto byPassphrase
            = KeyWrap::unwrapWithPassphrase(keys->passphraseEnvelope, u"first words"_s);
        auto byRecovery = KeyWrap::unwrapWithRecoveryKey(keys->recoveryEnvelope, keys->recoveryKey);
        QVERIFY(byPassphrase && byRecovery);
        QVERIFY(byPassphrase->equals(keys->dataKey));
        QVERIFY(byRecovery->equals(keys->dataKey));
        QVERIFY(!KeyWrap::createKeys(QString(), Fast).ok());
    }

    void newEnvelopesAreFreshEachTime()
    {
        const SecretBytes key = dataKey();
        auto first = KeyWrap::wrapWithPassphrase(key, u"same words"_s, Fast);
        auto second = KeyWrap::wrapWithPassphrase(key, u"same words"_s, Fast);
        QVERIFY(first && second);
        QCOMPARE(first->size(), KeyEnvelope::Size);
        QVERIFY(first->mid(20, 16) != second->mid(20, 16)); // salt
        QVERIFY(first->mid(36, 24) != second->mid(36, 24)); // nonce
        QVERIFY(*first != *second);
    }

    void aWrongPassphraseGivesAnErrorAndNoKey_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("other words") << u"tangerine sky"_s;
        QTest::newRow("caps lock") << u"MARMALADE SKIES"_s;
        QTest::newRow("one letter short") << u"marmalade skie"_s;
        QTest::newRow("trailing space") << u"marmalade skies "_s;
        QTest::newRow("empty") << QString();
    }
    void aWrongPassphraseGivesAnErrorAndNoKey()
    {
        QFETCH(QString, typed);
        const SecretBytes key = dataKey();
        auto envelope = KeyWrap::wrapWithPassphrase(key, u"marmalade skies"_s, Fast);
        QVERIFY(envelope);
        auto opened = KeyWrap::unwrapWithPassphrase(*envelope, typed);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().message.isEmpty());
        auto right = KeyWrap::unwrapWithPassphrase(*envelope, u"marmalade skies"_s);
        QVERIFY(right && right->equals(key));
    }

    void aWrongRecoveryKeyGivesAnErrorAndNoKey()
    {
        const SecretBytes key = dataKey();
        auto recoveryKey = SecretBytes::random(KeyWrap::RecoveryKeySize);
        auto otherKey = SecretBytes::random(KeyWrap::RecoveryKeySize);
        QVERIFY(recoveryKey && otherKey);
        auto envelope = KeyWrap::wrapWithRecoveryKey(key, *recoveryKey);
        QVERIFY(envelope);
        auto wrong = KeyWrap::unwrapWithRecoveryKey(*envelope, *otherKey);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(u"recovery key"_s));
        auto right = KeyWrap::unwrapWithRecoveryKey(*envelope, *recoveryKey);
        QVERIFY(right && right->equals(key));
        // A passphrase envelope is no recovery envelope, and the other way round.
        QVERIFY(!KeyWrap::unwrapWithPassphrase(*envelope, u"anything"_s).ok());
        auto passphraseEnvelope = KeyWrap::wrapWithPassphrase(key, u"words"_s, Fast);
        QVERIFY(passphraseEnvelope);
        QVERIFY(!KeyWrap::unwrapWithRecoveryKey(*passphraseEnvelope, *recoveryKey).ok());
    }

    void aPassphraseChangeKeepsTheDataKey()
    {
        const SecretBytes key = dataKey();
        auto recoveryKey = SecretBytes::random(KeyWrap::RecoveryKeySize);
        QVERIFY(recoveryKey);
        auto old = KeyWrap::wrapWithPassphrase(key, u"old words"_s, Fast);
        auto recovery = KeyWrap::wrapWithRecoveryKey(key, *recoveryKey);
        QVERIFY(old && recovery);

        QVERIFY(
            !KeyWrap::changePassphrase(*old, u"not the old words"_s, u"new words"_s, Fast).ok());
        QVERIFY(!KeyWrap::changePassphrase(*old, u"old words"_s, QString(), Fast).ok());
        auto changed
            = KeyWrap::changePassphrase(*old, u"old words"_s, u"new words"_s, { 2, 16384 });
        QVERIFY(changed);
        auto parsed = KeyEnvelope::parse(*changed);
        QVERIFY(parsed);
        QCOMPARE(parsed->params, (KdfParams { 2, 16384 }));

        auto withNew = KeyWrap::unwrapWithPassphrase(*changed, u"new words"_s);
        QVERIFY(withNew && withNew->equals(key));
        QVERIFY(!KeyWrap::unwrapWithPassphrase(*changed, u"old words"_s).ok());
        // The old envelope still works until the caller replaces it (the crash-safe half).
        auto withOld = KeyWrap::unwrapWithPassphrase(*old, u"old words"_s);
        QVERIFY(withOld && withOld->equals(key));
        auto withRecovery = KeyWrap::unwrapWithRecoveryKey(*recovery, *recoveryKey);
        QVERIFY(withRecovery && withRecovery->equals(key));
    }

    void everyChangedByteIsDetected()
    {
        const SecretBytes key = dataKey();
        auto envelope = KeyWrap::wrapWithPassphrase(key, u"words"_s, Fast);
        QVERIFY(envelope);
        for (qsizetype i = 0; i < envelope->size(); ++i) {
            QByteArray changed = *envelope;
            changed[i] = char(changed[i] ^ 0x01);
            auto opened = KeyWrap::unwrapWithPassphrase(changed, u"words"_s);
            QVERIFY2(!opened.ok(), qPrintable(u"byte %1"_s.arg(i)));
        }
    }

    void truncatedAndGarbageAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const SecretBytes key = dataKey();
        auto envelope = KeyWrap::wrapWithPassphrase(key, u"words"_s, Fast);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("magic only") << QByteArray("RKKE");
        QTest::newRow("header only") << envelope->left(KeyEnvelope::HeaderSize);
        QTest::newRow("one byte short") << envelope->chopped(1);
        QTest::newRow("one byte more") << (*envelope + 'x');
        QTest::newRow("text") << QByteArray("my passphrase is marmalade skies");
        QTest::newRow("zeros") << QByteArray(KeyEnvelope::Size, '\0');
        QByteArray version0 = *envelope;
        version0[4] = 0;
        QTest::newRow("version 0") << version0;
        QByteArray unknownKdf = *envelope;
        unknownKdf[5] = 7;
        QTest::newRow("unknown kdf") << unknownKdf;
        QByteArray reserved = *envelope;
        reserved[6] = 1;
        QTest::newRow("reserved set") << reserved;
        QByteArray noPasses = *envelope;
        std::fill(noPasses.begin() + 8, noPasses.begin() + 12, '\0');
        QTest::newRow("no passes") << noPasses;
        QByteArray hugeMemory = *envelope;
        std::fill(hugeMemory.begin() + 12, hugeMemory.begin() + 20, '\x7f');
        QTest::newRow("terabytes of memory") << hugeMemory;
    }
    void truncatedAndGarbageAreRefused()
    {
        QFETCH(QByteArray, bytes);
        auto parsed = KeyEnvelope::parse(bytes);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY(!parsed.error().detail.isEmpty());
        QVERIFY(!KeyWrap::unwrapWithPassphrase(bytes, u"words"_s).ok());
    }

    void aNewerVersionIsRefusedAsNewer()
    {
        const SecretBytes key = dataKey();
        auto envelope = KeyWrap::wrapWithPassphrase(key, u"words"_s, Fast);
        QVERIFY(envelope);
        QCOMPARE(KeyEnvelope::versionOf(*envelope), 1);
        for (const QByteArray &newer :
            { QByteArray(*envelope).replace(4, 1, "\x02"), QByteArray("RKKE\xff", 5),
                QByteArray(*envelope).replace(4, 1, "\x02").append("longer") }) {
            QVERIFY(KeyEnvelope::versionOf(newer) > KeyEnvelope::FormatVersion);
            auto parsed = KeyEnvelope::parse(newer);
            QVERIFY(!parsed.ok());
            QVERIFY(parsed.error().message.contains(u"newer version"_s));
        }
        QCOMPARE(KeyEnvelope::versionOf("garbage"), -1);
    }

    void parseAndSerializeAgree()
    {
        const SecretBytes key = dataKey();
        auto envelope = KeyWrap::wrapWithPassphrase(key, u"words"_s, { 4, 32768 });
        QVERIFY(envelope);
        auto parsed = KeyEnvelope::parse(*envelope);
        QVERIFY(parsed);
        QCOMPARE(parsed->kdf, KeyEnvelope::Kdf::Passphrase);
        QCOMPARE(parsed->params, (KdfParams { 4, 32768 }));
        QCOMPARE(parsed->serialize(), *envelope);
    }
};

QTEST_GUILESS_MAIN(TestKeyWrap)
#include "tst_keywrap.moc"
