// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;

namespace Rekindle {

class PromptListModel;

/// Lets the person shape a step's reflection questions: add their own, reword, reorder, hide
/// (untick), and bring the built-in questions back. Nothing is stored until OK.
class PromptEditorDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PromptEditorDialog(PromptListModel *model, QWidget *parent = nullptr);

    /// Adds `text` as a new question and selects it; false (with the reason shown) if refused.
    bool addPrompt(const QString &text);
    QListView *view() const { return m_view; }

    void accept() override;
    void reject() override;

private:
    void askToAdd();
    void move(int delta);
    void removeSelected();
    void restore();
    int currentRow() const;
    void updateButtons();

    PromptListModel *m_model;
    QListView *m_view;
    QLabel *m_status;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
};

} // namespace Rekindle
