// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pace.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

namespace Rekindle {

class Journal;

/// The ordered milestones of step 5. Every write is one transaction followed by a signal.
class MilestoneStore final : public QObject {
    Q_OBJECT

public:
    static inline const QString SeededKey = QStringLiteral("pace/milestonesSeeded");

    explicit MilestoneStore(Journal &journal);
    /// The journal this store writes to: its recordChanged() announces every save.
    Journal &journal() const { return m_journal; }

    /// Adds the default milestones once in the journal's life (not again after the person
    /// deleted them). True when they were added now.
    Result<bool> seedDefaults();
    /// Appends a milestone at the end.
    Result<qint64> add(const Milestone &milestone);
    Status update(const Milestone &milestone);
    Status remove(qint64 id);
    /// Swaps the milestone with its neighbour (`delta` -1 up, +1 down).
    Status move(qint64 id, int delta);
    Result<Milestone> milestone(qint64 id) const;
    /// In order.
    Result<QList<Milestone>> milestones() const;

private:
    Journal &m_journal;
};

} // namespace Rekindle
