// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalVault.h"

#include "Backups.h"
#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "KeyAttempt.h"
#include "SealingCodec.h"
#include "SearchSnapshotWriter.h"
#include "Sql.h"
#include "TextRewrite.h"
#include "UnlockedSearchIndex.h"
#include "crypto/CoreDumps.h"
#include "crypto/KeyEnvelope.h"
#include "crypto/KeyWrap.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/RecoveryKey.h"
#include "crypto/ValueSealer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <utility>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString PassphraseSlot = u"passphrase"_s;
    /// Of the 200 ms a close may take (#12).
    constexpr int CloseWaitMs = 100;
    const QString RecoverySlot = u"recovery"_s;

    /// The cost of a new passphrase envelope: calibrated on this machine (several Argon2id
    /// runs), or PassphraseKdf's floor for tests and benchmarks.
    Result<KdfParams> newKdfParams()
    {
        if (JournalEncryption::usesMinimumKdfCost())
            return PassphraseKdf::Minimum;
        const Result<PassphraseKdf::Calibration> calibration = PassphraseKdf::calibrate();
        if (!calibration)
            return calibration.error();
        return calibration->params;
    }

    /// The new keys of turning encryption on.
    class TurnOnWork final : public PassphraseWork {
    public:
        explicit TurnOnWork(QString passphrase)
            : m_passphrase(std::move(passphrase))
        {
        }
        ~TurnOnWork() override { m_passphrase.fill(QChar(0)); }

        void run() override
        {
            if (m_passphrase.isEmpty()) {
                m_keys = Error { tr("Choose a passphrase.") };
            } else if (const Result<KdfParams> params = newKdfParams(); !params) {
                m_keys = params.error();
            } else {
                m_keys = KeyWrap::createKeys(m_passphrase, *params);
            }
            m_passphrase.fill(QChar(0));
            m_ran = true;
        }

        bool m_ran = false;
        Result<KeyWrap::NewKeys> m_keys = Error {};

    private:
        QString m_passphrase;

        // The context lupdate files texts of this class under, which its tr() now reads too.
        Q_DECLARE_TR_FUNCTIONS(Rekindle::TurnOnWork)
    };

    /// The new passphrase envelope of a change, from a copy of the stored one.
    class ChangeWork final : public PassphraseWork {
    public:
        ChangeWork(Result<QByteArray> stored, QString current, QString next)
            : m_stored(std::move(stored))
            , m_current(std::move(current))
            , m_next(std::move(next))
        {
        }
        ~ChangeWork() override
        {
            m_current.fill(QChar(0));
            m_next.fill(QChar(0));
        }

        void run() override
        {
            if (!m_stored) {
                m_renewed = m_stored.error();
            } else if (const Result<KdfParams> params = newKdfParams(); !params) {
                m_renewed = params.error();
            } else {
                m_renewed = KeyWrap::changePassphrase(*m_stored, m_current, m_next, *params);
            }
            m_current.fill(QChar(0));
            m_next.fill(QChar(0));
            m_ran = true;
        }

        bool m_ran = false;
        Result<QByteArray> m_renewed = Error {};

    private:
        Result<QByteArray> m_stored;
        QString m_current;
        QString m_next;
    };

} // namespace

JournalVault::JournalVault(Journal &journal)
    : m_journal(journal)
    , m_search(std::make_unique<UnlockedSearchIndex>(journal, m_dataKey))
{
    connect(m_search.get(), &UnlockedSearchIndex::progress, this,
        &JournalEncryption::searchIndexProgress);
    connect(
        m_search.get(), &UnlockedSearchIndex::ready, this, &JournalEncryption::searchIndexReady);
}

JournalVault::~JournalVault()
{
    if (m_state == State::Unlocked)
        m_search->writeSnapshot();
    m_search->drop();
    // Closing waits a little for the snapshot, not for as long as a large one takes: one not
    // written by then is finished in the background (the program's end waits for it), or the
    // next unlock finds the older one stale and rebuilds.
    SearchSnapshotWriter::wait(CloseWaitMs);
}

Status JournalVault::attach()
{
    const QSqlDatabase db = m_journal.database();
    QSqlQuery query(db);
    // A journal of a schema before keys (tests build old ones) is plain.
    if (!query.exec(u"SELECT count(*) FROM main.sqlite_schema WHERE name = 'journal_keys'"_s)
        || !query.next() || query.value(0).toInt() == 0)
        return {};
    auto keys = Sql::run(db, u"SELECT count(*) FROM journal_keys"_s, {},
        tr("Rekindle cannot read the journal's keys."));
    if (!keys)
        return keys.error();
    if (!keys->next() || keys->value(0).toInt() == 0)
        return {};
    m_journal.setFieldCodec(SealingCodec::locked());
    setQueryOnly(true);
    m_state = State::Locked;
    return {};
}

