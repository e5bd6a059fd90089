// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"
#include "core/Result.h"

#include <QString>
#include <QStringView>

namespace Rekindle {

/// The recovery key as a person sees it: 256 random bits written in Crockford's base32
/// (0-9 and A-Z without I, L, O and U, so that no two characters look alike), 52 characters,
/// then 3 check characters, shown as 11 groups of 5 ("7K3QD-…").
///
/// The 55 characters read as one base-32 number are a multiple of the prime 32749 (the check
/// characters are chosen so). Any single wrong character changes that number by d·32^k with
/// 0 < |d| < 32, and any two characters swapped change it by (a - b)·32^k·(32^m - 1) with
/// m < 55; 32749 is prime and 32 has order 32748 modulo it, so neither is a multiple of
/// 32749: every typo and every swap is caught, and other mistakes slip through once in 32749
/// times.
class RecoveryKey {
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype DataCharacters = 52;
    static constexpr qsizetype CheckCharacters = 3;
    static constexpr qsizetype Characters = DataCharacters + CheckCharacters;
    static constexpr qsizetype GroupSize = 5;
    static constexpr quint32 CheckModulus = 32749;

    /// A new recovery key from the system's random generator.
    static Result<SecretBytes> generate();

    /// The text to show once (and print): 11 groups of 5 characters joined by dashes.
    static QString format(const SecretBytes &key);

    /// The key of what a person typed: any case, with or without spaces and dashes, with O
    /// read as 0 and I or L as 1. A clear error for a wrong length, a character that is in no
    /// recovery key, and a typo (naming the group when one character there would fix it).
    static Result<SecretBytes> parse(QStringView typed);
};

} // namespace Rekindle
