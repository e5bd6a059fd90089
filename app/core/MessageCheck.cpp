// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageCheck.h"

#include "BuiltInPhrases.h"
#include "PhraseMatcher.h"
#include "TextLength.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Rekindle::MessageCheck", text);
    }

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

    /// Whether two lists hold the same phrases; a list copied from the other (the dialog's
    /// list on every keystroke) is recognised without comparing a single phrase.
    bool samePhrases(const QList<Phrase> &a, const QList<Phrase> &b)
    {
        if (a.size() != b.size())
            return false;
        if (a.constData() == b.constData())
            return true;
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), [](const Phrase &x, const Phrase &y) {
            return x.category == y.category && x.text == y.text;
        });
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
    switch (PhraseMatcher::gapProblem(t)) {
    case PhraseMatcher::GapProblem::AtEdge:
        return Error { QCoreApplication::translate("Rekindle::MessageCheck",
            "A gap (… or ...) stands between two words, as in \"you … never\": put a word "
            "before and after it.") };
    case PhraseMatcher::GapProblem::Doubled:
        return Error { QCoreApplication::translate("Rekindle::MessageCheck",
            "Two gaps in a row: one gap already stands for up to %n words.", nullptr,
            PhraseMatcher::MaxGapWords) };
    case PhraseMatcher::GapProblem::None:
        break;
    }
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
        for (const BuiltInPhrases::List &l : BuiltInPhrases::lists())
            result << QString::fromLatin1(l.code);
        return result;
    }

    QList<Phrase> builtInPhrases(const QString &language)
    {
        // "pt_BR", "pt-BR" and "pt" all speak Portuguese; "fil" is not Finnish.
        const QString code = language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
        const auto lists = BuiltInPhrases::lists();
        const BuiltInPhrases::List *list = &lists.front();
        for (const BuiltInPhrases::List &l : lists)
            if (code == QLatin1StringView(l.code))
                list = &l;
        QList<Phrase> result;
        for (PhraseCategory category : categories())
            for (const char *text : list->byCategory.at(size_t(category)))
                result.append({ QString::fromUtf8(text), category, false });
        return result;
    }

    QList<MessageFinding> findPhrases(const QString &text, const QList<Phrase> &phrases)
    {
        // The check runs on every keystroke with the same list: compile it once per list.
        thread_local PhraseMatcher matcher;
        if (!samePhrases(matcher.phrases(), phrases))
            matcher = PhraseMatcher(phrases);
        QList<MessageFinding> result = matcher.find(text);
        for (MessageFinding &f : result)
            f.advice = tr(kCategoryAdvice.at(size_t(f.category)));
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
