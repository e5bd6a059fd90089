// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Rekindle {

class PreferencesDialog;
class PrivacyActions;

/// Adds the privacy page ("Encryption and Lock"): turning encryption on or off, a new
/// passphrase or recovery key, the idle minutes before a lock and the lock on sleep.
void addPrivacyPreferences(PreferencesDialog &dialog, PrivacyActions &actions);

} // namespace Rekindle
