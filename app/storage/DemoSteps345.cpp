// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSteps345.h"

#include "Journal.h"
#include "MilestoneStore.h"
#include "ReconnectStore.h"
#include "SettingsStore.h"
#include "SpaceStore.h"
#include "TrustStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <array>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr std::array kTopics = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "her new job"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "the concert"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "my pottery class"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "their sister"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "a funny video"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "the weather"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "a book we both like"),
    };
    constexpr std::array kContactNotes = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Asked how the first week went."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Sent a photo of my first bowl."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Short and friendly."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "They asked about my sister."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Talked for twenty minutes."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", ""),
    };
    constexpr std::array kPlaces = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "The café by the river"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "The park"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "The market"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Museum"),
    };
    constexpr std::array kHowItWent = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Easy and light. We laughed about the cat."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "A bit awkward at first, then good."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoSteps345", "Nice, but I talked too much about the past. Note to self."),
    };
    constexpr std::array kFeelings = {
        std::pair {
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "That I was nervous about meeting again."),
            QT_TRANSLATE_NOOP(
                "Rekindle::DemoSteps345", "They said they were nervous too. It helped.") },
        std::pair { QT_TRANSLATE_NOOP(
                        "Rekindle::DemoSteps345", "That I understand now how my long hours hurt."),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Quiet, then a thank you.") },
        std::pair {
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "That I am glad we can talk again."),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Warmly.") },
    };
    constexpr std::array kPromises = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Be on time for our walk"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Call on Sunday evening"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Return the book I borrowed"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Keep Friday evening free"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Tell them when plans change, early"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Not check my phone at dinner"),
    };
    constexpr std::array kIssues = {
        std::pair { QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "I was late twice"),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "I text if I am running late.") },
        std::pair { QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "They felt I pushed for an answer"),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "No questions about us for now.") },
        std::pair { QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "Jealousy about a friend"),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps345", "") },
    };

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Rekindle::DemoSteps345", text);
    }

} // namespace

