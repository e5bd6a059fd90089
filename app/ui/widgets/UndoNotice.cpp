// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoNotice.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Rekindle {

UndoNotice::UndoNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_dismiss(new QPushButton(tr("D&ismiss"), this))
{
    setObjectName(u"undoNotice"_s);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setAccessibleName(tr("Delete notice"));

    m_text->setObjectName(u"undoNoticeText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);

    m_undo->setObjectName(u"undoDeleteButton"_s);
    m_undo->setAccessibleName(tr("Undo delete"));
    m_undo->setToolTip(tr("Bring the deleted record back (Ctrl+Z)"));
    m_dismiss->setObjectName(u"undoNoticeDismiss"_s);
    // Reached with Tab or the mnemonic, but a click leaves the focus where the typing is.
    for (QPushButton *button : { m_undo, m_dismiss }) {
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoDefault(false);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    // "Deleted · Undo" reads as one phrase: the button follows the words, the space is after.
    layout->addWidget(m_text);
    layout->addWidget(m_undo);
    layout->addWidget(m_dismiss);
    layout->addStretch(1);

    connect(m_undo, &QPushButton::clicked, this, &UndoNotice::undoRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_failure = false;
        hide();
    });
    hide();
}

void UndoNotice::showDeleted()
{
    m_failure = false;
    //: Shown for a few seconds after a delete, before the Undo button
    m_text->setText(tr("Deleted ·"));
    m_undo->show();
    m_dismiss->hide();
    show();
    announce();
}

void UndoNotice::showFailure(const QString &message)
{
    m_failure = true;
    m_text->setText(tr("Could not delete: %1 It is back in your journal.").arg(message));
    m_undo->hide();
    m_dismiss->show();
    show();
    announce();
}

void UndoNotice::endOffer()
{
    if (m_failure)
        return;
    // The button leaves with the notice: the focus goes back to the window, not nowhere.
    if (m_undo->hasFocus() && parentWidget())
        parentWidget()->setFocus(Qt::OtherFocusReason);
    hide();
}

QString UndoNotice::text() const
{
    return m_text->text();
}

void UndoNotice::announce()
{
    const QString spoken = !m_failure ? tr("Deleted. Undo with Control Z.") : m_text->text();
    m_text->setAccessibleName(spoken);
    setAccessibleDescription(spoken);
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace Rekindle
