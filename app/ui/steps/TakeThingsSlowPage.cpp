// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TakeThingsSlowPage.h"

#include "models/JourneyModel.h"
#include "models/MilestoneModel.h"
#include "models/TrustOverview.h"
#include "storage/Journal.h"
#include "takeslow/FoundationSection.h"
#include "takeslow/MilestonesSection.h"
#include "takeslow/OutcomeSection.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

TakeThingsSlowPage::TakeThingsSlowPage(Journal &journal, QWidget *parent)
    : StepPage(Step::TakeThingsSlow, journal, parent)
    , m_overview(new TrustOverview(journal, this))
    , m_journey(new JourneyModel(journal.settings(), this))
{
    addSection(
        new MilestonesSection(new MilestoneModel(journal.milestones(), journal.clock(), this),
            *m_overview, journal.clock(), this),
        tr("Milestones"));
    addSection(new FoundationSection(*m_overview, this), tr("Foundation"));
    addSection(new OutcomeSection(*m_journey, this), tr("Outcome"));

    m_today = journal.clock().today();
    m_dayTimer.setInterval(60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, &TakeThingsSlowPage::checkDayChange);
    m_dayTimer.start();
}

void TakeThingsSlowPage::checkDayChange()
{
    const QDate today = journal().clock().today();
    if (today == m_today)
        return;
    m_today = today;
    m_overview->refresh();
}

bool TakeThingsSlowPage::reveal(const QString &kind, qint64 itemId)
{
    if (kind == u"milestones"_s)
        return revealTableRow(u"milestonesSection"_s, u"milestoneTable"_s, itemId);
    return StepPage::reveal(kind, itemId);
}

} // namespace Rekindle
