// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustOverview.h"

#include "RecordFollow.h"
#include "storage/Journal.h"
#include "storage/MilestoneStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "storage/TrustStore.h"

namespace Rekindle {

TrustOverview::TrustOverview(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    RecordFollow::any(journal, this,
        { QStringLiteral("feelings_shared"), QStringLiteral("commitments"),
            QStringLiteral("issues"), QStringLiteral("contact_events"),
            QStringLiteral("milestones") },
        [this] { refresh(); });
    connect(&journal.settings(), &SettingsStore::changed, this, [this](const QString &key) {
        if (key == SettingsStore::MinMilestoneGapKey)
            refresh();
    });
    refresh();
}

Status TrustOverview::setMinGapDays(int days)
{
    return m_journal.settings().setMinMilestoneGapDays(days);
}

void TrustOverview::refresh()
{
    m_error.clear();
    const QDate today = m_journal.clock().today();
    m_minGap = m_journal.settings().minMilestoneGapDays();
    auto commitments = m_journal.trust().commitments();
    auto issues = m_journal.trust().issues();
    if (!commitments)
        m_error = commitments.error().message;
    if (!issues)
        m_error = issues.error().message;
    m_summary = TrustRules::summarize(
        commitments ? *commitments : QList<Commitment>(), issues ? *issues : QList<Issue>(), today);

    FoundationInput input;
    input.kept = m_summary.last90.kept;
    input.broken = m_summary.last90.broken;
    input.openIssues = m_summary.openIssues;
    if (auto counts = m_journal.space().responseCounts(
            m_journal.clock().now().addDays(-FoundationWindowDays))) {
        input.warm = counts->warm;
        input.responses = counts->answered;
    } else {
        m_error = counts.error().message;
    }
    m_foundation = PaceRules::assessFoundation(input);

    if (auto milestones = m_journal.milestones().milestones())
        m_warnings = PaceRules::check(*milestones, m_minGap, m_foundation.weak(), today);
    else
        m_error = milestones.error().message;
    Q_EMIT changed();
}

} // namespace Rekindle
