// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionPrompts.h"

#include "TextLength.h"

#include <QCoreApplication>
#include <QSet>
#include <array>

using namespace Qt::StringLiterals;

namespace Rekindle::ReflectionPrompts {
namespace {

    struct Builtin {
        int step;
        const char *key;
        const char *text;
        bool action;
    };

#define PROMPT(text) QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts", text)

    // Order matters: it is each step's default order. Keys are stored: never change them.
    constexpr std::array kBuiltins = {
        Builtin {
            1, "step1.why-ended", PROMPT("In a few sentences: why do you think it ended?"), false },
        Builtin { 1, "step1.differently", PROMPT("What could you have done differently?"), false },
        Builtin { 1, "step1.behaviours",
            PROMPT("Which of your own habits or behaviours would you like to change?"), false },
        Builtin { 1, "step1.kindness",
            PROMPT("What would you say to a friend who went through the same thing?"), false },
        Builtin { 1, "step1.space",
            PROMPT("What does giving them space look like for you this week?"), true },
        Builtin { 1, "step1.next",
            PROMPT("What is one small, kind thing you will do for yourself tomorrow?"), true },

        Builtin { 2, "step2.growth",
            PROMPT("Which part of yourself would you like to grow in right now?"), false },
        Builtin { 2, "step2.body",
            PROMPT("How did you move your body this week, and how did it feel?"), false },
        Builtin {
            2, "step2.new", PROMPT("What new thing are you curious to try or learn?"), false },
        Builtin { 2, "step2.weight",
            PROMPT("What weighs on you that a professional or a trusted friend could help with?"),
            false },
        Builtin {
            2, "step2.proud", PROMPT("What are you proud of from the past few days?"), false },
        Builtin { 2, "step2.next",
            PROMPT("What is one step for your own growth you will take this week?"), true },

        Builtin { 3, "step3.ready",
            PROMPT("Would reaching out be safe and welcome, and do you feel steady? What tells "
                   "you so?"),
            false },
        Builtin {
            3, "step3.why", PROMPT("What do you hope a first, light message would bring?"), false },
        Builtin { 3, "step3.light",
            PROMPT("What is something positive or friendly you could share?"), false },
        Builtin { 3, "step3.avoid",
            PROMPT("Which heavy topics or parts of the past will you leave for later?"), false },
        Builtin { 3, "step3.answer",
            PROMPT("How will you take it if they do not answer, or answer briefly?"), false },
        Builtin { 3, "step3.next",
            PROMPT("What is the next small, low-pressure step for you, whether or not it "
                   "involves them?"),
            true },

        Builtin { 4, "step4.honest",
            PROMPT("Where were you open and honest about how you feel lately?"), false },
        Builtin { 4, "step4.promises",
            PROMPT("Which promises did you keep, and which were hard to keep?"), false },
        Builtin { 4, "step4.doubt",
            PROMPT("Did anything you did give reason for doubt? What would you change?"), false },
        Builtin { 4, "step4.issue",
            PROMPT("Is there an issue you would like to face together? How could you raise it "
                   "gently?"),
            false },
        Builtin { 4, "step4.listen", PROMPT("When did you really listen this week?"), false },
        Builtin { 4, "step4.next",
            PROMPT("What small, reliable thing will you do this week to show you are committed?"),
            true },

        Builtin { 5, "step5.pace",
            PROMPT("Does the pace feel right to you? Where do you feel pressure to speed up?"),
            false },
        Builtin { 5, "step5.foundation",
            PROMPT("What makes the foundation between you feel stronger lately?"), false },
        Builtin { 5, "step5.enjoy",
            PROMPT("What did you enjoy together without needing it to mean more?"), false },
        Builtin { 5, "step5.self",
            PROMPT("Whatever the outcome, what have you gained for yourself?"), false },
        Builtin { 5, "step5.patience",
            PROMPT("How can you be patient with yourself and with them this month?"), false },
        Builtin { 5, "step5.next", PROMPT("What is one unhurried thing you would like to do next?"),
            true },
    };

#undef PROMPT

