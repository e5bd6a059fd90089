// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include "core/Step.h"
#include "ui/Design.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome"));
    QString steps;
    for (const Step step : Steps::all())
        steps += u"<li><b>%1</b>: %2</li>"_s.arg(
            Steps::title(step).toHtmlEscaped(), Steps::summary(step).toHtmlEscaped());
    auto *text = new QLabel(
        u"<p>%1</p><ol>%2</ol><p>%3</p><p>%4</p>"_s.arg(
            tr("This is a private journal for the time after a breakup. It walks with you "
               "through five steps, at your own pace:")
                .toHtmlEscaped(),
            steps,
            tr("Reconnecting is one possible path. Moving on is an equally good one, and the "
               "journal supports both. Nothing here is a test, and nothing is ever sent.")
                .toHtmlEscaped(),
            tr("When things are hard, Help ▸ Support and Safety lists helplines, and there is "
               "a link on every step.")
                .toHtmlEscaped()),
        this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    m_buttons = new QDialogButtonBox(this);
    QPushButton *start = m_buttons->addButton(tr("&Start Writing"), QDialogButtonBox::AcceptRole);
    start->setObjectName(u"startWriting"_s);
    start->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->addWidget(text);
    layout->addWidget(m_buttons);
    Design::resizeWithinScreen(this, QSize(520, 420));
}

void WelcomeDialog::offerEncryption()
{
    if (findChild<QPushButton *>(u"protectWithPassphrase"_s))
        return;
    auto *offer = new QLabel(
        tr("You can also keep this journal encrypted with a passphrase, so that only you can "
           "read it, even if someone opens the file or finds this computer. Rekindle then asks "
           "for it when it starts and locks the journal when you step away. You can do this "
           "now or any time later in Preferences."),
        this);
    offer->setObjectName(u"encryptionOffer"_s);
    offer->setWordWrap(true);
    m_layout->insertWidget(1, offer);
    if (auto *start = findChild<QPushButton *>(u"startWriting"_s))
        start->setText(tr("&Not Now, Start Writing"));
    QPushButton *protect
        = m_buttons->addButton(tr("&Protect With a Passphrase…"), QDialogButtonBox::ActionRole);
    protect->setObjectName(u"protectWithPassphrase"_s);
    connect(protect, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT encryptionRequested();
    });
    Design::resizeWithinScreen(this, QSize(width(), height() + offer->sizeHint().height()));
}

} // namespace Rekindle
