// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkOnYourselfPage.h"

#include "core/DayChange.h"
#include "models/GoalListModel.h"
#include "models/JourneyModel.h"
#include "models/SmallWinModel.h"
#include "workonyourself/GoalsSection.h"
#include "workonyourself/SmallWinsSection.h"

#include <QLocale>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Rekindle {

WorkOnYourselfPage::WorkOnYourselfPage(Journal &journal, QWidget *parent, const Shared &shared)
    : StepPage(Step::WorkOnYourself, journal, parent, shared)
    , m_active(models().goals(false, QLocale().firstDayOfWeek(), this))
    , m_archived(models().goals(true, QLocale().firstDayOfWeek(), this))
    , m_journey(models().journey(this))
{
    auto *goals = new GoalsSection(m_active, m_archived, models().clock(), this);
    m_goalsSection = goals;
    addSection(goals, tr("Goals"));
    m_winsSection = new SmallWinsSection(models().smallWins(this), models().clock(), this);
    addSection(m_winsSection, tr("Small Wins"));
    addRevealer(u"goals"_s, [this](qint64 itemId) { return showGoal(itemId); });
    addRevealer(u"goal_checkins"_s, [this](qint64 itemId) {
        const auto goal = models().goalOfCheckIn(itemId);
        return goal && showGoal(*goal);
    });
    addRevealer(u"small_wins"_s, [this](qint64 itemId) {
        showSection(m_winsSection);
        return m_winsSection->selectWin(itemId);
    });

    connect(
        m_journey, &JourneyModel::outcomeChanged, this, &WorkOnYourselfPage::applyJourneyWording);
    applyJourneyWording();

    connect(dayChange(), &DayChange::dayChanged, this, [this] {
        m_active->refresh();
        m_archived->refresh();
    });
}

bool WorkOnYourselfPage::showGoal(qint64 goalId)
{
    showSection(m_goalsSection);
    return static_cast<GoalsSection *>(m_goalsSection)->selectGoal(goalId);
}

void WorkOnYourselfPage::applyJourneyWording()
{
    setGuidance(m_journey->movedOn() ? Steps::selfCareGuidance(step()) : Steps::guidance(step()));
}

} // namespace Rekindle
