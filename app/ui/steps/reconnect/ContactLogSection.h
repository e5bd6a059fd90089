// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace Rekindle {

class ContactListModel;
class InlineMessage;
class Journal;
class RecordListPanel;

/// The contact log of step 3: every contact either way (the same events step 1 counts), with
/// channel, tone, topics and their response; added here, edited in place, and a way to check
/// a draft before sending it.
class ContactLogSection final : public QWidget {
    Q_OBJECT

public:
    ContactLogSection(Journal &journal, ContactListModel *contacts, QWidget *parent = nullptr);

    /// Opens the message check (modal).
    void openMessageCheck();

private:
    void add();
    void updateResponseEnabled();

    Journal &m_journal;
    ContactListModel *m_contacts;
    QDateTimeEdit *m_when;
    QComboBox *m_who;
    QComboBox *m_channel;
    QComboBox *m_tone;
    QLineEdit *m_topics;
    QComboBox *m_response;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_check;
    InlineMessage *m_message;
    RecordListPanel *m_panel;
};

} // namespace Rekindle
