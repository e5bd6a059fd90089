// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcknowledgePage.h"

#include "acknowledge/MyPartSection.h"
#include "acknowledge/SpaceSection.h"
#include "acknowledge/StandingSection.h"
#include "acknowledge/UnsentMessagesSection.h"
#include "core/DayChange.h"
#include "models/ContactListModel.h"
#include "models/JourneyModel.h"
#include "models/MyPartModel.h"
#include "models/SpaceOverview.h"
#include "models/SpaceStreakModel.h"
#include "models/UnsentMessageModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Rekindle {

AcknowledgePage::AcknowledgePage(Journal &journal, QWidget *parent, const Shared &shared)
    : StepPage(Step::Acknowledge, journal, parent, shared)
    , m_overview(models().spaceOverview(QLocale().firstDayOfWeek(), this))
    , m_journey(models().journey(this))
{
    auto *myPart = models().myPart(this);
    auto *streaks = new SpaceStreakModel(*m_overview, this);
    auto *contacts = models().contacts(this);
    auto *unsent = models().unsentMessages(this);

    addSection(new StandingSection(*m_overview, this), tr("Where I Stand"));
    m_myPartSection = new MyPartSection(myPart, this);
    addSection(m_myPartSection, tr("My Part"));
    m_spaceSection = new SpaceSection(*m_overview, streaks, contacts, this);
    addSection(m_spaceSection, tr("Space"));
    m_unsentSection = new UnsentMessagesSection(unsent, this);
    addSection(m_unsentSection, tr("Unsent Messages"));
    addRevealer(u"my_part"_s, [this](qint64 itemId) {
        showSection(m_myPartSection);
        return m_myPartSection->selectItem(itemId);
    });
    addRevealer(u"contact_events"_s, [this](qint64 itemId) {
        showSection(m_spaceSection);
        return m_spaceSection->selectContact(itemId);
    });
    addRevealer(u"urges"_s, [this](qint64) {
        // Urges are counted, not listed: show where they are logged.
        showSection(m_spaceSection);
        m_spaceSection->showUrges();
        return true;
    });
    addRevealer(u"unsent_messages"_s, [this](qint64 itemId) {
        showSection(m_unsentSection);
        return m_unsentSection->selectMessage(itemId);
    });
    connect(m_myPartSection, &MyPartSection::goalCreated, this, &AcknowledgePage::goalCreated);
    connect(m_journey, &JourneyModel::outcomeChanged, this, &AcknowledgePage::applyJourneyWording);
    applyJourneyWording();

    // Days since, stretches and "this week" move on at midnight even with the window open.
    connect(dayChange(), &DayChange::dayChanged, this, [this] { m_overview->refresh(); });
}

void AcknowledgePage::applyJourneyWording()
{
    const bool selfCare = m_journey->movedOn();
    setGuidance(selfCare ? Steps::selfCareGuidance(step()) : Steps::guidance(step()));
    m_spaceSection->setSelfCareWording(selfCare);
}

} // namespace Rekindle
