// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionsPanel.h"

#include "core/Clock.h"
#include "core/Emotions.h"
#include "models/PromptListModel.h"
#include "models/ReflectionListModel.h"
#include "ui/dialogs/PromptEditorDialog.h"
#include "ui/dialogs/ReflectionDialog.h"
#include "ui/dialogs/ThoughtRecordDialog.h"
#include "ui/widgets/UndoableDelete.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString paragraphs(const QString &text)
    {
        if (text.trimmed().isEmpty())
            return u"<p><i>%1</i></p>"_s.arg(
                QCoreApplication::translate("Rekindle::ReflectionsPanel", "(not answered)"));
        return u"<p>%1</p>"_s.arg(text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }

} // namespace

ReflectionsPanel::ReflectionsPanel(
    ReflectionListModel *reflections, PromptListModel *prompts, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(reflections)
    , m_prompts(prompts)
    , m_editPrompts(new QPushButton(tr("&Questions…"), this))
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_reader(new QTextBrowser(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
{
    setObjectName(u"reflectionsPanel"_s);

    auto *reflect = new QPushButton(tr("&Reflect…"), this);
    reflect->setObjectName(u"newReflectionButton"_s);
    reflect->setToolTip(tr("Answer a few questions about this step, one at a time (%1)")
                            .arg(QKeySequence(u"Ctrl+R"_s).toString(QKeySequence::NativeText)));
    auto *thought = new QPushButton(tr("&Thought Record…"), this);
    thought->setObjectName(u"newThoughtRecordButton"_s);
    thought->setToolTip(tr("Look at a painful thought from the outside"));
    auto *questions = m_editPrompts;
    questions->setObjectName(u"editPromptsButton"_s);
    questions->setToolTip(tr("Add, reword, reorder or hide this step's questions"));
    m_open->setObjectName(u"openReflectionButton"_s);
    m_open->setToolTip(tr("Carry on with, or edit, the selected reflection"));
    m_delete->setObjectName(u"deleteReflectionButton"_s);

    m_list->setObjectName(u"reflectionList"_s);
    m_list->setAccessibleName(tr("Reflections, newest first"));
    m_shown = UndoableDelete::show(m_list, m_model, ReflectionListModel::IdRole);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_reader->setObjectName(u"reflectionReader"_s);
    m_reader->setAccessibleName(tr("The selected reflection"));
    m_reader->setOpenLinks(false);

    auto *listSide = new QWidget(this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_open);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *empty = new QLabel(tr("No reflections yet. Reflecting now and then, briefly, helps to "
                                "see the way forward. Press Reflect… (Ctrl+R) to begin."),
        this);
    empty->setObjectName(u"reflectionsEmptyState"_s);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(splitter);
    m_stack->addWidget(empty);

    auto *top = new QHBoxLayout;
    top->addWidget(reflect);
    top->addWidget(thought);
    top->addStretch();
    top->addWidget(questions);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    // Reading order: the row of actions, the list with its buttons, then the reader beside it.
    setTabOrder(reflect, thought);
    setTabOrder(thought, questions);
    setTabOrder(questions, m_list);
    setTabOrder(m_list, m_open);
    setTabOrder(m_open, m_delete);
    setTabOrder(m_delete, m_reader);

    connect(reflect, &QPushButton::clicked, this, &ReflectionsPanel::reflect);
    connect(thought, &QPushButton::clicked, this, &ReflectionsPanel::recordThought);
    connect(questions, &QPushButton::clicked, this, &ReflectionsPanel::editPrompts);
    connect(m_open, &QPushButton::clicked, this, &ReflectionsPanel::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &ReflectionsPanel::deleteSelected);
    connect(m_list, &QListView::activated, this, [this] { openSelected(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ReflectionsPanel::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReflectionsPanel::showSelected);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_shown, signal, this, &ReflectionsPanel::updateEmptyState);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &ReflectionsPanel::updateEmptyState);
    updateEmptyState();
    if (m_shown->rowCount() > 0)
        m_list->setCurrentIndex(m_shown->index(0, 0));
    showSelected();
}

qint64 ReflectionsPanel::selectedId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ReflectionListModel::IdRole).toLongLong() : 0;
}

bool ReflectionsPanel::select(qint64 id)
{
    const int row = m_shown->filterRow(m_model->fetchTo(id));
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_shown->index(row, 0));
    m_list->scrollTo(m_shown->index(row, 0), QAbstractItemView::PositionAtCenter);
    return true;
}

void ReflectionsPanel::updateEmptyState()
{
    m_stack->setCurrentIndex(m_shown->rowCount() == 0 ? 1 : 0);
    if (!m_list->currentIndex().isValid() && m_shown->rowCount() > 0)
        m_list->setCurrentIndex(m_shown->index(0, 0));
}

QString ReflectionsPanel::readerHtml() const
{
    return m_reader->toHtml();
}

