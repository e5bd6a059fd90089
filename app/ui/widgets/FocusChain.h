// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace Rekindle::FocusChain {

/// Puts `widgets`, in this order, after every other control inside `scope` in the Tab order:
/// for controls that read last (a dialog's buttons, a page's actions) but were made before
/// controls added later (pages of a dialog, sections of a step). QWidget::setTabOrder() alone
/// cannot say "after whatever is there now".
void putLast(QWidget *scope, const QList<QWidget *> &widgets);

/// The same for every control inside `group` (e.g. a QDialogButtonBox), keeping their order.
void putLast(QWidget *scope, QWidget *group);

/// The controls Tab stops at now inside `group` (or `group` itself): shown, enabled, taking Tab,
/// in the window's focus chain order.
QList<QWidget *> tabStops(QWidget *group);

/// Where Tab (`next`) or Shift+Tab goes from `from` when a window reads as `groups`, in this
/// order and round again (the toolbar, the step tabs, the page, the notice below it): from the
/// last stop of a group to the first of the next one that has any, from the first back to the
/// last of the one before. Null when `from` is not at such an edge (Tab goes on as the chain
/// says): the chain alone would wrap through the window's oldest controls instead.
QWidget *acrossGroups(const QList<QWidget *> &groups, QWidget *from, bool next);

} // namespace Rekindle::FocusChain
