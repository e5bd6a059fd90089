// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

/// Stored values: never renumber.
enum class ContactDirection : int { MeToThem = 0, ThemToMe = 1 };
enum class ContactChannel : int { Text = 0, Call = 1, SocialMedia = 2, InPerson = 3, Other = 4 };
/// SaidNo: they asked for space or said no; it turns the journey to respecting that at once
/// (JourneyRules). The stored range is 0..SaidNo (the CHECK of contact_events.response).
enum class ContactResponse : int { NoReplyYet = 0, Warm = 1, Neutral = 2, Cold = 3, SaidNo = 4 };
/// How heavy the contact felt (step 3's contact log).
enum class ContactTone : int { Light = 0, Neutral = 1, Heavy = 2 };

/// One contact between the person and their ex, either way. Shared by step 1 (space) and the
/// contact log of step 3: the single record of who reached out, how, and what came back.
struct ContactEvent {
    static constexpr qsizetype MaxNoteLength = 20000;
    static constexpr qsizetype MaxTopicsLength = 500;

    qint64 id = 0;
    ContactDirection direction = ContactDirection::MeToThem;
    ContactChannel channel = ContactChannel::Text;
    QDateTime occurredAt; ///< UTC
    QDate day; ///< the local calendar day it happened on, fixed when recorded
    QString note;
    /// Their response to a contact I made; nothing for contacts they made.
    std::optional<ContactResponse> response;
    /// How it felt; nothing when not recorded (contacts logged in step 1).
    std::optional<ContactTone> tone;
    /// What it was about, in a few words ("her new job, the cat").
    QString topics;

    /// An error for the person when the event cannot be saved as it is (`now` is UTC).
    Status validate(const QDateTime &now) const;
};

namespace Contacts {

    QList<ContactChannel> channels();
    QString channelName(ContactChannel channel);
    std::optional<ContactChannel> channelFromInt(int value);
    QList<ContactResponse> responses();
    QString responseName(ContactResponse response);
    std::optional<ContactResponse> responseFromInt(int value);
    QString directionName(ContactDirection direction);
    QList<ContactTone> tones();
    QString toneName(ContactTone tone);
    std::optional<ContactTone> toneFromInt(int value);

} // namespace Contacts
} // namespace Rekindle
