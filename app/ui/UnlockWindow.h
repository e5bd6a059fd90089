// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Rekindle {

class InlineMessage;
class JournalPrivacy;

/// What an encrypted, locked journal shows: no steps and no text, only a passphrase field (or
/// the recovery key's), Unlock, and where to find support. The slow key derivation runs in
/// JournalPrivacy off the GUI thread while the window shows that it is busy; a wrong
/// passphrase is said kindly, in place, and the field keeps the focus.
class UnlockWindow final : public QWidget {
    Q_OBJECT

public:
    explicit UnlockWindow(JournalPrivacy &privacy, QWidget *parent = nullptr);

    bool usesRecoveryKey() const;
    void setUsesRecoveryKey(bool recovery);
    /// Empties both fields and the message (done as soon as the journal opened: the secret
    /// is not kept in a hidden field).
    void clear();

Q_SIGNALS:
    /// Quit was chosen: the journal stays locked.
    void quitRequested();

private:
    void unlock();
    void setBusy(bool busy);
    void showFailure(const QString &message);
    QWidget *createSupport();

    JournalPrivacy &m_privacy;
    QStackedWidget *m_secrets;
    QLineEdit *m_passphrase;
    QLineEdit *m_recoveryKey;
    QPushButton *m_unlock;
    QPushButton *m_switch;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    InlineMessage *m_message;
    QWidget *m_support;
};

} // namespace Rekindle
