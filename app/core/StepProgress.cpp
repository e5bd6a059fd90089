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

    struct Row {
        int step;
        const char *count;
        int target;
        int weight;
        const char *label;
        const char *targetCount = nullptr;
    };

#define LABEL(text) QT_TRANSLATE_NOOP("Rekindle::StepProgress", text)

    constexpr Row kRows[] = {
        { 1, Count::Entries, 5, 2, LABEL("Journal entries written") },
        { 1, Count::Reflections, 3, 2, LABEL("Reflections finished") },
        { 1, Count::ThoughtRecords, 2, 1, LABEL("Thought records finished") },
        { 1, Count::BreakupDateSet, 1, 1, LABEL("Breakup date noted") },
        { 1, Count::Accepted, 1, 2, LABEL("Acceptance marked") },
        { 1, Count::MyPartItems, 3, 2, LABEL("Things I own written down (my part)") },
        { 1, Count::SpaceDays, MinimumSpaceDays, 2, LABEL("Days of space in a row") },
        { 2, Count::Entries, 10, 2, LABEL("Journal entries written") },
        { 2, Count::Reflections, 3, 1, LABEL("Reflections finished") },
        { 2, Count::ActiveGoals, 2, 2, LABEL("Goals you are working on") },
        { 2, Count::GoalCheckIns, 1, 2, LABEL("Goal check-ins in the last 14 days"),
            Count::GoalCheckInsPlanned },
        { 2, Count::SmallWins, 5, 1, LABEL("Small wins noted") },
        { 3, Count::Entries, 5, 1, LABEL("Journal entries written") },
        { 3, Count::Reflections, 2, 1, LABEL("Reflections finished") },
        { 3, Count::SafetyAnswered, 1, 2, LABEL("Safety check answered") },
        { 3, Count::RepliedContacts, 5, 2, LABEL("Contacts you made that got a reply") },
        { 4, Count::Entries, 5, 1, LABEL("Journal entries written") },
        { 4, Count::Reflections, 2, 1, LABEL("Reflections finished") },
        { 4, Count::CommitmentsKept, 5, 2, LABEL("Commitments kept") },
        { 4, Count::IssuesWorkedOn, 2, 1, LABEL("Issues worked on together") },
        { 5, Count::Entries, 5, 1, LABEL("Journal entries written") },
        { 5, Count::Reflections, 2, 1, LABEL("Reflections finished") },
        { 5, Count::MilestonesPlanned, 3, 1, LABEL("Milestones given a day") },
        { 5, Count::MilestonesReached, 3, 2, LABEL("Milestones reached") },
        { 5, Count::OutcomeChosen, 1, 1, LABEL("Where the journey stands, chosen") },
    };

#undef LABEL

} // namespace

double CriterionResult::fraction() const
{
    if (criterion.target <= 0)
        return 1.0;
    return std::clamp(double(achieved) / criterion.target, 0.0, 1.0);
}

QList<Criterion> criteria(Step step)
{
    QList<Criterion> result;
    for (const Row &row : kRows)
        if (row.step == static_cast<int>(step))
            result << Criterion { QString::fromLatin1(row.count), row.target,
                row.targetCount ? QString::fromLatin1(row.targetCount) : QString(), row.weight,
                QCoreApplication::translate("Rekindle::StepProgress", row.label) };
    return result;
}

Report evaluate(Step step, const QHash<QString, int> &counts)
{
    Report report;
    report.step = step;
    double weighted = 0;
    int weights = 0;
    for (Criterion c : criteria(step)) {
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
        lines << tr("%1: %2 of %3")
                     .arg(part.criterion.label)
                     .arg(std::min(part.achieved, part.criterion.target))
                     .arg(part.criterion.target);
    if (percent >= 100)
        lines << tr("You have done what this step suggests. Come back whenever it helps.");
    else if (percent == 0)
        lines << tr("Nothing here yet, and that is fine. Start whenever you are ready.");
    else
        lines << tr("Every bit counts. There is no hurry.");
    return lines.join(u'\n');
}

QString howItWorks(Step step)
{
    const QList<Criterion> all = criteria(step);
    int weights = 0;
    for (const Criterion &c : all)
        weights += c.weight;
    QStringList lines;
    for (const Criterion &c : all) {
        const int share = weights > 0 ? int(std::lround(100.0 * c.weight / weights)) : 0;
        if (c.targetCount.isEmpty() && c.target == 1) {
            lines << tr("%1 (about %2% of the step)").arg(c.label).arg(share);
            continue;
        }
        const QString target
            = c.targetCount.isEmpty() ? QString::number(c.target) : tr("what your goals asked for");
        lines << tr("%1: up to %2 (about %3% of the step)").arg(c.label, target).arg(share);
    }
    return lines.join(u'\n');
}

} // namespace Rekindle::StepProgress
