// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldCodec.h"
#include "crypto/ValueSealer.h"

#include <memory>

namespace Rekindle {

/// The field codec of an unlocked encrypted journal: every value is sealed with the journal's
/// value key (ValueSealer: XChaCha20-Poly1305, padded, bound to its place) and stored as text,
/// "rk1:" then the standard base64 of the sealed bytes. Text, not a BLOB, so that the tables'
/// CHECKs (`length(trim(x)) > 0`), SQLite's text functions and a UTF-8 scan of the file keep
/// working on a sealed journal; the prefix lets `--check` and a reader tell a sealed value
/// from a plain one. A value that is not sealed, or was sealed for another place or key, or
/// was changed, fails to decode with an error naming its place: never an empty text.
class SealingCodec final : public FieldCodec {
public:
    static inline const QByteArray Prefix = QByteArrayLiteral("rk1:");

    explicit SealingCodec(ValueSealer sealer);

    QByteArray encode(const Place &place, const QString &text) const override;
    Result<QString> decode(const Place &place, const QByteArray &stored) const override;

    /// Whether `stored` looks like a sealed value (its prefix); says nothing of its integrity.
    static bool looksSealed(const QByteArray &stored) { return stored.startsWith(Prefix); }

    /// The codec of a locked journal: it reads and writes nothing, so that no store can show
    /// a sealed value as text or write text without the key.
    static std::unique_ptr<FieldCodec> locked();

private:
    ValueSealer m_sealer;
};

} // namespace Rekindle
