// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/EntryStore.h"
#include "storage/JournalEncryption.h"
#include "storage/JournalVault.h"
#include "storage/SearchSnapshot.h"
#include "storage/SearchSnapshotWriter.h"
#include "storage/SearchStore.h"
#include "support/TempJournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

const QString Passphrase = u"pass"_s;
const QString Marker = u"Quillofernwhistle"_s;

JournalVault &vaultOf(Test::TempJournal &journal)
{
    return dynamic_cast<JournalVault &>(journal->encryption());
}

QString snapshotOf(const Test::TempJournal &journal)
{
    return SearchSnapshot::pathIn(journal.directory());
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Locks, and waits for the snapshot the lock seals off the GUI thread.
void lockAndWrite(Test::TempJournal &journal)
{
    journal->encryption().lock();
    SearchSnapshotWriter::wait();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

int hitsFor(Test::TempJournal &journal, const QString &text)
{
    const auto page = journal->search().find(text, 50);
    return page ? int(page->hits.size()) : -1;
}

} // namespace

/// The encrypted snapshot of the in-memory search index: made off the GUI thread, restored
/// when it is current, rebuilt when it is not (stale, foreign, changed or cut short), never
/// holding plaintext, gone when encryption is turned off; saves during a build are kept.
class tst_SearchSnapshot : public QObject {
    Q_OBJECT

private:
    /// An encrypted journal with some history and one entry holding the marker, locked with
    /// its snapshot written; `entry` is that entry's id.
    bool prepare(Test::TempJournal &journal, qint64 *entry = nullptr)
    {
        if (!journal.ok() || !DemoJournal::generate(journal.journal(), { 30, 2.0, 5 }))
            return false;
        const auto id = journal->entries().create(
            Step::Acknowledge, { u"Marked"_s, u"words with "_s + Marker, {} });
        if (!id || !journal->encryption().turnOn(Passphrase))
            return false;
        if (entry)
            *entry = *id;
        if (!QTest::qWaitFor([&] { return journal->encryption().isSearchIndexReady(); }))
            return false;
        lockAndWrite(journal);
        return QFile::exists(snapshotOf(journal));
    }

    bool unlockAndWait(Test::TempJournal &journal)
    {
        return journal->encryption().unlockWithPassphrase(Passphrase)
            && QTest::qWaitFor([&] { return journal->encryption().isSearchIndexReady(); });
    }

private Q_SLOTS:
    void initTestCase() { JournalEncryption::useMinimumKdfCost(true); }

    void buildsOffTheGuiThreadAndRestoresTheSnapshot()
    {
        Test::TempJournal journal;
        QVERIFY(prepare(journal));
        QVERIFY(!bytesOf(snapshotOf(journal)).contains(Marker.toUtf8()));
        QCOMPARE(QFile::permissions(snapshotOf(journal)) & 0x0077, QFileDevice::Permissions());

        QSignalSpy ready(&journal->encryption(), &JournalEncryption::searchIndexReady);
        QVERIFY(journal->encryption().unlockWithPassphrase(Passphrase));
        // Usable at once; the index follows.
        QVERIFY(!journal->encryption().isSearchIndexReady());
        QVERIFY(journal->entries().count());
        QTRY_COMPARE(ready.size(), 1);
        QVERIFY(vaultOf(journal).searchIndexWasRestored());
        QCOMPARE(hitsFor(journal, Marker), 1);
        QCOMPARE(hitsFor(journal, u"quillofern"_s), 1);
        // It is followed like a rebuilt one.
        QVERIFY(journal->entries().create(
            Step::Acknowledge, { u"More"_s, u"another "_s + Marker, {} }));
        QCOMPARE(hitsFor(journal, Marker), 2);
    }

    void savesDuringTheBuildAreKept()
    {
        Test::TempJournal journal;
        qint64 entry = 0;
        QVERIFY(prepare(journal, &entry));
        QVERIFY(QFile::remove(snapshotOf(journal)));
        QVERIFY(journal->encryption().unlockWithPassphrase(Passphrase));
        // No event is handled before these: the worker's index arrives after them.
        const auto created
            = journal->entries().create(Step::Acknowledge, { u"During"_s, u"new "_s + Marker, {} });
        QVERIFY(created);
        QVERIFY(journal->entries().remove(entry));
        QVERIFY(!journal->encryption().isSearchIndexReady());
        QTRY_VERIFY(journal->encryption().isSearchIndexReady());
        QVERIFY(!vaultOf(journal).searchIndexWasRestored());
        const auto page = journal->search().find(Marker, 5);
        QVERIFY(page && page->hits.size() == 1);
        QCOMPARE(page->hits.at(0).itemId, *created);
    }

    void lockDuringTheBuildCancelsIt()
    {
        Test::TempJournal journal;
        QVERIFY(prepare(journal));
        QVERIFY(QFile::remove(snapshotOf(journal)));
        QVERIFY(journal->encryption().unlockWithPassphrase(Passphrase));
        journal->encryption().lock();
        QCOMPARE(journal->encryption().state(), JournalEncryption::State::Locked);
        QVERIFY(!journal->encryption().isSearchIndexReady());
        QVERIFY(unlockAndWait(journal));
        QCOMPARE(hitsFor(journal, Marker), 1);
    }

    void unusableSnapshotIsRebuilt_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("tampered") << u"tampered"_s;
        QTest::newRow("truncated") << u"truncated"_s;
        QTest::newRow("stale") << u"stale"_s;
        QTest::newRow("foreign") << u"foreign"_s;
        QTest::newRow("garbage") << u"garbage"_s;
    }

    void unusableSnapshotIsRebuilt()
    {
        QFETCH(QString, change);
        Test::TempJournal journal;
        qint64 entry = 0;
        QVERIFY(prepare(journal, &entry));
        const QString path = snapshotOf(journal);
        QByteArray bytes = bytesOf(path);
        QVERIFY(bytes.size() > 64);
        if (change == u"tampered"_s) {
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        } else if (change == u"truncated"_s) {
            bytes.chop(100);
        } else if (change == u"garbage"_s) {
            bytes = QByteArray(4096, 'x');
        } else if (change == u"stale"_s) {
            // The snapshot of before an edit, put back after the edit was locked in.
            QVERIFY(unlockAndWait(journal));
            QVERIFY(journal->entries().update(entry, { u"Marked"_s, u"edited away"_s, {} }));
            lockAndWrite(journal);
            QVERIFY(bytesOf(path) != bytes);
        } else {
            // Another journal's snapshot, sealed with its key.
            Test::TempJournal other;
            QVERIFY(prepare(other));
            bytes = bytesOf(snapshotOf(other));
        }
        QVERIFY(writeBytes(path, bytes));

        QVERIFY(unlockAndWait(journal));
        QVERIFY(!vaultOf(journal).searchIndexWasRestored());
        QCOMPARE(hitsFor(journal, Marker), change == u"stale"_s ? 0 : 1);
        if (change == u"stale"_s)
            QCOMPARE(hitsFor(journal, u"edited"_s), 1);
        // Rebuilt, and written again: the next unlock restores it.
        lockAndWrite(journal);
        QVERIFY(bytesOf(path) != bytes);
        QVERIFY(unlockAndWait(journal));
        QVERIFY(vaultOf(journal).searchIndexWasRestored());
        QCOMPARE(hitsFor(journal, Marker), change == u"stale"_s ? 0 : 1);
    }

    void writeFromAnotherConnectionMakesItStale()
    {
        Test::TempJournal journal;
        qint64 entry = 0;
        QVERIFY(prepare(journal, &entry));
        const QString name = u"tst_searchsnapshot_other"_s;
        // Another program on the same file (a script, an older copy of Rekindle): SQLite runs
        // the journal's triggers for its writes too.
        const auto writeElsewhere = [&](const QString &sql) -> qint64 {
            qint64 generation = -1;
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                other.setDatabaseName(journal->filePath());
                QSqlQuery query(other);
                if (other.open() && query.exec(sql)
                    && query.exec(u"SELECT generation FROM index_state"_s) && query.next())
                    generation = query.value(0).toLongLong();
            }
            QSqlDatabase::removeDatabase(name);
            return generation;
        };
        const qint64 before = writeElsewhere(u"SELECT 1"_s);
        QVERIFY(before > 0);
        // A row that is not indexed leaves the generation, and the snapshot is used.
        QCOMPARE(writeElsewhere(
                     u"INSERT INTO journal_settings (key, value) VALUES ('unindexed', '1')"_s),
            before);
        QVERIFY(unlockAndWait(journal));
        QVERIFY(vaultOf(journal).searchIndexWasRestored());
        QCOMPARE(hitsFor(journal, Marker), 1);
        lockAndWrite(journal);

        // One indexed row, one step of the generation: the snapshot no longer opens.
        QCOMPARE(writeElsewhere(u"DELETE FROM entries WHERE id = %1"_s.arg(entry)), before + 1);
        QVERIFY(unlockAndWait(journal));
        QVERIFY(!vaultOf(journal).searchIndexWasRestored());
        QCOMPARE(hitsFor(journal, Marker), 0);
    }

    void closingWritesItAndTurningOffDeletesIt()
    {
        Test::TempJournal journal;
        QVERIFY(prepare(journal));
        QVERIFY(unlockAndWait(journal));
        QVERIFY(journal->entries().create(
            Step::Acknowledge, { u"Late"_s, u"closing "_s + Marker, {} }));
        const QByteArray before = bytesOf(snapshotOf(journal));
        journal.close();
        SearchSnapshotWriter::wait();
        QVERIFY(bytesOf(snapshotOf(journal)) != before);
        QVERIFY(journal.reopen());
        QVERIFY(unlockAndWait(journal));
        QVERIFY(vaultOf(journal).searchIndexWasRestored());
        QCOMPARE(hitsFor(journal, Marker), 2);

        QVERIFY(journal->encryption().turnOff());
        QVERIFY(!QFile::exists(snapshotOf(journal)));
        QCOMPARE(hitsFor(journal, Marker), 2);
    }
};

QTEST_GUILESS_MAIN(tst_SearchSnapshot)
#include "tst_searchsnapshot.moc"
