// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhraseMatcher.h"

#include "BuiltInPhrases.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    bool isGap(QStringView word)
    {
        return word == u"…" || word == u"...";
    }

    bool isWordChar(QChar c)
    {
        return c.isLetterOrNumber() || c == u'\'' || c == u'_';
    }

    bool isDroppedMark(QChar c)
    {
        // Combining accents (a decomposed "é") and emoji variation selectors.
        const char16_t u = c.unicode();
        return (u >= 0x0300 && u <= 0x036F) || u == 0xFE0E || u == 0xFE0F;
    }

    /// Folds one character of the draft or of a phrase onto `out`, remembering where each
    /// folded character came from.
    void appendFolded(QString &out, QList<qsizetype> *origin, QChar c, qsizetype at)
    {
        auto put = [&](QChar folded) {
            out.append(folded);
            if (origin)
                origin->append(at);
        };
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC) || c == u'`'
            || c == QChar(0x00B4)) {
            put(u'\'');
            return;
        }
        if (c.unicode() < 0x80) {
            put(c.toCaseFolded());
            return;
        }
        if (isDroppedMark(c))
            return;
        // People type "tu me manques", "perche", "weisst" without accents or ß: accents of
        // Latin letters do not count. Other scripts keep their marks (й is not и).
        QChar base = c;
        if (base.script() == QChar::Script_Latin) {
            while (base.decompositionTag() == QChar::Canonical)
                base = base.decomposition().front();
        }
        base = base.toCaseFolded();
        switch (base.unicode()) {
        case 0x00DF: // ß
        case 0x1E9E: // capital ß
            put(u's');
            put(u's');
            return;
        case 0x0153: // œ
            put(u'o');
            put(u'e');
            return;
        case 0x00E6: // æ
            put(u'a');
            put(u'e');
            return;
        default:
            put(base);
        }
    }

    struct Folded {
        QString text;
        QList<qsizetype> origin; // for each folded character, its position in the original
    };

    Folded foldWithOrigin(const QString &text, bool keepOrigin)
    {
        Folded f;
        f.text.reserve(text.size() + 8);
        if (keepOrigin)
            f.origin.reserve(text.size() + 8);
        bool lastSpace = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isSpace()) {
                if (lastSpace)
                    continue;
                lastSpace = true;
                f.text.append(u' ');
                if (keepOrigin)
                    f.origin.append(i);
            } else {
                lastSpace = false;
                appendFolded(f.text, keepOrigin ? &f.origin : nullptr, c, i);
            }
        }
        return f;
    }

    bool startsWithAt(const QString &text, qsizetype at, const QString &piece)
    {
        return QStringView(text).sliced(at).startsWith(piece);
    }

    qsizetype skipWord(const QString &text, qsizetype at)
    {
        while (at < text.size() && isWordChar(text.at(at)))
            ++at;
        return at;
    }

} // namespace

QString PhraseMatcher::fold(const QString &text)
{
    return foldWithOrigin(text, false).text;
}

PhraseMatcher::GapProblem PhraseMatcher::gapProblem(const QString &phrase)
{
    const QStringList words = phrase.simplified().split(u' ', Qt::SkipEmptyParts);
    bool lastGap = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool gap = isGap(words.at(i));
        if (gap && (i == 0 || i == words.size() - 1))
            return GapProblem::AtEdge;
        if (gap && lastGap)
            return GapProblem::Doubled;
        lastGap = gap;
    }
    return GapProblem::None;
}