Status generateSteps345Demo(
    Journal &journal, const DemoJournal::Options &options, QRandomGenerator &random)
{
    const Clock &clock = journal.clock();
    const QDate today = clock.today();
    const QTimeZone zone = clock.timeZone();
    const int days = std::max(1, options.days);
    const QDate breakup = today.addDays(-(days - 1));
    // Reconnecting starts a little under half-way, never before a month of space.
    const int reconnectDay = std::min(days - 1, std::max(35, int(days * 0.45)));
    const QDate reconnect = breakup.addDays(reconnectDay);
    const QDate trust
        = breakup.addDays(std::min(days - 1, reconnectDay + (days - reconnectDay) / 3));
    const auto at = [&](QDate day, int hour) {
        return std::min(clock.now(), QDateTime(day, QTime(hour, 15), zone).toUTC());
    };

    SafetyCheck safety;
    safety.answeredOn = reconnect;
    if (Status s = journal.settings().setSafetyCheck(safety); !s)
        return s;
    if (Status s = journal.reconnect().addPhrase(
            { QCoreApplication::translate("Rekindle::DemoSteps345", "our song"),
                PhraseCategory::Past, true });
        !s)
        return s;

    // Light contacts, either way, every few days; replies grow warmer with time.
    for (QDate day = reconnect; day < today; day = day.addDays(4 + int(random.bounded(5)))) {
        const double fraction
            = double(reconnect.daysTo(day)) / std::max<qint64>(1, reconnect.daysTo(today));
        ContactEvent e;
        e.direction
            = random.bounded(3) == 0 ? ContactDirection::ThemToMe : ContactDirection::MeToThem;
        e.channel = random.bounded(4) == 0 ? ContactChannel::Call : ContactChannel::Text;
        e.occurredAt = at(day, 18 + int(random.bounded(3)));
        e.tone = random.bounded(6) == 0 ? ContactTone::Heavy
            : random.bounded(2) == 0    ? ContactTone::Neutral
                                        : ContactTone::Light;
        e.topics = tr(kTopics.at(random.bounded(quint32(kTopics.size()))));
        e.note = tr(kContactNotes.at(random.bounded(quint32(kContactNotes.size()))));
        if (e.direction == ContactDirection::MeToThem) {
            const double r = random.generateDouble();
            e.response = r < 0.25 + 0.5 * fraction ? ContactResponse::Warm
                : r < 0.85                         ? ContactResponse::Neutral
                                                   : ContactResponse::Cold;
        }
        if (auto id = journal.space().logContact(e); !id)
            return id.error();
    }

    // Meet-ups: a few in the past with how they went, one planned.
    int meetupIndex = 0;
    for (QDate day = reconnect.addDays(20); day < today;
         day = day.addDays(18 + int(random.bounded(12)))) {
        Meetup m;
        m.day = day;
        m.kind = meetupIndex % 2 == 0 ? MeetupKind::Coffee : MeetupKind::Walk;
        m.place = tr(kPlaces.at(size_t(meetupIndex) % kPlaces.size()));
        m.outcome = meetupIndex % 3 == 2 ? MeetupOutcome::Mixed : MeetupOutcome::WentWell;
        m.howItWent = tr(kHowItWent.at(size_t(meetupIndex) % kHowItWent.size()));
        if (auto id = journal.reconnect().addMeetup(m); !id)
            return id.error();
        ++meetupIndex;
    }
    Meetup planned;
    planned.day = today.addDays(4);
    planned.kind = MeetupKind::Walk;
    planned.place = tr(kPlaces.at(1));
    if (auto id = journal.reconnect().addMeetup(planned); !id)
        return id.error();

    // Step 4: feelings, commitments (mostly kept), issues.
    if (trust < today) {
        const qint64 span = trust.daysTo(today);
        for (size_t i = 0; i < kFeelings.size(); ++i) {
            SharedFeeling f;
            f.day = trust.addDays(span * qint64(i) / qint64(kFeelings.size()));
            f.what = tr(kFeelings[i].first);
            f.received = tr(kFeelings[i].second);
            if (auto id = journal.trust().addFeeling(f); !id)
                return id.error();
        }
        int n = 0;
        for (QDate day = trust; day < today; day = day.addDays(5 + int(random.bounded(6))), ++n) {
            Commitment c;
            c.promise = tr(kPromises.at(size_t(n) % kPromises.size()));
            c.madeOn = day;
            c.dueOn = day.addDays(3 + int(random.bounded(5)));
            if (c.dueOn < today) {
                c.status
                    = random.bounded(6) == 0 ? CommitmentStatus::Broken : CommitmentStatus::Kept;
                c.settledOn = c.dueOn;
            }
            if (auto id = journal.trust().addCommitment(c); !id)
                return id.error();
        }
        for (size_t i = 0; i < kIssues.size(); ++i) {
            Issue issue;
            issue.raisedBy = i == 1 ? RaisedBy::Them : RaisedBy::Me;
            issue.raisedOn = trust.addDays(span * qint64(i) / qint64(kIssues.size()));
            issue.what = tr(kIssues[i].first);
            issue.agreement = tr(kIssues[i].second);
            issue.status = i == 0 ? IssueStatus::Resolved
                : i == 1          ? IssueStatus::WorkingOnIt
                                  : IssueStatus::Open;
            if (auto id = journal.trust().addIssue(issue); !id)
                return id.error();
        }
    }

    // Step 5: the default milestones, the first ones reached at a calm pace, one planned.
    if (auto seeded = journal.milestones().seedDefaults(); !seeded)
        return seeded.error();
    auto milestones = journal.milestones().milestones();
    if (!milestones)
        return milestones.error();
    QDate reached = reconnect;
    for (Milestone m : std::as_const(*milestones)) {
        if (reached < today) {
            m.reachedOn = reached;
            m.plannedOn = reached;
            reached = reached.addDays(16 + int(random.bounded(10)));
        } else if (reached.isValid()) {
            m.plannedOn = today.addDays(10);
            reached = {};
        } else {
            break;
        }
        if (Status s = journal.milestones().update(m); !s)
            return s;
    }
    return {};
}

} // namespace Rekindle
