// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThoughtRecordDialog.h"

#include "ReflectionDraft.h"
#include "models/ReflectionListModel.h"
#include "ui/widgets/EmotionRatingsEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

ThoughtRecordDialog::ThoughtRecordDialog(
    ReflectionListModel *model, qint64 reflectionId, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_draft(new ReflectionDraft(
          model, ReflectionKind::ThoughtRecord, [this] { return record().toAnswers(); }, this))
    , m_form(new QWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"thoughtRecordDialog"_s);
    setWindowTitle(tr("Thought Record"));
    setMinimumSize(560, 520);

    auto *intro = new QLabel(tr("A thought record helps to look at a painful thought from the "
                                "outside. Fill in what you can; you can come back to it."),
        this);
    intro->setWordWrap(true);

    auto *formLayout = new QVBoxLayout(m_form);
    m_form->setObjectName(u"thoughtRecordForm"_s);
    m_situation
        = addText(tr("&Situation"), tr("Where were you, what happened?"), u"situationEdit"_s);
    auto *emotionsLabel = new QLabel(tr("&Feelings and how strong they were (0–100)"), m_form);
    m_emotions = new EmotionRatingsEditor(tr("Feelings"), m_form);
    m_emotions->setObjectName(u"emotionsBefore"_s);
    formLayout->addWidget(emotionsLabel);
    formLayout->addWidget(m_emotions);
    m_automatic = addText(
        tr("&Automatic thought"), tr("What went through your mind?"), u"automaticThoughtEdit"_s);
    m_for = addText(tr("Evidence &for the thought"), tr("What supports it?"), u"evidenceForEdit"_s);
    m_against = addText(tr("Evidence a&gainst the thought"),
        tr("What does not fit? What would a friend point out?"), u"evidenceAgainstEdit"_s);
    m_balanced = addText(tr("A more &balanced thought"),
        tr("Taking all of it into account, what is a fairer way to see it?"),
        u"balancedThoughtEdit"_s);
    auto *afterLabel = new QLabel(tr("Feelings &rated again"), m_form);
    m_after = new EmotionRatingsEditor(tr("Feelings rated again"), m_form);
    m_after->setObjectName(u"emotionsAfter"_s);
    auto *copy = new QPushButton(tr("Rate the Same Feelings &Again"), m_form);
    copy->setObjectName(u"copyEmotionsButton"_s);
    copy->setAutoDefault(false);
    formLayout->addWidget(afterLabel);
    formLayout->addWidget(copy, 0, Qt::AlignLeft);
    formLayout->addWidget(m_after);
    formLayout->addStretch();
    emotionsLabel->setBuddy(m_emotions->addButton());
    afterLabel->setBuddy(copy);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The area itself takes no focus (a screen reader would meet an unnamed stop): Tab goes
    // from field to field, and the area scrolls to the one with the focus.
    scroll->setFocusPolicy(Qt::NoFocus);

    m_status->setObjectName(u"thoughtRecordStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    auto *finishButton = buttons->addButton(tr("&Finish"), QDialogButtonBox::AcceptRole);
    finishButton->setObjectName(u"finishButton"_s);
    auto *laterButton = buttons->addButton(tr("Save for &Later"), QDialogButtonBox::RejectRole);
    laterButton->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ThoughtRecordDialog::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (reflectionId != 0) {
        if (auto reflection = model->loadReflection(reflectionId)) {
            const ThoughtRecord r = ThoughtRecord::fromAnswers(reflection->answers);
            m_situation->setPlainText(r.situation);
            m_emotions->setRatings(r.emotions);
            m_automatic->setPlainText(r.automaticThought);
            m_for->setPlainText(r.evidenceFor);
            m_against->setPlainText(r.evidenceAgainst);
            m_balanced->setPlainText(r.balancedThought);
            m_after->setRatings(r.emotionsAfter);
            m_draft->attach(reflection->id, reflection->complete);
        } else {
            m_status->setText(reflection.error().message);
        }
    }
    if (m_emotions->rowCount() == 0)
        m_emotions->addRow();

    const auto touch = [this] { m_draft->touch(); };
    for (QPlainTextEdit *edit : { m_situation, m_automatic, m_for, m_against, m_balanced })
        connect(edit, &QPlainTextEdit::textChanged, this, touch);
    connect(m_emotions, &EmotionRatingsEditor::changed, this, touch);
    connect(m_after, &EmotionRatingsEditor::changed, this, touch);
    connect(copy, &QPushButton::clicked, this, [this] {
        m_after->setRatings(m_emotions->ratings());
        m_draft->touch();
    });
    connect(m_draft, &ReflectionDraft::saveFailed, m_status, &QLabel::setText);
    connect(m_draft, &ReflectionDraft::saved, m_status, &QLabel::clear);
    m_situation->setFocus();
}

ThoughtRecordDialog::~ThoughtRecordDialog()
{
    // Closed along with its window (or the app): keep what was typed.
    if (result() != Accepted)
        (void)saveNow();
}

QPlainTextEdit *ThoughtRecordDialog::addText(
    const QString &label, const QString &hint, const QString &name)
{
    auto *title = new QLabel(label, m_form);
    auto *edit = new QPlainTextEdit(m_form);
    edit->setObjectName(name);
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    edit->setMaximumHeight(120);
    title->setBuddy(edit);
    m_form->layout()->addWidget(title);
    m_form->layout()->addWidget(edit);
    return edit;
}

qint64 ThoughtRecordDialog::reflectionId() const
{
    return m_draft->id();
}

ThoughtRecord ThoughtRecordDialog::record() const
{
    ThoughtRecord r;
    r.situation = m_situation->toPlainText();
    r.emotions = m_emotions->ratings();
    r.automaticThought = m_automatic->toPlainText();
    r.evidenceFor = m_for->toPlainText();
    r.evidenceAgainst = m_against->toPlainText();
    r.balancedThought = m_balanced->toPlainText();
    r.emotionsAfter = m_after->ratings();
    return r;
}

bool ThoughtRecordDialog::saveNow()
{
    return m_draft->flush().ok();
}

void ThoughtRecordDialog::finish()
{
    const ThoughtRecord r = record();
    if (Status valid = r.validate(); !valid) {
        m_status->setText(valid.error().message);
        return;
    }
    if (r.isEmpty()) {
        QDialog::done(Rejected);
        return;
    }
    if (Status status = m_draft->finish(); !status) {
        m_status->setText(status.error().message);
        return;
    }
    QDialog::done(Accepted);
}

void ThoughtRecordDialog::done(int result)
{
    if (result != Accepted && !saveNow()) {
        const auto answer = QMessageBox::warning(this, tr("Not Saved"),
            tr("This thought record could not be saved. If you close now, it will be "
               "lost. Close anyway?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::done(result);
}

} // namespace Rekindle
