// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

class QLabel;

namespace Rekindle {

/// Puts its items side by side and wraps them onto more rows when the width is short: one row
/// of fields in a wide window, two or one to a row in a narrow one, at a large scale or with
/// long translations, instead of a form wider than the window. It has height for width, so
/// the page above gives it the rows it needs.
///
/// With uniform columns every item gets the same width (a grid of fields); otherwise each
/// gets its preferred width, and a row's spare width goes to the items that expand (a line
/// edit), or is left at the end.
class FlowLayout final : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout &) = delete;
    FlowLayout &operator=(const FlowLayout &) = delete;

    void setUniformColumns(bool uniform);
    [[nodiscard]] bool uniformColumns() const { return m_uniform; }

    /// Adds `label` and its buddy `field` as one item that never splits; the field takes the
    /// item's spare width.
    void addField(QLabel *label, QWidget *field);
    /// Adds `layout` as one item (the layout becomes this one's child).
    void addLayout(QLayout *layout);

    void addItem(QLayoutItem *item) override;
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize minimumSize() const override;
    [[nodiscard]] QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    void invalidate() override;

private:
    struct Placement {
        QLayoutItem *item;
        QRect rect;
    };
    /// Where each shown item goes in `rect` (inside the margins), and the height that takes.
    [[nodiscard]] QList<Placement> arrange(const QRect &rect, int *height) const;
    [[nodiscard]] QList<QLayoutItem *> shownItems() const;
    /// The gap between items and between rows.
    [[nodiscard]] int gap() const;

    QList<QLayoutItem *> m_items;
    bool m_uniform = false;
    mutable int m_cachedWidth = -1;
    mutable int m_cachedHeight = 0;
};

} // namespace Rekindle
