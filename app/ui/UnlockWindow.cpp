// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockWindow.h"

#include "core/SupportServices.h"
#include "models/JournalPrivacy.h"
#include "ui/Design.h"
#include "widgets/InlineMessage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

UnlockWindow::UnlockWindow(JournalPrivacy &privacy, QWidget *parent)
    : QWidget(parent)
    , m_privacy(privacy)
    , m_secrets(new QStackedWidget(this))
    , m_passphrase(new QLineEdit(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_switch(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_busyLabel(new QLabel(tr("Opening your journal…"), this))
    , m_message(new InlineMessage(this))
    , m_support(createSupport())
{
    setObjectName(u"unlockWindow"_s);
    setWindowTitle(tr("Rekindle — Locked"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    auto *heading = new QLabel(tr("Your journal is locked"), this);
    heading->setObjectName(u"unlockHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);
    auto *explain = new QLabel(tr("What you wrote is kept encrypted on this computer. Type your "
                                  "passphrase to open it."),
        this);
    explain->setObjectName(u"unlockExplanation"_s);
    explain->setWordWrap(true);

    m_passphrase->setObjectName(u"passphraseField"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_recoveryKey->setObjectName(u"recoveryKeyField"_s);
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    m_recoveryKey->setPlaceholderText(u"XXXXX-XXXXX-XXXXX-…"_s);
    auto *passphrasePage = new QWidget(this);
    auto *passphraseForm = new QFormLayout(passphrasePage);
    passphraseForm->setContentsMargins(0, 0, 0, 0);
    auto *passphraseLabel = new QLabel(tr("&Passphrase:"), passphrasePage);
    passphraseLabel->setBuddy(m_passphrase);
    passphraseForm->addRow(passphraseLabel, m_passphrase);
    auto *recoveryPage = new QWidget(this);
    auto *recoveryForm = new QFormLayout(recoveryPage);
    recoveryForm->setContentsMargins(0, 0, 0, 0);
    auto *recoveryLabel = new QLabel(tr("&Recovery key:"), recoveryPage);
    recoveryLabel->setBuddy(m_recoveryKey);
    recoveryForm->addRow(recoveryLabel, m_recoveryKey);
    auto *recoveryHint = new QLabel(tr("The 55 characters you kept when you turned encryption "
                                       "on. Dashes, spaces and upper or lower case do not matter."),
        recoveryPage);
    recoveryHint->setWordWrap(true);
    recoveryForm->addRow(recoveryHint);
    m_secrets->addWidget(passphrasePage);
    m_secrets->addWidget(recoveryPage);

    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    m_switch->setObjectName(u"useRecoveryKey"_s);
    m_switch->setFlat(true);
    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(u"unlockQuit"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch();
    buttons->addWidget(quit);
    buttons->addWidget(m_unlock);

    m_busy->setObjectName(u"unlockBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Opening your journal"));
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel->hide();
    m_message->setObjectName(u"unlockMessage"_s);

    auto *supportLink = new QPushButton(tr("&Support and helplines"), this);
    supportLink->setObjectName(u"unlockSupport"_s);
    supportLink->setFlat(true);
    supportLink->setCheckable(true);

    auto *card = new QWidget(this);
    card->setObjectName(u"unlockCard"_s);
    card->setMaximumWidth(520);
    // Its natural height, never more: the stretches around it then centre it vertically.
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(heading);
    cardLayout->addWidget(explain);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_secrets);
    cardLayout->addWidget(m_message);
    cardLayout->addWidget(m_busyLabel);
    cardLayout->addWidget(m_busy);
    cardLayout->addLayout(buttons);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(supportLink, 0, Qt::AlignLeft);
    cardLayout->addWidget(m_support);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(card);
    column->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &UnlockWindow::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockWindow::unlock);
    connect(m_recoveryKey, &QLineEdit::returnPressed, this, &UnlockWindow::unlock);
    connect(
        m_switch, &QPushButton::clicked, this, [this] { setUsesRecoveryKey(!usesRecoveryKey()); });
    connect(quit, &QPushButton::clicked, this, &UnlockWindow::quitRequested);
    connect(supportLink, &QPushButton::toggled, m_support, &QWidget::setVisible);
    connect(&m_privacy, &JournalPrivacy::busyChanged, this, &UnlockWindow::setBusy);
    connect(&m_privacy, &JournalPrivacy::unlockFailed, this, &UnlockWindow::showFailure);
    connect(&m_privacy, &JournalPrivacy::unlocked, this, &UnlockWindow::clear);

    setUsesRecoveryKey(false);
    Design::resizeWithinScreen(this, QSize(760, 520));
}

QWidget *UnlockWindow::createSupport()
{
    auto *label = new QLabel(this);
    label->setObjectName(u"unlockSupportList"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The national services only: the person's own contacts are sealed in the journal.
    const QList<SupportService> services
        = SupportServices::services(SupportServices::countryForLocale(QLocale().name()));
    QString html = u"<p>%1</p>"_s.arg(tr("If you are struggling, you do not have to unlock "
                                         "anything to reach someone:")
                                          .toHtmlEscaped());
    if (services.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(SupportServices::fallbackAdvice().toHtmlEscaped());
    } else {
        html += u"<table cellspacing='6'>"_s;
        for (const SupportService &s : services)
            html += u"<tr><td><b>%1</b></td><td><b>%2</b><br>%3</td></tr>"_s.arg(
                s.number.toHtmlEscaped(), s.organisation.toHtmlEscaped(),
                s.purpose.toHtmlEscaped());
        html += u"</table>"_s;
    }
    label->setText(html);
    label->hide();
    return label;
}

bool UnlockWindow::usesRecoveryKey() const
{
    return m_secrets->currentIndex() == 1;
}

void UnlockWindow::setUsesRecoveryKey(bool recovery)
{
    m_secrets->setCurrentIndex(recovery ? 1 : 0);
    m_switch->setText(recovery ? tr("Use my &passphrase") : tr("Use the &recovery key"));
    m_message->clearMessage();
    (recovery ? m_recoveryKey : m_passphrase)->setFocus();
}

void UnlockWindow::clear()
{
    m_passphrase->clear();
    m_recoveryKey->clear();
    setBusy(false);
    setUsesRecoveryKey(false);
}

void UnlockWindow::unlock()
{
    if (m_privacy.isBusy())
        return;
    m_message->clearMessage();
    if (usesRecoveryKey())
        m_privacy.unlockWithRecoveryKey(m_recoveryKey->text());
    else
        m_privacy.unlockWithPassphrase(m_passphrase->text());
}

void UnlockWindow::setBusy(bool busy)
{
    m_busyLabel->setText(tr("Opening your journal…"));
    m_busy->setRange(0, 0);
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_unlock->setEnabled(!busy);
    m_switch->setEnabled(!busy);
    m_passphrase->setReadOnly(busy);
    m_recoveryKey->setReadOnly(busy);
}

void UnlockWindow::showFailure(const QString &message)
{
    QLineEdit *field = usesRecoveryKey() ? m_recoveryKey : m_passphrase;
    setBusy(false);
    m_message->showMessage(message);
    field->selectAll();
    field->setFocus();
}

} // namespace Rekindle
