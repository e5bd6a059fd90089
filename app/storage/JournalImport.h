// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QMap>

namespace Rekindle {

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

/// Reads a JSON export (see EXPORT_FORMAT.md) back into a journal. Everything is checked
/// before anything is written, then written in one transaction: an import is complete or does
/// not happen. A problem is reported with where it is in the file and what is wrong with it.
class JournalImport {
public:
    /// Larger files are refused before being read.
    static constexpr qint64 MaxFileSize = qint64(1) << 30;
    static constexpr qsizetype MaxSettingLength = 100000;

    explicit JournalImport(Journal &journal);

    /// Parses a JSON document; the error says where the syntax breaks.
    static Result<QJsonObject> parse(const QByteArray &json);
    /// `json` with every U+FEFF inside a string escaped, so that the parser keeps it.
    static QByteArray keepInnerBoms(const QByteArray &json);
    /// Reads a JSON export, or an encrypted one (EncryptedExport) with its `passphrase`: a
    /// wrong passphrase or a changed file is an error and nothing of it is read.
    static Result<QJsonObject> readFile(const QString &filePath, const QString &passphrase = {});

    /// Checks the document against the format and, for references, against the journal.
    Status validate(const QJsonObject &document, ImportMode mode) const;
    /// Validates, then writes in one transaction. Emits Journal::contentReplaced on success.
    Result<ImportSummary> apply(const QJsonObject &document, ImportMode mode);
    Result<ImportSummary> importFile(
        const QString &filePath, ImportMode mode, const QString &passphrase = {});

private:
    Journal &m_journal;
};

} // namespace Rekindle
