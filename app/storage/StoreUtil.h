// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>
#include <optional>

/// Small conversions shared by the stores: how instants, days and optional values are stored.
namespace Rekindle::StoreUtil {

inline QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QDateTime instant(const QVariant &msecs)
{
    if (msecs.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), QTimeZone::utc());
}

inline QVariant instantValue(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

inline QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

inline QDate day(const QVariant &text)
{
    return QDate::fromString(text.toString(), Qt::ISODate);
}

/// An SQL expression that counts the rows of `tableAndWhere` ("entries WHERE step = ?") but
/// stops at `limit`: a count that only needs to reach a target reads no more rows than that,
/// whatever the table's size.
inline QString countUpTo(const QString &tableAndWhere, int limit)
{
    return QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT %2))")
        .arg(tableAndWhere)
        .arg(limit);
}

template<typename E> QVariant optionalEnum(const std::optional<E> &value)
{
    return value ? QVariant(static_cast<int>(*value)) : QVariant(QMetaType(QMetaType::Int));
}

inline QVariant optionalId(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace Rekindle::StoreUtil
