// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundBackup.h"

#include "models/PendingDeletes.h"
#include "storage/Backups.h"
#include "storage/Journal.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Rekindle {

BackgroundBackup::BackgroundBackup(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
}

BackgroundBackup::~BackgroundBackup()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
}

Result<bool> BackgroundBackup::startDaily()
{
    if (m_thread || m_journal.isProtected())
        return false;
    auto target = Backups(m_journal).dailyTarget();
    if (!target)
        return target.error();
    if (target->isEmpty())
        return false;
    // The backup copies the file: a delete waiting for its undo is carried out first, so that
    // the record it removes is not kept in the copy.
    (void)PendingDeletes::commitPending(m_journal);
    m_cancel = false;
    m_workerStatus = {};
    m_thread = QThread::create([this, path = m_journal.filePath(), to = *target,
                                   pages = m_pagesPerStep, report = m_stepReport] {
        m_workerStatus = Backups::writeOnOwnConnection(path, to, &m_cancel, pages, report);
    });
    m_thread->setObjectName(u"rekindle-backup"_s);
    connect(m_thread, &QThread::finished, this, &BackgroundBackup::onWorkerFinished);
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundBackup::cancel()
{
    m_cancel = true;
}

void BackgroundBackup::onWorkerFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Status status = std::move(m_workerStatus);
    if (!status) {
        // Stopped on purpose: nothing to report, it is made again next time.
        Q_EMIT finished(false, m_cancel ? QString() : status.error().message);
        return;
    }
    if (Status rotated = Backups(m_journal).rotate(); !rotated) {
        Q_EMIT finished(true, rotated.error().message);
        return;
    }
    Q_EMIT finished(true, QString());
}

} // namespace Rekindle
