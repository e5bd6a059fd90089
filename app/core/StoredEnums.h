// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactEvent.h"
#include "Goal.h"
#include "Meetup.h"
#include "MessageCheck.h"
#include "MyPartItem.h"
#include "Reflection.h"
#include "SelfCareNotes.h"
#include "Trust.h"

/// The highest value of each enum the journal stores, for the record registry (and from it
/// import and the journal's limits). Each switch names every value: a value added to an enum
/// does not build (-Wswitch) until it is named here, and the one returned is the last.
namespace Rekindle::StoredEnums {

constexpr ContactDirection last(ContactDirection value)
{
    switch (value) {
    case ContactDirection::MeToThem:
    case ContactDirection::ThemToMe:
        break;
    }
    return ContactDirection::ThemToMe;
}

constexpr ContactChannel last(ContactChannel value)
{
    switch (value) {
    case ContactChannel::Text:
    case ContactChannel::Call:
    case ContactChannel::SocialMedia:
    case ContactChannel::InPerson:
    case ContactChannel::Other:
        break;
    }
    return ContactChannel::Other;
}

constexpr ContactResponse last(ContactResponse value)
{
    switch (value) {
    case ContactResponse::NoReplyYet:
    case ContactResponse::Warm:
    case ContactResponse::Neutral:
    case ContactResponse::Cold:
    case ContactResponse::SaidNo:
        break;
    }
    return ContactResponse::SaidNo;
}

constexpr ContactTone last(ContactTone value)
{
    switch (value) {
    case ContactTone::Light:
    case ContactTone::Neutral:
    case ContactTone::Heavy:
        break;
    }
    return ContactTone::Heavy;
}

constexpr GoalCategory last(GoalCategory value)
{
    switch (value) {
    case GoalCategory::Fitness:
    case GoalCategory::NewHobby:
    case GoalCategory::ProfessionalHelp:
    case GoalCategory::PersonalIssue:
    case GoalCategory::Other:
        break;
    }
    return GoalCategory::Other;
}

constexpr MyPartStatus last(MyPartStatus value)
{
    switch (value) {
    case MyPartStatus::Noticed:
    case MyPartStatus::WorkingOnIt:
    case MyPartStatus::Changed:
        break;
    }
    return MyPartStatus::Changed;
}

constexpr UnsentState last(UnsentState value)
{
    switch (value) {
    case UnsentState::Open:
    case UnsentState::LetGo:
    case UnsentState::KeptForLater:
        break;
    }
    return UnsentState::KeptForLater;
}

constexpr ReflectionKind last(ReflectionKind value)
{
    switch (value) {
    case ReflectionKind::Guided:
    case ReflectionKind::ThoughtRecord:
        break;
    }
    return ReflectionKind::ThoughtRecord;
}

constexpr MeetupKind last(MeetupKind value)
{
    switch (value) {
    case MeetupKind::Coffee:
    case MeetupKind::Walk:
    case MeetupKind::Meal:
    case MeetupKind::Activity:
    case MeetupKind::Other:
        break;
    }
    return MeetupKind::Other;
}

constexpr MeetupOutcome last(MeetupOutcome value)
{
    switch (value) {
    case MeetupOutcome::NotYet:
    case MeetupOutcome::WentWell:
    case MeetupOutcome::Mixed:
    case MeetupOutcome::Difficult:
    case MeetupOutcome::DidNotWantToMeet:
        break;
    }
    return MeetupOutcome::DidNotWantToMeet;
}

constexpr PhraseCategory last(PhraseCategory value)
{
    switch (value) {
    case PhraseCategory::HeavyTopic:
    case PhraseCategory::Past:
    case PhraseCategory::Blame:
    case PhraseCategory::Pressure:
        break;
    }
    return PhraseCategory::Pressure;
}

constexpr CommitmentStatus last(CommitmentStatus value)
{
    switch (value) {
    case CommitmentStatus::Open:
    case CommitmentStatus::Kept:
    case CommitmentStatus::Broken:
        break;
    }
    return CommitmentStatus::Broken;
}

constexpr IssueStatus last(IssueStatus value)
{
    switch (value) {
    case IssueStatus::Open:
    case IssueStatus::WorkingOnIt:
    case IssueStatus::Resolved:
        break;
    }
    return IssueStatus::Resolved;
}

constexpr RaisedBy last(RaisedBy value)
{
    switch (value) {
    case RaisedBy::Me:
    case RaisedBy::Them:
    case RaisedBy::Both:
        break;
    }
    return RaisedBy::Both;
}

} // namespace Rekindle::StoredEnums
