// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepPage.h"

#include "models/EntryListModel.h"
#include "storage/Journal.h"
#include "ui/widgets/JournalPanel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

StepPage::StepPage(Step step, Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_step(step)
    , m_journalStore(journal)
    , m_entries(new EntryListModel(journal.entries(), step, this))
    , m_sections(new QTabWidget(this))
    , m_journal(new JournalPanel(m_entries, Steps::emptyHint(step), this))
{
    setObjectName(u"stepPage%1"_s.arg(static_cast<int>(step)));

    auto *title = new QLabel(Steps::summary(step), this);
    title->setObjectName(u"stepSummary"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    title->setAccessibleName(Steps::title(step));

    auto *guidance = new QLabel(Steps::guidance(step), this);
    m_guidance = guidance;
    guidance->setObjectName(u"stepGuidance"_s);
    guidance->setWordWrap(true);
    guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sections->setObjectName(u"stepSections"_s);
    m_sections->setDocumentMode(true);
    m_sections->setTabBarAutoHide(true);
    addSection(m_journal, tr("Journal"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(guidance);
    layout->addSpacing(6);
    layout->addWidget(m_sections, 1);
}

void StepPage::addSection(QWidget *section, const QString &title)
{
    m_sections->addTab(section, title);
}

void StepPage::setGuidance(const QString &text)
{
    m_guidance->setText(text);
}

bool StepPage::flush()
{
    return m_journal->flush();
}

bool StepPage::leave()
{
    return m_journal->leave();
}

} // namespace Rekindle
