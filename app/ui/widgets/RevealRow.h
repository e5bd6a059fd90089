// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QAbstractProxyModel>

namespace Rekindle {

/// Makes the row of record `id` current in `view` over `model` (a RecordListModel), fetching
/// more rows of a paged model until it is there, and scrolls to it: how a section shows a search
/// result. False when the model has no such record.
template<typename Model> bool revealRow(QAbstractItemView *view, Model *model, qint64 id)
{
    const int row = model->fetchTo(id);
    if (row < 0)
        return false;
    QModelIndex index = model->index(row, 0);
    // A view that leaves a record out (a delete waiting for its undo) shows a proxy of it.
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model()))
        index = proxy->mapFromSource(index);
    if (!index.isValid())
        return false;
    view->setCurrentIndex(index);
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

} // namespace Rekindle
