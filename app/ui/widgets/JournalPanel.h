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
struct EntryContent;
class EntryListModel;
class JournalSpelling;
class PendingDeleteFilter;
class PendingDeletes;

/// The journal of one step: the list of its entries, newest first, beside an editor.
///
/// Autosaves: shortly after a pause in typing, at the latest a few seconds into continuous
/// typing, and whenever the entry is left (another entry, another tab, closing). When a save
/// fails the text stays in the editor, saveFailed() tells the window (which shows a banner
/// that takes no focus), and saving is retried on a timer with back-off until it succeeds.
/// A long text autosaves in the background (EntryListModel::saveEntryInBackground): the editor
/// says "Saving…" and counts it saved only when the worker confirms; leaving the entry, the
/// tab or the app waits for that save first (flush()).
class JournalPanel final : public QWidget {
    Q_OBJECT

public:
    /// Pause in typing after which the text is saved.
    static constexpr int AutosaveDelayMs = 700;
    /// Longest time typed text stays unsaved while typing goes on.
    static constexpr int AutosaveMaxDelayMs = 3000;
    /// After a failed save: the first retry, doubled after each failure up to the longest.
    static constexpr int RetryFirstMs = 1000;
    static constexpr int RetryMaxMs = 30000;
    /// Texts from this many characters on autosave in the background: below it a save takes a
    /// few milliseconds, above it the full-text index alone may hold the window up.
    static constexpr qsizetype BackgroundSaveChars = qsizetype(256) * 1024;
    /// How long flush() waits for a save in the background before it gives up (not saved).
    static constexpr int SaveWaitMs = 30000;

    /// Deletes wait in `pending` for their undo; the list leaves the waiting one out.
    JournalPanel(EntryListModel *model, PendingDeletes &pending, const QString &emptyHint,
        QWidget *parent = nullptr);

    /// Changes the words shown while there are no entries (they follow the journey's path).
    void setEmptyHint(const QString &hint);
    /// Starts a new entry and puts the cursor in its text. It is written once it has text.
    void newEntry();
    /// Deletes the selected entry: it leaves the list at once and the journal once the
    /// window's "Deleted · Undo" has passed (see PendingDeletes). What was typed is saved
    /// first, so that Undo brings back the entry as it was.
    void deleteCurrentEntry();
    /// Saves pending edits now, after any save still running in the background. False when they
    /// could not be saved (the text is kept).
    bool flush();
    /// Called when the panel is left for good (closing): saves (an empty draft leaves nothing).
    bool leave();

    /// Saves pending edits, then selects entry `id` (fetching older pages as needed) and
    /// scrolls to it. False when the entry is not in this panel's list or edits could not
    /// be saved.
    bool selectEntry(qint64 id);

    /// The editor checks spelling with `spelling` (null: not at all).
    void setSpelling(JournalSpelling *spelling);

    qint64 currentEntryId() const { return m_currentId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    /// Whether the editor holds a new entry that has no text yet, so is not in the journal.
    bool isDraft() const { return m_draft; }

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    /// Takes up a change of the current row made while the list's rows moved.
    void followCurrent();
    /// Selects an entry that came back (an undo, a failed removal).
    void onRestored(int row, bool undone);
    void onEdited();
    /// The timers' save: a long text in the background, a short one at once.
    void autosave();
    void onBackgroundSaved(qint64 id);
    void onBackgroundFailed(qint64 id, const QString &message);
    bool saveNow(const EntryContent &content);
    void showEntry(qint64 id);
    void updateEmptyState();
    /// Selects row `row` of the list as shown (without the entry whose delete waits).
    void selectRow(int row);
    /// The list's row of the model's row `row`, or -1.
    int visibleRow(int modelRow) const;
    /// Writes the draft of "New Entry" once it has text (creating the entry), else nothing.
    bool writeDraft();
    bool failed(const QString &message);
    bool succeeded();

    EntryListModel *m_model;
    PendingDeletes &m_pending;
    PendingDeleteFilter *m_visible;
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
    bool m_draft = false; ///< the editor holds a new entry that is not in the journal yet
    bool m_dirty = false;
    bool m_switching = false;
    int m_rowsMoving = 0; ///< inside a removal or insertion of the list's rows
    QTimer m_retry;
    int m_failures = 0; ///< saves failed in a row
};

} // namespace Rekindle
