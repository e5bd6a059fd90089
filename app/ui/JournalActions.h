// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace Rekindle {

class BackgroundBackup;
class Journal;

/// The File menu's work on the journal as a whole: export, import, restore from a backup, and
/// the automatic daily backup. Kept out of MainWindow, which stays a shell.
class JournalActions final : public QObject {
    Q_OBJECT

public:
    /// Delay after start-up before the daily backup, so that it never slows the first paint.
    static constexpr int DailyBackupDelayMs = 1500;

    /// `saveAll` saves what is being edited (it runs before anything reads the journal whole).
    JournalActions(Journal &journal, QWidget *window, std::function<bool()> saveAll);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *restoreAction() const { return m_restore; }

    void exportJournal();
    void importJournal();
    void importFile(const QString &filePath);
    void restoreFromBackup();
    /// Starts today's backup on a worker thread if there is none yet (the window keeps
    /// responding); problems go to the status message. Destroying this object stops it.
    void runDailyBackup();
    BackgroundBackup *backgroundBackup() const { return m_backup; }

Q_SIGNALS:
    /// A short message for the status bar.
    void message(const QString &text);
    /// Restore was chosen on a journal that cannot be kept or written (damaged): only the
    /// recovery window, which replaces the file, can restore it.
    void recoveryNeeded();

private:
    Journal &m_journal;
    QWidget *m_window;
    std::function<bool()> m_saveAll;
    QAction *m_export;
    QAction *m_import;
    QAction *m_restore;
    BackgroundBackup *m_backup;
};

} // namespace Rekindle
