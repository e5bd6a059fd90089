// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QPlainTextEdit;
class QSlider;

namespace Rekindle {

class RecentMoodModel;

/// A quick mood check-in: how it feels (1–10), which feelings, an optional note. Several a day
/// are welcome.
class MoodDialog final : public QDialog {
    Q_OBJECT

public:
    explicit MoodDialog(RecentMoodModel *model, QWidget *parent = nullptr);

    int mood() const;
    void setMood(int mood);
    /// The keys of the ticked feelings.
    QStringList emotions() const;
    void setEmotionChecked(const QString &key, bool checked);
    QString note() const;
    /// The id of the check-in saved by accept(), or 0.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void updateMoodLabel();

    RecentMoodModel *m_model;
    QSlider *m_slider;
    QLabel *m_moodValue;
    QWidget *m_emotions;
    QList<QPushButton *> m_emotionButtons;
    QPlainTextEdit *m_note;
    QLabel *m_status;
    qint64 m_savedId = 0;
};

} // namespace Rekindle
