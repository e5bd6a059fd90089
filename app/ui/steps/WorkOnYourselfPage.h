// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

namespace Rekindle {

class GoalListModel;
class JourneyModel;
class SmallWinsSection;

/// Step 2: the journal, then "Goals" (with check-ins and streaks) and "Small wins".
class WorkOnYourselfPage final : public StepPage {
    Q_OBJECT

public:
    explicit WorkOnYourselfPage(
        Journal &journal, QWidget *parent = nullptr, const Shared &shared = {});

    /// Shows the Goals section with `goalId` selected.
    bool showGoal(qint64 goalId);

private:
    void applyJourneyWording();

    GoalListModel *m_active;
    GoalListModel *m_archived;
    JourneyModel *m_journey;
    QWidget *m_goalsSection;
    SmallWinsSection *m_winsSection;
};

} // namespace Rekindle
