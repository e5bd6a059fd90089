// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepProgressIndicator.h"

#include "models/StepProgressModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace Rekindle {

StepProgressIndicator::StepProgressIndicator(
    QAbstractItemModel *model, Step step, bool showTitle, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_step(step)
    , m_title(showTitle ? new QLabel(Steps::title(step), this) : nullptr)
    , m_bar(new QProgressBar(this))
{
    setObjectName(u"stepProgress%1"_s.arg(static_cast<int>(step)));
    m_bar->setObjectName(u"stepProgressBar"_s);
    m_bar->setRange(0, 100);
    m_bar->setFormat(showTitle ? tr("%p%") : tr("Progress %p%"));
    if (!showTitle) {
        // Room for the text beside the style's own chunk margins, in any translation.
        const int textWidth = fontMetrics().horizontalAdvance(tr("Progress 100%"));
        m_bar->setMinimumWidth(textWidth + 40);
        m_bar->setMaximumWidth(textWidth + 90);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_title) {
        m_title->setObjectName(u"stepProgressTitle"_s);
        m_title->setMinimumWidth(fontMetrics().horizontalAdvance(u"Take Things Slow"_s) + 12);
        layout->addWidget(m_title);
    }
    layout->addWidget(m_bar, 1);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StepProgressIndicator::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StepProgressIndicator::refresh);
    refresh();
}

int StepProgressIndicator::percent() const
{
    return m_bar->value();
}

QString StepProgressIndicator::explanation() const
{
    return m_bar->toolTip();
}

void StepProgressIndicator::refresh()
{
    const QModelIndex index = m_model->index(static_cast<int>(m_step) - 1, 0);
    const int percent = index.data(StepProgressModel::PercentRole).toInt();
    m_bar->setValue(percent);
    const QString explanation = index.data(StepProgressModel::ExplanationRole).toString();
    m_bar->setToolTip(explanation);
    if (m_title)
        m_title->setToolTip(explanation);
    // Named as the journey's path names the step ("Closure" rather than "Rebuild Trust").
    QString title = index.data(StepProgressModel::TitleRole).toString();
    if (title.isEmpty())
        title = Steps::title(m_step);
    if (m_title)
        m_title->setText(title);
    m_bar->setAccessibleName(tr("Progress in %1").arg(title));
    m_bar->setAccessibleDescription(explanation);
}

} // namespace Rekindle
