// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepProgress.h"

#include "core/Translation.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace Rekindle::StepProgress {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::StepProgress", text);
    }

    /// Which paths a row belongs to (JourneyMode as bits).
    enum Paths : unsigned {
        Normal = 1u << int(JourneyMode::Normal),
        Respecting = 1u << int(JourneyMode::RespectingNo),
        Safe = 1u << int(JourneyMode::StayingSafe),
        OffPath = Respecting | Safe,
        All = Normal | OffPath,
    };

    struct Row {
        int step;
        unsigned paths;
        const char *count;
        int target;
        int weight;
        const char *label;
        const char *description;
        const char *targetCount = nullptr;
    };

    constexpr const char *kEntries
        = QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Journal entries written");
    constexpr const char *kEntriesWhy = QT_TRANSLATE_NOOP(
        "Rekindle::StepProgress", "Writing helps you make sense of what you feel.");
    constexpr const char *kReflections
        = QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Reflections finished");
    constexpr const char *kReflectionsWhy
        = QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Each guided reflection you finish counts.");

    constexpr Row kRows[] = {
        { 1, All, Count::Entries, 5, 2, kEntries, kEntriesWhy },
        { 1, All, Count::Reflections, 3, 2, kReflections, kReflectionsWhy },
        { 1, All, Count::ThoughtRecords, 2, 1,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Thought records finished"),
            QT_TRANSLATE_NOOP(
                "Rekindle::StepProgress", "Working through a painful thought on paper.") },
        { 1, All, Count::BreakupDateSet, 1, 1,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Breakup date noted"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Naming when it ended.") },
        { 1, All, Count::Accepted, 1, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Acceptance marked"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Marking that you accept it is over.") },
        { 1, All, Count::MyPartItems, 3, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Things I own written down (my part)"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Honest notes about your own part.") },
        { 1, All, Count::SpaceDays, MinimumSpaceDays, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Days of space in a row"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress",
                "Your longest stretch of space so far: space once given is never taken "
                "away, even by a later contact.") },
        { 2, All, Count::Entries, 10, 2, kEntries, kEntriesWhy },
        { 2, All, Count::Reflections, 3, 1, kReflections, kReflectionsWhy },
        { 2, All, Count::ActiveGoals, 2, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Goals you are working on"),
            QT_TRANSLATE_NOOP(
                "Rekindle::StepProgress", "Goals of your own that you keep active.") },
        { 2, All, Count::GoalCheckIns, 1, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Goal check-ins in the last 14 days"),
            QT_TRANSLATE_NOOP(
                "Rekindle::StepProgress", "Check-ins you kept, out of what your goals asked for."),
            Count::GoalCheckInsPlanned },
        { 2, All, Count::SmallWins, 5, 1,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Small wins noted"),
            QT_TRANSLATE_NOOP(
                "Rekindle::StepProgress", "Good moments you took the time to notice.") },
        { 3, All, Count::Entries, 5, 1, kEntries, kEntriesWhy },
        { 3, All, Count::Reflections, 2, 1, kReflections, kReflectionsWhy },
        { 3, All, Count::SafetyAnswered, 1, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Safety check answered"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress",
                "Answering the safety check honestly, whatever the answer.") },
        { 3, Normal, Count::LightContacts, 3, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Contacts you kept light"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress",
                "Contacts you made and kept light. How or whether they replied is never "
                "counted.") },
        { 3, Normal, Count::DraftsChecked, 3, 1,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Drafts checked before sending"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress",
                "Drafts you ran through the message check, whether you sent them or not. What "
                "you sent, and any reply, is never counted.") },
        { 3, OffPath, Count::SpaceDays, MinimumSpaceDays, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Days of space given"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress",
                "Your longest stretch without reaching out: honouring their no, or keeping "
                "yourself safe.") },
        { 4, All, Count::Entries, 5, 1, kEntries, kEntriesWhy },
        { 4, All, Count::Reflections, 2, 1, kReflections, kReflectionsWhy },
        { 4, Normal, Count::CommitmentsKept, 5, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Commitments kept"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Promises you made and kept.") },
        { 4, Normal, Count::IssuesWorkedOn, 2, 1,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Issues worked on together"),
            QT_TRANSLATE_NOOP(
                "Rekindle::StepProgress", "Issues you took up and are working on, or settled.") },
        { 4, Safe, Count::SafetyPlanParts, 4, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Safety plan written"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress",
                "The parts of your safety plan you filled in: trusted people, safe places, "
                "documents, what to do in an emergency.") },
        { 4, OffPath, Count::LetterWritten, 1, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "A letter you never send"),
            QT_TRANSLATE_NOOP(
                "Rekindle::StepProgress", "Saying what you could not say, only for yourself.") },
        { 4, OffPath, Count::LessonsWritten, 1, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "What I learned, written down"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "What this relationship taught you.") },
        { 5, All, Count::Entries, 5, 1, kEntries, kEntriesWhy },
        { 5, All, Count::Reflections, 2, 1, kReflections, kReflectionsWhy },
        { 5, Normal, Count::MilestonesPlanned, 3, 1,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Milestones given a day"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Small steps you planned ahead.") },
        { 5, Normal, Count::MilestoneGapsRespected, 2, 2,
            QT_TRANSLATE_NOOP(
                "Rekindle::StepProgress", "Milestones planned with room between them"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress",
                "Planned steps at least the gap you chose after the one before. Reaching "
                "them, or how fast, is never counted.") },
        { 5, Normal, Count::OutcomeChosen, 1, 1,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Where the journey stands, chosen"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "Either outcome counts in full.") },
        { 5, OffPath, Count::NextWritten, 1, 2,
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "What I want in my next relationship"),
            QT_TRANSLATE_NOOP("Rekindle::StepProgress", "What matters to you from here on.") },
    };

    constexpr bool targetsBelowCountLimit()
    {
        for (const Row &row : kRows)
            if (row.target >= CountLimit)
                return false;
        return true;
    }
    static_assert(targetsBelowCountLimit(), "a target the stopped counts cannot reach");

} // namespace

