// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageCheck.h"

#include "TextLength.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Rekindle::MessageCheck", text);
    }

    struct BuiltIn {
        const char *text; // UTF-8
        PhraseCategory category;
    };

    constexpr auto H = PhraseCategory::HeavyTopic;
    constexpr auto P = PhraseCategory::Past;
    constexpr auto B = PhraseCategory::Blame;
    constexpr auto R = PhraseCategory::Pressure;

    // Phrase lists are language data, not interface text: each language has its own list.
    constexpr BuiltIn kEnglish[] = {
        { "we need to talk", H },
        { "we should talk", H },
        { "need to talk about us", H },
        { "our relationship", H },
        { "the relationship", H },
        { "get back together", H },
        { "back together", H },
        { "another chance", H },
        { "second chance", H },
        { "give us a chance", H },
        { "i love you", H },
        { "i still love you", H },
        { "love you", H },
        { "i can't live without you", H },
        { "cant live without you", H },
        { "soulmate*", H },
        { "meant to be", H },
        { "the one for me", H },
        { "sorry for everything", H },
        { "i'm so sorry", H },
        { "im so sorry", H },
        { "i am so sorry", H },
        { "forgive me", H },
        { "apologi*", H },
        { "apologize*", H },
        { "i'll change", H },
        { "i will change", H },
        { "i've changed", H },
        { "break up", H },
        { "breakup", H },
        { "why did you leave", H },
        { "marry*", H },
        { "remember when", P },
        { "do you remember", P },
        { "remember that time", P },
        { "back when", P },
        { "the old days", P },
        { "we used to", P },
        { "like we used to", P },
        { "the way things were", P },
        { "the past", P },
        { "our anniversary", P },
        { "this time last year", P },
        { "you always", B },
        { "you never", B },
        { "because of you", B },
        { "your fault", B },
        { "you made me", B },
        { "you ruined", B },
        { "you didn't even", B },
        { "you didnt even", B },
        { "you don't care", B },
        { "you dont care", B },
        { "it's all your", B },
        { "you should have", B },
        { "you broke", B },
        { "you hurt me", B },
        { "answer me", R },
        { "reply to me", R },
        { "why won't you", R },
        { "why wont you", R },
        { "why aren't you", R },
        { "why don't you answer", R },
        { "you have to", R },
        { "you need to", R },
        { "i need an answer", R },
        { "i need to know", R },
        { "tell me now", R },
        { "please reply", R },
        { "please respond", R },
        { "call me back", R },
        { "text me back", R },
        { "right now", R },
        { "asap", R },
        { "hello?", R },
        { "?!", R },
        { "??", R },
        { "!!", R },
    };

    constexpr BuiltIn kGerman[] = {
        { "wir müssen reden", H },
        { "unsere beziehung", H },
        { "ich liebe dich", H },
        { "noch eine chance", H },
        { "es tut mir so leid", H },
        { "verzeih mir", H },
        { "weißt du noch", P },
        { "erinnerst du dich", P },
        { "früher", P },
        { "du immer", B },
        { "du nie", B },
        { "deine schuld", B },
        { "wegen dir", B },
        { "antworte mir", R },
        { "warum antwortest du nicht", R },
        { "du musst", R },
        { "sofort", R },
        { "?!", R },
        { "??", R },
    };

    struct Language {
        const char *code;
        std::span<const BuiltIn> phrases;
    };

    const std::array kLanguages = {
        Language { "en", kEnglish },
        Language { "de", kGerman },
    };

    constexpr std::array kCategoryNames = {
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck", "Heavy topic"),
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck", "The past"),
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck", "Blame"),
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck", "Pressure"),
    };

    constexpr std::array kCategoryAdvice = {
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck",
            "A heavy topic. The relationship, big apologies and declarations can "
            "wait for a time when you are both ready; a first message works best "
            "when it is light."),
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck",
            "About the past. Bringing up old times can feel like pressure; talk "
            "about today instead."),
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck",
            "Sounds like blame. Words like \"always\" and \"never\" tend to start an "
            "argument; speak about yourself instead."),
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck",
            "Sounds like pressure. Leave them free to answer when, and if, they "
            "want to."),
    };

    constexpr std::array kOpeners = {
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck",
            "Ask how they are: \"Hi, I hope you are doing well. How is the new "
            "job going?\""),
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck",
            "Share something good: \"I finally finished that pottery class. Thought "
            "you might smile at that.\""),
        QT_TRANSLATE_NOOP("Rekindle::MessageCheck",
            "Mention something you know they enjoy: \"Saw that your team won "
            "yesterday. Great game!\""),
        QT_TRANSLATE_NOOP(
            "Rekindle::MessageCheck", "Keep it short and leave no question that needs an answer."),
    };

    QChar fold(QChar c)
    {
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC) || c == u'`')
            return u'\'';
        return c.toCaseFolded();
    }

    /// The text folded for matching, and for each folded character its position in the original.
    struct Folded {
        QString text;
        QList<qsizetype> origin;
    };

    Folded foldText(const QString &text)
    {
        Folded f;
        f.text.reserve(text.size());
        bool lastSpace = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isSpace()) {
                if (lastSpace)
                    continue;
                lastSpace = true;
                f.text.append(u' ');
            } else {
                lastSpace = false;
                f.text.append(fold(c));
            }
            f.origin.append(i);
        }
        return f;
    }

    bool isWordChar(QChar c)
    {
        return c.isLetterOrNumber() || c == u'\'' || c == u'_';
    }

} // namespace

