// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessSection.h"

#include "models/ReconnectOverview.h"
#include "ui/widgets/InlineMessage.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

namespace {

    /// A criterion's name inside "Not yet, because of …", written out per criterion: lowering
    /// a translated name breaks languages that capitalise nouns.
    QString inSentence(const ReadinessCriterion &c)
    {
        switch (c.kind) {
        case ReadinessCriterion::Kind::Space:
            return QCoreApplication::translate("Rekindle::ReconnectRules", "days of space",
                "inside a sentence: not yet, because of …");
        case ReadinessCriterion::Kind::SelfWork:
            return QCoreApplication::translate("Rekindle::ReconnectRules", "working on yourself",
                "inside a sentence: not yet, because of …");
        case ReadinessCriterion::Kind::Mood:
            return QCoreApplication::translate("Rekindle::ReconnectRules", "recent mood",
                "inside a sentence: not yet, because of …");
        case ReadinessCriterion::Kind::Replies:
            return QCoreApplication::translate("Rekindle::ReconnectRules", "latest replies",
                "inside a sentence: not yet, because of …");
        case ReadinessCriterion::Kind::Path:
            // The path criterion is named after the path it is on (ReconnectRules).
            return c.name == QCoreApplication::translate("Rekindle::ReconnectRules", "Your safety")
                ? QCoreApplication::translate("Rekindle::ReconnectRules", "your safety",
                    "inside a sentence: not yet, because of …")
                : QCoreApplication::translate("Rekindle::ReconnectRules", "their no",
                    "inside a sentence: not yet, because of …");
        }
        return c.name;
    }

} // namespace

ReadinessSection::ReadinessSection(ReconnectOverview &overview, QWidget *parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_headline(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    m_message->setObjectName(u"readinessMessage"_s);
    setObjectName(u"readinessSection"_s);
    m_headline->setObjectName(u"readinessHeadline"_s);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);

    auto *box = new QGroupBox(tr("What Rekindle looks at"), this);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(3, 1);
    static const char *names[] = { "readinessSpace", "readinessSelfWork", "readinessMood",
        "readinessReplies", "readinessPath" };
    for (int i = 0; i < 5; ++i) {
        Row row { new QLabel(box), new QLabel(box), new QLabel(box), new QLabel(box) };
        row.state->setObjectName(QString::fromLatin1(names[i]));
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.explanation->setWordWrap(true);
        row.value->setWordWrap(true);
        grid->addWidget(row.name, i, 0);
        grid->addWidget(row.state, i, 1);
        grid->addWidget(row.value, i, 2);
        grid->addWidget(row.explanation, i, 3);
        m_rows << row;
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 2);

    auto *note = new QLabel(tr("This is information, not a gate: nothing in Rekindle is locked "
                               "by it, and no one can promise how the other person will respond. "
                               "The minimum days of space can be changed in Preferences."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_message);
    layout->addWidget(box);
    layout->addWidget(note);
    layout->addStretch();
    connect(&m_overview, &ReconnectOverview::changed, this, &ReadinessSection::updateFromOverview);
    updateFromOverview();
}

void ReadinessSection::updateFromOverview()
{
    if (const QString error = m_overview.error(); !error.isEmpty())
        m_message->showMessage(error);
    else
        m_message->clearMessage();
    const Readiness &r = m_overview.readiness();
    if (r.ready()) {
        m_headline->setText(tr("Ready: you have given space and you are looking after "
                               "yourself. A light, friendly message is one possible next step, "
                               "if and when you choose."));
    } else {
        QStringList why;
        for (const ReadinessCriterion &c : r.unmet())
            why << tr("%1 (%2)").arg(inSentence(c), c.value);
        m_headline->setText(r.notNow() ? tr("Not now, because of %1.").arg(why.join(u"; "_s))
                                       : tr("Not yet, because of %1.").arg(why.join(u"; "_s)));
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &shown = m_rows.at(i);
        const bool has = i < r.criteria.size();
        for (QLabel *label : { shown.name, shown.state, shown.value, shown.explanation })
            label->setVisible(has);
        if (!has)
            continue;
        const ReadinessCriterion &c = r.criteria.at(i);
        const Row &row = m_rows.at(i);
        row.name->setText(c.name);
        row.state->setText(c.state == ReadinessCriterion::State::Met ? tr("✓ met")
                : c.state == ReadinessCriterion::State::NotMet       ? tr("not yet")
                                                                     : tr("no data"));
        row.value->setText(c.value);
        row.explanation->setText(c.explanation);
    }
}

} // namespace Rekindle
