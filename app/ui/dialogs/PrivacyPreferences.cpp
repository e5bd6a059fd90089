// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyPreferences.h"

#include "PreferencesDialog.h"
#include "models/JournalPrivacy.h"
#include "ui/PrivacyActions.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

void addPrivacyPreferences(PreferencesDialog &dialog, PrivacyActions &actions)
{
    JournalPrivacy &privacy = actions.privacy();
    auto *page = new QWidget(&dialog);
    page->setObjectName(u"privacyPreferences"_s);

    auto *status = new QLabel(page);
    status->setObjectName(u"encryptionStatus"_s);
    status->setWordWrap(true);
    auto *turnOn = new QPushButton(
        QCoreApplication::translate("Rekindle::PrivacyPreferences", "&Encrypt With a Passphrase…"),
        page);
    turnOn->setObjectName(u"turnOnEncryption"_s);
    auto *turnOff = new QPushButton(
        QCoreApplication::translate("Rekindle::PrivacyPreferences", "&Turn Encryption Off…"), page);
    turnOff->setObjectName(u"turnOffEncryption"_s);
    auto *change = new QPushButton(
        QCoreApplication::translate("Rekindle::PrivacyPreferences", "&Change Passphrase…"), page);
    change->setObjectName(u"changePassphrase"_s);
    auto *recovery = new QPushButton(
        QCoreApplication::translate("Rekindle::PrivacyPreferences", "New &Recovery Key…"), page);
    recovery->setObjectName(u"newRecoveryKey"_s);

    auto *idle = new QSpinBox(page);
    idle->setObjectName(u"idleMinutes"_s);
    idle->setRange(0, JournalPrivacy::MaxIdleMinutes);
    idle->setSpecialValueText(QCoreApplication::translate("Rekindle::PrivacyPreferences", "Never"));
    idle->setSuffix(QCoreApplication::translate("Rekindle::PrivacyPreferences", " min"));
    idle->setValue(privacy.idleMinutes());
    auto *onSleep = new QCheckBox(QCoreApplication::translate("Rekindle::PrivacyPreferences",
                                      "Lock when the computer &sleeps or the screen locks"),
        page);
    onSleep->setObjectName(u"lockOnSystemLock"_s);
    onSleep->setChecked(privacy.locksOnSystemLock());

    const auto refresh = [&privacy, status, turnOn, turnOff, change, recovery, idle, onSleep] {
        const bool on = privacy.isEncrypted();
        status->setText(on ? QCoreApplication::translate("Rekindle::PrivacyPreferences",
                            "Your journal is encrypted. Without your passphrase or the "
                            "recovery key, no one can read it, not even its backups. "
                            "Rekindle locks it when you step away.")
                           : QCoreApplication::translate("Rekindle::PrivacyPreferences",
                               "Your journal is not encrypted: anyone who can open its file "
                               "on this computer, or a backup of it, can read it. A passphrase "
                               "keeps it for your eyes only."));
        turnOn->setVisible(!on);
        turnOff->setVisible(on);
        change->setEnabled(on);
        recovery->setEnabled(on);
        idle->setEnabled(on);
        onSleep->setEnabled(on);
    };
    refresh();
    QObject::connect(&actions, &PrivacyActions::changed, page, refresh);
    QObject::connect(turnOn, &QPushButton::clicked, &actions, &PrivacyActions::turnOn);
    QObject::connect(turnOff, &QPushButton::clicked, &actions, &PrivacyActions::turnOff);
    QObject::connect(change, &QPushButton::clicked, &actions, &PrivacyActions::changePassphrase);
    QObject::connect(recovery, &QPushButton::clicked, &actions, &PrivacyActions::newRecoveryKey);

    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(turnOn);
    keyButtons->addWidget(turnOff);
    keyButtons->addWidget(change);
    keyButtons->addWidget(recovery);
    keyButtons->addStretch();
    auto *form = new QFormLayout;
    auto *idleLabel = new QLabel(
        QCoreApplication::translate("Rekindle::PrivacyPreferences", "Lock after &idle time:"),
        page);
    idleLabel->setBuddy(idle);
    form->addRow(idleLabel, idle);
    form->addRow(onSleep);
    auto *shortcut = new QLabel(QCoreApplication::translate("Rekindle::PrivacyPreferences",
                                    "File ▸ Lock Journal (Ctrl+L) locks it at once."),
        page);
    shortcut->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(status);
    layout->addLayout(keyButtons);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(shortcut);
    layout->addStretch();

    dialog.addPage(page,
        QCoreApplication::translate("Rekindle::PrivacyPreferences", "Encryption and Lock"),
        [&privacy, idle, onSleep] {
            // The lock settings are sealed like any other setting, so kept only while encrypted.
            if (!privacy.isEncrypted())
                return QString();
            if (Status s = privacy.setIdleMinutes(idle->value()); !s)
                return s.error().message;
            if (Status s = privacy.setLocksOnSystemLock(onSleep->isChecked()); !s)
                return s.error().message;
            return QString();
        });
}

} // namespace Rekindle
