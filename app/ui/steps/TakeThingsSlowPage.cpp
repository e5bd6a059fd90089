// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TakeThingsSlowPage.h"

#include "models/JournalNotes.h"
#include "models/JourneyModeModel.h"
#include "models/JourneyModel.h"
#include "models/MilestoneModel.h"
#include "models/TrustOverview.h"
#include "storage/Journal.h"
#include "storage/SettingsStore.h"
#include "takeslow/FoundationSection.h"
#include "takeslow/MilestonesSection.h"
#include "takeslow/OutcomeSection.h"
#include "ui/steps/NotesSection.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

TakeThingsSlowPage::TakeThingsSlowPage(Journal &journal, QWidget *parent)
    : StepPage(Step::TakeThingsSlow, journal, parent)
    , m_overview(new TrustOverview(journal, this))
    , m_journey(new JourneyModel(journal.settings(), this))
{
    m_paceSections << new MilestonesSection(
        new MilestoneModel(journal.milestones(), journal.clock(), this), *m_overview,
        journal.clock(), this);
    addSection(m_paceSections.constLast(), tr("Milestones"));
    m_paceSections << new FoundationSection(*m_overview, this);
    addSection(m_paceSections.constLast(), tr("Foundation"));
    m_paceSections << new OutcomeSection(*m_journey, this);
    addSection(m_paceSections.constLast(), tr("Outcome"));

    auto *notes = new JournalNotes(journal, this);
    m_movingOn = new NotesSection(*notes,
        tr("Moving on is a full and good outcome. Take your time; this is for you alone."),
        { { SettingsStore::NextRelationshipKey, tr("What I want in my &next relationship:"),
            tr("How I want to be treated, what I will offer, what I will not accept") } },
        this);
    m_movingOn->setObjectName(u"movingOnSection"_s);
    addSection(m_movingOn, tr("Moving On"));
    connect(modeModel(), &JourneyModeModel::modeChanged, this, &TakeThingsSlowPage::followPath);
    followPath();

    m_today = journal.clock().today();
    m_dayTimer.setInterval(60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, &TakeThingsSlowPage::checkDayChange);
    m_dayTimer.start();
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