    ReflectionPrompt toPrompt(const Builtin &b)
    {
        ReflectionPrompt p;
        p.key = QString::fromLatin1(b.key);
        p.text = QCoreApplication::translate("Rekindle::ReflectionPrompts", b.text);
        p.builtinText = p.text;
        p.builtin = true;
        p.action = b.action;
        return p;
    }

} // namespace

QList<ReflectionPrompt> builtins(Step step)
{
    QList<ReflectionPrompt> result;
    for (const Builtin &b : kBuiltins)
        if (b.step == static_cast<int>(step))
            result << toPrompt(b);
    return result;
}

std::optional<ReflectionPrompt> builtin(const QString &key)
{
    for (const Builtin &b : kBuiltins)
        if (key == QLatin1StringView(b.key))
            return toPrompt(b);
    return std::nullopt;
}

QList<ReflectionPrompt> resolve(Step step, const QList<PromptSetting> &settings)
{
    if (settings.isEmpty())
        return builtins(step);
    const QList<ReflectionPrompt> defaults = builtins(step);
    QList<ReflectionPrompt> result;
    QSet<QString> seen;
    for (const PromptSetting &s : settings) {
        if (s.builtinKey.isEmpty()) {
            if (s.customKey.isEmpty() || s.customText.trimmed().isEmpty()
                || seen.contains(s.customKey))
                continue;
            ReflectionPrompt p;
            p.key = s.customKey;
            p.text = s.customText;
            p.hidden = s.hidden;
            seen.insert(p.key);
            result << p;
            continue;
        }
        const auto it = std::find_if(defaults.cbegin(), defaults.cend(),
            [&s](const ReflectionPrompt &p) { return p.key == s.builtinKey; });
        if (it == defaults.cend() || seen.contains(s.builtinKey))
            continue;
        ReflectionPrompt p = *it;
        if (!s.customText.trimmed().isEmpty())
            p.text = s.customText;
        p.hidden = s.hidden;
        seen.insert(p.key);
        result << p;
    }
    for (const ReflectionPrompt &p : defaults)
        if (!seen.contains(p.key))
            result << p;
    return result;
}

QList<PromptSetting> settingsOf(const QList<ReflectionPrompt> &prompts)
{
    QList<PromptSetting> result;
    for (const ReflectionPrompt &p : prompts) {
        PromptSetting s;
        if (p.builtin) {
            s.builtinKey = p.key;
            if (p.text != p.builtinText)
                s.customText = p.text;
        } else {
            s.customKey = p.key;
            s.customText = p.text;
        }
        s.hidden = p.hidden;
        result << s;
    }
    return result;
}

QList<ReflectionPrompt> sessionPlan(Step step, const QList<ReflectionPrompt> &prompts)
{
    QList<ReflectionPrompt> plan;
    for (const ReflectionPrompt &p : prompts)
        if (!p.hidden)
            plan << p;
    if (!plan.isEmpty() && plan.constLast().action)
        return plan;
    // End on a forward-looking question: the step's last action prompt, moved (or brought back)
    // to the end.
    const QList<ReflectionPrompt> defaults = builtins(step);
    ReflectionPrompt closing = defaults.constLast();
    for (const ReflectionPrompt &p : prompts)
        if (p.key == closing.key)
            closing.text = p.text; // keep the person's wording
    plan.removeIf([&closing](const ReflectionPrompt &p) { return p.key == closing.key; });
    closing.hidden = false;
    plan << closing;
    return plan;
}

bool isBrief(Step step)
{
    return step == Step::Acknowledge;
}

bool suggestWrapUp(Step step, qint64 elapsedSecs)
{
    return isBrief(step) && elapsedSecs >= BriefSessionSecs;
}

QString validateText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate(
            "Rekindle::ReflectionPrompts", "Write the question you would like to be asked.");
    if (characterCount(text) > MaxTextLength)
        return QCoreApplication::translate("Rekindle::ReflectionPrompts",
            "Keep the question under %n characters.", nullptr, int(MaxTextLength));
    return {};
}

} // namespace Rekindle::ReflectionPrompts
