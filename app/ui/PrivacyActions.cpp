// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyActions.h"

#include "dialogs/RecoveryKeyDialog.h"
#include "models/JournalPrivacy.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// A modal progress dialog for a rewrite of every value; its Cancel stops the rewrite.
    class RewriteProgressDialog {
    public:
        RewriteProgressDialog(const QString &label, QWidget *parent)
            : m_dialog(label, PrivacyActions::tr("Cancel"), 0, 0, parent)
        {
            m_dialog.setObjectName(u"rewriteProgress"_s);
            m_dialog.setWindowTitle(PrivacyActions::tr("Rekindle"));
            m_dialog.setWindowModality(Qt::WindowModal);
            m_dialog.setMinimumDuration(0);
            m_dialog.setAutoClose(false);
            m_dialog.setAutoReset(false);
            m_dialog.setValue(0);
        }

        JournalPrivacy::Progress progress()
        {
            return [this](qint64 done, qint64 total) {
                // The counts may pass int's range on a huge journal: shown in thousandths.
                m_dialog.setMaximum(1000);
                m_dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
                return !m_dialog.wasCanceled();
            };
        }
        bool wasCanceled() const { return m_dialog.wasCanceled(); }

    private:
        QProgressDialog m_dialog;
    };

    class BusyCursor {
    public:
        BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
        ~BusyCursor() { QApplication::restoreOverrideCursor(); }
        BusyCursor(const BusyCursor &) = delete;
        BusyCursor &operator=(const BusyCursor &) = delete;
    };

    /// A modal message with a busy bar and no button, while a passphrase's key derivation
    /// runs on a worker thread (about a second): the window stays painted and nothing else can
    /// be started meanwhile.
    class BusyDialog {
    public:
        BusyDialog(const QString &label, QWidget *parent)
            : m_dialog(label, QString(), 0, 0, parent)
        {
            m_dialog.setObjectName(u"passphraseBusy"_s);
            m_dialog.setWindowTitle(PrivacyActions::tr("Rekindle"));
            m_dialog.setWindowModality(Qt::WindowModal);
            m_dialog.setCancelButton(nullptr);
            m_dialog.setMinimumDuration(0);
            m_dialog.setAutoClose(false);
            m_dialog.setAutoReset(false);
            m_dialog.setValue(0);
        }

    private:
        QProgressDialog m_dialog;
    };

} // namespace

PrivacyActions::PrivacyActions(JournalPrivacy &privacy, QWidget *window)
    : QObject(window)
    , m_privacy(privacy)
    , m_window(window)
{
}

QString PrivacyActions::explanation(PassphraseDialog::Purpose purpose)
{
    switch (purpose) {
    case PassphraseDialog::Purpose::Change:
        return tr(
            "The new passphrase opens the journal from now on; the recovery key stays the same.");
    case PassphraseDialog::Purpose::Confirm:
        return tr(
            "Without encryption, anyone who can open the journal's file or its backups can read "
            "what you wrote. Type your passphrase to turn encryption off.");
    case PassphraseDialog::Purpose::Choose:
        break;
    }
    return tr("With a passphrase, everything you write is kept encrypted on this computer and in "
              "its backups. Without the passphrase, or the recovery key you will see next, no one "
              "can read it, not even with the file in hand. Rekindle asks for it when it starts, "
              "and locks the journal when you step away.");
}

bool PrivacyActions::turnOn()
{
    if (m_privacy.isEncrypted())
        return false;
    PassphraseDialog ask(PassphraseDialog::Purpose::Choose,
        explanation(PassphraseDialog::Purpose::Choose), m_window);
    if (ask.exec() != QDialog::Accepted)
        return false;
    Result<QString> key = Error {};
    bool cancelled = false;
    {
        RewriteProgressDialog progress(tr("Encrypting your journal…"), m_window);
        key = m_privacy.turnOn(ask.chosen(), progress.progress());
        cancelled = progress.wasCanceled();
    }
    if (!key) {
        if (cancelled)
            QMessageBox::information(m_window, tr("Not Encrypted"),
                tr("Nothing was changed: your journal is as it was."));
        else
            QMessageBox::warning(m_window, tr("Not Encrypted"),
                tr("Your journal could not be encrypted, and it is as it was. %1")
                    .arg(key.error().message));
        return false;
    }
    Q_EMIT changed();
    showRecoveryKey(*key);
    offerToDeletePlainBackups();
    return true;
}

