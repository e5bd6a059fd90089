// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vectors.h"
#include "crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// The recovery key as text: its shape, known answers, the tolerant reading, and the checksum
/// against every single typo and every swap.
class TestRecoveryKey : public QObject {
    Q_OBJECT

private:
    static constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    static SecretBytes newKey()
    {
        auto key = RecoveryKey::generate();
        return key ? std::move(*key) : SecretBytes();
    }
    /// The 55 characters of a formatted key, without the dashes.
    static QString bare(const QString &text) { return QString(text).remove(u'-'); }

private slots:
    void knownAnswers()
    {
        const QJsonArray rows = Vectors::all()[u"recovery_texts"_s].toArray();
        QVERIFY(rows.size() >= 4);
        for (const auto &v : rows) {
            const SecretBytes key = Vectors::secret(v[u"key"_s]);
            QCOMPARE(RecoveryKey::format(key), v[u"text"_s].toString());
            auto parsed = RecoveryKey::parse(v[u"text"_s].toString());
            QVERIFY(parsed);
            QVERIFY(parsed->equals(key));
        }
    }

    void theShapeIsElevenGroupsOfFive()
    {
        const QString text = RecoveryKey::format(newKey());
        static const QRegularExpression shape(
            u"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){10}$"_s);
        QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        QVERIFY(RecoveryKey::format(SecretBytes()).isEmpty());
    }

    void roundTripsOfRandomKeys()
    {
        for (int i = 0; i < 200; ++i) {
            const SecretBytes key = newKey();
            auto parsed = RecoveryKey::parse(RecoveryKey::format(key));
            QVERIFY(parsed);
            QVERIFY(parsed->equals(key));
        }
    }

    void whatPeopleTypeIsRead_data()
    {
        QTest::addColumn<QString>("typed");
        const QString text
            = Vectors::all()[u"recovery_texts"_s].toArray().at(0)[u"text"_s].toString();
        QTest::newRow("as shown") << text;
        QTest::newRow("lower case") << text.toLower();
        QTest::newRow("no dashes") << bare(text);
        QTest::newRow("spaces") << QString(text).replace(u'-', u' ');
        QTest::newRow("line breaks and tabs")
            << u"  "_s + QString(text).replace(u'-', u"\n\t"_s) + u"\n"_s;
        QTest::newRow("O for 0, I and L for 1")
            << QString(text).replace(u'0', u'O').replace(u'1', u'l');
    }
    void whatPeopleTypeIsRead()
    {
        QFETCH(QString, typed);
        const QJsonObject v = Vectors::all()[u"recovery_texts"_s].toArray().at(0).toObject();
        auto parsed = RecoveryKey::parse(typed);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY(parsed->equals(Vectors::secret(v[u"key"_s])));
    }

    void everySingleTypoIsCaught()
    {
        for (int round = 0; round < 3; ++round) {
            const QString text = bare(RecoveryKey::format(newKey()));
            int named = 0;
            for (qsizetype i = 0; i < text.size(); ++i) {
                for (const char c : std::string_view(Alphabet)) {
                    if (QChar(QLatin1Char(c)) == text[i])
                        continue;
                    QString typo = text;
                    typo[i] = QLatin1Char(c);
                    auto parsed = RecoveryKey::parse(typo);
                    QVERIFY2(!parsed.ok(), qPrintable(typo));
                    QVERIFY(parsed.error().message.contains(u"typo"_s));
                    // When a group is named, it is the one with the typo.
                    static const QRegularExpression group(u"group (\\d+)"_s);
                    const auto match = group.match(parsed.error().message);
                    if (match.hasMatch()) {
                        QCOMPARE(match.captured(1).toInt(), int(i / RecoveryKey::GroupSize) + 1);
                        ++named;
                    }
                }
            }
            // Most typos can be placed: another single change that also checks is rare.
            QVERIFY2(named > 55 * 31 * 8 / 10, qPrintable(QString::number(named)));
        }
    }

    void everySwapIsCaught()
    {
        for (int round = 0; round < 3; ++round) {
            const QString text = bare(RecoveryKey::format(newKey()));
            for (qsizetype i = 0; i < text.size(); ++i) {
                for (qsizetype j = i + 1; j < text.size(); ++j) {
                    if (text[i] == text[j])
                        continue;
                    QString swapped = text;
                    std::swap(swapped[i], swapped[j]);
                    QVERIFY2(!RecoveryKey::parse(swapped).ok(), qPrintable(swapped));
                }
            }
        }
    }

    void wrongLengthsAndCharactersAreNamed()
    {
        const QString text = bare(RecoveryKey::format(newKey()));
        auto tooShort = RecoveryKey::parse(text.chopped(1));
        QVERIFY(!tooShort.ok());
        QVERIFY(tooShort.error().message.contains(u"54"_s));
        QVERIFY(tooShort.error().message.contains(u"55"_s));
        auto tooLong = RecoveryKey::parse(text + u'0');
        QVERIFY(!tooLong.ok());
        QVERIFY(tooLong.error().message.contains(u"56"_s));
        QVERIFY(!RecoveryKey::parse(QString()).ok());
        for (const QString &bad : { u"U"_s, u"*"_s, u"é"_s, u"_"_s }) {
            auto parsed = RecoveryKey::parse(QString(text).replace(7, 1, bad));
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().message.contains(bad), qPrintable(parsed.error().message));
        }
    }

    void paddingBitsMustBeZero()
    {
        // The last data character holds one bit of the key and four zero bits: a 52nd
        // character with any of those set is a typo even when someone fixed up the check.
        const QString text = bare(RecoveryKey::format(newKey()));
        int refused = 0;
        for (const char c : std::string_view(Alphabet)) {
            QString changed = text;
            changed[RecoveryKey::DataCharacters - 1] = QLatin1Char(c);
            if (!RecoveryKey::parse(changed).ok())
                ++refused;
        }
        QCOMPARE(refused, 31);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
