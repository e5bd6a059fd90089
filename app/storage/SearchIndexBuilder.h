// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MemorySearchIndex.h"
#include "core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace Rekindle {

class SecretBytes;
class ValueSealer;

/// Makes the in-memory search index of an unlocked journal on a worker thread, so that the
/// window is usable while it is made: a connection of its own to the journal's file reads, in
/// one read transaction, the journal's state (SearchSnapshot::stateOf) and then either the
/// snapshot sealed for that state or every record, decoded with sealers of its own made from
/// the data key (sodium memory, wiped with the builder). The index is made in that connection's
/// temp schema and handed over as its pages, which MemorySearchIndex::adopt() copies into the
/// journal's connection. A rebuilt index is then sealed into a new snapshot.
///
/// built() and finished() arrive on the builder's thread. Destroying the builder cancels the
/// work and waits for the thread (within milliseconds: statements are interrupted).
class SearchIndexBuilder final : public QObject {
    Q_OBJECT

public:
    /// What the worker made: the index's pages and rowids, for MemorySearchIndex::adopt().
    struct Built {
        QByteArray image;
        MemorySearchIndex::Rowids rowids;
        /// Read from a snapshot rather than rebuilt.
        bool restored = false;
        /// Why no snapshot was used (none, stale, foreign or damaged), for the tests.
        QString snapshotSkipped;
    };

    /// A builder for the journal file `filePath`, whose snapshot is at `snapshotPath`; nothing
    /// runs before start(). An error when the key is not one.
    static Result<std::unique_ptr<SearchIndexBuilder>> create(
        const QString &filePath, const QString &snapshotPath, const SecretBytes &dataKey);
    ~SearchIndexBuilder() override;

    void start();
    /// Stops the work and waits for the worker; nothing more is emitted.
    void cancel();
    bool isRunning() const;
    /// Blocks until the worker is done (its result made, its snapshot handed to
    /// SearchSnapshotWriter).
    void wait();

    /// The worker's result, once built() came; taken once. An error when it failed.
    Result<Built> takeResult();

Q_SIGNALS:
    /// `done` of `total` records indexed (not emitted when a snapshot is used).
    void progress(qint64 done, qint64 total);
    /// The index is made (or it failed): takeResult().
    void built();
    /// The worker is done, its snapshot handed to SearchSnapshotWriter.
    void finished();

private:
    SearchIndexBuilder(QString filePath, QString snapshotPath,
        std::unique_ptr<ValueSealer> codecSealer, std::unique_ptr<ValueSealer> snapshotSealer);
    void run();
    Result<Built> make(const QString &connection);

    QString m_filePath;
    QString m_snapshotPath;
    std::unique_ptr<ValueSealer> m_codecSealer;
    std::unique_ptr<ValueSealer> m_snapshotSealer;
    std::atomic_bool m_cancel = false;
    QThread *m_thread = nullptr;
    /// Written by the worker before built(), read after it on the builder's thread.
    Result<Built> m_result = Error {};
    QByteArray m_state;
};

} // namespace Rekindle
