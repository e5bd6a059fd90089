// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Rekindle {

class Journal;
class PreferencesDialog;

/// Adds the "Care and Privacy" page: the support note, the neutral window title and the
/// optional daily reminder (off unless chosen).
void addCarePreferences(PreferencesDialog &dialog, Journal &journal);

} // namespace Rekindle
