// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyPreferences.h"

#include "PreferencesDialog.h"
#include "models/ReconnectOverview.h"
#include "models/TrustOverview.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
void addJourneyPreferences(PreferencesDialog &dialog, Journal &journal)
{
    auto *page = new QWidget(&dialog);
    page->setObjectName(u"journeyPreferences"_s);
    auto *readiness = new ReconnectOverview(journal, page);
    auto *pace = new TrustOverview(journal, page);

    auto *minSpace = new QSpinBox(page);
    minSpace->setObjectName(u"minSpaceDays"_s);
    minSpace->setRange(ReadinessInput::MinSpaceDaysLower, ReadinessInput::MinSpaceDaysUpper);
    minSpace->setValue(readiness->minSpaceDays());
    minSpace->setSuffix(QCoreApplication::translate("Rekindle::JourneyPreferences", " days"));
    auto *minGap = new QSpinBox(page);
    minGap->setObjectName(u"minMilestoneGap"_s);
    minGap->setRange(PaceRules::MinGapLower, PaceRules::MinGapUpper);
    minGap->setValue(pace->minGapDays());
    minGap->setSuffix(QCoreApplication::translate("Rekindle::JourneyPreferences", " days"));

    auto *explain = new QLabel(QCoreApplication::translate("Rekindle::JourneyPreferences",
                                   "How Rekindle gauges the pace of reconnecting. These inform; "
                                   "they never block anything."),
        page);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *spaceLabel = new QLabel(QCoreApplication::translate("Rekindle::JourneyPreferences",
                                      "Days of space before reaching &out:"),
        page);
    spaceLabel->setBuddy(minSpace);
    form->addRow(spaceLabel, minSpace);
    auto *gapLabel = new QLabel(QCoreApplication::translate("Rekindle::JourneyPreferences",
                                    "Smallest &gap between two milestones:"),
        page);
    gapLabel->setBuddy(minGap);
    form->addRow(gapLabel, minGap);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addStretch();

    dialog.addPage(page,
        QCoreApplication::translate("Rekindle::JourneyPreferences", "Reconnecting"),
        [readiness, pace, minSpace, minGap] {
            if (minSpace->value() != readiness->minSpaceDays())
                if (Status s = readiness->setMinSpaceDays(minSpace->value()); !s)
                    return s.error().message;
            if (minGap->value() != pace->minGapDays())
                if (Status s = pace->setMinGapDays(minGap->value()); !s)
                    return s.error().message;
            return QString();
        });
}

} // namespace Rekindle
