// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backups.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/JournalRecovery.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// Fills a journal with `count` entries whose text spans several pages, so that the file has
/// pages in the middle to damage; returns the ids.
QList<qint64> fill(Journal &journal, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        auto id = journal.entries().create(Step::Acknowledge,
            { u"Entry %1"_s.arg(i), u"Day %1: "_s.arg(i) + QString(900, QChar(u'a' + i % 26)),
                {} });
        if (id)
            ids << *id;
    }
    return ids;
}

/// Overwrites the page `page` (1-based) of the SQLite file with a pattern no page has.
void damagePage(const QString &path, qint64 page, qint64 pageSize = 4096)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() >= page * pageSize);
    QVERIFY(file.seek((page - 1) * pageSize));
    QCOMPARE(file.write(QByteArray(pageSize, '\x5a')), pageSize);
}

qint64 pageCountOf(const QString &path)
{
    return QFileInfo(path).size() / 4096;
}

} // namespace

class tst_JournalRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quickCheckPassesWholeAndNewFiles()
    {
        Test::TempJournal journal;
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        fill(journal.journal(), 5);
        const QString file = journal->filePath();
        journal.close();
        QVERIFY(JournalRecovery::quickCheck(file).ok());
        const QTemporaryDir dir;
        writeBytes(dir.filePath(u"new.sqlite3"_s), {});
        QVERIFY(JournalRecovery::quickCheck(dir.filePath(u"new.sqlite3"_s)).ok());
    }

    void damageAtOpenIsRefusedWithoutTouchingTheFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("zeroed header") << u"header"_s;
        QTest::newRow("truncated") << u"truncated"_s;
        QTest::newRow("cut mid-page") << u"midpage"_s;
        QTest::newRow("garbage") << u"garbage"_s;
    }

    void damageAtOpenIsRefusedWithoutTouchingTheFile()
    {
        QFETCH(QString, damage);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal.journal(), 40);
        const QString file = journal->filePath();
        journal.close();
        QByteArray bytes = bytesOf(file);
        if (damage == u"header")
            bytes.replace(0, 100, QByteArray(100, '\0'));
        else if (damage == u"truncated")
            bytes.truncate(bytes.size() / 2 / 4096 * 4096);
        else if (damage == u"midpage")
            bytes.truncate(bytes.size() - 1000);
        else
            bytes = QByteArray(bytes.size(), '\x5a');
        writeBytes(file, bytes);

        const Status quick = JournalRecovery::quickCheck(file);
        QVERIFY(!quick);
        QVERIFY(quick.error().message.contains(u"damaged"_s));
        auto reopened = Journal::open(journal.directory());
        QVERIFY(!reopened);
        QVERIFY(reopened.error().message.contains(u"damaged"_s));
        QCOMPARE(bytesOf(file), bytes); // not a byte changed
        QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
    }

    void fullCheckFindsADamagedPageInTheMiddle()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal.journal(), 200);
        const QString file = journal->filePath();
        journal.close();
        QCOMPARE(
            JournalRecovery::fullCheck(file).verdict, JournalRecovery::Integrity::Verdict::Whole);
        damagePage(file, pageCountOf(file) / 2);

        // The cheap check cannot see it; the full one does, and says what it found.
        QVERIFY(JournalRecovery::quickCheck(file).ok());
        const auto check = JournalRecovery::fullCheck(file);
        QCOMPARE(check.verdict, JournalRecovery::Integrity::Verdict::Damaged);
        QVERIFY(check.message.contains(u"damaged"_s));
        QVERIFY(!check.detail.isEmpty());
        QCOMPARE(JournalRecovery::fullCheck(journal.directory() + u"/missing"_s).verdict,
            JournalRecovery::Integrity::Verdict::NotChecked);
    }

    void protectStopsEveryWrite()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal.journal(), 3);
        QSqlQuery(journal->database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        fill(journal.journal(), 3); // in the WAL only
        const QString file = journal->filePath();
        const QByteArray before = bytesOf(file);
        const QByteArray wal = bytesOf(file + u"-wal"_s);
        QVERIFY(!wal.isEmpty());
        journal->protect();
        QVERIFY(journal->isProtected());
        QVERIFY(!journal->entries().create(Step::Acknowledge, { u"No"_s, u"never"_s, {} }));
        QCOMPARE(*journal->entries().count(), qint64(6)); // reading goes on
        journal.close();
        // Not even SQLite's checkpoint at close: the file and its WAL stay as they were.
        QCOMPARE(bytesOf(file), before);
        QCOMPARE(bytesOf(file + u"-wal"_s), wal);
    }

    void moveAsideKeepsEveryByte()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal.journal(), 10);
        // What a killed Rekindle leaves: the file and its WAL, both go aside exactly as they are.
        const QTemporaryDir crashed;
        const QString file = crashed.filePath(Journal::DatabaseFileName);
        const QByteArray main = bytesOf(journal->filePath());
        const QByteArray wal = bytesOf(journal->filePath() + u"-wal"_s);
        QVERIFY(!wal.isEmpty());
        writeBytes(file, main);
        writeBytes(file + u"-wal"_s, wal);

        auto aside = JournalRecovery::moveAside(crashed.path());
        QVERIFY2(aside, aside ? "" : qPrintable(aside.error().message));
        QVERIFY(aside->startsWith(crashed.path() + u"/damaged/"_s));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
        QCOMPARE(bytesOf(*aside + u"/journal.sqlite3"_s), main);
        QCOMPARE(bytesOf(*aside + u"/journal.sqlite3-wal"_s), wal);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(*aside).permissions() & others, QFileDevice::Permissions());
    }

    void restoreReplacesADamagedJournal()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QList<qint64> ids = fill(journal.journal(), 120);
        QVERIFY(Backups(journal.journal()).runDaily().value());
        fill(journal.journal(), 5); // after the backup: lost by the restore, kept aside
        const QString dir = journal.directory();
        const QString file = journal->filePath();
        journal.close();
        damagePage(file, pageCountOf(file) / 2);
        const QByteArray damaged = bytesOf(file);

        const QList<BackupInfo> backups = JournalRecovery::backups(dir);
        QCOMPARE(backups.size(), 1);
        auto restored = JournalRecovery::restore(dir, backups.first().filePath);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(bytesOf(*restored + u"/journal.sqlite3"_s), damaged);
        QCOMPARE(
            JournalRecovery::fullCheck(file).verdict, JournalRecovery::Integrity::Verdict::Whole);
        QVERIFY(journal.reopen());
        QCOMPARE(journal->entries().count(Step::Acknowledge).value(), qint64(ids.size()));
        QVERIFY(journal->entries().entry(ids.last()));
    }

    void restoreRefusesABrokenBackupAndAHeldLock()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        fill(journal.journal(), 20);
        QVERIFY(Backups(journal.journal()).runDaily().value());
        const QString dir = journal.directory();
        const QString backup = JournalRecovery::backups(dir).first().filePath;

        // Held by a running Rekindle: nothing is moved.
        auto held = JournalRecovery::restore(dir, backup);
        QVERIFY(!held);
        QVERIFY(QFileInfo::exists(journal->filePath()));
        QVERIFY(!QFileInfo::exists(dir + u"/damaged"_s));

        journal.close();
        const QByteArray current = bytesOf(dir + u"/journal.sqlite3"_s);
        QByteArray cut = bytesOf(backup);
        cut.truncate(cut.size() / 2);
        writeBytes(backup, cut);
        auto broken = JournalRecovery::restore(dir, backup);
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(u"incomplete or damaged"_s));
        QCOMPARE(bytesOf(dir + u"/journal.sqlite3"_s), current);
        QVERIFY(!QFileInfo::exists(dir + u"/damaged"_s));
    }

    void salvageSavesWhatCanBeRead()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        const QList<qint64> ids = fill(journal.journal(), 200);
        const QString dir = journal.directory();
        const QString file = journal->filePath();
        // The entries' own root page: where the damage below must land (a page in the middle
        // of the file may belong to the search index, which salvage does not need).
        auto root = Sql::run(journal->database(),
            u"SELECT rootpage FROM sqlite_schema WHERE name = 'entries'"_s, {}, QString());
        QVERIFY(root && root->next());
        const qint64 entriesRoot = root->value(0).toLongLong();
        root->finish();
        journal.close();
        const QTemporaryDir out;

        // Whole: everything, in the export format.
        auto whole = JournalRecovery::salvage(dir, out.filePath(u"whole.json"_s));
        QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
        QVERIFY(whole->unreadable.isEmpty());
        const QJsonObject document
            = QJsonDocument::fromJson(bytesOf(out.filePath(u"whole.json"_s))).object();
        QCOMPARE(document.value(u"format"_s).toString(), u"rekindle-journal"_s);
        QCOMPARE(document.value(u"records"_s)[u"entries"_s].toArray().size(), ids.size());

        // A damaged page: less, the kinds that failed named, the file untouched.
        QVERIFY(entriesRoot > 1 && entriesRoot < pageCountOf(file));
        damagePage(file, entriesRoot);
        const QByteArray damaged = bytesOf(file);
        auto partial = JournalRecovery::salvage(dir, out.filePath(u"partial.json"_s));
        QVERIFY2(partial, partial ? "" : qPrintable(partial.error().message));
        QVERIFY2(!partial->unreadable.isEmpty(),
            qPrintable(u"%1 of %2"_s.arg(partial->records).arg(whole->records)));
        QVERIFY(partial->records < whole->records);
        QCOMPARE(bytesOf(file), damaged);

        // Nothing readable: said so, no export written.
        QByteArray zeroed = damaged;
        zeroed.replace(0, 100, QByteArray(100, '\0'));
        writeBytes(file, zeroed);
        auto nothing = JournalRecovery::salvage(dir, out.filePath(u"none.json"_s));
        QVERIFY(!nothing);
        QVERIFY(nothing.error().message.contains(u"Nothing could be read"_s));
        QVERIFY(!QFileInfo::exists(out.filePath(u"none.json"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_JournalRecovery)
#include "tst_journalrecovery.moc"
