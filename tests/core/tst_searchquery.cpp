// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SearchQuery.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_SearchQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected"); // FTS expression or substring

        const int fts = int(SearchQuery::Mode::FullText);
        const int sub = int(SearchQuery::Mode::Substring);
        const int empty = int(SearchQuery::Mode::Empty);
        QTest::newRow("empty") << QString() << empty << QString();
        QTest::newRow("blank") << u"  \t "_s << empty << QString();
        QTest::newRow("word") << u"River"_s << fts << u"\"river\"*"_s;
        QTest::newRow("two words") << u"quiet  evening"_s << fts << u"\"quiet\" \"evening\"*"_s;
        QTest::newRow("quotes") << u"\"hello"_s << fts << u"\"hello\"*"_s;
        QTest::newRow("one quote") << u"\""_s << empty << QString();
        QTest::newRow("one minus") << u"-"_s << empty << QString();
        QTest::newRow("only quotes") << u"\"\"\""_s << sub << u"\"\"\""_s;
        QTest::newRow("AND") << u"a AND b"_s << fts << u"\"a\" \"and\" \"b\"*"_s;
        QTest::newRow("OR NOT NEAR") << u"OR NOT NEAR("_s << fts << u"\"or\" \"not\" \"near\"*"_s;
        QTest::newRow("minus") << u"-x"_s << fts << u"\"x\"*"_s;
        QTest::newRow("c++") << u"c++"_s << fts << u"\"c\"*"_s;
        QTest::newRow("apostrophe") << u"don't"_s << fts << u"\"don t\"*"_s;
        QTest::newRow("colon") << u"héllo:"_s << fts << u"\"héllo\"*"_s;
        QTest::newRow("column filter") << u"title:x"_s << fts << u"\"title x\"*"_s;
        QTest::newRow("star caret") << u"*^{}()"_s << sub << u"*^{}()"_s;
        QTest::newRow("decomposed") << u"he\u0301llo"_s << fts << u"\"héllo\"*"_s;
        QTest::newRow("emoji") << u"🙂"_s << sub << u"🙂"_s;
        QTest::newRow("emoji and word") << u"happy 🙂"_s << sub << u"happy 🙂"_s;
        QTest::newRow("cjk") << u"咖啡"_s << sub << u"咖啡"_s;
        QTest::newRow("complete words") << u"the walk "_s << fts << u"\"the\" \"walk\""_s;
        QTest::newRow("one letter") << u"a"_s << fts << u"\"a\"*"_s;
        QTest::newRow("digits") << u"2026"_s << fts << u"\"2026\"*"_s;
        QTest::newRow("sql") << u"'); DROP TABLE entries; --"_s << fts
                             << u"\"drop\" \"table\" \"entries\"*"_s;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        const SearchQuery query = SearchQuery::parse(input);
        QCOMPARE(int(query.mode()), mode);
        if (query.mode() == SearchQuery::Mode::FullText)
            QCOMPARE(query.ftsExpression(), expected);
        else if (query.mode() == SearchQuery::Mode::Substring)
            QCOMPARE(query.substring(), expected);
    }

    void longInputIsBounded()
    {
        const SearchQuery query = SearchQuery::parse(QString(5000, u'x') + u" y"_s);
        QVERIFY(query.ftsExpression().size() <= SearchQuery::MaxInputLength + 10);
        QString words;
        for (int i = 0; i < 50; ++i)
            words += u"w%1 "_s.arg(i);
        QCOMPARE(SearchQuery::parse(words).words().size(), SearchQuery::MaxWords);
        // A cut never leaves half a surrogate pair.
        const SearchQuery emoji
            = SearchQuery::parse(QString(SearchQuery::MaxInputLength - 1, u'a') + u"🙂"_s);
        QCOMPARE(emoji.mode(), SearchQuery::Mode::FullText);
        QCOMPARE(emoji.ftsExpression(),
            u"\""_s + QString(SearchQuery::MaxInputLength - 1, u'a') + u"\"*"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"
