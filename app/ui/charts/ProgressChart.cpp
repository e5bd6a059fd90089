// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressChart.h"

#include "core/Clock.h"
#include "core/DateFormats.h"
#include "ui/StartFolder.h"
#include "ui/Tones.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QXYSeries>
#include <QtMath>
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
    , m_table(new QTableView(this))
    , m_tableModel(new QStandardItemModel(this))
    , m_tableToggle(new QPushButton(tr("Show as Table"), this))
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
    // The chart answers the mouse only (tooltips); the keyboard reads the same data in the
    // table, so Tab does not stop on a picture.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setAccessibleName(title);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_empty->setObjectName(u"chartEmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMinimumHeight(120);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_table->setObjectName(u"chartTable"_s);
    m_table->setModel(m_tableModel);
    m_table->setAccessibleName(tr("%1, as a table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and interactive columns: a table of ten years of days is never
    // measured row by row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(240);
    m_tableToggle->setObjectName(u"chartTableToggle"_s);
    m_tableToggle->setCheckable(true);
    m_tableToggle->setAutoDefault(false);
    m_tableToggle->setAccessibleName(tr("Show %1 as a table").arg(title));
    m_tableToggle->setToolTip(tr("Read the same data as a table, row by row"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    m_header->addWidget(heading);
    m_header->addStretch();
    m_header->addWidget(m_tableToggle);
    m_header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_export, &QPushButton::clicked, this, &ProgressChart::askToExport);
    connect(m_tableToggle, &QPushButton::toggled, this, [this](bool shown) {
        if (shown)
            load();
        m_tableToggle->setText(shown ? tr("Show as Chart") : tr("Show as Table"));
        m_tableToggle->setAccessibleName(
            shown ? tr("Show %1 as a chart").arg(m_title) : tr("Show %1 as a table").arg(m_title));
        showCurrentPage();
    });
    applyPalette();
}

QChart *ProgressChart::chart() const
{
    return m_view->chart();
}

void ProgressChart::setPeriod(TrendRange range, QDate today)
{
    m_range = range;
    m_today = today;
    m_pending = true;
}

void ProgressChart::load()
{
    if (!m_pending)
        return;
    m_pending = false;
    reload(m_range, m_today);
}

bool ProgressChart::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

void ProgressChart::setEmpty(bool empty)
{
    m_readError.clear();
    m_empty->setText(m_emptyText);
    m_hasData = !empty;
    m_export->setEnabled(!empty);
    m_tableToggle->setEnabled(!empty);
    showCurrentPage();
    applyPalette();
}

void ProgressChart::setTableShown(bool shown)
{
    m_tableToggle->setChecked(shown);
}

bool ProgressChart::isTableShown() const
{
    return m_tableToggle->isChecked();
}

void ProgressChart::showCurrentPage()
{
    if (!m_hasData) {
        m_tableModel->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_tableToggle->isChecked()) {
        refreshTable();
        m_stack->setCurrentWidget(m_table);
    } else {
        m_tableModel->clear();
        m_stack->setCurrentWidget(m_view);
    }
}

void ProgressChart::refreshTable()
{
    const Table contents = table();
    m_tableModel->clear();
    m_tableModel->setColumnCount(int(contents.columns.size()));
    m_tableModel->setHorizontalHeaderLabels(contents.columns);
    m_tableModel->setRowCount(int(contents.rows.size()));
    for (int row = 0; row < int(contents.rows.size()); ++row) {
        const QStringList &cells = contents.rows.at(row);
        for (int column = 0; column < int(cells.size()); ++column) {
            auto *item = new QStandardItem(cells.at(column));
            item->setEditable(false);
            m_tableModel->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(0);
}

void ProgressChart::setReadError(const QString &message)
{
    setEmpty(true);
    m_readError = message;
    m_empty->setText(tr("This chart could not be read from the journal: %1").arg(message));
}

qint64 ProgressChart::xOf(QDate day)
{
    // In the system's zone, which the axis shows, through the clock's kept zone: a local-time
    // QDateTime asks the C library, which looks at the zone's file on every call.
    return QDateTime(day, QTime(12, 0), Clock::system().timeZone()).toMSecsSinceEpoch();
}

QString ProgressChart::axisFormat(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to);
    if (days <= 200) {
        // The locale's short date without its year ("dd.MM", "M/d", "MM-dd"), not an English
        // pattern.
        static const QRegularExpression year(u"[^dM]*y+[^dM]*"_s);
        return QLocale().dateFormat(QLocale::ShortFormat).remove(year);
    }
    if (days <= 1100)
        return DateFormats::monthYear(QLocale(), QLocale::ShortFormat);
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
    m_header->insertWidget(m_header->indexOf(m_tableToggle), widget);
    // Before the toggle in the Tab order too, as it reads.
    setTabOrder(widget, m_tableToggle);
    setTabOrder(m_tableToggle, m_export);
}

QDateTimeAxis *ProgressChart::addDateAxis(QDate first, QDate end)
{
    return addTimeAxis(
        QDateTime::fromMSecsSinceEpoch(xOf(first)), QDateTime::fromMSecsSinceEpoch(xOf(end)));
}

QDateTimeAxis *ProgressChart::addDayAxis(QDate first, QDate last)
{
    return addTimeAxis(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)));
}

QDateTimeAxis *ProgressChart::addTimeAxis(const QDateTime &from, const QDateTime &to)
{
    auto *x = new QDateTimeAxis;
    x->setFormat(axisFormat(from.date(), to.date()));
    x->setRange(from, to);
    x->setTickCount(axisTickCount(from.date(), to.date()));
    chart()->addAxis(x, Qt::AlignBottom);
    return x;
}

QValueAxis *ProgressChart::addCountAxis(
    int largest, int atLeast, const QString &title, Qt::Alignment side)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(atLeast, largest + 1));
    axis->setLabelFormat(u"%.0f"_s);
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    chart()->addAxis(axis, side);
    return axis;
}

