// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JourneyMode.h"
#include "core/ReflectionPrompts.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Rekindle {

class Clock;
class PromptListModel;
class ReflectionDialog;
class PendingDeleteFilter;
class ReflectionListModel;
class ThoughtRecordDialog;
class PromptEditorDialog;

/// The "Reflections" section of a step: the saved reflections and drafts, newest first, with
/// the selected one shown for reading; buttons start a guided reflection or a thought record,
/// carry on or edit the selected one, and edit the step's questions.
///
/// Dialogs open window-modal without blocking (open()) and delete themselves on close; the
/// functions return them so that callers and tests can drive them.
class ReflectionsPanel final : public QWidget {
    Q_OBJECT

public:
    ReflectionsPanel(ReflectionListModel *reflections, PromptListModel *prompts, const Clock &clock,
        QWidget *parent = nullptr);

    /// Starts a guided reflection, or resumes the latest unfinished one.
    ReflectionDialog *reflect();
    /// Starts a thought record, or resumes the latest unfinished one.
    ThoughtRecordDialog *recordThought();
    /// Opens the selected reflection to carry on or edit it (of either kind).
    QDialog *openSelected();
    /// Edits the person's questions of the step (the normal path's list; off the normal path
    /// steps 3 to 5 ask their own questions and the editor is not offered: nullptr).
    PromptEditorDialog *editPrompts();
    /// Follows the journey's path: steps 3 to 5 ask the path's questions off the normal path.
    void setJourneyMode(JourneyMode mode);
    /// The questions a new reflection asks now (ReflectionPrompts::forPath).
    QList<ReflectionPrompt> promptsForPath() const;
    /// Deletes the selected reflection after asking.
    void deleteSelected();

    qint64 selectedId() const;
    /// Selects reflection `id` and shows it for reading. False when it is not in the list.
    bool select(qint64 id);
    /// The text shown for the selected reflection (HTML).
    QString readerHtml() const;

private:
    QDialog *openReflection(qint64 id);
    void showSelected();
    void updateEmptyState();

    /// Whether the unfinished reflection `id` asks only questions of the current path.
    bool draftFitsPath(qint64 id) const;

    ReflectionListModel *m_model;
    PendingDeleteFilter *m_shown = nullptr; ///< the list without the delete that waits
    PromptListModel *m_prompts;
    JourneyMode m_mode = JourneyMode::Normal;
    QPushButton *m_editPrompts;
    const Clock &m_clock;
    QStackedWidget *m_stack;
    QListView *m_list;
    QTextBrowser *m_reader;
    QPushButton *m_open;
    QPushButton *m_delete;
};

} // namespace Rekindle
