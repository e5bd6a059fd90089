// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JournalEntry.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

namespace Rekindle {

class Journal;

/// The entries one print holds, read from the journal (decrypted in memory when it is
/// encrypted; nothing is written anywhere), oldest first.
class EntryPrintout final {
    Q_DECLARE_TR_FUNCTIONS(Rekindle::EntryPrintout)

public:
    enum class Scope {
        Entry, ///< the open entry
        Day, ///< every entry written on the open entry's day, in every step
        Step, ///< every entry of the step
    };

    explicit EntryPrintout(Journal &journal);

    /// The entries of `scope` around entry `entryId` of step `step`. For Day and Entry the
    /// entry must exist; for Step, `entryId` may be 0.
    Result<QList<JournalEntry>> entries(Scope scope, qint64 entryId, Step step) const;

private:
    Result<QList<JournalEntry>> stepEntries(Step step, QDate onlyDay) const;

    Journal &m_journal;
};

} // namespace Rekindle
