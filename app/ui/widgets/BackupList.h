// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/JournalTransfer.h"

#include <QTimeZone>
#include <QTreeWidget>

namespace Rekindle {

/// The journal's backups, newest first: when each was made (in the journal's time zone), its
/// kind and what it holds. One list for the restore dialog and the recovery window, so that both
/// show a backup alike and neither offers one that is incomplete or damaged.
class BackupList final : public QTreeWidget {
    Q_OBJECT

public:
    explicit BackupList(QWidget *parent = nullptr);

    /// Shows `backups`; a backup that is incomplete or cannot be read is listed, greyed out and
    /// not selectable. With no backups, one unselectable row says `emptyText`. The first
    /// backup that can be restored is selected.
    void setBackups(
        const QList<BackupInfo> &backups, const QTimeZone &zone, const QString &emptyText);
    /// The file of the selected backup, or empty.
    QString selectedBackup() const;
    /// When the selected backup was made, as shown in the list; empty when none is selected.
    QString selectedWhen() const;
    /// Whether any backup is listed (restorable or not).
    bool hasBackups() const { return m_count > 0; }

private:
    int m_count = 0;
};

} // namespace Rekindle
