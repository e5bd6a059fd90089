// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RebuildTrustPage.h"

#include "core/DayChange.h"
#include "core/JournalNoteKeys.h"
#include "models/CommitmentModel.h"
#include "models/FeelingModel.h"
#include "models/IssueModel.h"
#include "models/JournalNotes.h"
#include "models/JourneyModeModel.h"
#include "models/TrustOverview.h"
#include "rebuildtrust/CommitmentsSection.h"
#include "rebuildtrust/FeelingsSection.h"
#include "rebuildtrust/IssuesSection.h"
#include "rebuildtrust/TrustSummarySection.h"
#include "ui/steps/NotesSection.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

RebuildTrustPage::RebuildTrustPage(Journal &journal, QWidget *parent, const Shared &shared)
    : StepPage(Step::RebuildTrust, journal, parent, shared)
    , m_overview(models().trustOverview(this))
    , m_commitments(models().commitments(this))
{
    m_trustSections << new TrustSummarySection(*m_overview, this);
    addSection(m_trustSections.constLast(), tr("Summary"));
    m_trustSections << new FeelingsSection(models().feelings(this), models().clock(), this);
    addSection(m_trustSections.constLast(), tr("Feelings Shared"), u"feelings_shared"_s);
    m_trustSections << new CommitmentsSection(m_commitments, models().clock(), this);
    addSection(m_trustSections.constLast(), tr("Commitments"), u"commitments"_s);
    m_trustSections << new IssuesSection(models().issues(this), models().clock(), this);
    addSection(m_trustSections.constLast(), tr("Issues"), u"issues"_s);

    auto *notes = new JournalNotes(journal, this);
    m_safetyPlan = new NotesSection(*notes,
        tr("A plan for hard moments, for you alone. Keep it somewhere you can reach quickly; "
           "the numbers of support services are under Help ▸ Support and Safety."),
        { { NoteKeys::PlanTrustedKey, tr("&People I trust and can call:"),
              tr("Names and numbers of people who will help") },
            { NoteKeys::PlanPlacesKey, tr("Safe &places I can go to:"),
                tr("A friend's home, family, a public place open late…") },
            { NoteKeys::PlanDocumentsKey, tr("Important &documents and things to take:"),
                tr("ID, bank cards, medication, keys, phone charger…") },
            { NoteKeys::PlanEmergencyKey, tr("What I will do in an &emergency:"),
                tr("Who I call first, where I go, the emergency number") } },
        this);
    m_safetyPlan->setObjectName(u"safetyPlanSection"_s);
    addSection(m_safetyPlan, tr("Safety Plan"));
    m_closure = new NotesSection(*notes,
        tr("Closure comes from within. What you write here is for you alone and is never sent."),
        { { NoteKeys::LetterKey, tr("A &letter you never send:"),
              tr("Everything you would like to say, without holding back") },
            { NoteKeys::LessonsKey, tr("What I &learned:"),
                tr("About myself, about what I need, about what I will not accept") } },
        this);
    m_closure->setObjectName(u"closureSection"_s);
    addSection(m_closure, tr("Closure"));
    connect(modeModel(), &JourneyModeModel::modeChanged, this, &RebuildTrustPage::followPath);
    followPath();

    // "Overdue" and the 30/90-day windows move on at midnight.
    connect(dayChange(), &DayChange::dayChanged, this, [this] {
        m_overview->refresh();
        m_commitments->reload();
    });
}

void RebuildTrustPage::followPath()
{
    const JourneyMode mode = modeModel()->mode();
    const bool reconnecting = JourneyRules::reconnectionToolsOffered(mode);
    for (QWidget *section : std::as_const(m_trustSections))
        setSectionVisible(section, reconnecting);
    setSectionVisible(m_closure, !reconnecting);
    setSectionVisible(m_safetyPlan, JourneyRules::safetyPlanOffered(mode));
}

bool RebuildTrustPage::flush()
{
    bool ok = m_closure->flush();
    ok = m_safetyPlan->flush() && ok;
    return StepPage::flush() && ok;
}

} // namespace Rekindle
