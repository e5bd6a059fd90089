// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowHeightFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace Rekindle {

void RowHeightFitter::limitMeasuring(QTableView *view)
{
    view->horizontalHeader()->setResizeContentsPrecision(MaxRowsPerPass);
    view->verticalHeader()->setResizeContentsPrecision(MaxRowsPerPass);
}

RowHeightFitter::RowHeightFitter(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    // A table in a section not shown yet has no height of its own: its rows are fitted when it
    // is first shown, not while the window starts.
    view->installEventFilter(this);
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &RowHeightFitter::fitVisibleRows);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &RowHeightFitter::schedule);
    connect(
        view->horizontalHeader(), &QHeaderView::sectionResized, this, &RowHeightFitter::schedule);
    connect(view->horizontalHeader(), &QHeaderView::geometriesChanged, this,
        &RowHeightFitter::schedule);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &RowHeightFitter::schedule);
        connect(model, &QAbstractItemModel::modelReset, this, &RowHeightFitter::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &RowHeightFitter::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &RowHeightFitter::schedule);
    }
}

void RowHeightFitter::schedule()
{
    m_pending.start();
}

bool RowHeightFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

void RowHeightFitter::fitVisibleRows()
{
    const QAbstractItemModel *model = m_view->model();
    if (!model || model->rowCount() == 0 || !m_view->isVisible())
        return;
    // Fitting a row moves the ones below it: go on until the rows on screen stay the same.
    for (int pass = 0; pass < 3; ++pass) {
        const int first = std::max(0, m_view->rowAt(0));
        int last = m_view->rowAt(m_view->viewport()->height() - 1);
        if (last < 0)
            last = model->rowCount() - 1;
        last = std::min(last, first + MaxRowsPerPass - 1);
        bool changed = false;
        for (int row = first; row <= last; ++row) {
            const int before = m_view->rowHeight(row);
            m_view->resizeRowToContents(row);
            changed = changed || m_view->rowHeight(row) != before;
        }
        if (!changed)
            return;
    }
}

} // namespace Rekindle
