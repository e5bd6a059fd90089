// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTransfer.h"

#include "models/PendingDeletes.h"
#include "storage/EncryptedExport.h"
#include "storage/Journal.h"
#include "storage/JournalEncryption.h"
#include "storage/JournalRecovery.h"
#include "storage/RecordKinds.h"

namespace Rekindle {

JournalTransfer::JournalTransfer(Journal &journal)
    : m_journal(journal)
{
}

const Clock &JournalTransfer::clock() const
{
    return m_journal.clock();
}

bool JournalTransfer::isJournalEncrypted() const
{
    return m_journal.encryption().isEncrypted();
}

bool JournalTransfer::isEncryptedExport(const QString &filePath)
{
    return EncryptedExport::isEncryptedFile(filePath);
}

Status JournalTransfer::checkImport(const QString &filePath, ImportMode mode,
    const QString &passphrase, const ImportProgress &progress) const
{
    return JournalImport(m_journal, progress).checkFile(filePath, mode, passphrase);
}

Result<ImportSummary> JournalTransfer::importFile(const QString &filePath, ImportMode mode,
    const QString &passphrase, const ImportProgress &progress)
{
    // A delete waiting for its undo is carried out before anything copies or replaces the
    // journal: an import that replaces it would lose it, a backup would keep the record. A
    // removal that fails brings the record back (and says so), which is what is then copied.
    (void)PendingDeletes::commitPending(m_journal);
    return JournalImport(m_journal, progress).importFile(filePath, mode, passphrase);
}

Result<QString> JournalTransfer::keepCurrent()
{
    (void)PendingDeletes::commitPending(m_journal);
    return Backups(m_journal).keepCurrent();
}

Result<bool> JournalTransfer::runDailyBackup()
{
    // A damaged journal makes no backup: it would not be whole, and must not be written to
    // (the search index is tidied first). The banner already says what to do.
    if (m_journal.isProtected())
        return false;
    (void)PendingDeletes::commitPending(m_journal);
    return Backups(m_journal).runDaily();
}

QString JournalTransfer::backupFolder() const
{
    return Backups(m_journal).folder();
}

QList<BackupInfo> JournalTransfer::backups() const
{
    return Backups(m_journal).list();
}

Result<QList<JournalTransfer::KindCount>> JournalTransfer::backupContents(const QString &filePath)
{
    auto counts = Backups::counts(filePath);
    if (!counts)
        return counts.error();
    QList<KindCount> contents;
    for (const RecordKind &kind : RecordKinds::all())
        if (const qint64 count = counts->value(kind.name); count > 0)
            contents.append({ RecordKinds::label(kind), count });
    return contents;
}

bool JournalTransfer::canRestoreInPlace()
{
    if (m_journal.isProtected())
        return false;
    const auto check = JournalRecovery::fullCheck(m_journal.filePath());
    if (check.verdict == JournalRecovery::Integrity::Verdict::Damaged) {
        m_journal.protect();
        return false;
    }
    return true;
}

Result<QString> JournalTransfer::restore(const QString &backupPath)
{
    (void)PendingDeletes::commitPending(m_journal);
    return Backups(m_journal).restore(backupPath);
}

} // namespace Rekindle
