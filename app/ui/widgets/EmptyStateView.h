// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QAbstractItemView;
class QLabel;

namespace Rekindle {

/// A list or table that says, in a friendly sentence, what will appear in it while it has
/// no rows, instead of showing an empty box. It follows the view's model.
class EmptyStateView final : public QStackedWidget {
    Q_OBJECT

public:
    /// Takes `view` (its model set) as its first page.
    EmptyStateView(QAbstractItemView *view, const QString &emptyText, QWidget *parent = nullptr);

    bool isShowingEmptyState() const;
    QLabel *emptyLabel() const { return m_empty; }

private:
    void update();

    QAbstractItemView *m_view;
    QLabel *m_empty;
};

} // namespace Rekindle
