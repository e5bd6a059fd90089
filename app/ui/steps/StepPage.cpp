// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepPage.h"

#include "core/DayChange.h"
#include "models/EntryListModel.h"
#include "models/JournalSpelling.h"
#include "models/JourneyModeModel.h"
#include "models/PromptListModel.h"
#include "models/RecentMoodModel.h"
#include "models/RecordModel.h"
#include "models/ReflectionListModel.h"
#include "models/StepProgressModel.h"
#include "ui/Design.h"
#include "ui/Icons.h"
#include "ui/dialogs/RecordViewDialog.h"
#include "ui/dialogs/ReflectionDialog.h"
#include "ui/dialogs/ThoughtRecordDialog.h"
#include "ui/widgets/FocusChain.h"
#include "ui/widgets/HeaderCard.h"
#include "ui/widgets/JournalPanel.h"
#include "ui/widgets/MoodStrip.h"
#include "ui/widgets/RecordListPanel.h"
#include "ui/widgets/ReflectionsPanel.h"
#include "ui/widgets/StepProgressIndicator.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// The path's hint with the new-entry shortcut (MainWindow's QKeySequence::New) as this
    /// platform writes it: "Strg+N" in German, "⌘N" on macOS.
    QString emptyHint(Step step, JourneyMode mode)
    {
        return JourneyRules::emptyHint(step, mode)
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    }

} // namespace

