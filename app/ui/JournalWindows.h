// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecoveryWindow.h"
#include "core/CommandLine.h"

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace Rekindle {

class Journal;
class JournalHealth;
class JournalPrivacy;
class JournalSession;
class MainWindow;
class PrivacyActions;
class SystemLockWatch;
class UnlockWindow;

/// Which window the person sees: the journal's main window, or the recovery window when the
/// journal cannot be opened or turns out damaged (never an exit). Moves between them: a
/// damaged journal is closed before a backup replaces it, and opened again afterwards; "open
/// another folder" opens the journal there. An encrypted journal starts on the unlock
/// window; locking (Ctrl+L, idle time, sleep) saves every draft, closes every window that
/// shows text, destroys the main window once every modal dialog's event loop has unwound,
/// and then wipes the key.
class JournalWindows final : public QObject {
    Q_OBJECT

public:
    /// Makes the privacy of an open journal (null: a journal without encryption at rest).
    using PrivacyFactory = std::function<JournalPrivacy *(Journal &journal)>;

    explicit JournalWindows(const CommandLineOptions &options, QObject *parent = nullptr);
    ~JournalWindows() override;

    /// Replaces how the journal's encryption is reached (tests use a fake). Before start().
    void setPrivacyFactory(PrivacyFactory factory) { m_privacyFactory = std::move(factory); }

    /// Opens the journal and shows a window. False when the person chose to quit at once
    /// (a journal open on another computer that they did not take over).
    bool start();

    MainWindow *mainWindow() const { return m_window.get(); }
    RecoveryWindow *recoveryWindow() const { return m_recovery; }
    UnlockWindow *unlockWindow() const { return m_unlock.get(); }
    JournalPrivacy *privacy() const { return m_privacy.get(); }

    /// Saves every draft, closes what shows text and locks an encrypted journal. Refused
    /// (said on the save banner) when something could not be saved.
    void lock();
    /// Whether a lock is under way (waiting for dialogs to close).
    bool isLocking() const { return m_locking; }

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
    void showUnlock();
    void onUnlocked();
    void addPrivacyActions();
    void closeTextWindows();
    void finishLock();
    void learnOuterLoopLevel();

    CommandLineOptions m_options;
    PrivacyFactory m_privacyFactory;
    // The session is declared first so that it is destroyed after everything using it.
    std::unique_ptr<JournalSession> m_session;
    std::unique_ptr<JournalPrivacy> m_privacy;
    std::unique_ptr<SystemLockWatch> m_systemLock;
    std::unique_ptr<JournalHealth> m_health;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<UnlockWindow> m_unlock;
    QPointer<PrivacyActions> m_privacyActions;
    /// Dialogs closed for a lock: the main window waits until their exec() has returned.
    QList<QPointer<QDialog>> m_closing;
    /// The event loop level at which no dialog runs (the application's own loop).
    int m_outerLoopLevel = 0;
    bool m_locking = false;
    int m_lockWaits = 0;
    QPointer<RecoveryWindow> m_recovery;
    QString m_damage;
    QString m_damageDetail;
};

} // namespace Rekindle
