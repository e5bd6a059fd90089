// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sql.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace Rekindle {

class FieldCodec;
struct RecordKind;

/// A record's row of the search index (its title, text, step and date) made from its decoded
/// text. The registry's titleSql, textSql and stepSql (RecordKind), which the on-disk triggers
/// of a plain journal run over the stored values, are run by SQLite here over the decoded
/// values, bound as a one-row table named like the kind's (and its parts' rows likewise): one
/// declaration of each kind's search text, whether its values are sealed or not. Used by the
/// in-memory index of an encrypted journal and by readable exports.
class SearchProjection {
public:
    struct Row {
        qint64 rowid = 0; ///< RecordKinds::searchRowidSql
        int code = 0;
        qint64 itemId = 0;
        QVariant step;
        QVariant at;
        QString title;
        QString text;
    };

    SearchProjection(const QSqlDatabase &db, const FieldCodec &codec);

    /// The row of record `id` of `kind` (which must not be a part); nothing when it is gone. An
    /// error names a value that could not be decoded.
    Result<std::optional<Row>> project(const RecordKind &kind, qint64 id) const;
    /// Every record of `kind` in id order; `each` returning false stops early.
    Status projectAll(const RecordKind &kind, const std::function<bool(const Row &)> &each) const;

private:
    Result<Row> projectRecord(const RecordKind &kind, const QSqlQuery &record) const;

    QSqlDatabase m_db;
    const FieldCodec &m_codec;
    /// The statements every record runs, prepared once (a save projects one record).
    mutable Sql::StatementCache m_statements;
};

} // namespace Rekindle
