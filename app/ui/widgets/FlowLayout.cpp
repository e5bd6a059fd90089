// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowLayout.h"

#include "ui/Design.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace Rekindle {

namespace {

    /// The height `item` takes at `width`.
    int heightAt(const QLayoutItem *item, int width)
    {
        return item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
    }

} // namespace

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    // Rows of a form (DESIGN.md, "Spacing"), and the same between the fields of a row.
    setSpacing(Design::Space::M);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::setUniformColumns(bool uniform)
{
    if (m_uniform == uniform)
        return;
    m_uniform = uniform;
    invalidate();
}

void FlowLayout::addField(QLabel *label, QWidget *field)
{
    auto *pair = new QHBoxLayout;
    pair->setSpacing(Design::Space::XS);
    pair->addWidget(label);
    pair->addWidget(field, 1);
    addLayout(pair);
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    addItem(layout);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    if (width != m_cachedWidth) {
        const QMargins margins = contentsMargins();
        int height = 0;
        (void)arrange(QRect(0, 0, width - margins.left() - margins.right(), 0), &height);
        m_cachedWidth = width;
        m_cachedHeight = height + margins.top() + margins.bottom();
    }
    return m_cachedHeight;
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : shownItems())
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size.grownBy(margins);
}

QSize FlowLayout::sizeHint() const
{
    // Everything in one row.
    const QList<QLayoutItem *> shown = shownItems();
    int width = 0;
    int height = 0;
    int widest = 0;
    for (const QLayoutItem *item : shown) {
        width += item->sizeHint().width();
        widest = std::max(widest, item->sizeHint().width());
        height = std::max(height, item->sizeHint().height());
    }
    if (m_uniform)
        width = widest * int(shown.size());
    if (!shown.isEmpty())
        width += gap() * int(shown.size() - 1);
    return QSize(width, height).grownBy(contentsMargins());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const QRect inner = rect.marginsRemoved(contentsMargins());
    QWidget *owner = parentWidget();
    const Qt::LayoutDirection direction
        = owner ? owner->layoutDirection() : QApplication::layoutDirection();
    for (const Placement &p : arrange(inner, nullptr))
        p.item->setGeometry(QStyle::visualRect(direction, inner, p.rect));
}

void FlowLayout::invalidate()
{
    m_cachedWidth = -1;
    QLayout::invalidate();
}

QList<FlowLayout::Placement> FlowLayout::arrange(const QRect &rect, int *height) const
{
    const QList<QLayoutItem *> shown = shownItems();
    const int width = std::max(0, rect.width());
    const int space = gap();

    // The rows, each with its items' widths.
    struct Row {
        QList<QLayoutItem *> items;
        QList<int> widths;
    };
    QList<Row> rows;
    if (m_uniform && !shown.isEmpty()) {
        int cell = 0;
        for (const QLayoutItem *item : shown)
            cell = std::max(cell, item->sizeHint().width());
        int columns = int(shown.size());
        while (columns > 1 && columns * cell + (columns - 1) * space > width)
            --columns;
        const int cellWidth = std::max(0, (width - (columns - 1) * space) / columns);
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (i % columns == 0)
                rows.append(Row {});
            rows.last().items.append(shown.at(i));
            rows.last().widths.append(cellWidth);
        }
    } else {
        int used = 0;
        for (QLayoutItem *item : shown) {
            const int wanted = std::min(item->sizeHint().width(), width);
            if (rows.isEmpty() || (!rows.last().items.isEmpty() && used + space + wanted > width)) {
                rows.append(Row {});
                used = -space;
            }
            rows.last().items.append(item);
            rows.last().widths.append(wanted);
            used += space + wanted;
        }
        // A row's spare width goes to the items that expand, in equal shares.
        for (Row &row : rows) {
            int spare = width - (int(row.items.size()) - 1) * space;
            int expanding = 0;
            for (qsizetype i = 0; i < row.items.size(); ++i) {
                spare -= row.widths.at(i);
                if (row.items.at(i)->expandingDirections() & Qt::Horizontal)
                    ++expanding;
            }
            for (qsizetype i = 0; i < row.items.size() && expanding > 0 && spare > 0; ++i) {
                if (!(row.items.at(i)->expandingDirections() & Qt::Horizontal))
                    continue;
                const int share = spare / expanding;
                row.widths[i] += share;
                spare -= share;
                --expanding;
            }
        }
    }

    QList<Placement> placed;
    placed.reserve(shown.size());
    int y = rect.top();
    for (const Row &row : rows) {
        int rowHeight = 0;
        for (qsizetype i = 0; i < row.items.size(); ++i)
            rowHeight = std::max(rowHeight, heightAt(row.items.at(i), row.widths.at(i)));
        int x = rect.left();
        for (qsizetype i = 0; i < row.items.size(); ++i) {
            QLayoutItem *item = row.items.at(i);
            const int w = row.widths.at(i);
            // Each item keeps its own height, centred on the row.
            const int h = std::min(rowHeight, item->maximumSize().height());
            placed.append({ item, QRect(x, y + (rowHeight - h) / 2, w, h) });
            x += w + space;
        }
        y += rowHeight + space;
    }
    if (height)
        *height = rows.isEmpty() ? 0 : y - space - rect.top();
    return placed;
}

QList<QLayoutItem *> FlowLayout::shownItems() const
{
    QList<QLayoutItem *> shown;
    shown.reserve(m_items.size());
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            shown.append(item);
    return shown;
}

int FlowLayout::gap() const
{
    return std::max(0, spacing());
}

} // namespace Rekindle
