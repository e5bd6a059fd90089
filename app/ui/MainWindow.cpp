// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Appearance.h"
#include "CareActions.h"
#include "EntryPrinter.h"
#include "Icons.h"
#include "JournalActions.h"
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
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
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

    createActions();
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

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    QAction *newEntry = file->addAction(tr("&New Entry"), this, [this] {
        if (StepPage *page = currentPage())
            page->journalPanel()->newEntry();
    });
    newEntry->setObjectName(u"actionNewEntry"_s);
    newEntry->setShortcut(QKeySequence::New);
    newEntry->setStatusTip(tr("Start a new journal entry in the current step"));
    file->addSeparator();
    file->addAction(m_actions->exportAction());
    file->addAction(m_actions->importAction());
    file->addSeparator();
    auto *printer = new EntryPrinter(
        m_journal, this, [this] { return flushAll(); },
        [this] {
            StepPage *page = currentPage();
            return page
                ? EntryPrinter::Target { page->journalPanel()->currentEntryId(), page->step() }
                : EntryPrinter::Target {};
        });
    file->addActions(printer->actions());
    file->addSeparator();
    file->addAction(m_actions->restoreAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    addTextEditingActions(edit);
    edit->addSeparator();
    QAction *remove = edit->addAction(tr("&Delete Entry"), this, [this] {
        if (StepPage *page = currentPage())
            page->journalPanel()->deleteCurrentEntry();
    });
    remove->setObjectName(u"actionDeleteEntry"_s);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    // Not every platform has a standard key for preferences: Ctrl+, is the common fallback.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferenceKeys.isEmpty())
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);
    QAction *find = edit->addAction(tr("&Search the Journal"), m_search, &SearchBar::activate);
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *go = view->addAction(tr("Step &%1: %2").arg(i + 1).arg(m_tabs->tabText(i)), this,
            [this, i] { m_tabs->setCurrentIndex(i); });
        go->setObjectName(u"actionStep%1"_s.arg(i + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(
            on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *themes = new QActionGroup(this);
    const Appearance::Theme current = Appearance::saved();
    const std::pair<Appearance::Theme, QString> choices[] = {
        { Appearance::Theme::System, tr("&Like the System") },
        { Appearance::Theme::Light, tr("&Light") },
        { Appearance::Theme::Dark, tr("&Dark") },
    };
    for (const auto &[theme, label] : choices) {
        // An init-capture: clang before 16 (clang-tidy 14) cannot capture a structured binding.
        QAction *choice = appearance->addAction(label, this, [chosen = theme] {
            Appearance::save(chosen);
            Appearance::apply(chosen);
        });
        choice->setCheckable(true);
        choice->setChecked(theme == current);
        themes->addAction(choice);
    }
    // Reflection, mood and progress: in a menu and on the toolbar.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *calendar = go->addAction(tr("&Calendar…"), this, &MainWindow::showCalendar);
    calendar->setObjectName(u"actionCalendar"_s);
    calendar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    calendar->setStatusTip(tr("Find a day with writing in this step's journal and open it"));

    QMenu *tools = menuBar()->addMenu(tr("&Reflect"));
    QAction *reflectAction = tools->addAction(tr("&Reflect…"), this, &MainWindow::reflect);
    reflectAction->setObjectName(u"actionReflect"_s);
    reflectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reflectAction->setStatusTip(tr("Answer a few questions about the current step"));
    QAction *moodAction = tools->addAction(tr("&Mood Check-in…"), this, &MainWindow::checkInMood);
    moodAction->setObjectName(u"actionMoodCheckIn"_s);
    moodAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    moodAction->setStatusTip(tr("Note how you feel right now"));
    QAction *progressAction = tools->addAction(tr("&Progress…"), this, &MainWindow::showProgress);
    progressAction->setObjectName(u"actionProgress"_s);
    progressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    progressAction->setStatusTip(tr("See your progress and how things changed over time"));
    newEntry->setIcon(Icons::icon(Icons::NewEntry));
    reflectAction->setIcon(Icons::icon(Icons::Reflect));
    moodAction->setIcon(Icons::icon(Icons::Mood));
    progressAction->setIcon(Icons::icon(Icons::Progress));
    m_care->quickHideAction()->setIcon(Icons::icon(Icons::QuickHide));
    // Menus keep the platform's look: text only, as before.
    for (QAction *action : { newEntry, reflectAction, moodAction, progressAction })
        action->setIconVisibleInMenu(false);
    m_care->quickHideAction()->setIconVisibleInMenu(false);
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : { newEntry, reflectAction, moodAction, progressAction }) {
        toolBar->addAction(action);
        if (action == newEntry)
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addAction(m_care->supportAction());
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Rekindle"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::addTextEditingActions(QMenu *menu)
{
    // Text fields handle these keys themselves; the menu items make them discoverable and
    // reachable by mouse, acting on whichever text field has the focus.
    struct TextAction {
        const char *text;
        QKeySequence::StandardKey key;
        const char *slot;
    };
    static const TextAction actions[] = {
        { QT_TR_NOOP("&Undo"), QKeySequence::Undo, "undo" },
        { QT_TR_NOOP("&Redo"), QKeySequence::Redo, "redo" },
        { QT_TR_NOOP("Cu&t"), QKeySequence::Cut, "cut" },
        { QT_TR_NOOP("&Copy"), QKeySequence::Copy, "copy" },
        { QT_TR_NOOP("&Paste"), QKeySequence::Paste, "paste" },
        { QT_TR_NOOP("Select &All"), QKeySequence::SelectAll, "selectAll" },
    };
    for (const TextAction &entry : actions) {
        QAction *action = menu->addAction(tr(entry.text));
        action->setShortcut(entry.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (entry.key == QKeySequence::Undo) {
            // Also the undo of a delete, anywhere in the window: a text field being edited
            // takes Ctrl+Z first (it accepts the shortcut override), so this acts only
            // elsewhere, and from the menu.
            action->setObjectName(u"actionUndo"_s);
            action->setShortcutContext(Qt::WindowShortcut);
            connect(action, &QAction::triggered, this, &MainWindow::undo);
            continue;
        }
        connect(action, &QAction::triggered, this, [slot = entry.slot] {
            if (QWidget *focus = QApplication::focusWidget())
                QMetaObject::invokeMethod(focus, slot);
        });
        if (entry.key == QKeySequence::Redo)
            menu->addSeparator();
    }
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
