// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

class QPlainTextEdit;

namespace Rekindle {

class InlineMessage;
class JournalNotes;

/// A few free texts kept in the journal, one box each, saved as the person writes: the closure
/// and moving-on tools of steps 4 and 5 (a letter never sent, what I learned, what I want
/// next) and the safety plan. Nothing written here is ever sent anywhere.
class NotesSection final : public QWidget {
    Q_OBJECT

public:
    struct Note {
        QString key; ///< a SettingsStore key
        QString label; ///< translated, with a mnemonic
        QString placeholder; ///< translated
    };

    NotesSection(JournalNotes &notes, const QString &intro, const QList<Note> &fields,
        QWidget *parent = nullptr);

    /// Saves what is being written. False (with the reason shown) when it could not be saved.
    bool flush();

private:
    void reload(const QString &key);

    JournalNotes &m_notes;
    QList<Note> m_fields;
    QList<QPlainTextEdit *> m_editors;
    InlineMessage *m_message;
    QTimer m_save;
};

} // namespace Rekindle
