// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Rekindle {

/// Draws one search result in two lines: the title with the date and step on the right, then
/// the text around the match, with matched words highlighted. Palette colours only. Its size
/// hint is as wide as the first line needs, so the popup can fit its titles; a line that is
/// still too long ends in "…", and its item's tooltip gives the whole title and text.
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /// True when `index`'s title or text does not fit `width` pixels and is cut with "…".
    static bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index, int width);
};

} // namespace Rekindle
