// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoJournal.h"
#include "core/Result.h"

class QRandomGenerator;

namespace Rekindle {

class Journal;

/// Sample data of steps 1 and 2 for `--demo`: where I stand, my part, space (contacts and
/// urges), unsent messages, goals with check-ins and small wins. One transaction.
Status generateSteps12Demo(
    Journal &journal, const DemoJournal::Options &options, QRandomGenerator &random);

} // namespace Rekindle
