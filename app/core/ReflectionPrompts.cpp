// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionPrompts.h"

#include "JourneyMode.h"
#include "TextLength.h"

#include <QCoreApplication>
#include <QSet>
#include <array>

using namespace Qt::StringLiterals;

namespace Rekindle::ReflectionPrompts {
namespace {

    /// Which journey paths a prompt belongs to (JourneyMode as bits).
    enum Paths : unsigned {
        Normal = 1u << int(JourneyMode::Normal),
        Respecting = 1u << int(JourneyMode::RespectingNo),
        Safe = 1u << int(JourneyMode::StayingSafe),
        OffPath = Respecting | Safe,
        All = Normal | OffPath,
    };

    struct Builtin {
        int step;
        const char *key;
        const char *text;
        bool action;
        /// Steps 1 and 2 are the same on every path; steps 3 to 5 have their own questions off
        /// the normal path, about safety, closure and moving on.
        unsigned paths = Normal;
    };

    // Order matters: it is each step's default order. Keys are stored: never change them.
    constexpr std::array kBuiltins = {
        Builtin { 1, "step1.why-ended",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "In a few sentences: why do you think it ended?"),
            false, All },
        Builtin { 1, "step1.differently",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "What could you have done differently?"),
            false, All },
        Builtin { 1, "step1.behaviours",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Which of your own habits or behaviours would you like to change?"),
            false, All },
        Builtin { 1, "step1.kindness",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What would you say to a friend who went through the same thing?"),
            false, All },
        Builtin { 1, "step1.space",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What does giving each other space look like for you this week?"),
            true, All },
        Builtin { 1, "step1.next",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What is one small, kind thing you will do for yourself tomorrow?"),
            true, All },

