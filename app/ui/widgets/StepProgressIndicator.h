// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Step.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QProgressBar;

namespace Rekindle {

/// A compact bar with a step's progress (a row of StepProgressModel); the tooltip explains it.
class StepProgressIndicator final : public QWidget {
    Q_OBJECT

public:
    /// With `showTitle`, the step's name is shown beside the bar (the Progress dialog's list).
    StepProgressIndicator(
        QAbstractItemModel *model, Step step, bool showTitle, QWidget *parent = nullptr);

    int percent() const;
    QString explanation() const;

private:
    void refresh();

    QAbstractItemModel *m_model;
    Step m_step;
    QLabel *m_title;
    QProgressBar *m_bar;
};

} // namespace Rekindle
