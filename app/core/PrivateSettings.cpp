// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Rekindle::PrivateSettings {

void prepare(const QString &filePath, const QString &ownFolderName)
{
    const QFileInfo file(filePath);
    if (!file.isAbsolute())
        return; // a registry path
    const QString folder = file.absolutePath();
    // Only a folder of our own is created and closed; a shared one (~/Library/Preferences)
    // keeps its modes, and there the settings file is left for QSettings to create.
    if (!ownFolderName.isEmpty() && QFileInfo(folder).fileName() == ownFolderName) {
        if (!QDir().mkpath(folder))
            return; // QSettings will fail to write too; nothing private to protect yet
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile create(filePath);
        if (!file.exists() && !create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return;
    }
    if (!QFileInfo::exists(filePath))
        return;
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace Rekindle::PrivateSettings
