// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteHandle.h"

#include "core/Translation.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>
#include <algorithm>
#include <utility>

#ifdef REKINDLE_HAVE_SQLITE3
#include <sqlite3.h>
#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif
#endif

using namespace Qt::StringLiterals;

namespace Rekindle::SqliteHandle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::SqliteHandle", text);
    }

#if defined(REKINDLE_HAVE_SQLITE3) && defined(Q_OS_UNIX)
    /// Whether the shared object that defines `driver` (Qt's SQLite plugin) resolves SQLite's
    /// entry point to the same function as ours: then it runs on our copy of the library.
    bool driverUsesOurSqlite(const QSqlDriver *driver)
    {
        static const bool same = [driver] {
            Dl_info info {};
            if (dladdr(static_cast<const void *>(driver->metaObject()), &info) == 0
                || !info.dli_fname)
                return false;
            void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
            if (!plugin)
                return false;
            void *theirs = dlsym(plugin, "sqlite3_libversion_number");
            dlclose(plugin);
            auto *ours = &sqlite3_libversion_number;
            return theirs && reinterpret_cast<decltype(ours)>(theirs) == ours;
        }();
        return same;
    }

#endif

#ifdef REKINDLE_HAVE_SQLITE3
    int stopWhenCancelled(void *flag)
    {
        return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
    }
#endif

} // namespace

sqlite3 *handleOf(const QSqlDatabase &db)
{
#if defined(REKINDLE_HAVE_SQLITE3) && defined(Q_OS_UNIX)
    const QSqlDriver *driver = db.driver();
    if (!driver || !db.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0
        || !driverUsesOurSqlite(driver))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

Status copyInSteps(sqlite3 *source, const QString &targetPath, const std::atomic_bool *cancel,
    int pagesPerStep, const StepReport &afterStep)
{
#ifdef REKINDLE_HAVE_SQLITE3
    const QString failed = tr("Rekindle could not back up the journal.");
    const auto sqliteError = [&failed](sqlite3 *db) {
        return Error { failed, QString::fromUtf8(sqlite3_errmsg(db)) };
    };
    // One read transaction over every step: the copy is the journal as it was when it began,
    // whatever is saved meanwhile (WAL readers do not block writers), and never restarts.
    if (sqlite3_exec(
            source, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return sqliteError(source);
    const auto endRead = [source] { sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr); };

    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &target,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        Error error = sqliteError(target);
        sqlite3_close(target);
        endRead();
        return error;
    }
    Status status;
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        status = sqliteError(target);
    } else {
        int rc = SQLITE_OK;
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (cancel && cancel->load())
                break;
            rc = sqlite3_backup_step(backup, std::max(1, pagesPerStep));
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                QThread::msleep(5);
            else if (afterStep) {
                const int total = sqlite3_backup_pagecount(backup);
                afterStep(total - sqlite3_backup_remaining(backup), total);
            }
        }
        sqlite3_backup_finish(backup);
        if (cancel && cancel->load())
            status = Error { tr("The backup was stopped before it was finished.") };
        else if (rc != SQLITE_DONE)
            status = Error { failed, QString::fromUtf8(sqlite3_errstr(rc)) };
    }
    // The copy takes the journal's WAL mode with its pages: a backup is a file on its own.
    if (status
        && sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr)
            != SQLITE_OK)
        status = sqliteError(target);
    sqlite3_close(target);
    endRead();
    return status;
#else
    Q_UNUSED(source);
    Q_UNUSED(targetPath);
    Q_UNUSED(cancel);
    Q_UNUSED(pagesPerStep);
    return Error { tr("Rekindle could not back up the journal.") };
#endif
}

Result<QByteArray> serialize(sqlite3 *handle, const char *schema)
{
    // A copy in a QByteArray; SQLite's own buffer is wiped when `pages` goes.
    const Result<Pages> pages = serializePages(handle, schema);
    if (!pages)
        return pages.error();
    return pages->view().toByteArray();
}

