// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcknowledgePage.h"

#include "acknowledge/MyPartSection.h"
#include "acknowledge/SpaceSection.h"
#include "acknowledge/StandingSection.h"
#include "acknowledge/UnsentMessagesSection.h"
#include "models/ContactListModel.h"
#include "models/JourneyModel.h"
#include "models/MyPartModel.h"
#include "models/SpaceOverview.h"
#include "models/SpaceStreakModel.h"
#include "models/UnsentMessageModel.h"
#include "storage/Journal.h"

#include <QLocale>

namespace Rekindle {

AcknowledgePage::AcknowledgePage(Journal &journal, QWidget *parent)
    : StepPage(Step::Acknowledge, journal, parent)
    , m_overview(new SpaceOverview(journal, QLocale().firstDayOfWeek(), this))
    , m_journey(new JourneyModel(journal.settings(), this))
{
    auto *myPart = new MyPartModel(journal.myPart(), journal.goals(), this);
    auto *streaks = new SpaceStreakModel(*m_overview, this);
    auto *contacts = new ContactListModel(journal.space(), this);
    auto *unsent = new UnsentMessageModel(journal.unsentMessages(), journal.clock(), this);

    addSection(new StandingSection(*m_overview, this), tr("Where I Stand"));
    auto *myPartSection = new MyPartSection(myPart, this);
    addSection(myPartSection, tr("My Part"));
    m_spaceSection = new SpaceSection(*m_overview, streaks, contacts, this);
    addSection(m_spaceSection, tr("Space"));
    addSection(new UnsentMessagesSection(unsent, this), tr("Unsent Messages"));
    connect(myPartSection, &MyPartSection::goalCreated, this, &AcknowledgePage::goalCreated);
    connect(m_journey, &JourneyModel::outcomeChanged, this, &AcknowledgePage::applyJourneyWording);
    applyJourneyWording();

    // Days since, stretches and "this week" move on at midnight even with the window open.
    m_today = journal.clock().today();
    m_dayTimer.setInterval(60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, &AcknowledgePage::checkDayChange);
    m_dayTimer.start();
}

void AcknowledgePage::applyJourneyWording()
{
    const bool selfCare = m_journey->movedOn();
    setGuidance(selfCare ? Steps::selfCareGuidance(step()) : Steps::guidance(step()));
    m_spaceSection->setSelfCareWording(selfCare);
}

void AcknowledgePage::checkDayChange()
{
    const QDate today = journal().clock().today();
    if (today == m_today)
        return;
    m_today = today;
    m_overview->refresh();
}

} // namespace Rekindle
