// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryKey.h"

#include "core/Translation.h"

#include <QList>
#include <QSet>
#include <sodium.h>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::RecoveryKey", text);
    }

    constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static_assert(sizeof Alphabet == 33);

    /// The value of a typed character, or -1. Crockford's reading of look-alikes included.
    int digitOf(QChar c)
    {
        const char16_t u = QChar::toUpper(c.unicode());
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u == u'O')
            return 0;
        if (u == u'I' || u == u'L')
            return 1;
        for (int i = 10; i < 32; ++i) {
            if (char16_t(Alphabet[i]) == u)
                return i;
        }
        return -1;
    }

    /// The digits, read as one base-32 number, modulo CheckModulus.
    quint32 remainder(const QList<int> &digits)
    {
        quint32 rest = 0;
        for (int digit : digits)
            rest = (rest * 32 + quint32(digit)) % RecoveryKey::CheckModulus;
        return rest;
    }

    bool checks(const QList<int> &digits)
    {
        return remainder(digits) == 0;
    }

    /// The 52 data digits of `key` (its 256 bits, most significant first, and 4 zero bits).
    QList<int> dataDigits(const SecretBytes &key)
    {
        QList<int> digits;
        digits.reserve(RecoveryKey::Characters);
        quint32 buffer = 0;
        int bits = 0;
        for (qsizetype i = 0; i < key.size(); ++i) {
            buffer = (buffer << 8) | key.data()[i];
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                digits.append(int((buffer >> bits) & 31));
            }
        }
        if (bits > 0)
            digits.append(int((buffer << (5 - bits)) & 31));
        buffer = 0;
        return digits;
    }

    /// The groups (1-based) in which changing one character would make `digits` check.
    /// Changing digit i from a to b adds (b - a)·32^(n-1-i) to the number, so each candidate
    /// is one multiplication modulo CheckModulus, not a new pass over the digits.
    QSet<int> groupsThatWouldCheck(const QList<int> &digits)
    {
        constexpr quint32 p = RecoveryKey::CheckModulus;
        const quint32 rest = remainder(digits);
        QSet<int> groups;
        quint32 weight = 1; // 32^(n-1-i) mod p, from the last digit backwards
        for (qsizetype i = digits.size() - 1; i >= 0; --i) {
            for (int candidate = 0; candidate < 32; ++candidate) {
                if (candidate == digits[i])
                    continue;
                const quint32 delta = quint32(candidate - digits[i] + int(p)) % p;
                if ((rest + delta * weight) % p == 0) {
                    groups.insert(int(i / RecoveryKey::GroupSize) + 1);
                    break;
                }
            }
            weight = weight * 32 % p;
        }
        return groups;
    }

} // namespace

Result<SecretBytes> RecoveryKey::generate()
{
    return SecretBytes::random(KeySize);
}

QString RecoveryKey::format(const SecretBytes &key)
{
    if (key.size() != KeySize)
        return {};
    QList<int> digits = dataDigits(key);
    // Choose c so that data·32^3 + c ≡ 0 (mod CheckModulus); c < CheckModulus < 32^3.
    digits.append({ 0, 0, 0 });
    const quint32 check = (CheckModulus - remainder(digits)) % CheckModulus;
    digits[DataCharacters] = int(check >> 10);
    digits[DataCharacters + 1] = int((check >> 5) & 31);
    digits[DataCharacters + 2] = int(check & 31);
    QString text;
    text.reserve(Characters + Characters / GroupSize);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % GroupSize == 0)
            text.append(u'-');
        text.append(QLatin1Char(Alphabet[digits[i]]));
    }
    return text;
}

Result<SecretBytes> RecoveryKey::parse(QStringView typed)
{
    QList<int> digits;
    digits.reserve(Characters);
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        const int digit = digitOf(c);
        if (digit < 0)
            return Error { tr("\"%1\" is not in any recovery key. A recovery key has the digits "
                              "and the letters A to Z without U.")
                               .arg(c) };
        digits.append(digit);
    }
    if (digits.size() != Characters)
        return Error { tr("A recovery key has %1 characters in %2 groups; this one has %3.")
                           .arg(Characters)
                           .arg(Characters / GroupSize)
                           .arg(digits.size()) };
    if (!checks(digits)) {
        const QSet<int> groups = groupsThatWouldCheck(digits);
        if (groups.size() == 1)
            return Error { tr("This recovery key has a typo, probably in group %1. Compare it "
                              "with the one you saved.")
                               .arg(*groups.cbegin()) };
        return Error { tr(
            "This recovery key has a typo. Compare each group with the one you saved.") };
    }
    // The last data character carries one bit of the key and four zero bits.
    if ((digits[DataCharacters - 1] & 15) != 0)
        return Error {
            tr("This recovery key has a typo. Compare each group with the one you saved."),
            QStringLiteral("padding bits set")
        };

    auto key = SecretBytes::zeroed(KeySize);
    if (!key)
        return key;
    quint32 buffer = 0;
    int bits = 0;
    qsizetype out = 0;
    for (qsizetype i = 0; i < DataCharacters; ++i) {
        buffer = (buffer << 5) | quint32(digits[i]);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key->data()[out++] = static_cast<unsigned char>((buffer >> bits) & 0xff);
        }
    }
    buffer = 0;
    sodium_memzero(digits.data(), static_cast<size_t>(digits.size()) * sizeof(int));
    return key;
}

} // namespace Rekindle