QValueAxis *ProgressChart::addPercentAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(u"%.0f %%"_s);
    axis->setTitleText(title);
    chart()->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void ProgressChart::attach(
    const QList<QAbstractSeries *> &series, QAbstractAxis *x, QAbstractAxis *y)
{
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
        if (auto *area = qobject_cast<QAreaSeries *>(s))
            connect(area, &QAreaSeries::hovered, this, &ProgressChart::showTooltip);
        else if (auto *xy = qobject_cast<QXYSeries *>(s))
            connect(xy, &QXYSeries::hovered, this, &ProgressChart::showTooltip);
    }
}

void ProgressChart::appendBar(
    QList<QPointF> &upper, QList<QPointF> &lower, double start, double end, double base, double top)
{
    const double right = end - (end - start) * 0.15;
    upper << QPointF(start, base) << QPointF(start, top) << QPointF(right, top)
          << QPointF(right, base);
    lower << QPointF(start, base) << QPointF(right, base);
}

void ProgressChart::appendWeek(QList<QPointF> &points, QDate monday, double value)
{
    points << QPointF(double(xOf(monday)), value) << QPointF(double(xOf(monday.addDays(7))), value);
}

void ProgressChart::paintMarkers(QScatterSeries *series) const
{
    // Below this, the items cost nothing noticeable and each marker keeps its own hover.
    constexpr qsizetype ManyPoints = 400;
    if (series->count() <= ManyPoints)
        return;
    const qreal size = series->markerSize();
    const qreal ratio = devicePixelRatioF();
    const int pixels = qMax(1, qCeil(size * ratio));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor border = series->borderColor();
    painter.setPen(border.alpha() == 0 ? QPen(Qt::NoPen) : QPen(border, 1.0));
    painter.setBrush(series->color());
    const QRectF shape(0.5, 0.5, size - 1.0, size - 1.0);
    if (series->markerShape() == QScatterSeries::MarkerShapeRectangle)
        painter.drawRect(shape);
    else
        painter.drawEllipse(shape);
    painter.end();
    series->setLightMarker(image);
}

QAreaSeries *ProgressChart::areaOf(const QList<QPointF> &upper, const QList<QPointF> &lower)
{
    auto *top = new QLineSeries;
    top->replace(upper);
    QLineSeries *bottom = nullptr;
    if (!lower.isEmpty()) {
        bottom = new QLineSeries;
        bottom->replace(lower);
    }
    return new QAreaSeries(top, bottom);
}

QDate ProgressChart::bucketEnd(QDate start, bool byMonth)
{
    return byMonth ? start.addMonths(1) : start.addDays(7);
}

QString ProgressChart::bucketTitle(QDate start, bool byMonth)
{
    const QLocale locale;
    return byMonth ? DateFormats::monthYearText(locale, start)
                   : tr("Week of %1").arg(locale.toString(start, QLocale::LongFormat));
}

bool ProgressChart::isDark() const
{
    return Tones::isDark(palette());
}

QColor ProgressChart::toneColor(int hue, double alpha) const
{
    return Tones::tone(hue, palette(), alpha);
}

bool ProgressChart::exportPng(const QString &filePath, QString *error)
{
    load();
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
    const QString folder = StartFolder::forPurpose(StartFolder::Purpose::Image);
    const QString name = tr("rekindle-%1.png").arg(objectName());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), folder + u'/' + name, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    StartFolder::remember(StartFolder::Purpose::Image, path);
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Not Exported"), error);
}

} // namespace Rekindle
