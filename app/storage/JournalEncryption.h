// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace Rekindle {

class Journal;

/// Progress of a long rewrite of every text value: `done` of `total`. Returning false cancels;
/// the journal is then left exactly as it was.
using RewriteProgress = std::function<bool(qint64 done, qint64 total)>;

/// The slow half of unlocking: Argon2id on a passphrase (calibrated to about 0.75 s), or the
/// recovery key's derivation, then unwrapping the data key. It holds copies of the journal's
/// key envelopes and never touches the connection, so the models layer can call run() on a
/// worker thread and hand the attempt back to JournalEncryption::unlock() on the journal's
/// thread.
class UnlockAttempt {
public:
    enum class Outcome {
        NotRun,
        Opened,
        /// The passphrase or recovery key does not open this journal. Nothing was written.
        WrongSecret,
        /// The keys were written by a newer Rekindle. Nothing was written.
        NewerFormat,
        /// The stored key envelope is damaged (it can still open with the other slot).
        Damaged,
    };

    virtual ~UnlockAttempt();
    /// Derives and unwraps. Thread-safe with respect to the journal (touches no shared state).
    virtual Outcome run() = 0;
    virtual Outcome outcome() const = 0;
    /// A translated message for the outcome, for the unlock screen and the console.
    virtual QString message() const = 0;
};

/// The slow half of choosing a passphrase: calibrating Argon2id (about 0.75 s) and deriving
/// with it, and for a change also opening the current envelope. Made on the journal's thread
/// with copies of what it needs, run() on a worker thread (it touches no shared state), then
/// handed to JournalEncryption::finishTurnOn() or finishChangePassphrase() on the journal's
/// thread, which write.
class PassphraseWork {
public:
    virtual ~PassphraseWork();
    virtual void run() = 0;
};

/// Encryption at rest of one journal (Journal::encryption()).
///
/// A plain journal stores text as it is. An encrypted one keeps its data key wrapped twice in
/// the table journal_keys (by the passphrase and by the recovery key); while it is locked,
/// no text can be read or written (the connection is query-only and the field codec refuses),
/// and the search index exists only in memory while unlocked.
class JournalEncryption : public QObject {
    Q_OBJECT

public:
    enum class State {
        Plain,
        Locked,
        Unlocked,
    };

    using QObject::QObject;
    ~JournalEncryption() override;

    virtual State state() const = 0;
    bool isEncrypted() const { return state() != State::Plain; }

    virtual std::unique_ptr<UnlockAttempt> attemptPassphrase(const QString &passphrase) const = 0;
    virtual std::unique_ptr<UnlockAttempt> attemptRecoveryKey(const QString &recoveryKey) const = 0;
    /// Installs the key of an attempt whose run() opened it: stores read and write again at
    /// once, and the in-memory search index is made on a worker thread, from its encrypted
    /// snapshot when that is current (searchIndexProgress, then searchIndexReady).
    virtual Status unlock(UnlockAttempt &attempt) = 0;
    /// attempt + run + unlock on this thread, for the console.
    Status unlockWithPassphrase(const QString &passphrase);
    Status unlockWithRecoveryKey(const QString &recoveryKey);

    /// Wipes the key and drops the in-memory search index. The caller saves every draft first.
    virtual void lock() = 0;

    /// Turns encryption on for a plain journal: a new data key and recovery key, every text
    /// value rewritten sealed in one transaction (cancel leaves the journal as it was), then
    /// VACUUM and a TRUNCATE checkpoint. Returns the recovery key, formatted to be shown once.
    /// prepare, run and finish on this thread, for the console and tests.
    Result<QString> turnOn(const QString &passphrase, const RewriteProgress &progress = {});
    /// The keys for turnOn, made by run() off this thread.
    virtual std::unique_ptr<PassphraseWork> prepareTurnOn(const QString &passphrase) const = 0;
    /// turnOn with the keys `work` made (its run() done).
    virtual Result<QString> finishTurnOn(PassphraseWork &work, const RewriteProgress &progress = {})
        = 0;
    /// Turns it off (unlocked only): every value rewritten plain in one transaction, keys removed.
    virtual Status turnOff(const RewriteProgress &progress = {}) = 0;
    /// A new passphrase envelope around the same data key, in one transaction. `current` must
    /// open the journal; a crash at any moment leaves the old or the new passphrase working.
    /// prepare, run and finish on this thread.
    Status changePassphrase(const QString &current, const QString &next);
    /// The new envelope, made by run() off this thread.
    virtual std::unique_ptr<PassphraseWork> prepareChangePassphrase(
        const QString &current, const QString &next) const = 0;
    /// Stores the envelope `work` made (its run() done).
    virtual Status finishChangePassphrase(PassphraseWork &work) = 0;
    /// A new recovery key in place of the old one (unlocked only), formatted to be shown once.
    virtual Result<QString> replaceRecoveryKey() = 0;

    /// Whether search finds everything: a plain journal's index is on disk; an unlocked one's
    /// is ready once searchIndexReady() came (it is made on a worker thread after unlocking).
    virtual bool isSearchIndexReady() const { return state() != State::Locked; }
    /// Blocks until the index being made is ready (the console's --check, tests); at once when
    /// none is being made.
    virtual void waitForSearchIndex() { }

    /// Backups written while the journal was plain (they hold readable text).
    virtual QStringList plainBackups() const = 0;
    virtual Status deletePlainBackups() = 0;

    /// New passphrase envelopes (turnOn, changePassphrase) cost PassphraseKdf's floor, 64 MiB
    /// and 3 passes, instead of being calibrated to about 0.75 s: for tests and benchmarks,
    /// which make many. Never weaker than the floor. Process-wide; off by default.
    static void useMinimumKdfCost(bool minimum);
    static bool usesMinimumKdfCost();

Q_SIGNALS:
    void stateChanged(Rekindle::JournalEncryption::State state);
    /// Building the in-memory search index after unlock.
    void searchIndexProgress(qint64 done, qint64 total);
    void searchIndexReady();
};

} // namespace Rekindle
