// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <utility>

namespace Rekindle {

/// The local days of instants (ms since the epoch) in [fromMs, toMs), read in ascending order,
/// as indexes from the local day `from`: integer arithmetic over the zone's offsets in that
/// span, not a date conversion per instant (tens of thousands of entries over ten years).
class LocalDays {
public:
    /// `fromMs` is at or after the start of `from` in `zone`.
    LocalDays(const QTimeZone &zone, QDate from, qint64 fromMs, qint64 toMs);

    /// The index from `from` of the local day of `ms`; `ms` is not below the last one asked
    /// for.
    qint64 indexOf(qint64 ms);

private:
    qint64 m_first;
    qint64 m_offsetMs = 0;
    QList<std::pair<qint64, qint64>> m_changes; ///< (at, offset from then on), in order
    qsizetype m_next = 0;
};

} // namespace Rekindle