Pages::~Pages()
{
    release();
}

Pages::Pages(Pages &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

Pages &Pages::operator=(Pages &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void Pages::release()
{
#ifdef REKINDLE_HAVE_SQLITE3
    if (m_data) {
        // The whole allocation, not only the pages in use: the person's words either way.
        std::fill_n(m_data, qsizetype(sqlite3_msize(m_data)), char(0));
        sqlite3_free(m_data);
    }
#endif
    m_data = nullptr;
    m_size = 0;
}

Result<Pages> serializePages(sqlite3 *handle, const char *schema)
{
    const QString failed = tr("The search index could not be saved.");
#ifdef REKINDLE_HAVE_SQLITE3
    if (!handle)
        return Error { failed, u"no SQLite handle"_s };
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(handle, schema, &size, 0);
    if (!data)
        return Error { failed, QString::fromUtf8(sqlite3_errmsg(handle)) };
    Pages pages;
    pages.m_data = reinterpret_cast<char *>(data);
    pages.m_size = qsizetype(size);
    return pages;
#else
    Q_UNUSED(handle);
    Q_UNUSED(schema);
    return Error { failed, u"no SQLite API"_s };
#endif
}

Status loadImage(sqlite3 *handle, const char *schema, QByteArrayView image)
{
    const QString failed = tr("The search index could not be restored.");
#ifdef REKINDLE_HAVE_SQLITE3
    if (!handle || image.isEmpty())
        return Error { failed, u"no SQLite handle or image"_s };
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(":memory:", &source, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return Error { failed, u"no memory database"_s };
    }
    // Read-only and not freed by SQLite: the image stays the caller's, which wipes it.
    auto *bytes = reinterpret_cast<unsigned char *>(const_cast<char *>(image.data()));
    Status status;
    if (sqlite3_deserialize(
            source, "main", bytes, image.size(), image.size(), SQLITE_DESERIALIZE_READONLY)
        != SQLITE_OK) {
        status = Error { failed, QString::fromUtf8(sqlite3_errmsg(source)) };
    } else if (sqlite3_backup *backup = sqlite3_backup_init(handle, schema, source, "main")) {
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            status = Error { failed, QString::fromUtf8(sqlite3_errstr(rc)) };
    } else {
        status = Error { failed, QString::fromUtf8(sqlite3_errmsg(handle)) };
    }
    sqlite3_close(source);
    return status;
#else
    Q_UNUSED(handle);
    Q_UNUSED(schema);
    Q_UNUSED(image);
    return Error { failed, u"no SQLite API"_s };
#endif
}

#ifdef REKINDLE_HAVE_SQLITE3
namespace {
    int noteStatement(unsigned type, void *context, void *statement, void *text)
    {
        // Statements of triggers come as "-- TRIGGER name": their parent is listed already.
        if (type != SQLITE_TRACE_STMT || qstrncmp(static_cast<const char *>(text), "--", 2) == 0)
            return 0;
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql) {
            static_cast<QStringList *>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
        return 0;
    }
} // namespace
#endif

QStringList statementsDuring(sqlite3 *handle, const std::function<void()> &work)
{
    QStringList statements;
#ifdef REKINDLE_HAVE_SQLITE3
    if (handle)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &noteStatement, &statements);
    work();
    if (handle)
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
#else
    Q_UNUSED(handle);
    work();
#endif
    return statements;
}

CancelGuard::CancelGuard(sqlite3 *handle, const std::atomic_bool *cancel)
    : m_handle(cancel ? handle : nullptr)
{
#ifdef REKINDLE_HAVE_SQLITE3
    if (m_handle)
        sqlite3_progress_handler(m_handle, 1000, &stopWhenCancelled,
            const_cast<void *>(static_cast<const void *>(cancel)));
#endif
}

CancelGuard::~CancelGuard()
{
#ifdef REKINDLE_HAVE_SQLITE3
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
#endif
}

} // namespace Rekindle::SqliteHandle
