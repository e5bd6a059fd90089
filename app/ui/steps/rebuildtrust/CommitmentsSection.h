// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace Rekindle {

class Clock;
class CommitmentModel;
class InlineMessage;
class RecordListPanel;

/// Commitments: the promise, when it was made, an optional due date, and whether it was kept.
class CommitmentsSection final : public QWidget {
    Q_OBJECT

public:
    CommitmentsSection(CommitmentModel *model, const Clock &clock, QWidget *parent = nullptr);

private:
    void add();

    CommitmentModel *m_model;
    QLineEdit *m_promise;
    QDateEdit *m_made;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QPushButton *m_add;
    InlineMessage *m_message;
    RecordListPanel *m_panel;
};

} // namespace Rekindle
