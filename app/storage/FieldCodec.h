// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

namespace Rekindle {

struct RecordKind;

/// The one way a stored text value goes into and comes out of the journal's database.
///
/// Each journal owns one codec (the identity by default, Journal::setFieldCodec() swaps it);
/// every store, import and export writes and reads the person's text through that instance,
/// with the value's place (kind, field and record uid). Encryption at rest is another codec:
/// it seals each value with the journal's key and its place as associated data, so that a
/// value moved to another record or field no longer opens. No store changes then.
///
/// Values travel as the UTF-8 bytes of the stored TEXT, never as QString: Qt's SQLite driver
/// binds a QString with sqlite3_bind_text16, which takes a leading U+FEFF or U+FFFE for a
/// byte-order mark, and reads text with sqlite3_column_text16, which turns U+FFFE and U+FFFF
/// into U+FFFD. So a store binds bind() where the SQL says `TextParam` and reads read() from
/// `textColumn()`: the bytes pass SQLite untouched and every character comes back exact.
class FieldCodec {
public:
    /// Where a value is stored: the RecordKind name (or RecordKinds::SettingsTable), the field
    /// (for a setting, its key), and the record's uid (for a part of a record, its parent's uid
    /// and its key, e.g. "r-1/3"; for a setting, its key).
    struct Place {
        QString kind;
        QString field;
        QString uid;
    };

    FieldCodec() = default;
    virtual ~FieldCodec();
    FieldCodec(const FieldCodec &) = delete;
    FieldCodec &operator=(const FieldCodec &) = delete;

    /// The bytes stored for `text` at `place` (SQLite keeps them as the value's TEXT).
    virtual QByteArray encode(const Place &place, const QString &text) const = 0;
    /// The text stored as `stored` at `place`; an error when it cannot be read back (once
    /// values are sealed: a wrong key, or a value that was tampered with or moved).
    virtual Result<QString> decode(const Place &place, const QByteArray &stored) const = 0;

    /// Whether bind() encodes a null text as an empty one instead of binding NULL. A sealing
    /// codec does: the stores write `coalesce(?, '')`, which would store a plain '' among sealed
    /// values (no field of the person's own text is optional, so nothing needs NULL there).
    virtual bool bindsNullAsText() const { return false; }

    /// Stores text exactly as it is, in UTF-8.
    static std::unique_ptr<FieldCodec> identity();

    /// The value to bind where the SQL says TextParam: NULL for a null `text` (an optional
    /// field left empty) unless the codec seals empty text too (see bindsNullAsText()), else
    /// encode().
    QVariant bind(const Place &place, const QString &text) const;
    /// The text of a column read through textColumn(): a null QString for NULL. A value that
    /// cannot be decoded is an error naming the record, never an empty text.
    Result<QString> read(const Place &place, const QVariant &stored) const;

    /// The SQL placeholder of a text value bound with bind().
    static inline const QString TextParam = QStringLiteral("CAST(? AS TEXT)");
    /// The SQL that reads text `column` (an expression) for read().
    static QString textColumn(const QString &column);

    /// The uid a record's values are bound to: its uid, or for a part of a record its key
    /// ("<parent uid>/<position>"). `valueOf` gives a field's value as text, by field name.
    static QString recordUid(
        const RecordKind &kind, const std::function<QString(const QString &field)> &valueOf);

    /// UTF-8 to QString keeping every character, noncharacters and a leading U+FEFF included.
    static QString fromUtf8(const QByteArray &bytes);

    /// Reads the text values of one record: keeps the first failure, so that a store reads a
    /// whole row and then returns either the record or the error that names it.
    class Row {
    public:
        Row(const FieldCodec &codec, QString kind, QString uid)
            : m_codec(codec)
            , m_kind(std::move(kind))
            , m_uid(std::move(uid))
        {
        }
        /// The text of `field`, stored as `value` (read through textColumn()).
        QString text(const QString &field, const QVariant &value);
        bool ok() const { return !m_error; }
        /// The first failure; only when !ok().
        const Error &error() const { return *m_error; }

    private:
        const FieldCodec &m_codec;
        QString m_kind;
        QString m_uid;
        std::optional<Error> m_error;
    };
};

} // namespace Rekindle
