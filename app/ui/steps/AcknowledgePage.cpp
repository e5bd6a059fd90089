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

using namespace Qt::StringLiterals;

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
    m_myPartSection = new MyPartSection(myPart, this);
    addSection(m_myPartSection, tr("My Part"));
    m_spaceSection = new SpaceSection(*m_overview, streaks, contacts, this);
    addSection(m_spaceSection, tr("Space"));
    m_unsentSection = new UnsentMessagesSection(unsent, this);
    addSection(m_unsentSection, tr("Unsent Messages"));
    connect(m_myPartSection, &MyPartSection::goalCreated, this, &AcknowledgePage::goalCreated);
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

bool AcknowledgePage::reveal(const QString &kind, qint64 itemId)
{
    if (kind == u"my_part"_s) {
        showSection(m_myPartSection);
        return m_myPartSection->selectItem(itemId);
    }
    if (kind == u"contact_events"_s) {
        showSection(m_spaceSection);
        return m_spaceSection->selectContact(itemId);
    }
    if (kind == u"urges"_s) {
        // Urges are counted, not listed: show where they are logged.
        showSection(m_spaceSection);
        m_spaceSection->showUrges();
        return true;
    }
    if (kind == u"unsent_messages"_s) {
        showSection(m_unsentSection);
        return m_unsentSection->selectMessage(itemId);
    }
    return StepPage::reveal(kind, itemId);
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
