// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Journal.h"

#include "BackupFile.h"
#include "EntryStore.h"
#include "FieldCodec.h"
#include "GoalStore.h"
#include "JournalAccess.h"
#include "JournalConnection.h"
#include "JournalLock.h"
#include "JournalRecovery.h"
#include "JournalVault.h"
#include "Migrations.h"
#include "MilestoneStore.h"
#include "MoodStore.h"
#include "MyPartStore.h"
#include "PromptStore.h"
#include "ReconnectStore.h"
#include "ReflectionStore.h"
#include "SearchStore.h"
#include "SettingsStore.h"
#include "SmallWinStore.h"
#include "SpaceStore.h"
#include "Sql.h"
#include "TrendStore.h"
#include "TrustStore.h"
#include "UnsentMessageStore.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::Journal", text);
    }

    constexpr auto OwnerOnlyDir
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    Status prepareDirectory(const QString &directory)
    {
        const QFileInfo info(directory);
        if (info.exists() && !info.isDir())
            return Error { tr(
                "The journal folder %1 is a file, not a folder. Choose another folder.")
                               .arg(QDir::toNativeSeparators(directory)) };
        if (!QDir().mkpath(directory))
            return Error { tr("Rekindle cannot create the journal folder %1. Check that you may "
                              "write there, or choose another folder.")
                               .arg(QDir::toNativeSeparators(directory)) };
        // The text is intimate: only its owner may read the folder.
        QFile::setPermissions(directory, OwnerOnlyDir);
        return {};
    }

    /// Reads the schema version of an existing file from its header, without opening it as a
    /// database: a file that must be refused is never written to, not even a -wal beside it.
    Result<int> probeVersion(const QString &filePath)
    {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error { tr("Rekindle cannot read the journal file %1. Check its permissions.")
                               .arg(QDir::toNativeSeparators(filePath)) };
        const QByteArray header = file.read(100);
        if (header.isEmpty())
            return 0; // a new, empty file
        static const QByteArray magic("SQLite format 3\0", 16);
        if (header.size() < 100 || !header.startsWith(magic))
            return Error { tr("The journal file is damaged or is not a Rekindle journal. Rekindle "
                              "left it unchanged."),
                u"bad header"_s };
        // PRAGMA user_version is the big-endian 32-bit integer at offset 60.
        const auto byte = [&header](int i) { return quint32(quint8(header.at(i))); };
        return int(byte(60) << 24 | byte(61) << 16 | byte(62) << 8 | byte(63));
    }

    /// The schema version of an existing file that passed the cheap damage check, or why it
    /// must be refused untouched (damaged, or written by a newer Rekindle).
    Result<int> openableVersion(const QString &filePath)
    {
        if (Status intact = JournalRecovery::quickCheck(filePath); !intact)
            return intact.error();
        Result<int> version = probeVersion(filePath);
        if (!version)
            return version.error();
        if (*version > Journal::latestSchemaVersion())
            return Error { tr("This journal was written by a newer version of Rekindle. Update "
                              "Rekindle to open it; the file has not been changed."),
                u"user_version %1 > %2"_s.arg(*version).arg(Journal::latestSchemaVersion()) };
        return version;
    }

} // namespace

int Journal::latestSchemaVersion()
{
    return int(Migrations::all().size());
}

QString Journal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Journal>> Journal::open(
    const QString &directory, const Clock &clock, JournalOptions options)
{
    const QString dir = QDir::cleanPath(QDir(directory).absolutePath());
    const JournalAccess access = JournalAccess::of(dir);
    if (access.readOnly)
        return openReadOnly(dir, access, clock);
    if (Status status = prepareDirectory(dir); !status)
        return status.error();

    auto lock = JournalLock::acquire(dir);
    if (!lock)
        return lock.error();

    const QString filePath = dir + u'/' + DatabaseFileName;
    if (QFileInfo::exists(filePath)) {
        if (const Result<int> version = openableVersion(filePath); !version)
            return version.error();
    } else {
        // Create the file ourselves so that it is private from its first byte; SQLite gives
        // its -wal and -shm files the same permissions.
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnlyFile))
            return Error { tr("Rekindle cannot create the journal file in %1. Check that you may "
                              "write there, or choose another folder.")
                               .arg(QDir::toNativeSeparators(dir)) };
    }

    const QString connection = u"rekindle-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Journal> journal(new Journal(dir, connection, clock, std::move(*lock)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(filePath);
        if (!db.open())
            return Sql::error(db.lastError(), tr("Rekindle cannot open the journal."));
    }
    if (Status status = journal->configure(); !status)
        return status.error();
    const int target = options.schemaVersion > 0 ? options.schemaVersion : latestSchemaVersion();
    if (Status status = journal->migrate(target); !status)
        return status.error();
    if (Status status = journal->attachEncryption(); !status)
        return status.error();
    return journal;
}

