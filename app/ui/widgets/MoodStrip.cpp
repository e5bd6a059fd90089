// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoodStrip.h"

#include "models/RecentMoodModel.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeySequence>
#include <QPainter>
#include <QStyle>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr int Gap = 3;

    double luminance(const QColor &c)
    {
        return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    }

    QColor mix(const QColor &a, const QColor &b, double t)
    {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
            float(a.greenF() + (b.greenF() - a.greenF()) * t),
            float(a.blueF() + (b.blueF() - a.blueF()) * t));
    }

} // namespace

MoodStrip::MoodStrip(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"moodStrip"_s);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, [this] {
            updateGeometry();
            update();
            updateSummary();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateGeometry();
        update();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    updateSummary();
}

int MoodStrip::chipSize() const
{
    return fontMetrics().height() + 6;
}

int MoodStrip::labelWidth() const
{
    return fontMetrics().horizontalAdvance(tr("Mood")) + 8;
}

QSize MoodStrip::sizeHint() const
{
    const int rows = m_model->rowCount();
    const int chips = rows == 0 ? fontMetrics().horizontalAdvance(tr("no check-ins yet"))
                                : rows * (chipSize() + Gap);
    return { labelWidth() + chips, chipSize() };
}

QSize MoodStrip::minimumSizeHint() const
{
    return sizeHint();
}

QRect MoodStrip::chipRect(int row) const
{
    // Oldest first in reading order (on the left, on the right in a right-to-left layout): the
    // model is newest first.
    const int rows = m_model->rowCount();
    const int position = rows - 1 - row;
    return QStyle::visualRect(layoutDirection(), rect(),
        { labelWidth() + position * (chipSize() + Gap), 0, chipSize(), chipSize() });
}

QColor MoodStrip::chipColor(int mood, const QPalette &palette)
{
    const double t = 0.15 + 0.85 * (std::clamp(mood, 1, 10) - 1) / 9.0;
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), t);
}

QColor MoodStrip::textColor(const QColor &background, const QPalette &palette)
{
    const QColor a = palette.color(QPalette::Text);
    const QColor b = palette.color(QPalette::HighlightedText);
    const double bg = luminance(background);
    return std::abs(luminance(a) - bg) >= std::abs(luminance(b) - bg) ? a : b;
}

QColor MoodStrip::outlineColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.5);
}

void MoodStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.setPen(pal.color(QPalette::WindowText));
    // Painted text does not mirror by itself: the label and the note go where a
    // right-to-left reader starts.
    const Qt::Alignment start
        = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter);
    painter.drawText(
        QStyle::visualRect(layoutDirection(), rect(), QRect(0, 0, labelWidth(), height())), start,
        tr("Mood"));
    const int rows = m_model->rowCount();
    if (rows == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(
            QStyle::visualRect(layoutDirection(), rect(), rect().adjusted(labelWidth(), 0, 0, 0)),
            start, tr("no check-ins yet"));
        return;
    }
    for (int row = 0; row < rows; ++row) {
        const int mood = m_model->index(row, 0).data(RecentMoodModel::MoodRole).toInt();
        const QRectF chip = QRectF(chipRect(row)).adjusted(0.5, 0.5, -0.5, -0.5);
        const QColor fill = chipColor(mood, pal);
        painter.setBrush(fill);
        painter.setPen(QPen(outlineColor(pal), 1.0));
        painter.drawRoundedRect(chip, 4, 4);
        painter.setPen(textColor(fill, pal));
        painter.drawText(chip, Qt::AlignCenter, QString::number(mood));
    }
}

bool MoodStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (chipRect(row).contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                    m_model->index(row, 0).data(Qt::ToolTipRole).toString(), this, chipRect(row));
                return true;
            }
        QToolTip::showText(help->globalPos(),
            tr("Your latest moods. Check in with %1.")
                .arg(QKeySequence(u"Ctrl+M"_s).toString(QKeySequence::NativeText)),
            this);
        return true;
    }
    return QWidget::event(event);
}

void MoodStrip::updateSummary()
{
    QStringList moods;
    for (int row = m_model->rowCount() - 1; row >= 0; --row)
        moods << m_model->index(row, 0).data(RecentMoodModel::MoodRole).toString();
    setAccessibleName(moods.isEmpty()
            ? tr("Latest moods: no check-ins yet")
            : tr("Latest moods, oldest first: %1").arg(moods.join(u", "_s)));
}

} // namespace Rekindle
