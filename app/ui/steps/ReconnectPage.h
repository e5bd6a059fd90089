// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"

namespace Rekindle {

class ContactLogSection;
class JourneyModel;
class ReconnectOverview;
class SafetyGate;

/// Step 3: the journal, the safety check, readiness, then the contact log and meet-ups, which
/// are shown only when the safety check raised no concern. Off the normal path ("Staying safe",
/// "Respecting their no") only the journal, reflections and the safety check remain.
class ReconnectPage final : public StepPage {
    Q_OBJECT

public:
    explicit ReconnectPage(Journal &journal, QWidget *parent = nullptr, const Shared &shared = {});

    ReconnectOverview *overview() const { return m_overview; }
    /// Whether the contact tools (log, meet-ups) are shown rather than the safety notice.
    bool contactToolsShown() const;

private:
    void followPath();

    ReconnectOverview *m_overview;
    JourneyModel *m_journey;
    QList<SafetyGate *> m_gates;
    QWidget *m_safetySection;
    QWidget *m_readiness;
    QWidget *m_messageCheck = nullptr;
};

} // namespace Rekindle
