// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JournalEntry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Rekindle {

class JournalSpelling;
class WritingEdit;

/// Edits one journal entry: title, optional mood and the Markdown body. Knows nothing of
/// saving; it reports each edit with `edited()` and hands out its content.
class EntryEditor final : public QWidget {
    Q_OBJECT

public:
    explicit EntryEditor(QWidget *parent = nullptr);

    void setEntry(const JournalEntry &entry);
    EntryContent content() const;
    /// Puts the cursor at the end of the body text.
    void focusBody();
    /// Shows a short status line under the text ("Saved", "Not saved: …").
    void setStatus(const QString &text, bool problem = false);
    /// Checks the spelling of the text with `spelling` (null: not at all).
    void setSpelling(JournalSpelling *spelling);

Q_SIGNALS:
    void edited();

private:
    QLineEdit *m_title;
    QSpinBox *m_mood;
    WritingEdit *m_body;
    QLabel *m_written;
    QLabel *m_status;
    bool m_loading = false;
};

} // namespace Rekindle
