// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BackupFile.h"
#include "storage/Backups.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/Sql.h"
#include "support/TempJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

enum class Damage { Empty, Garbage, Truncated, HeaderOnly };

/// A copy of the good backup `source`, damaged the way a kill or a full disk leaves one.
void writeDamaged(const QString &source, const QString &path, Damage damage)
{
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray whole = in.readAll();
    QVERIFY(whole.size() > 4096);
    QByteArray bytes;
    switch (damage) {
    case Damage::Empty:
        break;
    case Damage::Garbage:
        bytes = QByteArray(8192, '\x5a');
        break;
    case Damage::Truncated:
        bytes = whole.left(whole.size() / 2);
        break;
    case Damage::HeaderOnly:
        bytes = whole.left(100);
        break;
    }
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(bytes), bytes.size());
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

#ifdef Q_OS_UNIX
mode_t modeOf(const QString &path)
{
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

/// Sets the umask for one test and restores it after.
class Umask {
public:
    explicit Umask(mode_t mask)
        : m_previous(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_previous); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_previous;
};
#endif

} // namespace

/// Backups are whole or absent: written aside, checked, then named; a broken file never
/// counts as one and never costs a good one its place.
class tst_BackupFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aBackupIsWholeCheckedAndAlone()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Kept"_s, u"every word"_s, 5 }));
        QTemporaryDir target;
        const QString path = target.filePath(u"copy.sqlite3"_s);
        QVERIFY(journal->backupTo(path));
        QVERIFY(BackupFile::looksComplete(path));
        // Nothing beside it: no partial copy, no rollback journal.
        QCOMPARE(namesIn(target.path()), QStringList { u"copy.sqlite3"_s });
        auto counts = Backups::counts(path);
        QVERIFY(counts);
        QCOMPARE(counts->value(u"entries"_s), 1);
        // Never over an existing file.
        QVERIFY(!journal->backupTo(path));
        QVERIFY(BackupFile::looksComplete(path));
    }

    void aFailedBackupLeavesNothing()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QTemporaryDir target;
        // A folder that does not exist: the copy cannot even start.
        QVERIFY(!journal->backupTo(target.filePath(u"missing/copy.sqlite3"_s)));
        QVERIFY(namesIn(target.path()).isEmpty());
        // A directory where the partial copy would go: SQLite cannot write it.
        QVERIFY(QDir().mkpath(target.filePath(u"copy.sqlite3"_s) + BackupFile::PartialSuffix));
        auto failed = journal->backupTo(target.filePath(u"copy.sqlite3"_s));
        QVERIFY(!failed);
        QVERIFY(!failed.error().message.isEmpty());
        QVERIFY(!QFileInfo::exists(target.filePath(u"copy.sqlite3"_s)));
    }

    void damagedFilesAreNotComplete_data()
    {
        QTest::addColumn<Damage>("damage");
        QTest::newRow("empty") << Damage::Empty;
        QTest::newRow("garbage") << Damage::Garbage;
        QTest::newRow("truncated") << Damage::Truncated;
        QTest::newRow("header only") << Damage::HeaderOnly;
    }

    void damagedFilesAreNotComplete()
    {
        QFETCH(Damage, damage);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QTemporaryDir target;
        const QString good = target.filePath(u"good.sqlite3"_s);
        QVERIFY(journal->backupTo(good));
        const QString bad = target.filePath(u"bad.sqlite3"_s);
        writeDamaged(good, bad, damage);
        QVERIFY(BackupFile::looksComplete(good));
        QVERIFY(!BackupFile::looksComplete(bad));
        QVERIFY(!BackupFile::looksComplete(target.filePath(u"absent.sqlite3"_s)));
    }

    void aBrokenFileNamedForTodayDoesNotStopTodaysBackup_data()
    {
        damagedFilesAreNotComplete_data();
    }

    void aBrokenFileNamedForTodayDoesNotStopTodaysBackup()
    {
        QFETCH(Damage, damage);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Today"_s, u"words"_s, 4 }));
        journal.clock().setLocal(QDate(2026, 3, 14), QTime(9, 0));
        Backups backups(journal.journal());
        QTemporaryDir scratch;
        const QString good = scratch.filePath(u"good.sqlite3"_s);
        QVERIFY(journal->backupTo(good));
        QVERIFY(BackupFile::preparePrivateFolder(backups.folder()));
        const QString broken = backups.folder() + u"/daily-"_s
            + journal.clock().now().toString(u"yyyyMMdd-HHmmss"_s) + u".sqlite3"_s;
        writeDamaged(good, broken, damage);

        journal.clock().setLocal(QDate(2026, 3, 14), QTime(10, 0));
        auto made = backups.runDaily();
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(*made, true);
        const QString newest = backups.list().constFirst().filePath;
        QVERIFY(newest != broken);
        QVERIFY(BackupFile::looksComplete(newest));
        QCOMPARE(Backups::counts(newest)->value(u"entries"_s), 1);
        QVERIFY(QFileInfo::exists(broken)); // left for the person, not counted
        // The good one now counts for today.
        QCOMPARE(*backups.runDaily(), false);
    }

    void rotationNeverDeletesTheLastGoodBackup()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(Sql::run(journal->database(),
            u"INSERT INTO journal_settings (key, value) VALUES (?, '1')"_s,
            { Backups::KeepSetting }, QString()));
        Backups backups(journal.journal());
        journal.clock().setLocal(QDate(2026, 3, 2), QTime(9, 0));
        QVERIFY(*backups.runDaily());
        const QString lastGood = backups.list().constFirst().filePath;
        // Newer broken dailies of the same week, as a full disk left them.
        for (int day = 3; day <= 5; ++day) {
            journal.clock().setLocal(QDate(2026, 3, day), QTime(9, 0));
            writeDamaged(lastGood,
                backups.folder() + u"/daily-"_s
                    + journal.clock().now().toString(u"yyyyMMdd-HHmmss"_s) + u".sqlite3"_s,
                day % 2 ? Damage::Truncated : Damage::Empty);
        }
        QVERIFY(backups.rotate());
        QVERIFY(QFileInfo::exists(lastGood));
        QCOMPARE(backups.list().size(), 4);

        // Once a newer good one exists, rotation keeps that one and the rules hold again.
        journal.clock().setLocal(QDate(2026, 3, 5), QTime(10, 0));
        QVERIFY(*backups.runDaily());
        QVERIFY(!QFileInfo::exists(lastGood));
        QVERIFY(BackupFile::looksComplete(backups.list().constFirst().filePath));
    }

    void leftoversOfAKilledBackupAreCleared()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        Backups backups(journal.journal());
        QVERIFY(BackupFile::preparePrivateFolder(backups.folder()));
        const QString partial
            = backups.folder() + u"/daily-20260101-090000.sqlite3"_s + BackupFile::PartialSuffix;
        for (const QString &name : { partial, partial + u"-journal"_s }) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("cut short");
        }
        QVERIFY(backups.list().isEmpty()); // a partial copy is never listed
        QVERIFY(*backups.runDaily());
        const QStringList names = namesIn(backups.folder());
        QCOMPARE(names.size(), 1);
        QVERIFY(names.constFirst().startsWith(u"daily-"_s));
        QVERIFY(names.constFirst().endsWith(u".sqlite3"_s));
    }