StepPage::StepPage(Step step, Journal &journal, QWidget *parent, const Shared &shared)
    : QWidget(parent)
    , m_step(step)
    , m_journalStore(journal)
    , m_models(journal)
    , m_entries(m_models.entries(step, this))
    , m_reflections(m_models.reflections(step, this))
    , m_prompts(m_models.prompts(step, this))
    , m_moods(m_models.recentMoods(7, this))
    , m_progress(shared.progress ? shared.progress : m_models.stepProgress(this))
    , m_dayChange(shared.dayChange ? shared.dayChange : m_models.dayChange(this))
    , m_sections(new QTabWidget(this))
    , m_journal(new JournalPanel(m_entries, m_models.pendingDeletes(), QString(), this))
    , m_reflectionsPanel(new ReflectionsPanel(m_reflections, m_prompts, m_models.clock(), this))
    , m_mode(shared.mode ? shared.mode : new JourneyModeModel(journal, this))
{
    setObjectName(u"stepPage%1"_s.arg(static_cast<int>(step)));

    auto *title = new QLabel(JourneyRules::stepSummary(step, m_mode->mode()), this);
    m_summary = title;
    title->setObjectName(u"stepSummary"_s);
    title->setFont(Design::font(title->font(), Design::TextStyle::Title));
    title->setWordWrap(true);
    title->setAccessibleName(JourneyRules::stepTitle(step, m_mode->mode()));

    auto *guidance = new QLabel(JourneyRules::stepGuidance(step, m_mode->mode()), this);
    m_guidance = guidance;
    guidance->setObjectName(u"stepGuidance"_s);
    guidance->setWordWrap(true);
    guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sections->setObjectName(u"stepSections"_s);
    m_sections->setAccessibleName(
        tr("Tools of %1").arg(JourneyRules::stepTitle(step, m_mode->mode())));
    m_sections->setDocumentMode(true);
    m_sections->setTabBarAutoHide(true);
    addSection(m_journal, tr("Journal"));
    m_journal->setSpelling(&JournalSpelling::of(journal));
    addSection(m_reflectionsPanel, tr("Reflections"));
    addRevealer(u"entries"_s, [this](qint64 itemId) {
        m_sections->setCurrentWidget(m_journal);
        return m_journal->selectEntry(itemId);
    });
    addRevealer(u"reflections"_s, [this](qint64 itemId) {
        if (!m_reflectionsPanel->select(itemId))
            return false; // another step's reflection
        m_sections->setCurrentWidget(m_reflectionsPanel);
        return true;
    });
    addRevealer(u"mood_checkins"_s, [this](qint64) {
        // Check-ins belong to no step: shown where the mood strip is, on the page open now.
        if (!isVisible())
            return false;
        m_sections->setCurrentWidget(m_journal);
        return true;
    });

    // The header card holds what the step is and how far it has come; it takes no focus. Its
    // actions (Reflect, Support) sit below the step's tools, where they come in the Tab order
    // too: tab bar, the step's tools, then the actions (DESIGN.md, "Focus").
    auto *card = new HeaderCard(this);
    title->setParent(card);
    guidance->setParent(card);
    auto *cardTop = new QHBoxLayout;
    cardTop->setSpacing(Design::Space::M);
    cardTop->addWidget(title, 1);
    cardTop->addWidget(new MoodStrip(m_moods, card), 0, Qt::AlignVCenter);
    cardTop->addWidget(
        new StepProgressIndicator(m_progress, step, false, card), 0, Qt::AlignVCenter);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->setSpacing(Design::Space::XS);
    cardLayout->addLayout(cardTop);
    cardLayout->addWidget(guidance);

    auto *reflectButton = m_reflectButton = new QPushButton(tr("Reflect…"), this);
    reflectButton->setObjectName(u"reflectButton"_s);
    reflectButton->setToolTip(
        tr("A few questions about this step, one at a time (%1)")
            .arg(QKeySequence(u"Ctrl+R"_s).toString(QKeySequence::NativeText)));
    reflectButton->setIcon(Icons::icon(Icons::Reflect));
    connect(reflectButton, &QPushButton::clicked, this, &StepPage::reflect);

    // Support is always one click away, on every step.
    auto *support = m_support = new QPushButton(tr("Support and Safety"), this);
    support->setObjectName(u"supportLink"_s);
    support->setFlat(true);
    support->setCursor(Qt::PointingHandCursor);
    support->setIcon(Icons::icon(Icons::Support));
    support->setToolTip(tr("Helplines and your own support contacts. Nothing is sent anywhere."));
    connect(support, &QPushButton::clicked, this, &StepPage::supportRequested);
    connect(m_mode, &JourneyModeModel::modeChanged, this, &StepPage::updateHeader);
    m_reflectionsPanel->setJourneyMode(m_mode->mode());
    m_journal->setEmptyHint(emptyHint(step, m_mode->mode()));

    auto *actions = new QHBoxLayout;
    actions->setSpacing(Design::Space::S);
    actions->addWidget(support);
    actions->addStretch(1);
    actions->addWidget(reflectButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(
        Design::Space::L, Design::Space::L, Design::Space::L, Design::Space::S);
    layout->setSpacing(Design::Space::M);
    layout->addWidget(card);
    layout->addWidget(m_sections, 1);
    layout->addLayout(actions);
    keepActionsLast();
}

void StepPage::keepActionsLast()
{
    // The sections' widgets are made after the actions (by the step's own page, and some on
    // demand), so they would come before them in the focus chain.
    FocusChain::putLast(this, { m_support, m_reflectButton });
    // Tab leaves a table; the arrow keys move between its cells. A table's own Tab navigation
    // wraps from the last cell to the first, so Tab alone could never get out of it.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
}

int StepPage::heightForWidth(int width) const
{
    const int slack = m_sections->sizeHint().height() - m_sections->minimumSizeHint().height();
    return QWidget::heightForWidth(width) - std::max(0, slack);
}

void StepPage::showEvent(QShowEvent *event)
{
    keepActionsLast();
    QWidget::showEvent(event);
}

void StepPage::addSection(QWidget *section, const QString &title, const QString &tableKind)
{
    m_sections->addTab(section, title);
    m_allSections.append({ section, title });
    if (m_support)
        keepActionsLast();
    if (!tableKind.isEmpty())
        addRevealer(
            tableKind, [this, section](qint64 itemId) { return revealTableRow(section, itemId); });
}

void StepPage::addRevealer(const QString &kind, std::function<bool(qint64 itemId)> reveal)
{
    m_revealers.emplace(kind, std::move(reveal));
}

ReflectionDialog *StepPage::reflect()
{
    return m_reflectionsPanel->reflect();
}

void StepPage::showSection(QWidget *section)
{
    m_sections->setCurrentWidget(section);
}

bool StepPage::revealTableRow(QWidget *section, qint64 itemId)
{
    auto *panel = section->findChild<RecordListPanel *>();
    QTableView *view = panel ? panel->view() : nullptr;
    RecordModel *model = panel ? panel->model() : nullptr;
    if (!model)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->idAt(row) != itemId)
            continue;
        if (m_sections->indexOf(section) < 0) {
            // The section is put away on this path: the record is kept and shown read-only,
            // never in a hidden widget.
            QString why = tr("This record is kept in your journal, as you wrote it; nothing was "
                             "deleted. The tools it belongs to are put away on your current "
                             "path.");
            if (const QString note = JourneyRules::modeNote(m_mode->mode()); !note.isEmpty())
                why += u"\n\n"_s + note;
            auto *dialog = new RecordViewDialog(*model, row, why, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            return true;
        }
        showSection(section);
        // A record whose delete waits for its undo is not shown.
        if (!panel->selectModelRow(row))
            return false;
        if (view->isVisible())
            view->setFocus();
        return true;
    }
    return false;
}

