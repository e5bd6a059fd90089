// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RebuildTrustPage.h"

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
#include "storage/Journal.h"
#include "storage/SettingsStore.h"
#include "ui/steps/NotesSection.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

RebuildTrustPage::RebuildTrustPage(Journal &journal, QWidget *parent)
    : StepPage(Step::RebuildTrust, journal, parent)
    , m_overview(new TrustOverview(journal, this))
    , m_commitments(new CommitmentModel(journal.trust(), journal.clock(), this))
{
    m_trustSections << new TrustSummarySection(*m_overview, this);
    addSection(m_trustSections.constLast(), tr("Summary"));
    m_trustSections << new FeelingsSection(
        new FeelingModel(journal.trust(), journal.clock(), this), journal.clock(), this);
    addSection(m_trustSections.constLast(), tr("Feelings Shared"));
    m_trustSections << new CommitmentsSection(m_commitments, journal.clock(), this);
    addSection(m_trustSections.constLast(), tr("Commitments"));
    m_trustSections << new IssuesSection(
        new IssueModel(journal.trust(), journal.clock(), this), journal.clock(), this);
    addSection(m_trustSections.constLast(), tr("Issues"));

    auto *notes = new JournalNotes(journal, this);
    m_safetyPlan = new NotesSection(*notes,
        tr("A plan for hard moments, for you alone. Keep it somewhere you can reach quickly; "
           "the numbers of support services are under Help ▸ Support and Safety."),
        { { SettingsStore::PlanTrustedKey, tr("&People I trust and can call:"),
              tr("Names and numbers of people who will help") },
            { SettingsStore::PlanPlacesKey, tr("Safe &places I can go to:"),
                tr("A friend's home, family, a public place open late…") },
            { SettingsStore::PlanDocumentsKey, tr("Important &documents and things to take:"),
                tr("ID, bank cards, medication, keys, phone charger…") },
            { SettingsStore::PlanEmergencyKey, tr("What I will do in an &emergency:"),
                tr("Who I call first, where I go, the emergency number") } },
        this);
    m_safetyPlan->setObjectName(u"safetyPlanSection"_s);
    addSection(m_safetyPlan, tr("Safety Plan"));
    m_closure = new NotesSection(*notes,
        tr("Closure comes from within. What you write here is for you alone and is never sent."),
        { { SettingsStore::LetterKey, tr("A &letter you never send:"),
              tr("Everything you would like to say, without holding back") },
            { SettingsStore::LessonsKey, tr("What I &learned:"),
                tr("About myself, about what I need, about what I will not accept") } },
        this);
    m_closure->setObjectName(u"closureSection"_s);
    addSection(m_closure, tr("Closure"));
    connect(modeModel(), &JourneyModeModel::modeChanged, this, &RebuildTrustPage::followPath);
    followPath();

    // "Overdue" and the 30/90-day windows move on at midnight.
    m_today = journal.clock().today();
    m_dayTimer.setInterval(60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, &RebuildTrustPage::checkDayChange);
    m_dayTimer.start();
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

void RebuildTrustPage::checkDayChange()
{
    const QDate today = journal().clock().today();
    if (today == m_today)
        return;
    m_today = today;
    m_overview->refresh();
    m_commitments->reload();
}

bool RebuildTrustPage::reveal(const QString &kind, qint64 itemId)
{
    if (kind == u"feelings_shared"_s)
        return revealTableRow(u"feelingsSection"_s, u"feelingTable"_s, itemId);
    if (kind == u"commitments"_s)
        return revealTableRow(u"commitmentsSection"_s, u"commitmentTable"_s, itemId);
    if (kind == u"issues"_s)
        return revealTableRow(u"issuesSection"_s, u"issueTable"_s, itemId);
    return StepPage::reveal(kind, itemId);
}

} // namespace Rekindle
