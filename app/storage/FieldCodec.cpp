// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCodec.h"

#include "RecordKinds.h"

namespace Rekindle {

QVariant FieldCodec::encode(const Place &place, const QString &text)
{
    Q_UNUSED(place); // the associated data, once values are sealed
    return QVariant(text);
}

Result<QString> FieldCodec::decode(const Place &place, const QVariant &stored)
{
    Q_UNUSED(place);
    return stored.isNull() ? QString() : stored.toString();
}

QString FieldCodec::recordUid(
    const RecordKind &kind, const std::function<QString(const QString &field)> &valueOf)
{
    QStringList parts;
    for (const QString &field : kind.key)
        parts << valueOf(field);
    return parts.join(u'/');
}

} // namespace Rekindle
