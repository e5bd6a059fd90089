// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QtGlobal>

namespace Rekindle {

class Journal;

/// Fills an empty journal with a believable, made-up history so that a newcomer can look around
/// (`--demo`) and so that benchmarks run on realistic volumes. Deterministic for a given seed.
class DemoJournal {
public:
    struct Options {
        /// How many days of history, ending today (10 years of daily writing is 3650).
        int days = 120;
        /// Average number of journal entries per day.
        double entriesPerDay = 1.2;
        quint32 seed = 20261126;
    };

    static Status generate(Journal &journal, const Options &options);
};

} // namespace Rekindle
