// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ConsoleCommands.h"
#include "cli/Startup.h"
#include "core/CommandLine.h"
#include "models/JournalHealth.h"
#include "models/JournalSession.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/JournalRecovery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype KiB = 1024;

void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

#ifdef Q_OS_UNIX
/// The child of fileSizeLimit: saves under a file-size limit until a save fails, then saves
/// again once the limit is lifted. Killed by SIGXFSZ unless Startup ignores it.
int saveUnderSizeLimit(QCoreApplication &app, const QString &directory)
{
    Startup::initialize(app);
    auto journal = Journal::open(directory);
    if (!journal)
        return 3;
    const QString file = (*journal)->filePath();
    const qint64 largest = std::max(QFileInfo(file).size(), QFileInfo(file + u"-wal"_s).size());
    rlimit limit {};
    getrlimit(RLIMIT_FSIZE, &limit);
    const rlim_t hard = limit.rlim_max;
    limit.rlim_cur = rlim_t(largest + 256 * KiB);
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        return 4;
    int saved = 0;
    QString failure;
    for (int i = 0; i < 400 && failure.isEmpty(); ++i) {
        auto id = (*journal)->entries().create(
            Step::Acknowledge, { u"big %1"_s.arg(i), QString(16 * KiB, QChar(u'a' + i % 26)), {} });
        if (id)
            ++saved;
        else
            failure = id.error().message;
    }
    say(u"saved %1"_s.arg(saved));
    if (failure.isEmpty())
        return 5;
    say(u"failed "_s + failure);
    limit.rlim_cur = hard;
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        return 6;
    auto after = (*journal)->entries().create(Step::Acknowledge, { u"after"_s, u"after"_s, {} });
    say(after ? u"saved-after %1"_s.arg(*after) : u"failed-after "_s + after.error().message);
    return after ? 0 : 7;
}
#endif

/// The child of lostWal: saves through a session with its health watch, waits `waitMs` with
/// the event loop running, says "ready" and waits to be killed.
int saveThenWait(QCoreApplication &app, const QString &directory, int waitMs)
{
    Startup::initialize(app);
    CommandLineOptions options;
    options.dataDir = directory;
    auto session = JournalSession::open(options);
    if (!session)
        return 3;
    JournalHealth health((*session)->journal());
    for (int i = 0; i < 5; ++i)
        if (!(*session)->journal().entries().create(
                Step::Acknowledge, { u"kept %1"_s.arg(i), u"x"_s, {} }))
            return 4;
    QTest::qWait(waitMs);
    say(u"ready"_s);
    QThread::sleep(60);
    return 0;
}

} // namespace

