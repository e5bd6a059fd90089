// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QMenu;

namespace Rekindle {

class MainWindow;

/// The window's menu bar: every menu and its actions, shortcuts and roles. The actions route to
/// the window's own handlers (it is the window's friend); the window puts the tool actions on
/// its toolbar.
class MainMenus final {
public:
    /// The actions the toolbar shows too.
    struct ToolActions {
        QAction *newEntry;
        QAction *reflect;
        QAction *mood;
        QAction *progress;
    };

    /// Fills `window`'s menu bar (once, when the window is made).
    static ToolActions build(MainWindow *window);

private:
    static void addTextEditingActions(MainWindow *window, QMenu *menu);
};

} // namespace Rekindle