        Builtin { 2, "step2.growth",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Which part of yourself would you like to grow in right now?"),
            false, All },
        Builtin { 2, "step2.body",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "How did you move your body this week, and how did it feel?"),
            false, All },
        Builtin { 2, "step2.new",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "What new thing are you curious to try or learn?"),
            false, All },
        Builtin { 2, "step2.weight",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What weighs on you that a professional or a trusted friend could help with?"),
            false, All },
        Builtin { 2, "step2.proud",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "What are you proud of from the past few days?"),
            false, All },
        Builtin { 2, "step2.next",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What is one step for your own growth you will take this week?"),
            true, All },

        Builtin { 3, "step3.ready",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Would reaching out be safe and welcome, and do you feel steady? What tells "
                "you so?"),
            false },
        Builtin { 3, "step3.why",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What do you hope a first, light message would bring?"),
            false },
        Builtin { 3, "step3.light",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What is something positive or friendly you could share?"),
            false },
        Builtin { 3, "step3.avoid",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Which heavy topics or parts of the past will you leave for later?"),
            false },
        Builtin { 3, "step3.answer",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "How will you take it if they do not answer, or answer briefly?"),
            false },
        Builtin { 3, "step3.next",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What is the next small, low-pressure step for you, whether or not it "
                "involves them?"),
            true },

        Builtin { 4, "step4.honest",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Where were you open and honest about how you feel lately?"),
            false },
        Builtin { 4, "step4.promises",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Which promises did you keep, and which were hard to keep?"),
            false },
        Builtin { 4, "step4.doubt",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Did anything you did give reason for doubt? What would you change?"),
            false },
        Builtin { 4, "step4.issue",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Is there an issue you would like to face together? How could you raise it "
                "gently?"),
            false },
        Builtin { 4, "step4.listen",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "When did you really listen this week?"),
            false },
        Builtin { 4, "step4.next",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What small, reliable thing will you do this week to show you are committed?"),
            true },

        Builtin { 5, "step5.pace",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Does the pace feel right to you? Where do you feel pressure to speed up?"),
            false },
        Builtin { 5, "step5.foundation",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What makes the foundation between you feel stronger lately?"),
            false },
        Builtin { 5, "step5.enjoy",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What did you enjoy together without needing it to mean more?"),
            false },
        Builtin { 5, "step5.self",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Whatever the outcome, what have you gained for yourself?"),
            false },
        Builtin { 5, "step5.patience",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "How can you be patient with yourself and with them this month?"),
            false },
        Builtin { 5, "step5.next",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What is one unhurried thing you would like to do next?"),
            true },

        // Off the normal path: nothing here asks about, or points towards, contacting them.
        Builtin { 3, "step3.no.honour",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What does honouring their no look like for you, day to day?"),
            false, Respecting },
        Builtin { 3, "step3.no.urge",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "When the longing comes, what helps you let it pass gently?"),
            false, Respecting },
        Builtin { 3, "step3.no.feel",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What are you feeling now that it is clear, and what do you need?"),
            false, Respecting },
        Builtin { 3, "step3.no.people",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "Who in your life can you lean on while it hurts?"),
            false, Respecting },
        Builtin { 3, "step3.no.next",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What is one thing you will do this week just for yourself?"),
            true, Respecting },

        Builtin { 3, "step3.safe.where",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "Where, and with whom, do you feel safe?"),
            false, Safe },
        Builtin { 3, "step3.safe.tell",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Who could you tell about what happened, so that you are not alone with it?"),
            false, Safe },
        Builtin { 3, "step3.safe.calm",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What helps you feel calm and steady when you are afraid?"),
            false, Safe },
        Builtin { 3, "step3.safe.help",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Which support service or professional would you like to talk to?"),
            false, Safe },
        Builtin { 3, "step3.safe.next",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What is one step you will take this week to keep yourself safe?"),
            true, Safe },

        Builtin { 4, "step4.closure.letter",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "If you wrote a letter you will never send, what would it say?"),
            false, OffPath },
        Builtin { 4, "step4.closure.learned",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What have you learned about yourself and about what you need?"),
            false, OffPath },
        Builtin { 4, "step4.closure.letgo",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What are you ready to let go of, and what will you keep?"),
            false, OffPath },
        Builtin { 4, "step4.closure.plan",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What would help you feel safer? Is there something to add to your safety "
                "plan?"),
            false, Safe },
        Builtin { 4, "step4.closure.kind",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What would you say to a friend who came out of the same relationship?"),
            false, OffPath },
        Builtin { 4, "step4.closure.next",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What is one kind thing you will do this week that is only for you?"),
            true, OffPath },

        Builtin { 5, "step5.moving.next-relationship",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "What do you want in your next relationship, and what will you not accept?"),
            false, OffPath },
        Builtin { 5, "step5.moving.looking-forward",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "What are you looking forward to in your own life?"),
            false, OffPath },
        Builtin { 5, "step5.moving.stronger",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "Which parts of you grew stronger through all this?"),
            false, OffPath },
        Builtin { 5, "step5.moving.pace",
            QT_TRANSLATE_NOOP("Rekindle::ReflectionPrompts",
                "How can you be patient with yourself while you heal?"),
            false, OffPath },
        Builtin { 5, "step5.moving.next",
            QT_TRANSLATE_NOOP(
                "Rekindle::ReflectionPrompts", "What is one next step toward the life you want?"),
            true, OffPath },
    };

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

QList<ReflectionPrompt> builtins(Step step, JourneyMode mode)
{
    const unsigned path = 1u << int(mode);
    QList<ReflectionPrompt> result;
    for (const Builtin &b : kBuiltins)
        if (b.step == static_cast<int>(step) && (b.paths & path) != 0)
            result << toPrompt(b);
    return result;
}

bool onPath(const QString &key, JourneyMode mode)
{
    const unsigned path = 1u << int(mode);
    for (const Builtin &b : kBuiltins)
        if (key == QLatin1StringView(b.key))
            return (b.paths & path) != 0;
    return false;
}

QList<ReflectionPrompt> forPath(Step step, JourneyMode mode, const QList<ReflectionPrompt> &prompts)
{
    // The person's own list, as they arranged it, is the normal path's. Off it, steps 3 to 5
    // ask only the path's own questions: the person's questions were written for reconnecting
    // and stay kept for when they change their answers back.
    if (mode == JourneyMode::Normal || !JourneyRules::pathChangesStep(step))
        return prompts;
    return builtins(step, mode);
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

QList<ReflectionPrompt> sessionPlan(
    Step step, const QList<ReflectionPrompt> &prompts, JourneyMode mode)
{
    QList<ReflectionPrompt> plan;
    for (const ReflectionPrompt &p : prompts)
        if (!p.hidden)
            plan << p;
    if (!plan.isEmpty() && plan.constLast().action)
        return plan;
    // End on a forward-looking question: the step's last action prompt, moved (or brought back)
    // to the end.
    const QList<ReflectionPrompt> defaults = builtins(step, mode);
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
