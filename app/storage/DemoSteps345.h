// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoJournal.h"
#include "core/Result.h"

class QRandomGenerator;

namespace Rekindle {

class Journal;

/// Sample data of steps 3 to 5 for `--demo`: the safety check, light contacts with tone,
/// topics and replies, meet-ups, a phrase of the person's own, feelings shared, commitments,
/// issues and milestones. Written through the stores, so every record is validated.
Status generateSteps345Demo(
    Journal &journal, const DemoJournal::Options &options, QRandomGenerator &random);

} // namespace Rekindle
