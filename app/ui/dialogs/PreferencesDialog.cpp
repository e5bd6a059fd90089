// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "core/SpaceRules.h"
#include "models/SpaceOverview.h"
#include "ui/widgets/FocusChain.h"
#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

PreferencesDialog::PreferencesDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_space(new SpaceOverview(journal, QLocale().firstDayOfWeek(), this))
    , m_pages(new QTabWidget(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
          this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_pages->setObjectName(u"preferencePages"_s);
    m_pages->setAccessibleName(tr("Preference pages"));
    m_message->setObjectName(u"preferencesMessage"_s);

    auto *note = new QLabel(tr("These settings are kept in your journal, so they travel with "
                               "it."),
        this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    QWidget *space = createSpacePage();
    addPage(space, tr("Space"), [this] {
        const Status status = m_space->setThresholds({ m_perDay->value(), m_unanswered->value() });
        return status ? QString() : status.error().message;
    });

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
            m_perDay->setValue(BombardingThresholds::DefaultPerDay);
            m_unanswered->setValue(BombardingThresholds::DefaultUnanswered);
        });
}

QWidget *PreferencesDialog::createSpacePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"spacePreferences"_s);
    m_perDay = new QSpinBox(page);
    m_perDay->setObjectName(u"bombardingPerDay"_s);
    m_perDay->setRange(BombardingThresholds::Min, BombardingThresholds::Max);
    m_unanswered = new QSpinBox(page);
    m_unanswered->setObjectName(u"bombardingUnanswered"_s);
    m_unanswered->setRange(BombardingThresholds::Min, BombardingThresholds::Max);
    const BombardingThresholds current = m_space->thresholds();
    m_perDay->setValue(current.perDay);
    m_unanswered->setValue(current.unansweredInRow);

    auto *explain = new QLabel(tr("Rekindle gently points it out when your messages to them "
                                  "start to pile up. Choose when:"),
        page);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *perDayLabel = new QLabel(tr("Contacts I make within &24 hours:"), page);
    perDayLabel->setBuddy(m_perDay);
    form->addRow(perDayLabel, m_perDay);
    auto *unansweredLabel = new QLabel(tr("Contacts in a row &without a reply:"), page);
    unansweredLabel->setBuddy(m_unanswered);
    form->addRow(unansweredLabel, m_unanswered);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

void PreferencesDialog::addPage(QWidget *page, const QString &title, std::function<QString()> apply)
{
    m_pages->addTab(page, title);
    m_appliers.append(std::move(apply));
    // Pages come after the buttons were made: the buttons still read last.
    FocusChain::putLast(this, m_buttons);
}

bool PreferencesDialog::apply()
{
    for (int i = 0; i < m_appliers.size(); ++i) {
        const QString error = m_appliers.at(i)();
        if (!error.isEmpty()) {
            m_pages->setCurrentIndex(i);
            m_message->showMessage(error);
            return false;
        }
    }
    m_message->clearMessage();
    return true;
}

void PreferencesDialog::setVisible(bool visible)
{
    if (visible && !isVisible()) {
        // Every page's name in view: with scroll buttons, the last pages hide behind an arrow
        // in longer languages, so the dialog grows to the names instead, unless that is wider
        // than the screen it opens on.
        // Whole names, never elided: some styles cut tab texts short ("Verschlüss…").
        m_pages->setElideMode(Qt::ElideNone);
        const auto scroll = [this](bool on) {
            m_pages->setUsesScrollButtons(on);
            m_pages->updateGeometry();
            // The pages are hidden until the dialog shows: their updateGeometry() leaves the
            // layout's cached sizes as they were.
            if (QLayout *own = layout())
                own->invalidate();
        };
        scroll(false);
        const QWidget *anchor = parentWidget() ? parentWidget() : this;
        const QScreen *screen = anchor->screen();
        if (screen && minimumSizeHint().width() > screen->availableGeometry().width())
            scroll(true);
    }
    QDialog::setVisible(visible);
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace Rekindle
