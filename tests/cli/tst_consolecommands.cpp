// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ConsoleCommands.h"
#include "core/CommandLine.h"
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "support/JournalDump.h"
#include "support/TempJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_ConsoleCommands : public QObject {
    Q_OBJECT

    static int run(const QStringList &arguments)
    {
        CommandLine commandLine;
        if (commandLine.parse(QStringList { u"rekindle"_s } + arguments)
            != CommandLine::Action::Run)
            return -1;
        if (CommandLine::needsGui(QStringList { u"rekindle"_s } + arguments))
            return -2;
        return ConsoleCommands::execute(commandLine.options());
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("valid");
        QTest::newRow("export") << QStringList { u"--export"_s, u"json"_s, u"f.json"_s } << true;
        QTest::newRow("export md") << QStringList { u"--export"_s, u"md"_s, u"f.md"_s } << true;
        QTest::newRow("export no file") << QStringList { u"--export"_s, u"json"_s } << false;
        QTest::newRow("export bad format")
            << QStringList { u"--export"_s, u"xml"_s, u"f"_s } << false;
        QTest::newRow("export scoped") << QStringList { u"--export"_s, u"csv"_s, u"f"_s,
            u"--from"_s, u"2026-01-01"_s, u"--step"_s, u"3"_s }
                                       << true;
        QTest::newRow("bad day") << QStringList { u"--export"_s, u"csv"_s, u"f"_s, u"--to"_s,
            u"2026-02-30"_s } << false;
        QTest::newRow("from after to") << QStringList { u"--export"_s, u"csv"_s, u"f"_s,
            u"--from"_s, u"2026-02-02"_s, u"--to"_s, u"2026-02-01"_s }
                                       << false;
        QTest::newRow("scope without export")
            << QStringList { u"--check"_s, u"--step"_s, u"1"_s } << false;
        QTest::newRow("two commands")
            << QStringList { u"--check"_s, u"--backup"_s, u"d"_s } << false;
        QTest::newRow("replace alone") << QStringList { u"--replace"_s } << false;
        QTest::newRow("import replace")
            << QStringList { u"--import"_s, u"f"_s, u"--replace"_s } << true;
        QTest::newRow("encrypt") << QStringList { u"--encrypt"_s } << true;
        QTest::newRow("encrypt from a file")
            << QStringList { u"--encrypt"_s, u"--passphrase-file"_s, u"p"_s } << true;
        QTest::newRow("decrypt yes") << QStringList { u"--decrypt"_s, u"--yes"_s } << true;
        QTest::newRow("encrypt and check") << QStringList { u"--encrypt"_s, u"--check"_s } << false;
        QTest::newRow("yes with encrypt") << QStringList { u"--encrypt"_s, u"--yes"_s } << false;
        QTest::newRow("check with passphrase")
            << QStringList { u"--check"_s, u"--passphrase-file"_s, u"p"_s } << true;
        QTest::newRow("encrypted export") << QStringList { u"--export"_s, u"json"_s, u"f"_s,
            u"--encrypt-export"_s, u"--export-passphrase-file"_s, u"p"_s }
                                          << true;
        QTest::newRow("encrypted markdown")
            << QStringList { u"--export"_s, u"md"_s, u"f"_s, u"--encrypt-export"_s } << false;
        QTest::newRow("export passphrase alone") << QStringList { u"--export"_s, u"json"_s, u"f"_s,
            u"--export-passphrase-file"_s, u"p"_s }
                                                 << false;
        QTest::newRow("import encrypted")
            << QStringList { u"--import"_s, u"f"_s, u"--export-passphrase-file"_s, u"p"_s } << true;
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, valid);
        CommandLine commandLine;
        const auto action = commandLine.parse(QStringList { u"rekindle"_s } + arguments);
        QCOMPARE(action == CommandLine::Action::Run, valid);
        QVERIFY(!CommandLine::needsGui(QStringList { u"rekindle"_s } + arguments));
    }

    void exportImportBackupCheck()
    {
        QTemporaryDir work;
        const QString source = work.filePath(u"source"_s);
        const QString target = work.filePath(u"target"_s);
        QStringList expected;
        {
            auto journal = Journal::open(source);
            QVERIFY(journal);
            QVERIFY(DemoJournal::generate(**journal, { 60, 1.5, 3 }));
            expected = Test::dumpContent(**journal);
        }
        const QString json = work.filePath(u"journal.json"_s);
        QCOMPARE(run({ u"--data-dir"_s, source, u"--export"_s, u"json"_s, json }), 0);
        QCOMPARE(run({ u"--data-dir"_s, target, u"--import"_s, json }), 0);
        QCOMPARE(run({ u"--data-dir"_s, target, u"--check"_s }), 0);
        QCOMPARE(run({ u"--data-dir"_s, target, u"--backup"_s, work.filePath(u"copies"_s) }), 0);
        QCOMPARE(QDir(work.filePath(u"copies"_s)).entryList(QDir::Files).size(), 1);
        {
            auto journal = Journal::open(target);
            QVERIFY(journal);
            QCOMPARE(Test::dumpContent(**journal), expected);
        }
        // A bad file fails with status 1 and changes nothing.
        const QString bad = QStringLiteral(REKINDLE_TEST_DATA_DIR) + u"/import/truncated.json"_s;
        QCOMPARE(run({ u"--data-dir"_s, target, u"--import"_s, bad, u"--replace"_s }), 1);
        QVERIFY(!QDir(target + u"/backups"_s).exists()
            || QDir(target + u"/backups"_s).entryList(QDir::Files).isEmpty());
        // So does a file the journal's rules refuse (a blank title, records that clash): it is
        // refused before the safety backup is made.
        for (const QString &refused : { u"blank-goal-title.json"_s, u"clashing-checkins.json"_s }) {
            const QString file = QStringLiteral(REKINDLE_TEST_DATA_DIR) + u"/import/"_s + refused;
            QCOMPARE(run({ u"--data-dir"_s, target, u"--import"_s, file, u"--replace"_s }), 1);
            QVERIFY(!QDir(target + u"/backups"_s).exists()
                || QDir(target + u"/backups"_s).entryList(QDir::Files).isEmpty());
        }
        // Replace keeps the journal as it was.
        QCOMPARE(run({ u"--data-dir"_s, target, u"--import"_s,
                     QStringLiteral(REKINDLE_TEST_DATA_DIR) + u"/valid-minimal.json"_s,
                     u"--replace"_s }),
            0);
        QCOMPARE(QDir(target + u"/backups"_s).entryList(QDir::Files).size(), 1);
        // Markdown and CSV without any display.
        QCOMPARE(run({ u"--data-dir"_s, source, u"--export"_s, u"markdown"_s,
                     work.filePath(u"j.md"_s), u"--step"_s, u"1"_s }),
            0);
        QVERIFY(QFile::exists(work.filePath(u"j.md"_s)));
        QCOMPARE(
            run({ u"--data-dir"_s, source, u"--export"_s, u"csv"_s, work.filePath(u"j.csv"_s) }),
            0);
        QVERIFY(QFile::exists(work.filePath(u"j-entries.csv"_s)));
    }

