// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Disk errors a test cannot make with a real disk: EIO on a write or a flush, and a disk
// pulled out (every read, write and open failing), made by a SQLite VFS that passes every call
// to the real one until it is told to fail. Qt's driver and the journal run on it unchanged:
// the save fails with a clear message, nothing of it lands, and a save after the disk is back
// succeeds on the same connection.

#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/JournalConnection.h"
#include "storage/JournalRecovery.h"
#include "storage/SqliteHandle.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

enum class Fault { None, Writes, Flushes, Everything };
std::atomic<Fault> fault { Fault::None };
std::atomic<int> refused { 0 };

sqlite3_vfs *real = nullptr;
sqlite3_vfs faulty;

/// A file of the faulty VFS: the real file follows it in the same allocation.
struct FaultyFile {
    sqlite3_file base;
    sqlite3_file *file;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<FaultyFile *>(file)->file;
}

bool failing(Fault at)
{
    const Fault now = fault.load();
    if (now == Fault::Everything || (now != Fault::None && now == at)) {
        ++refused;
        return true;
    }
    return false;
}

int closeFile(sqlite3_file *file)
{
    sqlite3_file *inner = realOf(file);
    return inner->pMethods ? inner->pMethods->xClose(inner) : SQLITE_OK;
}
int readFile(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    if (fault.load() == Fault::Everything) {
        ++refused;
        return SQLITE_IOERR_READ;
    }
    return realOf(file)->pMethods->xRead(realOf(file), data, amount, offset);
}
int writeFile(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    if (failing(Fault::Writes))
        return SQLITE_IOERR_WRITE;
    return realOf(file)->pMethods->xWrite(realOf(file), data, amount, offset);
}
int truncateFile(sqlite3_file *file, sqlite3_int64 size)
{
    if (failing(Fault::Writes))
        return SQLITE_IOERR_TRUNCATE;
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int syncFile(sqlite3_file *file, int flags)
{
    if (failing(Fault::Flushes))
        return SQLITE_IOERR_FSYNC;
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int lockFile(sqlite3_file *file, int level)
{
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int unlockFile(sqlite3_file *file, int level)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int checkReservedLock(sqlite3_file *file, int *out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int fileControl(sqlite3_file *file, int op, void *arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int sectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int deviceCharacteristics(sqlite3_file *file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int shmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), page, size, extend, out);
}
int shmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void shmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int shmUnmap(sqlite3_file *file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}

// Version 2 of the methods: no memory-mapped reads, which would pass by xRead.
const sqlite3_io_methods methods = { 2, closeFile, readFile, writeFile, truncateFile, syncFile,
    fileSize, lockFile, unlockFile, checkReservedLock, fileControl, sectorSize,
    deviceCharacteristics, shmMap, shmLock, shmBarrier, shmUnmap, nullptr, nullptr };

int openFile(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapper = reinterpret_cast<FaultyFile *>(file);
    wrapper->base.pMethods = nullptr;
    wrapper->file = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    if (failing(Fault::Everything))
        return SQLITE_CANTOPEN;
    const int rc = real->xOpen(real, name, wrapper->file, flags, outFlags);
    if (rc == SQLITE_OK)
        wrapper->base.pMethods = &methods;
    return rc;
}
int deleteFile(sqlite3_vfs *, const char *name, int syncDir)
{
    if (failing(Fault::Everything))
        return SQLITE_IOERR_DELETE;
    return real->xDelete(real, name, syncDir);
}
int accessFile(sqlite3_vfs *, const char *name, int flags, int *out)
{
    if (failing(Fault::Everything))
        return SQLITE_IOERR_ACCESS;
    return real->xAccess(real, name, flags, out);
}
int fullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return real->xFullPathname(real, name, size, out);
}

/// Registers the faulty VFS as the default, wrapping the one in use.
bool install()
{
    real = sqlite3_vfs_find(nullptr);
    if (!real)
        return false;
    faulty = *real;
    faulty.iVersion = 1;
    faulty.szOsFile = int(sizeof(FaultyFile)) + real->szOsFile;
    faulty.zName = "rekindle-faulty";
    faulty.pNext = nullptr;
    faulty.xOpen = openFile;
    faulty.xDelete = deleteFile;
    faulty.xAccess = accessFile;
    faulty.xFullPathname = fullPathname;
    return sqlite3_vfs_register(&faulty, 1) == SQLITE_OK;
}

void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

} // namespace

class tst_IoErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(install()); }
    void cleanup() { fault = Fault::None; }

    void aDiskErrorFailsTheSaveAndALaterOneSucceeds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("EIO on a write") << int(Fault::Writes);
        QTest::newRow("EIO on a flush") << int(Fault::Flushes);
        QTest::newRow("disk removed") << int(Fault::Everything);
    }

    void aDiskErrorFailsTheSaveAndALaterOneSucceeds()
    {
        QFETCH(int, kind);
        const QTemporaryDir dir;
        auto journal = Journal::open(dir.path());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
        if (!SqliteHandle::handleOf((*journal)->database()))
            QSKIP("Qt's SQLite driver runs on a library of its own here: its files cannot be "
                  "reached through a VFS of this process");
        EntryStore &entries = (*journal)->entries();
        const auto kept = entries.create(Step::Acknowledge, { u"kept"_s, u"first words"_s, {} });
        QVERIFY(kept);

        refused = 0;
        fault = Fault(kind);
        const auto created
            = entries.create(Step::Acknowledge, { u"new"_s, u"written during the fault"_s, {} });
        const Status edited
            = entries.update(*kept, { u"kept"_s, u"edited during the fault"_s, {} });
        fault = Fault::None;
        const int refusedCalls = refused.load();
        QVERIFY(!created);
        QVERIFY(!edited);
        say(u"%1: %2 calls refused; the save said: %3"_s
                .arg(QString::fromLatin1(QTest::currentDataTag()))
                .arg(refusedCalls)
                .arg(created.error().message));
        QVERIFY(refusedCalls > 0);
        QVERIFY2(created.error().message.contains(u"disk reported an error"_s)
                || created.error().message.contains(u"cannot be reached"_s),
            qPrintable(created.error().message));

        // The disk is back: the same connection saves again, and what failed never landed.
        const auto after = entries.create(Step::Acknowledge, { u"after"_s, u"x"_s, {} });
        QVERIFY2(after, after ? "" : qPrintable(after.error().message));
        QVERIFY(entries.update(*kept, { u"kept"_s, u"edited after"_s, {} }));
        const auto count = entries.count();
        QVERIFY(count);
        QCOMPARE(*count, qint64(2));
        const auto read = entries.entry(*kept);
        QVERIFY(read);
        QCOMPARE(read->body, u"edited after"_s);
        journal->reset();
        QVERIFY(JournalRecovery::fullCheck(dir.filePath(Journal::DatabaseFileName)).whole());
    }
};

QTEST_GUILESS_MAIN(tst_IoErrors)
#include "tst_ioerrors.moc"
