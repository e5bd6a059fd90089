// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CommandLine.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;
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
        // Qt's own options are QApplication's: they open the window (which takes them out
        // before Rekindle's options are read), never a "unknown option" on the console.
        QTest::newRow("-reverse") << QStringList { app, QStringLiteral("--demo"),
            QStringLiteral("-reverse") }
                                  << Action::Fail << true;
        QTest::newRow("-style value")
            << QStringList { app, QStringLiteral("-style"), QStringLiteral("fusion") }
            << Action::Fail << true;
        QTest::newRow("--platform=offscreen")
            << QStringList { app, QStringLiteral("--platform=offscreen") } << Action::Fail << true;
        // A console command stays one with Qt's options beside it.
        QTest::newRow("export with -reverse") << QStringList { app, QStringLiteral("-reverse"),
            QStringLiteral("--export"), QStringLiteral("json"), QStringLiteral("out.json") }
                                              << Action::Fail << false;
    }

    void toolkitOptionsAreLeftToQt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("kept");
        const QString app = QStringLiteral("rekindle");
        QTest::newRow("flags") << QStringList { app, u"-reverse"_s, u"--widgetcount"_s,
            u"--demo"_s } << QStringList { app, u"--demo"_s };
        QTest::newRow("values") << QStringList { app, u"-style"_s, u"fusion"_s, u"--data-dir"_s,
            u"/tmp/j"_s, u"-platform"_s, u"xcb"_s }
                                << QStringList { app, u"--data-dir"_s, u"/tmp/j"_s };
        QTest::newRow("equals") << QStringList { app, u"-qwindowgeometry=640x480"_s, u"--demo"_s }
                                << QStringList { app, u"--demo"_s };
        // As QApplication does, whatever comes before: a folder named "-reverse" must be
        // written "--data-dir=-reverse" or "./-reverse".
        QTest::newRow("after a value option") << QStringList { app, u"--data-dir"_s, u"-reverse"_s }
                                              << QStringList { app, u"--data-dir"_s };
        QTest::newRow("--data-dir=-reverse") << QStringList { app, u"--data-dir=-reverse"_s }
                                             << QStringList { app, u"--data-dir=-reverse"_s };
        QTest::newRow("ours") << QStringList { app, u"--demo-days"_s, u"30"_s }
                              << QStringList { app, u"--demo-days"_s, u"30"_s };
    }
    void toolkitOptionsAreLeftToQt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, kept);
        QCOMPARE(CommandLine::withoutToolkitOptions(arguments), kept);
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
