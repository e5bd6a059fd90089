// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace Rekindle {

class InlineMessage;
class SpaceOverview;

/// "Where I stand": the breakup date, days since, and an explicit, revisable acceptance that
/// the relationship is over, with the day it was marked.
class StandingSection final : public QWidget {
    Q_OBJECT

public:
    explicit StandingSection(SpaceOverview &overview, QWidget *parent = nullptr);

private:
    void saveBreakupDate();
    void onAcceptanceToggled(bool accepted);
    void updateFromOverview();

    SpaceOverview &m_overview;
    QDateEdit *m_breakupDate;
    QPushButton *m_saveDate;
    QLabel *m_daysSince;
    QCheckBox *m_accept;
    QLabel *m_acceptedNote;
    InlineMessage *m_message;
};

} // namespace Rekindle
