// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

/// The five steps of the plan, in order. The numeric values are stored in the journal: never
/// renumber them.
enum class Step : int {
    Acknowledge = 1,
    WorkOnYourself = 2,
    Reconnect = 3,
    RebuildTrust = 4,
    TakeThingsSlow = 5,
};

namespace Steps {

    inline constexpr int Count = 5;

    /// All steps in plan order.
    QList<Step> all();

    /// The step stored as `value`, or nothing when `value` is not a step.
    std::optional<Step> fromInt(int value);

    /// The step's short title, translated (used for tabs).
    QString title(Step step);
    /// One sentence that says what the step is about, translated.
    QString summary(Step step);
    /// A short paragraph of guidance shown at the top of the step's page, translated.
    QString guidance(Step step);
    /// The guidance of steps 1 and 2 once the person has moved on: self-care, not reconnecting.
    /// Other steps return their usual guidance.
    QString selfCareGuidance(Step step);
    /// What to do first when the step has no entries yet, translated; %1 stands for the
    /// new-entry shortcut, which the UI fills in as the platform writes it ("Ctrl+N", "⌘N").
    QString emptyHint(Step step);

} // namespace Steps
} // namespace Rekindle
