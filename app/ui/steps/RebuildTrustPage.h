// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

namespace Rekindle {

class CommitmentModel;
class NotesSection;
class TrustOverview;

/// Step 4: the journal, then the trust summary, feelings shared, commitments and issues.
class RebuildTrustPage final : public StepPage {
    Q_OBJECT

public:
    explicit RebuildTrustPage(
        Journal &journal, QWidget *parent = nullptr, const Shared &shared = {});

    TrustOverview *overview() const { return m_overview; }
    bool flush() override;

private:
    /// Off the normal path, the tools for rebuilding trust give way to closure (and, while
    /// staying safe, the safety plan).
    void followPath();

    TrustOverview *m_overview;
    CommitmentModel *m_commitments;
    QList<QWidget *> m_trustSections;
    NotesSection *m_closure;
    NotesSection *m_safetyPlan;
};

} // namespace Rekindle
