// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownBar.h"

#include "MarkdownFormatting.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Rekindle {

MarkdownBar::MarkdownBar(QTextEdit *edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
{
    setObjectName(u"markdownBar"_s);
    setAccessibleName(tr("Formatting"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    const auto onText = [this](auto apply) {
        return [this, apply] {
            if (m_edit->isReadOnly() || !m_edit->isEnabled())
                return;
            QTextCursor cursor = m_edit->textCursor();
            apply(cursor);
            m_edit->setTextCursor(cursor);
            m_edit->setFocus(Qt::OtherFocusReason);
        };
    };
    using namespace MarkdownFormatting;
    connect(addButton(u"formatBold"_s, u"B"_s, tr("Bold"), QKeySequence(Qt::CTRL | Qt::Key_B)),
        &QAction::triggered, this, onText([](QTextCursor &c) { toggle(c, Span::Bold); }));
    connect(addButton(u"formatItalic"_s, u"I"_s, tr("Italic"), QKeySequence(Qt::CTRL | Qt::Key_I)),
        &QAction::triggered, this, onText([](QTextCursor &c) { toggle(c, Span::Italic); }));
    // Ctrl+Shift+H is Quick Hide everywhere: a heading must never shadow it.
    connect(addButton(u"formatHeading"_s, u"H"_s, tr("Heading"),
                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)),
        &QAction::triggered, this, onText([](QTextCursor &c) { toggle(c, LineStart::Heading); }));
    connect(addButton(u"formatList"_s, u"\u2022"_s, tr("List"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8)),
        &QAction::triggered, this, onText([](QTextCursor &c) { toggle(c, LineStart::List); }));
    connect(addButton(u"formatQuote"_s, u"\u201c"_s, tr("Quote"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period)),
        &QAction::triggered, this, onText([](QTextCursor &c) { toggle(c, LineStart::Quote); }));
    layout->addStretch();

    QFont bold = m_buttons.at(0)->font();
    bold.setBold(true);
    m_buttons.at(0)->setFont(bold);
    QFont italic = m_buttons.at(1)->font();
    italic.setItalic(true);
    m_buttons.at(1)->setFont(italic);
    for (int i = 1; i < m_buttons.size(); ++i)
        setTabOrder(m_buttons.at(i - 1), m_buttons.at(i));
}

QAction *MarkdownBar::addButton(const QString &objectName, const QString &glyph,
    const QString &name, const QKeySequence &shortcut)
{
    auto *action = new QAction(glyph, m_edit);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // In the text field only: Ctrl+B in the title is no bold.
    action->setShortcutContext(Qt::WidgetShortcut);
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    action->setToolTip(tr("%1 (%2)").arg(name, keys));
    action->setStatusTip(name);
    m_edit->addAction(action);
    m_actions.append(action);

    auto *button = new QToolButton(this);
    button->setObjectName(objectName + u"Button"_s);
    button->setDefaultAction(action);
    button->setAccessibleName(name);
    button->setAccessibleDescription(tr("Shortcut: %1").arg(keys));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    button->setMinimumWidth(button->fontMetrics().height() * 2);
    button->installEventFilter(this);
    layout()->addWidget(button);
    m_buttons.append(button);
    return action;
}

bool MarkdownBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int index = int(m_buttons.indexOf(qobject_cast<QToolButton *>(watched)));
        int step = 0;
        if (key->key() == Qt::Key_Right)
            step = 1;
        else if (key->key() == Qt::Key_Left)
            step = -1;
        if (index >= 0 && step != 0 && key->modifiers() == Qt::NoModifier) {
            const auto count = m_buttons.size();
            m_buttons.at((index + step + count) % count)->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Rekindle
