// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backups.h"
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "storage/FieldCodec.h"
#include "storage/JournalCheck.h"
#include "storage/JournalEncryption.h"
#include "storage/JournalExport.h"
#include "storage/JournalImport.h"
#include "storage/ReconnectStore.h"
#include "storage/RecordKinds.h"
#include "storage/ReflectionStore.h"
#include "storage/SearchSnapshotWriter.h"
#include "storage/SearchStore.h"
#include "storage/SettingsStore.h"
#include "storage/Sql.h"
#include "support/JournalDump.h"
#include "support/TempJournal.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// Every file under `folder` (recursively) and the SHA-256 of its bytes.
QMap<QString, QByteArray> hashFolder(const QString &folder)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        hashes.insert(QDir(folder).relativeFilePath(path), Test::fileHash(path));
    }
    return hashes;
}

/// The records and settings of a JSON export: the journal's content as the codec reads it.
QJsonObject content(const Journal &journal)
{
    const auto document = JournalExport(journal).toJson();
    if (!document)
        return { { u"error"_s, document.error().message } };
    return { { u"records"_s, document->value(u"records"_s) },
        { u"settings"_s, document->value(u"settings"_s) } };
}

/// The number of stored text values of the person's own that are not sealed.
qint64 plainValues(const Journal &journal)
{
    qint64 plain = 0;
    for (const RecordKind &kind : RecordKinds::all()) {
        for (const RecordField &field : kind.fields) {
            if (field.type != RecordField::Type::Text || !field.ownText)
                continue;
            auto query = Sql::run(journal.database(),
                u"SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND %2 NOT LIKE 'rk1:%'"_s.arg(
                    kind.table, field.name),
                {}, {});
            if (query && query->next())
                plain += query->value(0).toLongLong();
        }
    }
    auto settings = Sql::run(journal.database(),
        u"SELECT count(*) FROM journal_settings WHERE value NOT LIKE 'rk1:%'"_s, {}, {});
    if (settings && settings->next())
        plain += settings->value(0).toLongLong();
    return plain;
}

/// Whether any file under `folder` holds `marker` in UTF-8 or in UTF-16LE.
bool markerOnDisk(const QString &folder, const QString &marker)
{
    const QByteArray utf8 = marker.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            return true;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            return true;
    }
    return false;
}

