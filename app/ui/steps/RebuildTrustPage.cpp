// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RebuildTrustPage.h"

#include "models/CommitmentModel.h"
#include "models/FeelingModel.h"
#include "models/IssueModel.h"
#include "models/TrustOverview.h"
#include "rebuildtrust/CommitmentsSection.h"
#include "rebuildtrust/FeelingsSection.h"
#include "rebuildtrust/IssuesSection.h"
#include "rebuildtrust/TrustSummarySection.h"
#include "storage/Journal.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

RebuildTrustPage::RebuildTrustPage(Journal &journal, QWidget *parent)
    : StepPage(Step::RebuildTrust, journal, parent)
    , m_overview(new TrustOverview(journal, this))
    , m_commitments(new CommitmentModel(journal.trust(), journal.clock(), this))
{
    addSection(new TrustSummarySection(*m_overview, this), tr("Summary"));
    addSection(new FeelingsSection(
                   new FeelingModel(journal.trust(), journal.clock(), this), journal.clock(), this),
        tr("Feelings Shared"));
    addSection(new CommitmentsSection(m_commitments, journal.clock(), this), tr("Commitments"));
    addSection(new IssuesSection(
                   new IssueModel(journal.trust(), journal.clock(), this), journal.clock(), this),
        tr("Issues"));

    // "Overdue" and the 30/90-day windows move on at midnight.
    m_today = journal.clock().today();
    m_dayTimer.setInterval(60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, &RebuildTrustPage::checkDayChange);
    m_dayTimer.start();
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
