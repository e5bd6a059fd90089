// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pace.h"

#include "TextLength.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <array>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Rekindle::Pace", text);
    }

    constexpr std::array kDefaults = {
        // Short steps that can each be taken back; the last one is the person's own to name.
        QT_TRANSLATE_NOOP("Rekindle::Pace", "A friendly message"),
        QT_TRANSLATE_NOOP("Rekindle::Pace", "A short phone call"),
        QT_TRANSLATE_NOOP("Rekindle::Pace", "A coffee in a public place"),
        QT_TRANSLATE_NOOP("Rekindle::Pace", "A walk or an outing together"),
        QT_TRANSLATE_NOOP("Rekindle::Pace", "An honest talk about what went wrong"),
        QT_TRANSLATE_NOOP("Rekindle::Pace", "Time on your own to notice how it feels"),
        QT_TRANSLATE_NOOP("Rekindle::Pace", "My own next step (name it yourself)"),
    };

    constexpr std::array kOutcomes = {
        QT_TRANSLATE_NOOP("Rekindle::Pace", "In progress"),
        QT_TRANSLATE_NOOP("Rekindle::Pace", "Back together"),
        QT_TRANSLATE_NOOP("Rekindle::Pace", "Moved on"),
    };

} // namespace

Status Milestone::validate(QDate today) const
{
    if (title.trimmed().isEmpty())
        return Error { QCoreApplication::translate(
            "Rekindle::Pace", "Give the milestone a name.") };
    if (characterCount(title) > MaxTitleLength)
        return Error { QCoreApplication::translate(
            "Rekindle::Pace", "Keep the name under %1 characters.")
                           .arg(MaxTitleLength) };
    if (reachedOn.isValid() && reachedOn > today)
        return Error { QCoreApplication::translate(
            "Rekindle::Pace", "A milestone can only be reached today or earlier.") };
    return {};
}

bool Foundation::weak() const
{
    using L = FoundationIndicator::Level;
    return trust.level == L::Weak || connection.level == L::Weak || issues.level == L::Weak;
}

namespace PaceRules {

    QStringList defaultMilestones()
    {
        QStringList result;
        for (const char *title : kDefaults)
            result << tr(title);
        return result;
    }

    int gapsRespected(const QList<Milestone> &milestones, int minGapDays)
    {
        QList<QDate> planned;
        for (const Milestone &m : milestones)
            if (m.plannedOn.isValid())
                planned << m.plannedOn;
        std::sort(planned.begin(), planned.end());
        int respected = 0;
        for (qsizetype i = 1; i < planned.size(); ++i)
            if (planned.at(i - 1).daysTo(planned.at(i)) >= std::max(1, minGapDays))
                ++respected;
        return respected;
    }

    QList<PaceWarning> check(
        const QList<Milestone> &milestones, int minGapDays, bool foundationWeak, QDate today)
    {
        QList<PaceWarning> warnings;
        QList<Milestone> reached;
        for (const Milestone &m : milestones)
            if (m.reached())
                reached << m;
        std::stable_sort(reached.begin(), reached.end(),
            [](const Milestone &a, const Milestone &b) { return a.reachedOn < b.reachedOn; });
        for (qsizetype i = 1; i < reached.size(); ++i) {
            const Milestone &a = reached.at(i - 1);
            const Milestone &b = reached.at(i);
            const int days = int(a.reachedOn.daysTo(b.reachedOn));
            if (days >= minGapDays)
                continue;
            PaceWarning w;
            w.kind = PaceWarning::Kind::TooClose;
            w.firstId = a.id;
            w.secondId = b.id;
            w.days = days;
            w.message = QCoreApplication::translate("Rekindle::Pace",
                "\"%1\" came %2 days after \"%3\". Consider slowing down: let each "
                "step settle for at least %4 days before the next.")
                            .arg(b.title)
                            .arg(days)
                            .arg(a.title)
                            .arg(minGapDays);
            warnings << w;
        }
        if (foundationWeak) {
            for (const Milestone &m : milestones) {
                if (m.reached() || !m.plannedOn.isValid() || m.plannedOn < today)
                    continue;
                PaceWarning w;
                w.kind = PaceWarning::Kind::PlannedOnWeakFoundation;
                w.firstId = m.id;
                w.message = QCoreApplication::translate("Rekindle::Pace",
                    "\"%1\" is planned while the foundation is still weak. Consider "
                    "slowing down and giving trust and connection more time first.")
                                .arg(m.title);
                warnings << w;
            }
        }
        return warnings;
    }

