// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Rekindle {

/// What a phrase in a draft tends to do to a first message. Stored values: never renumber.
enum class PhraseCategory : int { HeavyTopic = 0, Past = 1, Blame = 2, Pressure = 3 };

/// A phrase to look for, in a small syntax that built-in and user-added phrases share:
/// - Matching ignores case, accents on Latin letters ("perche" hits "perché"), ß against ss
///   ("weisst"/"weißt"), curly or straight apostrophes and runs of white space, and only hits
///   whole words.
/// - `*` at the end of a word also accepts longer words ("apolog*" hits "apologise" and
///   "apology"; "tu n'* jamais" hits "tu n'as jamais"). Elsewhere `*` is a plain character.
/// - `…` (or `...`) standing alone between two words is a gap: up to
///   PhraseMatcher::MaxGapWords other words, none, or hyphenated ones, within one clause
///   ("du … immer" hits "du hast das immer" and "du immer", not "du, ich immer").
///   No phrase hits by taking part of a harmless set phrase ("du hast immer noch": "still").
///   validate() refuses a gap at the start or end and two gaps in a row; a phrase stored
///   before gaps existed keeps matching its dots literally.
struct Phrase {
    static constexpr qsizetype MaxLength = 100;

    QString text;
    PhraseCategory category = PhraseCategory::HeavyTopic;
    bool userAdded = false;

    /// An error for the person when the phrase cannot be used as it is.
    Status validate() const;
};

/// One thing the check found in the draft.
struct MessageFinding {
    enum class Kind { Phrase, Length, Unanswered, TooSoon };

    Kind kind = Kind::Phrase;
    PhraseCategory category = PhraseCategory::HeavyTopic; ///< for phrases
    qsizetype start = 0; ///< position in the draft (phrases and length)
    qsizetype length = 0;
    QString matched; ///< the text as written in the draft
    QString advice; ///< a kind explanation, translated
};

/// How often the person has written lately, for the frequency part of the check.
struct MessageFrequency {
    int unansweredInRow = 0;
    /// Seconds since the last contact I made; nothing when there was none.
    std::optional<qint64> secsSinceMyLast;
};

struct MessageCheckResult {
    QList<MessageFinding> findings;
    bool clear() const { return findings.isEmpty(); }
    int count(MessageFinding::Kind kind) const;
};

/// The message check of step 3: heavy topics, the past, blame, pressure, length and frequency.
/// Phrase lists are per language (English first; the lists are in BuiltInPhrases.cpp).
namespace MessageCheck {

    /// Drafts longer than this read as a letter, not an opener.
    inline constexpr qsizetype LongDraft = 300;
    /// Writing again within this many hours of my last message is "too soon".
    inline constexpr int TooSoonHours = 48;
    /// Unanswered messages in a row from which the check advises waiting.
    inline constexpr int UnansweredLimit = 1;

    /// Languages with a built-in phrase list ("en", "de", "fr", "es", "pt", "it").
    QStringList languages();
    /// The built-in phrases of `language` (a QLocale name such as "pt_BR" or "de-CH", or a
    /// language code), by its language alone; English when the language has no list.
    QList<Phrase> builtInPhrases(const QString &language);
    /// Every hit of `phrases` in `text`, in text order; overlapping hits keep the longer one.
    /// The compiled list is kept between calls, so calling it per keystroke is cheap.
    QList<MessageFinding> findPhrases(const QString &text, const QList<Phrase> &phrases);
    /// The whole check.
    MessageCheckResult check(
        const QString &text, const QList<Phrase> &phrases, const MessageFrequency &frequency);
    /// Lighter ways to open, translated.
    QStringList lighterOpeners();

    QList<PhraseCategory> categories();
    QString categoryName(PhraseCategory category);
    std::optional<PhraseCategory> categoryFromInt(int value);

} // namespace MessageCheck
} // namespace Rekindle
