// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Goal.h"

#include "TextLength.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::Goal", text);
    }

    constexpr std::array kCategoryNames = {
        QT_TRANSLATE_NOOP("Rekindle::Goal", "Fitness"),
        QT_TRANSLATE_NOOP("Rekindle::Goal", "New hobby"),
        QT_TRANSLATE_NOOP("Rekindle::Goal", "Professional help"),
        QT_TRANSLATE_NOOP("Rekindle::Goal", "Personal issue"),
        QT_TRANSLATE_NOOP("Rekindle::Goal", "Other"),
    };

} // namespace

Status Goal::validate() const
{
    if (title.trimmed().isEmpty())
        return Error { tr("Give the goal a title, for example \"Walk for 20 minutes\".") };
    if (characterCount(title) > MaxTitleLength)
        return Error {
            tr("The title is too long: keep it under %1 characters.").arg(MaxTitleLength)
        };
    if (timesPerWeek < 1 || timesPerWeek > Daily)
        return Error { tr("Choose every day, or between 1 and 6 times a week.") };
    if (!startDay.isValid())
        return Error { tr("Choose the day the goal starts.") };
    return {};
}

QString Goal::cadenceText() const
{
    if (isDaily())
        return tr("Every day");
    return timesPerWeek == 1
        ? tr("Once a week")
        : QCoreApplication::translate("Rekindle::Goal", "%n times a week", nullptr, timesPerWeek);
}

Status GoalCheckIn::validate(QDate goalStart, QDate today) const
{
    if (!day.isValid())
        return Error { tr("Choose the day to check in.") };
    if (day > today)
        return Error { tr("You can only check in for today or a day that has passed.") };
    if (goalStart.isValid() && day < goalStart)
        return Error { tr("This goal started on %1; choose that day or a later one.")
                           .arg(QLocale().toString(goalStart, QLocale::ShortFormat)) };
    if (characterCount(note) > MaxNoteLength)
        return Error {
            tr("The note is too long: keep it under %1 characters.").arg(MaxNoteLength)
        };
    return {};
}

namespace Goals {

    QList<GoalCategory> categories()
    {
        return { GoalCategory::Fitness, GoalCategory::NewHobby, GoalCategory::ProfessionalHelp,
            GoalCategory::PersonalIssue, GoalCategory::Other };
    }

    QString categoryName(GoalCategory category)
    {
        return tr(kCategoryNames.at(size_t(category)));
    }

    std::optional<GoalCategory> categoryFromInt(int value)
    {
        if (value < 0 || value >= int(kCategoryNames.size()))
            return std::nullopt;
        return GoalCategory(value);
    }

} // namespace Goals
} // namespace Rekindle
