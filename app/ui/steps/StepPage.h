// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Step.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Rekindle {

class EntryListModel;
class Journal;
class JourneyModeModel;
class JournalPanel;
class MoodStrip;
class PromptListModel;
class RecentMoodModel;
class ReflectionDialog;
class ReflectionListModel;
class ReflectionsPanel;
class StepProgressIndicator;
class StepProgressModel;

/// The page of one step: a short explanation of the step, then its tools as sections. Every
/// step has its journal; steps add their own tools with addSection().
class StepPage : public QWidget {
    Q_OBJECT

public:
    /// The page builds its own models over the journal's stores.
    StepPage(Step step, Journal &journal, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    Journal &journal() const { return m_journalStore; }
    JournalPanel *journalPanel() const { return m_journal; }
    ReflectionsPanel *reflectionsPanel() const { return m_reflectionsPanel; }
    /// The latest mood check-ins (for the mood strip and the mood dialog).
    RecentMoodModel *moodModel() const { return m_moods; }
    /// The progress of all five steps (this page shows its own step's).
    StepProgressModel *progressModel() const { return m_progress; }

    /// The journey's path, which steps 3 to 5 follow (their title, guidance and tools).
    JourneyModeModel *modeModel() const { return m_mode; }
    /// The step's title on the current path (for the window's tab).
    QString title() const;

    /// Opens a guided reflection on this step (resuming an unfinished one).
    ReflectionDialog *reflect();

    /// Adds a tool of the step as a section after the ones already there.
    void addSection(QWidget *section, const QString &title);
    /// Shows record `itemId` of kind `kind` (a RecordKind::name) on this page, e.g. a search
    /// result: selects its section and the record. False when the page does not show that
    /// kind. Pages with tools of their own override this for their kinds and call the base.
    /// Reflections are shown for reading in the Reflections section; a mood check-in shows the
    /// Journal section under the mood strip (its check-ins are there).
    virtual bool reveal(const QString &kind, qint64 itemId);
    /// Replaces the guidance shown under the step's title (e.g. self-care wording once the
    /// person has moved on).
    void setGuidance(const QString &text);
    /// Saves whatever is being edited on the page. False when something could not be saved.
    virtual bool flush();
    /// Saves and tidies up before the window closes.
    virtual bool leave();

Q_SIGNALS:
    /// The title changed with the journey's path.
    void titleChanged(const QString &title);
    /// The person asked for the support and safety page (the link in the header).
    void supportRequested();

protected:
    /// Shows or hides a section added with addSection() (its tab), e.g. tools that do not
    /// belong to the journey's path.
    void setSectionVisible(QWidget *section, bool visible);
    /// Makes `section` (added with addSection()) the current one.
    void showSection(QWidget *section);
    /// Shows the section named `sectionName` (added with addSection()) and makes record
    /// `itemId` current in its table named `tableName` (a RecordListPanel's `<name>Table` over
    /// an EditableTableModel): how the pages of steps 3-5 show a search result. False when the
    /// table does not hold that record.
    bool revealTableRow(const QString &sectionName, const QString &tableName, qint64 itemId);

private:
    Step m_step;
    Journal &m_journalStore;
    EntryListModel *m_entries;
    ReflectionListModel *m_reflections;
    PromptListModel *m_prompts;
    RecentMoodModel *m_moods;
    StepProgressModel *m_progress;
    QTabWidget *m_sections;
    JournalPanel *m_journal;
    ReflectionsPanel *m_reflectionsPanel;
    QLabel *m_guidance = nullptr;
    QLabel *m_summary = nullptr;
    JourneyModeModel *m_mode;

    void updateHeader();
};

} // namespace Rekindle