    Foundation assessFoundation(const FoundationInput &input)
    {
        using L = FoundationIndicator::Level;
        Foundation f;

        const int settled = input.kept + input.broken;
        if (settled == 0) {
            f.trust.value
                = QCoreApplication::translate("Rekindle::Pace", "no promises settled yet");
            f.trust.explanation = QCoreApplication::translate("Rekindle::Pace",
                "Trust grows from small promises kept. Make one you can keep "
                "and record it in step 4.");
        } else {
            const double ratio = double(input.kept) / settled;
            f.trust.level = ratio >= 0.8 ? L::Strong : ratio >= 0.6 ? L::Growing : L::Weak;
            f.trust.value = QCoreApplication::translate("Rekindle::Pace", "%1 of %2 promises kept")
                                .arg(input.kept)
                                .arg(settled);
            f.trust.explanation = f.trust.level == L::Strong
                ? QCoreApplication::translate(
                    "Rekindle::Pace", "You keep your word: that is the ground trust stands on.")
                : f.trust.level == L::Growing
                ? QCoreApplication::translate("Rekindle::Pace",
                    "Most promises are kept. Fewer, smaller promises are easier to keep.")
                : QCoreApplication::translate("Rekindle::Pace",
                    "Several promises were not kept. Make smaller ones, and keep them, "
                    "before taking bigger steps.");
        }

        if (input.responses == 0) {
            f.connection.value
                = QCoreApplication::translate("Rekindle::Pace", "no responses recorded yet");
            f.connection.explanation = QCoreApplication::translate("Rekindle::Pace",
                "How they respond when you reach out shows how "
                "connected you are. Record their replies in step 3.");
        } else {
            const double share = double(input.warm) / input.responses;
            f.connection.level = share >= 0.6 ? L::Strong : share >= 0.3 ? L::Growing : L::Weak;
            f.connection.value
                = QCoreApplication::translate("Rekindle::Pace", "%1 of %2 responses warm")
                      .arg(input.warm)
                      .arg(input.responses);
            f.connection.explanation = f.connection.level == L::Strong
                ? QCoreApplication::translate(
                    "Rekindle::Pace", "They respond warmly most of the time.")
                : f.connection.level == L::Growing
                ? QCoreApplication::translate("Rekindle::Pace",
                    "Some warmth is there. Keep contact light, without expectations.")
                : QCoreApplication::translate("Rekindle::Pace",
                    "Their responses are mostly cool. That deserves respect: give each "
                    "other room, and look after yourself.");
        }

        f.issues.level = input.openIssues == 0 ? L::Strong
            : input.openIssues <= 2            ? L::Growing
                                               : L::Weak;
        f.issues.value
            = QCoreApplication::translate("Rekindle::Pace", "%1 open").arg(input.openIssues);
        f.issues.explanation = f.issues.level == L::Strong ? QCoreApplication::translate(
                                   "Rekindle::Pace", "Nothing is left unresolved between you.")
            : f.issues.level == L::Growing
            ? QCoreApplication::translate(
                "Rekindle::Pace", "A few things are still being worked through; that is normal.")
            : QCoreApplication::translate("Rekindle::Pace",
                "Several issues are open. Working through them comes before bigger steps.");
        return f;
    }

    QList<JourneyOutcome> outcomes()
    {
        return { JourneyOutcome::InProgress, JourneyOutcome::BackTogether,
            JourneyOutcome::MovedOn };
    }

    QString outcomeName(JourneyOutcome outcome)
    {
        return tr(kOutcomes.at(size_t(outcome)));
    }

    std::optional<JourneyOutcome> outcomeFromInt(int value)
    {
        if (value < 0 || value >= int(kOutcomes.size()))
            return std::nullopt;
        return JourneyOutcome(value);
    }

    QString outcomeMessage(JourneyOutcome outcome)
    {
        switch (outcome) {
        case JourneyOutcome::InProgress:
            return QCoreApplication::translate("Rekindle::Pace",
                "The journey is still unfolding. Nothing has to be decided today.");
        case JourneyOutcome::BackTogether:
            return QCoreApplication::translate("Rekindle::Pace",
                "You are back together. Keep the habits that brought you here: honesty, "
                "kept promises, and time for yourself.");
        case JourneyOutcome::MovedOn:
            return QCoreApplication::translate("Rekindle::Pace",
                "You have moved on. That is a full and good outcome: the work you did for "
                "yourself stays with you. Your journal is kept, and steps 1 and 2 now focus "
                "on caring for yourself.");
        }
        return {};
    }

} // namespace PaceRules
} // namespace Rekindle
