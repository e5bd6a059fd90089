// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Rekindle {

class Journal;
class PreferencesDialog;

/// Adds the "Reconnecting" page to Preferences: the days of space the readiness check asks
/// for, and the smallest gap between two milestones before a gentle slow-down.
void addJourneyPreferences(PreferencesDialog &dialog, Journal &journal);

} // namespace Rekindle
