// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustOverview.h"

#include "PendingDeletes.h"
#include "RecordFollow.h"
#include "storage/Journal.h"
#include "storage/MilestoneStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"
#include "storage/TrustStore.h"

#include <QStringList>

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
    // A record whose delete waits for its undo no longer counts (it is gone from every list).
    connect(&PendingDeletes::of(journal), &PendingDeletes::pendingChanged, this,
        [this](const QString &kind) {
            if (QStringList { QStringLiteral("commitments"), QStringLiteral("issues"),
                    QStringLiteral("milestones") }
                    .contains(kind))
                refresh();
        });
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

namespace {

    /// `records` without the one of `kind` whose delete waits.
    template<typename T>
    QList<T> withoutPending(QList<T> records, const PendingDeletes &pending, const QString &kind)
    {
        if (pending.hasPending())
            records.removeIf([&](const T &r) { return pending.isPending(kind, r.id); });
        return records;
    }

} // namespace

void TrustOverview::refresh()
{
    const PendingDeletes &pending = PendingDeletes::of(m_journal);
    m_error.clear();
    const QDate today = m_journal.clock().today();
    m_minGap = m_journal.settings().minMilestoneGapDays();
    // Only what the summary reads: a journal of years holds thousands of settled ones.
    auto commitments
        = m_journal.trust().openOrSettledSince(today.addDays(1 - TrustRules::SummaryWindowDays));
    auto issues = m_journal.trust().unresolvedIssues();
    if (!commitments)
        m_error = commitments.error().message;
    if (!issues)
        m_error = issues.error().message;
    m_summary
        = TrustRules::summarize(withoutPending(commitments ? *commitments : QList<Commitment>(),
                                    pending, QStringLiteral("commitments")),
            withoutPending(issues ? *issues : QList<Issue>(), pending, QStringLiteral("issues")),
            today);

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
        m_warnings
            = PaceRules::check(withoutPending(*milestones, pending, QStringLiteral("milestones")),
                m_minGap, m_foundation.weak(), today);
    else
        m_error = milestones.error().message;
    Q_EMIT changed();
}

} // namespace Rekindle
