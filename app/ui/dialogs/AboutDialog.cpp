// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

AboutDialog::AboutDialog(const QString &journalPath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Rekindle"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);

    auto *name
        = new QLabel(u"<h2>Rekindle %1</h2>"_s.arg(QApplication::applicationVersion()), this);
    name->setAlignment(Qt::AlignHCenter);

    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(u"<p>%1</p><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        tr("A private journal that walks you through five steps after a breakup, "
           "at your own pace. Moving on is a good outcome too."),
        tr("Everything you write stays on this computer. Rekindle never uses the "
           "network and collects nothing."),
        tr("Your journal: %1").arg(QDir::toNativeSeparators(journalPath).toHtmlEscaped()),
        tr("Copyright 2026 The Rekindle authors. Licensed under the GNU General "
           "Public License, version 3 or later. Built with Qt %1.")
            .arg(QString::fromLatin1(qVersion()))));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(name);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace Rekindle
