// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseDialog.h"

#include "models/JournalPrivacy.h"
#include "ui/Design.h"
#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QLineEdit *passwordField(const QString &name, const QString &accessible, QWidget *parent)
    {
        auto *field = new QLineEdit(parent);
        field->setObjectName(name);
        field->setEchoMode(QLineEdit::Password);
        field->setAccessibleName(accessible);
        return field;
    }

} // namespace

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_message(new InlineMessage(this))
{
    setObjectName(u"passphraseDialog"_s);
    setWindowTitle(purpose == Purpose::Choose ? tr("Choose a Passphrase")
            : purpose == Purpose::Change      ? tr("Change the Passphrase")
                                              : tr("Your Passphrase"));
    auto *explain = new QLabel(explanation, this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    if (purpose != Purpose::Choose) {
        m_current = passwordField(u"currentPassphrase"_s, tr("Current passphrase"), this);
        form->addRow(purpose == Purpose::Change ? tr("&Current passphrase:") : tr("&Passphrase:"),
            m_current);
    }
    if (purpose != Purpose::Confirm) {
        m_new = passwordField(u"newPassphrase"_s, tr("New passphrase"), this);
        m_repeat = passwordField(u"repeatPassphrase"_s, tr("New passphrase again"), this);
        m_hint = new QLabel(this);
        m_hint->setObjectName(u"passphraseHint"_s);
        m_hint->setWordWrap(true);
        form->addRow(
            purpose == Purpose::Change ? tr("&New passphrase:") : tr("&Passphrase:"), m_new);
        form->addRow(tr("&Again:"), m_repeat);
        form->addRow(m_hint);
        connect(m_new, &QLineEdit::textChanged, this, &PassphraseDialog::updateHint);
        auto *advice = new QLabel(tr("A few unrelated words make a passphrase that is easy to "
                                     "remember and hard to guess."),
            this);
        advice->setWordWrap(true);
        form->addRow(advice);
    }
    m_message->setObjectName(u"passphraseMessage"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"passphraseOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    Design::resizeWithinScreen(this, QSize(480, sizeHint().height()));
}

QString PassphraseDialog::current() const
{
    return m_current ? m_current->text() : QString();
}

QString PassphraseDialog::chosen() const
{
    return m_new ? m_new->text() : QString();
}

void PassphraseDialog::updateHint()
{
    m_hint->setText(JournalPrivacy::strengthHint(m_new->text()));
}

void PassphraseDialog::accept()
{
    if (m_current && m_current->text().isEmpty()) {
        m_message->showMessage(tr("Type your current passphrase."));
        m_current->setFocus();
        return;
    }
    if (m_new && m_new->text().isEmpty()) {
        m_message->showMessage(tr("Choose a passphrase: any words you will remember."));
        m_new->setFocus();
        return;
    }
    if (m_new && m_new->text() != m_repeat->text()) {
        m_message->showMessage(tr("The two passphrases are not the same yet. Type it once more "
                                  "in both fields."));
        m_repeat->selectAll();
        m_repeat->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Rekindle
