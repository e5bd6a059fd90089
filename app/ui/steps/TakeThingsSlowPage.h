// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

namespace Rekindle {

class JourneyModel;
class NotesSection;
class TrustOverview;

/// Step 5: the journal, then milestones (with a gentle slow-down), the foundation and the
/// journey's outcome.
class TakeThingsSlowPage final : public StepPage {
    Q_OBJECT

public:
    explicit TakeThingsSlowPage(
        Journal &journal, QWidget *parent = nullptr, const Shared &shared = {});

    TrustOverview *overview() const { return m_overview; }
    bool flush() override;

private:
    /// Off the normal path, milestones, the foundation and the outcome toward reconciliation
    /// give way to moving on.
    void followPath();

    TrustOverview *m_overview;
    JourneyModel *m_journey;
    QList<QWidget *> m_paceSections;
    NotesSection *m_movingOn;
};

} // namespace Rekindle
