// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RebuildTrustPage.h"

#include "core/DayChange.h"
#include "models/CommitmentModel.h"
#include "models/FeelingModel.h"
#include "models/IssueModel.h"
#include "models/TrustOverview.h"
#include "rebuildtrust/CommitmentsSection.h"
#include "rebuildtrust/FeelingsSection.h"
#include "rebuildtrust/IssuesSection.h"
#include "rebuildtrust/TrustSummarySection.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

RebuildTrustPage::RebuildTrustPage(Journal &journal, QWidget *parent, const Shared &shared)
    : StepPage(Step::RebuildTrust, journal, parent, shared)
    , m_overview(models().trustOverview(this))
    , m_commitments(models().commitments(this))
{
    addSection(new TrustSummarySection(*m_overview, this), tr("Summary"));
    addSection(new FeelingsSection(models().feelings(this), models().clock(), this),
        tr("Feelings Shared"), u"feelings_shared"_s);
    addSection(new CommitmentsSection(m_commitments, models().clock(), this), tr("Commitments"),
        u"commitments"_s);
    addSection(new IssuesSection(models().issues(this), models().clock(), this), tr("Issues"),
        u"issues"_s);

    // "Overdue" and the 30/90-day windows move on at midnight.
    connect(dayChange(), &DayChange::dayChanged, this, [this] {
        m_overview->refresh();
        m_commitments->reload();
    });
}

} // namespace Rekindle
