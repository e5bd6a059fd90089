// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRescue.h"

#include "storage/BackupFile.h"

namespace Rekindle {

JournalRescue::JournalRescue(const QString &directory)
    : m_directory(directory)
{
}

QList<BackupInfo> JournalRescue::backups() const
{
    return JournalRecovery::backups(m_directory);
}

bool JournalRescue::looksWhole(const BackupInfo &backup)
{
    return BackupFile::looksComplete(backup.filePath);
}

Result<QString> JournalRescue::restore(const QString &backupPath) const
{
    return JournalRecovery::restore(m_directory, backupPath);
}

Result<SalvageReport> JournalRescue::salvage(const QString &exportPath) const
{
    return JournalRecovery::salvage(m_directory, exportPath);
}

} // namespace Rekindle
