// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Rekindle {

class Clock;
class GoalListModel;
class InlineMessage;

/// "Goals": add a goal with its rhythm, tick today in the table or back-fill a past day with a
/// note, see streaks and adherence, archive and restore.
class GoalsSection final : public QWidget {
    Q_OBJECT

public:
    GoalsSection(GoalListModel *active, GoalListModel *archived, const Clock &clock,
        QWidget *parent = nullptr);

    /// Selects goal `goalId`, showing archived goals when it is archived. False when there is
    /// no such goal.
    bool selectGoal(qint64 goalId);

private:
    void addGoal();
    void checkIn();
    void toggleArchived();
    void showArchived(bool archived);
    void updateState();
    GoalListModel *currentModel() const;
    int selectedRow() const;

    GoalListModel *m_active;
    GoalListModel *m_archivedModel;
    const Clock &m_clock;
    QLineEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_cadence;
    QDateEdit *m_start;
    QPushButton *m_add;
    QCheckBox *m_showArchived;
    QTableView *m_table;
    QLabel *m_empty;
    QDateEdit *m_checkInDay;
    QLineEdit *m_checkInNote;
    QPushButton *m_checkIn;
    QPushButton *m_archive;
    InlineMessage *m_message;
};

} // namespace Rekindle
