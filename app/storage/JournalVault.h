// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEncryption.h"
#include "crypto/SecretBytes.h"

#include <memory>

namespace Rekindle {

class Journal;
class UnlockedSearchIndex;
struct KdfParams;

/// The journal's JournalEncryption: its keys in journal_keys, the codec it installs in the
/// journal (identity when plain, SealingCodec::locked() while locked, a SealingCodec while
/// unlocked) and the connection's query-only switch. The in-memory search index that stands in
/// for the on-disk one while unlocked is its UnlockedSearchIndex.
class JournalVault final : public JournalEncryption {
    Q_OBJECT

public:
    explicit JournalVault(Journal &journal);
    ~JournalVault() override;

    /// Reads the journal's keys once it is open: a journal with keys starts locked (query-only,
    /// nothing readable). Called by Journal::open.
    Status attach();

    State state() const override { return m_state; }
    std::unique_ptr<UnlockAttempt> attemptPassphrase(const QString &passphrase) const override;
    std::unique_ptr<UnlockAttempt> attemptRecoveryKey(const QString &recoveryKey) const override;
    Status unlock(UnlockAttempt &attempt) override;
    void lock() override;
    std::unique_ptr<PassphraseWork> prepareTurnOn(const QString &passphrase) const override;
    Result<QString> finishTurnOn(PassphraseWork &work, const RewriteProgress &progress) override;
    Status turnOff(const RewriteProgress &progress) override;
    std::unique_ptr<PassphraseWork> prepareChangePassphrase(
        const QString &current, const QString &next) const override;
    Status finishChangePassphrase(PassphraseWork &work) override;
    Result<QString> replaceRecoveryKey() override;
    bool isSearchIndexReady() const override;
    void waitForSearchIndex() override;
    /// The ready index came from the snapshot rather than a rebuild; for the tests and
    /// benchmarks.
    bool searchIndexWasRestored() const;
    QStringList plainBackups() const override;
    Status deletePlainBackups() override;

    /// Unlocks this journal (a backup of `other`, opened to restore it) with the key `other` is
    /// unlocked with: a backup made while encrypted shares the journal's data key. A value the
    /// key does not open is reported when it is read, by name.
    Status unlockWithKeyOf(const JournalVault &other);

    /// Whether the backup at `filePath` holds readable text (it has no keys).
    static bool isPlainBackup(const QString &filePath);

private:
    Result<QByteArray> envelope(const QString &slot) const;
    Status storeEnvelope(const QString &slot, const QByteArray &bytes, const QString &what);
    void setQueryOnly(bool on);
    void setState(State state);
    /// VACUUM and a TRUNCATE checkpoint: no old page of text left in the file or the WAL.
    void compact();

    Journal &m_journal;
    State m_state = State::Plain;
    SecretBytes m_dataKey;
    /// Reads m_dataKey, so it comes after it.
    std::unique_ptr<UnlockedSearchIndex> m_search;
};

} // namespace Rekindle
