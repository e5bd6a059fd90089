// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayChange.h"

namespace Rekindle {

DayChange::DayChange(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_today(clock.today())
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DayChange::check);
    m_timer.start();
}

void DayChange::check()
{
    const QDate today = m_clock.today();
    if (today == m_today)
        return;
    m_today = today;
    Q_EMIT dayChanged(today);
}

} // namespace Rekindle
