// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;
class QPushButton;
class QStackedWidget;

namespace Rekindle {

class EntryEditor;
class EntryListModel;

/// The journal of one step: the list of its entries, newest first, beside an editor.
///
/// Autosaves: shortly after a pause in typing, at the latest a few seconds into continuous
/// typing, and whenever the entry is left (another entry, another tab, closing). When a save
/// fails the text stays in the editor and the problem is shown.
class JournalPanel final : public QWidget {
    Q_OBJECT

public:
    /// Pause in typing after which the text is saved.
    static constexpr int AutosaveDelayMs = 700;
    /// Longest time typed text stays unsaved while typing goes on.
    static constexpr int AutosaveMaxDelayMs = 3000;

    JournalPanel(EntryListModel *model, const QString &emptyHint, QWidget *parent = nullptr);

    /// Changes the words shown while there are no entries (they follow the journey's path).
    void setEmptyHint(const QString &hint);
    /// Starts a new entry and puts the cursor in its text.
    void newEntry();
    /// Asks for confirmation, then deletes the selected entry.
    void deleteCurrentEntry();
    /// Saves pending edits now. False when they could not be saved (the text is kept).
    bool flush();
    /// Called when the panel is left for good (closing): saves and drops an untouched new entry.
    bool leave();

    /// Saves pending edits, then selects entry `id` (fetching older pages as needed) and
    /// scrolls to it. False when the entry is not in this panel's list or edits could not
    /// be saved.
    bool selectEntry(qint64 id);

    qint64 currentEntryId() const { return m_currentId; }
    bool hasUnsavedChanges() const { return m_dirty; }

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void onEdited();
    void showEntry(qint64 id);
    void updateEmptyState();
    void selectRow(int row);
    /// Deletes the current entry when it was just created and nothing was written in it.
    void dropIfUntouched();

    EntryListModel *m_model;
    QStackedWidget *m_stack;
    QListView *m_list;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    EntryEditor *m_editor;
    QLabel *m_emptyLabel;
    QString m_emptyHint;
    QTimer m_autosave;
    QElapsedTimer m_dirtySince;
    qint64 m_currentId = 0;
    qint64 m_freshId = 0; ///< an entry made by "New entry" that has not been written in yet
    bool m_dirty = false;
    bool m_switching = false;
    bool m_failureShown = false;
};

} // namespace Rekindle
