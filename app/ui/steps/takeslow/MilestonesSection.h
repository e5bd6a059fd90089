// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QWidget>
#include <functional>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace Rekindle {

class Clock;
class InlineMessage;
class MilestoneModel;
class RecordListPanel;
class TrustOverview;

/// The ordered milestones with planned and reached days, and a gentle "slow down" when two
/// come too close together or one is planned on a weak foundation.
class MilestonesSection final : public QWidget {
    Q_OBJECT

public:
    MilestonesSection(MilestoneModel *model, TrustOverview &overview, const Clock &clock,
        QWidget *parent = nullptr);

private:
    void add();
    void act(const std::function<Status(int)> &action);
    void updateWarnings();

    MilestoneModel *m_model;
    TrustOverview &m_overview;
    const Clock &m_clock;
    QLineEdit *m_title;
    QPushButton *m_add;
    QDateEdit *m_planDay;
    QPushButton *m_plan;
    QPushButton *m_reached;
    QPushButton *m_clear;
    QPushButton *m_up;
    QPushButton *m_down;
    InlineMessage *m_warning;
    InlineMessage *m_message;
    RecordListPanel *m_panel;
};

} // namespace Rekindle
