// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace Rekindle {

class Clock;
class InlineMessage;
class MeetupModel;

/// Plan a casual outing (coffee, a walk…) and, afterwards, note how it went.
class MeetupsSection final : public QWidget {
    Q_OBJECT

public:
    MeetupsSection(MeetupModel *model, const Clock &clock, QWidget *parent = nullptr);

private:
    void plan();

    MeetupModel *m_model;
    QDateEdit *m_day;
    QComboBox *m_kind;
    QLineEdit *m_place;
    QPushButton *m_plan;
    InlineMessage *m_message;
};

} // namespace Rekindle
