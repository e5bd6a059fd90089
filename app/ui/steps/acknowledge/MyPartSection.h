// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Rekindle {

class RowHeightFitter;

class InlineMessage;
class MyPartModel;
class PendingDeleteFilter;

/// "My part": an honest, kind list of my own mistakes and habits, each with what I will do
/// instead, edited in place; any of them can become a goal of step 2.
class MyPartSection final : public QWidget {
    Q_OBJECT

public:
    explicit MyPartSection(MyPartModel *model, QWidget *parent = nullptr);

    /// Asks before deleting the selected item (the answer comes from a dialog).
    void deleteSelected();
    void turnSelectedIntoGoal();

    /// Selects item `id` (e.g. a search result). False when it is not in the list.
    bool selectItem(qint64 id);

Q_SIGNALS:
    /// A goal was made from an item: the page may point the person to step 2.
    void goalCreated(qint64 goalId);

private:
    void addItem();
    void updateState();
    int selectedRow() const;

    MyPartModel *m_model;
    PendingDeleteFilter *m_shown = nullptr; ///< the table without the delete that waits
    QLineEdit *m_what;
    QLineEdit *m_part;
    QLineEdit *m_instead;
    QPushButton *m_add;
    QTableView *m_table;
    RowHeightFitter *m_rowFitter = nullptr;
    QLabel *m_empty;
    QPushButton *m_toGoal;
    QPushButton *m_delete;
    InlineMessage *m_message;
};

} // namespace Rekindle
