// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/BackupFile.h"

#include <QObject>
#include <QString>
#include <atomic>

class QThread;

namespace Rekindle {

class Journal;

/// Today's backup without holding the window: the search index is tidied and the journal
/// copied on a worker thread, through a connection of its own, in short steps (see
/// BackupFile::write). Saves go on meanwhile; the copy is the journal as it was when it began.
///
/// Stopping (cancel(), or destroying this object, as closing the window does) takes effect
/// between steps, within milliseconds, and leaves no file that counts as a backup: today's
/// backup is then made on the next start. Old backups are rotated only after a whole new one.
class BackgroundBackup final : public QObject {
    Q_OBJECT

public:
    explicit BackgroundBackup(Journal &journal, QObject *parent = nullptr);
    /// Stops a running backup and waits for its worker (a step at most).
    ~BackgroundBackup() override;

    /// Starts today's backup unless there is one already, one is running, or the journal is
    /// protected as damaged (a copy would not be whole). True when one started.
    Result<bool> startDaily();
    bool isRunning() const { return m_thread != nullptr; }
    /// Stops the running backup soon; finished() follows with nothing made.
    void cancel();
    /// Pages copied per step (BackupFile::PagesPerStep unless set).
    void setPagesPerStep(int pages) { m_pagesPerStep = pages; }
    /// Called on the worker thread after each step of the copy, with the pages copied so far
    /// and the pages in all (set before startDaily()).
    void setStepReport(SqliteHandle::StepReport report) { m_stepReport = std::move(report); }

Q_SIGNALS:
    /// The backup ended: `made` when a whole new one was written, else `problem` says why
    /// (empty when it was stopped).
    void finished(bool made, const QString &problem);

private:
    void onWorkerFinished();

    Journal &m_journal;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    /// Written by the worker, read once it has finished.
    Status m_workerStatus;
    int m_pagesPerStep = BackupFile::PagesPerStep;
    SqliteHandle::StepReport m_stepReport;
};

} // namespace Rekindle
