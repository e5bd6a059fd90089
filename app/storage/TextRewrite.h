// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEncryption.h"
#include "core/Result.h"

#include <QStringList>

class QSqlDatabase;

namespace Rekindle {

class FieldCodec;

/// Every stored text value of the journal read through one codec and written back through
/// another: how turning encryption on or off seals or opens the whole journal. The text
/// fields come from the registry (RecordKinds: the fields of the person's own text, and every
/// setting), so a new kind is rewritten without a change here. Runs inside the caller's
/// transaction; a failure or a cancel leaves the rollback to it.
namespace TextRewrite {

    /// How many rows hold text to rewrite (the `total` of the progress).
    Result<qint64> count(const QSqlDatabase &db);

    /// Rewrites every value. A value `from` cannot decode is an error naming its record; a
    /// cancel through `progress` is an error too (with detail "cancelled").
    Status run(const QSqlDatabase &db, const FieldCodec &from, const FieldCodec &to,
        const RewriteProgress &progress);

    /// Every value `codec` cannot decode, each named (for `--check`); writes nothing.
    Result<QStringList> unreadable(const QSqlDatabase &db, const FieldCodec &codec);

    /// The detail of the error run() returns when cancelled.
    inline const QString Cancelled = QStringLiteral("cancelled");

} // namespace TextRewrite
} // namespace Rekindle
