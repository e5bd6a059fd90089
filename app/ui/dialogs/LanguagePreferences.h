// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Rekindle {

class PreferencesDialog;

/// Adds the "Language" page: the system's languages (the default) or one of the shipped
/// languages in `directory`, each by its own name. Kept on this computer, not in the journal
/// (a journal may be opened on another computer by someone who reads another language), and
/// used from the next start.
void addLanguagePreferences(PreferencesDialog &dialog, const QString &directory);

} // namespace Rekindle
