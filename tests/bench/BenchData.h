// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QtGlobal>

namespace Rekindle {

class Journal;

/// The benchmarks' journals: the sample history (DemoJournal) at a chosen size, then "other
/// rows" (everything that is not a journal entry) spread over the kinds in the shares a person
/// who keeps a journal for years makes them: mostly mood and goal check-ins, then urges, small
/// wins, contacts and reflections, a few hundred things in "my part", feelings shared and
/// commitments. Deterministic for a given seed.
namespace BenchData {
    struct Size {
        int days = 3650;
        double entriesPerDay = 10.0;
        int otherRows = 100000;
        quint32 seed = 1;
    };

    /// Fills the empty `journal`.
    Status generate(Journal &journal, const Size &size);
    /// Adds `count` other rows over the last `days` days, in one transaction.
    Status addOtherRows(Journal &journal, int count, int days, quint32 seed);
} // namespace BenchData

} // namespace Rekindle
