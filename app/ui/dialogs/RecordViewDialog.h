// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAbstractItemModel;

namespace Rekindle {

/// One record shown read-only, field by field, with a calm word on why its tools are not on
/// screen: how a search result opens when it points into a section put away on the journey's
/// current path. Nothing can be changed here and nothing was deleted.
class RecordViewDialog final : public QDialog {
    Q_OBJECT

public:
    /// Shows row `row` of `model` (each column under its header) below `explanation`.
    RecordViewDialog(const QAbstractItemModel &model, int row, const QString &explanation,
        QWidget *parent = nullptr);
};

} // namespace Rekindle
