// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Rekindle {

class InlineMessage;
class PendingDeleteFilter;
class UnsentMessageModel;

/// "Unsent messages": say what you want to tell them, here, where it cannot be sent. Each is
/// kept with its date; after a day of cooling off, read it again and let it go or keep it.
class UnsentMessagesSection final : public QWidget {
    Q_OBJECT

public:
    explicit UnsentMessagesSection(UnsentMessageModel *model, QWidget *parent = nullptr);

    /// Selects message `id` and shows it (e.g. a search result). False when it is not there.
    bool selectMessage(qint64 id);

private:
    void keepMessage();
    void showSelected();
    void setSelectedState(int state);
    void deleteSelected();
    int selectedRow() const;

    UnsentMessageModel *m_model;
    PendingDeleteFilter *m_shown = nullptr; ///< the list without the delete that waits
    QPlainTextEdit *m_editor;
    QPushButton *m_keep;
    QListView *m_list;
    QLabel *m_empty;
    QTextBrowser *m_reader;
    QLabel *m_hint;
    QPushButton *m_letGo;
    QPushButton *m_keepLater;
    QPushButton *m_delete;
    InlineMessage *m_message;
};

} // namespace Rekindle
