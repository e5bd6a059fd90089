// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JourneyMode.h"
#include "Step.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Rekindle {

/// How far along a step is, from 0 to 100 %, and why.
///
/// Every criterion counts only what the person did themselves (space given, check-ins kept,
/// drafts checked before sending, light contacts, room between milestones, things written), never
/// the other person's replies, milestones reached or speed, and never something a later step
/// undoes: a contact logged in step 3 does not lower step 1, which counts the longest stretch of
/// space given. Steps 3 to 5 have other criteria off the normal journey path (JourneyMode).
///
/// Progress is a weighted mix of criteria, each "reach `target` of something" (entries written,
/// reflections finished, later: days of space given, goals checked in, commitments kept...).
/// The storage layer counts what exists; a criterion whose count is not provided is left out,
/// so a new kind of data plugs in by adding one row to the table in StepProgress.cpp and one
/// count to the query that fills the counts.
namespace StepProgress {

    /// The names of the counts the rules read. The storage layer fills these.
    namespace Count {
        inline constexpr auto Entries = "entries";
        inline constexpr auto Reflections = "reflections"; ///< finished reflections of any kind
        inline constexpr auto ThoughtRecords = "thoughtRecords";
        inline constexpr auto BreakupDateSet = "breakupDateSet"; ///< 1 when the date is given
        inline constexpr auto Accepted = "accepted"; ///< 1 when acceptance is marked
        inline constexpr auto MyPartItems = "myPartItems";
        /// Days of the longest stretch of space so far: space once given stays given.
        inline constexpr auto SpaceDays = "spaceDays";
        inline constexpr auto ActiveGoals = "activeGoals";
        /// Check-ins of active goals over the last AdherenceWindowDays days (at most what was
        /// asked).
        inline constexpr auto GoalCheckIns = "goalCheckIns";
        /// Check-ins those goals asked for in that window: the target of GoalCheckIns.
        inline constexpr auto GoalCheckInsPlanned = "goalCheckInsPlanned";
        inline constexpr auto SmallWins = "smallWins";
        inline constexpr auto SafetyAnswered
            = "safetyAnswered"; ///< 1 when the safety check is answered
        /// Contacts I made that I kept light (tone "light"), whatever came back.
        inline constexpr auto LightContacts = "lightContacts";
        /// Drafts run through the message check before sending, sent or not.
        inline constexpr auto DraftsChecked = "draftsChecked";
        inline constexpr auto CommitmentsKept = "commitmentsKept";
        /// Issues being worked on or resolved.
        inline constexpr auto IssuesWorkedOn = "issuesWorkedOn";
        inline constexpr auto MilestonesPlanned = "milestonesPlanned"; ///< with a planned day
        /// Planned milestones at least the chosen gap after the one planned before them.
        inline constexpr auto MilestoneGapsRespected = "milestoneGapsRespected";
        /// 1 when an outcome (back together or moved on) is chosen: both are full outcomes.
        inline constexpr auto OutcomeChosen = "outcomeChosen";
        /// 1 when the letter never to be sent has some words (off the normal path).
        inline constexpr auto LetterWritten = "letterWritten";
        /// 1 when "what I learned" has some words.
        inline constexpr auto LessonsWritten = "lessonsWritten";
        /// 1 when "what I want in my next relationship" has some words.
        inline constexpr auto NextWritten = "nextWritten";
        /// Parts of the safety plan filled in (trusted people, safe places, documents, emergency).
        inline constexpr auto SafetyPlanParts = "safetyPlanParts";
    } // namespace Count

    /// How high the counts of records need to go: every fixed target is below it, with room for
    /// a delete that waits for its undo (one at a time, and it is taken off the count). The
    /// storage layer stops counting records there, so that measuring the steps costs the same
    /// with ten years of writing as with ten days (a bigger count would change nothing shown).
    inline constexpr int CountLimit = 100;

    /// Days of space the first step asks for before reconnecting is suggested.
    inline constexpr int MinimumSpaceDays = 30;
    /// The window over which goal adherence counts towards step 2.
    inline constexpr int AdherenceWindowDays = 14;

    struct Criterion {
        QString count; ///< which count (see Count)
        int target = 1; ///< replaced by the count named `targetCount` when that is provided
        QString targetCount;
        int weight = 1;
        QString label; ///< translated, e.g. "Journal entries written"
        QString description; ///< translated: what is counted and why (tooltips and help)
    };

    struct CriterionResult {
        Criterion criterion;
        int achieved = 0;
        /// achieved / target, capped at 1.
        double fraction() const;
    };

    struct Report {
        Step step = Step::Acknowledge;
        JourneyMode mode = JourneyMode::Normal;
        int percent = 0;
        QList<CriterionResult> parts;

        /// One line per criterion ("Journal entries written: 3 of 5 — what is counted"), then a
        /// kind closing line.
        QString explanation() const;

        // The context lupdate files texts of this class under, which its tr() now reads too.
        Q_DECLARE_TR_FUNCTIONS(Rekindle::StepProgress::Report)
    };

    /// The criteria of `step` on the path `mode`, in the order they are explained.
    QList<Criterion> criteria(Step step, JourneyMode mode = JourneyMode::Normal);

    /// Evaluates `step` on the path `mode` against `counts`. Criteria whose count is missing are
    /// skipped; with none left, the progress is 0.
    Report evaluate(
        Step step, const QHash<QString, int> &counts, JourneyMode mode = JourneyMode::Normal);

    /// How the progress of `step` is worked out on the path `mode`, in words, for the help of
    /// the Progress dialog: one line per criterion with its target, weight and what it counts.
    QString howItWorks(Step step, JourneyMode mode = JourneyMode::Normal);

} // namespace StepProgress
} // namespace Rekindle