bool PrivacyActions::turnOff()
{
    if (!m_privacy.isEncrypted())
        return false;
    PassphraseDialog ask(PassphraseDialog::Purpose::Confirm,
        explanation(PassphraseDialog::Purpose::Confirm), m_window);
    if (ask.exec() != QDialog::Accepted)
        return false;
    Status status;
    bool cancelled = false;
    {
        RewriteProgressDialog progress(tr("Turning encryption off…"), m_window);
        status = m_privacy.turnOff(ask.current(), progress.progress());
        cancelled = progress.wasCanceled();
    }
    if (!status) {
        if (!cancelled)
            QMessageBox::warning(m_window, tr("Still Encrypted"),
                tr("Encryption is still on. %1").arg(status.error().message));
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool PrivacyActions::changePassphrase()
{
    PassphraseDialog ask(PassphraseDialog::Purpose::Change,
        explanation(PassphraseDialog::Purpose::Change), m_window);
    if (ask.exec() != QDialog::Accepted)
        return false;
    Status status;
    {
        const BusyDialog busy(tr("Protecting your journal with the new passphrase…"), m_window);
        status = m_privacy.changePassphrase(ask.current(), ask.chosen());
    }
    if (!status) {
        QMessageBox::warning(m_window, tr("Passphrase Not Changed"),
            tr("The passphrase stays as it was. %1").arg(status.error().message));
        return false;
    }
    QMessageBox::information(m_window, tr("Passphrase Changed"),
        tr("Your new passphrase opens the journal from now on."));
    Q_EMIT changed();
    return true;
}

bool PrivacyActions::newRecoveryKey()
{
    QMessageBox box(QMessageBox::Question, tr("New Recovery Key"),
        tr("Make a new recovery key? The old one stops working at once."), QMessageBox::NoButton,
        m_window);
    QPushButton *make = box.addButton(tr("&Make a New Key"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != make)
        return false;
    Result<QString> key = Error {};
    {
        const BusyCursor busy;
        key = m_privacy.replaceRecoveryKey();
    }
    if (!key) {
        QMessageBox::warning(m_window, tr("No New Recovery Key"),
            tr("The recovery key stays as it was. %1").arg(key.error().message));
        return false;
    }
    Q_EMIT changed();
    showRecoveryKey(*key);
    return true;
}

void PrivacyActions::showRecoveryKey(const QString &key)
{
    RecoveryKeyDialog dialog(key, m_window);
    dialog.exec();
}

void PrivacyActions::offerToDeletePlainBackups()
{
    const QStringList backups = m_privacy.plainBackups();
    if (backups.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Older Backups"),
        tr("%n backup(s) from before encryption can still be read by anyone who opens them. "
           "Delete them now?",
            nullptr, int(backups.size())),
        QMessageBox::NoButton, m_window);
    box.setObjectName(u"deletePlainBackups"_s);
    box.setInformativeText(tr("Your journal itself is encrypted either way. On an SSD or a "
                              "flash drive, the storage may still hold old copies of deleted "
                              "files for a while, out of Rekindle's reach; only encrypting the "
                              "whole disk protects against that."));
    QPushButton *remove = box.addButton(tr("&Delete Them"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Keep Them"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (Status status = m_privacy.deletePlainBackups(); !status)
        QMessageBox::warning(m_window, tr("Older Backups"), status.error().message);
}

} // namespace Rekindle
