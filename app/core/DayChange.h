// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace Rekindle {

/// Tells when a clock's calendar day moves on while the app runs, so that "days of space",
/// "this week" and readiness move on at midnight with the window open. One is shared by every
/// page of a window (one timer, not one per page).
class DayChange final : public QObject {
    Q_OBJECT

public:
    /// How often the clock is looked at: a minute late at midnight is soon enough.
    static constexpr int CheckIntervalMs = 60 * 1000;

    explicit DayChange(const Clock &clock, QObject *parent = nullptr);

    /// The last day seen.
    QDate today() const { return m_today; }
    /// Looks at the clock now (the timer does it every CheckIntervalMs); emits dayChanged()
    /// when its day differs from the last one seen, also when the clock went back.
    void check();

Q_SIGNALS:
    void dayChanged(QDate today);

private:
    const Clock &m_clock;
    QTimer m_timer;
    QDate m_today;
};

} // namespace Rekindle
