// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

/// Where the whole journey stands. Stored values: never renumber. "Moved on" is a full,
/// respected outcome.
enum class JourneyOutcome : int { InProgress = 0, BackTogether = 1, MovedOn = 2 };

/// A milestone of step 5, in the person's own order.
struct Milestone {
    static constexpr qsizetype MaxTitleLength = 300;

    qint64 id = 0;
    int position = 0;
    QString title;
    QDate plannedOn; ///< invalid when not planned
    QDate reachedOn; ///< invalid when not reached

    Status validate(QDate today) const;
    bool reached() const { return reachedOn.isValid(); }
};

/// One indicator of the foundation (trust, connection, open issues).
struct FoundationIndicator {
    enum class Level { Unknown, Weak, Growing, Strong };
    Level level = Level::Unknown;
    QString value; ///< "4 of 5 kept"
    QString explanation; ///< what it means, in plain words
};

/// What the foundation rule looks at.
struct FoundationInput {
    int kept = 0; ///< commitments kept in the last 90 days
    int broken = 0;
    int warm = 0; ///< warm responses to contacts I made in the last 90 days
    int responses = 0; ///< warm, neutral or cold responses in the same window
    int openIssues = 0;
};

struct Foundation {
    FoundationIndicator trust;
    FoundationIndicator connection;
    FoundationIndicator issues;
    /// Any indicator is weak.
    bool weak() const;
};

/// Something about the pace worth a gentle word.
struct PaceWarning {
    enum class Kind { TooClose, PlannedOnWeakFoundation };
    Kind kind = Kind::TooClose;
    qint64 firstId = 0; ///< TooClose: the earlier milestone; otherwise the planned one
    qint64 secondId = 0; ///< TooClose: the later milestone
    int days = 0; ///< TooClose: days between them
    QString message; ///< translated
};

namespace PaceRules {

    inline constexpr int DefaultMinGapDays = 14;
    inline constexpr int MinGapLower = 1;
    inline constexpr int MinGapUpper = 365;

    /// The default milestones, in order, translated.
    QStringList defaultMilestones();

    /// How many planned milestones (in order of their planned days) come at least `minGapDays`
    /// after the one planned before them: the person's own care for pace, whatever is reached.
    int gapsRespected(const QList<Milestone> &milestones, int minGapDays);

    /// Warnings for reached milestones closer than `minGapDays`, and for milestones planned
    /// (not reached, planned today or later) while the foundation is weak.
    QList<PaceWarning> check(
        const QList<Milestone> &milestones, int minGapDays, bool foundationWeak, QDate today);

    Foundation assessFoundation(const FoundationInput &input);

    QList<JourneyOutcome> outcomes();
    QString outcomeName(JourneyOutcome outcome);
    std::optional<JourneyOutcome> outcomeFromInt(int value);
    /// What the app says about an outcome, translated.
    QString outcomeMessage(JourneyOutcome outcome);

} // namespace PaceRules
} // namespace Rekindle
