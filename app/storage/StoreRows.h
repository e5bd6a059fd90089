// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlQuery>
#include <utility>

namespace Rekindle {
class FieldCodec;
}

/// How the stores turn a query's rows into records: each row through the store's own reader
/// (`Result<T> read(const FieldCodec &, const QSqlQuery &)`, which opens its texts with the
/// codec), so that a failed query, a missing record and a value that cannot be read are
/// reported the same way by every store.
namespace Rekindle::StoreRows {

/// Every row `query` selects. The first row that cannot be read fails the whole list: a list
/// never shows part of the journal as if it were all of it.
template<typename T, typename Read>
Result<QList<T>> all(Result<QSqlQuery> query, const FieldCodec &codec, Read read)
{
    if (!query)
        return query.error();
    QList<T> rows;
    while (query->next()) {
        Result<T> row = read(codec, *query);
        if (!row)
            return row.error();
        rows.append(std::move(*row));
    }
    return rows;
}

/// The first row `query` selects, or `missing` when it selects none.
template<typename T, typename Read>
Result<T> one(Result<QSqlQuery> query, const FieldCodec &codec, Read read, const Error &missing)
{
    if (!query)
        return query.error();
    if (!query->next())
        return missing;
    return read(codec, *query);
}

} // namespace Rekindle::StoreRows
