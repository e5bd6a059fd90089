// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reflection.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Rekindle {

class EmotionRatingsEditor;
class ReflectionDraft;
class ReflectionListModel;

/// A thought record, as used in cognitive behavioural therapy: the situation, the feelings and
/// how strong they were, the automatic thought, the evidence for and against it, a more
/// balanced thought, and the feelings rated again. Autosaved as a draft like any reflection.
class ThoughtRecordDialog final : public QDialog {
    Q_OBJECT

public:
    /// A new thought record, or, with `reflectionId`, an existing one to carry on or edit.
    ThoughtRecordDialog(
        ReflectionListModel *model, qint64 reflectionId = 0, QWidget *parent = nullptr);
    ~ThoughtRecordDialog() override;

    ThoughtRecord record() const;
    qint64 reflectionId() const;
    /// Saves now as a draft; false (with the reason shown) when it could not be saved.
    bool saveNow();
    void done(int result) override;

private:
    QPlainTextEdit *addText(const QString &label, const QString &hint, const QString &name);
    void finish();

    ReflectionListModel *m_model;
    ReflectionDraft *m_draft;
    QWidget *m_form;
    QPlainTextEdit *m_situation;
    EmotionRatingsEditor *m_emotions;
    QPlainTextEdit *m_automatic;
    QPlainTextEdit *m_for;
    QPlainTextEdit *m_against;
    QPlainTextEdit *m_balanced;
    EmotionRatingsEditor *m_after;
    QLabel *m_status;
};

} // namespace Rekindle
