// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarStreaks.h"
#include "ContactEvent.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace Rekindle {

/// One stretch of calendar days without reaching out. `range` is empty (days() == 0) for a
/// current stretch that starts tomorrow because a contact was made today.
struct SpaceStreak {
    DayRange range;
    QDate start; ///< first day of the stretch (set even when it has no days yet)
    bool current = false;
    int days() const { return range.days(); }
};

/// When a run of contacts I made becomes "too much". Journal settings; see SettingsStore.
struct BombardingThresholds {
    static constexpr int DefaultPerDay = 3;
    static constexpr int DefaultUnanswered = 2;
    static constexpr int Min = 1;
    static constexpr int Max = 50;

    int perDay = DefaultPerDay; ///< this many or more contacts I made within 24 hours
    int unansweredInRow = DefaultUnanswered; ///< this many or more in a row without a reply
};

/// What the bombarding rule found.
struct BombardingAssessment {
    int inLast24Hours = 0;
    int unansweredInRow = 0;
    bool tooManyInADay = false;
    bool tooManyUnanswered = false;
    bool warn() const { return tooManyInADay || tooManyUnanswered; }
};

/// Minimal view of a contact for the bombarding rule.
struct ContactSample {
    QDateTime at; ///< UTC
    ContactDirection direction = ContactDirection::MeToThem;
    std::optional<ContactResponse> response;
};

/// Rules of giving space (step 1).
namespace SpaceRules {

    /// Contacts older than this do not count towards "in a row without a reply": an old silence
    /// is not a reason to warn today.
    inline constexpr int UnansweredLookbackDays = 14;

    /// The stretches of space from `spaceStart` to `today`, oldest first, the last one current.
    /// `contactDays` are the distinct local days on which I reached out, ascending; a contact ends
    /// the stretch that day and the next stretch begins the following day. Empty when space has
    /// not begun (invalid start or a start after today).
    QList<SpaceStreak> streaks(QDate spaceStart, const QList<QDate> &contactDays, QDate today);

    /// The longest of `streaks` (the most recent one among equals), if any has days.
    std::optional<SpaceStreak> best(const QList<SpaceStreak> &streaks);

    /// Looks at recent contacts (any order) as of `now` (UTC).
    BombardingAssessment assessBombarding(const QList<ContactSample> &contacts,
        const QDateTime &now, const BombardingThresholds &thresholds);

} // namespace SpaceRules
} // namespace Rekindle
