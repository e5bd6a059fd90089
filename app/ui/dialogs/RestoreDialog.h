// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/JournalTransfer.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Rekindle {

class BackupList;
class Journal;

/// Lists the journal's backups (date, kind, what they hold) and restores the chosen one after
/// confirmation; the current journal is kept as a backup first.
class RestoreDialog final : public QDialog {
    Q_OBJECT

public:
    RestoreDialog(Journal &journal, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    /// Fills the list again from the backups folder.
    void reload();
    /// The file of the selected backup, or empty.
    QString selectedBackup() const;
    /// Asks for confirmation, then restores the selected backup. True when restored.
    bool restoreSelected();

private:
    void updateButtons();

    JournalTransfer m_transfer;
    BackupList *m_list;
    QLabel *m_hint;
    QPushButton *m_restore;
};

} // namespace Rekindle
