// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactEvent.h"

#include "TextLength.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <array>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::ContactEvent", text);
    }

    constexpr std::array kChannelNames = {
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Text message"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Call"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Social media"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "In person"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Other"),
    };

    constexpr std::array kResponseNames = {
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "No reply yet"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Warm"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Neutral"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Cold"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Asked for space / said no"),
    };

    constexpr std::array kToneNames = {
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Light"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Neutral"),
        QT_TRANSLATE_NOOP("Rekindle::ContactEvent", "Heavy"),
    };

    /// A few minutes of slack for clocks of different devices.
    constexpr qint64 FutureToleranceSecs = qint64 { 5 } * 60;

} // namespace

Status ContactEvent::validate(const QDateTime &now) const
{
    if (!occurredAt.isValid() || !day.isValid())
        return Error { QCoreApplication::translate(
            "Rekindle::ContactEvent", "Choose when the contact happened.") };
    if (occurredAt > now.addSecs(FutureToleranceSecs))
        return Error { QCoreApplication::translate("Rekindle::ContactEvent",
            "A contact cannot be logged in the future. Choose a time that has "
            "already passed.") };
    if (characterCount(note) > MaxNoteLength)
        return Error { QCoreApplication::translate(
            "Rekindle::ContactEvent", "The note is too long: keep it under %1 characters.")
                           .arg(MaxNoteLength) };
    if (characterCount(topics) > MaxTopicsLength)
        return Error { QCoreApplication::translate(
            "Rekindle::ContactEvent", "The topics are too long: keep them under %1 characters.")
                           .arg(MaxTopicsLength) };
    if (direction == ContactDirection::ThemToMe && response)
        return Error { QCoreApplication::translate(
            "Rekindle::ContactEvent", "A response can only be recorded for a contact you made.") };
    return {};
}

namespace Contacts {

    QList<ContactChannel> channels()
    {
        return { ContactChannel::Text, ContactChannel::Call, ContactChannel::SocialMedia,
            ContactChannel::InPerson, ContactChannel::Other };
    }

    QString channelName(ContactChannel channel)
    {
        return tr(kChannelNames.at(size_t(channel)));
    }

    std::optional<ContactChannel> channelFromInt(int value)
    {
        if (value < 0 || value >= int(kChannelNames.size()))
            return std::nullopt;
        return ContactChannel(value);
    }

    QList<ContactResponse> responses()
    {
        return { ContactResponse::NoReplyYet, ContactResponse::Warm, ContactResponse::Neutral,
            ContactResponse::Cold, ContactResponse::SaidNo };
    }

    QString responseName(ContactResponse response)
    {
        return tr(kResponseNames.at(size_t(response)));
    }

    std::optional<ContactResponse> responseFromInt(int value)
    {
        if (value < 0 || value >= int(kResponseNames.size()))
            return std::nullopt;
        return ContactResponse(value);
    }

    QString directionName(ContactDirection direction)
    {
        return direction == ContactDirection::MeToThem
            ? QCoreApplication::translate("Rekindle::ContactEvent", "I reached out")
            : QCoreApplication::translate("Rekindle::ContactEvent", "They reached out");
    }

    QList<ContactTone> tones()
    {
        return { ContactTone::Light, ContactTone::Neutral, ContactTone::Heavy };
    }

    QString toneName(ContactTone tone)
    {
        return tr(kToneNames.at(size_t(tone)));
    }

    std::optional<ContactTone> toneFromInt(int value)
    {
        if (value < 0 || value >= int(kToneNames.size()))
            return std::nullopt;
        return ContactTone(value);
    }

} // namespace Contacts
} // namespace Rekindle
