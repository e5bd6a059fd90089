// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CareActions.h"
#include "Icons.h"
#include "JournalActions.h"
#include "MainMenus.h"
#include "core/DayChange.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/CalendarDialog.h"
#include "dialogs/CarePreferences.h"
#include "dialogs/JourneyPreferences.h"
#include "dialogs/LanguagePreferences.h"
#include "dialogs/MoodDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProgressDialog.h"
#include "dialogs/WritingPreferences.h"
#include "models/JournalModels.h"
#include "models/JourneyModeModel.h"
#include "models/PendingDeletes.h"
#include "models/StepProgressModel.h"
#include "steps/AcknowledgePage.h"
#include "steps/RebuildTrustPage.h"
#include "steps/ReconnectPage.h"
#include "steps/StepPage.h"
#include "steps/TakeThingsSlowPage.h"
#include "steps/WorkOnYourselfPage.h"
#include "widgets/FocusChain.h"
#include "widgets/JournalPanel.h"
#include "widgets/NoticeBanner.h"
#include "widgets/SearchBar.h"
#include "widgets/UndoNotice.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString GeometryKey = u"window/geometry"_s;
    const QString StateKey = u"window/state"_s;
    const QString LastStepKey = u"window/lastStep"_s;

} // namespace

MainWindow::MainWindow(Journal &journal, QWidget *parent)
    : QMainWindow(parent)
    , m_journal(journal)
    , m_shared { JournalModels(journal).stepProgress(this), JournalModels(journal).dayChange(this),
        new JourneyModeModel(journal, this) }
    , m_tabs(new QTabWidget(this))
    , m_saveStatus(new QLabel(this))
    , m_journalBanner(new NoticeBanner(this))
    , m_saveBanner(new NoticeBanner(this))
    , m_undoNotice(new UndoNotice(this))
    , m_search(new SearchBar(journal, this, this))
    , m_actions(new JournalActions(journal, this, [this] { return flushAll(); }))
    , m_care(new CareActions(journal, *m_shared.mode, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Rekindle"));

    m_tabs->setObjectName(u"stepTabs"_s);
    m_tabs->setAccessibleName(tr("Steps"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    reloadPages();
    // The banners sit above the steps and take no focus: typing goes on while they show.
    m_journalBanner->setObjectName(u"journalBanner"_s);
    m_saveBanner->setObjectName(u"saveBanner"_s);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_journalBanner);
    centralLayout->addWidget(m_saveBanner);
    centralLayout->addWidget(m_tabs, 1);
    centralLayout->addWidget(m_undoNotice);
    setCentralWidget(central);

    m_saveStatus->setObjectName(u"saveStatus"_s);
    statusBar()->addPermanentWidget(m_saveStatus);
    statusBar()->showMessage(tr("Everything you write stays on this computer."), 8000);

    connect(m_search, &SearchBar::openRequested, this, &MainWindow::openRecord);
    PendingDeletes &pending = JournalModels(journal).pendingDeletes();
    connect(&pending, &PendingDeletes::started, m_undoNotice, &UndoNotice::showDeleted);
    connect(&pending, &PendingDeletes::ended, m_undoNotice, &UndoNotice::endOffer);
    connect(&pending, &PendingDeletes::failed, m_undoNotice, &UndoNotice::showFailure);
    connect(m_undoNotice, &UndoNotice::undoRequested, &pending, &PendingDeletes::undo);
    JournalModels(journal).onContentReplaced(this, [this] { reloadPages(); });
    connect(m_actions, &JournalActions::recoveryNeeded, this, &MainWindow::recoveryRequested);
    connect(m_actions, &JournalActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The daily backup waits until the window is on screen.
    QTimer::singleShot(
        JournalActions::DailyBackupDelayMs, m_actions, &JournalActions::runDailyBackup);

    createToolBar(MainMenus::build(this));
    restoreSettings();
    m_previousTab = m_tabs->currentIndex();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    // A page not built yet has no title of its own to follow the journey's path.
    connect(m_shared.mode, &JourneyModeModel::modeChanged, this, [this](JourneyMode mode) {
        for (int i = 0; i < m_pages.size(); ++i) {
            if (m_pages.at(i))
                continue;
            m_tabs->setTabText(i, JourneyRules::stepTitle(Steps::all().at(i), mode));
            m_tabs->setTabToolTip(i, JourneyRules::stepSummary(Steps::all().at(i), mode));
        }
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadPages()
{
    const int current = std::max(0, m_tabs->currentIndex());
    const QSignalBlocker blocker(m_tabs);
    // The shared progress outlives the pages: count everything again after a replace.
    if (!m_pages.isEmpty())
        for (const Step step : Steps::all())
            m_shared.progress->refresh(step);
    while (m_tabs->count() > 0) {
        QWidget *holder = m_tabs->widget(0);
        m_tabs->removeTab(0);
        holder->deleteLater();
    }
    m_pages.clear();
    // Each tab holds an empty frame until it is first shown: only the page on screen is built
    // at start-up (see page()).
    for (const Step step : Steps::all()) {
        auto *holder = new QWidget(m_tabs);
        holder->setObjectName(u"stepHolder%1"_s.arg(static_cast<int>(step)));
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        const JourneyMode mode = m_shared.mode->mode();
        const int index = m_tabs->addTab(holder, JourneyRules::stepTitle(step, mode));
        m_tabs->setTabToolTip(index, JourneyRules::stepSummary(step, mode));
        m_pages << nullptr;
    }
    m_tabs->setCurrentIndex(std::min(current, int(m_pages.size()) - 1));
    m_previousTab = m_tabs->currentIndex();
    if (isVisible())
        page(m_tabs->currentIndex());
}

StepPage *MainWindow::page(int index)
{
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    if (StepPage *built = m_pages.at(index))
        return built;
    const Step step = Steps::all().at(index);
    QWidget *holder = m_tabs->widget(index);
    // The page scrolls when the window is smaller than its content (a small screen at a
    // large scale), instead of asking for a window taller than the screen; the scroll area
    // also gives the page its height for the width it has, so wrapped headers show whole.
    // It takes no focus: Tab goes from the step tabs straight into the page, and the area
    // scrolls to the control that has the focus.
    auto *scroll = new QScrollArea(holder);
    scroll->setObjectName(u"stepScroll%1"_s.arg(static_cast<int>(step)));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    StepPage *page = createPage(step, scroll);
    m_pages[index] = page;
    scroll->setWidget(page);
    holder->layout()->addWidget(scroll);
    // A child added to a frame already on screen is not shown with it.
    scroll->show();
    // Steps 3 to 5 are named after the journey's path ("Staying Safe", "Closure"...).
    connect(page, &StepPage::titleChanged, this, [this, holder, page](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(holder), title);
        m_tabs->setTabToolTip(m_tabs->indexOf(holder), page->summary());
    });
    connect(page, &StepPage::supportRequested, m_care, &CareActions::showSupport);
    connect(page->journalPanel(), &JournalPanel::saved, this, [this] {
        m_saveBanner->clearNotice();
        m_saveStatus->setText(
            tr("All changes saved at %1")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(page->journalPanel(), &JournalPanel::saveFailed, this, [this](const QString &message) {
        m_saveStatus->setText(message);
        m_saveBanner->showNotice(tr("Not saved: %1 Your text stays in the editor, and "
                                    "Rekindle keeps trying to save it.")
                                     .arg(message));
    });
    Q_EMIT pageBuilt(page);
    return page;
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Reading order round the window (DESIGN.md, "Focus"): toolbar and search, the banners
    // (when one shows a button), step tabs, the page, the undo notice below it, and on to the
    // toolbar again, not back up to the tabs.
    const QList<QWidget *> groups { findChild<QToolBar *>(u"mainToolBar"_s), m_journalBanner,
        m_saveBanner, m_tabs->tabBar(), m_tabs->currentWidget(), m_undoNotice };
    if (QWidget *to = FocusChain::acrossGroups(groups, focusWidget(), next)) {
        to->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return QMainWindow::focusNextPrevChild(next);
}

void MainWindow::showEvent(QShowEvent *event)
{
    page(m_tabs->currentIndex());
    QMainWindow::showEvent(event);
}

bool MainWindow::openRecord(const QString &kind, qint64 itemId, int step)
{
    bool shown = false;
    if (step >= 1 && step <= m_pages.size()) {
        m_tabs->setCurrentIndex(step - 1);
        shown = page(step - 1)->reveal(kind, itemId);
    } else {
        for (int i = 0; i < m_pages.size() && !shown; ++i) {
            if (page(i)->reveal(kind, itemId)) {
                m_tabs->setCurrentIndex(i);
                shown = true;
            }
        }
    }
    if (!shown)
        statusBar()->showMessage(tr("This item is no longer in the journal."), 8000);
    return shown;
}

StepPage *MainWindow::createPage(Step step, QWidget *parent)
{
    // Steps with tools of their own get their own page class here.
    switch (step) {
    case Step::Acknowledge: {
        auto *acknowledge = new AcknowledgePage(m_journal, parent, m_shared);
        // A goal made from "my part" lives in step 2: say where to find it.
        connect(acknowledge, &AcknowledgePage::goalCreated, this, [this](qint64 goalId) {
            if (auto *work = qobject_cast<WorkOnYourselfPage *>(
                    page(static_cast<int>(Step::WorkOnYourself) - 1)))
                work->showGoal(goalId);
            statusBar()->showMessage(
                tr("Goal added to Work on Yourself (%1).")
                    .arg(QKeySequence(u"Ctrl+2"_s).toString(QKeySequence::NativeText)),
                8000);
        });
        return acknowledge;
    }
    case Step::WorkOnYourself:
        return new WorkOnYourselfPage(m_journal, parent, m_shared);
    case Step::Reconnect:
        return new ReconnectPage(m_journal, parent, m_shared);
    case Step::RebuildTrust:
        return new RebuildTrustPage(m_journal, parent, m_shared);
    case Step::TakeThingsSlow:
        return new TakeThingsSlowPage(m_journal, parent, m_shared);
    default:
        return new StepPage(step, m_journal, parent, m_shared);
    }
}

StepPage *MainWindow::currentPage()
{
    return page(m_tabs->currentIndex());
}

void MainWindow::createToolBar(const MainMenus::ToolActions &tools)
{
    tools.newEntry->setIcon(Icons::icon(Icons::NewEntry));
    tools.reflect->setIcon(Icons::icon(Icons::Reflect));
    tools.mood->setIcon(Icons::icon(Icons::Mood));
    tools.progress->setIcon(Icons::icon(Icons::Progress));
    m_care->quickHideAction()->setIcon(Icons::icon(Icons::QuickHide));
    // Menus keep the platform's look: text only, as before.
    for (QAction *action : { tools.newEntry, tools.reflect, tools.mood, tools.progress })
        action->setIconVisibleInMenu(false);
    m_care->quickHideAction()->setIconVisibleInMenu(false);
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : { tools.newEntry, tools.reflect, tools.mood, tools.progress }) {
        toolBar->addAction(action);
        if (action == tools.newEntry)
            toolBar->addSeparator();
    }
    toolBar->addSeparator();
    toolBar->addAction(m_care->quickHideAction());
    addAction(m_care->quickHideAction());
    // The toolbar's buttons take Tab like any other button (DESIGN.md, "Focus"): the window
    // reads toolbar, search, step tabs, the step's tools, its actions. Tool buttons are
    // click-only by default, reachable by shortcut alone.
    for (QAction *action : toolBar->actions())
        if (QWidget *button = toolBar->widgetForAction(action); button && !action->isSeparator())
            button->setFocusPolicy(Qt::TabFocus);
    // The search field sits at the right end of the toolbar, above the tabs.
    toolBar->setFloatable(false);
    toolBar->toggleViewAction()->setEnabled(false);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_search);
    // Reading order: the toolbar's buttons, the search field at its end, then the step tabs
    // (the pages, built later, join the chain after them).
    QWidget *previous = nullptr;
    for (QAction *action : toolBar->actions()) {
        QWidget *widget = toolBar->widgetForAction(action);
        if (widget && widget->focusProxy())
            widget = widget->focusProxy(); // the search bar's field
        if (!widget || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
    // On a narrow or enlarged screen the toolbar folds its last actions (and the search) into
    // its extension button, which Qt leaves out of the Tab order: it is a Tab stop at the row's
    // end, and its menu takes the arrows.
    if (auto *more = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s)) {
        more->setFocusPolicy(Qt::TabFocus);
        more->setAccessibleName(tr("More toolbar actions"));
        if (previous)
            setTabOrder(previous, more);
        previous = more;
    }
    if (previous)
        setTabOrder(previous, m_tabs->tabBar());
    // The tab widget itself stays first in the chain, where it would take Tab from the page's
    // last control back to its tab bar (its focus proxy) instead of on to the toolbar: only
    // the tab bar is a Tab stop. (A focus policy passes on to the focus proxy: set it back.)
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->setFocusPolicy(Qt::TabFocus);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QSize available = screen()->availableGeometry().size();
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: a comfortable size that still fits small screens.
        resize(QSize(1100, 760).boundedTo(available * 0.94));
    } else if (!isMaximized() && !isFullScreen()) {
        // Saved on a larger screen (a monitor since unplugged): fit the one we have.
        resize(size().boundedTo(available));
    }
    restoreState(settings.value(StateKey).toByteArray());
    const int last = settings.value(LastStepKey, 0).toInt();
    m_tabs->setCurrentIndex(std::clamp(last, 0, int(m_pages.size()) - 1));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(LastStepKey, m_tabs->currentIndex());
}

void MainWindow::onTabChanged(int index)
{
    // Leaving a tab saves what was typed there.
    if (StepPage *previous = m_pages.value(m_previousTab))
        previous->flush();
    m_previousTab = index;
    page(index);
}

bool MainWindow::flushAll()
{
    bool ok = true;
    for (StepPage *page : std::as_const(m_pages))
        if (page) // a page never built has nothing to save
            ok = page->flush() && ok;
    // Whatever comes next (export, lock, import) sees the journal without the waiting delete.
    // A removal that fails brings its record back, and the notice says so.
    (void)JournalModels(m_journal).commitPendingDelete();
    return ok;
}

void MainWindow::undo()
{
    QWidget *focus = QApplication::focusWidget();
    // A text field takes Ctrl+Z itself; from the menu, Undo still means its text.
    const bool text = focus
        && (focus->inherits("QLineEdit") || focus->inherits("QTextEdit")
            || focus->inherits("QPlainTextEdit"))
        && !focus->property("readOnly").toBool();
    PendingDeletes &pending = JournalModels(m_journal).pendingDeletes();
    if (!text && pending.hasPending())
        pending.undo();
    else if (focus)
        QMetaObject::invokeMethod(focus, "undo");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    bool ok = true;
    for (StepPage *page : std::as_const(m_pages))
        if (page) // a page never built has nothing to save
            ok = page->leave() && ok;
    // Quitting carries out a delete that waits for its undo (see PendingDeletes).
    (void)JournalModels(m_journal).commitPendingDelete();
    if (!ok) {
        const auto answer = QMessageBox::warning(this, tr("Not Saved"),
            tr("Some of your writing could not be saved. If you quit now, it will be lost. "
               "Quit anyway?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_journal, this);
    addJourneyPreferences(dialog, m_journal);
    addCarePreferences(dialog, m_journal);
    addWritingPreferences(dialog, m_journal);
    addLanguagePreferences(dialog, u":/i18n"_s);
    Q_EMIT preferencesOpening(dialog);
    dialog.exec();
}

void MainWindow::reflect()
{
    if (StepPage *page = currentPage())
        page->reflect();
}

void MainWindow::checkInMood()
{
    StepPage *page = currentPage();
    if (!page)
        return;
    auto *dialog = new MoodDialog(page->moodModel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showProgress()
{
    StepPage *page = currentPage();
    if (!page)
        return;
    // Save what is being typed first, so that the charts count it.
    flushAll();
    auto *dialog = new ProgressDialog(m_journal, page->progressModel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

CalendarDialog *MainWindow::showCalendar()
{
    StepPage *page = currentPage();
    if (!page)
        return nullptr;
    const JournalModels models(m_journal);
    auto *dialog
        = new CalendarDialog(models.writingCalendar(page->step()), models.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalendarDialog::entryChosen, this, [this, step = page->step()](qint64 id) {
        openRecord(u"entries"_s, id, static_cast<int>(step));
    });
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(JournalModels(m_journal).directory(), this);
    dialog.exec();
}

} // namespace Rekindle
