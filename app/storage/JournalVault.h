// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEncryption.h"
#include "crypto/SecretBytes.h"

#include <memory>

namespace Rekindle {

class Journal;
class MemorySearchIndex;
struct KdfParams;

/// The journal's JournalEncryption: its keys in journal_keys, the codec it installs in the
/// journal (identity when plain, SealingCodec::locked() while locked, a SealingCodec while
/// unlocked), the connection's query-only switch, and the in-memory search index that
/// stands in for the on-disk one while unlocked.
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
    Result<QString> turnOn(const QString &passphrase, const RewriteProgress &progress) override;
    Status turnOff(const RewriteProgress &progress) override;
    Status changePassphrase(const QString &current, const QString &next) override;
    Result<QString> replaceRecoveryKey() override;
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
    Result<KdfParams> newKdfParams() const;
    Status storeEnvelope(const QString &slot, const QByteArray &envelope, const QString &what);
    void setQueryOnly(bool on);
    void setState(State state);
    /// VACUUM and a TRUNCATE checkpoint: no old page of text left in the file or the WAL.
    void compact();
    /// Builds the in-memory search index (progress, then ready) and keeps it in step.
    void buildIndex();
    void dropIndex();

    Journal &m_journal;
    State m_state = State::Plain;
    SecretBytes m_dataKey;
    std::unique_ptr<MemorySearchIndex> m_index;
    QList<QMetaObject::Connection> m_follow;
};

} // namespace Rekindle
