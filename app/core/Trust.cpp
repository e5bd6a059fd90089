// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Trust.h"

#include "TextLength.h"

#include <QCoreApplication>
#include <array>

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Rekindle::Trust", text);
    }

    constexpr std::array kCommitmentStatus = {
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Open"),
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Kept"),
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Broken"),
    };
    constexpr std::array kIssueStatus = {
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Open"),
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Working on it"),
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Resolved"),
    };
    constexpr std::array kRaisedBy = {
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Me"),
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Them"),
        QT_TRANSLATE_NOOP("Rekindle::Trust", "Both of us"),
    };

    Status dayNotInFuture(QDate day, QDate today, const char *missing)
    {
        if (!day.isValid())
            return Error { tr(missing) };
        if (day > today)
            return Error { QCoreApplication::translate("Rekindle::Trust",
                "The day cannot be in the future. Choose today or an earlier day.") };
        return {};
    }

    template<typename E, size_t N>
    std::optional<E> fromInt(int value, const std::array<const char *, N> &)
    {
        if (value < 0 || value >= int(N))
            return std::nullopt;
        return E(value);
    }

} // namespace

Status SharedFeeling::validate(QDate today) const
{
    if (what.trimmed().isEmpty())
        return Error { QCoreApplication::translate("Rekindle::Trust", "Write what you shared.") };
    if (characterCount(what) > MaxLength || characterCount(received) > MaxLength)
        return Error { QCoreApplication::translate(
            "Rekindle::Trust", "The text is too long: keep it under %1 characters.")
                           .arg(MaxLength) };
    return dayNotInFuture(
        day, today, QT_TRANSLATE_NOOP("Rekindle::Trust", "Choose the day you shared it."));
}

Status Commitment::validate(QDate today) const
{
    if (promise.trimmed().isEmpty())
        return Error { QCoreApplication::translate(
            "Rekindle::Trust", "Write the promise you made.") };
    if (characterCount(promise) > MaxPromiseLength)
        return Error { QCoreApplication::translate(
            "Rekindle::Trust", "Keep the promise under %1 characters.")
                           .arg(MaxPromiseLength) };
    if (characterCount(note) > MaxNoteLength)
        return Error { QCoreApplication::translate(
            "Rekindle::Trust", "The note is too long: keep it under %1 characters.")
                           .arg(MaxNoteLength) };
    if (Status s = dayNotInFuture(madeOn, today,
            QT_TRANSLATE_NOOP("Rekindle::Trust", "Choose the day you made the promise."));
        !s)
        return s;
    if (dueOn.isValid() && dueOn < madeOn)
        return Error { QCoreApplication::translate(
            "Rekindle::Trust", "The due date cannot be before the day the promise was made.") };
    if (status != CommitmentStatus::Open && settledOn.isValid() && settledOn < madeOn)
        return Error { QCoreApplication::translate(
            "Rekindle::Trust", "A promise cannot be settled before it was made.") };
    return {};
}

Status Issue::validate(QDate today) const
{
    if (what.trimmed().isEmpty())
        return Error { QCoreApplication::translate(
            "Rekindle::Trust", "Write what the issue is about.") };
    if (characterCount(what) > MaxLength || characterCount(agreement) > MaxLength)
        return Error { QCoreApplication::translate(
            "Rekindle::Trust", "The text is too long: keep it under %1 characters.")
                           .arg(MaxLength) };
    return dayNotInFuture(
        raisedOn, today, QT_TRANSLATE_NOOP("Rekindle::Trust", "Choose the day it was raised."));
}

namespace TrustRules {

    KeptRatio keptRatio(const QList<Commitment> &commitments, QDate today, int windowDays)
    {
        KeptRatio result;
        const QDate first = today.addDays(-(windowDays - 1));
        for (const Commitment &c : commitments) {
            if (c.status == CommitmentStatus::Open || !c.settledOn.isValid())
                continue;
            if (c.settledOn < first || c.settledOn > today)
                continue;
            if (c.status == CommitmentStatus::Kept)
                ++result.kept;
            else
                ++result.broken;
        }
        return result;
    }

    TrustSummary summarize(
        const QList<Commitment> &commitments, const QList<Issue> &issues, QDate today)
    {
        TrustSummary s;
        s.last30 = keptRatio(commitments, today, 30);
        s.last90 = keptRatio(commitments, today, SummaryWindowDays);
        for (const Commitment &c : commitments) {
            if (c.status == CommitmentStatus::Open)
                ++s.openCommitments;
            if (c.isOverdue(today))
                ++s.overdueCommitments;
        }
        for (const Issue &i : issues)
            if (i.status != IssueStatus::Resolved)
                ++s.openIssues;
        return s;
    }

    QList<CommitmentStatus> commitmentStatuses()
    {
        return { CommitmentStatus::Open, CommitmentStatus::Kept, CommitmentStatus::Broken };
    }
    QString commitmentStatusName(CommitmentStatus status)
    {
        return tr(kCommitmentStatus.at(size_t(status)));
    }
    std::optional<CommitmentStatus> commitmentStatusFromInt(int value)
    {
        return fromInt<CommitmentStatus>(value, kCommitmentStatus);
    }
    QList<IssueStatus> issueStatuses()
    {
        return { IssueStatus::Open, IssueStatus::WorkingOnIt, IssueStatus::Resolved };
    }
    QString issueStatusName(IssueStatus status)
    {
        return tr(kIssueStatus.at(size_t(status)));
    }
    std::optional<IssueStatus> issueStatusFromInt(int value)
    {
        return fromInt<IssueStatus>(value, kIssueStatus);
    }
    QList<RaisedBy> raisedByValues()
    {
        return { RaisedBy::Me, RaisedBy::Them, RaisedBy::Both };
    }
    QString raisedByName(RaisedBy who)
    {
        return tr(kRaisedBy.at(size_t(who)));
    }
    std::optional<RaisedBy> raisedByFromInt(int value)
    {
        return fromInt<RaisedBy>(value, kRaisedBy);
    }

} // namespace TrustRules
} // namespace Rekindle