#ifdef Q_OS_UNIX
    void backupMakesAPrivateFolderAndLeavesAnExistingOne()
    {
        QTemporaryDir work;
        {
            auto journal = Journal::open(work.filePath(u"journal"_s));
            QVERIFY(journal);
            QVERIFY((*journal)->entries().create(Step::Acknowledge, { u"x"_s, u"y"_s, {} }));
        }
        const auto privateMode
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        // Permissions() lists the owner's bits twice, as Owner and as User: the User ones go.
        const QFileDevice::Permissions userBits(0x0700);
        const mode_t previous = ::umask(0);
        // A folder made for the copy (with a parent made too) is 0700 even with umask 0; the
        // copy in it 0600.
        const QString made = work.filePath(u"new/copies"_s);
        const int fresh
            = run({ u"--data-dir"_s, work.filePath(u"journal"_s), u"--backup"_s, made });
        // A folder the person made and opened to others keeps its mode.
        const QString shared = work.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(QFile::setPermissions(shared,
            privateMode | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::ExeOther));
        const int existing
            = run({ u"--data-dir"_s, work.filePath(u"journal"_s), u"--backup"_s, shared });
        ::umask(previous);
        QCOMPARE(fresh, 0);
        QCOMPARE(QFileInfo(made).permissions() & ~userBits, privateMode);
        const QStringList copies = QDir(made).entryList(QDir::Files);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(QFileInfo(QDir(made).filePath(copies.first())).permissions() & ~userBits,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(existing, 0);
        QVERIFY(QFileInfo(shared).permissions().testFlag(QFileDevice::ReadOther));
        QCOMPARE(QDir(shared).entryList(QDir::Files).size(), 1);
    }
#endif

    void checkReportsDamage()
    {
        QTemporaryDir work;
        {
            auto journal = Journal::open(work.path());
            QVERIFY(journal);
            QSqlQuery(journal->get()->database()).exec(u"DELETE FROM search_text"_s);
            QVERIFY((*journal)->entries().create(Step::Acknowledge, { u"x"_s, {}, {} }));
            QSqlQuery(journal->get()->database()).exec(u"DELETE FROM search_text"_s);
        }
        QCOMPARE(run({ u"--data-dir"_s, work.path(), u"--check"_s }), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleCommands)
#include "tst_consolecommands.moc"