Result<std::unique_ptr<Journal>> Journal::openReadOnly(
    const QString &dir, const JournalAccess &access, const Clock &clock)
{
    // No lock (nobody can write the file, and its folder may not take one), no migration, no
    // -wal or -shm: the file stays byte for byte as it is.
    const QString filePath = dir + u'/' + DatabaseFileName;
    const Error noJournal { tr("The journal folder %1 holds no journal, and Rekindle cannot "
                               "create one there because the folder cannot be changed. Choose "
                               "another folder.")
                                .arg(QDir::toNativeSeparators(dir)) };
    if (!QFileInfo::exists(filePath) || QFileInfo(filePath).size() == 0)
        return noJournal;
    const Result<int> version = openableVersion(filePath);
    if (!version)
        return version.error();
    if (*version < latestSchemaVersion())
        return Error { tr("This journal was written by an older version of Rekindle and must "
                          "be updated before it can be opened, but it cannot be changed where "
                          "it is. Copy its folder to a place you may write to and open the "
                          "copy; the file has not been changed."),
            u"user_version %1 < %2, read-only"_s.arg(*version).arg(latestSchemaVersion()) };

    const QString connection = u"rekindle-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Journal> journal(new Journal(dir, connection, clock, nullptr));
    journal->m_readOnlyReason = access.reason;
    // Nothing writes to a read-only journal; the guards of a protected one apply as they are.
    journal->m_protected = true;
    const auto openWith = [&](bool forceImmutable) -> Status {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        access.prepareReader(db, filePath, {}, forceImmutable);
        if (!db.open())
            return Sql::error(db.lastError(), QString());
        return journal->configure();
    };
    if (Status status = openWith(false); !status) {
        if (!JournalAccess::walHoldsSaves(filePath))
            return Error { tr("Rekindle cannot read the journal."), status.error().message };
        // The -wal cannot be read where no -shm can be made: what the main file holds is
        // still worth reading, and the person is told what is missing.
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
        if (Status again = openWith(true); !again)
            return Error { tr("Rekindle cannot read the journal."), again.error().message };
        journal->m_readOnlyReason += u' '
            + tr("The latest saves, in journal.sqlite3-wal beside it, cannot be read here.");
    }
    journal->createStores();
    // An encrypted journal on read-only media opens locked like any other.
    if (Status status = journal->attachEncryption(); !status)
        return status.error();
    return journal;
}

Journal::Journal(const QString &directory, const QString &connectionName, const Clock &clock,
    std::unique_ptr<QLockFile> lock)
    : m_directory(directory)
    , m_connectionName(connectionName)
    , m_clock(clock)
    , m_lock(std::move(lock))
    , m_codec(FieldCodec::identity())
{
}

void Journal::setFieldCodec(std::unique_ptr<FieldCodec> codec)
{
    Q_ASSERT(codec);
    if (codec)
        m_codec = std::move(codec);
}

Journal::~Journal()
{
    // The key goes first (wiped), before any store.
    m_encryption.reset();
    m_milestones.reset();
    m_trust.reset();
    m_reconnect.reset();
    m_wins.reset();
    m_unsent.reset();
    m_space.reset();
    m_goals.reset();
    m_myPart.reset();
    m_settings.reset();
    m_trends.reset();
    m_moods.reset();
    m_prompts.reset();
    m_reflections.reset();
    m_search.reset();
    m_entries.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Fold the WAL back into the main file so that a closed journal is one file; never
            // into a damaged one, which stays as it was found.
            if (!m_protected)
                QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_guardConnection.isEmpty()) {
        QSqlDatabase::database(m_guardConnection, false).close();
        QSqlDatabase::removeDatabase(m_guardConnection);
    }
}

Status Journal::attachEncryption()
{
    m_encryption = std::make_unique<JournalVault>(*this);
    return m_encryption->attach();
}

JournalEncryption &Journal::encryption() const
{
    return *m_encryption;
}

JournalConnection Journal::database() const
{
    return JournalConnection(QSqlDatabase::database(m_connectionName, false));
}

QString Journal::filePath() const
{
    return m_directory + u'/' + DatabaseFileName;
}

Status Journal::configure()
{
    const QSqlDatabase db = database();
    if (isReadOnly())
        return configureReadOnly();
    // WAL + synchronous=FULL: a committed transaction is on disk (fsync) before the save is
    // reported, so it survives both an app crash and a power loss.
    // trusted_schema = ON: the triggers that keep the full-text index (an FTS5 virtual table)
    // in step need it, as FTS5 is not marked innocuous. Rekindle opens only journal files it
    // wrote itself (imports are JSON, never foreign database files), so the schema is ours.
    const QStringList pragmas = {
        u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA synchronous = FULL"_s,
        u"PRAGMA secure_delete = ON"_s,
        u"PRAGMA trusted_schema = ON"_s,
        u"PRAGMA temp_store = MEMORY"_s,
    };
    if (Status status = Sql::runAll(db, pragmas, tr("Rekindle cannot prepare the journal."));
        !status)
        return status;
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return Sql::error(query.lastError(), tr("Rekindle cannot prepare the journal."));
    // A sanity read: fails early, with a clear message, on a file that is not a database.
    QSqlQuery check(db);
    if (!check.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !check.next())
        return Sql::error(check.lastError(), tr("Rekindle cannot read the journal."));
    return {};
}

