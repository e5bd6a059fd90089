// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Trust.h"

#include <QList>
#include <QObject>

namespace Rekindle {

class Journal;

/// The records of step 4: feelings shared, commitments and issues. Every write is one
/// transaction followed by a signal naming the kind of record and its id.
class TrustStore final : public QObject {
    Q_OBJECT

public:
    enum class Kind { Feeling, Commitment, Issue };
    Q_ENUM(Kind)

    explicit TrustStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    Result<qint64> addFeeling(const SharedFeeling &feeling);
    Status updateFeeling(const SharedFeeling &feeling);
    Result<SharedFeeling> feeling(qint64 id) const;
    /// Latest first.
    Result<QList<SharedFeeling>> feelings() const;

    /// A settled commitment without a day is settled today; an open one has no settled day.
    Result<qint64> addCommitment(Commitment commitment);
    Status updateCommitment(Commitment commitment);
    Result<Commitment> commitment(qint64 id) const;
    /// Latest made first.
    Result<QList<Commitment>> commitments() const;
    /// The open commitments and those settled on `firstSettled` or later, latest made first:
    /// what the trust summary reads (TrustRules::summarize), over the index of status and day.
    Result<QList<Commitment>> openOrSettledSince(QDate firstSettled) const;

    Result<qint64> addIssue(const Issue &issue);
    Status updateIssue(const Issue &issue);
    Result<Issue> issue(qint64 id) const;
    /// Latest raised first.
    Result<QList<Issue>> issues() const;
    /// The issues not resolved yet (open or being worked on), latest raised first.
    Result<QList<Issue>> unresolvedIssues() const;

    Status remove(Kind kind, qint64 id);

private:
    void settle(Commitment &commitment) const;

    Journal &m_journal;
};

} // namespace Rekindle
