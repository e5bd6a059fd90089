// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Rekindle {

class InlineMessage;
class JournalNotes;

/// Support and safety: long-established national services of a country (which follows the
/// locale and can be changed), and the person's own support contacts, kept in the journal.
/// It only shows numbers: nothing is dialled, sent or looked up.
class SupportDialog final : public QDialog {
    Q_OBJECT

public:
    SupportDialog(JournalNotes &notes, QWidget *parent = nullptr);

    /// The country whose services are shown (ISO 3166 code; empty: none chosen).
    QString country() const;
    void setCountry(const QString &code);

    void done(int result) override;

private:
    void showServices();

    JournalNotes &m_notes;
    QComboBox *m_country;
    QLabel *m_services;
    QPlainTextEdit *m_own;
    InlineMessage *m_message;
};

} // namespace Rekindle