std::optional<PhraseMatcher::Pattern> PhraseMatcher::compile(
    const QString &text, PhraseCategory category)
{
    const QString simplified = text.simplified();
    // A phrase stored before gaps existed ("wait ... what", "... hello") keeps its old, literal
    // meaning rather than stopping to match.
    const bool gaps = gapProblem(simplified) == GapProblem::None;
    Pattern pattern;
    pattern.category = category;
    Segment segment;
    QString piece;
    auto closeSegment = [&](bool trailingStar) {
        if (!piece.isEmpty() || trailingStar)
            segment.pieces.append(piece);
        segment.trailingStar = trailingStar;
        pattern.segments.push_back(segment);
        segment = {};
        piece.clear();
    };
    bool star = false;
    for (const QString &word : simplified.split(u' ', Qt::SkipEmptyParts)) {
        if (gaps && isGap(word)) {
            closeSegment(star);
            star = false;
            continue;
        }
        QString folded = fold(word);
        if (star) {
            // The previous word ended in a wildcard: this word is a new piece.
            segment.pieces.append(piece);
            piece.clear();
        }
        if (!piece.isEmpty() || star)
            piece.append(u' ');
        // Only a word's last character can be a wildcard, and only after at least one other.
        star = folded.size() > 1 && folded.endsWith(u'*');
        if (star)
            folded.chop(1);
        piece.append(folded);
    }
    closeSegment(star);
    for (Segment &s : pattern.segments) {
        if (s.pieces.isEmpty() || s.pieces.front().isEmpty())
            return std::nullopt;
        s.wordStart = isWordChar(s.pieces.front().front());
        s.wordEnd = !s.pieces.back().isEmpty() && isWordChar(s.pieces.back().back());
    }
    const Segment &first = pattern.segments.front();
    const QString &head = first.pieces.front();
    qsizetype length = 0;
    while (length < head.size() && isWordChar(head.at(length)))
        ++length;
    // A word that a wildcard continues ("apolog*") is no whole word of the draft.
    const bool continued = length == head.size() && (first.pieces.size() > 1 || first.trailingStar);
    if (length > 0 && !continued)
        pattern.firstWord = head.left(length);
    return pattern;
}

PhraseMatcher::PhraseMatcher(const QList<Phrase> &phrases)
    : m_phrases(phrases)
{
    m_patterns.reserve(size_t(phrases.size()));
    for (const Phrase &phrase : phrases)
        if (auto pattern = compile(phrase.text, phrase.category))
            m_patterns.push_back(std::move(*pattern));
    for (const char *text : BuiltInPhrases::harmless())
        if (auto pattern = compile(QString::fromUtf8(text), PhraseCategory::HeavyTopic))
            m_harmless.push_back(std::move(*pattern));
}

qsizetype PhraseMatcher::matchSegment(const Segment &segment, const QString &text, qsizetype at)
{
    if (segment.wordStart && at > 0 && isWordChar(text.at(at - 1)))
        return -1;
    qsizetype pos = at;
    for (qsizetype i = 0; i < segment.pieces.size(); ++i) {
        if (i > 0)
            pos = skipWord(text, pos);
        const QString &piece = segment.pieces.at(i);
        if (!startsWithAt(text, pos, piece))
            return -1;
        pos += piece.size();
    }
    if (segment.trailingStar)
        return skipWord(text, pos);
    if (segment.wordEnd && pos < text.size() && isWordChar(text.at(pos)))
        return -1;
    return pos;
}

qsizetype PhraseMatcher::matchRest(
    const Pattern &pattern, size_t segment, const QString &text, qsizetype at)
{
    if (segment == pattern.segments.size())
        return at;
    qsizetype pos = at;
    for (int words = 0;; ++words) {
        while (pos < text.size() && text.at(pos) == u' ')
            ++pos;
        if (pos < text.size()) {
            const qsizetype end = matchSegment(pattern.segments[segment], text, pos);
            if (end >= 0) {
                if (const qsizetype rest = matchRest(pattern, segment + 1, text, end); rest >= 0)
                    return rest;
            }
        }
        // A gap stays inside one clause: punctuation ends it ("weißt du, ich war nie dort").
        if (words == MaxGapWords || pos >= text.size() || !isWordChar(text.at(pos)))
            return -1;
        pos = skipWord(text, pos);
        while (pos + 1 < text.size() && text.at(pos) == u'-' && isWordChar(text.at(pos + 1)))
            pos = skipWord(text, pos + 1);
    }
}