double CriterionResult::fraction() const
{
    if (criterion.target <= 0)
        return 1.0;
    return std::clamp(double(achieved) / criterion.target, 0.0, 1.0);
}

QList<Criterion> criteria(Step step, JourneyMode mode)
{
    const unsigned path = 1u << int(mode);
    QList<Criterion> result;
    for (const Row &row : kRows)
        if (row.step == static_cast<int>(step) && (row.paths & path) != 0)
            result << Criterion { QString::fromLatin1(row.count), row.target,
                row.targetCount ? QString::fromLatin1(row.targetCount) : QString(), row.weight,
                QCoreApplication::translate("Rekindle::StepProgress", row.label),
                QCoreApplication::translate("Rekindle::StepProgress", row.description) };
    return result;
}

Report evaluate(Step step, const QHash<QString, int> &counts, JourneyMode mode)
{
    Report report;
    report.step = step;
    report.mode = mode;
    double weighted = 0;
    int weights = 0;
    for (Criterion c : criteria(step, mode)) {
        const auto it = counts.constFind(c.count);
        if (it == counts.cend())
            continue;
        if (!c.targetCount.isEmpty()) {
            const auto target = counts.constFind(c.targetCount);
            if (target == counts.cend())
                continue; // nothing was asked for: the criterion does not apply
            c.target = target.value();
        }
        CriterionResult part { c, std::max(0, it.value()) };
        weighted += part.fraction() * c.weight;
        weights += c.weight;
        report.parts << part;
    }
    report.percent = weights > 0 ? int(std::floor(100.0 * weighted / weights + 1e-9)) : 0;
    return report;
}

QString Report::explanation() const
{
    QStringList lines;
    for (const CriterionResult &part : parts)
        lines << tr("%1: %2 of %3 (%4)")
                     .arg(part.criterion.label)
                     .arg(std::min(part.achieved, part.criterion.target))
                     .arg(part.criterion.target)
                     .arg(part.criterion.description);
    if (percent >= 100)
        lines << tr("You have done what this step suggests. Come back whenever it helps.");
    else if (percent == 0)
        lines << tr("Nothing here yet, and that is fine. Start whenever you are ready.");
    else
        lines << tr("Every bit counts. There is no hurry.");
    return lines.join(u'\n');
}

QString howItWorks(Step step, JourneyMode mode)
{
    const QList<Criterion> all = criteria(step, mode);
    int weights = 0;
    for (const Criterion &c : all)
        weights += c.weight;
    QStringList lines;
    for (const Criterion &c : all) {
        const int share = weights > 0 ? int(std::lround(100.0 * c.weight / weights)) : 0;
        if (c.targetCount.isEmpty() && c.target == 1) {
            lines
                << tr("%1 (about %2% of the step). %3").arg(c.label).arg(share).arg(c.description);
            continue;
        }
        const QString target
            = c.targetCount.isEmpty() ? QString::number(c.target) : tr("what your goals asked for");
        lines << tr("%1: up to %2 (about %3% of the step). %4")
                     .arg(c.label, target)
                     .arg(share)
                     .arg(c.description);
    }
    return lines.join(u'\n');
}

} // namespace Rekindle::StepProgress
