// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JournalEntry.h"

#include <QTest>

using namespace Rekindle;

class tst_JournalEntry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void displayTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title wins") << "  Hello "
                                    << "Body"
                                    << "Hello";
        QTest::newRow("first body line") << ""
                                         << "\n\n  First line\nSecond"
                                         << "First line";
        QTest::newRow("markdown heading") << ""
                                          << "## A heading\ntext"
                                          << "A heading";
        QTest::newRow("nothing") << "  "
                                 << " \n "
                                 << "Untitled entry";
    }
    void displayTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(JournalEntry::displayTitle(title, body), expected);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("mood"); // 0: none
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "Title" << 0 << true;
        QTest::newRow("mood low") << "" << 1 << true;
        QTest::newRow("mood high") << "" << 10 << true;
        QTest::newRow("mood too high") << "" << 11 << false;
        QTest::newRow("mood negative") << "" << -3 << false;
        QTest::newRow("title too long")
            << QString(JournalEntry::MaxTitleLength + 1, QLatin1Char('x')) << 0 << false;
    }
    void validate()
    {
        QFETCH(QString, title);
        QFETCH(int, mood);
        QFETCH(bool, valid);
        EntryContent content { title, QStringLiteral("body"), std::nullopt };
        if (mood != 0)
            content.mood = mood;
        const Status status = content.validate();
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(!status.error().message.isEmpty());
    }

    void emptiness()
    {
        QVERIFY(
            (EntryContent { QStringLiteral(" "), QStringLiteral("\n"), std::nullopt }).isEmpty());
        QVERIFY(!(EntryContent { {}, QStringLiteral("x"), std::nullopt }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_JournalEntry)
#include "tst_journalentry.moc"
