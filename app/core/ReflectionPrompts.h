// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JourneyMode.h"
#include "Step.h"

#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

/// One question of a guided reflection, as it will be asked.
struct ReflectionPrompt {
    /// Stable key: "step1.why-ended" for a built-in prompt, "custom.<uid>" for the person's own.
    QString key;
    QString text; ///< translated (built-in) or as the person wrote it
    bool builtin = false;
    /// Looks forward and asks for a concrete next step. Guided reflections end on one.
    bool action = false;
    bool hidden = false;
    /// For a built-in prompt whose wording the person changed: the original, translated.
    QString builtinText;
};

/// How the person changed one prompt of a step, as kept in the journal. A step without any
/// stored rows uses the built-in list as it is.
struct PromptSetting {
    QString builtinKey; ///< empty for the person's own prompt
    QString customKey; ///< "custom.<uid>" for the person's own prompt
    QString customText; ///< empty: the built-in wording (translated when shown)
    bool hidden = false;
};

/// The built-in reflection prompts of each step, drawn from the step's guidance. Defined with
/// QT_TRANSLATE_NOOP so that lupdate sees them; translated when asked for.
namespace ReflectionPrompts {

    inline constexpr qsizetype MaxTextLength = 1000;
    inline constexpr auto CustomKeyPrefix = "custom.";

    /// The built-in prompts of `step` on the path `mode`, in their default order, translated.
    /// Off the normal path, steps 3 to 5 ask about safety, honouring a no, closure and moving
    /// on; none of their questions suggests contacting the other person.
    QList<ReflectionPrompt> builtins(Step step, JourneyMode mode = JourneyMode::Normal);
    /// Whether the built-in prompt `key` belongs to the path `mode` (false for the person's own).
    bool onPath(const QString &key, JourneyMode mode);
    /// The questions `step` asks on the path `mode`, given the person's list for the step
    /// (resolve()): that list on the normal path and in steps 1 and 2, the path's own built-in
    /// questions in steps 3 to 5 off it.
    QList<ReflectionPrompt> forPath(
        Step step, JourneyMode mode, const QList<ReflectionPrompt> &prompts);
    /// The built-in prompt with `key` (of any step), translated; nothing for an unknown key.
    std::optional<ReflectionPrompt> builtin(const QString &key);

    /// The prompts of `step` after the person's changes (`settings` in their order). Built-in
    /// prompts missing from `settings` (added in a newer version) are appended; unknown built-in
    /// keys are dropped. Hidden prompts are kept, flagged.
    QList<ReflectionPrompt> resolve(Step step, const QList<PromptSetting> &settings);
    /// The settings that reproduce `prompts` (the inverse of resolve()).
    QList<PromptSetting> settingsOf(const QList<ReflectionPrompt> &prompts);

    /// The questions of one guided session: the visible prompts, ending on a forward-looking action
    /// prompt (the step's own on the path `mode` when the person hid or moved it). Never empty.
    QList<ReflectionPrompt> sessionPlan(
        Step step, const QList<ReflectionPrompt> &prompts, JourneyMode mode = JourneyMode::Normal);

    /// Whether a session of `step` is meant to stay short (looking back at why it ended: dwelling
    /// on it does not help, a short, action-minded look does).
    bool isBrief(Step step);
    /// How long a brief session may go on before a gentle note suggests wrapping up.
    inline constexpr qint64 BriefSessionSecs = qint64 { 15 } * 60;
    /// Whether to suggest wrapping up a session of `step` that has been open `elapsedSecs`.
    bool suggestWrapUp(Step step, qint64 elapsedSecs);

    /// Checks the wording of one of the person's prompts. Empty or overlong text is refused.
    QString validateText(const QString &text);

} // namespace ReflectionPrompts
} // namespace Rekindle
