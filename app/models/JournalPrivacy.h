// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>

class QThread;

namespace Rekindle {

class Journal;
class JournalEncryption;
class JournalNotes;
class UnlockAttempt;

/// Encryption at rest as the window sees it: unlocking (the slow key derivation runs on a
/// worker thread and finishes on the GUI thread), locking on demand, after idle time or when
/// the system sleeps, and turning encryption on and off. It never locks by itself: it asks
/// with lockRequested(), so that the window can save every draft and close what shows text
/// first, and then calls lock().
///
/// The idle time is measured on the journal's clock (a fake one in tests); a timer only
/// decides how often that clock is looked at.
class JournalPrivacy final : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultIdleMinutes = 5;
    static constexpr int MaxIdleMinutes = 240;
    /// How often the idle time is checked while unlocked.
    static constexpr int DefaultCheckIntervalMs = 10 * 1000;
    /// The progress of a long rewrite; returning false cancels it.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    JournalPrivacy(Journal &journal, JournalEncryption &encryption, QObject *parent = nullptr);
    ~JournalPrivacy() override;

    bool isEncrypted() const;
    bool isLocked() const;
    /// An unlock attempt or a passphrase's key derivation is running on a worker thread.
    bool isBusy() const { return m_worker != nullptr || m_keyWork; }

    /// Starts an unlock off the GUI thread; unlocked() or unlockFailed() follows on this
    /// object's thread. Ignored while an attempt runs.
    void unlockWithPassphrase(const QString &passphrase);
    void unlockWithRecoveryKey(const QString &recoveryKey);

    /// Asks for a lock (lockRequested()) when the journal is encrypted and unlocked.
    void requestLock();
    /// The system goes to sleep or the screen locks: a lock, when the person chose that.
    void systemLocked();
    /// Wipes the key (after the window saved and closed everything). Emits locked().
    void lock();

    /// Key or mouse activity: the idle time starts again.
    void noteActivity();
    /// Looks at the clock and asks for a lock when the idle time has passed.
    void checkIdle();
    /// Watches `source` (the application) for key and mouse activity.
    void watchActivity(QObject *source);
    void setCheckInterval(int milliseconds);

    /// Minutes without activity before a lock; 0 never locks for idleness. Kept in the journal.
    int idleMinutes() const;
    Status setIdleMinutes(int minutes);
    bool locksOnSystemLock() const;
    Status setLocksOnSystemLock(bool on);

    /// Turns encryption on: returns the recovery key, to be shown once. Its Argon2id runs on a
    /// worker thread while this one handles events (keyWorkChanged); the caller shows a modal
    /// busy state meanwhile, as for the rewrite that follows.
    Result<QString> turnOn(const QString &passphrase, const Progress &progress = {});
    /// Turns it off after checking the passphrase (nothing changes when it is wrong); the check
    /// runs on a worker thread like turnOn's.
    Status turnOff(const QString &passphrase, const Progress &progress = {});
    /// The new envelope is made on a worker thread like turnOn's keys.
    Status changePassphrase(const QString &current, const QString &next);
    Result<QString> replaceRecoveryKey();
    QStringList plainBackups() const;
    Status deletePlainBackups();

    /// A gentle, translated word about how hard a passphrase is to guess (never a rule).
    static QString strengthHint(const QString &passphrase);

Q_SIGNALS:
    void busyChanged(bool busy);
    /// A passphrase's key derivation (turnOn, turnOff, changePassphrase) starts or ends.
    void keyWorkChanged(bool busy);
    void unlocked();
    /// A translated message for the unlock screen; nothing was written.
    void unlockFailed(const QString &message);
    void lockRequested();
    void locked();
    void searchIndexProgress(qint64 done, qint64 total);
    void searchIndexReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startAttempt(std::unique_ptr<UnlockAttempt> attempt);
    void finishAttempt(UnlockAttempt &attempt);
    void restartIdleTimer();
    /// Runs `work` on a worker thread and handles this thread's events until it is done.
    void runOffThread(const std::function<void()> &work);

    Journal &m_journal;
    JournalEncryption &m_encryption;
    JournalNotes *m_notes;
    QTimer m_idleTimer;
    QDateTime m_lastActivity;
    QThread *m_worker = nullptr;
    bool m_keyWork = false;
};

} // namespace Rekindle
