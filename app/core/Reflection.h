// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Step.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Rekindle {

/// The kinds of reflection. The numeric values are stored: never renumber them.
enum class ReflectionKind : int {
    Guided = 1, ///< questions drawn from the step's prompts, one at a time
    ThoughtRecord = 2, ///< a CBT-style thought record
};

/// One question and what the person wrote. The question's wording is kept as it was asked, so
/// an old reflection still reads right after the prompts changed.
struct ReflectionAnswer {
    QString promptKey;
    QString promptText;
    QString answer;
};

/// A reflection session: a draft while being written, complete once finished. Drafts are kept
/// so that a half-done reflection can be resumed (also after a crash).
struct Reflection {
    static constexpr qsizetype MaxAnswerLength = qsizetype { 200 } * 1024;
    static constexpr qsizetype MaxAnswers = 100;

    qint64 id = 0;
    Step step = Step::Acknowledge;
    ReflectionKind kind = ReflectionKind::Guided;
    bool complete = false;
    QList<ReflectionAnswer> answers;
    QDateTime created; ///< UTC
    QDateTime updated; ///< UTC

    /// Answers longer than allowed or too many of them: an Error in the person's words.
    static Status validate(const QList<ReflectionAnswer> &answers);
    /// A short title for lists: the kind and the first answer's start.
    static QString displayTitle(ReflectionKind kind, const QString &firstAnswer);
    static QString kindName(ReflectionKind kind);
};

/// One feeling named in a thought record, with how strong it is (0 = not at all, 100 = the
/// strongest it could be).
struct EmotionRating {
    QString emotion;
    int intensity = 50;

    bool operator==(const EmotionRating &) const = default;
};

/// A thought record (as in cognitive behavioural therapy): the situation, the feelings and how
/// strong they were, the thought that came automatically, the evidence for and against it, a
/// more balanced thought, and the feelings rated again afterwards.
struct ThoughtRecord {
    static constexpr int MinIntensity = 0;
    static constexpr int MaxIntensity = 100;

    QString situation;
    QList<EmotionRating> emotions;
    QString automaticThought;
    QString evidenceFor;
    QString evidenceAgainst;
    QString balancedThought;
    QList<EmotionRating> emotionsAfter;

    bool operator==(const ThoughtRecord &) const = default;

    bool isEmpty() const;
    /// Intensities out of range or unnamed feelings: an Error in the person's words.
    Status validate() const;

    /// Stored as answers with fixed keys ("thought.situation", ...), feelings as lines of
    /// "intensity<TAB>name", so that the record needs no table of its own.
    QList<ReflectionAnswer> toAnswers() const;
    static ThoughtRecord fromAnswers(const QList<ReflectionAnswer> &answers);

    static QString encodeEmotions(const QList<EmotionRating> &emotions);
    static QList<EmotionRating> decodeEmotions(const QString &text);
    /// "sad 80, anxious 40", for showing a record as text.
    static QString describeEmotions(const QList<EmotionRating> &emotions);

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::ThoughtRecord)
};

} // namespace Rekindle
