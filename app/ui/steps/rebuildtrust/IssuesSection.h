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
class IssueModel;

/// Issues that come up: who raised it, when, what, where it stands and what we agreed.
class IssuesSection final : public QWidget {
    Q_OBJECT

public:
    IssuesSection(IssueModel *model, const Clock &clock, QWidget *parent = nullptr);

private:
    void add();

    IssueModel *m_model;
    QComboBox *m_by;
    QDateEdit *m_raised;
    QLineEdit *m_what;
    QPushButton *m_add;
    InlineMessage *m_message;
};

} // namespace Rekindle