Result<QByteArray> JournalVault::envelope(const QString &slot) const
{
    auto query
        = Sql::run(m_journal.database(), u"SELECT envelope FROM journal_keys WHERE slot = ?"_s,
            { slot }, tr("Rekindle cannot read the journal's keys."));
    if (!query)
        return query.error();
    if (!query->next())
        return Error { tr("The journal's key is missing, so the journal cannot be unlocked."),
            u"no %1 envelope"_s.arg(slot) };
    return query->value(0).toByteArray();
}

std::unique_ptr<UnlockAttempt> JournalVault::attemptPassphrase(const QString &passphrase) const
{
    const Result<QByteArray> stored = envelope(PassphraseSlot);
    return std::make_unique<KeyAttempt>(KeyAttempt::Secret::Passphrase, passphrase,
        stored ? *stored : QByteArray(), stored ? Error {} : stored.error());
}

std::unique_ptr<UnlockAttempt> JournalVault::attemptRecoveryKey(const QString &recoveryKey) const
{
    const Result<QByteArray> stored = envelope(RecoverySlot);
    return std::make_unique<KeyAttempt>(KeyAttempt::Secret::RecoveryKey, recoveryKey,
        stored ? *stored : QByteArray(), stored ? Error {} : stored.error());
}

Status JournalVault::unlock(UnlockAttempt &attempt)
{
    if (m_state == State::Plain)
        return Error { tr("This journal is not encrypted.") };
    if (m_state == State::Unlocked)
        return {};
    auto *keyAttempt = dynamic_cast<KeyAttempt *>(&attempt);
    if (!keyAttempt || attempt.outcome() != UnlockAttempt::Outcome::Opened)
        return Error { attempt.message().isEmpty() ? tr("The journal could not be unlocked.")
                                                   : attempt.message() };
    SecretBytes dataKey = keyAttempt->takeKey();
    if (dataKey.isNull())
        return Error { tr("The journal could not be unlocked. Try again.") };
    Result<ValueSealer> sealer = ValueSealer::forDataKey(dataKey);
    if (!sealer)
        return sealer.error();
    // Before any text is shown: a crash from now on must not write it into a core file.
    if (Status dumps = CoreDumps::disable(); !dumps)
        return dumps.error();
    m_dataKey = std::move(dataKey);
    m_journal.setFieldCodec(std::make_unique<SealingCodec>(std::move(*sealer)));
    setQueryOnly(false);
    setState(State::Unlocked);
    m_search->build();
    return {};
}

Status JournalVault::unlockWithKeyOf(const JournalVault &other)
{
    if (m_state != State::Locked || other.m_state != State::Unlocked)
        return Error { tr("The journal could not be unlocked.") };
    Result<SecretBytes> key = SecretBytes::copyOf(other.m_dataKey.data(), other.m_dataKey.size());
    if (!key)
        return key.error();
    Result<ValueSealer> sealer = ValueSealer::forDataKey(*key);
    if (!sealer)
        return sealer.error();
    m_dataKey = std::move(*key);
    m_journal.setFieldCodec(std::make_unique<SealingCodec>(std::move(*sealer)));
    setQueryOnly(false);
    setState(State::Unlocked);
    return {};
}

void JournalVault::lock()
{
    if (m_state != State::Unlocked)
        return;
    m_search->writeSnapshot();
    m_search->drop();
    // The sealer (and its copy of the value key) goes with the codec.
    m_journal.setFieldCodec(SealingCodec::locked());
    m_dataKey = SecretBytes();
    setQueryOnly(true);
    setState(State::Locked);
}

std::unique_ptr<PassphraseWork> JournalVault::prepareTurnOn(const QString &passphrase) const
{
    return std::make_unique<TurnOnWork>(passphrase);
}