Status Phrase::validate() const
{
    const QString t = text.simplified();
    if (t.isEmpty() || t == u"*"_s)
        return Error { QCoreApplication::translate(
            "Rekindle::MessageCheck", "Type the phrase to look for.") };
    if (characterCount(t) > MaxLength)
        return Error { QCoreApplication::translate(
            "Rekindle::MessageCheck", "Keep the phrase under %1 characters.")
                           .arg(MaxLength) };
    if (t.size() < 2)
        return Error { QCoreApplication::translate("Rekindle::MessageCheck",
            "A phrase of one character would match too much: use at least "
            "two.") };
    return {};
}

int MessageCheckResult::count(MessageFinding::Kind kind) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
        [kind](const MessageFinding &f) { return f.kind == kind; }));
}

namespace MessageCheck {

    QStringList languages()
    {
        QStringList result;
        for (const Language &l : kLanguages)
            result << QString::fromLatin1(l.code);
        return result;
    }

    QList<Phrase> builtInPhrases(const QString &language)
    {
        const QString code = language.left(2).toLower();
        std::span<const BuiltIn> list = kLanguages.front().phrases;
        for (const Language &l : kLanguages)
            if (code == QLatin1StringView(l.code))
                list = l.phrases;
        QList<Phrase> result;
        result.reserve(qsizetype(list.size()));
        for (const BuiltIn &b : list)
            result.append({ QString::fromUtf8(b.text), b.category, false });
        return result;
    }

    QList<MessageFinding> findPhrases(const QString &text, const QList<Phrase> &phrases)
    {
        const Folded folded = foldText(text);
        QList<MessageFinding> hits;
        for (const Phrase &phrase : phrases) {
            QString needle = foldText(phrase.text.simplified()).text;
            const bool prefix = needle.endsWith(u'*');
            if (prefix)
                needle.chop(1);
            if (needle.isEmpty())
                continue;
            const bool wordStart = isWordChar(needle.front());
            const bool wordEnd = isWordChar(needle.back());
            qsizetype from = 0;
            while ((from = folded.text.indexOf(needle, from)) >= 0) {
                qsizetype end = from + needle.size();
                const bool startOk
                    = !wordStart || from == 0 || !isWordChar(folded.text.at(from - 1));
                bool endOk = true;
                if (prefix) {
                    while (end < folded.text.size() && isWordChar(folded.text.at(end)))
                        ++end;
                } else if (wordEnd && end < folded.text.size()) {
                    endOk = !isWordChar(folded.text.at(end));
                }
                if (startOk && endOk) {
                    MessageFinding f;
                    f.kind = MessageFinding::Kind::Phrase;
                    f.category = phrase.category;
                    f.start = folded.origin.at(from);
                    const qsizetype lastOrigin = folded.origin.at(end - 1);
                    f.length = lastOrigin - f.start + 1;
                    f.matched = text.mid(f.start, f.length);
                    f.advice = tr(kCategoryAdvice.at(size_t(phrase.category)));
                    hits.append(f);
                }
                from += 1;
            }
        }
        // Text order; where hits overlap keep the longest ("i still love you" over "love you").
        std::sort(hits.begin(), hits.end(), [](const MessageFinding &a, const MessageFinding &b) {
            return a.start != b.start ? a.start < b.start : a.length > b.length;
        });
        QList<MessageFinding> result;
        for (const MessageFinding &hit : std::as_const(hits)) {
            if (!result.isEmpty()) {
                MessageFinding &last = result.last();
                const qsizetype lastEnd = last.start + last.length;
                if (hit.start < lastEnd) {
                    const qsizetype end = std::max(lastEnd, hit.start + hit.length);
                    if (hit.category == last.category) {
                        // One span for one thought: "I'm so sorry for everything".
                        last.length = end - last.start;
                        last.matched = text.mid(last.start, last.length);
                    } else if (hit.length > last.length) {
                        last = hit;
                    }
                    continue;
                }
            }
            result.append(hit);
        }
        return result;
    }

