// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactEvent.h"
#include "Meetup.h"
#include "ReconnectRules.h"
#include "Step.h"

#include <QString>

namespace Rekindle {

/// Which path the journey follows. Reconnecting is offered only on the normal path; after a
/// "no" or when safety is at stake, steps 3 to 5 turn to respecting that, staying safe and
/// moving on. Not stored: always derived from what the person recorded.
enum class JourneyMode : int {
    Normal = 0,
    RespectingNo = 1, ///< they asked for no contact, said no, or did not want to meet
    StayingSafe = 2, ///< abuse, threats or intimidation by either person, or a legal order
};

/// What the journey mode is derived from.
struct JourneySignals {
    SafetyCheck safety;
    /// A contact reply "asked for space / said no" or a meet-up "they did not want to meet" has
    /// been recorded (and not changed since by the person).
    bool noRecorded = false;
};

/// Rules of the journey mode and of what each step is called and offers on each path.
namespace JourneyRules {

    /// StayingSafe wins over RespectingNo: safety first, whatever else was recorded.
    JourneyMode mode(const JourneySignals &facts);

    /// True when a reply means "no" (and starts RespectingNo at once).
    bool isNo(ContactResponse response);
    bool isNo(MeetupOutcome outcome);

    /// Tools for reconnecting (contact log, meet-ups, commitments, milestones, the outcome
    /// toward reconciliation) are offered only on the normal path.
    bool reconnectionToolsOffered(JourneyMode mode);
    /// Whether `step` changes with the path (steps 3 to 5; steps 1 and 2 are the same on all).
    bool pathChangesStep(Step step);
    /// The safety plan is offered while staying safe.
    bool safetyPlanOffered(JourneyMode mode);

    /// The step's title on this path (step 3 becomes "Staying safe" or "Respecting their no").
    QString stepTitle(Step step, JourneyMode mode);
    /// The one-sentence summary at the top of the step's page on this path.
    QString stepSummary(Step step, JourneyMode mode);
    /// The guidance under the step's title on this path.
    QString stepGuidance(Step step, JourneyMode mode);
    /// The hint of the step's empty journal on this path; %1 is the new-entry shortcut, as in
    /// Steps::emptyHint().
    QString emptyHint(Step step, JourneyMode mode);
    /// A calm note that says why the path changed and how the person can change it back.
    /// Empty on the normal path.
    QString modeNote(JourneyMode mode);

} // namespace JourneyRules
} // namespace Rekindle