/// Faults made from outside: a file-size limit, a lost WAL, a full disk.
class tst_Faults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fileSizeLimitFailsTheSaveAndALaterOneSucceeds()
    {
#ifndef Q_OS_UNIX
        QSKIP("setrlimit is Unix only");
#else
        const QTemporaryDir dir;
        {
            QVERIFY(Journal::open(dir.path()));
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { u"--fsize"_s, dir.path() });
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        say(u"file-size limit: child exit %1 (%2), output: %3"_s.arg(child.exitCode())
                .arg(child.exitStatus() == QProcess::NormalExit ? u"normal"_s : u"killed"_s)
                .arg(out.simplified()));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(out.contains(u"size limit"_s));
        QVERIFY(out.contains(u"saved-after"_s));
        auto journal = Journal::open(dir.path());
        QVERIFY(journal);
        QVERIFY(JournalRecovery::fullCheck((*journal)->filePath()).whole());
        const auto page = (*journal)->entries().page(Step::Acknowledge, std::nullopt, 1);
        QVERIFY(page && !page->isEmpty());
        QCOMPARE(page->constFirst().title, u"after"_s);
#endif
    }

    void lostWal_data()
    {
        QTest::addColumn<int>("waitMs");
        QTest::addColumn<bool>("lost");
        // Killed before a checkpoint: the saves live only in the WAL, which is then deleted.
        QTest::newRow("before a checkpoint") << 2 * JournalHealth::PollMs << true;
        // Killed after typing paused long enough: the checkpoint put them in the main file.
        QTest::newRow("after a checkpoint")
            << JournalHealth::CheckpointPauseMs + 3 * JournalHealth::PollMs << false;
    }

    void lostWal()
    {
        QFETCH(int, waitMs);
        QFETCH(bool, lost);
        const QTemporaryDir dir;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            { u"--save-wait"_s, dir.path(), QString::number(waitMs) });
        QVERIFY(child.waitForReadyRead(30000));
        child.kill();
        QVERIFY(child.waitForFinished());
        const QString file = dir.filePath(Journal::DatabaseFileName);
        const bool hadWal = QFile::remove(file + u"-wal"_s);
        QFile::remove(file + u"-shm"_s);

        CommandLineOptions options;
        options.dataDir = dir.path();
        // --check says so too (and leaves the marker, so that the window still tells).
        CommandLineOptions check = options;
        check.command = CommandLineOptions::Command::Check;
        QCOMPARE(ConsoleCommands::execute(check), lost ? 1 : 0);
        auto session = JournalSession::open(options);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        const qint64 kept = *(*session)->journal().entries().count();
        say(u"lost WAL (%1): wal deleted %2, entries kept %3 of 5, reported lost: %4"_s
                .arg(QString::fromLatin1(QTest::currentDataTag()))
                .arg(hadWal)
                .arg(kept)
                .arg((*session)->lostWal()));
        QCOMPARE((*session)->lostWal(), lost);
        QCOMPARE(kept, lost ? qint64(0) : qint64(5));
        QVERIFY(JournalRecovery::fullCheck((*session)->journal().filePath()).whole());
    }

    void aKeptWalIsNeverCalledLostLater()
    {
        // Killed before a checkpoint, the WAL left in place: the next open takes it over.
        const QTemporaryDir dir;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            { u"--save-wait"_s, dir.path(), QString::number(2 * JournalHealth::PollMs) });
        QVERIFY(child.waitForReadyRead(30000));
        child.kill();
        QVERIFY(child.waitForFinished());
        const QString file = dir.filePath(Journal::DatabaseFileName);
        QVERIFY(JournalRecovery::isPending(dir.path()));
        CommandLineOptions check;
        check.dataDir = dir.path();
        check.command = CommandLineOptions::Command::Check;
        // Healthy, and again after that check's clean close removed the WAL: the saves are in
        // the main file, and nothing was lost.
        QCOMPARE(ConsoleCommands::execute(check), 0);
        QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
        QVERIFY(!JournalRecovery::isPending(dir.path()));
        QCOMPARE(ConsoleCommands::execute(check), 0);
        CommandLineOptions options;
        options.dataDir = dir.path();
        auto session = JournalSession::open(options);
        QVERIFY(session);
        QVERIFY(!(*session)->lostWal());
        const qint64 kept = *(*session)->journal().entries().count();
        say(u"kept WAL: entries kept %1 of 5, reported lost afterwards: %2"_s.arg(kept).arg(
            (*session)->lostWal()));
        QCOMPARE(kept, qint64(5));
    }

    void fullDiskFailsTheSaveAndALaterOneSucceeds()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() != 0)
            QSKIP("a full disk needs a small tmpfs, which only root may mount: skipped");
        const QTemporaryDir dir;
        QProcess mount;
        mount.start(
            u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, dir.path() });
        if (!mount.waitForFinished() || mount.exitCode() != 0)
            QSKIP(qPrintable(u"mounting a tmpfs was refused here (%1): skipped"_s.arg(
                QString::fromUtf8(mount.readAllStandardError()).simplified())));
        const auto unmount
            = qScopeGuard([&dir] { QProcess::execute(u"umount"_s, { dir.path() }); });
        // Something else of the person's that takes room, deleted later to make some.
        {
            QFile filler(dir.filePath(u"filler"_s));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            QCOMPARE(filler.write(QByteArray(512 * KiB, 'f')), 512 * KiB);
        }
        int saved = 0;
        QString failure;
        {
            auto journal = Journal::open(dir.path());
            QVERIFY(journal);
            for (int i = 0; i < 1000 && failure.isEmpty(); ++i) {
                auto id = (*journal)->entries().create(Step::Acknowledge,
                    { u"fill %1"_s.arg(i), QString(8 * KiB, QChar(u'a' + i % 26)), {} });
                if (id)
                    ++saved;
                else
                    failure = id.error().message;
            }
            say(u"full disk: %1 saves, then: %2"_s.arg(saved).arg(failure));
            QVERIFY(failure.contains(u"disk is full"_s) || failure.contains(u"may be full"_s));
            // Room again (the person deletes something): the next save succeeds.
            QVERIFY(QFile::remove(dir.filePath(u"filler"_s)));
            auto after
                = (*journal)->entries().create(Step::Acknowledge, { u"after"_s, u"x"_s, {} });
            QVERIFY2(after, after ? "" : qPrintable(after.error().message));
        }
        auto reopened = Journal::open(dir.path());
        QVERIFY(reopened);
        QVERIFY(JournalRecovery::fullCheck((*reopened)->filePath()).whole());
#else
        QSKIP("tmpfs is Linux only");
#endif
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
#ifdef Q_OS_UNIX
    if (argc == 3 && qstrcmp(argv[1], "--fsize") == 0)
        return saveUnderSizeLimit(app, QString::fromLocal8Bit(argv[2]));
#endif
    if (argc == 4 && qstrcmp(argv[1], "--save-wait") == 0)
        return saveThenWait(app, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    tst_Faults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults.moc"
