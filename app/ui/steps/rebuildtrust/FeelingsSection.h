// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace Rekindle {

class Clock;
class FeelingModel;
class InlineMessage;

/// Feelings shared honestly: when, what, and how it was received.
class FeelingsSection final : public QWidget {
    Q_OBJECT

public:
    FeelingsSection(FeelingModel *model, const Clock &clock, QWidget *parent = nullptr);

private:
    void add();

    FeelingModel *m_model;
    QDateEdit *m_day;
    QLineEdit *m_what;
    QLineEdit *m_received;
    QPushButton *m_add;
    InlineMessage *m_message;
};

} // namespace Rekindle
