// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

/// Stored values: never renumber.
enum class MeetupKind : int { Coffee = 0, Walk = 1, Meal = 2, Activity = 3, Other = 4 };
/// DidNotWantToMeet turns the journey to respecting their no at once (JourneyRules); it can be
/// recorded before the day. The stored range is 0..DidNotWantToMeet (the CHECK of
/// meetups.outcome).
enum class MeetupOutcome : int {
    NotYet = 0,
    WentWell = 1,
    Mixed = 2,
    Difficult = 3,
    DidNotWantToMeet = 4,
};

/// A casual outing planned in step 3, and afterwards how it went.
struct Meetup {
    static constexpr qsizetype MaxPlaceLength = 300;
    static constexpr qsizetype MaxNoteLength = 20000;

    qint64 id = 0;
    QDate day;
    QString place;
    MeetupKind kind = MeetupKind::Coffee;
    MeetupOutcome outcome = MeetupOutcome::NotYet;
    QString howItWent;

    /// How it went can only be told once the day has come.
    Status validate(QDate today) const;
};

namespace Meetups {

    QList<MeetupKind> kinds();
    QString kindName(MeetupKind kind);
    std::optional<MeetupKind> kindFromInt(int value);
    QList<MeetupOutcome> outcomes();
    QString outcomeName(MeetupOutcome outcome);
    std::optional<MeetupOutcome> outcomeFromInt(int value);

} // namespace Meetups
} // namespace Rekindle
