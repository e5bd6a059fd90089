// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WritingCalendar.h"

#include "PendingDeletes.h"
#include "core/Clock.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// The instant `day` begins in `zone` (its first existing moment on a DST day).
    QDateTime startOf(QDate day, const QTimeZone &zone)
    {
        return day.startOfDay(zone).toUTC();
    }

} // namespace

WritingCalendar::WritingCalendar(Journal &journal, Step step)
    : m_journal(journal)
    , m_step(step)
{
}

Result<QHash<QDate, int>> WritingCalendar::month(int year, int month) const
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return QHash<QDate, int> {};
    const Clock &clock = m_journal.clock();
    const QTimeZone zone = clock.timeZone();
    auto written = m_journal.entries().writtenBetween(
        m_step, startOf(first, zone), startOf(first.addMonths(1), zone));
    if (!written)
        return written.error();
    const PendingDeletes &pending = PendingDeletes::of(m_journal);
    QHash<QDate, int> days;
    for (const EntryCursor &entry : std::as_const(*written))
        if (!pending.isPending(u"entries"_s, entry.id))
            ++days[clock.localDate(entry.created)];
    return days;
}

Result<qint64> WritingCalendar::firstEntryOn(QDate day) const
{
    if (!day.isValid())
        return qint64(0);
    const QTimeZone zone = m_journal.clock().timeZone();
    auto written = m_journal.entries().writtenBetween(
        m_step, startOf(day, zone), startOf(day.addDays(1), zone));
    if (!written)
        return written.error();
    const PendingDeletes &pending = PendingDeletes::of(m_journal);
    for (const EntryCursor &entry : std::as_const(*written))
        if (!pending.isPending(u"entries"_s, entry.id))
            return entry.id;
    return qint64(0);
}

} // namespace Rekindle
