// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

namespace Rekindle {

class JourneyModel;
class MyPartSection;
class SpaceOverview;
class SpaceSection;
class UnsentMessagesSection;

/// Step 1: the journal, then "Where I stand", "My part", "Space" and "Unsent messages".
class AcknowledgePage final : public StepPage {
    Q_OBJECT

public:
    explicit AcknowledgePage(
        Journal &journal, QWidget *parent = nullptr, const Shared &shared = {});

    SpaceOverview *overview() const { return m_overview; }
    JourneyModel *journey() const { return m_journey; }

Q_SIGNALS:
    /// A goal of step 2 was made from a "my part" item.
    void goalCreated(qint64 goalId);

private:
    void applyJourneyWording();

    SpaceOverview *m_overview;
    JourneyModel *m_journey;
    MyPartSection *m_myPartSection = nullptr;
    SpaceSection *m_spaceSection = nullptr;
    UnsentMessagesSection *m_unsentSection = nullptr;
};

} // namespace Rekindle
