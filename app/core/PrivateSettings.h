// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Keeps the settings file (window layout, last step, theme) private to its owner.
///
/// QSettings creates its file and folder with the umask's modes (often 0644 and 0755), so that
/// anyone on the computer could see that, and when, the person used Rekindle. Created here
/// first, owner-only; QSettings' atomic rewrites keep an existing file's permissions.
namespace Rekindle::PrivateSettings {
/// Prepares `filePath` (QSettings().fileName()): the file becomes 0600, and its folder
/// 0700 when it is the application's own (named after the organisation), never a shared
/// folder such as ~/.config. A path that is not a file (the Windows registry) is left alone.
void prepare(const QString &filePath, const QString &ownFolderName);
} // namespace Rekindle::PrivateSettings
