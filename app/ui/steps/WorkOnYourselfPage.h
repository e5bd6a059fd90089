// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

#include <QDate>
#include <QTimer>

namespace Rekindle {

class GoalListModel;
class JourneyModel;

/// Step 2: the journal, then "Goals" (with check-ins and streaks) and "Small wins".
class WorkOnYourselfPage final : public StepPage
{
    Q_OBJECT

public:
    explicit WorkOnYourselfPage(Journal &journal, QWidget *parent = nullptr);

    /// Shows the Goals section with `goalId` selected.
    void showGoal(qint64 goalId);

private:
    void checkDayChange();
    void applyJourneyWording();

    GoalListModel *m_active;
    GoalListModel *m_archived;
    JourneyModel *m_journey;
    QWidget *m_goalsSection;
    QTimer m_dayTimer;
    QDate m_today;
};

} // namespace Rekindle
