// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryEditor.h"

#include "CtrlTabLeaves.h"
#include "ExactPlainText.h"
#include "MarkdownBar.h"
#include "WritingEdit.h"
#include "ui/WritingSettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace Rekindle {

EntryEditor::EntryEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_mood(new QSpinBox(this))
    , m_body(new WritingEdit(this))
    , m_written(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_title->setObjectName(u"entryTitle"_s);
    m_title->setPlaceholderText(tr("A title, if you like"));
    m_title->setAccessibleName(tr("Entry title"));
    m_title->setMaxLength(int(JournalEntry::MaxTitleLength));

    m_mood->setObjectName(u"entryMood"_s);
    m_mood->setRange(0, JournalEntry::MaxMood);
    m_mood->setSpecialValueText(tr("Not set"));
    m_mood->setAccessibleName(tr("Mood, from 1 (very low) to 10 (very good)"));
    m_mood->setToolTip(tr("How you feel, from 1 (very low) to 10 (very good)"));

    m_body->setObjectName(u"entryBody"_s);
    m_body->setAccessibleName(tr("Entry text"));
    m_body->setPlaceholderText(tr("Write freely. Everything is saved as you type and stays on "
                                  "this computer."));
    // Tab is typed (Markdown indents lists with it); Ctrl+Tab leaves.
    CtrlTabLeaves::install(m_body);
    m_body->setFont(WritingSettings::instance().font());

    m_written->setObjectName(u"entryWritten"_s);
    m_written->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_written->setFocusPolicy(Qt::NoFocus); // nothing to select before an entry is shown
    m_status->setObjectName(u"entryStatus"_s);
    m_status->setAccessibleName(tr("Save status"));
    // The footer wraps rather than widens: a status that grows ("Saving…", "Saved", a problem)
    // must not widen the editor's pane, because a new width lays out the whole text again
    // (over a second for an entry of 10 MB).
    m_written->setWordWrap(true);
    m_status->setWordWrap(true);

    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *moodLabel = new QLabel(tr("&Mood:"), this);
    moodLabel->setBuddy(m_mood);

    auto *bar = new MarkdownBar(m_body, this);

    auto *header = new QHBoxLayout;
    header->addWidget(titleLabel);
    header->addWidget(m_title, 1);
    header->addSpacing(12);
    header->addWidget(moodLabel);
    header->addWidget(m_mood);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_written, 1);
    footer->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(bar);
    layout->addWidget(m_body, 1);
    layout->addLayout(footer);

    setTabOrder(m_title, m_mood);
    // Reading order: the title, the mood, the formatting bar, the text.
    QWidget *previous = m_mood;
    for (QToolButton *button : bar->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_body);

    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_title, &QLineEdit::textEdited, this, changed);
    connect(m_mood, &QSpinBox::valueChanged, this, changed);
    connect(m_body, &WritingEdit::textEdited, this, changed);
    connect(&WritingSettings::instance(), &WritingSettings::fontChanged, m_body, &QWidget::setFont);
}

void EntryEditor::setEntry(const JournalEntry &entry)
{
    m_loading = true;
    m_title->setText(entry.title);
    m_mood->setValue(entry.mood.value_or(0));
    ExactPlainText::set(*m_body->document(), entry.body);
    m_body->applyLineSpacing();
    m_body->moveCursor(QTextCursor::Start);
    m_loading = false;
    const QLocale locale;
    const QDateTime created = entry.created.toLocalTime();
    QString written = tr("Written %1 at %2")
                          .arg(locale.toString(created.date(), QLocale::LongFormat),
                              locale.toString(created.time(), QLocale::ShortFormat));
    if (entry.updated > entry.created.addSecs(60))
        written += u" · "_s
            + tr("edited %1")
                  .arg(locale.toString(entry.updated.toLocalTime(), QLocale::ShortFormat));
    m_written->setText(written);
    m_written->setFocusPolicy(Qt::ClickFocus);
    setStatus({});
}

EntryContent EntryEditor::content() const
{
    EntryContent content;
    content.title = m_title->text();
    content.body = ExactPlainText::get(*m_body->document());
    if (m_mood->value() > 0)
        content.mood = m_mood->value();
    return content;
}

void EntryEditor::focusBody()
{
    m_body->setFocus(Qt::ShortcutFocusReason);
    m_body->moveCursor(QTextCursor::End);
}

void EntryEditor::setSpelling(JournalSpelling *spelling)
{
    // Highlighting again changes the text's formats, not the text: no edit to save (it would
    // rewrite an entry only opened).
    const bool loading = std::exchange(m_loading, true);
    m_body->setSpelling(spelling);
    m_loading = loading;
}

void EntryEditor::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_status->setPalette(palette);
}

} // namespace Rekindle
