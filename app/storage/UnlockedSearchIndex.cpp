// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockedSearchIndex.h"

#include "Journal.h"
#include "JournalConnection.h"
#include "MemorySearchIndex.h"
#include "RecordKinds.h"
#include "SearchIndexBuilder.h"
#include "SearchSnapshot.h"
#include "SearchSnapshotWriter.h"
#include "Sql.h"
#include "SqliteHandle.h"
#include "crypto/SecretBytes.h"
#include "crypto/ValueSealer.h"

#include <QSqlDatabase>
#include <utility>

using namespace Qt::StringLiterals;

namespace Rekindle {

UnlockedSearchIndex::UnlockedSearchIndex(Journal &journal, const SecretBytes &dataKey)
    : m_journal(journal)
    , m_dataKey(dataKey)
{
}

UnlockedSearchIndex::~UnlockedSearchIndex() = default;

QString UnlockedSearchIndex::snapshotPath() const
{
    return SearchSnapshot::pathIn(m_journal.directory());
}

bool UnlockedSearchIndex::removeSnapshot() const
{
    SearchSnapshotWriter::cancelAll();
    return SearchSnapshot::remove(snapshotPath());
}

bool UnlockedSearchIndex::isReady() const
{
    return m_index && m_index->isBuilt() && !m_building;
}

void UnlockedSearchIndex::wait()
{
    if (!m_building || !m_builder)
        return;
    m_builder->wait();
    adoptBuilt();
}

void UnlockedSearchIndex::build()
{
    drop();
    m_index = std::make_unique<MemorySearchIndex>(m_journal);
    m_follow << connect(&m_journal, &Journal::recordChanged, this, &UnlockedSearchIndex::follow);
    m_follow << connect(&m_journal, &Journal::contentReplaced, this, [this] { build(); });
    // On a worker when SQLite's own API is there to hand the pages over.
    if (SqliteHandle::handleOf(m_journal.database())) {
        auto builder = SearchIndexBuilder::create(m_journal.filePath(), snapshotPath(), m_dataKey);
        if (builder) {
            m_builder = std::move(*builder);
            connect(m_builder.get(), &SearchIndexBuilder::progress, this,
                &UnlockedSearchIndex::progress);
            // Only this builder's: one cancelled by a new build may have queued its own.
            connect(m_builder.get(), &SearchIndexBuilder::built, this,
                [this, generation = ++m_generation] {
                    if (generation == m_generation)
                        adoptBuilt();
                });
            m_building = true;
            m_builder->start();
            return;
        }
        qWarning("Rekindle: the search index is built on the GUI thread: %s",
            qPrintable(builder.error().detail));
    }
    const Status built
        = m_index->build([this](qint64 done, qint64 total) { Q_EMIT progress(done, total); });
    if (!built) {
        // Search then finds nothing rather than failing on every keystroke; the stores
        // themselves (and --check) name a value that cannot be read.
        qWarning(
            "Rekindle: the search index could not be built: %s", qPrintable(built.error().detail));
        return;
    }
    Q_EMIT ready();
}

void UnlockedSearchIndex::adoptBuilt()
{
    if (!m_building || !m_builder || !m_index)
        return;
    m_building = false;
    Result<SearchIndexBuilder::Built> built = m_builder->takeResult();
    Status adopted
        = built ? m_index->adopt(built->image, std::move(built->rowids)) : Status { built.error() };
    m_snapshotCurrent = adopted.ok();
    m_restored = adopted.ok() && built->restored;
    if (!adopted) {
        qWarning("Rekindle: the search index is built again on the GUI thread: %s",
            qPrintable(adopted.error().detail));
        m_pending.clear();
        if (Status rebuilt = m_index->build(); !rebuilt) {
            qWarning("Rekindle: the search index could not be built: %s",
                qPrintable(rebuilt.error().detail));
            return;
        }
    }
    // The worker read the journal as it was when it began: what was saved since follows.
    const QList<Change> pending = std::exchange(m_pending, {});
    for (const Change &change : pending)
        follow(change.kind, change.id, change.change);
    Q_EMIT ready();
}

void UnlockedSearchIndex::follow(const QString &kind, qint64 id, RecordChange change)
{
    m_snapshotCurrent = false;
    if (m_building) {
        m_pending.append({ kind, id, change });
        return;
    }
    if (!m_index)
        return;
    if (Status status = m_index->update(kind, id, change); !status)
        qWarning("Rekindle: the search index could not follow a save: %s",
            qPrintable(status.error().detail));
}

void UnlockedSearchIndex::writeSnapshot()
{
    if (!m_index || !m_index->isBuilt() || m_building || m_snapshotCurrent)
        return;
    const Status written = [this]() -> Status {
        Result<ValueSealer> sealer = ValueSealer::forSearchSnapshot(m_dataKey);
        if (!sealer)
            return sealer.error();
        Result<QByteArray> state
            = SearchSnapshot::stateOf(SqliteHandle::handleOf(m_journal.database()));
        if (!state)
            return state.error();
        Result<SqliteHandle::Pages> pages = m_index->pages();
        if (!pages)
            return pages.error();
        // The image and its state are of this moment; sealing and syncing them is not the
        // window's work (a lock or close returns at once).
        SearchSnapshotWriter::start(snapshotPath(), std::move(*sealer), *state, std::move(*pages));
        return {};
    }();
    if (!written) {
        // The one on disk is stale, and found so at the next unlock: rebuilt, never trusted.
        qWarning("Rekindle: the search snapshot could not be written: %s",
            qPrintable(written.error().detail));
        return;
    }
    m_snapshotCurrent = true;
}

void UnlockedSearchIndex::drop()
{
    // Waits for the worker (interrupted within milliseconds).
    m_builder.reset();
    m_building = false;
    m_pending.clear();
    m_snapshotCurrent = false;
    m_restored = false;
    for (const QMetaObject::Connection &connection : std::as_const(m_follow))
        disconnect(connection);
    m_follow.clear();
    m_index.reset();
}

Status UnlockedSearchIndex::dropDiskTriggers(const QSqlDatabase &db, const QString &what)
{
    auto names = Sql::run(db,
        u"SELECT name FROM main.sqlite_schema WHERE type = 'trigger' AND name LIKE "
        "'search\\_%' ESCAPE '\\'"_s,
        {}, what);
    if (!names)
        return names.error();
    QStringList statements;
    while (names->next())
        statements << u"DROP TRIGGER main.\"%1\""_s.arg(names->value(0).toString());
    names->finish();
    // 'rebuild' from the emptied content also empties the index's own segments, which
    // would otherwise keep the words of deleted rows until they are merged.
    statements << u"DELETE FROM main.%1"_s.arg(RecordKinds::SearchTable)
               << u"INSERT INTO main.%1 (%1) VALUES ('rebuild')"_s.arg(RecordKinds::SearchTable);
    return Sql::runAll(db, statements, what);
}

Status UnlockedSearchIndex::restoreDiskTriggers(const QSqlDatabase &db, const QString &what)
{
    QStringList statements = { u"DELETE FROM main.%1"_s.arg(RecordKinds::SearchTable) };
    for (const RecordKind &kind : RecordKinds::all())
        statements << RecordKinds::searchIndexStatements(kind.name);
    return Sql::runAll(db, statements, what);
}

} // namespace Rekindle
