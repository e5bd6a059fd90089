// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Backups.h"
#include "storage/JournalImport.h"

#include <QList>
#include <QString>
#include <utility>

namespace Rekindle {

class Journal;

/// What the File menu and its dialogs do to the journal as a whole, for the widgets: import a
/// JSON export, keep and restore backups. The work is storage's (JournalImport, Backups); this
/// is the models layer's door to it, so that no widget holds a store. Errors are values.
class JournalTransfer final {
public:
    /// Records of one kind in a backup: the kind's translated label and how many.
    using KindCount = std::pair<QString, qint64>;

    explicit JournalTransfer(Journal &journal);

    const Clock &clock() const;

    /// Whether the journal is encrypted at rest: an export of it is then offered encrypted,
    /// and a plaintext one comes with a plain warning.
    bool isJournalEncrypted() const;
    /// Whether the file is an encrypted export: checkImport() then needs its passphrase.
    static bool isEncryptedExport(const QString &filePath);
    /// Reads a JSON export (an encrypted one with its `passphrase`) streaming and checks all of
    /// it for `mode`, writing nothing. A wrong passphrase is an error like any other; a cancel
    /// (`progress` returns false) is an error with an empty message.
    Status checkImport(const QString &filePath, ImportMode mode, const QString &passphrase = {},
        const ImportProgress &progress = {}) const;
    /// Whether an import's error is a cancel by the person: nothing to report.
    static bool isCancel(const Error &error) { return JournalImport::isCancel(error); }
    /// Checks the file again and writes it in one transaction: a cancel rolls it all back.
    Result<ImportSummary> importFile(const QString &filePath, ImportMode mode,
        const QString &passphrase = {}, const ImportProgress &progress = {});

    /// Keeps the journal as it is now as a backup that is never rotated (before a replace).
    Result<QString> keepCurrent();
    /// Makes today's backup unless there is one (or the journal is protected as damaged);
    /// true when one was made.
    Result<bool> runDailyBackup();
    QString backupFolder() const;
    /// The backups, newest first.
    QList<BackupInfo> backups() const;
    /// The records a backup file holds, per kind in the registry's order; kinds without
    /// records are left out. Reads the file without changing it.
    static Result<QList<KindCount>> backupContents(const QString &filePath);
    /// Whether the journal can be kept as a backup and written to, as restore() needs: false
    /// when it is protected or its full check finds damage (which then protects it). A damaged
    /// journal is restored through JournalRescue instead, which replaces the file.
    bool canRestoreInPlace();
    /// Brings the journal back to the backup (keeping the current one first); the path of the
    /// backup of the journal as it was.
    Result<QString> restore(const QString &backupPath);

private:
    Journal &m_journal;
};

} // namespace Rekindle
