// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Step.h"
#include "models/JournalModels.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Rekindle {

class DayChange;
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

/// What the pages of one window share, made once by the window: the progress of the five
/// steps (every page shows it and it follows every record) and the day change (one timer, not
/// one per page). A page given none (e.g. on its own in a test) makes its own.
struct SharedPageModels {
    StepProgressModel *progress = nullptr;
    DayChange *dayChange = nullptr;
    /// The journey's path (steps 3 to 5 follow it).
    JourneyModeModel *mode = nullptr;
};

/// The page of one step: a short explanation of the step, then its tools as sections. Every
/// step has its journal; steps add their own tools with addSection().
class StepPage : public QWidget {
    Q_OBJECT

public:
    using Shared = SharedPageModels;

    /// The page builds its own models over the journal through JournalModels.
    StepPage(Step step, Journal &journal, QWidget *parent = nullptr, const Shared &shared = {});

    Step step() const { return m_step; }
    /// The journal, as a handle for the models layer.
    Journal &journal() const { return m_journalStore; }
    const JournalModels &models() const { return m_models; }
    JournalPanel *journalPanel() const { return m_journal; }
    ReflectionsPanel *reflectionsPanel() const { return m_reflectionsPanel; }
    /// The latest mood check-ins (for the mood strip and the mood dialog).
    RecentMoodModel *moodModel() const { return m_moods; }
    /// The progress of all five steps (this page shows its own step's).
    StepProgressModel *progressModel() const { return m_progress; }
    /// Tells when the calendar day moves on (counts of days move on at midnight).
    DayChange *dayChange() const { return m_dayChange; }

    /// The journey's path, which steps 3 to 5 follow (their title, guidance and tools).
    JourneyModeModel *modeModel() const { return m_mode; }
    /// The step's title on the current path (for the window's tab).
    QString title() const;
    /// The step's one-sentence summary on the current path (the window tab's tooltip).
    QString summary() const;

    /// Opens a guided reflection on this step (resuming an unfinished one).
    ReflectionDialog *reflect();

    /// Adds a tool of the step as a section after the ones already there. With `tableKind` (a
    /// RecordKind::name), records of that kind (e.g. search results) open in the section's
    /// table (a RecordListPanel over a RecordModel).
    void addSection(QWidget *section, const QString &title, const QString &tableKind = {});
    /// Shows record `itemId` of kind `kind` (a RecordKind::name) on this page, e.g. a search
    /// result: selects its section and the record. False when the page does not show that
    /// kind or does not hold that record. Each page registers the kinds its sections show
    /// (addRevealer()); every page shows its step's entries and reflections, and a mood
    /// check-in shows the Journal section under the mood strip (its check-ins are there). A
    /// record in a section put away on the journey's path opens read-only, with a calm word on
    /// why (RecordViewDialog), never in the hidden section.
    bool reveal(const QString &kind, qint64 itemId);
    /// Replaces the guidance shown under the step's title (e.g. self-care wording once the
    /// person has moved on).
    void setGuidance(const QString &text);
    /// Saves whatever is being edited on the page. False when something could not be saved.
    virtual bool flush();
    /// Saves and tidies up before the window closes.
    virtual bool leave();

    /// The height the page needs at `width`: its header and actions at their height for the
    /// width, and the step's tools at their minimum, since their lists and editors scroll on
    /// their own. A QScrollArea gives a page with a wrapped header the height its widget asks
    /// for at the width it has, so with the layout's preferred height the page's last row
    /// (the entry's footer, Support and Safety, Reflect…) would sit below the fold in a
    /// window that has room for all of it; the area still scrolls when the window is smaller
    /// than this. A page shown without an area keeps its preferred size (sizeHint()).
    [[nodiscard]] int heightForWidth(int width) const override;

Q_SIGNALS:
    /// The title changed with the journey's path.
    void titleChanged(const QString &title);
    /// The person asked for the support and safety page (the link in the header).
    void supportRequested();

protected:
    /// Shows or hides a section added with addSection() (its tab), e.g. tools that do not
    /// belong to the journey's path. A hidden section's tab is taken out of the tab bar (not
    /// only hidden), so that assistive technology does not list it either; it comes back in
    /// its place.
    void setSectionVisible(QWidget *section, bool visible);
    /// Makes `section` (added with addSection()) the current one.
    void showSection(QWidget *section);
    /// Registers how the page shows records of `kind`: `reveal` selects the section and the
    /// record, false when it does not hold it.
    void addRevealer(const QString &kind, std::function<bool(qint64 itemId)> reveal);
    /// Shows `section` and makes record `itemId` current in its table (a RecordListPanel over
    /// a RecordModel). False when the table does not hold that record.
    bool revealTableRow(QWidget *section, qint64 itemId);
    void showEvent(QShowEvent *event) override;

private:
    Step m_step;
    Journal &m_journalStore;
    JournalModels m_models;
    EntryListModel *m_entries;
    ReflectionListModel *m_reflections;
    PromptListModel *m_prompts;
    RecentMoodModel *m_moods;
    StepProgressModel *m_progress;
    DayChange *m_dayChange;
    QTabWidget *m_sections;
    JournalPanel *m_journal;
    ReflectionsPanel *m_reflectionsPanel;
    QLabel *m_guidance = nullptr;
    QHash<QString, std::function<bool(qint64)>> m_revealers;
    /// Every section added, in order, with its tab's title (hidden ones are out of the tabs).
    QList<std::pair<QWidget *, QString>> m_allSections;
    QLabel *m_summary = nullptr;
    JourneyModeModel *m_mode;
    /// The step's actions, below its tools (and after them in the Tab order).
    QPushButton *m_support = nullptr;
    QPushButton *m_reflectButton = nullptr;

    void updateHeader();
    /// Puts the actions after every other control of the page in the Tab order.
    void keepActionsLast();
};

} // namespace Rekindle
