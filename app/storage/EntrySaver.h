// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntryStore.h"
#include "core/JournalEntry.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <memory>

class QThread;

namespace Rekindle {

/// Saves entries on a worker thread with a connection of its own to the journal's file, so
/// that the save of a long entry (its full-text index alone tokenizes every word again) does
/// not hold up the window. The text is checked, encoded and sealed on the caller's thread
/// (EntryStore::prepareUpdate); the worker runs the one transaction, fsync'd like any save;
/// the change is announced (Journal::recordChanged) on the caller's thread after the commit.
///
/// One save runs at a time. A save asked for while one runs waits, replacing an earlier one
/// of the same entry that waits too (the latest text wins). Nothing is dropped: the destructor
/// waits for every save asked for, and waitForIdle() lets a caller wait before leaving.
class EntrySaver final : public QObject {
    Q_OBJECT

public:
    explicit EntrySaver(EntryStore &store, QObject *parent = nullptr);
    ~EntrySaver() override;

    /// Saves `content` into entry `id`; saved() or failed() follows. An error at once (and no
    /// signal) when the content is not valid, the entry is gone or the journal takes no writes.
    Status save(qint64 id, const EntryContent &content);
    /// Whether a save runs or waits.
    bool isBusy() const;
    /// Waits until no save runs or waits, for up to `timeoutMs`, delivering their signals.
    /// False when saves remain.
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    /// Entry `id` is saved as last asked (announced through the journal before).
    void saved(qint64 id);
    /// The save of entry `id` failed; nothing of it was written.
    void failed(qint64 id, const QString &message);

private:
    struct Job;
    void startNext();
    /// Takes the finished job's result (on the caller's thread) and starts the next one.
    void complete(quint64 serial);
    static Status run(const QString &filePath, const EntryUpdate &update);

    EntryStore &m_store;
    QList<EntryUpdate> m_waiting;
    std::unique_ptr<Job> m_running;
    QThread *m_thread = nullptr;
    quint64 m_serial = 0;
};

} // namespace Rekindle
