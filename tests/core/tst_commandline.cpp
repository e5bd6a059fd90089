// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CommandLine.h"

#include <QTest>

using namespace Rekindle;
using Action = CommandLine::Action;

class tst_CommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("needsGui");
        const QString app = QStringLiteral("rekindle");
        QTest::newRow("nothing") << QStringList { app } << Action::Run << true;
        QTest::newRow("help") << QStringList { app, QStringLiteral("--help") } << Action::ShowHelp
                              << false;
        QTest::newRow("-h") << QStringList { app, QStringLiteral("-h") } << Action::ShowHelp
                            << false;
        QTest::newRow("version") << QStringList { app, QStringLiteral("--version") }
                                 << Action::ShowVersion << false;
        QTest::newRow("unknown") << QStringList { app, QStringLiteral("--nope") } << Action::Fail
                                 << false;
        QTest::newRow("positional")
            << QStringList { app, QStringLiteral("file") } << Action::Fail << false;
        QTest::newRow("data dir") << QStringList { app, QStringLiteral("--data-dir"),
            QStringLiteral("/tmp/j") }
                                  << Action::Run << true;
        QTest::newRow("empty data dir") << QStringList { app, QStringLiteral("--data-dir"),
            QString() } << Action::Fail << false;
        QTest::newRow("demo days")
            << QStringList { app, QStringLiteral("--demo-days"), QStringLiteral("3650") }
            << Action::Run << true;
        QTest::newRow("demo days zero")
            << QStringList { app, QStringLiteral("--demo-days"), QStringLiteral("0") }
            << Action::Fail << false;
        QTest::newRow("demo days text")
            << QStringList { app, QStringLiteral("--demo-days"), QStringLiteral("ten") }
            << Action::Fail << false;
    }
    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Action, action);
        QFETCH(bool, needsGui);
        CommandLine commandLine;
        QCOMPARE(commandLine.parse(arguments), action);
        QCOMPARE(CommandLine::needsGui(arguments), needsGui);
        if (action == Action::Fail)
            QVERIFY(!commandLine.errorText().isEmpty());
    }

    void options()
    {
        CommandLine commandLine;
        QCOMPARE(
            commandLine.parse({ QStringLiteral("rekindle"), QStringLiteral("--data-dir"),
                QStringLiteral("/tmp/j"), QStringLiteral("--demo-days"), QStringLiteral("30") }),
            Action::Run);
        QCOMPARE(commandLine.options().dataDir, QStringLiteral("/tmp/j"));
        QVERIFY(commandLine.options().demo); // --demo-days implies --demo
        QCOMPARE(commandLine.options().demoDays, 30);
        QVERIFY(commandLine.helpText().contains(QStringLiteral("--data-dir")));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
