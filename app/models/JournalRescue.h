// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/Backups.h"
#include "storage/JournalRecovery.h"

#include <QList>
#include <QString>

namespace Rekindle {

/// The recovery screen's door to a journal folder whose journal could not be opened or was
/// found damaged: its backups, restoring one in place of the damaged file (which is moved
/// aside byte for byte, never thrown away) and saving what can still be read as an export.
/// Works without an open journal; the caller closes its journal first.
class JournalRescue final {
public:
    explicit JournalRescue(const QString &directory);

    QString directory() const { return m_directory; }
    /// The backups, newest first, with whether each looks whole (a cheap header check).
    QList<BackupInfo> backups() const;
    static bool looksWhole(const BackupInfo &backup);
    /// Puts the backup in place of the journal; returns the folder the old files went to.
    Result<QString> restore(const QString &backupPath) const;
    /// Best-effort JSON export of what can be read (see JournalRecovery::salvage()).
    Result<SalvageReport> salvage(const QString &exportPath) const;

private:
    QString m_directory;
};

} // namespace Rekindle
