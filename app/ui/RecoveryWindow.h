// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/JournalRescue.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Rekindle {

class BackupList;

/// The window shown instead of the journal when it cannot be opened or was found damaged, so
/// that a problem with the file never ends in an exit. It says what is wrong and offers every
/// way out: restore one of the kept backups (the damaged file is moved aside byte for byte,
/// never deleted), save what can still be read as an export, open another folder, or quit.
class RecoveryWindow final : public QWidget {
    Q_OBJECT

public:
    /// `problem` is the translated reason; `detail` the technical one, shown smaller.
    RecoveryWindow(const QString &directory, const QString &problem, const QString &detail,
        QWidget *parent = nullptr);

    /// Fills the list of backups again.
    void reload();
    /// The file of the selected backup, or empty.
    QString selectedBackup() const;
    /// Restores `backupPath` without asking; on success emits journalRestored().
    bool restoreBackup(const QString &backupPath);
    /// Writes what can be read to `exportPath` and says how it went. True when written.
    bool saveReadable(const QString &exportPath);
    /// The last result shown under the buttons (for people and for tests).
    QString status() const;

Q_SIGNALS:
    /// The journal folder holds a journal again: the caller opens it.
    void journalRestored();
    /// The person chose to open the journal in `directory` instead.
    void openFolderRequested(const QString &directory);
    void quitRequested();

private:
    void confirmRestore();
    void chooseExport();
    void chooseFolder();
    void showStatus(const QString &text);
    void updateButtons();

    JournalRescue m_rescue;
    BackupList *m_list;
    QLabel *m_status;
    QPushButton *m_restore;
};

} // namespace Rekindle
