// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Rekindle {

class Clock;
class InlineMessage;
class PendingDeleteFilter;
class SmallWinModel;

/// "Small wins": a quick list of things done well, newest first.
class SmallWinsSection final : public QWidget {
    Q_OBJECT

public:
    SmallWinsSection(SmallWinModel *model, const Clock &clock, QWidget *parent = nullptr);

    /// Selects win `id` (e.g. a search result). False when it is not in the list.
    bool selectWin(qint64 id);

private:
    void addWin();
    void removeSelected();
    void updateState();

    SmallWinModel *m_model;
    PendingDeleteFilter *m_shown = nullptr; ///< the list without the delete that waits
    const Clock &m_clock;
    QLineEdit *m_what;
    QDateEdit *m_day;
    QPushButton *m_add;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_remove;
    InlineMessage *m_message;
};

} // namespace Rekindle
