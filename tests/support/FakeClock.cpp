// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"

namespace Rekindle::Test {

FakeClock::FakeClock(const QDateTime &now, const QTimeZone &zone)
    : m_now(now.toUTC())
    , m_zone(zone)
{
}

void FakeClock::setLocal(QDate date, QTime time)
{
    m_now = QDateTime(date, time, m_zone).toUTC();
}

} // namespace Rekindle::Test
