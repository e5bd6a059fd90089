// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include "core/Step.h"

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
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *start = buttons->addButton(tr("&Start Writing"), QDialogButtonBox::AcceptRole);
    start->setObjectName(u"startWriting"_s);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace Rekindle
