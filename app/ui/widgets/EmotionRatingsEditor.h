// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reflection.h"

#include <QWidget>

class QVBoxLayout;
class QPushButton;

namespace Rekindle {

/// Feelings with how strong each is (0–100), as rows of a name (picked from the list or typed)
/// and an intensity. Used twice by the thought record: before and after.
class EmotionRatingsEditor final : public QWidget {
    Q_OBJECT

public:
    explicit EmotionRatingsEditor(const QString &accessibleName, QWidget *parent = nullptr);

    QList<EmotionRating> ratings() const;
    void setRatings(const QList<EmotionRating> &ratings);
    /// Adds a row and puts the cursor in its name.
    void addRow(const EmotionRating &rating = {});
    int rowCount() const;
    /// "Add a Feeling" (a label's buddy).
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void changed();

private:
    void removeRow(QWidget *row);

    QString m_name;
    QVBoxLayout *m_rows;
    QPushButton *m_add;
};

} // namespace Rekindle
