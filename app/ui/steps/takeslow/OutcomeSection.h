// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace Rekindle {

class InlineMessage;
class JourneyModel;

/// Where the journey stands: in progress, back together, or moved on (a full, respected
/// outcome that keeps the journal and turns steps 1 and 2 to self-care).
class OutcomeSection final : public QWidget {
    Q_OBJECT

public:
    explicit OutcomeSection(JourneyModel &journey, QWidget *parent = nullptr);

private:
    void save();
    void updateFromModel();

    JourneyModel &m_journey;
    QButtonGroup *m_choices;
    QPushButton *m_save;
    QLabel *m_text;
    InlineMessage *m_message;
};

} // namespace Rekindle
