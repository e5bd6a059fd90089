// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QMap>
#include <functional>

namespace Rekindle {

class ImportSource;
class Journal;

enum class ImportMode {
    Merge, ///< add what the journal does not have yet (by uid or key); keep everything already
           ///< there
    Replace, ///< the journal becomes exactly what the file holds
};

struct ImportSummary {
    QMap<QString, qint64> added; ///< by kind name
    qint64 skipped = 0; ///< records already in the journal (merge)
    qint64 settings = 0; ///< settings written

    qint64 totalAdded() const;
};

/// Told how far an import got (bytes read over all its passes); returns false to cancel it.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Reads a JSON export (see EXPORT_FORMAT.md) back into a journal, streaming: the file is read
/// a record at a time (ImportReader), so its size does not matter. A first pass checks all of
/// it (ImportValidator) before anything is written; then the records are written (ImportWriter)
/// in one transaction, kinds that others point to first: an import is complete or does not
/// happen, and a cancel (progress returns false: an Error with an empty message) changes
/// nothing. A problem is reported with where it is in the file and what is wrong with it.
class JournalImport {
public:
    /// Larger files are refused before being read.
    static constexpr qint64 MaxFileSize = qint64(1) << 30;
    static constexpr qsizetype MaxSettingLength = 100000;

    explicit JournalImport(Journal &journal, ImportProgress progress = {});

    /// Checks the whole file (an encrypted one with its `passphrase`) for `mode`, writing
    /// nothing.
    Status checkFile(const QString &filePath, ImportMode mode, const QString &passphrase = {});
    /// Checks, then writes in one transaction. Emits Journal::contentReplaced on success.
    Result<ImportSummary> importFile(
        const QString &filePath, ImportMode mode, const QString &passphrase = {});

    /// The same for a document already in memory (a restored backup, tests).
    Status validate(const QJsonObject &document, ImportMode mode) const;
    Result<ImportSummary> apply(const QJsonObject &document, ImportMode mode);

    /// Parses a whole JSON document in memory; the error says where the syntax breaks.
    static Result<QJsonObject> parse(const QByteArray &json);
    /// `json` with every U+FEFF inside a string escaped, so that Qt's parser keeps it.
    static QByteArray keepInnerBoms(const QByteArray &json);
    /// Reads a whole JSON export into memory, or an encrypted one with its `passphrase`: a
    /// wrong passphrase or a changed file is an error and nothing of it is read.
    static Result<QJsonObject> readFile(const QString &filePath, const QString &passphrase = {});

    /// An Error meaning "cancelled by the person": nothing to report.
    static bool isCancel(const Error &error) { return error.message.isEmpty(); }

private:
    Result<ImportSummary> run(ImportSource &source, ImportMode mode, bool write);

    Journal &m_journal;
    ImportProgress m_progress;
};

} // namespace Rekindle
