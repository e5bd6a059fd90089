// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageCheck.h"

#include <QList>
#include <QString>
#include <vector>

namespace Rekindle {

/// A phrase list compiled once for checking a draft on every keystroke: each phrase is folded
/// and parsed into literal pieces, word-end wildcards and gaps up front (the syntax is on
/// Phrase), so a check only scans the draft. No regular expressions: a draft of a few thousand
/// characters against a few hundred phrases stays well under a millisecond or two.
class PhraseMatcher {
public:
    /// How many words a gap ("du … immer") may stand for, at most.
    static constexpr int MaxGapWords = 3;

    /// What is wrong with the gap syntax of a phrase.
    enum class GapProblem { None, AtEdge, Doubled };
    static GapProblem gapProblem(const QString &phrase);

    PhraseMatcher() = default;
    explicit PhraseMatcher(const QList<Phrase> &phrases);

    /// The phrases this matcher was compiled from.
    const QList<Phrase> &phrases() const { return m_phrases; }

    /// Every hit in `text`, in text order, without advice; overlapping hits keep the longer one
    /// and hits of one category that overlap merge into one span.
    QList<MessageFinding> find(const QString &text) const;

    /// `text` folded for matching (case, accents of Latin letters, ß as ss, apostrophes,
    /// runs of white space), as the matcher compares it.
    static QString fold(const QString &text);

private:
    struct Segment {
        QStringList pieces; // joined by a word-end wildcard
        bool trailingStar = false;
        bool wordStart = false;
        bool wordEnd = false;
    };
    struct Pattern {
        std::vector<Segment> segments; // joined by gaps
        /// The whole first word, when there is one: a draft without it is not scanned.
        QString firstWord;
        PhraseCategory category = PhraseCategory::HeavyTopic;
    };

    static std::optional<Pattern> compile(const QString &text, PhraseCategory category);
    static qsizetype matchSegment(const Segment &segment, const QString &text, qsizetype at);
    static qsizetype matchRest(
        const Pattern &pattern, size_t segment, const QString &text, qsizetype at);

    QList<Phrase> m_phrases;
    std::vector<Pattern> m_patterns;
    std::vector<Pattern> m_harmless;
};

} // namespace Rekindle