bool StepPage::reveal(const QString &kind, qint64 itemId)
{
    const auto revealer = m_revealers.constFind(kind);
    return revealer != m_revealers.cend() && (*revealer)(itemId);
}

QString StepPage::title() const
{
    return JourneyRules::stepTitle(m_step, m_mode->mode());
}

QString StepPage::summary() const
{
    return JourneyRules::stepSummary(m_step, m_mode->mode());
}

void StepPage::updateHeader()
{
    const JourneyMode mode = m_mode->mode();
    m_reflectionsPanel->setJourneyMode(mode);
    // Steps 1 and 2 keep their guidance (and their own self-care wording): only 3 to 5 change.
    if (!JourneyRules::pathChangesStep(m_step))
        return;
    m_summary->setText(JourneyRules::stepSummary(m_step, mode));
    m_summary->setAccessibleName(JourneyRules::stepTitle(m_step, mode));
    m_sections->setAccessibleName(tr("Tools of %1").arg(JourneyRules::stepTitle(m_step, mode)));
    m_guidance->setText(JourneyRules::stepGuidance(m_step, mode));
    m_journal->setEmptyHint(emptyHint(m_step, mode));
    Q_EMIT titleChanged(title());
}

void StepPage::setSectionVisible(QWidget *section, bool visible)
{
    const int index = m_sections->indexOf(section);
    if (!visible) {
        if (index < 0)
            return;
        if (m_sections->currentIndex() == index)
            m_sections->setCurrentIndex(0);
        m_sections->removeTab(index);
        section->hide();
        return;
    }
    if (index >= 0)
        return;
    // Back in its place: after the sections before it that are shown.
    int position = 0;
    for (const auto &[widget, title] : std::as_const(m_allSections)) {
        if (widget == section) {
            m_sections->insertTab(position, section, title);
            return;
        }
        if (m_sections->indexOf(widget) >= 0)
            ++position;
    }
}

void StepPage::setGuidance(const QString &text)
{
    m_guidance->setText(text);
}

bool StepPage::flush()
{
    bool ok = m_journal->flush();
    // Reflections being written in an open dialog are saved too.
    for (ReflectionDialog *dialog : findChildren<ReflectionDialog *>())
        ok = dialog->saveNow() && ok;
    for (ThoughtRecordDialog *dialog : findChildren<ThoughtRecordDialog *>())
        ok = dialog->saveNow() && ok;
    return ok;
}

bool StepPage::leave()
{
    bool ok = m_journal->leave();
    for (ReflectionDialog *dialog : findChildren<ReflectionDialog *>())
        ok = dialog->saveNow() && ok;
    for (ThoughtRecordDialog *dialog : findChildren<ThoughtRecordDialog *>())
        ok = dialog->saveNow() && ok;
    return ok;
}

} // namespace Rekindle
