// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionDialog.h"

#include "ReflectionDraft.h"
#include "core/Clock.h"
#include "models/ReflectionListModel.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

ReflectionDialog::ReflectionDialog(ReflectionListModel *model,
    const QList<ReflectionPrompt> &prompts, const Clock &clock, qint64 reflectionId,
    QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_step(model->step())
    , m_clock(clock)
    , m_started(clock.now())
    , m_draft(new ReflectionDraft(
          model, ReflectionKind::Guided, [this] { return answers(); }, this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_resumeNote(new QLabel(this))
    , m_wrapUpNote(new QLabel(this))
    , m_wrapUpButton(new QPushButton(tr("Go to the &Last Question"), this))
    , m_prompt(new QLabel(this))
    , m_answer(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_backButton(new QPushButton(tr("&Back"), this))
    , m_skipButton(new QPushButton(tr("&Skip"), this))
    , m_nextButton(new QPushButton(tr("&Next"), this))
    , m_closeButton(new QPushButton(tr("Save for &Later"), this))
{
    setObjectName(u"reflectionDialog"_s);
    setStepTitle(Steps::title(m_step));
    setMinimumSize(520, 420);

    int start = 0;
    if (reflectionId != 0) {
        if (auto reflection = model->loadReflection(reflectionId)) {
            m_answers = reflection->answers;
            m_draft->attach(reflection->id, reflection->complete);
            for (const ReflectionAnswer &a : std::as_const(m_answers))
                m_action
                    << ReflectionPrompts::builtin(a.promptKey).value_or(ReflectionPrompt()).action;
            const QString when
                = QLocale().toString(reflection->created.toLocalTime(), QLocale::ShortFormat);
            if (!reflection->complete) {
                m_resumeNote->setText(
                    tr("Carrying on with the reflection you started %1.").arg(when));
                while (
                    start < m_answers.size() - 1 && !m_answers.at(start).answer.trimmed().isEmpty())
                    ++start;
            } else {
                m_resumeNote->setText(
                    tr("Your reflection of %1. Changes are saved as you type.").arg(when));
            }
        } else {
            m_resumeNote->setText(reflection.error().message);
        }
    }
    if (m_answers.isEmpty()) {
        for (const ReflectionPrompt &p : ReflectionPrompts::sessionPlan(m_step, prompts)) {
            m_answers << ReflectionAnswer { p.key, p.text, {} };
            m_action << p.action;
        }
    }
    m_resumeNote->setObjectName(u"resumeNote"_s);
    m_resumeNote->setWordWrap(true);
    m_resumeNote->setVisible(!m_resumeNote->text().isEmpty());

    m_progressLabel->setObjectName(u"reflectionProgress"_s);
    m_progressBar->setObjectName(u"reflectionProgressBar"_s);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(8);
    m_progressBar->setRange(0, int(m_answers.size()));
    m_progressBar->setAccessibleName(tr("Progress through the questions"));

    auto *brief = new QLabel(tr("Keep it short: a few honest sentences are plenty. Looking back "
                                "helps most in small doses, and the last question looks ahead."),
        this);
    brief->setObjectName(u"briefHint"_s);
    brief->setWordWrap(true);
    brief->setVisible(ReflectionPrompts::isBrief(m_step));

    m_wrapUpNote->setObjectName(u"wrapUpNote"_s);
    m_wrapUpNote->setWordWrap(true);
    m_wrapUpNote->setText(tr("You have given this real thought. When you are ready, it may help "
                             "to wrap up with the last question: what you will do next."));
    m_wrapUpNote->setFrameShape(QFrame::StyledPanel);
    m_wrapUpNote->setMargin(6);
    m_wrapUpButton->setObjectName(u"wrapUpButton"_s);
    auto *wrapUp = new QHBoxLayout;
    wrapUp->addWidget(m_wrapUpNote, 1);
    wrapUp->addWidget(m_wrapUpButton, 0, Qt::AlignVCenter);
    m_wrapUpNote->hide();
    m_wrapUpButton->hide();

    m_prompt->setObjectName(u"reflectionPrompt"_s);
    m_prompt->setWordWrap(true);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.2);
    m_prompt->setFont(promptFont);
    m_prompt->setBuddy(m_answer);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setObjectName(u"reflectionAnswer"_s);
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("Write as much or as little as you like."));

    m_status->setObjectName(u"reflectionStatus"_s);
    m_status->setWordWrap(true);

    m_backButton->setObjectName(u"backButton"_s);
    m_skipButton->setObjectName(u"skipButton"_s);
    m_skipButton->setToolTip(tr("Leave this question unanswered and go on"));
    m_nextButton->setObjectName(u"nextButton"_s);
    m_nextButton->setDefault(true);
    m_nextButton->setToolTip(
        tr("Next question (%1)")
            .arg(QKeySequence(u"Ctrl+Return"_s).toString(QKeySequence::NativeText)));
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setToolTip(tr("Your answers are kept; carry on whenever you like"));
    m_closeButton->setAutoDefault(false);
    m_backButton->setAutoDefault(false);
    m_skipButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_closeButton);
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_nextButton);

    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_progressBar, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progress);
    layout->addWidget(m_resumeNote);
    layout->addWidget(brief);
    layout->addLayout(wrapUp);
    layout->addSpacing(8);
    layout->addWidget(m_prompt);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        storeCurrent();
        m_draft->touch();
        updateButtons();
    });
    connect(m_backButton, &QPushButton::clicked, this, &ReflectionDialog::goBack);
    connect(m_skipButton, &QPushButton::clicked, this, &ReflectionDialog::skip);
    connect(m_nextButton, &QPushButton::clicked, this, &ReflectionDialog::goNext);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_wrapUpButton, &QPushButton::clicked, this, &ReflectionDialog::goToLast);
    connect(m_draft, &ReflectionDraft::saved, this, [this] { m_status->clear(); });
    connect(m_draft, &ReflectionDraft::saveFailed, m_status, &QLabel::setText);
    auto *nextShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(nextShortcut, &QShortcut::activated, this, &ReflectionDialog::goNext);

    m_wrapUpTimer.setInterval(30 * 1000);
    connect(&m_wrapUpTimer, &QTimer::timeout, this, &ReflectionDialog::checkWrapUp);
    if (ReflectionPrompts::isBrief(m_step))
        m_wrapUpTimer.start();

    // The row in reading order, left to right: Save for Later, Back, Skip, Next. From the
    // answer, Ctrl+Return is the quick way to Next.
    setTabOrder(m_answer, m_closeButton);
    setTabOrder(m_closeButton, m_backButton);
    setTabOrder(m_backButton, m_skipButton);
    setTabOrder(m_skipButton, m_nextButton);
    showQuestion(start);
}

