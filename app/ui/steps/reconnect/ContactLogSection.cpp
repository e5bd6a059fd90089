// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactLogSection.h"

#include "models/ContactListModel.h"
#include "models/JournalModels.h"
#include "ui/Design.h"
#include "ui/dialogs/MessageCheckDialog.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RecordListPanel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

ContactLogSection::ContactLogSection(Journal &journal, ContactListModel *contacts, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_contacts(contacts)
    , m_when(new QDateTimeEdit(this))
    , m_who(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_tone(new QComboBox(this))
    , m_topics(new QLineEdit(this))
    , m_response(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add to Log"), this))
    , m_check(new QPushButton(tr("Check a &Message…"), this))
    , m_message(new InlineMessage(this))
    , m_panel(new RecordListPanel(contacts, u"contactLog"_s, tr("Con&tacts, newest first"),
          ContactListModel::NoteColumn, this))
{
    setObjectName(u"contactLogSection"_s);
    m_when->setObjectName(u"contactWhen"_s);
    m_when->setCalendarPopup(true);
    m_who->setObjectName(u"contactWho"_s);
    m_who->addItem(Contacts::directionName(ContactDirection::MeToThem), 0);
    m_who->addItem(Contacts::directionName(ContactDirection::ThemToMe), 1);
    m_channel->setObjectName(u"contactLogChannel"_s);
    for (ContactChannel c : Contacts::channels())
        m_channel->addItem(Contacts::channelName(c), int(c));
    m_tone->setObjectName(u"contactTone"_s);
    for (ContactTone t : Contacts::tones())
        m_tone->addItem(Contacts::toneName(t), int(t));
    m_topics->setObjectName(u"contactTopics"_s);
    m_topics->setPlaceholderText(tr("A few words: her new job, the concert"));
    m_response->setObjectName(u"contactResponse"_s);
    for (ContactResponse r : Contacts::responses())
        m_response->addItem(Contacts::responseName(r), int(r));
    m_note->setObjectName(u"contactLogNote"_s);
    m_note->setPlaceholderText(tr("Optional"));
    m_add->setObjectName(u"addContact"_s);
    m_check->setObjectName(u"openMessageCheck"_s);
    m_message->setObjectName(u"contactLogMessage"_s);

    auto *form = new QGroupBox(tr("Log a contact"), this);
    auto *formLayout = new QVBoxLayout(form);
    // Three fields to a row in a wide window, fewer in a narrow one (FlowLayout).
    auto *fields = new FlowLayout;
    fields->setUniformColumns(true);
    const auto field = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, form);
        label->setBuddy(w);
        fields->addField(label, w);
    };
    field(tr("&When:"), m_when);
    field(tr("&Who reached out:"), m_who);
    field(tr("C&hannel:"), m_channel);
    field(tr("T&one:"), m_tone);
    field(tr("Their &response:"), m_response);
    field(tr("To&pics:"), m_topics);
    formLayout->addLayout(fields);
    auto *noteRow = new QHBoxLayout;
    noteRow->setSpacing(Design::Space::XS);
    auto *noteLabel = new QLabel(tr("&Notes:"), form);
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    formLayout->addLayout(noteRow);
    // Row by row, as the form reads (the fields were made in another order).
    const QList<QWidget *> reading { m_when, m_who, m_channel, m_tone, m_response, m_topics,
        m_note };
    for (qsizetype i = 1; i < reading.size(); ++i)
        setTabOrder(reading.at(i - 1), reading.at(i));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_check);
    formLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_message);
    layout->addWidget(m_panel, 1);

    connect(m_add, &QPushButton::clicked, this, &ContactLogSection::add);
    connect(m_note, &QLineEdit::returnPressed, this, &ContactLogSection::add);
    connect(m_check, &QPushButton::clicked, this, &ContactLogSection::openMessageCheck);
    connect(
        m_who, &QComboBox::currentIndexChanged, this, &ContactLogSection::updateResponseEnabled);
    if (m_contacts->canFetchMore({}))
        m_contacts->fetchMore({});
    m_when->setDateTime(JournalModels(m_journal).clock().now().toLocalTime());
    updateResponseEnabled();
}

void ContactLogSection::updateResponseEnabled()
{
    m_response->setEnabled(m_who->currentData().toInt() == 0);
}

void ContactLogSection::add()
{
    ContactEvent e;
    e.direction = m_who->currentData().toInt() == 1 ? ContactDirection::ThemToMe
                                                    : ContactDirection::MeToThem;
    e.channel = ContactChannel(m_channel->currentData().toInt());
    e.tone = ContactTone(m_tone->currentData().toInt());
    e.topics = m_topics->text();
    e.note = m_note->text();
    e.occurredAt = m_when->dateTime().toUTC();
    if (e.direction == ContactDirection::MeToThem)
        e.response = ContactResponse(m_response->currentData().toInt());
    auto id = m_contacts->log(e);
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    m_topics->clear();
    m_note->clear();
    m_message->showMessage(tr("Logged. When they reply, double-click the Response cell to "
                              "record it."),
        InlineMessage::Kind::Note);
}

void ContactLogSection::openMessageCheck()
{
    MessageCheckDialog dialog(m_journal, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showMessage(tr("Logged as a message you sent."), InlineMessage::Kind::Note);
}

} // namespace Rekindle