void ReflectionsPanel::showSelected()
{
    const qint64 id = selectedId();
    m_open->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
    if (id == 0) {
        m_reader->clear();
        return;
    }
    auto reflection = m_model->loadReflection(id);
    if (!reflection) {
        m_reader->setPlainText(reflection.error().message);
        return;
    }
    QString html = u"<h3>%1</h3><p><small>%2</small></p>"_s.arg(
        Reflection::kindName(reflection->kind).toHtmlEscaped(),
        // The date in full, the time short: a long date-time adds seconds and a time zone.
        tr("%1 at %2")
            .arg(QLocale().toString(reflection->created.toLocalTime().date(), QLocale::LongFormat),
                QLocale().toString(reflection->created.toLocalTime().time(), QLocale::ShortFormat))
            .toHtmlEscaped());
    if (!reflection->complete)
        html += u"<p><i>%1</i></p>"_s.arg(
            tr("Not finished yet. Press Open to carry on.").toHtmlEscaped());
    if (reflection->kind == ReflectionKind::ThoughtRecord) {
        const ThoughtRecord r = ThoughtRecord::fromAnswers(reflection->answers);
        for (const ReflectionAnswer &a : r.toAnswers()) {
            QString text = a.answer;
            if (a.promptKey == u"thought.emotions"_s)
                text = ThoughtRecord::describeEmotions(r.emotions);
            else if (a.promptKey == u"thought.emotions-after"_s)
                text = ThoughtRecord::describeEmotions(r.emotionsAfter);
            html += u"<p><b>%1</b></p>"_s.arg(a.promptText.toHtmlEscaped()) + paragraphs(text);
        }
    } else {
        for (const ReflectionAnswer &a : std::as_const(reflection->answers))
            html += u"<p><b>%1</b></p>"_s.arg(a.promptText.toHtmlEscaped()) + paragraphs(a.answer);
    }
    m_reader->setHtml(html);
}

void ReflectionsPanel::setJourneyMode(JourneyMode mode)
{
    m_mode = mode;
    const bool ownQuestions
        = !JourneyRules::pathChangesStep(m_prompts->step()) || mode == JourneyMode::Normal;
    m_editPrompts->setEnabled(ownQuestions);
    m_editPrompts->setToolTip(ownQuestions
            ? tr("Add, reword, reorder or hide this step's questions")
            : tr("On this path the step asks its own questions, about looking after yourself "
                 "and moving on. Your own questions are kept for when you change your answers "
                 "back."));
}

QList<ReflectionPrompt> ReflectionsPanel::promptsForPath() const
{
    return ReflectionPrompts::forPath(m_prompts->step(), m_mode, m_prompts->prompts());
}

bool ReflectionsPanel::draftFitsPath(qint64 id) const
{
    const auto reflection = m_model->loadReflection(id);
    if (!reflection)
        return true; // the dialog says what went wrong
    const QList<ReflectionPrompt> asked = promptsForPath();
    return std::all_of(reflection->answers.cbegin(), reflection->answers.cend(),
        [&asked](const ReflectionAnswer &a) {
            return std::any_of(asked.cbegin(), asked.cend(),
                [&a](const ReflectionPrompt &p) { return p.key == a.promptKey; });
        });
}

ReflectionDialog *ReflectionsPanel::reflect()
{
    qint64 draft = m_model->latestDraft(ReflectionKind::Guided);
    // A draft begun on another path (e.g. about a first message, before a "no") is kept in the
    // list, but a new reflection asks this path's questions.
    if (draft != 0 && m_mode != JourneyMode::Normal && !draftFitsPath(draft))
        draft = 0;
    auto *dialog = new ReflectionDialog(m_model, promptsForPath(), m_clock, draft, this);
    dialog->setStepTitle(JourneyRules::stepTitle(m_prompts->step(), m_mode));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] { select(dialog->reflectionId()); });
    dialog->open();
    return dialog;
}

ThoughtRecordDialog *ReflectionsPanel::recordThought()
{
    const qint64 draft = m_model->latestDraft(ReflectionKind::ThoughtRecord);
    auto *dialog = new ThoughtRecordDialog(m_model, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] { select(dialog->reflectionId()); });
    dialog->open();
    return dialog;
}

QDialog *ReflectionsPanel::openSelected()
{
    const qint64 id = selectedId();
    return id != 0 ? openReflection(id) : nullptr;
}

QDialog *ReflectionsPanel::openReflection(qint64 id)
{
    const int row = m_model->fetchTo(id);
    if (row < 0)
        return nullptr;
    const auto kind
        = ReflectionKind(m_model->index(row).data(ReflectionListModel::KindRole).toInt());
    QDialog *dialog = nullptr;
    if (kind == ReflectionKind::ThoughtRecord)
        dialog = new ThoughtRecordDialog(m_model, id, this);
    else {
        auto *reflection = new ReflectionDialog(m_model, promptsForPath(), m_clock, id, this);
        reflection->setStepTitle(JourneyRules::stepTitle(m_prompts->step(), m_mode));
        dialog = reflection;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, id] { select(id); });
    dialog->open();
    return dialog;
}

PromptEditorDialog *ReflectionsPanel::editPrompts()
{
    if (!m_editPrompts->isEnabled())
        return nullptr;
    (void)m_prompts->load();
    auto *dialog = new PromptEditorDialog(m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ReflectionsPanel::deleteSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    // No question first: the window offers to undo it (see PendingDeletes).
    if (Status status = UndoableDelete::remove(m_list, m_shown, id); !status)
        QMessageBox::warning(this, tr("Not Deleted"), status.error().message);
}

} // namespace Rekindle
