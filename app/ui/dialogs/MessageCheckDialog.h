// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MessageCheck.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Rekindle {

class InlineMessage;
class Journal;
class MessageChecker;

/// Type or paste a draft: heavy topics, the past, blame and pressure are highlighted in the
/// text, length and frequency are checked, and lighter openers are suggested. Nothing is ever
/// sent from here; "Mark as Sent" only logs that you sent it yourself.
class MessageCheckDialog final : public QDialog {
    Q_OBJECT

public:
    explicit MessageCheckDialog(Journal &journal, QWidget *parent = nullptr);

    MessageChecker *checker() const { return m_checker; }
    const MessageCheckResult &checkResult() const { return m_result; }

    /// Closing with a draft written counts it as checked before sending (sent or not).
    void done(int result) override;

    /// The underline colour of a kind of phrase: one hue per kind, far apart on the wheel, so
    /// that each reads as its own kind in both themes (the dark theme's accents are one colour).
    static QColor categoryColour(const QPalette &palette, PhraseCategory category);

private:
    void recheck();
    void addPhrase();
    void removePhrase();
    void reloadPhrases();
    void markSent();

    MessageChecker *m_checker;
    QPlainTextEdit *m_draft;
    QListWidget *m_findings;
    QLabel *m_summary;
    QLineEdit *m_phrase;
    QComboBox *m_category;
    QPushButton *m_addPhrase;
    QListWidget *m_myPhrases;
    QPushButton *m_removePhrase;
    QComboBox *m_channel;
    QCheckBox *m_keepText;
    QPushButton *m_markSent;
    InlineMessage *m_message;
    MessageCheckResult m_result;
    bool m_counted = false;
};

} // namespace Rekindle
