// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;

namespace Rekindle {

/// The latest moods as a row of small numbered chips, oldest on the left, shown on every tab.
/// Reads a RecentMoodModel; colours come from the palette (so a dark palette works).
class MoodStrip final : public QWidget {
    Q_OBJECT

public:
    explicit MoodStrip(QAbstractItemModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The rectangle of the chip for model row `row`.
    QRect chipRect(int row) const;

    /// The colour of a chip for `mood` (1–10) in `palette`, and a readable text colour on it.
    static QColor chipColor(int mood, const QPalette &palette);
    static QColor textColor(const QColor &background, const QPalette &palette);
    /// The chip's outline: 3:1 against the window in either palette, so that a low mood, whose
    /// fill is close to the base, still shows as a badge.
    static QColor outlineColor(const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateSummary();
    int chipSize() const;
    int labelWidth() const;

    QAbstractItemModel *m_model;
};

} // namespace Rekindle
