// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpaceRules.h"

#include <algorithm>

namespace Rekindle::SpaceRules {

QList<SpaceStreak> streaks(QDate spaceStart, const QList<QDate> &contactDays, QDate today)
{
    QList<SpaceStreak> result;
    if (!spaceStart.isValid() || !today.isValid() || spaceStart > today)
        return result;
    QDate cursor = spaceStart;
    for (const QDate &day : contactDays) {
        if (day < cursor)
            continue; // before space began, or a second contact on the same day
        if (day > today)
            break;
        if (day > cursor)
            result.append({ DayRange { cursor, day.addDays(-1) }, cursor, false });
        cursor = day.addDays(1);
    }
    SpaceStreak current;
    current.start = cursor;
    current.current = true;
    if (cursor <= today)
        current.range = { cursor, today };
    result.append(current);
    return result;
}

std::optional<SpaceStreak> best(const QList<SpaceStreak> &streaks)
{
    std::optional<SpaceStreak> longest;
    for (const SpaceStreak &streak : streaks)
        if (streak.days() > 0 && (!longest || streak.days() >= longest->days()))
            longest = streak;
    return longest;
}

BombardingAssessment assessBombarding(const QList<ContactSample> &contacts, const QDateTime &now,
    const BombardingThresholds &thresholds)
{
    QList<ContactSample> sorted = contacts;
    std::sort(sorted.begin(), sorted.end(),
        [](const ContactSample &a, const ContactSample &b) { return a.at > b.at; });
    BombardingAssessment result;
    const QDateTime dayAgo = now.addSecs(-qint64 { 24 } * 60 * 60);
    const QDateTime lookback = now.addDays(-UnansweredLookbackDays);
    bool counting = true;
    for (const ContactSample &contact : std::as_const(sorted)) {
        if (contact.at > now)
            continue;
        const bool mine = contact.direction == ContactDirection::MeToThem;
        if (mine && contact.at > dayAgo)
            ++result.inLast24Hours;
        if (!counting || contact.at < lookback)
            continue;
        const bool unanswered
            = mine && (!contact.response || *contact.response == ContactResponse::NoReplyYet);
        if (unanswered)
            ++result.unansweredInRow;
        else
            counting = false; // they reached out, or replied: the run is broken
    }
    result.tooManyInADay = result.inLast24Hours >= std::max(1, thresholds.perDay);
    result.tooManyUnanswered = result.unansweredInRow >= std::max(1, thresholds.unansweredInRow);
    return result;
}

} // namespace Rekindle::SpaceRules
