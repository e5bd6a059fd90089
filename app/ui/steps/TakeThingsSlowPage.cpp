// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TakeThingsSlowPage.h"

#include "core/DayChange.h"
#include "core/JournalNoteKeys.h"
#include "models/JournalNotes.h"
#include "models/JourneyModeModel.h"
#include "models/JourneyModel.h"
#include "models/MilestoneModel.h"
#include "models/TrustOverview.h"
#include "takeslow/FoundationSection.h"
#include "takeslow/MilestonesSection.h"
#include "takeslow/OutcomeSection.h"
#include "ui/steps/NotesSection.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

TakeThingsSlowPage::TakeThingsSlowPage(Journal &journal, QWidget *parent, const Shared &shared)
    : StepPage(Step::TakeThingsSlow, journal, parent, shared)
    , m_overview(models().trustOverview(this))
    , m_journey(models().journey(this))
{
    m_paceSections << new MilestonesSection(
        models().milestones(this), *m_overview, models().clock(), this);
    addSection(m_paceSections.constLast(), tr("Milestones"), u"milestones"_s);
    m_paceSections << new FoundationSection(*m_overview, this);
    addSection(m_paceSections.constLast(), tr("Foundation"));
    m_paceSections << new OutcomeSection(*m_journey, this);
    addSection(m_paceSections.constLast(), tr("Outcome"));

    auto *notes = new JournalNotes(journal, this);
    m_movingOn = new NotesSection(*notes,
        tr("Moving on is a full and good outcome. Take your time; this is for you alone."),
        { { NoteKeys::NextRelationshipKey, tr("What I want in my &next relationship:"),
            tr("How I want to be treated, what I will offer, what I will not accept") } },
        this);
    m_movingOn->setObjectName(u"movingOnSection"_s);
    addSection(m_movingOn, tr("Moving On"));
    connect(modeModel(), &JourneyModeModel::modeChanged, this, &TakeThingsSlowPage::followPath);
    followPath();

    connect(dayChange(), &DayChange::dayChanged, this, [this] { m_overview->refresh(); });
}

void TakeThingsSlowPage::followPath()
{
    const bool reconnecting = JourneyRules::reconnectionToolsOffered(modeModel()->mode());
    for (QWidget *section : std::as_const(m_paceSections))
        setSectionVisible(section, reconnecting);
    setSectionVisible(m_movingOn, !reconnecting);
}

bool TakeThingsSlowPage::flush()
{
    const bool ok = m_movingOn->flush();
    return StepPage::flush() && ok;
}

} // namespace Rekindle
