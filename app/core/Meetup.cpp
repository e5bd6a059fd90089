// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Meetup.h"

#include "TextLength.h"

#include <QCoreApplication>
#include <array>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Rekindle::Meetup", text);
    }

    constexpr std::array kKinds = {
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "Coffee"),
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "A walk"),
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "A meal"),
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "An activity"),
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "Other"),
    };
    constexpr std::array kOutcomes = {
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "Not yet"),
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "Went well"),
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "Mixed"),
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "Difficult"),
        QT_TRANSLATE_NOOP("Rekindle::Meetup", "They did not want to meet"),
    };

} // namespace

Status Meetup::validate(QDate today) const
{
    if (!day.isValid())
        return Error { QCoreApplication::translate(
            "Rekindle::Meetup", "Choose the day of the meet-up.") };
    if (characterCount(place) > MaxPlaceLength)
        return Error { QCoreApplication::translate(
            "Rekindle::Meetup", "Keep the place under %1 characters.")
                           .arg(MaxPlaceLength) };
    if (characterCount(howItWent) > MaxNoteLength)
        return Error { QCoreApplication::translate(
            "Rekindle::Meetup", "The note is too long: keep it under %1 characters.")
                           .arg(MaxNoteLength) };
    if (outcome != MeetupOutcome::NotYet && outcome != MeetupOutcome::DidNotWantToMeet
        && day > today)
        return Error { QCoreApplication::translate(
            "Rekindle::Meetup", "How it went can be recorded once the day has come.") };
    return {};
}

namespace Meetups {

    QList<MeetupKind> kinds()
    {
        return { MeetupKind::Coffee, MeetupKind::Walk, MeetupKind::Meal, MeetupKind::Activity,
            MeetupKind::Other };
    }
    QString kindName(MeetupKind kind)
    {
        return tr(kKinds.at(size_t(kind)));
    }
    std::optional<MeetupKind> kindFromInt(int value)
    {
        if (value < 0 || value >= int(kKinds.size()))
            return std::nullopt;
        return MeetupKind(value);
    }
    QList<MeetupOutcome> outcomes()
    {
        return { MeetupOutcome::NotYet, MeetupOutcome::WentWell, MeetupOutcome::Mixed,
            MeetupOutcome::Difficult, MeetupOutcome::DidNotWantToMeet };
    }
    QString outcomeName(MeetupOutcome outcome)
    {
        return tr(kOutcomes.at(size_t(outcome)));
    }
    std::optional<MeetupOutcome> outcomeFromInt(int value)
    {
        if (value < 0 || value >= int(kOutcomes.size()))
            return std::nullopt;
        return MeetupOutcome(value);
    }

} // namespace Meetups
} // namespace Rekindle
