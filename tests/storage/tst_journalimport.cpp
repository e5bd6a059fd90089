// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/EncryptedExport.h"
#include "storage/EntryStore.h"
#include "storage/JournalCheck.h"
#include "storage/JournalExport.h"
#include "storage/JournalImport.h"
#include "storage/SearchStore.h"
#include "storage/Sql.h"
#include "support/JournalDump.h"
#include "support/TempJournal.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_JournalImport : public QObject {
    Q_OBJECT

    static QString dataFile(const QString &name)
    {
        return QStringLiteral(REKINDLE_TEST_DATA_DIR) + u'/' + name;
    }

    static void fill(Test::TempJournal &journal)
    {
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Kept"_s, u"Body"_s, 4 }));
        QVERIFY(journal->entries().create(Step::Reconnect, { u"Also kept"_s, QString(), {} }));
    }

private Q_SLOTS:
    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << u"not-json.json"_s << u"line 1, column"_s;
        QTest::newRow("truncated") << u"truncated.json"_s << u"line"_s;
        QTest::newRow("empty") << u"empty.json"_s << u"line 1"_s;
        QTest::newRow("top-level array") << u"top-level-array.json"_s << u"list"_s;
        QTest::newRow("invalid utf-8") << u"invalid-utf8.json"_s << u"line"_s;
        QTest::newRow("wrong format") << u"wrong-format.json"_s << u"\"format\""_s;
        QTest::newRow("future version") << u"future-version.json"_s << u"newer version"_s;
        QTest::newRow("records not object") << u"records-not-object.json"_s << u"\"records\""_s;
        QTest::newRow("record not object")
            << u"record-not-object.json"_s << u"records.entries[1]"_s;
        QTest::newRow("unknown kind") << u"unknown-kind.json"_s << u"records.spaceships"_s;
        QTest::newRow("unknown field") << u"unknown-field.json"_s << u"\"colour\""_s;
        QTest::newRow("wrong type mood")
            << u"wrong-type-mood.json"_s
            << u"records.entries[0]: \"mood\" must be a whole number from 1 to 10"_s;
        QTest::newRow("wrong type step") << u"wrong-type-step.json"_s << u"\"step\""_s;
        QTest::newRow("wrong type title")
            << u"wrong-type-title.json"_s << u"\"title\" must be text"_s;
        QTest::newRow("step out of range") << u"step-out-of-range.json"_s << u"not 9"_s;
        QTest::newRow("missing field") << u"missing-field.json"_s << u"\"created_at\" is missing"_s;
        QTest::newRow("missing uid") << u"missing-uid.json"_s << u"\"uid\" is missing"_s;
        QTest::newRow("huge title") << u"huge-title.json"_s << u"5000 characters"_s;
        QTest::newRow("huge uid") << u"huge-uid.json"_s << u"\"uid\""_s;
        QTest::newRow("duplicate uid") << u"duplicate-uid.json"_s << u"appears twice"_s;
        QTest::newRow("bad date") << u"bad-date.json"_s << u"\"created_at\""_s;
        QTest::newRow("date without zone") << u"date-without-zone.json"_s << u"\"created_at\""_s;
        QTest::newRow("setting not text")
            << u"setting-not-text.json"_s << u"settings.backups.keep"_s;
        QTest::newRow("no such file") << u"import/does-not-exist.json"_s << u"cannot read"_s;
        QTest::newRow("a folder") << QDir::tempPath() << u"is not a file"_s;
#ifdef Q_OS_UNIX
        QTest::newRow("a device") << u"/dev/null"_s << u"is not a file"_s;
