// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <chrono>
#include <mutex>

namespace Rekindle {

/// The source of "now" for every date rule. Injected, so that rules about days, streaks and
/// pace can be tested across midnight, month ends, DST and time-zone changes.
class Clock {
public:
    virtual ~Clock();

    /// The current instant, in UTC.
    virtual QDateTime now() const = 0;
    /// The time zone that defines the person's calendar days.
    virtual QTimeZone timeZone() const = 0;

    /// Today's calendar day in the person's time zone.
    QDate today() const;
    /// The calendar day on which `instant` falls in the person's time zone.
    QDate localDate(const QDateTime &instant) const;

    /// The process-wide real clock.
    static const Clock &system();
};

/// The real clock: the system time and the system time zone.
///
/// Qt reads the system's zone settings anew on every QTimeZone::systemTimeZone() (files under
/// /etc on Linux, a few system calls each), and day rules ask for the zone per row: the zone
/// is kept, and read again when it is more than a second old, so that a change of zone (a
/// person travelling) is followed within a second. Safe to call from any thread.
class SystemClock final : public Clock {
public:
    QDateTime now() const override;
    QTimeZone timeZone() const override;

private:
    mutable std::mutex m_lock;
    mutable QTimeZone m_zone;
    mutable std::chrono::steady_clock::time_point m_readAt;
};

} // namespace Rekindle
