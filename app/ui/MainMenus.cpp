// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainMenus.h"

#include "Appearance.h"
#include "CareActions.h"
#include "EntryPrinter.h"
#include "JournalActions.h"
#include "MainWindow.h"
#include "steps/StepPage.h"
#include "widgets/JournalPanel.h"
#include "widgets/SearchBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Rekindle {

// The texts keep the window's translation context (MainWindow::tr): they were written there,
// and the translations know them by it.
MainMenus::ToolActions MainMenus::build(MainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(MainWindow::tr("&File"));
    file->setObjectName(u"menuFile"_s);
    QAction *newEntry = file->addAction(MainWindow::tr("&New Entry"), window, [window] {
        if (StepPage *page = window->currentPage())
            page->journalPanel()->newEntry();
    });
    newEntry->setObjectName(u"actionNewEntry"_s);
    newEntry->setShortcut(QKeySequence::New);
    newEntry->setStatusTip(MainWindow::tr("Start a new journal entry in the current step"));
    file->addSeparator();
    file->addAction(window->m_actions->exportAction());
    file->addAction(window->m_actions->importAction());
    file->addSeparator();
    auto *printer = new EntryPrinter(
        window->m_journal, window, [window] { return window->flushAll(); },
        [window] {
            StepPage *page = window->currentPage();
            return page
                ? EntryPrinter::Target { page->journalPanel()->currentEntryId(), page->step() }
                : EntryPrinter::Target {};
        });
    file->addActions(printer->actions());
    file->addSeparator();
    file->addAction(window->m_actions->restoreAction());
    file->addSeparator();
    QAction *quit = file->addAction(MainWindow::tr("&Quit"), window, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = window->menuBar()->addMenu(MainWindow::tr("&Edit"));
    addTextEditingActions(window, edit);
    edit->addSeparator();
    QAction *remove = edit->addAction(MainWindow::tr("&Delete Entry"), window, [window] {
        if (StepPage *page = window->currentPage())
            page->journalPanel()->deleteCurrentEntry();
    });
    remove->setObjectName(u"actionDeleteEntry"_s);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    edit->addSeparator();
    QAction *preferences
        = edit->addAction(MainWindow::tr("&Preferences…"), window, &MainWindow::showPreferences);
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    // Not every platform has a standard key for preferences: Ctrl+, is the common fallback.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferenceKeys.isEmpty())
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);
    QAction *find = edit->addAction(
        MainWindow::tr("&Search the Journal"), window->m_search, &SearchBar::activate);
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = window->menuBar()->addMenu(MainWindow::tr("&View"));
    for (int i = 0; i < window->m_pages.size(); ++i) {
        QAction *go = view->addAction(
            MainWindow::tr("Step &%1: %2").arg(i + 1).arg(window->m_tabs->tabText(i)), window,
            [window, i] { window->m_tabs->setCurrentIndex(i); });
        go->setObjectName(u"actionStep%1"_s.arg(i + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *fullScreen
        = view->addAction(MainWindow::tr("&Full Screen"), window, [window](bool on) {
              window->setWindowState(on ? window->windowState() | Qt::WindowFullScreen
                                        : window->windowState() & ~Qt::WindowFullScreen);
          });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    QMenu *appearance = view->addMenu(MainWindow::tr("&Appearance"));
    auto *themes = new QActionGroup(window);
    const Appearance::Theme current = Appearance::saved();
    const std::pair<Appearance::Theme, QString> choices[] = {
        { Appearance::Theme::System, MainWindow::tr("&Like the System") },
        { Appearance::Theme::Light, MainWindow::tr("&Light") },
        { Appearance::Theme::Dark, MainWindow::tr("&Dark") },
    };
    for (const auto &[theme, label] : choices) {
        // An init-capture: clang before 16 (clang-tidy 14) cannot capture a structured binding.
        QAction *choice = appearance->addAction(label, window, [chosen = theme] {
            Appearance::save(chosen);
            Appearance::apply(chosen);
        });
        choice->setCheckable(true);
        choice->setChecked(theme == current);
        themes->addAction(choice);
    }
    // Reflection, mood and progress: in a menu and on the toolbar.
    QMenu *go = window->menuBar()->addMenu(MainWindow::tr("&Go"));
    QAction *calendar
        = go->addAction(MainWindow::tr("&Calendar…"), window, &MainWindow::showCalendar);
    calendar->setObjectName(u"actionCalendar"_s);
    calendar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    calendar->setStatusTip(
        MainWindow::tr("Find a day with writing in this step's journal and open it"));

    QMenu *tools = window->menuBar()->addMenu(MainWindow::tr("&Reflect"));
    QAction *reflectAction
        = tools->addAction(MainWindow::tr("&Reflect…"), window, &MainWindow::reflect);
    reflectAction->setObjectName(u"actionReflect"_s);
    reflectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reflectAction->setStatusTip(MainWindow::tr("Answer a few questions about the current step"));
    QAction *moodAction
        = tools->addAction(MainWindow::tr("&Mood Check-in…"), window, &MainWindow::checkInMood);
    moodAction->setObjectName(u"actionMoodCheckIn"_s);
    moodAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    moodAction->setStatusTip(MainWindow::tr("Note how you feel right now"));
    QAction *progressAction
        = tools->addAction(MainWindow::tr("&Progress…"), window, &MainWindow::showProgress);
    progressAction->setObjectName(u"actionProgress"_s);
    progressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    progressAction->setStatusTip(
        MainWindow::tr("See your progress and how things changed over time"));

    QMenu *help = window->menuBar()->addMenu(MainWindow::tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addAction(window->m_care->supportAction());
    help->addSeparator();
    QAction *about
        = help->addAction(MainWindow::tr("&About Rekindle"), window, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(MainWindow::tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    return { newEntry, reflectAction, moodAction, progressAction };
}

void MainMenus::addTextEditingActions(MainWindow *window, QMenu *menu)
{
    // Text fields handle these keys themselves; the menu items make them discoverable and
    // reachable by mouse, acting on whichever text field has the focus.
    struct TextAction {
        const char *text;
        QKeySequence::StandardKey key;
        const char *slot;
    };
    static const TextAction actions[] = {
        { QT_TRANSLATE_NOOP("Rekindle::MainWindow", "&Undo"), QKeySequence::Undo, "undo" },
        { QT_TRANSLATE_NOOP("Rekindle::MainWindow", "&Redo"), QKeySequence::Redo, "redo" },
        { QT_TRANSLATE_NOOP("Rekindle::MainWindow", "Cu&t"), QKeySequence::Cut, "cut" },
        { QT_TRANSLATE_NOOP("Rekindle::MainWindow", "&Copy"), QKeySequence::Copy, "copy" },
        { QT_TRANSLATE_NOOP("Rekindle::MainWindow", "&Paste"), QKeySequence::Paste, "paste" },
        { QT_TRANSLATE_NOOP("Rekindle::MainWindow", "Select &All"), QKeySequence::SelectAll,
            "selectAll" },
    };
    for (const TextAction &entry : actions) {
        QAction *action = menu->addAction(MainWindow::tr(entry.text));
        action->setShortcut(entry.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (entry.key == QKeySequence::Undo) {
            // Also the undo of a delete, anywhere in the window: a text field being edited
            // takes Ctrl+Z first (it accepts the shortcut override), so this acts only
            // elsewhere, and from the menu.
            action->setObjectName(u"actionUndo"_s);
            action->setShortcutContext(Qt::WindowShortcut);
            QObject::connect(action, &QAction::triggered, window, &MainWindow::undo);
            continue;
        }
        QObject::connect(action, &QAction::triggered, window, [slot = entry.slot] {
            if (QWidget *focus = QApplication::focusWidget())
                QMetaObject::invokeMethod(focus, slot);
        });
        if (entry.key == QKeySequence::Redo)
            menu->addSeparator();
    }
}

} // namespace Rekindle
