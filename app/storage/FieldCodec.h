// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace Rekindle {

/// The one way a stored text value of a record goes into and comes out of the database.
///
/// Today a value is stored as it is. Encryption at rest replaces encode() and decode() only:
/// each value is then sealed with the journal's key, with its place (kind, field and record
/// uid) as associated data, so that a value moved to another record or field no longer opens.
/// Code that writes or reads a record's text through here needs no change then.
struct RecordKind;

class FieldCodec {
public:
    /// Where a value is stored: the RecordKind name, the field, and the record's uid (for a
    /// part of a record, its parent's uid and its key, e.g. "r-1/3").
    struct Place {
        QString kind;
        QString field;
        QString uid;
    };

    /// The value to bind for `text` at `place`. A NULL of an optional field is bound as NULL by
    /// the caller, not encoded.
    static QVariant encode(const Place &place, const QString &text);
    /// The text stored at `place`; an error when the value cannot be read back (once values
    /// are sealed: a wrong key or a value that was tampered with).
    static Result<QString> decode(const Place &place, const QVariant &stored);

    /// The uid a record's values are bound to: its uid, or for a part of a record its key
    /// ("<parent uid>/<position>"). `valueOf` gives a field's value as text, by field name.
    static QString recordUid(
        const RecordKind &kind, const std::function<QString(const QString &field)> &valueOf);
};

} // namespace Rekindle
