// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyMode.h"

#include <QCoreApplication>

namespace Rekindle::JourneyRules {

JourneyMode mode(const JourneySignals &facts)
{
    if (facts.safety.abuse || facts.safety.legalOrder)
        return JourneyMode::StayingSafe;
    if (facts.safety.askedNoContact || facts.noRecorded)
        return JourneyMode::RespectingNo;
    return JourneyMode::Normal;
}

bool isNo(ContactResponse response)
{
    return response == ContactResponse::SaidNo;
}

bool isNo(MeetupOutcome outcome)
{
    return outcome == MeetupOutcome::DidNotWantToMeet;
}

bool reconnectionToolsOffered(JourneyMode mode)
{
    return mode == JourneyMode::Normal;
}

bool pathChangesStep(Step step)
{
    return step != Step::Acknowledge && step != Step::WorkOnYourself;
}

bool safetyPlanOffered(JourneyMode mode)
{
    return mode == JourneyMode::StayingSafe;
}

QString stepTitle(Step step, JourneyMode mode)
{
    if (mode == JourneyMode::Normal)
        return Steps::title(step);
    switch (step) {
    case Step::Reconnect:
        return mode == JourneyMode::StayingSafe
            ? QCoreApplication::translate("Rekindle::JourneyRules", "Staying Safe")
            : QCoreApplication::translate("Rekindle::JourneyRules", "Respecting Their No");
    case Step::RebuildTrust:
        return QCoreApplication::translate("Rekindle::JourneyRules", "Closure");
    case Step::TakeThingsSlow:
        return QCoreApplication::translate("Rekindle::JourneyRules", "Moving On");
    case Step::Acknowledge:
    case Step::WorkOnYourself:
        break;
    }
    return Steps::title(step);
}

QString stepSummary(Step step, JourneyMode mode)
{
    if (mode == JourneyMode::Normal)
        return Steps::summary(step);
    switch (step) {
    case Step::Reconnect:
        return mode == JourneyMode::StayingSafe
            ? QCoreApplication::translate(
                "Rekindle::JourneyRules", "Keep yourself safe, with people you trust.")
            : QCoreApplication::translate(
                "Rekindle::JourneyRules", "Honour their no, and look after yourself.");
    case Step::RebuildTrust:
        return QCoreApplication::translate(
            "Rekindle::JourneyRules", "Find closure in your own words.");
    case Step::TakeThingsSlow:
        return QCoreApplication::translate("Rekindle::JourneyRules", "Move on, at your own pace.");
    case Step::Acknowledge:
    case Step::WorkOnYourself:
        break;
    }
    return Steps::summary(step);
}

QString stepGuidance(Step step, JourneyMode mode)
{
    if (mode == JourneyMode::Normal)
        return Steps::guidance(step);
    const bool safe = mode == JourneyMode::StayingSafe;
    switch (step) {
    case Step::Reconnect:
        return safe ? QCoreApplication::translate("Rekindle::JourneyRules",
                   "Your safety comes first. This step is about keeping distance, "
                   "leaning on people you trust and knowing where help is. Support and "
                   "safety services are listed under Help.")
                    : QCoreApplication::translate("Rekindle::JourneyRules",
                        "They have said no, and honouring that is an act of care for both "
                        "of you. This step is about giving that space fully and looking "
                        "after yourself.");
    case Step::RebuildTrust:
        return QCoreApplication::translate("Rekindle::JourneyRules",
            "Closure comes from within, not from the other person. Write what you could not "
            "say, and what you have learned. Nothing here is ever sent.");
    case Step::TakeThingsSlow:
        return QCoreApplication::translate("Rekindle::JourneyRules",
            "Moving on is a full and good outcome. Think about what matters to you next, at "
            "your own pace.");
    case Step::Acknowledge:
    case Step::WorkOnYourself:
        break;
    }
    return Steps::guidance(step);
}

QString emptyHint(Step step, JourneyMode mode)
{
    if (mode == JourneyMode::Normal)
        return Steps::emptyHint(step);
    switch (step) {
    case Step::Reconnect:
        return mode == JourneyMode::StayingSafe
            ? QCoreApplication::translate("Rekindle::JourneyRules",
                "Write about what helps you feel safe and steady. Begin with the "
                "button below or %1.")
            : QCoreApplication::translate("Rekindle::JourneyRules",
                "Write about how you are, now that you know where things stand. Begin with "
                "the button below or %1.");
    case Step::RebuildTrust:
        return QCoreApplication::translate("Rekindle::JourneyRules",
            "Write what you would have liked to say, just for yourself. Begin with the "
            "button below or %1.");
    case Step::TakeThingsSlow:
        return QCoreApplication::translate("Rekindle::JourneyRules",
            "Write about what you are looking forward to in your own life. Begin with the "
            "button below or %1.");
    case Step::Acknowledge:
    case Step::WorkOnYourself:
        break;
    }
    return Steps::emptyHint(step);
}

QString modeNote(JourneyMode mode)
{
    switch (mode) {
    case JourneyMode::Normal:
        return {};
    case JourneyMode::RespectingNo:
        return QCoreApplication::translate("Rekindle::JourneyRules",
            "Because a no was recorded, steps 3 to 5 now help you respect it and look after "
            "yourself; the tools for reaching out are put away. Only you can change this: by "
            "changing your answer in the safety check, or the reply you recorded.");
    case JourneyMode::StayingSafe:
        return QCoreApplication::translate("Rekindle::JourneyRules",
            "Because safety is at stake, steps 3 to 5 now help you stay safe and move on, with "
            "a safety plan in step 4; the tools for reaching out are put away. Only you can "
            "change this, in the safety check.");
    }
    return {};
}

} // namespace Rekindle::JourneyRules