Result<QString> JournalVault::finishTurnOn(PassphraseWork &work, const RewriteProgress &progress)
{
    const QString what = tr("Rekindle could not encrypt the journal.");
    if (m_state != State::Plain)
        return Error { tr("This journal is encrypted already.") };
    if (m_journal.isProtected())
        return Error { tr("This journal is protected because it is damaged, so it cannot be "
                          "encrypted. Rescue its content first.") };
    auto *turnOnWork = dynamic_cast<TurnOnWork *>(&work);
    if (!turnOnWork || !turnOnWork->m_ran)
        return Error { what, u"keys not made"_s };
    Result<KeyWrap::NewKeys> keys = std::move(turnOnWork->m_keys);
    turnOnWork->m_keys = Error {};
    if (!keys)
        return keys.error();
    Result<ValueSealer> sealer = ValueSealer::forDataKey(keys->dataKey);
    if (!sealer)
        return sealer.error();
    if (Status dumps = CoreDumps::disable(); !dumps)
        return dumps.error();
    auto codec = std::make_unique<SealingCodec>(std::move(*sealer));

    const QSqlDatabase db = m_journal.database();
    {
        Sql::Transaction transaction(db, what);
        if (!transaction.begun())
            return transaction.status().error();
        const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
        // The keys first: the length limits of the person's text stop applying to the columns
        // once the journal has keys (migration 12), as their values become sealed.
        for (const auto &[slot, bytes] : { std::pair { PassphraseSlot, keys->passphraseEnvelope },
                 std::pair { RecoverySlot, keys->recoveryEnvelope } }) {
            if (auto insert = Sql::run(db,
                    u"INSERT INTO journal_keys (slot, envelope, changed_at) VALUES (?, ?, ?)"_s,
                    { slot, bytes, now }, what);
                !insert)
                return insert.error();
        }
        if (Status status = UnlockedSearchIndex::dropDiskTriggers(db, what); !status)
            return status.error();
        if (Status status = TextRewrite::run(db, m_journal.fieldCodec(), *codec, progress); !status)
            return status.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
    }
    compact();
    m_dataKey = std::move(keys->dataKey);
    m_journal.setFieldCodec(std::move(codec));
    setState(State::Unlocked);
    Q_EMIT m_journal.contentReplaced();
    m_search->build();
    return RecoveryKey::format(keys->recoveryKey);
}

Status JournalVault::turnOff(const RewriteProgress &progress)
{
    const QString what = tr("Rekindle could not decrypt the journal.");
    if (m_state == State::Plain)
        return Error { tr("This journal is not encrypted.") };
    if (m_state != State::Unlocked)
        return Error { tr("Unlock the journal first.") };
    const QSqlDatabase db = m_journal.database();
    const std::unique_ptr<FieldCodec> plain = FieldCodec::identity();
    // The on-disk index is filled again from the plain text; the memory one must be gone
    // first, as it would take the unqualified name.
    m_search->drop();
    Status rewritten = [&]() -> Status {
        Sql::Transaction transaction(db, what);
        if (!transaction.begun())
            return transaction.status();
        if (Status status = TextRewrite::run(db, m_journal.fieldCodec(), *plain, progress); !status)
            return status;
        if (auto removed = Sql::run(db, u"DELETE FROM journal_keys"_s, {}, what); !removed)
            return removed.error();
        if (Status status = UnlockedSearchIndex::restoreDiskTriggers(db, what); !status)
            return status;
        return transaction.commit();
    }();
    if (!rewritten) {
        m_search->build();
        return rewritten;
    }
    compact();
    if (!m_search->removeSnapshot())
        qWarning("Rekindle: the encrypted search snapshot could not be deleted");
    m_dataKey = SecretBytes();
    m_journal.setFieldCodec(FieldCodec::identity());
    setState(State::Plain);
    Q_EMIT m_journal.contentReplaced();
    return {};
}

Status JournalVault::storeEnvelope(
    const QString &slot, const QByteArray &bytes, const QString &what)
{
    const QSqlDatabase db = m_journal.database();
    // Keys hold no text: a locked journal may change them (the passphrase), and only them.
    const bool wasQueryOnly = m_state == State::Locked;
    if (wasQueryOnly)
        setQueryOnly(false);
    Status status = [&]() -> Status {
        Sql::Transaction transaction(db, what);
        if (!transaction.begun())
            return transaction.status();
        auto update
            = Sql::run(db, u"UPDATE journal_keys SET envelope = ?, changed_at = ? WHERE slot = ?"_s,
                { bytes, m_journal.clock().now().toMSecsSinceEpoch(), slot }, what);
        if (!update)
            return update.error();
        if (update->numRowsAffected() != 1)
            return Error { what, u"no %1 envelope"_s.arg(slot) };
        return transaction.commit();
    }();
    if (wasQueryOnly)
        setQueryOnly(true);
    return status;
}

