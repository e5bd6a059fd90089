// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempJournal.h"

namespace Rekindle::Test {

TempJournal::TempJournal(JournalOptions options)
{
    auto journal = Journal::open(m_dir.path(), m_clock, options);
    if (journal)
        m_journal = std::move(journal).value();
    else
        m_error = journal.error().message + QLatin1Char(' ') + journal.error().detail;
}

TempJournal::~TempJournal() = default;

bool TempJournal::reopen()
{
    m_journal.reset();
    auto journal = Journal::open(m_dir.path(), m_clock);
    if (!journal) {
        m_error = journal.error().message + QLatin1Char(' ') + journal.error().detail;
        return false;
    }
    m_journal = std::move(journal).value();
    return true;
}

} // namespace Rekindle::Test
