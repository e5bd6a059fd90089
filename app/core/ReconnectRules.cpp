// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconnectRules.h"

#include "JourneyMode.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QPair>
#include <algorithm>
#include <cmath>

namespace Rekindle {
namespace {

    std::optional<double> averageOf(const QList<DayMood> &moods, QDate first, QDate last)
    {
        // Average per day first, so that a day with many entries does not outweigh the others.
        QMap<QDate, QPair<int, int>> perDay;
        for (const DayMood &m : moods) {
            if (!m.day.isValid() || m.day < first || m.day > last || m.mood < 1 || m.mood > 10)
                continue;
            auto &slot = perDay[m.day];
            slot.first += m.mood;
            ++slot.second;
        }
        if (perDay.size() < ReadinessInput::MinMoodsPerWindow)
            return std::nullopt;
        double sum = 0;
        for (const auto &slot : std::as_const(perDay))
            sum += double(slot.first) / slot.second;
        return sum / double(perDay.size());
    }

    QString oneDecimal(double value)
    {
        return QLocale().toString(value, 'f', 1);
    }

} // namespace

bool Readiness::ready() const
{
    bool spaceMet = false;
    for (const ReadinessCriterion &c : criteria) {
        if (c.state == ReadinessCriterion::State::NotMet)
            return false;
        if (c.kind == ReadinessCriterion::Kind::Space && c.state == ReadinessCriterion::State::Met)
            spaceMet = true;
    }
    return spaceMet;
}

QList<ReadinessCriterion> Readiness::unmet() const
{
    QList<ReadinessCriterion> result;
    for (const ReadinessCriterion &c : criteria)
        if (c.state == ReadinessCriterion::State::NotMet)
            result << c;
    return result;
}

bool Readiness::notNow() const
{
    for (const ReadinessCriterion &c : criteria)
        if (c.state == ReadinessCriterion::State::NotMet
            && (c.kind == ReadinessCriterion::Kind::Replies
                || c.kind == ReadinessCriterion::Kind::Path))
            return true;
    return false;
}

namespace {

    /// A reply's name in lower case, written out per reply: lowering a translated name breaks
    /// languages that capitalise nouns.
    QString replyInSentence(ContactResponse response)
    {
        switch (response) {
        case ContactResponse::NoReplyYet:
            return QCoreApplication::translate(
                "Rekindle::ReconnectRules", "no reply yet", "the latest reply, in lower case");
        case ContactResponse::Warm:
            return QCoreApplication::translate(
                "Rekindle::ReconnectRules", "warm", "the latest reply, in lower case");
        case ContactResponse::Neutral:
            return QCoreApplication::translate(
                "Rekindle::ReconnectRules", "neutral", "the latest reply, in lower case");
        case ContactResponse::Cold:
            return QCoreApplication::translate(
                "Rekindle::ReconnectRules", "cold", "the latest reply, in lower case");
        case ContactResponse::SaidNo:
            return QCoreApplication::translate("Rekindle::ReconnectRules",
                "asked for space / said no", "the latest reply, in lower case");
        }
        return {};
    }

