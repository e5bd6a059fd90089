// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Rekindle {

class Journal;
class PreferencesDialog;

/// Adds the "Writing" page: the font and size of the entry text (kept on this computer) and
/// the spelling language of the journal (kept in the journal).
void addWritingPreferences(PreferencesDialog &dialog, Journal &journal);

} // namespace Rekindle
