// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Step.h"

#include "core/Translation.h"

#include <QCoreApplication>
#include <array>

namespace Rekindle::Steps {
namespace {

    struct StepText {
        const char *title;
        const char *summary;
        const char *guidance;
        const char *emptyHint;
    };

    // Defined with QT_TRANSLATE_NOOP so that lupdate sees every text; translated at use.
    constexpr std::array<StepText, Count> kTexts = { {
        { QT_TRANSLATE_NOOP("Rekindle::Steps", "Acknowledge"),
            QT_TRANSLATE_NOOP(
                "Rekindle::Steps", "Accept that the relationship, as it was, has ended."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "Letting yourself accept that it has ended is where every good path "
                "starts. Look honestly at why it ended and at your own part in it, "
                "without harshness. Give each other time and space: fewer messages "
                "give both of you room to steady yourselves, whatever comes next."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "Start by writing what happened, in your own words. "
                "When you are ready, begin with the button below or %1.") },
        { QT_TRANSLATE_NOOP("Rekindle::Steps", "Work on Yourself"),
            QT_TRANSLATE_NOOP("Rekindle::Steps", "Use this time for your own growth."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "This time is yours. Move your body, pick up something new, talk to a "
                "professional about what weighs on you. You do this for yourself "
                "first; feeling steadier is worth it in itself, whatever happens next."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "Write about one thing you would like to grow in. "
                "Begin with the button below or %1.") },
        { QT_TRANSLATE_NOOP("Rekindle::Steps", "Reconnect"),
            QT_TRANSLATE_NOOP("Rekindle::Steps", "Reach out lightly, when you are both ready."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "Only if it is safe and welcome: once space has been given and you feel "
                "steadier, a short, friendly message is one possible step. Ask how they "
                "are or share something good, and leave the past and heavy topics aside. "
                "Silence or a no is an answer to respect. If they are open to it, a "
                "coffee or a walk is plenty."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "Write about how you are and what you need right now. "
                "Begin with the button below or %1.") },
        { QT_TRANSLATE_NOOP("Rekindle::Steps", "Rebuild Trust"),
            QT_TRANSLATE_NOOP(
                "Rekindle::Steps", "Be honest, keep your word, work on what comes up."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "Trust grows slowly from small things done reliably. Be open about how "
                "you feel, keep the promises you make, and face issues together when "
                "they arise instead of around them."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "Write about what honesty looks like for you right now. "
                "Begin with the button below or %1.") },
        { QT_TRANSLATE_NOOP("Rekindle::Steps", "Take Things Slow"),
            QT_TRANSLATE_NOOP("Rekindle::Steps", "Let a strong foundation form at its own pace."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "There is no rush. Let trust and connection settle before anything "
                "formal, and notice when you feel pressure to speed up. Whatever the "
                "outcome, the care you have put into yourself stays with you."),
            QT_TRANSLATE_NOOP("Rekindle::Steps",
                "Write about the pace that feels right to you. "
                "Begin with the button below or %1.") },
    } };

    const StepText &textOf(Step step)
    {
        return kTexts.at(static_cast<size_t>(static_cast<int>(step) - 1));
    }

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::Steps", text);
    }

} // namespace

QList<Step> all()
{
    return { Step::Acknowledge, Step::WorkOnYourself, Step::Reconnect, Step::RebuildTrust,
        Step::TakeThingsSlow };
}

std::optional<Step> fromInt(int value)
{
    if (value < 1 || value > Count)
        return std::nullopt;
    return static_cast<Step>(value);
}

QString title(Step step)
{
    return tr(textOf(step).title);
}

QString summary(Step step)
{
    return tr(textOf(step).summary);
}

QString guidance(Step step)
{
    return tr(textOf(step).guidance);
}

QString emptyHint(Step step)
{
    return tr(textOf(step).emptyHint);
}

} // namespace Rekindle::Steps

namespace Rekindle::Steps {

QString selfCareGuidance(Step step)
{
    switch (step) {
    case Step::Acknowledge:
        return QCoreApplication::translate("Rekindle::Steps",
            "You have moved on, and that is a good place to be. Keep "
            "writing about what you have learned and what you feel; "
            "the distance you keep now is time for yourself.");
    case Step::WorkOnYourself:
        return QCoreApplication::translate("Rekindle::Steps",
            "This time is yours, fully. Keep the goals that do you "
            "good, celebrate small wins, and let caring for yourself "
            "be the whole point.");
    default:
        return guidance(step);
    }
}

} // namespace Rekindle::Steps
