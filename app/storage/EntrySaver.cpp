// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntrySaver.h"

#include "Journal.h"
#include "Sql.h"

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {

struct EntrySaver::Job {
    EntryUpdate update;
    /// Written by the worker before its thread finishes, read after.
    Status result;
};

EntrySaver::EntrySaver(EntryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

EntrySaver::~EntrySaver()
{
    // Never drops a save: the text asked to be saved is only here.
    while (isBusy())
        waitForIdle(-1);
}

Status EntrySaver::save(qint64 id, const EntryContent &content)
{
    Journal &journal = m_store.journal();
    if (journal.isProtected())
        return m_store.update(id, content); // refused there, with the reason
    auto update = m_store.prepareUpdate(id, content);
    if (!update)
        return update.error();
    m_waiting.removeIf([id](const EntryUpdate &waiting) { return waiting.id == id; });
    m_waiting.append(std::move(*update));
    startNext();
    return {};
}

bool EntrySaver::isBusy() const
{
    return m_running || !m_waiting.isEmpty();
}

bool EntrySaver::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline
        = timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    while (m_thread) {
        if (!m_thread->wait(deadline))
            return false;
        complete(m_serial);
    }
    return !isBusy();
}

void EntrySaver::startNext()
{
    if (m_running || m_waiting.isEmpty())
        return;
    m_running = std::make_unique<Job>(Job { m_waiting.takeFirst(), {} });
    Job *job = m_running.get();
    const QString filePath = m_store.journal().filePath();
    m_thread = QThread::create([job, filePath] { job->result = run(filePath, job->update); });
    m_thread->setObjectName(u"entrySave"_s);
    // Queued: finished() comes from the worker thread. The serial tells a late delivery (the
    // job was taken by waitForIdle meanwhile) from the current one.
    connect(m_thread, &QThread::finished, this, [this, serial = ++m_serial] { complete(serial); });
    m_thread->start();
}

void EntrySaver::complete(quint64 serial)
{
    if (serial != m_serial || !m_thread || !m_running)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::unique_ptr<Job> job = std::move(m_running);
    const qint64 id = job->update.id;
    const bool superseded = std::any_of(m_waiting.cbegin(), m_waiting.cend(),
        [id](const EntryUpdate &waiting) { return waiting.id == id; });
    if (job->result) {
        m_store.updated(id);
        if (!superseded)
            Q_EMIT saved(id);
    } else if (!superseded) {
        // A newer text of the entry waits: its own save says how that went.
        Q_EMIT failed(id, job->result.error().message);
    }
    startNext();
}

Status EntrySaver::run(const QString &filePath, const EntryUpdate &update)
{
    const QString connection = u"rekindle-save-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Status status = [&]() -> Status {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(filePath);
        if (!db.open())
            return Sql::error(db.lastError(), update.what);
        // As Journal::configure() sets them for its own connection: durable (FULL), the
        // full-text triggers allowed, nothing decoded written to a temporary file.
        Status configured = Sql::runAll(db,
            { u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA foreign_keys = ON"_s,
                u"PRAGMA synchronous = FULL"_s, u"PRAGMA secure_delete = ON"_s,
                u"PRAGMA trusted_schema = ON"_s, u"PRAGMA temp_store = MEMORY"_s },
            update.what);
        if (!configured)
            return configured;
        return EntryStore::runUpdate(db, update);
    }();
    QSqlDatabase::removeDatabase(connection);
    return status;
}

} // namespace Rekindle
