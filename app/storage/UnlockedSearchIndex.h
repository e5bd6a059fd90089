// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QSqlDatabase;

namespace Rekindle {

class Journal;
class MemorySearchIndex;
class SearchIndexBuilder;
class SecretBytes;
enum class RecordChange;

/// The in-memory search index that stands in for the on-disk one while an encrypted journal is
/// unlocked (JournalVault owns it): restored from the sealed snapshot or rebuilt on a worker
/// thread (SearchIndexBuilder), kept in step with every save, and sealed into the snapshot
/// again when saves made it stale.
class UnlockedSearchIndex final : public QObject {
    Q_OBJECT

public:
    /// `dataKey` is the vault's, read whenever the index is built or sealed; it outlives this.
    UnlockedSearchIndex(Journal &journal, const SecretBytes &dataKey);
    ~UnlockedSearchIndex() override;

    /// Makes the index (progress, then ready) and keeps it in step: from the snapshot or
    /// rebuilt on a worker thread, here when that cannot be.
    void build();
    /// Built, and the worker's result taken.
    bool isReady() const;
    /// Blocks until a worker's index is handed over.
    void wait();
    /// The ready index came from the snapshot rather than a rebuild.
    bool wasRestored() const { return m_restored; }
    /// Seals the index into the snapshot when saves made it stale.
    void writeSnapshot();
    /// Stops a worker, stops following the journal and forgets the index.
    void drop();
    /// Deletes the snapshot file; false if it is there still.
    bool removeSnapshot() const;

    /// While the journal is encrypted its on-disk index (FTS5) would hold sealed text: it is
    /// emptied and its triggers dropped when encryption is turned on (this index serves
    /// instead), and filled again from the plain text when it is turned off. Both run inside
    /// the caller's transaction.
    static Status dropDiskTriggers(const QSqlDatabase &db, const QString &what);
    static Status restoreDiskTriggers(const QSqlDatabase &db, const QString &what);

signals:
    void progress(qint64 done, qint64 total);
    void ready();

private:
    /// Takes the worker's index and replays the saves made meanwhile.
    void adoptBuilt();
    void follow(const QString &kind, qint64 id, RecordChange change);
    QString snapshotPath() const;

    Journal &m_journal;
    const SecretBytes &m_dataKey;
    std::unique_ptr<MemorySearchIndex> m_index;
    std::unique_ptr<SearchIndexBuilder> m_builder;
    /// The worker has not handed its index over yet: saves wait in m_pending.
    bool m_building = false;
    struct Change {
        QString kind;
        qint64 id;
        RecordChange change;
    };
    QList<Change> m_pending;
    /// The snapshot on disk holds the index as it is (no save since it was written or read).
    bool m_snapshotCurrent = false;
    bool m_restored = false;
    /// Counts the builders started, so that a cancelled one's late signal is told apart.
    quint64 m_generation = 0;
    QList<QMetaObject::Connection> m_follow;
};

} // namespace Rekindle
