// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalHealth.h"

#include "storage/Journal.h"
#include "storage/JournalRecovery.h"

#include <QDateTime>
#include <QThread>
#include <memory>

namespace Rekindle {

JournalHealth::JournalHealth(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &JournalHealth::runWorker);
    m_changes = JournalRecovery::changeCount(m_journal);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &JournalHealth::poll);
    m_poll.start();
}

JournalHealth::~JournalHealth()
{
    // A clean close: what the WAL holds goes into the main file, and the marker goes away.
    poll();
    if (m_pending && !m_journal.isProtected() && JournalRecovery::checkpoint(m_journal))
        JournalRecovery::clearPending(m_journal.directory());
    // The worker reads through its own connection; it must end before the journal closes.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void JournalHealth::start(int delayMs)
{
    if (m_delay.isActive() || m_worker)
        return;
    m_delay.start(delayMs);
}

void JournalHealth::runWorker()
{
    if (m_worker || m_damaged)
        return;
    auto result = std::make_shared<JournalRecovery::Integrity>();
    m_worker = QThread::create(
        [file = m_journal.filePath(), result] { *result = JournalRecovery::fullCheck(file); });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        report(*result);
    });
    m_worker->start(QThread::LowPriority);
}

void JournalHealth::poll()
{
    if (m_journal.isProtected())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 changes = JournalRecovery::changeCount(m_journal);
    if (changes != m_changes) {
        m_changes = changes;
        m_lastChangeMs = now;
        if (!m_pending) {
            JournalRecovery::markPending(m_journal.directory());
            m_pending = true;
        }
        return;
    }
    if (m_pending && now - m_lastChangeMs >= CheckpointPauseMs
        && JournalRecovery::checkpoint(m_journal)) {
        JournalRecovery::clearPending(m_journal.directory());
        m_pending = false;
    }
}

bool JournalHealth::checkNow()
{
    if (m_damaged)
        return false;
    const auto result = JournalRecovery::fullCheck(m_journal.filePath());
    report(result);
    return result.verdict != JournalRecovery::Integrity::Verdict::Damaged;
}

void JournalHealth::report(const JournalRecovery::Integrity &result)
{
    // A check that could not run (the file busy for seconds) proves nothing either way.
    if (result.verdict == JournalRecovery::Integrity::Verdict::Damaged && !m_damaged) {
        m_damaged = true;
        m_journal.protect();
        Q_EMIT damageFound(result.message, result.detail);
    }
    Q_EMIT checked();
}

} // namespace Rekindle
