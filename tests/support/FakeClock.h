// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

namespace Rekindle::Test {

/// A clock that stands still until told to move, in a time zone of the test's choosing.
class FakeClock final : public Clock {
public:
    explicit FakeClock(
        const QDateTime &now = QDateTime(QDate(2026, 3, 14), QTime(9, 30), QTimeZone::utc()),
        const QTimeZone &zone = QTimeZone::utc());

    QDateTime now() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }

    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    /// Sets "now" to `time` on `date` in the clock's own time zone.
    void setLocal(QDate date, QTime time);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace Rekindle::Test
