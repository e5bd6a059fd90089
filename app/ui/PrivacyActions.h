// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/PassphraseDialog.h"

#include <QObject>

class QWidget;

namespace Rekindle {

class JournalPrivacy;

/// The conversations around encryption, each a few dialogs in a row: turning it on (a
/// passphrase, the rewrite with progress and cancel, the recovery key shown once, then the
/// older plain backups), turning it off, a new passphrase and a new recovery key.
class PrivacyActions final : public QObject {
    Q_OBJECT

public:
    PrivacyActions(JournalPrivacy &privacy, QWidget *window);

    JournalPrivacy &privacy() const { return m_privacy; }

    /// What the passphrase dialog says when it asks for `purpose`: choosing one turns
    /// encryption on, changing it keeps the recovery key, confirming it turns encryption off.
    static QString explanation(PassphraseDialog::Purpose purpose);

    /// Each returns whether it changed the journal (false: cancelled or refused, said so).
    bool turnOn();
    bool turnOff();
    bool changePassphrase();
    bool newRecoveryKey();

Q_SIGNALS:
    /// Encryption was turned on or off, or its keys changed.
    void changed();

private:
    void showRecoveryKey(const QString &key);
    void offerToDeletePlainBackups();

    JournalPrivacy &m_privacy;
    QWidget *m_window;
};

} // namespace Rekindle
