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

} // namespace Rekindle::FocusChain
