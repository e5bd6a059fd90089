// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalDays.h"

#include <QDateTime>

namespace Rekindle {
namespace {

    constexpr qint64 MsPerDay = qint64(24) * 60 * 60 * 1000;
    constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

} // namespace

LocalDays::LocalDays(const QTimeZone &zone, QDate from, qint64 fromMs, qint64 toMs)
    : m_first(from.toJulianDay() - EpochJulianDay)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
    m_offsetMs = qint64(zone.offsetFromUtc(start)) * 1000;
    if (!zone.hasTransitions())
        return;
    const auto transitions
        = zone.transitions(start, QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()));
    for (const auto &t : transitions)
        m_changes.append({ t.atUtc.toMSecsSinceEpoch(), qint64(t.offsetFromUtc) * 1000 });
}

qint64 LocalDays::indexOf(qint64 ms)
{
    while (m_next < m_changes.size() && ms >= m_changes.at(m_next).first)
        m_offsetMs = m_changes.at(m_next++).second;
    const qint64 local = ms + m_offsetMs;
    // Floor division: the days before 1970 are negative.
    const qint64 day = local / MsPerDay - (local % MsPerDay < 0 ? 1 : 0);
    return day - m_first;
}

} // namespace Rekindle
