// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressChart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {

ProgressChart::ProgressChart(const QString &title, const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_emptyText(emptyText)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(emptyText, this))
    , m_export(new QPushButton(tr("Export as &Image…"), this))
    , m_header(new QHBoxLayout)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"chartTitle"_s);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    m_export->setObjectName(u"exportChartButton"_s);
    m_export->setToolTip(tr("Save this chart as a PNG image"));
    m_export->setAccessibleName(tr("Export %1 as an image").arg(title));
    m_export->setAutoDefault(false);

    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_view->setAccessibleName(title);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_empty->setObjectName(u"chartEmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMinimumHeight(120);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_header->addWidget(heading);
    m_header->addStretch();
    m_header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_export, &QPushButton::clicked, this, &ProgressChart::askToExport);
    applyPalette();
}

QChart *ProgressChart::chart() const
{
    return m_view->chart();
}

bool ProgressChart::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

void ProgressChart::setEmpty(bool empty)
{
    m_readError.clear();
    m_empty->setText(m_emptyText);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    m_export->setEnabled(!empty);
    applyPalette();
}

void ProgressChart::setReadError(const QString &message)
{
    setEmpty(true);
    m_readError = message;
    m_empty->setText(tr("This chart could not be read from the journal: %1").arg(message));
}

qint64 ProgressChart::xOf(QDate day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

QString ProgressChart::axisFormat(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to);
    if (days <= 200)
        return u"d MMM"_s;
    if (days <= 1100)
        return u"MMM yyyy"_s;
    return u"yyyy"_s;
}

int ProgressChart::axisTickCount(QDate from, QDate to)
{
    // Few enough labels that none repeats (a month or a year shown twice reads as a mistake).
    const qint64 days = from.daysTo(to);
    if (days <= 200)
        return int(std::clamp<qint64>(days / 7 + 1, 2, 8));
    if (days <= 1100)
        return int(std::clamp<qint64>(days / 61 + 1, 2, 8));
    return int(std::clamp<qint64>(days / 365 + 1, 2, 11));
}

void ProgressChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    c->setTitleBrush(pal.color(QPalette::Text));
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlphaF(0.15f);
        axis->setGridLineColor(grid);
        grid.setAlphaF(0.06f);
        axis->setMinorGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

void ProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ProgressChart::showTooltip(const QPointF &value, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const QString text = tooltipAt(qint64(value.x()));
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ProgressChart::clearChart()
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
}

void ProgressChart::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->indexOf(m_export), widget);
}

bool ProgressChart::isDark() const
{
    return palette().color(QPalette::Base).lightnessF() < 0.5;
}

QColor ProgressChart::toneColor(int hue, double alpha) const
{
    QColor color = QColor::fromHsl(hue % 360, 150, isDark() ? 165 : 110);
    color.setAlphaF(float(alpha));
    return color;
}

bool ProgressChart::exportPng(const QString &filePath, QString *error)
{
    const QPixmap image = m_view->grab();
    if (image.isNull() || !image.save(filePath, "PNG")) {
        if (error)
            *error = tr("The image could not be saved to %1. Check that you may write there.")
                         .arg(QDir::toNativeSeparators(filePath));
        return false;
    }
    Q_EMIT exported(filePath);
    return true;
}

void ProgressChart::askToExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = tr("rekindle-%1.png").arg(objectName());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), folder + u'/' + name, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Not Exported"), error);
}

} // namespace Rekindle
