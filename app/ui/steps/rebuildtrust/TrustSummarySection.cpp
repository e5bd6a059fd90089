// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustSummarySection.h"

#include "models/TrustOverview.h"
#include "ui/widgets/InlineMessage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString keptText(const KeptRatio &r)
    {
        if (r.settled() == 0)
            return TrustSummarySection::tr("no promises settled yet");
        return TrustSummarySection::tr("%1 of %2 kept (%3%)")
            .arg(r.kept)
            .arg(r.settled())
            .arg(qRound(r.ratio().value_or(0) * 100));
    }

} // namespace

TrustSummarySection::TrustSummarySection(TrustOverview &overview, QWidget *parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_message(new InlineMessage(this))
    , m_kept30(new QLabel(this))
    , m_kept90(new QLabel(this))
    , m_openIssues(new QLabel(this))
    , m_overdue(new QLabel(this))
{
    m_message->setObjectName(u"trustSummaryMessage"_s);
    setObjectName(u"trustSummarySection"_s);
    m_kept30->setObjectName(u"kept30"_s);
    m_kept90->setObjectName(u"kept90"_s);
    m_openIssues->setObjectName(u"openIssues"_s);
    m_overdue->setObjectName(u"overdueCommitments"_s);
    auto *box = new QGroupBox(tr("Trust, in numbers"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Promises kept, last 30 days:"), m_kept30);
    form->addRow(tr("Promises kept, last 90 days:"), m_kept90);
    form->addRow(tr("Open issues:"), m_openIssues);
    form->addRow(tr("Overdue commitments:"), m_overdue);
    auto *note = new QLabel(tr("Numbers only tell part of the story. Trust grows from small "
                               "things done reliably, and from being honest when they are "
                               "not."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_message);
    layout->addWidget(note);
    layout->addStretch();
    connect(&m_overview, &TrustOverview::changed, this, &TrustSummarySection::updateFromOverview);
    updateFromOverview();
}

void TrustSummarySection::updateFromOverview()
{
    if (const QString error = m_overview.error(); !error.isEmpty())
        m_message->showMessage(error);
    else
        m_message->clearMessage();
    const TrustSummary &s = m_overview.summary();
    m_kept30->setText(keptText(s.last30));
    m_kept90->setText(keptText(s.last90));
    m_openIssues->setText(QLocale().toString(s.openIssues));
    m_overdue->setText(QLocale().toString(s.overdueCommitments));
}

} // namespace Rekindle
