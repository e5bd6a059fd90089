// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpaceRules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Rekindle {

enum class JourneyMode : int; // JourneyMode.h

/// The short safety check of step 3, answered before any tool for reaching out is shown.
/// Stored in the journal and can be revisited at any time.
struct SafetyCheck {
    QDate answeredOn; ///< invalid while never answered
    bool abuse = false; ///< abuse, threats or intimidation, by either person
    bool askedNoContact = false; ///< they clearly asked for no contact
    bool legalOrder = false; ///< a legal no-contact order

    bool answered() const { return answeredOn.isValid(); }
    bool anyConcern() const { return abuse || askedNoContact || legalOrder; }
};

/// A mood of one calendar day (1..10). Fed from journal entries and, when present, from
/// mood check-ins: the rule only sees plain (day, mood) pairs.
struct DayMood {
    QDate day;
    int mood = 0;
};

/// Everything the readiness rule looks at, gathered by the caller.
struct ReadinessInput {
    static constexpr int DefaultMinSpaceDays = 30;
    static constexpr int MinSpaceDaysLower = 1;
    static constexpr int MinSpaceDaysUpper = 365;
    static constexpr double DefaultAdherenceThreshold = 0.6;
    static constexpr int AdherenceWindowDays = 14;
    static constexpr int MoodWindowDays = 14;
    static constexpr int MinMoodsPerWindow = 3;
    /// How far back the latest replies are looked at.
    static constexpr int RepliesWindowDays = 60;

    QDate today;
    QDateTime now; ///< UTC; for the run of unanswered messages (invalid: the start of today)
    /// Days of the current stretch of space: what is true today, not the best stretch once
    /// given. Nothing when space was never begun.
    std::optional<int> daysOfSpace;
    int minSpaceDays = DefaultMinSpaceDays;
    /// Adherence ratio (0..1) over the last 14 days of each active goal that has data.
    QList<double> goalAdherence;
    double adherenceThreshold = DefaultAdherenceThreshold;
    /// Moods of recent days, in any order; several on one day are averaged.
    QList<DayMood> moods;
    /// Recent contacts either way (any order), with the replies to mine.
    QList<ContactSample> contacts;
    BombardingThresholds thresholds;
    /// The journey's path: off the normal one, reaching out is never suggested.
    JourneyMode mode {};
};

/// One criterion of readiness, with its value in words.
struct ReadinessCriterion {
    enum class Kind { Space, SelfWork, Mood, Replies, Path };
    enum class State { Met, NotMet, NoData };

    Kind kind = Kind::Space;
    State state = State::NoData;
    QString name; ///< "Days of space"
    QString value; ///< "12 of 30 days"
    QString explanation; ///< why it matters, or what would change it
};

/// "Ready" or "not yet, because…". It informs; nothing in the app is blocked by it.
struct Readiness {
    QList<ReadinessCriterion> criteria;

    /// Ready when no criterion is unmet and space has been given.
    bool ready() const;
    /// The criteria that are not met yet.
    QList<ReadinessCriterion> unmet() const;
    /// "Not now" rather than "not yet": the latest replies, or the path, ask for space.
    bool notNow() const;
};

/// Trend of moods: the average of the last `MoodWindowDays` days against the window before.
struct MoodTrend {
    std::optional<double> recent;
    std::optional<double> before;
    /// Falling by more than half a point.
    bool falling() const { return recent && before && *recent < *before - 0.5; }
};

/// Rules of step 3: whether reaching out is advised at all, and how ready the person seems.
namespace ReconnectRules {

    /// Reaching out is advised only when the check was answered and raised no concern.
    bool contactAdvised(const SafetyCheck &check);
    /// Plain explanations, one per concern raised (translated); empty when there is none.
    QStringList safetyReasons(const SafetyCheck &check);

    MoodTrend moodTrend(const QList<DayMood> &moods, QDate today);
    Readiness assessReadiness(const ReadinessInput &input);

} // namespace ReconnectRules
} // namespace Rekindle