    MessageCheckResult check(
        const QString &text, const QList<Phrase> &phrases, const MessageFrequency &frequency)
    {
        MessageCheckResult result;
        result.findings = findPhrases(text, phrases);
        const QString trimmed = text.trimmed();
        if (trimmed.size() > LongDraft) {
            MessageFinding f;
            f.kind = MessageFinding::Kind::Length;
            f.start = LongDraft;
            f.length = text.size() - LongDraft;
            f.advice = QCoreApplication::translate("Rekindle::MessageCheck",
                "This is a long message (%n characters). A first message works best in "
                "two or three sentences.",
                nullptr, int(trimmed.size()));
            result.findings.append(f);
        }
        if (frequency.unansweredInRow >= UnansweredLimit) {
            MessageFinding f;
            f.kind = MessageFinding::Kind::Unanswered;
            f.advice = frequency.unansweredInRow == 1
                ? QCoreApplication::translate("Rekindle::MessageCheck",
                    "Your last message has no reply yet. Give them time before writing "
                    "again.")
                : QCoreApplication::translate("Rekindle::MessageCheck",
                    "%n of your messages in a row have no reply yet. Waiting is kinder to "
                    "both of you.",
                    nullptr, frequency.unansweredInRow);
            result.findings.append(f);
        }
        if (frequency.secsSinceMyLast && *frequency.secsSinceMyLast >= 0
            && *frequency.secsSinceMyLast < qint64(TooSoonHours) * 3600) {
            MessageFinding f;
            f.kind = MessageFinding::Kind::TooSoon;
            const qint64 hours = *frequency.secsSinceMyLast / 3600;
            f.advice = hours < 1 ? QCoreApplication::translate("Rekindle::MessageCheck",
                           "You wrote to them less than an hour ago. Let a few days pass.")
                : hours == 1
                ? QCoreApplication::translate(
                    "Rekindle::MessageCheck", "You wrote to them an hour ago. Let a few days pass.")
                : QCoreApplication::translate("Rekindle::MessageCheck",
                    "You wrote to them %n hours ago. Let a few days pass.", nullptr, int(hours));
            result.findings.append(f);
        }
        return result;
    }

    QStringList lighterOpeners()
    {
        QStringList result;
        for (const char *opener : kOpeners)
            result << tr(opener);
        return result;
    }

    QList<PhraseCategory> categories()
    {
        return { PhraseCategory::HeavyTopic, PhraseCategory::Past, PhraseCategory::Blame,
            PhraseCategory::Pressure };
    }

    QString categoryName(PhraseCategory category)
    {
        return tr(kCategoryNames.at(size_t(category)));
    }

    std::optional<PhraseCategory> categoryFromInt(int value)
    {
        if (value < 0 || value >= int(kCategoryNames.size()))
            return std::nullopt;
        return PhraseCategory(value);
    }

} // namespace MessageCheck
} // namespace Rekindle
