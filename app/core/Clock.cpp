// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace Rekindle {

Clock::~Clock() = default;

QDate Clock::today() const
{
    return localDate(now());
}

QDate Clock::localDate(const QDateTime &instant) const
{
    return instant.toTimeZone(timeZone()).date();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QTimeZone SystemClock::timeZone() const
{
    return QTimeZone::systemTimeZone();
}

} // namespace Rekindle
