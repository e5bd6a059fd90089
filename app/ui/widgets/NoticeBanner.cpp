// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeBanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Rekindle {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Notice"));

    m_text->setObjectName(u"noticeText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setFocusPolicy(Qt::NoFocus);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setFixedSize(iconSize, iconSize);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

void NoticeBanner::showNotice(const QString &text, Kind kind)
{
    QPalette p = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    p.setColor(QPalette::Window,
        kind == Kind::Problem ? base.color(QPalette::ToolTipBase)
                              : base.color(QPalette::AlternateBase));
    p.setColor(QPalette::WindowText,
        kind == Kind::Problem ? base.color(QPalette::ToolTipText) : base.color(QPalette::Text));
    setPalette(p);
    const QStyle::StandardPixmap icon
        = kind == Kind::Problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(m_icon->size()));
    const bool changed = text != m_text->text() || isHidden();
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleDescription(text);
    show();
    if (changed) {
        QAccessibleEvent event(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void NoticeBanner::clearNotice()
{
    m_text->clear();
    hide();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

QPushButton *NoticeBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    // Clicked by mouse or by its Alt shortcut; never by taking the focus from the editor.
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoDefault(false);
    m_buttons->addWidget(button);
    return button;
}

} // namespace Rekindle
