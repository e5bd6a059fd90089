// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reflection.h"
#include "core/ReflectionPrompts.h"
#include "core/Step.h"

#include <QDateTime>
#include <QDialog>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Rekindle {

class Clock;
class ReflectionDraft;
class ReflectionListModel;

/// A guided reflection: one question at a time, with Back, Skip and Next, ending on a
/// forward-looking question. Every answer is autosaved as a draft, so closing (or a crash)
/// loses nothing and the reflection can be resumed; a finished one can be reopened and edited.
///
/// Looking back at why it ended is kept brief on purpose: after about a quarter of an hour a
/// gentle note suggests moving on to the last, action-minded question. The clock is injected so
/// this can be tested; checkWrapUp() runs on a timer.
class ReflectionDialog final : public QDialog {
    Q_OBJECT

public:
    /// A new reflection over `prompts` (the step's list, hidden ones flagged), or, with
    /// `reflectionId`, an existing draft or finished reflection with its own questions.
    ReflectionDialog(ReflectionListModel *model, const QList<ReflectionPrompt> &prompts,
        const Clock &clock, qint64 reflectionId = 0, QWidget *parent = nullptr);
    ~ReflectionDialog() override;

    /// Names the step in the window title as the journey's path calls it ("Reflect: Closure").
    void setStepTitle(const QString &title);
    qint64 reflectionId() const;
    int currentQuestion() const { return m_index; }
    int questionCount() const { return int(m_answers.size()); }
    QList<ReflectionAnswer> answers() const;

    void goNext();
    void goBack();
    void skip();
    void goToLast();
    /// Shows the wrap-up note when the session has gone on long enough (brief steps only).
    void checkWrapUp();
    bool isWrapUpShown() const;
    /// Saves the answers now; false (with the reason shown) when they could not be saved.
    bool saveNow();

    void done(int result) override;

private:
    void showQuestion(int index);
    void storeCurrent();
    void updateButtons();
    void finish();

    ReflectionListModel *m_model;
    Step m_step;
    const Clock &m_clock;
    QDateTime m_started;
    QList<ReflectionAnswer> m_answers;
    QList<bool> m_action;
    int m_index = 0;
    bool m_loading = false;
    ReflectionDraft *m_draft;
    QTimer m_wrapUpTimer;

    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QLabel *m_resumeNote;
    QLabel *m_wrapUpNote;
    QPushButton *m_wrapUpButton;
    QLabel *m_prompt;
    QPlainTextEdit *m_answer;
    QLabel *m_status;
    QPushButton *m_backButton;
    QPushButton *m_skipButton;
    QPushButton *m_nextButton;
    QPushButton *m_closeButton;
};

} // namespace Rekindle