QList<MessageFinding> PhraseMatcher::find(const QString &text) const
{
    struct Hit {
        qsizetype from;
        qsizetype end;
        PhraseCategory category;
        bool gapped;
    };
    const Folded folded = foldWithOrigin(text, true);
    const QString &t = folded.text;
    // Most phrases start with a word the draft does not hold: look that up instead of scanning.
    QSet<QStringView> words;
    for (qsizetype i = 0; i < t.size();) {
        if (!isWordChar(t.at(i))) {
            ++i;
            continue;
        }
        const qsizetype end = skipWord(t, i);
        words.insert(QStringView(t).sliced(i, end - i));
        i = end;
    }
    auto scan = [&t, &words](const Pattern &pattern, auto &&onHit) {
        if (!pattern.firstWord.isEmpty() && !words.contains(QStringView(pattern.firstWord)))
            return;
        const QString &first = pattern.segments.front().pieces.front();
        qsizetype from = 0;
        while ((from = t.indexOf(first, from)) >= 0) {
            qsizetype end = matchSegment(pattern.segments.front(), t, from);
            if (end >= 0)
                end = matchRest(pattern, 1, t, end);
            if (end > from)
                onHit(from, end);
            ++from;
        }
    };
    std::vector<Hit> hits;
    for (const Pattern &pattern : m_patterns) {
        const bool gapped = pattern.segments.size() > 1;
        scan(pattern, [&](qsizetype from, qsizetype end) {
            hits.push_back({ from, end, pattern.category, gapped });
        });
    }
    if (!hits.empty()) {
        // "du hast immer noch" is "you still have", not "you always": words that are part of
        // a harmless set phrase do not count, unless the phrase holds the set phrase whole.
        std::vector<std::pair<qsizetype, qsizetype>> harmless;
        for (const Pattern &pattern : m_harmless)
            scan(pattern, [&](qsizetype from, qsizetype end) { harmless.emplace_back(from, end); });
        std::erase_if(hits, [&harmless](const Hit &hit) {
            return std::any_of(harmless.cbegin(), harmless.cend(), [&](auto span) {
                const bool overlaps = span.first < hit.end && hit.from < span.second;
                const bool holds = hit.from <= span.first && span.second <= hit.end;
                return overlaps && (hit.gapped || !holds);
            });
        });
    }

    QList<MessageFinding> findings;
    findings.reserve(qsizetype(hits.size()));
    for (const Hit &hit : hits) {
        MessageFinding f;
        f.kind = MessageFinding::Kind::Phrase;
        f.category = hit.category;
        f.start = folded.origin.at(hit.from);
        qsizetype last = folded.origin.at(hit.end - 1);
        // A decomposed accent after the last letter belongs to the hit.
        while (last + 1 < text.size() && isDroppedMark(text.at(last + 1)))
            ++last;
        f.length = last - f.start + 1;
        findings.append(f);
    }
    // Text order; where hits overlap keep the longest ("i still love you" over "love you").
    std::sort(
        findings.begin(), findings.end(), [](const MessageFinding &a, const MessageFinding &b) {
            return a.start != b.start ? a.start < b.start : a.length > b.length;
        });
    QList<MessageFinding> result;
    for (const MessageFinding &hit : std::as_const(findings)) {
        if (!result.isEmpty()) {
            MessageFinding &last = result.last();
            const qsizetype lastEnd = last.start + last.length;
            if (hit.start < lastEnd) {
                const qsizetype end = std::max(lastEnd, hit.start + hit.length);
                if (hit.category == last.category)
                    last.length = end - last.start; // one span for one thought
                else if (hit.length > last.length)
                    last = hit;
                continue;
            }
        }
        result.append(hit);
    }
    for (MessageFinding &f : result)
        f.matched = text.mid(f.start, f.length);
    return result;
}

} // namespace Rekindle
