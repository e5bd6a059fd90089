// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Rekindle {

/// The strip along the bottom of the window that says "Deleted · Undo" while a delete waits
/// (see PendingDeletes), and says so when a delete could not be carried out. It does not
/// interrupt: nothing is modal, showing it takes no focus, and it is announced to screen
/// readers. Its button is reached with Tab, with Alt+U, or (as the window's Undo) with Ctrl+Z
/// when the focus is not in a text field.
class UndoNotice final : public QFrame {
    Q_OBJECT

public:
    explicit UndoNotice(QWidget *parent = nullptr);

    /// Offers to undo the delete that just happened.
    void showDeleted();
    /// Says that a delete failed and the record is back; stays until dismissed or replaced.
    void showFailure(const QString &message);
    /// Hides the offer (the delete was undone or carried out); a failure stays.
    void endOffer();
    QString text() const;
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    void undoRequested();

private:
    void announce();

    QLabel *m_text;
    QPushButton *m_undo;
    QPushButton *m_dismiss;
    bool m_failure = false;
};

} // namespace Rekindle