    /// The latest replies to contacts I made: a "no", a cold reply or a run of messages without
    /// a reply says "not now".
    ReadinessCriterion repliesCriterion(const ReadinessInput &input)
    {
        using State = ReadinessCriterion::State;
        ReadinessCriterion replies;
        replies.kind = ReadinessCriterion::Kind::Replies;
        replies.name = QCoreApplication::translate("Rekindle::ReconnectRules", "Latest replies");
        QList<ContactSample> mine;
        for (const ContactSample &c : input.contacts)
            if (c.direction == ContactDirection::MeToThem && c.at.isValid())
                mine << c;
        std::sort(mine.begin(), mine.end(),
            [](const ContactSample &a, const ContactSample &b) { return a.at > b.at; });
        const auto answered = std::find_if(mine.cbegin(), mine.cend(), [](const ContactSample &c) {
            return c.response && *c.response != ContactResponse::NoReplyYet;
        });
        const QDateTime now = input.now.isValid() ? input.now : input.today.startOfDay().toUTC();
        const BombardingAssessment run
            = SpaceRules::assessBombarding(input.contacts, now, input.thresholds);
        if (answered != mine.cend() && *answered->response == ContactResponse::SaidNo) {
            replies.state = State::NotMet;
            replies.value
                = QCoreApplication::translate("Rekindle::ReconnectRules", "they asked for space");
            replies.explanation = QCoreApplication::translate("Rekindle::ReconnectRules",
                "Not now: they asked for space or said no, and that "
                "deserves to be respected fully.");
        } else if (run.tooManyUnanswered) {
            replies.state = State::NotMet;
            replies.value = run.unansweredInRow == 1
                ? QCoreApplication::translate(
                    "Rekindle::ReconnectRules", "1 message without a reply")
                : QCoreApplication::translate("Rekindle::ReconnectRules",
                    "%n messages in a row without a reply", nullptr, run.unansweredInRow);
            replies.explanation = QCoreApplication::translate("Rekindle::ReconnectRules",
                "Not now: silence is an answer for the moment. Giving "
                "space is kinder to both of you than another message.");
        } else if (answered != mine.cend() && *answered->response == ContactResponse::Cold) {
            replies.state = State::NotMet;
            replies.value = QCoreApplication::translate(
                "Rekindle::ReconnectRules", "the latest reply was cold");
            replies.explanation = QCoreApplication::translate("Rekindle::ReconnectRules",
                "Not now: a cold reply usually means they need more "
                "space. Time apart is kinder to both of you.");
        } else if (answered != mine.cend()) {
            replies.state = State::Met;
            replies.value = replyInSentence(*answered->response);
            replies.explanation = QCoreApplication::translate("Rekindle::ReconnectRules",
                "Their latest reply did not ask for distance. It "
                "promises nothing either way.");
        } else {
            replies.state = State::NoData;
            replies.value
                = QCoreApplication::translate("Rekindle::ReconnectRules", "no replies recorded");
            replies.explanation = QCoreApplication::translate(
                "Rekindle::ReconnectRules", "Nothing to go on yet, and that is fine.");
        }
        return replies;
    }

} // namespace

namespace ReconnectRules {

    bool contactAdvised(const SafetyCheck &check)
    {
        return check.answered() && !check.anyConcern();
    }

    QStringList safetyReasons(const SafetyCheck &check)
    {
        QStringList reasons;
        if (check.abuse)
            reasons << QCoreApplication::translate("Rekindle::ReconnectRules",
                "There has been abuse, threats or intimidation. Your safety, and theirs, "
                "comes first: reaching out could put someone at risk. Please talk to "
                "someone you trust or to a support service.");
        if (check.askedNoContact)
            reasons << QCoreApplication::translate("Rekindle::ReconnectRules",
                "They have clearly asked for no contact. Respecting that is an act of "
                "care, for them and for you.");
        if (check.legalOrder)
            reasons << QCoreApplication::translate("Rekindle::ReconnectRules",
                "A legal no-contact order is in place. Contact of any kind could break "
                "it and have serious consequences.");
        return reasons;
    }

    MoodTrend moodTrend(const QList<DayMood> &moods, QDate today)
    {
        const int window = ReadinessInput::MoodWindowDays;
        MoodTrend trend;
        trend.recent = averageOf(moods, today.addDays(-(window - 1)), today);
        trend.before = averageOf(moods, today.addDays(-(2 * window - 1)), today.addDays(-window));
        return trend;
    }