qint64 keyRows(const Journal &journal)
{
    auto query = Sql::run(journal.database(), u"SELECT count(*) FROM journal_keys"_s, {}, {});
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class tst_JournalEncryption : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { JournalEncryption::useMinimumKdfCost(true); }

    void plainJournalHasNoKeys()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Plain);
        QVERIFY(!journal->encryption().isEncrypted());
        QCOMPARE(keyRows(journal.journal()), 0);
    }

    void everyKindRoundTrips()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 40, 1.0, 3 }));
        const QStringList plainDump = Test::dumpContent(journal.journal());
        const QJsonObject before = content(journal.journal());
        QVERIFY(!before.contains(u"error"_s));
        QVERIFY(plainValues(journal.journal()) > 100);

        QSignalSpy states(&journal->encryption(), &JournalEncryption::stateChanged);
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        const auto recovery
            = journal->encryption().turnOn(u"correct horse"_s, [&](qint64 done, qint64 total) {
                  lastDone = done;
                  lastTotal = total;
                  return true;
              });
        QVERIFY2(recovery, qPrintable(recovery ? QString() : recovery.error().message));
        QCOMPARE(recovery->size(), 55 + 10);
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Unlocked);
        QCOMPARE(states.size(), 1);
        QCOMPARE(keyRows(journal.journal()), 2);
        // Every value of the person's own is sealed, and reads back exactly.
        QCOMPARE(plainValues(journal.journal()), 0);
        QCOMPARE(content(journal.journal()), before);
        QVERIFY2(JournalCheck::run(journal.journal()).healthy(),
            qPrintable(JournalCheck::run(journal.journal()).text()));

        // Reopened: locked, nothing readable and nothing writable.
        QVERIFY(journal.reopen());
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Locked);
        QVERIFY2(JournalCheck::run(journal.journal()).healthy(),
            qPrintable(JournalCheck::run(journal.journal()).text()));
        const auto page = journal->entries().page(Step::Acknowledge, std::nullopt, 5);
        QVERIFY(!page);
        QVERIFY(!journal->entries().create(Step::Acknowledge, { u"t"_s, u"b"_s, {} }));
        QVERIFY(!journal->settings().setValue(u"some/key"_s, u"x"_s));
        QVERIFY(!Sql::run(journal->database(), u"DELETE FROM entries"_s, {}, {}));

        // A locked journal is still backed up (its pages are sealed), and stays locked.
        const auto lockedBackup = Backups(journal.journal()).runDaily();
        QVERIFY2(lockedBackup, qPrintable(lockedBackup ? QString() : lockedBackup.error().message));
        QVERIFY(!Sql::run(journal->database(), u"DELETE FROM entries"_s, {}, {}));

        QVERIFY(journal->encryption().unlockWithPassphrase(u"correct horse"_s));
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Unlocked);
        QCOMPARE(content(journal.journal()), before);
        // Writes are sealed too.
        const auto id = journal->entries().create(Step::Acknowledge, { u"new"_s, u"words"_s, 3 });
        QVERIFY(id);
        QCOMPARE(plainValues(journal.journal()), 0);
        QVERIFY(journal->entries().remove(*id));
        const auto kept
            = journal->entries().create(Step::Acknowledge, { u"kept"_s, u"text"_s, {} });
        QVERIFY(kept);
        QCOMPARE(journal->entries().entry(*kept)->body, u"text"_s);

        journal->encryption().lock();
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Locked);
        QVERIFY(!journal->entries().entry(*kept));
        QVERIFY(!journal->settings().setValue(u"some/key"_s, u"x"_s));

        QVERIFY(journal->encryption().unlockWithRecoveryKey(*recovery));
        QVERIFY(journal->entries().remove(*kept));
        QCOMPARE(content(journal.journal()), before);

        QVERIFY(journal->encryption().turnOff());
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Plain);
        QCOMPARE(keyRows(journal.journal()), 0);
        QCOMPARE(Test::dumpContent(journal.journal()), plainDump);
        QVERIFY(journal.reopen());
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Plain);
        QCOMPARE(Test::dumpContent(journal.journal()), plainDump);
    }

    void searchIsInMemoryOnly()
    {
        const QString marker = u"Zanzibarquokka"_s;
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 10, 1.0, 3 }));
        const auto early = journal->entries().create(
            Step::Acknowledge, { u"before"_s, u"written before: "_s + marker, {} });
        QVERIFY(early);
        QVERIFY(!journal->search().find(marker, 5)->hits.isEmpty());

        QSignalSpy ready(&journal->encryption(), &JournalEncryption::searchIndexReady);
        QVERIFY(journal->encryption().turnOn(u"pass"_s));
        // Made on a worker thread: ready a moment later.
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(journal->search().find(marker, 5)->hits.size(), 1);
        // The on-disk index is empty and has no triggers.
        {
            auto onDisk
                = Sql::run(journal->database(), u"SELECT count(*) FROM main.search_text"_s, {}, {});
            QVERIFY(onDisk && onDisk->next());
            QCOMPARE(onDisk->value(0).toLongLong(), 0);
            auto triggers = Sql::run(journal->database(),
                u"SELECT count(*) FROM main.sqlite_schema WHERE type = 'trigger' AND name LIKE "
                "'search_%'"_s,
                {}, {});
            QVERIFY(triggers && triggers->next());
            QCOMPARE(triggers->value(0).toLongLong(), 0);
        }

        // Every save is followed: created, edited, removed; full text and substrings.
        const auto id = journal->entries().create(
            Step::Acknowledge, { u"Title "_s + marker, u"Some words"_s, {} });
        QVERIFY(id);
        QCOMPARE(journal->search().find(marker, 5)->hits.size(), 2);
        QCOMPARE(journal->search().find(u"zanzibarq"_s, 5)->hits.size(), 2);
        QVERIFY(
            journal->entries().update(*id, { u"Title"_s, u"Edited "_s + marker + u" text"_s, {} }));
        const auto edited = journal->search().find(marker, 5);
        QCOMPARE(edited->hits.size(), 2);
        QVERIFY(journal->entries().remove(*early));
        QCOMPARE(journal->search().find(marker, 5)->hits.size(), 1);
        QCOMPARE(journal->search().find(marker, 5)->hits.at(0).itemId, *id);
        QVERIFY(journal->search().find(marker, 5)->hits.at(0).snippet.contains(marker));
        // A reflection's answers are searched as the reflection.
        const auto reflection = journal->reflections().create(Step::Acknowledge,
            ReflectionKind::Guided, { { u"k"_s, u"Q?"_s, u"an answer with "_s + marker } }, true);
        QVERIFY(reflection);
        QCOMPARE(journal->search().find(marker, 5)->hits.size(), 2);

        // Locked with a statement still running (SQLite then refuses to drop a table): the
        // index is emptied all the same.
        {
            auto running = Sql::run(journal->database(), u"SELECT id FROM entries"_s, {}, {});
            QVERIFY(running && running->next());
            QTest::ignoreMessage(QtWarningMsg,
                QRegularExpression(u"the in-memory search index is emptied, not dropped"_s));
            journal->encryption().lock();
        }
        QVERIFY(journal->search().find(marker, 5)->hits.isEmpty());
        QVERIFY(journal->encryption().unlockWithPassphrase(u"pass"_s));
        QTRY_VERIFY(journal->encryption().isSearchIndexReady());
        QCOMPARE(journal->search().find(marker, 5)->hits.size(), 2);
        journal->encryption().lock();
        journal.close();
        // The encrypted snapshot of the index is among the files searched for the marker
        // (sealed and written off the GUI thread).
        SearchSnapshotWriter::wait();
        QVERIFY(QFile::exists(QDir(journal.directory()).filePath(u"search.snapshot"_s)));
        QVERIFY(!markerOnDisk(journal.directory(), marker));
    }

    void cancelLeavesTheJournalAsItWas()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 10, 1.0, 3 }));
        const QStringList before = Test::dumpContent(journal.journal());
        const auto cancelled = journal->encryption().turnOn(
            u"pass"_s, [](qint64 done, qint64) { return done < 20; });
        QVERIFY(!cancelled);
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Plain);
        QCOMPARE(keyRows(journal.journal()), 0);
        QCOMPARE(Test::dumpContent(journal.journal()), before);
        QVERIFY(journal->encryption().turnOn(u"pass"_s));
        const auto off
            = journal->encryption().turnOff([](qint64 done, qint64) { return done < 5; });
        QVERIFY(!off);
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Unlocked);
        QCOMPARE(keyRows(journal.journal()), 2);
        QCOMPARE(plainValues(journal.journal()), 0);
    }

    void wrongSecretsWriteNothing()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"title"_s, u"body"_s, {} }));
        QVERIFY(journal->encryption().turnOn(u"right"_s));
        journal.close();
        const QMap<QString, QByteArray> before = hashFolder(journal.directory());
        QVERIFY(!before.isEmpty());

        QVERIFY(journal.reopen());
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Locked);
        auto wrong = journal->encryption().attemptPassphrase(u"wrong"_s);
        QCOMPARE(wrong->run(), UnlockAttempt::Outcome::WrongSecret);
        QVERIFY(!wrong->message().isEmpty());
        QVERIFY(!journal->encryption().unlock(*wrong));
        auto empty = journal->encryption().attemptPassphrase(QString());
        QCOMPARE(empty->run(), UnlockAttempt::Outcome::WrongSecret);
        // A well-formed recovery key of another journal, and a mistyped one.
        Test::TempJournal other;
        QVERIFY(other.ok());
        const auto otherKey = other->encryption().turnOn(u"x"_s);
        QVERIFY(otherKey);
        auto foreign = journal->encryption().attemptRecoveryKey(*otherKey);
        QCOMPARE(foreign->run(), UnlockAttempt::Outcome::WrongSecret);
        auto typo = journal->encryption().attemptRecoveryKey(u"ABCDE-12345"_s);
        QCOMPARE(typo->run(), UnlockAttempt::Outcome::WrongSecret);
        QVERIFY(!journal->encryption().changePassphrase(u"wrong"_s, u"next"_s));
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Locked);
        journal.close();
        QCOMPARE(hashFolder(journal.directory()), before);
    }

    void movedValuesAreDetectedAndNamed()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const auto a = journal->entries().create(Step::Acknowledge, { u"A"_s, u"alpha"_s, {} });
        const auto b = journal->entries().create(Step::Acknowledge, { u"B"_s, u"beta"_s, {} });
        QVERIFY(a && b);
        QVERIFY(journal->encryption().turnOn(u"pass"_s));
        const QSqlDatabase db = journal->database();
        const auto uidOf = [&](qint64 id) {
            auto q = Sql::run(db, u"SELECT uid FROM entries WHERE id = ?"_s, { id }, {});
            return q && q->next() ? q->value(0).toString() : QString();
        };

        // Between rows: each body now belongs to the other entry.
        const auto bodyOf = [&](qint64 id) {
            auto q = Sql::run(db, u"SELECT body FROM entries WHERE id = ?"_s, { id }, {});
            return q && q->next() ? q->value(0).toString() : QString();
        };
        const QString bodyA = bodyOf(*a);
        const QString bodyB = bodyOf(*b);
        QVERIFY(bodyA.startsWith(u"rk1:"_s) && bodyB.startsWith(u"rk1:"_s));
        QVERIFY(Sql::run(db, u"UPDATE entries SET body = ? WHERE id = ?"_s, { bodyB, *a }, {}));
        QVERIFY(Sql::run(db, u"UPDATE entries SET body = ? WHERE id = ?"_s, { bodyA, *b }, {}));
        const auto readA = journal->entries().entry(*a);
        QVERIFY(!readA);
        QVERIFY2(readA.error().message.contains(uidOf(*a)), qPrintable(readA.error().message));
        QVERIFY(readA.error().message.contains(u"body"_s));
        QVERIFY(!journal->entries().entry(*b));

        // Between columns of one row: the title in the body's place.
        QVERIFY(Sql::run(db, u"UPDATE entries SET body = title WHERE id = ?"_s, { *a }, {}));
        const auto swapped = journal->entries().entry(*a);
        QVERIFY(!swapped);
        QVERIFY(swapped.error().message.contains(uidOf(*a)));

        // Changed, cut short, or plain text where a sealed value belongs.
        for (const QString &sql :
            { u"UPDATE entries SET title = substr(title, 1, length(title) - 4) WHERE id = ?"_s,
                u"UPDATE entries SET title = 'rk1:' || substr(title, 6) WHERE id = ?"_s,
                u"UPDATE entries SET title = 'plain words' WHERE id = ?"_s }) {
            QVERIFY(Sql::run(db, sql, { *b }, {}));
            const auto read = journal->entries().entry(*b);
            QVERIFY(!read);
            QVERIFY2(read.error().message.contains(uidOf(*b)), qPrintable(read.error().message));
        }
        // --check names both records.
        const CheckReport report = JournalCheck::run(journal.journal());
        QVERIFY(!report.healthy());
        QVERIFY2(report.text().contains(uidOf(*a)) && report.text().contains(uidOf(*b)),
            qPrintable(report.text()));
    }

    void newerKeyFormatIsRefusedUntouched()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->encryption().turnOn(u"pass"_s));
        // Version 2 of the envelope, as a later Rekindle might write it.
        QVERIFY(Sql::run(journal->database(),
            u"UPDATE journal_keys SET envelope = substr(envelope, 1, 4) || x'02' || "
            "substr(envelope, 6)"_s,
            {}, {}));
        journal.close();
        const QMap<QString, QByteArray> before = hashFolder(journal.directory());
        QVERIFY(journal.reopen());
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Locked);
        auto attempt = journal->encryption().attemptPassphrase(u"pass"_s);
        QCOMPARE(attempt->run(), UnlockAttempt::Outcome::NewerFormat);
        QVERIFY(attempt->message().contains(u"newer"_s));
        auto recovery = journal->encryption().attemptRecoveryKey(u"x"_s);
        QVERIFY(recovery->run() != UnlockAttempt::Outcome::Opened);
        QVERIFY(!journal->encryption().changePassphrase(u"pass"_s, u"next"_s));
        journal.close();
        QCOMPARE(hashFolder(journal.directory()), before);
    }

    void changedPassphraseKeepsTheRecoveryKey()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->settings().setValue(u"closure/letter"_s, u"Dear you"_s));
        const auto recovery = journal->encryption().turnOn(u"old"_s);
        QVERIFY(recovery);
        QVERIFY(journal.reopen());
        // While locked: only the keys change.
        QVERIFY(journal->encryption().changePassphrase(u"old"_s, u"new"_s));
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Locked);
        QVERIFY(journal.reopen());
        QVERIFY(!journal->encryption().unlockWithPassphrase(u"old"_s));
        QVERIFY(journal->encryption().unlockWithPassphrase(u"new"_s));
        QCOMPARE(
            journal->settings().value(u"closure/letter"_s)->value_or(QString()), u"Dear you"_s);
        QVERIFY(journal->encryption().changePassphrase(u"new"_s, u"newer"_s));
        journal->encryption().lock();
        QVERIFY(journal->encryption().unlockWithRecoveryKey(*recovery));
        QVERIFY(journal.reopen());
        QVERIFY(journal->encryption().unlockWithPassphrase(u"newer"_s));

        // A new recovery key replaces the old one.
        const auto replaced = journal->encryption().replaceRecoveryKey();
        QVERIFY(replaced);
        QVERIFY(*replaced != *recovery);
        journal->encryption().lock();
        QVERIFY(!journal->encryption().unlockWithRecoveryKey(*recovery));
        QVERIFY(journal->encryption().unlockWithRecoveryKey(*replaced));
    }

    void plainBackupsAreFoundAndDeleted()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"title"_s, u"body"_s, {} }));
        const QString backups = journal->directory() + u'/' + Journal::BackupFolderName;
        QVERIFY(QDir().mkpath(backups));
        const QString before = backups + u"/daily-20260301-100000.sqlite3"_s;
        QVERIFY(journal->backupTo(before));
        QVERIFY(journal->encryption().turnOn(u"pass"_s));
        const QString after = backups + u"/daily-20260302-100000.sqlite3"_s;
        QVERIFY(journal->backupTo(after));
        QCOMPARE(journal->encryption().plainBackups(), QStringList { before });
        QVERIFY(journal->encryption().deletePlainBackups());
        QVERIFY(!QFile::exists(before));
        QVERIFY(QFile::exists(after));
        QVERIFY(journal->encryption().plainBackups().isEmpty());
    }

    void encryptedBackupRestoresWithTheJournalsKey()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const auto kept
            = journal->entries().create(Step::Acknowledge, { u"kept"_s, u"words"_s, {} });
        QVERIFY(kept);
        QVERIFY(journal->encryption().turnOn(u"pass"_s));
        Backups backups(journal.journal());
        const auto backup = backups.keepCurrent();
        QVERIFY(backup);
        QVERIFY(!journal->encryption().plainBackups().contains(*backup));
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"later"_s, u"text"_s, {} }));
        const auto restored = backups.restore(*backup);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(*journal->entries().count(), 1);
        const auto page = journal->entries().page(Step::Acknowledge, std::nullopt, 5);
        QVERIFY(page && page->size() == 1);
        QCOMPARE(journal->entries().entry(page->at(0).id)->body, u"words"_s);
        QCOMPARE(plainValues(journal.journal()), 0);
        QTRY_VERIFY(journal->encryption().isSearchIndexReady());
        QCOMPARE(journal->search().find(u"words"_s, 5)->hits.size(), 1);
        // Locked, it cannot be read, so it is not restored.
        journal->encryption().lock();
        QVERIFY(!backups.restore(*backup));
    }

    void rulesOverTextHoldWhenSealed()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->encryption().turnOn(u"pass"_s));

        // A reflection's summary skips blank answers: sealed, none of them is empty to SQL.
        const auto reflection
            = journal->reflections().create(Step::Acknowledge, ReflectionKind::Guided,
                { { u"a"_s, u"Q1"_s, QString() }, { u"b"_s, u"Q2"_s, u"   "_s },
                    { u"c"_s, u"Q3"_s, u"First real answer"_s }, { u"d"_s, u"Q4"_s, u"more"_s } },
                true);
        QVERIFY(reflection);
        // An answer left null is sealed too, never a plain '' among sealed values.
        QCOMPARE(plainValues(journal.journal()), 0);
        const auto summary = journal->reflections().summary(*reflection);
        QVERIFY(summary);
        QCOMPARE(summary->answered, 2);
        QCOMPARE(summary->firstAnswer, u"First real answer"_s);
        QCOMPARE(journal->reflections().list(Step::Acknowledge)->size(), 1);

        // One phrase per text and category, though no two seals of it are alike.
        const Phrase phrase { u"call me maybe"_s, PhraseCategory::HeavyTopic, true };
        QVERIFY(journal->reconnect().addPhrase(phrase));
        journal->reconnect().addPhrase(phrase).ok();
        QCOMPARE(journal->reconnect().userPhrases()->size(), 1);
        // A merged file with the same phrase under another uid adds nothing.
        auto document = JournalExport(journal.journal()).toJson();
        QVERIFY(document);
        QJsonObject records = document->value(u"records"_s).toObject();
        QJsonArray phrases = records.value(u"message_phrases"_s).toArray();
        QCOMPARE(phrases.size(), 1);
        QJsonObject copy = phrases.at(0).toObject();
        copy.insert(u"uid"_s, u"another-uid"_s);
        phrases.append(copy);
        phrases.removeFirst();
        records.insert(u"message_phrases"_s, phrases);
        document->insert(u"records"_s, records);
        const auto merged = JournalImport(journal.journal()).apply(*document, ImportMode::Merge);
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
        QCOMPARE(merged->added.value(u"message_phrases"_s), 0);
        QCOMPARE(journal->reconnect().userPhrases()->size(), 1);

        // Readable exports show the decoded titles and text.
        QVERIFY(journal->entries().create(
            Step::Acknowledge, { u"A title to read"_s, u"And its body."_s, {} }));
        const auto markdown = JournalExport(journal.journal()).toMarkdown();
        QVERIFY(markdown);
        QVERIFY2(markdown->contains(u"### A title to read"_s), qPrintable(*markdown));
        QVERIFY(markdown->contains(u"And its body."_s));
        QVERIFY(markdown->contains(u"First real answer"_s));
        QVERIFY(!markdown->contains(u"rk1:"_s));
    }
};

QTEST_GUILESS_MAIN(tst_JournalEncryption)
#include "tst_journalencryption.moc"
