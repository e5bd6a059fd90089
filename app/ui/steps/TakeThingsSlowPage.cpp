// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TakeThingsSlowPage.h"

#include "core/DayChange.h"
#include "models/JourneyModel.h"
#include "models/MilestoneModel.h"
#include "models/TrustOverview.h"
#include "takeslow/FoundationSection.h"
#include "takeslow/MilestonesSection.h"
#include "takeslow/OutcomeSection.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

TakeThingsSlowPage::TakeThingsSlowPage(Journal &journal, QWidget *parent, const Shared &shared)
    : StepPage(Step::TakeThingsSlow, journal, parent, shared)
    , m_overview(models().trustOverview(this))
    , m_journey(models().journey(this))
{
    addSection(
        new MilestonesSection(models().milestones(this), *m_overview, models().clock(), this),
        tr("Milestones"), u"milestones"_s);
    addSection(new FoundationSection(*m_overview, this), tr("Foundation"));
    addSection(new OutcomeSection(*m_journey, this), tr("Outcome"));

    connect(dayChange(), &DayChange::dayChanged, this, [this] { m_overview->refresh(); });
}

} // namespace Rekindle
