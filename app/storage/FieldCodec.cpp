// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCodec.h"

#include "RecordKinds.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::FieldCodec", text);
    }

    class IdentityCodec final : public FieldCodec {
    public:
        QByteArray encode(const Place &, const QString &text) const override
        {
            return text.toUtf8();
        }
        Result<QString> decode(const Place &, const QByteArray &stored) const override
        {
            return fromUtf8(stored);
        }
    };

    QString kindLabel(const QString &kindName)
    {
        if (const RecordKind *kind = RecordKinds::find(kindName))
            return RecordKinds::label(*kind);
        return kindName == RecordKinds::SettingsTable ? tr("Settings") : kindName;
    }

} // namespace

FieldCodec::~FieldCodec() = default;

std::unique_ptr<FieldCodec> FieldCodec::identity()
{
    return std::make_unique<IdentityCodec>();
}

QVariant FieldCodec::bind(const Place &place, const QString &text) const
{
    if (text.isNull() && !bindsNullAsText())
        return QVariant(QMetaType(QMetaType::QByteArray));
    QByteArray bytes = encode(place, text.isNull() ? QString(u""_s) : text);
    // A null QByteArray would be bound as NULL: an empty text stays an empty text.
    if (bytes.isNull())
        bytes = QByteArray("");
    return QVariant(bytes);
}

Result<QString> FieldCodec::read(const Place &place, const QVariant &stored) const
{
    if (stored.isNull())
        return QString();
    // Only textColumn() reads bytes; a text read through the driver has already lost
    // noncharacters, so it is a store's mistake, not the person's data.
    Q_ASSERT_X(stored.typeId() == QMetaType::QByteArray, "FieldCodec::read",
        qPrintable(u"%1.%2 not read through textColumn()"_s.arg(place.kind, place.field)));
    Result<QString> text = decode(place, stored.toByteArray());
    if (!text)
        return Error { tr("A value of %1 (field “%2” of record %3) could not be read. %4")
                           .arg(
                               kindLabel(place.kind), place.field, place.uid, text.error().message),
            text.error().detail };
    // Never an empty text for a value that was there: a decoded empty QString stays non-null.
    return text->isNull() ? QString(u""_s) : *text;
}

QString FieldCodec::Row::text(const QString &field, const QVariant &value)
{
    Result<QString> result = m_codec.read({ m_kind, field, m_uid }, value);
    if (result)
        return *result;
    if (!m_error)
        m_error = result.error();
    return {};
}

QString FieldCodec::textColumn(const QString &column)
{
    return u"CAST(%1 AS BLOB)"_s.arg(column);
}

QString FieldCodec::recordUid(
    const RecordKind &kind, const std::function<QString(const QString &field)> &valueOf)
{
    QStringList parts;
    for (const QString &field : kind.key)
        parts << valueOf(field);
    return parts.join(u'/');
}

QString FieldCodec::fromUtf8(const QByteArray &bytes)
{
    // QString::fromUtf8 would drop a leading U+FEFF as a byte-order mark: the person's text
    // starts with it. Noncharacters (U+FFFE, U+FFFF, U+FDD0...) are kept by Qt's decoder; only
    // ill-formed sequences become U+FFFD, and SQLite never changes the bytes we stored.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(bytes);
    if (text.isNull())
        text = u""_s;
    return text;
}

} // namespace Rekindle
