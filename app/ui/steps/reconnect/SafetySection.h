// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReconnectRules.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Rekindle {

class InlineMessage;
class JourneyModel;
class ReconnectOverview;

/// The short, respectful safety check of step 3. Answers are saved in the journal and can be
/// changed at any time; when one raises a concern the section explains plainly why reaching
/// out is not advised and offers "moved on" as an outcome.
class SafetySection final : public QWidget {
    Q_OBJECT

public:
    SafetySection(ReconnectOverview &overview, JourneyModel &journey, QWidget *parent = nullptr);

private:
    void save();
    void markMovedOn();
    void updateFromOverview();

    ReconnectOverview &m_overview;
    /// The answers last shown, so that unsaved ticks survive unrelated refreshes.
    std::optional<SafetyCheck> m_shown;
    JourneyModel &m_journey;
    QCheckBox *m_abuse;
    QCheckBox *m_noContact;
    QCheckBox *m_legalOrder;
    QPushButton *m_save;
    QLabel *m_status;
    QWidget *m_concern;
    QLabel *m_reasons;
    QPushButton *m_movedOn;
    InlineMessage *m_message;
};

} // namespace Rekindle
