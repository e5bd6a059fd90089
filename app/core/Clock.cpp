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
    constexpr auto MaxAge = std::chrono::seconds(1);
    const auto now = std::chrono::steady_clock::now();
    const std::lock_guard locked(m_lock);
    if (!m_zone.isValid() || now - m_readAt >= MaxAge) {
        m_zone = QTimeZone::systemTimeZone();
        m_readAt = now;
    }
    return m_zone;
}

} // namespace Rekindle
