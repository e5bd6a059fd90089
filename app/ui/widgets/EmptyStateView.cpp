// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyStateView.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Rekindle {

EmptyStateView::EmptyStateView(QAbstractItemView *view, const QString &emptyText, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(view)
    , m_empty(new QLabel(emptyText, this))
{
    m_empty->setObjectName(view->objectName() + u"EmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setFrameShape(QFrame::StyledPanel);
    addWidget(view);
    addWidget(m_empty);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateView::update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateView::update);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateView::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateView::update);
    }
    update();
}

bool EmptyStateView::isShowingEmptyState() const
{
    return currentWidget() == m_empty;
}

void EmptyStateView::update()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = !model || model->rowCount() == 0;
    // The view keeps keyboard focus where it had it when the first row arrives.
    setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace Rekindle
