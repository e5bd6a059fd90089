// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QHBoxLayout;
class QTableView;

namespace Rekindle {

class RecordModel;
class InlineMessage;
class PendingDeleteFilter;

/// A table of records edited in place (double-click or F2 on a cell), with a Delete button
/// and a message line for refused edits. Used by the sections of steps 3-5. A delete can be
/// undone for a while (see PendingDeletes): the table leaves its row out meanwhile, so the
/// view's rows are not the model's; currentRow() and selectModelRow() speak the model's.
class RecordListPanel final : public QWidget {
    Q_OBJECT

public:
    /// Child object names start with `name`: `<name>Table`, `<name>Delete`, `<name>Message`.
    RecordListPanel(RecordModel *model, const QString &name, const QString &title,
        int stretchColumn, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RecordModel *model() const { return m_model; }
    InlineMessage *message() const { return m_message; }
    /// The model's row of the selected record, or -1.
    int currentRow() const;
    /// Selects the model's row `row` and scrolls to it; false when it is not shown.
    bool selectModelRow(int row);
    /// Adds a button next to Delete (for actions on the selected record).
    void addButton(QPushButton *button);

private:
    void removeCurrent();
    void updateButtons();

    RecordModel *m_model;
    PendingDeleteFilter *m_visible = nullptr;
    QTableView *m_view;
    QPushButton *m_delete;
    InlineMessage *m_message;
    QList<QPushButton *> m_rowButtons;
    QHBoxLayout *m_buttons;
};

} // namespace Rekindle
