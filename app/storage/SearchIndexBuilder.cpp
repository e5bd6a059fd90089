// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndexBuilder.h"

#include "RecordKinds.h"
#include "SealingCodec.h"
#include "SearchSnapshot.h"
#include "SearchSnapshotWriter.h"
#include "Sql.h"
#include "SqliteHandle.h"
#include "core/Translation.h"
#include "crypto/ValueSealer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#ifdef REKINDLE_HAVE_SQLITE3
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::MemorySearchIndex", text);
    }

    /// The rowids of the index in `image`, read from FTS5's content table (c2 = kind,
    /// c3 = item_id); an error when the image is no such index.
    Result<MemorySearchIndex::Rowids> rowidsOf(QByteArrayView image)
    {
        const QString failed = tr("The search index could not be restored.");
#ifdef REKINDLE_HAVE_SQLITE3
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            return Error { failed, u"no memory database"_s };
        }
        MemorySearchIndex::Rowids rowids;
        QString problem;
        auto *bytes = reinterpret_cast<unsigned char *>(const_cast<char *>(image.data()));
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_deserialize(
                db, "main", bytes, image.size(), image.size(), SQLITE_DESERIALIZE_READONLY)
                != SQLITE_OK
            || sqlite3_prepare_v2(db,
                   QByteArray("SELECT id, c2, c3 FROM main." + RecordKinds::SearchTable.toUtf8()
                       + "_content")
                       .constData(),
                   -1, &statement, nullptr)
                != SQLITE_OK) {
            problem = QString::fromUtf8(sqlite3_errmsg(db));
        } else {
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                rowids.insert(MemorySearchIndex::keyOf(sqlite3_column_int(statement, 1),
                                  sqlite3_column_int64(statement, 2)),
                    sqlite3_column_int64(statement, 0));
            if (rc != SQLITE_DONE)
                problem = QString::fromUtf8(sqlite3_errstr(rc));
        }
        sqlite3_finalize(statement);
        sqlite3_close(db);
        if (!problem.isEmpty())
            return Error { failed, problem };
        return rowids;
#else
        Q_UNUSED(image);
        return Error { failed, u"no SQLite API"_s };
#endif
    }

} // namespace

Result<std::unique_ptr<SearchIndexBuilder>> SearchIndexBuilder::create(
    const QString &filePath, const QString &snapshotPath, const SecretBytes &dataKey)
{
    Result<ValueSealer> codecSealer = ValueSealer::forDataKey(dataKey);
    if (!codecSealer)
        return codecSealer.error();
    Result<ValueSealer> snapshotSealer = ValueSealer::forSearchSnapshot(dataKey);
    if (!snapshotSealer)
        return snapshotSealer.error();
    return std::unique_ptr<SearchIndexBuilder>(new SearchIndexBuilder(filePath, snapshotPath,
        std::make_unique<ValueSealer>(std::move(*codecSealer)),
        std::make_unique<ValueSealer>(std::move(*snapshotSealer))));
}

SearchIndexBuilder::SearchIndexBuilder(QString filePath, QString snapshotPath,
    std::unique_ptr<ValueSealer> codecSealer, std::unique_ptr<ValueSealer> snapshotSealer)
    : m_filePath(std::move(filePath))
    , m_snapshotPath(std::move(snapshotPath))
    , m_codecSealer(std::move(codecSealer))
    , m_snapshotSealer(std::move(snapshotSealer))
{
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    cancel();
}

void SearchIndexBuilder::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"searchIndex"_s);
    // Queued: finished() comes from the worker thread.
    connect(m_thread, &QThread::finished, this, &SearchIndexBuilder::finished);
    m_thread->start();
}

void SearchIndexBuilder::cancel()
{
    if (!m_thread)
        return;
    m_cancel = true;
    disconnect(this, nullptr, nullptr, nullptr);
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SearchIndexBuilder::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool SearchIndexBuilder::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

Result<SearchIndexBuilder::Built> SearchIndexBuilder::takeResult()
{
    Result<Built> result = std::move(m_result);
    m_result = Error {};
    return result;
}

void SearchIndexBuilder::run()
{
    const QString connection = u"rekindle-search-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Result<Built> made = make(connection);
    QSqlDatabase::removeDatabase(connection);
    // Kept for the snapshot: the image is shared with the result, never written to.
    const QByteArray image = made ? made->image : QByteArray();
    const bool rebuilt = made && !made->restored;
    m_result = std::move(made);
    if (m_cancel)
        return;
    Q_EMIT built();
    // Even when cancelled from now on: the window counts on this snapshot. In the writer's
    // queue, so that it lands before a later one of the window's.
    if (rebuilt)
        SearchSnapshotWriter::start(
            m_snapshotPath, std::move(*m_snapshotSealer), m_state, QByteArray(image));
}

Result<SearchIndexBuilder::Built> SearchIndexBuilder::make(const QString &connection)
{
    const QString what = tr("The search index could not be built.");
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return Sql::error(db.lastError(), what);
    sqlite3 *handle = SqliteHandle::handleOf(db);
    if (!handle)
        return Error { what, u"no SQLite handle"_s };
    if (Status status = Sql::runAll(db,
            { u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA trusted_schema = ON"_s,
                u"PRAGMA temp_store = MEMORY"_s },
            what);
        !status)
        return status.error();
    const SqliteHandle::CancelGuard guard(handle, &m_cancel);
    // One read transaction: the state, the snapshot's check and the records are one moment of
    // the journal, whatever the window saves meanwhile (it replays those saves).
    Sql::Transaction transaction(db, what);
    if (!transaction.begun())
        return transaction.status().error();
    // A snapshot still being written (the lock just before this unlock) is the one to read.
    SearchSnapshotWriter::wait();
    Result<QByteArray> state = SearchSnapshot::stateOf(handle);
    if (!state)
        return state.error();
    m_state = *state;

    Built result;
    if (Result<QByteArray> snapshot
        = SearchSnapshot::read(m_snapshotPath, *m_snapshotSealer, *state)) {
        if (Result<MemorySearchIndex::Rowids> rowids = rowidsOf(*snapshot)) {
            result.image = std::move(*snapshot);
            result.rowids = std::move(*rowids);
            result.restored = true;
            return result;
        } else {
            result.snapshotSkipped = rowids.error().detail;
        }
    } else {
        result.snapshotSkipped = snapshot.error().detail;
    }
    const SealingCodec codec(std::move(*m_codecSealer));
    const Status filled = MemorySearchIndex::fill(
        db, codec, [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); }, &m_cancel,
        result.rowids);
    if (!filled)
        return filled.error();
    // FTS5 writes the terms it holds in memory into its segments at the commit.
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Result<QByteArray> image = SqliteHandle::serialize(handle, "temp");
    if (!image)
        return image.error();
    result.image = std::move(*image);
    return result;
}

} // namespace Rekindle
