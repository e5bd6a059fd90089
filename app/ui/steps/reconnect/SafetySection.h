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
/// out is not advised and offers "moved on" as an outcome. Off the normal path it says why the
/// path changed, and after a recorded "no" offers to review what was recorded.
class SafetySection final : public QWidget {
    Q_OBJECT

public:
    SafetySection(ReconnectOverview &overview, JourneyModel &journey, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The person asked to look at the contact log and meet-ups again, to change a "no" they
    /// recorded by mistake (the tools are put away otherwise).
    void reviewRequested();

private:
    void updatePath();
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
    /// Why the journey's path changed and how the person can change it back (off the normal
    /// path only).
    QLabel *m_pathNote;
    QPushButton *m_review;
    InlineMessage *m_message;
};

} // namespace Rekindle
