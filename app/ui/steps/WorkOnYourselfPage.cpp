// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkOnYourselfPage.h"

#include "models/GoalListModel.h"
#include "models/JourneyModel.h"
#include "models/SmallWinModel.h"
#include "storage/Journal.h"
#include "workonyourself/GoalsSection.h"
#include "workonyourself/SmallWinsSection.h"

#include <QLocale>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Rekindle {

WorkOnYourselfPage::WorkOnYourselfPage(Journal &journal, QWidget *parent)
    : StepPage(Step::WorkOnYourself, journal, parent)
    , m_active(new GoalListModel(journal.goals(), journal.myPart(), journal.clock(), false,
          QLocale().firstDayOfWeek(), this))
    , m_archived(new GoalListModel(journal.goals(), journal.myPart(), journal.clock(), true,
          QLocale().firstDayOfWeek(), this))
    , m_journey(new JourneyModel(journal.settings(), this))
{
    auto *goals = new GoalsSection(m_active, m_archived, journal.clock(), this);
    m_goalsSection = goals;
    addSection(goals, tr("Goals"));
    m_winsSection
        = new SmallWinsSection(new SmallWinModel(journal.smallWins(), this), journal.clock(), this);
    addSection(m_winsSection, tr("Small Wins"));

    connect(
        m_journey, &JourneyModel::outcomeChanged, this, &WorkOnYourselfPage::applyJourneyWording);
    applyJourneyWording();

    m_today = journal.clock().today();
    m_dayTimer.setInterval(60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, &WorkOnYourselfPage::checkDayChange);
    m_dayTimer.start();
}

bool WorkOnYourselfPage::showGoal(qint64 goalId)
{
    showSection(m_goalsSection);
    return static_cast<GoalsSection *>(m_goalsSection)->selectGoal(goalId);
}

bool WorkOnYourselfPage::reveal(const QString &kind, qint64 itemId)
{
    if (kind == u"goals"_s)
        return showGoal(itemId);
    if (kind == u"goal_checkins"_s) {
        const auto goal = journal().goals().goalOfCheckIn(itemId);
        return goal && showGoal(*goal);
    }
    if (kind == u"small_wins"_s) {
        showSection(m_winsSection);
        return m_winsSection->selectWin(itemId);
    }
    return StepPage::reveal(kind, itemId);
}

void WorkOnYourselfPage::applyJourneyWording()
{
    setGuidance(m_journey->movedOn() ? Steps::selfCareGuidance(step()) : Steps::guidance(step()));
}

void WorkOnYourselfPage::checkDayChange()
{
    const QDate today = journal().clock().today();
    if (today == m_today)
        return;
    m_today = today;
    m_active->refresh();
    m_archived->refresh();
}

} // namespace Rekindle
