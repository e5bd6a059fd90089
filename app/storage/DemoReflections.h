// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoJournal.h"

class QRandomGenerator;

namespace Rekindle {

/// Adds sample reflections (guided, thought records, one draft to resume) and mood check-ins
/// to the sample journal. Runs inside DemoJournal::generate()'s transaction.
Status generateReflectionDemo(
    Journal &journal, const DemoJournal::Options &options, QRandomGenerator &random);

} // namespace Rekindle
