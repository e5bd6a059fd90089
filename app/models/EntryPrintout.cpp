// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryPrintout.h"

#include "storage/EntryStore.h"
#include "storage/Journal.h"

#include <algorithm>

namespace Rekindle {

EntryPrintout::EntryPrintout(Journal &journal)
    : m_journal(journal)
{
}

Result<QList<JournalEntry>> EntryPrintout::stepEntries(Step step, QDate onlyDay) const
{
    QList<JournalEntry> out;
    std::optional<EntryCursor> after;
    constexpr int Page = 200;
    for (;;) {
        auto page = m_journal.entries().page(step, after, Page);
        if (!page)
            return page.error();
        for (const EntrySummary &summary : std::as_const(*page)) {
            const QDate day = summary.created.toLocalTime().date();
            // Newest first: once before the day, nothing later in the list is on it.
            if (onlyDay.isValid() && day < onlyDay)
                return out;
            if (onlyDay.isValid() && day != onlyDay)
                continue;
            auto entry = m_journal.entries().entry(summary.id);
            if (!entry)
                return entry.error();
            out.append(*entry);
        }
        if (page->size() < Page)
            return out;
        after = EntryCursor { page->constLast().created, page->constLast().id };
    }
}

Result<QList<JournalEntry>> EntryPrintout::entries(Scope scope, qint64 entryId, Step step) const
{
    QList<JournalEntry> out;
    if (scope == Scope::Step) {
        auto all = stepEntries(step, {});
        if (!all)
            return all.error();
        out = *all;
    } else {
        if (entryId == 0)
            return Error { tr("Open an entry to print first.") };
        auto entry = m_journal.entries().entry(entryId);
        if (!entry)
            return entry.error();
        if (scope == Scope::Entry)
            return QList<JournalEntry> { *entry };
        const QDate day = entry->created.toLocalTime().date();
        for (const Step each : Steps::all()) {
            auto ofStep = stepEntries(each, day);
            if (!ofStep)
                return ofStep.error();
            out += *ofStep;
        }
    }
    std::stable_sort(out.begin(), out.end(),
        [](const JournalEntry &a, const JournalEntry &b) { return a.created < b.created; });
    return out;
}

} // namespace Rekindle
