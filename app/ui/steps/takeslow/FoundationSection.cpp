// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FoundationSection.h"

#include "models/TrustOverview.h"
#include "ui/widgets/InlineMessage.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString levelText(FoundationIndicator::Level level)
    {
        switch (level) {
        case FoundationIndicator::Level::Unknown:
            return FoundationSection::tr("not known yet");
        case FoundationIndicator::Level::Weak:
            return FoundationSection::tr("weak");
        case FoundationIndicator::Level::Growing:
            return FoundationSection::tr("growing");
        case FoundationIndicator::Level::Strong:
            return FoundationSection::tr("strong");
        }
        return {};
    }

} // namespace

FoundationSection::FoundationSection(TrustOverview &overview, QWidget *parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_headline(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    m_message->setObjectName(u"foundationMessage"_s);
    setObjectName(u"foundationSection"_s);
    m_headline->setObjectName(u"foundationHeadline"_s);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    auto *box = new QGroupBox(tr("The foundation, over the last 90 days"), this);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    const QStringList names { tr("Trust"), tr("Connection"), tr("Open issues") };
    const QStringList ids { u"foundationTrust"_s, u"foundationConnection"_s,
        u"foundationIssues"_s };
    for (int i = 0; i < 3; ++i) {
        auto *name = new QLabel(names.at(i), box);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *level = new QLabel(box);
        level->setObjectName(ids.at(i));
        auto *value = new QLabel(box);
        auto *explanation = new QLabel(box);
        explanation->setWordWrap(true);
        grid->addWidget(name, i, 0);
        grid->addWidget(level, i, 1);
        grid->addWidget(value, i, 2);
        grid->addWidget(explanation, i, 3);
        m_levels << level;
        m_values << value;
        m_explanations << explanation;
    }
    grid->setColumnStretch(3, 1);
    auto *note = new QLabel(tr("Trust is the share of promises kept (step 4); connection is the "
                               "share of warm replies to your messages (step 3); open issues "
                               "are those not yet resolved."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_message);
    layout->addWidget(box);
    layout->addWidget(note);
    layout->addStretch();
    connect(&m_overview, &TrustOverview::changed, this, &FoundationSection::updateFromOverview);
    updateFromOverview();
}

void FoundationSection::updateFromOverview()
{
    if (const QString error = m_overview.error(); !error.isEmpty())
        m_message->showMessage(error);
    else
        m_message->clearMessage();
    const Foundation &f = m_overview.foundation();
    m_headline->setText(f.weak() ? tr("The foundation needs more time before bigger steps.")
                                 : tr("The foundation is holding. Keep the pace that got you "
                                      "here."));
    const QList<const FoundationIndicator *> indicators { &f.trust, &f.connection, &f.issues };
    for (int i = 0; i < indicators.size(); ++i) {
        m_levels.at(i)->setText(levelText(indicators.at(i)->level));
        m_values.at(i)->setText(indicators.at(i)->value);
        m_explanations.at(i)->setText(indicators.at(i)->explanation);
    }
}

} // namespace Rekindle