std::unique_ptr<PassphraseWork> JournalVault::prepareChangePassphrase(
    const QString &current, const QString &next) const
{
    // What can be refused at once is, before any Argon2id run.
    const auto refused = [&]() -> Result<QByteArray> {
        if (m_state == State::Plain)
            return Error { tr("This journal is not encrypted.") };
        if (m_journal.isProtected())
            return Error { tr("This journal is protected because it is damaged, so its "
                              "passphrase cannot be changed.") };
        Result<QByteArray> stored = envelope(PassphraseSlot);
        if (!stored)
            return stored.error();
        if (KeyEnvelope::versionOf(*stored) > KeyEnvelope::FormatVersion)
            return Error { tr("This journal was encrypted by a newer version of Rekindle. Update "
                              "Rekindle to change its passphrase; the journal has not been "
                              "changed.") };
        if (next.isEmpty())
            return Error { tr("Choose a new passphrase.") };
        return stored;
    };
    return std::make_unique<ChangeWork>(refused(), current, next);
}

Status JournalVault::finishChangePassphrase(PassphraseWork &work)
{
    const QString what = tr("Rekindle could not change the passphrase.");
    if (m_state == State::Plain)
        return Error { tr("This journal is not encrypted.") };
    if (m_journal.isProtected())
        return Error { tr("This journal is protected because it is damaged, so its passphrase "
                          "cannot be changed.") };
    auto *changeWork = dynamic_cast<ChangeWork *>(&work);
    if (!changeWork || !changeWork->m_ran)
        return Error { what, u"envelope not made"_s };
    if (!changeWork->m_renewed)
        return changeWork->m_renewed.error();
    return storeEnvelope(PassphraseSlot, *changeWork->m_renewed, what);
}

Result<QString> JournalVault::replaceRecoveryKey()
{
    const QString what = tr("Rekindle could not make a new recovery key.");
    if (m_state != State::Unlocked)
        return Error { m_state == State::Plain ? tr("This journal is not encrypted.")
                                               : tr("Unlock the journal first.") };
    Result<SecretBytes> recovery = RecoveryKey::generate();
    if (!recovery)
        return recovery.error();
    const Result<QByteArray> wrapped = KeyWrap::wrapWithRecoveryKey(m_dataKey, *recovery);
    if (!wrapped)
        return wrapped.error();
    if (Status status = storeEnvelope(RecoverySlot, *wrapped, what); !status)
        return status.error();
    return RecoveryKey::format(*recovery);
}

bool JournalVault::isPlainBackup(const QString &filePath)
{
    const QString name = u"rekindle-backup-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool plain = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            // No table of keys (older than encryption) or no keys in it: readable text.
            plain = !(query.exec(u"SELECT count(*) FROM journal_keys"_s) && query.next()
                && query.value(0).toLongLong() > 0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return plain;
}

QStringList JournalVault::plainBackups() const
{
    QStringList plain;
    for (const BackupInfo &backup : Backups(m_journal).list())
        if (isPlainBackup(backup.filePath))
            plain << backup.filePath;
    return plain;
}

Status JournalVault::deletePlainBackups()
{
    for (const QString &path : plainBackups())
        if (!QFile::remove(path))
            return Error { tr("Rekindle could not delete the unencrypted backup %1. Check its "
                              "permissions, or delete it yourself.")
                               .arg(path) };
    return {};
}

void JournalVault::setQueryOnly(bool on)
{
    // A journal protected as damaged stays query-only whatever its keys.
    if (!on && m_journal.isProtected())
        return;
    QSqlQuery(m_journal.database())
        .exec(on ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s);
}

void JournalVault::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool JournalVault::isSearchIndexReady() const
{
    if (m_state != State::Unlocked)
        return m_state == State::Plain;
    return m_search->isReady();
}

void JournalVault::waitForSearchIndex()
{
    m_search->wait();
    // And its snapshot on disk, for a caller that looks at the journal's files next.
    SearchSnapshotWriter::wait();
}

bool JournalVault::searchIndexWasRestored() const
{
    return m_search->wasRestored();
}

void JournalVault::compact()
{
    // The rewrite is committed: these only remove old pages. secure_delete has zeroed freed
    // pages already, so a failure here (a statement still open elsewhere) leaves no text in
    // the file's free pages, only possibly in the WAL until the next checkpoint.
    const QSqlDatabase db = m_journal.database();
    QSqlQuery vacuum(db);
    if (!vacuum.exec(u"VACUUM"_s))
        qWarning("Rekindle: VACUUM after rewriting the journal failed: %s",
            qPrintable(vacuum.lastError().text()));
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
        qWarning("Rekindle: checkpoint after rewriting the journal failed: %s",
            qPrintable(checkpoint.lastError().text()));
}

} // namespace Rekindle