#endif
        // What the journal's rules refuse is refused before anything is written, naming the
        // record and the field.
        QTest::newRow("blank what happened")
            << u"blank-what-happened.json"_s << u"records.my_part[1]: \"what_happened\" is blank"_s;
        QTest::newRow("blank goal title")
            << u"blank-goal-title.json"_s << u"records.goals[0]: \"title\" is blank"_s;
        QTest::newRow("one-character phrase")
            << u"short-phrase.json"_s << u"records.message_phrases[0]: \"phrase\" is too short"_s;
        QTest::newRow("prompt without key")
            << u"prompt-without-key.json"_s << u"\"builtin_key\", \"custom_key\""_s;
        // Records of the file that clash with each other would be dropped silently.
        QTest::newRow("two check-ins of a goal on one day")
            << u"clashing-checkins.json"_s
            << u"records.goal_checkins[1]: it has the same \"goal_id\", \"day\" as "
               "records.goal_checkins[0] (uid \"c-1\")"_s;
        QTest::newRow("a phrase twice")
            << u"clashing-phrases.json"_s << u"same \"phrase\", \"category\""_s;
    }

    void badFilesChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal);
        journal.close();
        const QString dbFile = journal.directory() + u'/' + Journal::DatabaseFileName;
        const QByteArray before = Test::fileHash(dbFile);
        QVERIFY(journal.reopen());
        const QString path = QDir::isAbsolutePath(file) ? file
            : file.startsWith(u"import/"_s)             ? dataFile(file)
                                                        : dataFile(u"import/"_s + file);
        for (const ImportMode mode : { ImportMode::Merge, ImportMode::Replace }) {
            auto result = JournalImport(journal.journal()).importFile(path, mode);
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
        }
        journal.close();
        QCOMPARE(Test::fileHash(dbFile), before);
    }

    void encryptedExportIsReadWithItsPassphraseOnly()
    {
        QFile plainFile(dataFile(u"valid-minimal.json"_s));
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const QByteArray json = plainFile.readAll();
        auto sealed = EncryptedExport::encrypt(json, u"the file's own passphrase"_s);
        QVERIFY(sealed);
        QVERIFY(EncryptedExport::isEncrypted(*sealed));
        QVERIFY(!EncryptedExport::isEncrypted(json));
        QVERIFY(!sealed->contains("A quiet evening"));
        QVERIFY(!EncryptedExport::encrypt(json, QString()));

        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile out(dir.filePath(name));
            if (!out.open(QIODevice::WriteOnly))
                return QString();
            out.write(bytes);
            return out.fileName();
        };
        const QString path = write(u"sealed.json"_s, *sealed);
        QVERIFY(EncryptedExport::isEncryptedFile(path));
        auto read = JournalImport::readFile(path, u"the file's own passphrase"_s);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, *JournalImport::readFile(dataFile(u"valid-minimal.json"_s)));

        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal);
        const QStringList before = Test::dumpContent(journal.journal());
        QByteArray changed = *sealed;
        changed[changed.size() - 5] = char(changed[changed.size() - 5] ^ 1);
        const QList<std::pair<QString, QString>> refused {
            { path, u"not the passphrase"_s },
            { path, QString() },
            { write(u"changed.json"_s, changed), u"the file's own passphrase"_s },
            { write(u"cut.json"_s, sealed->first(sealed->size() - 1)),
                u"the file's own passphrase"_s },
        };
        for (const auto &[file, passphrase] : refused) {
            for (const ImportMode mode : { ImportMode::Merge, ImportMode::Replace }) {
                auto result = JournalImport(journal.journal()).importFile(file, mode, passphrase);
                QVERIFY(!result);
                QVERIFY(!result.error().message.isEmpty());
            }
        }
        QCOMPARE(Test::dumpContent(journal.journal()), before);
        auto imported = JournalImport(journal.journal())
                            .importFile(path, ImportMode::Merge, u"the file's own passphrase"_s);
        QVERIFY(imported);
        QCOMPARE(imported->totalAdded(), 1);
    }

    void hugeBodyIsRefused()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        auto document = JournalImport::readFile(dataFile(u"valid-minimal.json"_s));
        QVERIFY(document);
        QJsonObject records = document->value(u"records"_s).toObject();
        QJsonArray entries = records.value(u"entries"_s).toArray();
        QJsonObject entry = entries.at(0).toObject();
        entry.insert(u"body"_s, QString(JournalEntry::MaxBodyLength + 1, u'a'));
        entries.replace(0, entry);
        records.insert(u"entries"_s, entries);
        document->insert(u"records"_s, records);
        auto result = JournalImport(journal.journal()).apply(*document, ImportMode::Merge);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"\"body\" is too long"_s));
        QCOMPARE(*journal->entries().count(), 0);
    }

    void mergeSkipsWhatIsThere()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal);
        const QString file = dataFile(u"valid-minimal.json"_s);
        QSignalSpy replaced(&journal.journal(), &Journal::contentReplaced);
        auto first = JournalImport(journal.journal()).importFile(file, ImportMode::Merge);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->totalAdded(), 1);
        QCOMPARE(first->settings, 1);
        QCOMPARE(replaced.size(), 1);
        auto second = JournalImport(journal.journal()).importFile(file, ImportMode::Merge);
        QVERIFY(second);
        QCOMPARE(second->totalAdded(), 0);
        QCOMPARE(second->skipped, 1);
        QCOMPARE(*journal->entries().count(), 3);
    }

    void streamedImportReportsProgressAndCancelsWhole_data()
    {
        QTest::addColumn<bool>("registryOrder"); // writeJson(); else alphabetical (QJsonDocument)
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("streamed") << true << QString();
        QTest::newRow("alphabetical") << false << QString();
        QTest::newRow("encrypted") << true << u"cedar"_s;
    }

    void streamedImportReportsProgressAndCancelsWhole()
    {
        QFETCH(bool, registryOrder);
        QFETCH(QString, passphrase);
        Test::TempJournal source;
        QVERIFY(source.ok());
        QVERIFY(DemoJournal::generate(source.journal(), { 365, 2.0, 7 }));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.json"_s);
        {
            QBuffer json;
            json.open(QIODevice::WriteOnly);
            if (registryOrder)
                QVERIFY(JournalExport(source.journal()).writeJson(json));
            else
                json.write(QJsonDocument(*JournalExport(source.journal()).toJson()).toJson());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(passphrase.isEmpty() ? json.data()
                                           : *EncryptedExport::encrypt(json.data(), passphrase));
        }
        Test::TempJournal target;
        QVERIFY(target.ok());
        fill(target);
        const QStringList before = Test::dumpContent(target.journal());

        // Cancelled while writing: nothing of it stays.
        QList<qint64> done;
        qint64 total = 0;
        auto cancelled = JournalImport(target.journal(), [&](qint64 d, qint64 t) {
            done << d;
            total = t;
            return d < t * 3 / 4;
        }).importFile(path, ImportMode::Replace, passphrase);
        QVERIFY(!cancelled);
        QVERIFY(JournalImport::isCancel(cancelled.error()));
        QVERIFY(done.size() > 2);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QVERIFY(done.constLast() <= total);
        QCOMPARE(Test::dumpContent(target.journal()), before);

        // Not cancelled: the journal becomes the source's.
        done.clear();
        auto imported = JournalImport(target.journal(), [&](qint64 d, qint64 t) {
            done << d;
            total = t;
            return true;
        }).importFile(path, ImportMode::Replace, passphrase);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QVERIFY(done.constLast() <= total);
        QCOMPARE(Test::dumpContent(target.journal()), Test::dumpContent(source.journal()));
    }

    void aNameTwiceIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = R"({"format": "rekindle-journal", "formatVersion": 1, )";
        QTest::newRow("kind") << head + R"("records": {"entries": [], "entries": []}})"
                              << u"records.entries: it appears twice"_s;
        QTest::newRow("records") << head + R"("records": {}, "records": {}})"
                                 << u"\"records\": it appears twice"_s;
        QTest::newRow("setting") << head + R"("records": {}, "settings": {"a": "1", "a": "2"}})"
                                 << u"settings.a: it appears twice"_s;
    }

    void aNameTwiceIsRefused()
    {
        // A second value under one name would be read over the first or beside it: neither is
        // what the file says, so it is refused.
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QTemporaryDir dir;
        QFile out(dir.filePath(u"twice.json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        auto result
            = JournalImport(journal.journal()).importFile(out.fileName(), ImportMode::Merge);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    }

    void replaceMakesTheJournalTheFile()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal);
        auto result = JournalImport(journal.journal())
                          .importFile(dataFile(u"valid-minimal.json"_s), ImportMode::Replace);
        QVERIFY(result);
        QCOMPARE(*journal->entries().count(), 1);
        const QStringList dump = Test::dumpContent(journal.journal());
        QCOMPARE(dump.size(), 2);
        QVERIFY(dump.at(0).contains(u"title='A quiet evening'"_s));
        QVERIFY(dump.at(0).contains(u"created_at=1772396100000"_s));
        QCOMPARE(dump.at(1), u"setting: backups.keep=5"_s);
        // The imported text is searchable.
        QVERIFY(!journal->search().find(u"quiet"_s, 5)->hits.isEmpty());
    }
    void searchIndexIsMadeAgainAfterALargeImport()
    {
        // A replace, or a merge larger than the journal, writes without the search triggers and
        // indexes everything once at the end: the index is whole and the triggers are back.
        Test::TempJournal source;
        QVERIFY(source.ok());
        QVERIFY(DemoJournal::generate(source.journal(), { 60, 1.0, 3 }));
        auto document = JournalExport(source.journal()).toJson();
        QVERIFY(document);
        const auto triggers = [](Test::TempJournal &j) {
            auto q = Sql::run(j->database(),
                u"SELECT group_concat(sql, char(10)) FROM (SELECT sql FROM main.sqlite_schema "
                "WHERE type = 'trigger' AND name LIKE 'search%' ORDER BY name)"_s,
                {}, QString());
            return q && q->next() ? q->value(0).toString() : QString();
        };
        const auto indexed = [](Test::TempJournal &j) {
            auto q = Sql::run(j->database(), u"SELECT count(*) FROM search_text"_s, {}, QString());
            return q && q->next() ? q->value(0).toLongLong() : -1;
        };
        const QString before = triggers(source);
        QVERIFY(before.contains(u"search_entries_insert"_s));

        for (const ImportMode mode : { ImportMode::Replace, ImportMode::Merge }) {
            Test::TempJournal j;
            QVERIFY(j.ok());
            QVERIFY(j->entries().create(Step::Acknowledge, { u"Mine"_s, u"zebrafinch"_s, 4 }));
            auto imported = JournalImport(j.journal()).apply(*document, mode);
            QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
            QCOMPARE(triggers(j), before);
            QVERIFY2(JournalCheck::run(j.journal()).healthy(),
                qPrintable(JournalCheck::run(j.journal()).text()));
            QCOMPARE(indexed(j), indexed(source) + (mode == ImportMode::Merge ? 1 : 0));
            QCOMPARE(j->search().find(u"zebrafinch"_s, 5)->hits.size(),
                mode == ImportMode::Merge ? 1 : 0);
            // What is written after the import is indexed by the triggers again.
            QVERIFY(j->entries().create(Step::Acknowledge, { u"Later"_s, u"kingfisher"_s, 4 }));
            QCOMPARE(j->search().find(u"kingfisher"_s, 5)->hits.size(), 1);
        }

        // An import that fails once its writing began leaves the triggers and the index as they
        // were.
        Test::TempJournal j;
        QVERIFY(j.ok());
        QVERIFY(j->entries().create(Step::Acknowledge, { u"Mine"_s, u"zebrafinch"_s, 4 }));
        auto cancelled = JournalImport(j.journal(), [](qint64 done, qint64 total) {
            return done < total / 2;
        }).apply(*document, ImportMode::Replace);
        QVERIFY(!cancelled && JournalImport::isCancel(cancelled.error()));
        QCOMPARE(triggers(j), before);
        QCOMPARE(j->search().find(u"zebrafinch"_s, 5)->hits.size(), 1);
    }
    void replaceRestoresEveryKind()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 60, 1.0, 3 }));
        const QStringList before = Test::dumpContent(journal.journal());
        auto document = JournalExport(journal.journal()).toJson();
        QVERIFY(document);

        // Change records of several kinds, parents with children included.
        for (const QString &sql : { u"DELETE FROM goals WHERE id = (SELECT min(id) FROM goals)"_s,
                 u"DELETE FROM reflections WHERE id = (SELECT max(id) FROM reflections)"_s,
                 u"UPDATE reflection_answers SET answer = 'changed'"_s,
                 u"DELETE FROM reflection_prompts"_s,
                 u"DELETE FROM my_part WHERE id = (SELECT min(id) FROM my_part)"_s,
                 u"INSERT INTO small_wins (uid, what, day, created_at) VALUES "
                 "('extra', 'Extra', '2026-03-14', 1)"_s })
            QVERIFY(Sql::run(journal->database(), sql, {}, sql));
        QVERIFY(Test::dumpContent(journal.journal()) != before);

        auto replaced = JournalImport(journal.journal()).apply(*document, ImportMode::Replace);
        QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
        QCOMPARE(Test::dumpContent(journal.journal()), before);
        QVERIFY2(JournalCheck::run(journal.journal()).healthy(),
            qPrintable(JournalCheck::run(journal.journal()).text()));

        // Merging the same file again adds nothing, parts (keyed by parent and position)
        // included.
        auto merged = JournalImport(journal.journal()).apply(*document, ImportMode::Merge);
        QVERIFY(merged);
        QCOMPARE(merged->totalAdded(), 0);
        QCOMPARE(Test::dumpContent(journal.journal()), before);
    }

    void failedReplaceChangesNothing()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 30, 1.0, 4 }));
        const QStringList before = Test::dumpContent(journal.journal());
        auto document = JournalExport(journal.journal()).toJson();
        QVERIFY(document);
        QJsonObject records = document->value(u"records"_s).toObject();
        QJsonArray wins = records.value(u"small_wins"_s).toArray();
        QVERIFY(!wins.isEmpty());
        QJsonObject win = wins.last().toObject();
        win.insert(u"what"_s, u"   "_s);
        wins.replace(wins.size() - 1, win);
        records.insert(u"small_wins"_s, wins);
        QJsonObject blank = *document;
        blank.insert(u"records"_s, records);
        // A value the table refuses is refused by the check already, before anything is
        // written.
        auto refused = JournalImport(journal.journal()).apply(blank, ImportMode::Replace);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"Nothing was changed"_s));
        QCOMPARE(Test::dumpContent(journal.journal()), before);
        // A write that fails after the journal was emptied (here a trigger stands in for a full
        // disk): the transaction puts everything back.
        QSqlQuery failing(journal->database());
        QVERIFY(failing.exec(u"CREATE TEMP TRIGGER import_fails BEFORE INSERT ON small_wins "
                             "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s));
        auto result = JournalImport(journal.journal()).apply(*document, ImportMode::Replace);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"nothing was changed"_s));
        QCOMPARE(Test::dumpContent(journal.journal()), before);
    }

    void partsAreCheckedByKey()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 30, 1.0, 4 }));
        auto document = JournalExport(journal.journal()).toJson();
        QVERIFY(document);
        QJsonObject records = document->value(u"records"_s).toObject();
        QJsonArray answers = records.value(u"reflection_answers"_s).toArray();
        QVERIFY(answers.size() > 1);
        answers.append(answers.at(0));
        records.insert(u"reflection_answers"_s, answers);
        QJsonObject withDuplicate = *document;
        withDuplicate.insert(u"records"_s, records);
        auto result = JournalImport(journal.journal()).apply(withDuplicate, ImportMode::Replace);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(
                     u"records.reflection_answers[%1]"_s.arg(answers.size() - 1)),
            qPrintable(result.error().message));

        // An answer whose reflection is neither in the file nor in the journal.
        QJsonObject orphan = answers.at(0).toObject();
        orphan.insert(u"reflection_id"_s, u"no-such-reflection"_s);
        answers = records.value(u"reflection_answers"_s).toArray();
        answers.removeLast();
        answers.append(orphan);
        records.insert(u"reflection_answers"_s, answers);
        QJsonObject withOrphan = *document;
        withOrphan.insert(u"records"_s, records);
        result = JournalImport(journal.journal()).apply(withOrphan, ImportMode::Merge);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"no-such-reflection"_s),
            qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_JournalImport)
#include "tst_journalimport.moc"
