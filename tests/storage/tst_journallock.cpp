// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Journal.h"
#include "storage/JournalLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

const char *const HoldLockVariable = "REKINDLE_TEST_HOLD_LOCK";

QString lockPath(const QTemporaryDir &dir)
{
    return dir.filePath(JournalLock::FileName);
}

void writeLockFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

QByteArray thisHost()
{
    return QSysInfo::machineHostName().toUtf8();
}

qint64 deadPid()
{
    QProcess process;
    process.start(u"sh"_s, { u"-c"_s, u"exit 0"_s });
    process.waitForFinished();
    return process.processId() > 0 ? process.processId() : 2147483;
}

/// The child side of liveLockInAnotherProcess: holds the lock until its stdin closes.
int holdLock(const QString &directory)
{
    QLockFile lock(directory + u'/' + JournalLock::FileName);
    if (!lock.tryLock(0))
        return 3;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    return 0;
}

} // namespace

/// Every shape a lock file can be found in, and what opening the journal does with each.
class tst_JournalLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void staleShapesAreReclaimed_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("unreadable");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("garbage") << QByteArray("\x00\xff\x12not a lock\n", 15) << false;
        QTest::newRow("zero pid") << QByteArray("0\nrekindle\n") << false;
        QTest::newRow("negative pid") << QByteArray("-42\nrekindle\n" + thisHost()) << false;
        // Unreadable for its owner (root still reads it: then it is a dead pid here).
        QTest::newRow("unreadable") << QByteArray::number(deadPid()) + "\nrekindle\n" + thisHost()
                + '\n' << true;
        QTest::newRow("dead pid here") << QByteArray::number(deadPid()) + "\nrekindle\n"
                + thisHost() + '\n' << false;
        QTest::newRow("dead pid, no host") << QByteArray::number(deadPid()) + "\nrekindle\n\n"
                                           << false;
        // The same machine id under another name is this computer, renamed.
        QTest::newRow("dead pid, renamed host") << QByteArray::number(deadPid())
                + "\nrekindle\nold-name\n" + QSysInfo::machineUniqueId()
                + '\n' << false;
    }

    void staleShapesAreReclaimed()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, unreadable);
        QTemporaryDir dir;
        writeLockFile(lockPath(dir), contents);
        if (unreadable)
            QVERIFY(QFile::setPermissions(lockPath(dir), {}));

        QVERIFY(!JournalLock::otherComputer(dir.path()));
        auto journal = Journal::open(dir.path());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
        // The lock is ours now: a second open is refused as a live Rekindle.
        auto second = Journal::open(dir.path());
        QVERIFY(!second);
        QVERIFY(second.error().message.contains(u"already open in another Rekindle window"_s));
    }

    void otherComputerIsNamedAndCanBeTakenOver_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("other host name") << QByteArray("4242\nrekindle\nmaple-laptop\n");
        QTest::newRow("other machine id")
            << QByteArray("4242\nrekindle\nmaple-laptop\n0123456789abcdef\nboot\n");
    }

    void otherComputerIsNamedAndCanBeTakenOver()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        writeLockFile(lockPath(dir), contents);

        auto refused = Journal::open(dir.path());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"maple-laptop"_s));
        QVERIFY(!refused.error().message.contains(u"already open"_s));
        QVERIFY(!QFileInfo::exists(dir.filePath(Journal::DatabaseFileName)));
        const auto holder = JournalLock::otherComputer(dir.path());
        QVERIFY(holder);
        QCOMPARE(holder->hostName, u"maple-laptop"_s);
        QCOMPARE(holder->pid, 4242);
        QCOMPARE(holder->appName, u"rekindle"_s);

        QVERIFY(JournalLock::takeOver(dir.path()));
        auto journal = Journal::open(dir.path());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
        QVERIFY(!JournalLock::otherComputer(dir.path()));
    }

    void liveLockInThisProcessIsRefusedAndNotTakenOver()
    {
        QTemporaryDir dir;
        QLockFile held(lockPath(dir));
        QVERIFY(held.tryLock(0));
        const QByteArray before = [&] {
            QFile file(lockPath(dir));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        auto refused = Journal::open(dir.path());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"already open in another Rekindle window"_s));
        QVERIFY(!JournalLock::otherComputer(dir.path()));
        QVERIFY(!JournalLock::takeOver(dir.path()));
        QFile file(lockPath(dir));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(held.isLocked());
    }

    void liveLockInAnotherProcessIsRefusedUntilItEnds_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::newRow("closed") << false;
        QTest::newRow("killed") << true;
    }

    void liveLockInAnotherProcessIsRefusedUntilItEnds()
    {
        QFETCH(bool, crash);
        QTemporaryDir dir;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(HoldLockVariable), dir.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000));
        QCOMPARE(child.readLine().trimmed(), "locked");

        auto refused = Journal::open(dir.path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"already open in another Rekindle window"_s),
            qPrintable(refused.error().message));
        QVERIFY(!JournalLock::otherComputer(dir.path()));
        QVERIFY(!JournalLock::takeOver(dir.path()));

        if (crash)
            child.kill();
        else
            child.closeWriteChannel();
        QVERIFY(child.waitForFinished(30000));
        if (!crash)
            QCOMPARE(child.exitCode(), 0);
        auto journal = Journal::open(dir.path());
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
    }

#ifdef Q_OS_LINUX
    void liveOtherProgramIsNamed()
    {
        QTemporaryDir dir;
        QProcess sleeper;
        sleeper.start(u"sleep"_s, { u"60"_s });
        QVERIFY(sleeper.waitForStarted());
        writeLockFile(lockPath(dir),
            QByteArray::number(sleeper.processId()) + "\nsleep\n" + thisHost() + '\n');

        auto refused = Journal::open(dir.path());
        QVERIFY(!refused);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
        QVERIFY(message.contains(u"sleep"_s));
        QVERIFY(message.contains(QString::number(sleeper.processId())));
        QVERIFY(!message.contains(u"Rekindle window"_s));
        sleeper.kill();
        sleeper.waitForFinished();
    }
#endif

#ifdef Q_OS_UNIX
    void lockFileIsPrivateWhateverTheUmask()
    {
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        auto journal = Journal::open(dir.path());
        ::umask(previous);
        QVERIFY(journal);
        struct stat info { };
        QCOMPARE(::stat(qPrintable(lockPath(dir)), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(qPrintable(dir.path()), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
    }
#endif
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(HoldLockVariable))
        return holdLock(qEnvironmentVariable(HoldLockVariable));
    tst_JournalLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journallock.moc"
