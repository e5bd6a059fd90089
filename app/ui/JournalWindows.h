// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryWindow.h"
#include "core/CommandLine.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace Rekindle {

class JournalHealth;
class JournalSession;
class MainWindow;

/// Which window the person sees: the journal's main window, or the recovery window when the
/// journal cannot be opened or turns out damaged (never an exit). Moves between them: a
/// damaged journal is closed before a backup replaces it, and opened again afterwards; "open
/// another folder" opens the journal there.
class JournalWindows final : public QObject {
    Q_OBJECT

public:
    explicit JournalWindows(const CommandLineOptions &options, QObject *parent = nullptr);
    ~JournalWindows() override;

    /// Opens the journal and shows a window. False when the person chose to quit at once
    /// (a journal open on another computer that they did not take over).
    bool start();

    MainWindow *mainWindow() const { return m_window.get(); }
    RecoveryWindow *recoveryWindow() const { return m_recovery; }

    /// Closes the journal (saving what can be saved) and shows the recovery window instead.
    void switchToRecovery(const QString &problem, const QString &detail);

private:
    /// Opens the journal of the current options: the main window on success, else the
    /// recovery window. False only when the person declined to take over a lock.
    bool open();
    void showMain();
    /// The banner of a read-only journal, its text fields read-only, and the question to
    /// allow changes when only the modes stand in the way.
    void showReadOnly();
    void showRecovery(const QString &problem, const QString &detail);
    void openFolder(const QString &directory);

    CommandLineOptions m_options;
    // The session is declared first so that it is destroyed after everything using it.
    std::unique_ptr<JournalSession> m_session;
    std::unique_ptr<JournalHealth> m_health;
    std::unique_ptr<MainWindow> m_window;
    QPointer<RecoveryWindow> m_recovery;
    QString m_damage;
    QString m_damageDetail;
};

} // namespace Rekindle
