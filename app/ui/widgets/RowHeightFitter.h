// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QTableView;

namespace Rekindle {

/// Fits the rows of a table with wrapped text to their content, but only the rows on screen:
/// resizeRowsToContents() measures every row, which with a thousand long items costs more than
/// the whole window. Rows are fitted as they scroll into view, once the columns have their
/// widths, and after the model changes; a row never seen keeps the default height. A table that
/// is not shown (a section behind another tab) is fitted when it is shown.
class RowHeightFitter final : public QObject {
    Q_OBJECT

public:
    /// Most rows measured per pass (more than any screen shows).
    static constexpr int MaxRowsPerPass = 200;
    /// Sets up `view`'s headers so that nothing measures every row: columns that size to
    /// their contents look at a bounded sample of rows.
    static void limitMeasuring(QTableView *view);

    explicit RowHeightFitter(QTableView *view);

    /// Fits the visible rows soon (several requests make one pass).
    void schedule();
    /// Fits the visible rows now (nothing while the table is hidden).
    void fitVisibleRows();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    QTimer m_pending;
};

} // namespace Rekindle
