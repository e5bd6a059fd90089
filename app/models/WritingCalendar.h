// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Step.h"

#include <QDate>
#include <QHash>

namespace Rekindle {

class Journal;

/// The days on which a step's journal has entries, for a calendar: one month at a time, each
/// month one query over the entries' index of step and time (no text is read, so it works the
/// same on an encrypted journal). Days are calendar days in the person's time zone (the
/// journal's clock). The entry whose delete waits for its undo (PendingDeletes) is not counted.
///
/// A cheap value over a reference: make one where needed (JournalModels::writingCalendar()).
class WritingCalendar final {
public:
    WritingCalendar(Journal &journal, Step step);

    Step step() const { return m_step; }
    /// The number of entries written on each day of `month` (1–12) of `year` that has any.
    Result<QHash<QDate, int>> month(int year, int month) const;
    /// The first entry written on `day`, or 0 when there is none.
    Result<qint64> firstEntryOn(QDate day) const;

private:
    Journal &m_journal;
    Step m_step;
};

} // namespace Rekindle