    Readiness assessReadiness(const ReadinessInput &input)
    {
        using State = ReadinessCriterion::State;
        using Kind = ReadinessCriterion::Kind;
        Readiness result;

        ReadinessCriterion space;
        space.kind = Kind::Space;
        space.name = QCoreApplication::translate("Rekindle::ReconnectRules", "Days of space");
        const int minDays = std::max(1, input.minSpaceDays);
        if (!input.daysOfSpace) {
            space.state = State::NotMet;
            space.value
                = QCoreApplication::translate("Rekindle::ReconnectRules", "space not begun");
            space.explanation = QCoreApplication::translate("Rekindle::ReconnectRules",
                "Begin space in step 1: time apart lets both of you steady "
                "yourselves.");
        } else {
            space.state = *input.daysOfSpace >= minDays ? State::Met : State::NotMet;
            space.value = space.state == State::Met
                ? QCoreApplication::translate("Rekindle::ReconnectRules", "%1 days (at least %2)")
                      .arg(*input.daysOfSpace)
                      .arg(minDays)
                : QCoreApplication::translate("Rekindle::ReconnectRules", "%1 of %2 days")
                      .arg(*input.daysOfSpace)
                      .arg(minDays);
            space.explanation = space.state == State::Met
                ? QCoreApplication::translate(
                    "Rekindle::ReconnectRules", "You have given real space.")
                : QCoreApplication::translate("Rekindle::ReconnectRules",
                    "Your current stretch of space is still short. More time apart helps both "
                    "of you steady yourselves.");
        }
        result.criteria << space;

        ReadinessCriterion work;
        work.kind = Kind::SelfWork;
        work.name = QCoreApplication::translate("Rekindle::ReconnectRules", "Working on yourself");
        const int percent = int(std::lround(input.adherenceThreshold * 100));
        if (input.goalAdherence.isEmpty()) {
            work.state = State::NotMet;
            work.value = QCoreApplication::translate("Rekindle::ReconnectRules", "no active goals");
            work.explanation = QCoreApplication::translate("Rekindle::ReconnectRules",
                "Set a goal in step 2: growing for yourself comes first.");
        } else {
            const auto kept
                = std::count_if(input.goalAdherence.cbegin(), input.goalAdherence.cend(),
                    [&](double ratio) { return ratio + 1e-9 >= input.adherenceThreshold; });
            work.state = kept > 0 ? State::Met : State::NotMet;
            const int keptCount = int(kept);
            const int goalCount = int(input.goalAdherence.size());
            work.value = QCoreApplication::translate(
                "Rekindle::ReconnectRules", "%1 of %2 goals kept at %3% or more over 14 days")
                             .arg(keptCount)
                             .arg(goalCount)
                             .arg(percent);
            work.explanation = work.state == State::Met
                ? QCoreApplication::translate(
                    "Rekindle::ReconnectRules", "You are looking after yourself.")
                : QCoreApplication::translate("Rekindle::ReconnectRules",
                    "Keeping up one goal for two weeks shows you are steadier.");
        }
        result.criteria << work;

        ReadinessCriterion mood;
        mood.kind = Kind::Mood;
        mood.name = QCoreApplication::translate("Rekindle::ReconnectRules", "Recent mood");
        const MoodTrend trend = moodTrend(input.moods, input.today);
        if (!trend.recent || !trend.before) {
            mood.state = State::NoData;
            mood.value = QCoreApplication::translate(
                "Rekindle::ReconnectRules", "not enough moods recorded");
            mood.explanation = QCoreApplication::translate("Rekindle::ReconnectRules",
                "Record a mood with your journal entries to see a trend.");
        } else {
            mood.state = trend.falling() ? State::NotMet : State::Met;
            mood.value = QCoreApplication::translate(
                "Rekindle::ReconnectRules", "%1 in the last two weeks, %2 the two weeks before")
                             .arg(oneDecimal(*trend.recent), oneDecimal(*trend.before));
            mood.explanation = mood.state == State::Met
                ? QCoreApplication::translate(
                    "Rekindle::ReconnectRules", "Your mood is steady or rising.")
                : QCoreApplication::translate("Rekindle::ReconnectRules",
                    "Your mood has dipped lately. Reaching out from a low moment often "
                    "hurts more than it helps.");
        }
        result.criteria << mood;
        result.criteria << repliesCriterion(input);

        if (input.mode != JourneyMode::Normal) {
            ReadinessCriterion path;
            path.kind = Kind::Path;
            path.state = State::NotMet;
            const bool safe = input.mode == JourneyMode::StayingSafe;
            path.name = safe
                ? QCoreApplication::translate("Rekindle::ReconnectRules", "Your safety")
                : QCoreApplication::translate("Rekindle::ReconnectRules", "Their no");
            path.value = safe
                ? QCoreApplication::translate("Rekindle::ReconnectRules", "safety comes first")
                : QCoreApplication::translate("Rekindle::ReconnectRules", "a no was recorded");
            path.explanation = safe
                ? QCoreApplication::translate("Rekindle::ReconnectRules",
                    "Not now: with safety at stake, Rekindle does not suggest reaching "
                    "out. Support services are listed under Help.")
                : QCoreApplication::translate("Rekindle::ReconnectRules",
                    "Not now: they have said no. Respecting it is the kindest thing, for "
                    "them and for you.");
            result.criteria << path;
        }
        return result;
    }

} // namespace ReconnectRules
} // namespace Rekindle
