// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

/// Stored values: never renumber.
enum class GoalCategory : int {
    Fitness = 0,
    NewHobby = 1,
    ProfessionalHelp = 2,
    PersonalIssue = 3,
    Other = 4,
};

/// Something the person works on for themselves (step 2), with a rhythm.
struct Goal {
    static constexpr qsizetype MaxTitleLength = 300;
    static constexpr int Daily = 7; ///< timesPerWeek of a daily goal

    qint64 id = 0;
    QString title;
    GoalCategory category = GoalCategory::Other;
    int timesPerWeek = Daily; ///< 1..6 for "N times a week", 7 for daily
    QDate startDay;
    std::optional<qint64> myPartId; ///< the "my part" item it grew out of
    bool archived = false;
    QDateTime created; ///< UTC

    bool isDaily() const { return timesPerWeek >= Daily; }
    /// An error for the person when the goal cannot be saved as it is.
    Status validate() const;
    /// "Every day" or "3 times a week", translated.
    QString cadenceText() const;
};

/// One ticked day of a goal.
struct GoalCheckIn {
    static constexpr qsizetype MaxNoteLength = 5000;

    qint64 goalId = 0;
    QDate day;
    QString note;

    /// Refuses days after `today` and days before the goal started.
    Status validate(QDate goalStart, QDate today) const;

    // The context lupdate files texts of this class under, which its tr() now reads too.
    Q_DECLARE_TR_FUNCTIONS(Rekindle::GoalCheckIn)
};

namespace Goals {

    QList<GoalCategory> categories();
    QString categoryName(GoalCategory category);
    std::optional<GoalCategory> categoryFromInt(int value);

} // namespace Goals
} // namespace Rekindle
