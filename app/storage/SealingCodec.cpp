// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SealingCodec.h"

#include "core/Translation.h"

#include <QCoreApplication>
#include <utility>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::SealingCodec", text);
    }

    /// What a failed seal stores: never a readable text, never an empty one. Sealing fails only
    /// when libsodium cannot run at all; the value then reads back as damaged, by name.
    const QByteArray Unsealable = SealingCodec::Prefix + QByteArrayLiteral("!");

    class LockedCodec final : public FieldCodec {
    public:
        QByteArray encode(const Place &, const QString &) const override
        {
            // The connection is query-only while locked, so nothing is written; should a write
            // get through, it stores no text.
            return Unsealable;
        }
        Result<QString> decode(const Place &, const QByteArray &) const override
        {
            return Error { tr("The journal is locked. Unlock it with your passphrase first."),
                u"locked"_s };
        }

        // The context lupdate files texts of this class under, which its tr() now reads too.
        Q_DECLARE_TR_FUNCTIONS(Rekindle::LockedCodec)
    };

} // namespace

SealingCodec::SealingCodec(ValueSealer sealer)
    : m_sealer(std::move(sealer))
{
}

QByteArray SealingCodec::encode(const Place &place, const QString &text) const
{
    const Result<QByteArray> sealed
        = m_sealer.seal(place.kind, place.field, place.uid, text.toUtf8());
    Q_ASSERT(sealed);
    if (!sealed)
        return Unsealable;
    return Prefix + sealed->toBase64();
}

Result<QString> SealingCodec::decode(const Place &place, const QByteArray &stored) const
{
    if (!looksSealed(stored))
        return Error { tr("It is not encrypted, so it was not written by Rekindle."),
            u"%1.%2 of %3: not sealed"_s.arg(place.kind, place.field, place.uid) };
    const auto decoded = QByteArray::fromBase64Encoding(
        stored.mid(Prefix.size()), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error { tr("It is damaged."),
            u"%1.%2 of %3: not base64"_s.arg(place.kind, place.field, place.uid) };
    Result<QByteArray> plain = m_sealer.open(place.kind, place.field, place.uid, *decoded);
    if (!plain)
        return plain.error();
    return fromUtf8(*plain);
}

std::unique_ptr<FieldCodec> SealingCodec::locked()
{
    return std::make_unique<LockedCodec>();
}

} // namespace Rekindle
