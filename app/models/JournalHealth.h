// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/JournalRecovery.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace Rekindle {

class Journal;

/// Watches an open journal for damage that the cheap checks at open cannot see (a bad page in
/// the middle): SQLite's full integrity_check runs once, shortly after opening, on a worker
/// thread with a connection of its own, so that the window never waits for it. When it finds
/// damage the journal is protected (nothing writes to the file any more) and damageFound()
/// tells the window, which offers the recovery choices.
///
/// It also keeps saved work from waiting in the WAL until the journal closes: once writing
/// has paused for CheckpointPauseMs, a PASSIVE checkpoint copies it into the main file. While
/// the WAL holds saves the main file lacks, a marker beside the journal says so, so that a WAL
/// lost after a crash is noticed at the next start (JournalRecovery::walLost()).
class JournalHealth final : public QObject {
    Q_OBJECT

public:
    /// Delay after opening before the full check: the first paint and the first keystrokes
    /// come first, and the check still ends within seconds of opening.
    static constexpr int CheckDelayMs = 1000;
    /// How often the change counter is read (memory only), and how long writing must have
    /// paused before a checkpoint.
    static constexpr int PollMs = 1000;
    static constexpr int CheckpointPauseMs = 3000;

    explicit JournalHealth(Journal &journal, QObject *parent = nullptr);
    ~JournalHealth() override;

    /// Runs the full check after `delayMs` (once; later calls do nothing while one is due).
    void start(int delayMs = CheckDelayMs);
    /// Runs the full check now, on this thread (an explicit request, such as a restore).
    /// False when it is damaged: then it protects the journal and emits damageFound().
    bool checkNow();
    bool isDamaged() const { return m_damaged; }
    bool isChecking() const { return m_worker != nullptr; }

Q_SIGNALS:
    /// The journal was found damaged (once): `message` is for people, `detail` for reports.
    void damageFound(const QString &message, const QString &detail);
    /// A full check ended (whole or not).
    void checked();

private:
    void runWorker();
    void poll();
    void report(const JournalRecovery::Integrity &result);

    Journal &m_journal;
    QTimer m_delay;
    QTimer m_poll;
    qint64 m_changes = 0;
    qint64 m_lastChangeMs = 0;
    bool m_pending = false;
    QThread *m_worker = nullptr;
    bool m_damaged = false;
};

} // namespace Rekindle
