// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryItemDelegate.h"

#include "models/EntryListModel.h"
#include "ui/FocusStyle.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyle>

namespace Rekindle {
namespace {

    constexpr int Padding = 6;

    QString secondLine(const QModelIndex &index)
    {
        const QDateTime created
            = index.data(EntryListModel::CreatedRole).toDateTime().toLocalTime();
        const QLocale locale;
        QString text = locale.toString(created.date(), QLocale::ShortFormat) + u' '
            + locale.toString(created.time(), QLocale::ShortFormat);
        const QVariant mood = index.data(EntryListModel::MoodRole);
        if (mood.isValid())
            text += QStringLiteral(" · ") + EntryItemDelegate::tr("mood %1/10").arg(mood.toInt());
        return text;
    }

} // namespace

void EntryItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    // The ring is drawn here, over the two lines, in every style (macOS's own style and the
    // desktop's included): a style's item focus frame is often a faint dotted line.
    const bool focused = opt.state.testFlag(QStyle::State_HasFocus);
    opt.state.setFlag(QStyle::State_HasFocus, false);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    if (focused)
        FocusStyle::drawRing(painter, opt.rect, FocusStyle::itemRingColor(opt.palette, selected));
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor subtle = textColor;
    subtle.setAlphaF(0.7f);

    const QRect area = opt.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(opt.font);

    // Painted text does not mirror by itself: start where the reader starts (right in Arabic).
    const Qt::Alignment start
        = QStyle::visualAlignment(opt.direction, Qt::AlignLeft | Qt::AlignVCenter);
    painter->save();
    painter->setFont(titleFont);
    painter->setPen(textColor);
    painter->drawText(QRect(area.left(), area.top(), area.width(), titleMetrics.height()), start,
        titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(subtle);
    painter->drawText(
        QRect(area.left(), area.top() + titleMetrics.height(), area.width(), metrics.height()),
        start, metrics.elidedText(secondLine(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize EntryItemDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height
        = QFontMetrics(titleFont).height() + QFontMetrics(option.font).height() + Padding;
    // Width follows the view: long titles are elided, never scrolled sideways.
    return { 0, height };
}

} // namespace Rekindle
