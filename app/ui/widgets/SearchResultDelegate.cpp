// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultDelegate.h"

#include "core/Step.h"
#include "models/SearchResultModel.h"
#include "ui/FocusStyle.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>
#include <QToolTip>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr int Margin = 6;

    /// `html` as one unwrapped line.
    void fillLine(QTextDocument &document, const QString &html, const QFont &font,
        const QColor &text, const QColor &match)
    {
        document.setDocumentMargin(0);
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(u"b { color: %1; }"_s.arg(match.name()));
        document.setHtml(
            u"<span style=\"color: %1; white-space: nowrap\">%2</span>"_s.arg(text.name(), html));
    }

    int lineWidth(const QString &html, const QFont &font)
    {
        QTextDocument document;
        fillLine(document, html, font, Qt::black, Qt::black);
        return int(std::ceil(document.idealWidth()));
    }

    /// Draws `html` on one line in `rect`, ending in "…" where it is cut. A line that fits
    /// starts at the leading edge of `direction`: the right one in a right-to-left layout.
    void drawHtmlLine(QPainter *painter, const QRect &rect, Qt::LayoutDirection direction,
        const QString &html, const QFont &font, const QColor &text, const QColor &match)
    {
        QTextDocument document;
        fillLine(document, html, font, text, match);
        const QFontMetrics metrics(font);
        const QString ellipsis = u"…"_s;
        const bool cut = document.idealWidth() > rect.width();
        const int shown = cut ? rect.width() - metrics.horizontalAdvance(ellipsis) : rect.width();
        painter->save();
        const int lead = !cut && direction == Qt::RightToLeft
            ? rect.width() - int(std::ceil(document.idealWidth()))
            : 0;
        painter->translate(rect.topLeft() + QPoint(lead, 0));
        painter->setClipRect(QRect(0, 0, std::max(0, shown), rect.height()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, text);
        document.documentLayout()->draw(painter, context);
        painter->setClipping(false);
        if (cut) {
            painter->setFont(font);
            painter->setPen(text);
            painter->drawText(QRect(shown, 0, rect.width() - shown, rect.height()),
                Qt::AlignLeft | Qt::AlignVCenter, ellipsis);
        }
        painter->restore();
    }

    QString metaText(const QModelIndex &index)
    {
        QString meta = index.data(SearchResultModel::WhenRole).toString();
        if (const QVariant step = index.data(SearchResultModel::StepRole); step.isValid())
            if (const auto s = Steps::fromInt(step.toInt()))
                meta = SearchResultDelegate::tr("%1 · %2").arg(meta, Steps::title(*s));
        return meta;
    }

    QFont smallFont(const QFont &font)
    {
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.9);
        return small;
    }

    QFont titleFont(const QFont &font)
    {
        QFont title = font;
        title.setWeight(QFont::DemiBold);
        return title;
    }

    /// The width the title needs beside the date and step, margins included.
    int firstLineWidth(const QFont &font, const QModelIndex &index)
    {
        const int meta = QFontMetrics(smallFont(font)).horizontalAdvance(metaText(index));
        const int title
            = lineWidth(index.data(SearchResultModel::TitleHtmlRole).toString(), titleFont(font));
        return Margin + title + 2 * Margin + meta + Margin;
    }

} // namespace

void SearchResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    opt.text.clear();
    opt.state.setFlag(QStyle::State_HasFocus, false);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    // The results never take the focus (typing goes on in the field), yet the arrow keys move
    // their current item: it carries the focus ring, as the item Return opens.
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    if (view && view->currentIndex() == index)
        FocusStyle::drawRing(painter, opt.rect, FocusStyle::itemRingColor(opt.palette, selected));

    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    // Matches stand out by weight, and by the link colour where that reads on the background.
    const QColor match = selected ? text : opt.palette.color(group, QPalette::Link);
    const QRect area = opt.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const QFontMetrics metrics(opt.font);

    if (index.data(SearchResultModel::IsMoreRole).toBool()) {
        painter->save();
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Link));
        painter->drawText(area, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }

    // Line 1: the title at the leading edge, "date · step" at the trailing one.
    const Qt::LayoutDirection direction = opt.direction;
    const QString meta = metaText(index);
    const QFont small = smallFont(opt.font);
    const int metaWidth = QFontMetrics(small).horizontalAdvance(meta);
    const QRect line1(area.left(), area.top(), area.width(), metrics.height());
    painter->save();
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(line1,
        int(QStyle::visualAlignment(direction, Qt::AlignRight | Qt::AlignVCenter))
            | Qt::AlignAbsolute,
        meta);
    painter->restore();
    const QRect title
        = QStyle::visualRect(direction, line1, line1.adjusted(0, 0, -(metaWidth + 2 * Margin), 0));
    drawHtmlLine(painter, title, direction, index.data(SearchResultModel::TitleHtmlRole).toString(),
        titleFont(opt.font), text, match);

    // Line 2: the text around the match.
    const QRect line2(area.left(), line1.bottom() + 2, area.width(), metrics.height());
    drawHtmlLine(painter, line2, direction,
        index.data(SearchResultModel::SnippetHtmlRole).toString(), opt.font, dim, match);
}

bool SearchResultDelegate::isElided(
    const QStyleOptionViewItem &option, const QModelIndex &index, int width)
{
    if (index.data(SearchResultModel::IsMoreRole).toBool())
        return false;
    const int snippet
        = lineWidth(index.data(SearchResultModel::SnippetHtmlRole).toString(), option.font)
        + 2 * Margin;
    return firstLineWidth(option.font, index) > width || snippet > width;
}

bool SearchResultDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // Only a cut line needs a tooltip: the whole of what the item shows.
    if (!isElided(option, index, option.rect.width())) {
        QToolTip::hideText();
        return true;
    }
    QTextDocument title;
    title.setHtml(index.data(SearchResultModel::TitleHtmlRole).toString());
    QTextDocument snippet;
    snippet.setHtml(index.data(SearchResultModel::SnippetHtmlRole).toString());
    QToolTip::showText(
        event->globalPos(), title.toPlainText() + u'\n' + snippet.toPlainText(), view, option.rect);
    return true;
}

QSize SearchResultDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (index.data(SearchResultModel::IsMoreRole).toBool())
        return { 200, metrics.height() + 2 * Margin };
    // As wide as the title and its date need: the popup fits that within the window.
    return { firstLineWidth(option.font, index), 2 * metrics.height() + 2 + Margin + 2 };
}

} // namespace Rekindle
