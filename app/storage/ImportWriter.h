// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalImport.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace Rekindle {

class FieldCodec;
struct RecordKind;

/// Writes checked records into the journal as they stream by, all in one transaction that
/// commit() ends: until then nothing of the import is visible, and a writer destroyed before
/// (an error, a cancel) rolls it all back. Replace empties the journal first; merge skips what
/// the journal has (by key, and by the unique keys that hold sealed text, compared decoded).
///
/// A large import writes without the search index's triggers and indexes everything once at
/// commit, in the index's rowid order: row by row, each record out of that order makes FTS5
/// flush and merge a segment, which made an import of years of writing take minutes.
class ImportWriter {
public:
    ImportWriter(Journal &journal, ImportMode mode);
    ~ImportWriter();

    /// `incoming`: how many records the file holds (a merge of a few keeps the triggers).
    Status begin(qint64 incoming = 0);
    /// The records that follow are of `kind`.
    Status startKind(const RecordKind &kind);
    Status write(const QJsonObject &record);
    Status setting(const QString &key, const QString &value);
    Status commit();

    const ImportSummary &summary() const { return m_summary; }

private:
    /// The values of a unique key that holds text of the person's own, decoded, in the
    /// journal. Once values are sealed the table's UNIQUE constraint never fires (two seals of
    /// one text differ), so merging checks these keys on the decoded text instead.
    struct TextKey {
        QStringList fields;
        QSet<QString> values;
    };
    Result<QList<TextKey>> existingTextKeys(const RecordKind &kind) const;
    /// Whether the search index is rebuilt at commit rather than kept row by row.
    Result<bool> rebuildsSearch(qint64 incoming) const;
    /// Drops the search triggers and empties the index, keeping their SQL for commit().
    Status suspendSearch();
    /// Indexes every record in rowid order and makes the triggers again.
    Status rebuildSearch();
    void restoreCacheSize();

    Journal &m_journal;
    ImportMode m_mode;
    QString m_what;
    std::unique_ptr<Sql::Transaction> m_transaction;
    const RecordKind *m_kind = nullptr;
    QSqlQuery m_insert;
    QSqlQuery m_setting;
    QList<TextKey> m_textKeys;
    QStringList m_searchTriggers; ///< their CREATE statements, while suspended
    QString m_searchTable; ///< its CREATE statement, while the index is rebuilt
    std::optional<qint64> m_cacheSize; ///< the connection's own, while the import's is set
    ImportSummary m_summary;

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::ImportWriter)
};

} // namespace Rekindle
