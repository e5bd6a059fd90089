// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportNote.h"

#include "core/SupportServices.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

SupportNote::SupportNote(const QString &country, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"supportNote"_s);
    setWindowTitle(tr("A Moment for You"));
    setModal(false);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *text = new QLabel(tr("It sounds like things are very hard right now. You deserve "
                               "support, and talking to someone can help."),
        this);
    text->setWordWrap(true);
    QString lines;
    for (const SupportService &s : SupportServices::services(country))
        lines += u"<b>%1</b> — %2<br>"_s.arg(
            s.number.toHtmlEscaped(), s.organisation.toHtmlEscaped());
    if (lines.isEmpty())
        lines = SupportServices::fallbackAdvice().toHtmlEscaped();
    auto *numbers = new QLabel(lines, this);
    numbers->setObjectName(u"supportNoteNumbers"_s);
    numbers->setTextFormat(Qt::RichText);
    numbers->setWordWrap(true);
    numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("Nothing has been sent anywhere. This note can be turned off in "
                               "Preferences."),
        this);
    hint->setWordWrap(true);

    auto *more = new QPushButton(tr("&Support and Safety…"), this);
    more->setObjectName(u"supportNoteMore"_s);
    auto *dismiss = new QPushButton(tr("&Close"), this);
    dismiss->setObjectName(u"dismissSupportNote"_s);
    connect(more, &QPushButton::clicked, this, [this] {
        Q_EMIT moreRequested();
        close();
    });
    connect(dismiss, &QPushButton::clicked, this, &QDialog::close);
    auto *row = new QHBoxLayout;
    row->addWidget(more);
    row->addStretch();
    row->addWidget(dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(numbers);
    layout->addWidget(hint);
    layout->addLayout(row);
}

} // namespace Rekindle
