// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "storage/JournalExport.h"
#include "storage/JournalImport.h"
#include "storage/RecordKinds.h"
#include "storage/SearchStore.h"
#include "storage/Sql.h"
#include "support/JournalDump.h"
#include "support/TempJournal.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_JournalExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoJournalRoundTripsThroughJson()
    {
        Test::TempJournal source;
        QVERIFY(source.ok());
        QVERIFY(DemoJournal::generate(source.journal(), { 120, 1.2, 5 }));
        // Text that JSON must carry exactly: quotes, control characters, emoji, RTL, NUL.
        QVERIFY(source->entries().create(Step::RebuildTrust,
            { u"\"Quoted\" \\ title"_s,
                u"Line\nbreak\ttab 🙂 שלום \u0001 end"_s + QChar(0) + u"after nul"_s, 10 }));
        QVERIFY(Sql::run(source->database(),
            u"INSERT INTO journal_settings (key, value) VALUES ('backups.keep', '3')"_s, {},
            QString()));
        auto document = JournalExport(source.journal()).toJson();
        QVERIFY(document);
        const QByteArray bytes = QJsonDocument(*document).toJson();

        Test::TempJournal target;
        QVERIFY(target.ok());
        auto parsed = JournalImport::parse(bytes);
        QVERIFY(parsed);
        auto summary = JournalImport(target.journal()).apply(*parsed, ImportMode::Merge);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        qint64 records = 0;
        for (const RecordKind &kind : RecordKinds::all()) {
            auto count = Sql::run(
                source->database(), u"SELECT count(*) FROM %1"_s.arg(kind.table), {}, QString());
            QVERIFY(count && count->next());
            // The demo journal holds records of every kind, so every kind is compared.
            QVERIFY2(count->value(0).toLongLong() > 0, qPrintable(kind.name));
            QCOMPARE(summary->added.value(kind.name), count->value(0).toLongLong());
            records += count->value(0).toLongLong();
        }
        QCOMPARE(summary->totalAdded(), records);

        const QStringList expected = Test::dumpContent(source.journal());
        const QStringList actual = Test::dumpContent(target.journal());
        QVERIFY(expected.size() > 100);
        for (const RecordKind &kind : RecordKinds::all())
            QVERIFY2(!expected.filter(kind.name + u": "_s).isEmpty(), qPrintable(kind.name));
        QVERIFY(!expected.join(u'\n').contains(u"cannot be read"_s));
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        // The search index of the target follows.
        QCOMPARE(target->search().find(u"שלום"_s, 5)->hits.size(), 1);
    }

    void documentHeader()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto document = JournalExport(journal.journal()).toJson();
        QVERIFY(document);
        QCOMPARE(document->value(u"format"_s).toString(), JournalExport::FormatName);
        QCOMPARE(document->value(u"formatVersion"_s).toInt(), JournalExport::FormatVersion);
        QCOMPARE(document->value(u"exportedAt"_s).toString(), u"2026-03-14T09:30:00.000Z"_s);
        QVERIFY(document->value(u"records"_s).toObject().value(u"entries"_s).isArray());
    }

    void scopeByStepAndDates()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        // 23:30 local on 1 March is 22:30 UTC: it belongs to 1 March.
        journal.clock().setLocal(QDate(2026, 3, 1), QTime(23, 30));
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"March first"_s, {}, {} }));
        journal.clock().setLocal(QDate(2026, 3, 2), QTime(0, 30));
        QVERIFY(journal->entries().create(Step::Reconnect, { u"March second"_s, {}, {} }));
        journal.clock().setLocal(QDate(2026, 3, 3), QTime(12, 0));
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"March third"_s, {}, {} }));

        const auto titles = [&journal](const ExportScope &scope) {
            QStringList out;
            const auto document = JournalExport(journal.journal(), scope).toJson();
            const QJsonArray entries
                = document->value(u"records"_s).toObject().value(u"entries"_s).toArray();
            for (const auto &entry : entries)
                out << entry.toObject().value(u"title"_s).toString();
            return out;
        };
        ExportScope step;
        step.step = Step::Acknowledge;
        QCOMPARE(titles(step), (QStringList { u"March first"_s, u"March third"_s }));
        ExportScope first;
        first.from = QDate(2026, 3, 1);
        first.to = QDate(2026, 3, 1);
        QCOMPARE(titles(first), QStringList { u"March first"_s });
        ExportScope fromSecond;
        fromSecond.from = QDate(2026, 3, 2);
        QCOMPARE(titles(fromSecond), (QStringList { u"March second"_s, u"March third"_s }));
        QCOMPARE(*JournalExport(journal.journal(), fromSecond).count(), 2);
    }

    void csvAndMarkdown()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(
            Step::WorkOnYourself, { u"Run, \"fast\""_s, u"Two\nlines"_s, 8 }));
        auto csv = JournalExport(journal.journal()).toCsv();
        QVERIFY(csv);
        QVERIFY(csv->contains(u"settings"_s));
        const QByteArray entries = csv->value(u"entries"_s);
        QVERIFY(entries.startsWith("uid,step,title,body,mood,created_at,updated_at\r\n"));
        QVERIFY(entries.contains(
            ",2,\"Run, \"\"fast\"\"\",\"Two\nlines\",8,\"2026-03-14T09:30:00.000Z\""));
        auto md = JournalExport(journal.journal()).toMarkdown();
        QVERIFY(md);
        QVERIFY(md->contains(u"### Run, \"fast\""_s));
        QVERIFY(md->contains(u"Two\nlines"_s));
        QVERIFY(md->contains(u"Step 2"_s));
    }

    void streamedJsonIsTheDocumentPageByPage()
    {
        Test::TempJournal source;
        QVERIFY(source.ok());
        QVERIFY(DemoJournal::generate(source.journal(), { 120, 1.2, 5 }));
        // More than two pages of entries, many at one instant: pages that start after the last
        // row must neither skip nor repeat rows that tie on the date.
        for (int i = 0; i < 2100; ++i)
            QVERIFY(
                source->entries().create(Step::Acknowledge, { u"Tie %1"_s.arg(i), u"b"_s, {} }));
        QVERIFY(Sql::run(source->database(),
            u"UPDATE entries SET created_at = 1772396100000 WHERE title LIKE 'Tie %'"_s, {},
            QString()));
        auto document = JournalExport(source.journal()).toJson();
        QVERIFY(document);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(JournalExport(source.journal()).writeJson(buffer));
        QJsonParseError error;
        QJsonObject streamed = QJsonDocument::fromJson(buffer.data(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonObject whole = *document;
        streamed.remove(u"exportedAt"_s);
        whole.remove(u"exportedAt"_s);
        QCOMPARE(streamed, whole);
        QVERIFY(whole.value(u"records"_s).toObject().value(u"entries"_s).toArray().size() > 2100);
        QSet<QString> uids;
        for (const auto &entry :
            streamed.value(u"records"_s).toObject().value(u"entries"_s).toArray())
            uids.insert(entry.toObject().value(u"uid"_s).toString());
        QCOMPARE(uids.size(), *source->entries().count());

        Test::TempJournal target;
        QVERIFY(target.ok());
        auto summary = JournalImport(target.journal()).apply(streamed, ImportMode::Merge);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(Test::dumpContent(target.journal()), Test::dumpContent(source.journal()));
    }

    void cancelStopsTheExport()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 600, 1.0, 1 }));
        int calls = 0;
        auto result = JournalExport(journal.journal(), {}, [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        }).toJson();
        QVERIFY(!result);
        QVERIFY(JournalExport::isCancel(result.error()));
        QVERIFY(calls >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_JournalExport)
#include "tst_journalexport.moc"
