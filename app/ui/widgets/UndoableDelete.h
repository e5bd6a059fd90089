// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "models/PendingDeleteFilter.h"
#include "models/PendingDeletes.h"

#include <QAbstractItemView>
#include <QCoreApplication>

/// How a list or table offers deletes that can be undone (see PendingDeletes): the view shows
/// its model through a PendingDeleteFilter, so the view's rows are not the model's (map them
/// with PendingDeleteFilter::sourceRow()/filterRow()), and a delete hides the row at once.
namespace Rekindle::UndoableDelete {

/// Makes the row of a record that comes back (see PendingDeleteFilter::restored()) current
/// in `view`: after an undo the keyboard goes on from the record brought back (the Undo button
/// it was on has gone); after a failed removal the record stays selected, without taking the
/// focus from where the person is.
inline void selectRestored(QAbstractItemView *view, PendingDeleteFilter *filter)
{
    QObject::connect(
        filter, &PendingDeleteFilter::restored, view, [view, filter](int row, bool undone) {
            const QModelIndex index = filter->index(row, 0);
            view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
            if (undone && view->isVisible())
                view->setFocus(Qt::OtherFocusReason);
        });
}

/// Shows `model` (built by JournalModels, ids in `idRole`) in `view`, leaving out the record
/// whose delete waits, and selects a record that comes back (selectRestored()). The filter is
/// the view's child.
inline PendingDeleteFilter *show(QAbstractItemView *view, QAbstractItemModel *model, int idRole)
{
    PendingDeletes *pending = PendingDeletes::serving(model);
    Q_ASSERT_X(pending, "UndoableDelete::show", "the model was not built by JournalModels");
    auto *filter = new PendingDeleteFilter(*pending, idRole, model, view);
    view->setModel(filter);
    selectRestored(view, filter);
    return filter;
}

/// Deletes record `id` shown in `view` through `filter` (see show()): it leaves the view at
/// once, the window offers to undo, and the record after it (or before, at the end) becomes
/// current so that the keyboard goes on from there.
inline Status remove(QAbstractItemView *view, PendingDeleteFilter *filter, qint64 id)
{
    PendingDeletes *pending = PendingDeletes::serving(filter->sourceModel());
    if (!pending)
        return Error { QCoreApplication::translate(
            "Rekindle::UndoableDelete", "This record cannot be deleted here.") };
    const int shown = view->currentIndex().row();
    if (Status status = pending->remove(filter->kind(), id); !status)
        return status;
    if (filter->rowCount() > 0 && shown >= 0)
        view->setCurrentIndex(filter->index(std::min(shown, filter->rowCount() - 1), 0));
    return {};
}

} // namespace Rekindle::UndoableDelete
