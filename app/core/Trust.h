// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Rekindle {

/// Stored values: never renumber.
enum class CommitmentStatus : int { Open = 0, Kept = 1, Broken = 2 };
enum class IssueStatus : int { Open = 0, WorkingOnIt = 1, Resolved = 2 };
enum class RaisedBy : int { Me = 0, Them = 1, Both = 2 };

/// A feeling shared honestly (step 4): when, what, and how it was received.
struct SharedFeeling {
    static constexpr qsizetype MaxLength = 20000;

    qint64 id = 0;
    QDate day;
    QString what;
    QString received;

    Status validate(QDate today) const;
};

/// A promise made (step 4). `settledOn` is the day it was marked kept or broken.
struct Commitment {
    static constexpr qsizetype MaxPromiseLength = 1000;
    static constexpr qsizetype MaxNoteLength = 20000;

    qint64 id = 0;
    QString promise;
    QDate madeOn;
    QDate dueOn; ///< invalid when there is no due date
    CommitmentStatus status = CommitmentStatus::Open;
    QDate settledOn; ///< invalid while open
    QString note;

    Status validate(QDate today) const;
    bool isOverdue(QDate today) const
    {
        return status == CommitmentStatus::Open && dueOn.isValid() && dueOn < today;
    }
};

/// Something that came up between the two (step 4) and how it was worked through.
struct Issue {
    static constexpr qsizetype MaxLength = 20000;

    qint64 id = 0;
    RaisedBy raisedBy = RaisedBy::Me;
    QDate raisedOn;
    QString what;
    IssueStatus status = IssueStatus::Open;
    QString agreement; ///< what we agreed

    Status validate(QDate today) const;
};

/// Kept commitments among those settled in a window of days.
struct KeptRatio {
    int kept = 0;
    int broken = 0;
    int settled() const { return kept + broken; }
    /// 0..1; nothing when no commitment was settled in the window.
    std::optional<double> ratio() const
    {
        return settled() > 0 ? std::optional<double>(double(kept) / settled()) : std::nullopt;
    }
};

/// The trust summary of step 4.
struct TrustSummary {
    KeptRatio last30;
    KeptRatio last90;
    int openIssues = 0; ///< open or being worked on
    int overdueCommitments = 0;
    int openCommitments = 0;
};

namespace TrustRules {

    /// Commitments settled within the `windowDays` days ending `today` (inclusive).
    KeptRatio keptRatio(const QList<Commitment> &commitments, QDate today, int windowDays);
    /// The longest window of the summary (its "last 90 days").
    inline constexpr int SummaryWindowDays = 90;
    /// The summary of step 4 on `today`. It reads only the open commitments, those settled in
    /// the SummaryWindowDays days ending today and the issues not resolved, so the rest may be
    /// left out of the lists (a journal of years holds thousands).
    TrustSummary summarize(
        const QList<Commitment> &commitments, const QList<Issue> &issues, QDate today);

    QList<CommitmentStatus> commitmentStatuses();
    QString commitmentStatusName(CommitmentStatus status);
    std::optional<CommitmentStatus> commitmentStatusFromInt(int value);
    QList<IssueStatus> issueStatuses();
    QString issueStatusName(IssueStatus status);
    std::optional<IssueStatus> issueStatusFromInt(int value);
    QList<RaisedBy> raisedByValues();
    QString raisedByName(RaisedBy who);
    std::optional<RaisedBy> raisedByFromInt(int value);

} // namespace TrustRules
} // namespace Rekindle
