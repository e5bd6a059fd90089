// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

namespace Rekindle {

class JourneyModel;
class TrustOverview;

/// Step 5: the journal, then milestones (with a gentle slow-down), the foundation and the
/// journey's outcome.
class TakeThingsSlowPage final : public StepPage {
    Q_OBJECT

public:
    explicit TakeThingsSlowPage(
        Journal &journal, QWidget *parent = nullptr, const Shared &shared = {});

    TrustOverview *overview() const { return m_overview; }

private:
    TrustOverview *m_overview;
    JourneyModel *m_journey;
};

} // namespace Rekindle