void ReflectionDialog::setStepTitle(const QString &title)
{
    setWindowTitle(tr("Reflect: %1").arg(title));
}

ReflectionDialog::~ReflectionDialog()
{
    // Closed along with its window (or the app): keep what was typed.
    if (result() != Accepted)
        (void)saveNow();
}

qint64 ReflectionDialog::reflectionId() const
{
    return m_draft->id();
}

QList<ReflectionAnswer> ReflectionDialog::answers() const
{
    return m_answers;
}

void ReflectionDialog::storeCurrent()
{
    if (m_index >= 0 && m_index < m_answers.size())
        m_answers[m_index].answer = m_answer->toPlainText();
}

void ReflectionDialog::showQuestion(int index)
{
    if (m_answers.isEmpty())
        return;
    m_index = std::clamp(index, 0, int(m_answers.size()) - 1);
    m_loading = true;
    m_prompt->setText(m_answers.at(m_index).promptText);
    m_answer->setPlainText(m_answers.at(m_index).answer);
    m_answer->setAccessibleName(m_answers.at(m_index).promptText);
    m_answer->moveCursor(QTextCursor::End);
    m_loading = false;
    m_progressLabel->setText(tr("Question %1 of %2").arg(m_index + 1).arg(m_answers.size()));
    m_progressBar->setValue(m_index + 1);
    updateButtons();
    m_answer->setFocus();
}

void ReflectionDialog::updateButtons()
{
    const bool last = m_index == m_answers.size() - 1;
    m_backButton->setEnabled(m_index > 0);
    // Skipping must never throw away words: only a blank answer can be skipped.
    m_skipButton->setEnabled(!last && m_answer->toPlainText().trimmed().isEmpty());
    m_nextButton->setText(last ? tr("&Finish") : tr("&Next"));
    m_nextButton->setToolTip(
        (last ? tr("Save this reflection (%1)") : tr("Next question (%1)"))
            .arg(QKeySequence(u"Ctrl+Return"_s).toString(QKeySequence::NativeText)));
    m_wrapUpButton->setEnabled(!last);
}

void ReflectionDialog::goNext()
{
    storeCurrent();
    (void)m_draft->flush();
    if (m_index == m_answers.size() - 1) {
        finish();
        return;
    }
    showQuestion(m_index + 1);
}

void ReflectionDialog::goBack()
{
    storeCurrent();
    (void)m_draft->flush();
    showQuestion(m_index - 1);
}

void ReflectionDialog::skip()
{
    if (!m_answer->toPlainText().trimmed().isEmpty())
        return;
    showQuestion(m_index + 1);
}

void ReflectionDialog::goToLast()
{
    storeCurrent();
    (void)m_draft->flush();
    showQuestion(int(m_answers.size()) - 1);
}

void ReflectionDialog::checkWrapUp()
{
    if (isWrapUpShown())
        return;
    if (ReflectionPrompts::suggestWrapUp(m_step, m_started.secsTo(m_clock.now()))) {
        m_wrapUpNote->show();
        m_wrapUpButton->show();
        m_wrapUpTimer.stop();
    }
}

bool ReflectionDialog::isWrapUpShown() const
{
    return !m_wrapUpNote->isHidden();
}

bool ReflectionDialog::saveNow()
{
    storeCurrent();
    return m_draft->flush().ok();
}

void ReflectionDialog::finish()
{
    if (Status status = m_draft->finish(); !status) {
        m_status->setText(status.error().message);
        return;
    }
    QDialog::done(Accepted);
}

void ReflectionDialog::done(int result)
{
    if (result != Accepted && !saveNow()) {
        const auto answer = QMessageBox::warning(this, tr("Not Saved"),
            tr("Your answers could not be saved. If you close now, they will be lost. "
               "Close anyway?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_wrapUpTimer.stop();
    QDialog::done(result);
}

} // namespace Rekindle
