// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainMenus.h"
#include "core/Step.h"
#include "steps/StepPage.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QTabWidget;
class QToolBar;

namespace Rekindle {

class Journal;
class CalendarDialog;
class CareActions;
class JournalActions;
class NoticeBanner;
class UndoNotice;
class PreferencesDialog;
class SearchBar;

/// The shell: menus, the five step tabs and the status bar. Pages own their tools; the window
/// only routes actions to the current page and remembers its geometry and last tab.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Journal &journal, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The page on screen (built now if the window was not shown yet).
    StepPage *currentPage();
    /// The page of tab `index`, built now if it was not yet (a tab's page is built when it is
    /// first shown, or asked for here).
    StepPage *page(int index);
    /// Saves everything being edited on every page. False when something could not be saved.
    bool flushAll();
    SearchBar *searchBar() const { return m_search; }
    JournalActions *journalActions() const { return m_actions; }
    CareActions *careActions() const { return m_care; }
    /// The banner about the journal as a whole (damaged, read-only), above the steps.
    NoticeBanner *journalBanner() const { return m_journalBanner; }
    /// The banner shown while saving fails; it clears when a save succeeds.
    NoticeBanner *saveBanner() const { return m_saveBanner; }
    /// "Deleted · Undo" while a delete waits.
    UndoNotice *undoNotice() const { return m_undoNotice; }
    /// Shows a record found by search: its step's tab, its section, the record selected.
    /// `step` is 0 for records without a step (every page is asked).
    bool openRecord(const QString &kind, qint64 itemId, int step);
    /// Go ▸ Calendar: the days with writing of the page on screen; a day opens its entry.
    CalendarDialog *showCalendar();

Q_SIGNALS:
    /// Restore was chosen on a journal that only the recovery window can restore.
    void recoveryRequested();
    /// A step's page was built (pages are built on first show): others adapt it, e.g. a
    /// read-only journal turns its fields read-only.
    void pageBuilt(Rekindle::StepPage *page);
    /// Preferences are about to show: others add their pages (directly connected).
    void preferencesOpening(Rekindle::PreferencesDialog &dialog);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// Tab from the page's last control goes on to the toolbar (FocusChain::acrossGroups()).
    bool focusNextPrevChild(bool next) override;

private:
    /// The menus' actions call the handlers below.
    friend class MainMenus;

    StepPage *createPage(Step step, QWidget *parent);
    /// The main toolbar (the menus' tool actions, quick hide, search) and the Tab order from
    /// it to the step tabs.
    void createToolBar(const MainMenus::ToolActions &tools);
    /// Builds the step pages afresh: after an import or restore changed the journal whole.
    void reloadPages();
    void restoreSettings();
    void saveSettings() const;
    void onTabChanged(int index);
    void showAbout();
    void showPreferences();
    void reflect();
    void checkInMood();
    void showProgress();
    /// Ctrl+Z: the text field's own undo when one has the focus, else the waiting delete's.
    void undo();

    Journal &m_journal;
    /// Made once and shared by every page, also across reloadPages().
    StepPage::Shared m_shared;
    QTabWidget *m_tabs;
    QLabel *m_saveStatus;
    NoticeBanner *m_journalBanner;
    NoticeBanner *m_saveBanner;
    UndoNotice *m_undoNotice;
    SearchBar *m_search;
    JournalActions *m_actions;
    CareActions *m_care;
    /// One per tab, null until built.
    QList<StepPage *> m_pages;
    int m_previousTab = -1;
};

} // namespace Rekindle
