// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ConsoleCommands.h"
#include "core/CommandLine.h"
#include "models/JournalHealth.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/JournalAccess.h"
#include "storage/JournalCheck.h"
#include "storage/JournalRecovery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

/// Every file in the folder with its mode and a hash of its bytes: what "nothing changed"
/// means for a read-only journal (no byte of the file, no new -wal, -shm, lock or backup).
QStringList snapshot(const QString &directory)
{
    QStringList out;
    QDirIterator it(directory,
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString line
            = QDir(directory).relativeFilePath(path) + u" %1"_s.arg(int(info.permissions()), 0, 16);
        if (info.isFile()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                line += u' '
                    + QString::fromLatin1(
                        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                            .toHex());
        }
        out << line;
    }
    out.sort();
    out.prepend(u". %1"_s.arg(int(QFileInfo(directory).permissions()), 0, 16));
    return out;
}

int runCommand(CommandLineOptions options, const QString &directory)
{
    options.dataDir = directory;
    return ConsoleCommands::execute(options);
}

} // namespace

/// A journal the person made read-only (its file, its folder) or that sits on a read-only
/// disk: it opens read-only, refuses changes with a message, can be checked, exported and
/// backed up, and not one byte beside or in it changes.
class tst_ReadOnly : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readOnlyJournal_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("file 0400") << u"file"_s;
        QTest::newRow("folder 0500") << u"folder"_s;
        QTest::newRow("read-only mount") << u"mount"_s;
    }

    void readOnlyJournal()
    {
#ifdef Q_OS_UNIX
        QFETCH(QString, shape);
        const QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString directory = root.filePath(u"journal"_s);
        {
            auto journal = Journal::open(directory);
            QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
            for (int i = 0; i < 3; ++i)
                QVERIFY((*journal)->entries().create(
                    Step::Acknowledge, { u"kept %1"_s.arg(i), u"words\u00a0%1"_s.arg(i), {} }));
        }
        QVERIFY(!JournalAccess::of(directory).readOnly);

        QString opened = directory;
        QFile::Permissions restoreFile;
        QFile::Permissions restoreFolder;
        const QString file = directory + u'/' + Journal::DatabaseFileName;
        const auto restoreModes = qScopeGuard([&] {
            if (restoreFile)
                QFile::setPermissions(file, restoreFile);
            if (restoreFolder)
                QFile::setPermissions(directory, restoreFolder);
        });
        QString mountPoint;
        const auto unmount = qScopeGuard([&mountPoint] {
            if (!mountPoint.isEmpty())
                QProcess::execute(u"umount"_s, { mountPoint });
        });
        if (shape == u"file") {
            restoreFile = QFileInfo(file).permissions();
            QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        } else if (shape == u"folder") {
            restoreFolder = QFileInfo(directory).permissions();
            QVERIFY(
                QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        } else {
            if (::geteuid() != 0)
                QSKIP("a read-only mount needs a bind mount, which only root may make: skipped");
            mountPoint = root.filePath(u"mounted"_s);
            QVERIFY(QDir().mkpath(mountPoint));
            if (QProcess::execute(u"mount"_s, { u"--bind"_s, directory, mountPoint }) != 0) {
                mountPoint.clear();
                QSKIP("a bind mount was refused here: skipped");
            }
            if (QProcess::execute(u"mount"_s, { u"-o"_s, u"remount,bind,ro"_s, mountPoint }) != 0)
                QSKIP("remounting read-only was refused here: skipped");
            opened = mountPoint;
        }
        const QStringList before = snapshot(opened);

        const JournalAccess access = JournalAccess::of(opened);
        QVERIFY(access.readOnly);
        QCOMPARE(access.readOnlyDisk, shape == u"mount");
        {
            auto journal = Journal::open(opened);
            QVERIFY2(journal, journal ? "" : qPrintable(journal.error().message));
            QVERIFY((*journal)->isReadOnly());
            QVERIFY(!(*journal)->readOnlyReason().isEmpty());
            QCOMPARE(*(*journal)->entries().count(), qint64(3));
            auto refused
                = (*journal)->entries().create(Step::Acknowledge, { u"not kept"_s, u"x"_s, {} });
            QVERIFY(!refused);
            QVERIFY(!refused.error().message.isEmpty());
            QCOMPARE(*(*journal)->entries().count(), qint64(3));
            // The health watch's full check reads it as it opened.
            QVERIFY(JournalRecovery::fullCheck((*journal)->filePath()).whole());
            const CheckReport report = JournalCheck::run(**journal);
            QVERIFY2(report.healthy(), qPrintable(report.text()));
            QVERIFY(report.text().contains(u"Search index: ok"_s));
            JournalHealth health(**journal);
        }

        const QTemporaryDir out;
        CommandLineOptions check;
        check.command = CommandLineOptions::Command::Check;
        QCOMPARE(runCommand(check, opened), 0);
        CommandLineOptions exportJson;
        exportJson.command = CommandLineOptions::Command::Export;
        exportJson.exportFormat = u"json"_s;
        exportJson.file = out.filePath(u"export.json"_s);
        QCOMPARE(runCommand(exportJson, opened), 0);
        QFile exported(exportJson.file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("kept 2"));
        CommandLineOptions backup;
        backup.command = CommandLineOptions::Command::Backup;
        backup.file = out.filePath(u"backups"_s);
        QCOMPARE(runCommand(backup, opened), 0);
        QCOMPARE(QDir(backup.file).entryList(QDir::Files).size(), 1);
        CommandLineOptions import;
        import.command = CommandLineOptions::Command::Import;
        import.file = exportJson.file;
        QCOMPARE(runCommand(import, opened), 1);

        const QStringList after = snapshot(opened);
        QCOMPARE(after, before);
        say(u"%1: opened read-only, 1 write refused, check/export/backup ok, %2 files "
            "byte-identical"_s.arg(shape)
                .arg(before.size() - 1));
#else
        QSKIP("file modes and mounts are tested on Unix");
#endif
    }

    void writableAgainOnlyWhenAsked()
    {
#ifdef Q_OS_UNIX
        const QTemporaryDir root;
        const QString directory = root.filePath(u"journal"_s);
        QVERIFY(Journal::open(directory));
        QVERIFY(!JournalAccess::of(directory).readOnly);
        const auto folderMode = QFileDevice::ReadOwner | QFileDevice::ExeOwner;
        QVERIFY(QFile::setPermissions(directory, folderMode));
        const auto restore = qScopeGuard([&directory] {
            QFile::setPermissions(directory,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        // Opening never changes the mode the person set.
        {
            auto journal = Journal::open(directory);
            QVERIFY(journal);
            QVERIFY((*journal)->isReadOnly());
        }
        QVERIFY(!QFileInfo(directory).permissions().testFlag(QFileDevice::WriteOwner));
        // Asked: the owner gets write permission back, and nothing more.
        QVERIFY(JournalAccess::allowChanges(directory));
        const QFile::Permissions now = QFileInfo(directory).permissions();
        QVERIFY(now.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!now.testAnyFlags(QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther));
        auto journal = Journal::open(directory);
        QVERIFY(journal);
        QVERIFY(!(*journal)->isReadOnly());
        QVERIFY((*journal)->entries().create(Step::Acknowledge, { u"now"_s, u"x"_s, {} }));
#else
        QSKIP("file modes are tested on Unix");
#endif
    }
};

QTEST_GUILESS_MAIN(tst_ReadOnly)
#include "tst_readonly.moc"
