// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultDelegate.h"

#include "core/Step.h"
#include "models/SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr int Margin = 6;

    /// Draws `html` elided to one line in `rect`.
    void drawHtmlLine(QPainter *painter, const QRect &rect, const QString &html, const QFont &font,
        const QColor &text, const QColor &match)
    {
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(u"b { color: %1; }"_s.arg(match.name()));
        document.setHtml(
            u"<span style=\"color: %1; white-space: nowrap\">%2</span>"_s.arg(text.name(), html));
        painter->save();
        painter->translate(rect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), rect.size()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, text);
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

} // namespace

void SearchResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

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

    // Line 1: title on the left, "date · step" on the right.
    QString meta = index.data(SearchResultModel::WhenRole).toString();
    if (const QVariant step = index.data(SearchResultModel::StepRole); step.isValid())
        if (const auto s = Steps::fromInt(step.toInt()))
            meta = tr("%1 · %2").arg(meta, Steps::title(*s));
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const int metaWidth = QFontMetrics(small).horizontalAdvance(meta);
    const QRect line1(area.left(), area.top(), area.width(), metrics.height());
    painter->save();
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, meta);
    painter->restore();
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    drawHtmlLine(painter, line1.adjusted(0, 0, -(metaWidth + 2 * Margin), 0),
        index.data(SearchResultModel::TitleHtmlRole).toString(), titleFont, text, match);

    // Line 2: the text around the match.
    const QRect line2(area.left(), line1.bottom() + 2, area.width(), metrics.height());
    drawHtmlLine(painter, line2, index.data(SearchResultModel::SnippetHtmlRole).toString(),
        opt.font, dim, match);
}

QSize SearchResultDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (index.data(SearchResultModel::IsMoreRole).toBool())
        return { 200, metrics.height() + 2 * Margin };
    return { 300, 2 * metrics.height() + 2 + Margin + 2 };
}

} // namespace Rekindle