#ifdef Q_OS_UNIX
    void backupsArePrivateWhateverTheUmask()
    {
        const Umask umask(022);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Private"_s, {}, {} }));
        Backups backups(journal.journal());

        // The folder made by keeping the current journal (restore, import --replace).
        auto kept = backups.keepCurrent();
        QVERIFY(kept);
        QCOMPARE(modeOf(backups.folder()), mode_t(0700));
        QCOMPARE(modeOf(*kept), mode_t(0600));

        // A folder someone opened up is closed again by the next backup.
        QVERIFY(QFile::setPermissions(backups.folder(), QFileDevice::Permissions(0x7755)));
        journal.clock().advanceDays(1);
        QVERIFY(*backups.runDaily());
        QCOMPARE(modeOf(backups.folder()), mode_t(0700));
        for (const BackupInfo &backup : backups.list())
            QCOMPARE(modeOf(backup.filePath), mode_t(0600));

        auto safety = backups.restore(backups.list().constLast().filePath);
        QVERIFY2(safety, qPrintable(safety ? QString() : safety.error().message));
        QCOMPARE(modeOf(*safety), mode_t(0600));
        QCOMPARE(modeOf(backups.folder()), mode_t(0700));

        // Anywhere else too, for the file itself.
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(u"copy.sqlite3"_s);
        QVERIFY(journal->backupTo(copy));
        QCOMPARE(modeOf(copy), mode_t(0600));
    }
#endif
};

QTEST_GUILESS_MAIN(tst_BackupFile)
#include "tst_backupfile.moc"
