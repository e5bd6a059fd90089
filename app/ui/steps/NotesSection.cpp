// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesSection.h"

#include "models/JournalNotes.h"
#include "ui/Mnemonic.h"
#include "ui/widgets/InlineMessage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

NotesSection::NotesSection(
    JournalNotes &notes, const QString &intro, const QList<Note> &fields, QWidget *parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_fields(fields)
    , m_message(new InlineMessage(this))
{
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setAccessibleName(intro);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_message);
    for (const Note &note : fields) {
        auto *label = new QLabel(note.label, this);
        label->setAccessibleName(withoutMnemonic(note.label));
        auto *editor = new QPlainTextEdit(this);
        editor->setObjectName(QString(note.key).replace(u'/', u'_'));
        editor->setPlaceholderText(note.placeholder);
        editor->setTabChangesFocus(true);
        editor->setPlainText(notes.text(note.key));
        label->setBuddy(editor);
        editor->setAccessibleName(withoutMnemonic(note.label));
        layout->addWidget(label);
        layout->addWidget(editor, 1);
        m_editors << editor;
        // Saved a moment after typing stops, like the journal's own drafts.
        connect(editor, &QPlainTextEdit::textChanged, this, [this] { m_save.start(); });
    }
    m_save.setSingleShot(true);
    m_save.setInterval(800);
    connect(&m_save, &QTimer::timeout, this, &NotesSection::flush);
    connect(&notes, &JournalNotes::changed, this, &NotesSection::reload);
}

bool NotesSection::flush()
{
    m_save.stop();
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString text = m_editors.at(i)->toPlainText();
        if (Status s = m_notes.setText(m_fields.at(i).key, text); !s) {
            m_message->showMessage(s.error().message);
            return false;
        }
    }
    m_message->clearMessage();
    return true;
}

void NotesSection::reload(const QString &key)
{
    // Another part of the app (an import, say) changed a note that is not being edited here.
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        QPlainTextEdit *editor = m_editors.at(i);
        if (m_fields.at(i).key != key || editor->hasFocus() || m_save.isActive())
            continue;
        const QString stored = m_notes.text(key);
        if (stored != editor->toPlainText().trimmed() && stored != editor->toPlainText())
            editor->setPlainText(stored);
    }
}

} // namespace Rekindle
