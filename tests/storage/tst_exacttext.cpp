// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SearchQuery.h"
#include "storage/EntryStore.h"
#include "storage/FieldCodec.h"
#include "storage/JournalExport.h"
#include "storage/JournalImport.h"
#include "storage/SearchStore.h"
#include "storage/SettingsStore.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Every character the person typed comes back as it was: through save, read, edit, search,
/// export and import. Qt's SQLite driver would drop a leading U+FEFF, byte-swap text after a
/// leading U+FFFE and turn U+FFFE/U+FFFF into U+FFFD; Qt's JSON parser drops a U+FEFF that
/// opens a string. Compared as UTF-16 code units, the strictest comparison.
class tst_ExactText : public QObject {
    Q_OBJECT

    static QString unmarked(QString text)
    {
        text.remove(SearchHit::MatchStart);
        text.remove(SearchHit::MatchEnd);
        return text;
    }

private Q_SLOTS:
    void everyCharacterComesBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("leading U+FEFF") << u"\uFEFFhello there"_s;
        QTest::newRow("leading U+FFFE") << u"\uFFFEhello there"_s;
        QTest::newRow("U+FFFE and U+FFFF inside") << u"a\uFFFEb\uFFFFc \uFDD0d"_s;
        QTest::newRow("U+FEFF inside") << u"a\uFEFFb"_s;
        QTest::newRow("no-break spaces") << u"\u00A0edges\u00A0and\u202Finside\u00A0"_s;
        QTest::newRow("line and paragraph separators") << u"one\u2028two\u2029three"_s;
        QTest::newRow("CR") << u"one\rtwo\r"_s;
        QTest::newRow("CRLF") << u"one\r\ntwo\r\n\r\n"_s;
        QTest::newRow("astral") << u"𝄞 music, 😀 and 𠜎"_s;
        QTest::newRow("only U+FEFF") << u"\uFEFF"_s;
        QTest::newRow("only U+FFFE") << u"\uFFFE"_s;
        QTest::newRow("only U+FFFF") << u"\uFFFF"_s;
        QTest::newRow("only NBSP") << u"\u00A0"_s;
        QTest::newRow("only U+2028") << u"\u2028"_s;
        QTest::newRow("only CRLF") << u"\r\n"_s;
        QTest::newRow("only an astral character") << u"😀"_s;
    }

    void everyCharacterComesBack()
    {
        QFETCH(QString, text);
        Test::TempJournal j;
        QVERIFY(j.ok());
        EntryStore &entries = j->entries();
        const QString body = text + u" kumquat "_s + text;

        // Save and read.
        const auto id = entries.create(Step::Acknowledge, { text, body, std::nullopt });
        QVERIFY(id);
        QCOMPARE(entries.entry(*id)->title, text);
        QCOMPARE(entries.entry(*id)->body, body);
        QCOMPARE(entries.summary(*id)->title, text);
        QCOMPARE(entries.page(Step::Acknowledge, std::nullopt, 5)->constFirst().preview,
            body.left(EntryStore::PreviewLength));
        // Byte for byte in the file.
        QSqlQuery raw(j->database());
        QVERIFY(raw.exec(u"SELECT CAST(title AS BLOB), CAST(body AS BLOB), typeof(title) "
                         "FROM entries"_s));
        QVERIFY(raw.next());
        QCOMPARE(raw.value(0).toByteArray(), text.toUtf8());
        QCOMPARE(raw.value(1).toByteArray(), body.toUtf8());
        QCOMPARE(raw.value(2).toString(), u"text"_s);
        raw.finish();

        // Edit.
        const QString edited = text + text;
        QVERIFY(entries.update(*id, { edited, body, 3 }));
        QCOMPARE(entries.entry(*id)->title, edited);

        // Search: the index keeps the characters, and the hit shows them.
        const auto found = j->search().find(SearchQuery::parse(u"kumquat"_s), 10);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 1);
        QCOMPARE(unmarked(found->hits.constFirst().title), edited);
        // A snippet is a stretch of the body between words: every character of it as written.
        QString snippet = unmarked(found->hits.constFirst().snippet);
        QVERIFY(snippet.contains(u"kumquat"_s));
        snippet.remove(u'…');
        QVERIFY2(body.contains(snippet), qPrintable(snippet));
        const SearchQuery verbatim = SearchQuery::parse(text);
        if (verbatim.mode() == SearchQuery::Mode::Substring) {
            const auto exact = j->search().find(verbatim, 10);
            QVERIFY(exact);
            QCOMPARE(exact->hits.size(), 1);
            QCOMPARE(unmarked(exact->hits.constFirst().title), edited);
        }

        // A setting keeps it too.
        QVERIFY(j->settings().setValue(u"test.text"_s, text));
        QCOMPARE(j->settings().value(u"test.text"_s)->value(), text);

        // Export, as the file is written, then read back and imported into another journal.
        const auto document = JournalExport(j.journal()).toJson();
        QVERIFY(document);
        const QByteArray file = QJsonDocument(*document).toJson();
        const auto parsed = JournalImport::parse(file);
        QVERIFY(parsed);
        const QJsonObject record
            = parsed->value(u"records"_s).toObject().value(u"entries"_s).toArray().at(0).toObject();
        QCOMPARE(record.value(u"title"_s).toString(), edited);
        QCOMPARE(record.value(u"body"_s).toString(), body);
        const auto csv = JournalExport(j.journal()).toCsv();
        QVERIFY(csv);
        QVERIFY(csv->value(u"entries"_s).contains(body.toUtf8()));

        Test::TempJournal target;
        QVERIFY(target.ok());
        QVERIFY(JournalImport(target.journal()).apply(*parsed, ImportMode::Merge));
        const auto imported = target->entries().page(Step::Acknowledge, std::nullopt, 5);
        QVERIFY(imported && imported->size() == 1);
        const auto back = target->entries().entry(imported->constFirst().id);
        QCOMPARE(back->title, edited);
        QCOMPARE(back->body, body);
        QCOMPARE(target->settings().value(u"test.text"_s)->value(), text);
    }

    void aByteOrderMarkOpeningTheFileStaysOne()
    {
        // Only the BOMs inside strings are escaped; one before the document is still accepted.
        const QByteArray json = "\xEF\xBB\xBF{\"a\":\"\xEF\xBB\xBFx\"}";
        const auto parsed = JournalImport::parse(json);
        QVERIFY(parsed);
        QCOMPARE(parsed->value(u"a"_s).toString(), u"\uFEFFx"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ExactText)
#include "tst_exacttext.moc"
