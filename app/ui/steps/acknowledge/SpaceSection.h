// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Rekindle {

class ContactListModel;
class InlineMessage;
class SpaceOverview;
class SpaceStreakModel;

/// "Space": the stretch of days without reaching out, urges resisted, contacts made, the
/// history of every stretch, and a kind warning when messages start to pile up.
class SpaceSection final : public QWidget {
    Q_OBJECT

public:
    SpaceSection(SpaceOverview &overview, SpaceStreakModel *streaks, ContactListModel *contacts,
        QWidget *parent = nullptr);

    /// Once the person has moved on, distance is about self-care, not about reconnecting.
    void setSelfCareWording(bool selfCare);
    /// Selects contact event `id` in the contacts table (e.g. a search result). False when it
    /// is not there.
    bool selectContact(qint64 id);
    /// Shows where urges are logged and counted, ready to log another.
    void showUrges();

private:
    void saveSpaceStart();
    void logUrge();
    void logContact();
    void updateFromOverview();

    SpaceOverview &m_overview;
    QDateEdit *m_spaceStart;
    QPushButton *m_saveStart;
    QLabel *m_current;
    QLabel *m_best;
    QLabel *m_urges;
    InlineMessage *m_warning;
    InlineMessage *m_message;
    QSpinBox *m_intensity;
    QLineEdit *m_urgeNote;
    QPushButton *m_logUrge;
    QComboBox *m_channel;
    QLineEdit *m_contactNote;
    QPushButton *m_logContact;
    QListView *m_history;
    QTableView *m_contacts;
    QGroupBox *m_status = nullptr;
    bool m_selfCare = false;
    ContactListModel *m_contactModel;
};

} // namespace Rekindle