Status Journal::configureReadOnly()
{
    // What reading needs (see configure()). The connection itself is read-only, so a write is
    // refused with SQLITE_READONLY before it reaches the file; query_only is not set, as it
    // would refuse the VACUUM INTO of a backup too. The journal mode stays as the file says.
    const QStringList pragmas = {
        u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA trusted_schema = ON"_s,
        u"PRAGMA temp_store = MEMORY"_s,
    };
    const QSqlDatabase db = database();
    if (Status status = Sql::runAll(db, pragmas, tr("Rekindle cannot prepare the journal."));
        !status)
        return status;
    QSqlQuery check(db);
    if (!check.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !check.next())
        return Sql::error(check.lastError(), tr("Rekindle cannot read the journal."));
    return {};
}

int Journal::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Journal::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error { tr("Rekindle cannot read the journal's version.") };
    if (current > latestSchemaVersion())
        return Error { tr("This journal was written by a newer version of Rekindle. Update "
                          "Rekindle to open it; the file has not been changed.") };
    if (current >= targetVersion) {
        createStores();
        return {};
    }

    if (current > 0) {
        // An existing journal: keep a copy exactly as it was before changing its layout.
        const QString backupDir = m_directory + u'/' + BackupFolderName;
        if (Status status = BackupFile::preparePrivateFolder(backupDir); !status)
            return Error { tr("Rekindle needs to update this journal but could not back it up "
                              "first, so it left it unchanged. %1")
                               .arg(status.error().message) };
        const QString stamp = m_clock.now().toString(u"yyyyMMdd-HHmmss"_s);
        const QString backup
            = backupDir + u"/before-v%1-%2.sqlite3"_s.arg(targetVersion).arg(stamp);
        if (Status status = backupTo(backup); !status)
            return Error { tr("Rekindle needs to update this journal but could not back it up "
                              "first, so it left it unchanged. %1")
                               .arg(status.error().message),
                status.error().detail };
    }

    const QSqlDatabase db = database();
    const auto &migrations = Migrations::all();
    for (int version = current; version < targetVersion; ++version) {
        Sql::Transaction transaction(db, tr("Rekindle could not update the journal."));
        if (!transaction.begun())
            return transaction.status();
        QStringList statements = migrations.at(version);
        statements << u"PRAGMA user_version = %1"_s.arg(version + 1);
        if (Status status = Sql::runAll(db, statements,
                tr("Rekindle could not update the "
                   "journal."));
            !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    createStores();
    return {};
}

void Journal::createStores()
{
    m_entries = std::make_unique<EntryStore>(*this);
    m_settings = std::make_unique<SettingsStore>(*this);
    m_myPart = std::make_unique<MyPartStore>(*this);
    m_goals = std::make_unique<GoalStore>(*this);
    m_space = std::make_unique<SpaceStore>(*this);
    m_unsent = std::make_unique<UnsentMessageStore>(*this);
    m_wins = std::make_unique<SmallWinStore>(*this);
    m_reflections = std::make_unique<ReflectionStore>(*this);
    m_prompts = std::make_unique<PromptStore>(*this);
    m_moods = std::make_unique<MoodStore>(*this);
    m_trends = std::make_unique<TrendStore>(*this);
    m_search = std::make_unique<SearchStore>(*this);
    m_reconnect = std::make_unique<ReconnectStore>(*this);
    m_trust = std::make_unique<TrustStore>(*this);
    m_milestones = std::make_unique<MilestoneStore>(*this);
}

Status Journal::backupTo(const QString &filePath) const
{
    // A locked journal is query-only so that nothing reads or writes its text; a copy of its
    // sealed pages (VACUUM INTO, which SQLite counts as a write) changes nothing in it.
    const bool locked
        = !m_protected && m_encryption && m_encryption->state() == JournalEncryption::State::Locked;
    if (locked)
        QSqlQuery(database()).exec(u"PRAGMA query_only = OFF"_s);
    Status status = BackupFile::write(database(), filePath);
    if (locked)
        QSqlQuery(database()).exec(u"PRAGMA query_only = ON"_s);
    return status;
}

void Journal::protect()
{
    if (m_protected)
        return;
    m_protected = true;
    QSqlQuery(database()).exec(u"PRAGMA query_only = ON"_s);
    m_guardConnection = m_connectionName + u"-guard"_s;
    QSqlDatabase guard = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_guardConnection);
    guard.setDatabaseName(filePath());
    guard.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    // A read makes it a reader of the WAL, which is what keeps the close from checkpointing.
    if (guard.open())
        QSqlQuery(guard).exec(u"SELECT count(*) FROM sqlite_schema"_s);
}

} // namespace Rekindle
