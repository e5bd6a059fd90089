// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpaceSection.h"

#include "core/SelfCareNotes.h"
#include "models/ContactListModel.h"
#include "models/SpaceOverview.h"
#include "models/SpaceStreakModel.h"
#include "ui/widgets/EmptyStateView.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/RevealRow.h"
#include "ui/widgets/RowHeightFitter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString daysText(int days)
    {
        return days == 1 ? SpaceSection::tr("1 day") : SpaceSection::tr("%n days", nullptr, days);
    }

} // namespace

SpaceSection::SpaceSection(
    SpaceOverview &overview, SpaceStreakModel *streaks, ContactListModel *contacts, QWidget *parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_spaceStart(new QDateEdit(this))
    , m_saveStart(new QPushButton(tr("&Begin Space"), this))
    , m_current(new QLabel(this))
    , m_best(new QLabel(this))
    , m_urges(new QLabel(this))
    , m_warning(new InlineMessage(this))
    , m_message(new InlineMessage(this))
    , m_intensity(new QSpinBox(this))
    , m_urgeNote(new QLineEdit(this))
    , m_logUrge(new QPushButton(tr("Log &Urge Resisted"), this))
    , m_channel(new QComboBox(this))
    , m_contactNote(new QLineEdit(this))
    , m_logContact(new QPushButton(tr("Log &Contact I Made"), this))
    , m_history(new QListView(this))
    , m_contacts(new QTableView(this))
    , m_contactModel(contacts)
{
    setObjectName(u"spaceSection"_s);
    m_spaceStart->setObjectName(u"spaceStart"_s);
    m_spaceStart->setCalendarPopup(true);
    m_saveStart->setObjectName(u"saveSpaceStart"_s);
    m_current->setObjectName(u"currentSpaceStreak"_s);
    m_current->setWordWrap(true);
    QFont big = m_current->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_current->setFont(big);
    m_best->setObjectName(u"bestSpaceStreak"_s);
    m_best->setWordWrap(true);
    m_urges->setObjectName(u"urgesThisWeek"_s);
    m_urges->setWordWrap(true);
    m_warning->setObjectName(u"bombardingWarning"_s);
    m_message->setObjectName(u"spaceMessage"_s);

    m_intensity->setObjectName(u"urgeIntensity"_s);
    m_intensity->setRange(Urge::MinIntensity, Urge::MaxIntensity);
    m_intensity->setValue(3);
    m_intensity->setToolTip(tr("1 is a passing thought, 5 is very strong"));
    m_urgeNote->setObjectName(u"urgeNote"_s);
    m_urgeNote->setPlaceholderText(tr("Optional: what set it off"));
    m_logUrge->setObjectName(u"logUrge"_s);
    m_channel->setObjectName(u"contactChannel"_s);
    for (const ContactChannel channel : Contacts::channels())
        m_channel->addItem(Contacts::channelName(channel), int(channel));
    m_contactNote->setObjectName(u"contactNote"_s);
    m_contactNote->setPlaceholderText(tr("Optional: what it was about"));
    m_logContact->setObjectName(u"logContact"_s);

    // Top: where the space stands.
    auto *status = new QGroupBox(tr("Giving space"), this);
    status->setObjectName(u"spaceStatusGroup"_s);
    m_status = status;
    auto *startLabel = new QLabel(tr("Space &began on:"), status);
    startLabel->setBuddy(m_spaceStart);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(startLabel);
    startRow->addWidget(m_spaceStart);
    startRow->addWidget(m_saveStart);
    startRow->addStretch();
    auto *statusLayout = new QVBoxLayout(status);
    statusLayout->addLayout(startRow);
    statusLayout->addWidget(m_current);
    statusLayout->addWidget(m_best);
    statusLayout->addWidget(m_urges);

    // Middle: logging, side by side.
    auto *urgeGroup = new QGroupBox(tr("An urge I did not act on"), this);
    auto *urgeForm = new QFormLayout(urgeGroup);
    urgeForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *intensityLabel = new QLabel(tr("&Strength (1–5):"), urgeGroup);
    intensityLabel->setBuddy(m_intensity);
    urgeForm->addRow(intensityLabel, m_intensity);
    auto *urgeNoteLabel = new QLabel(tr("&Note:"), urgeGroup);
    urgeNoteLabel->setBuddy(m_urgeNote);
    urgeForm->addRow(urgeNoteLabel, m_urgeNote);
    urgeForm->addRow(m_logUrge);

    auto *contactGroup = new QGroupBox(tr("A contact I made"), this);
    auto *contactForm = new QFormLayout(contactGroup);
    contactForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *channelLabel = new QLabel(tr("&How:"), contactGroup);
    channelLabel->setBuddy(m_channel);
    contactForm->addRow(channelLabel, m_channel);
    auto *contactNoteLabel = new QLabel(tr("N&ote:"), contactGroup);
    contactNoteLabel->setBuddy(m_contactNote);
    contactForm->addRow(contactNoteLabel, m_contactNote);
    contactForm->addRow(m_logContact);

    auto *logRow = new QHBoxLayout;
    logRow->addWidget(urgeGroup, 1);
    logRow->addWidget(contactGroup, 1);

    // Bottom: history of stretches and contacts.
    m_history->setObjectName(u"spaceHistory"_s);
    m_history->setAccessibleName(tr("Every stretch of space, newest first"));
    m_history->setModel(streaks);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(true);
    m_contacts->setObjectName(u"contactTable"_s);
    m_contacts->setAccessibleName(tr("Contacts, newest first"));
    m_contacts->setModel(contacts);
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->verticalHeader()->hide();
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    // Columns sized to their contents look at the rows on screen, not at every row.
    RowHeightFitter::limitMeasuring(m_contacts);
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contacts->horizontalHeader()->setSectionResizeMode(
        ContactListModel::NoteColumn, QHeaderView::Stretch);
    // Tone and topics belong to the contact log of step 3.
    m_contacts->setColumnHidden(ContactListModel::ToneColumn, true);
    m_contacts->setColumnHidden(ContactListModel::TopicsColumn, true);
    const auto titled = [this](const QString &title, EmptyStateView *list) {
        auto *box = new QWidget(this);
        auto *label = new QLabel(title, box);
        label->setBuddy(list->widget(0));
        QWidget *view = list;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(label);
        l->addWidget(view, 1);
        return box;
    };
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"spaceSplitter"_s);
    auto *history = new EmptyStateView(m_history,
        tr("No stretches of space yet. Once space begins, each stretch shows here, with your "
           "longest marked."),
        this);
    auto *contactList = new EmptyStateView(m_contacts,
        tr("No contacts logged. When you log one, it shows here; giving space is progress "
           "too."),
        this);
    splitter->addWidget(titled(tr("Stretches of &space"), history));
    splitter->addWidget(titled(tr("Con&tacts"), contactList));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    // The messages answer the log buttons: below them, so that showing one never moves a
    // button from under the pointer (the lists below give way instead).
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addLayout(logRow);
    layout->addWidget(m_warning);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_spaceStart, m_saveStart);
    setTabOrder(m_saveStart, m_intensity);
    setTabOrder(m_intensity, m_urgeNote);
    setTabOrder(m_urgeNote, m_logUrge);
    setTabOrder(m_logUrge, m_channel);
    setTabOrder(m_channel, m_contactNote);
    setTabOrder(m_contactNote, m_logContact);
    setTabOrder(m_logContact, m_history);
    setTabOrder(m_history, m_contacts);

    connect(m_saveStart, &QPushButton::clicked, this, &SpaceSection::saveSpaceStart);
    connect(m_logUrge, &QPushButton::clicked, this, &SpaceSection::logUrge);
    connect(m_urgeNote, &QLineEdit::returnPressed, this, &SpaceSection::logUrge);
    connect(m_logContact, &QPushButton::clicked, this, &SpaceSection::logContact);
    connect(m_contactNote, &QLineEdit::returnPressed, this, &SpaceSection::logContact);
    connect(&m_overview, &SpaceOverview::changed, this, &SpaceSection::updateFromOverview);
    if (contacts->canFetchMore({}))
        contacts->fetchMore({});
    updateFromOverview();
}

void SpaceSection::setSelfCareWording(bool selfCare)
{
    m_selfCare = selfCare;
    m_status->setTitle(selfCare ? tr("Distance that looks after me") : tr("Giving space"));
    updateFromOverview();
}

void SpaceSection::saveSpaceStart()
{
    if (Status status = m_overview.setSpaceStart(m_spaceStart->date()); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    m_message->clearMessage();
}

void SpaceSection::logUrge()
{
    auto id = m_overview.logUrge(m_intensity->value(), m_urgeNote->text());
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    m_urgeNote->clear();
    m_message->showMessage(tr("Logged. You noticed the urge and let it pass; that is the work."),
        InlineMessage::Kind::Note);
}

void SpaceSection::logContact()
{
    auto id = m_overview.logMyContact(
        ContactChannel(m_channel->currentData().toInt()), m_contactNote->text());
    if (!id) {
        m_message->showMessage(id.error().message);
        return;
    }
    m_contactNote->clear();
    m_message->showMessage(tr("Logged. Being honest with yourself about contact is part of "
                              "giving space. A new stretch begins tomorrow."),
        InlineMessage::Kind::Note);
}

void SpaceSection::updateFromOverview()
{
    const QLocale locale;
    const QDate today = m_overview.today();
    m_spaceStart->setMaximumDate(today);
    const QDate start = m_overview.spaceStart();
    m_spaceStart->setDate(start.isValid() ? start : today);
    m_saveStart->setText(start.isValid() ? tr("&Change Start") : tr("&Begin Space"));

    const auto current = m_overview.currentStreak();
    if (!start.isValid()) {
        m_current->setText(tr("Space has not begun yet."));
        m_best->setText(tr("Choose the day you last reached out (today is fine) and press Begin "
                           "Space. Each day without contact counts."));
    } else if (current && current->days() == 0) {
        m_current->setText(tr("A fresh stretch of space begins tomorrow."));
    } else if (current) {
        m_current->setText(
            (m_selfCare ? tr("%1 of distance that is good for me in a row, since %2.")
                        : tr("%1 of space in a row, since %2."))
                .arg(daysText(current->days()),
                    locale.toString(current->range.first, QLocale::LongFormat)));
    }
    if (start.isValid()) {
        const auto best = m_overview.bestStreak();
        QString text = best ? tr("Longest stretch: %1 (%2 – %3).")
                                  .arg(daysText(best->days()),
                                      locale.toString(best->range.first, QLocale::ShortFormat),
                                      locale.toString(best->range.last, QLocale::ShortFormat))
                            : QString();
        // Beside "Space began on", a later date for the current stretch needs its reason, or
        // the two read as a mistake.
        if (current && current->range.first > start)
            text += u' '
                + tr("The count starts again after a contact; the days before it still count, "
                     "in the stretches below.");
        m_best->setText(text.trimmed());
        m_best->setVisible(!m_best->text().isEmpty());
    } else {
        m_best->setVisible(true);
    }
    const int urges = m_overview.urgesThisWeek();
    m_urges->setText(urges == 0 ? tr("Urges resisted this week: none logged yet.")
                                : tr("Urges resisted this week: %1.").arg(urges));

    const BombardingAssessment &b = m_overview.bombarding();
    if (b.warn()) {
        const QString why = b.tooManyInADay
            ? (b.inLast24Hours == 1 ? tr("You have reached out once in the last 24 hours.")
                                    : tr("You have reached out %n times in the last 24 hours.",
                                        nullptr, b.inLast24Hours))
            : (b.unansweredInRow == 1 ? tr("You have sent a message without a reply.")
                                      : tr("You have sent %n messages in a row without a reply.",
                                          nullptr, b.unansweredInRow));
        m_warning->showMessage(m_selfCare
                ? tr("%1 That is understandable; old habits take time to fade. "
                     "Distance protects the peace you have built. If the urge comes "
                     "again, log it here or write it as an unsent message instead.")
                      .arg(why)
                : tr("%1 That is understandable when you miss someone. Right now, "
                     "more messages tend to weigh on both of you: space gives each "
                     "of you room to steady yourselves. "
                     "If the urge comes again, log it here or write it as an unsent "
                     "message instead.")
                      .arg(why));
    } else {
        m_warning->clearMessage();
    }
    if (!m_overview.error().isEmpty())
        m_message->showMessage(m_overview.error());
}

bool SpaceSection::selectContact(qint64 id)
{
    if (!revealRow(m_contacts, m_contactModel, id))
        return false;
    m_contacts->setFocus();
    return true;
}

void SpaceSection::showUrges()
{
    m_urgeNote->setFocus();
}

} // namespace Rekindle
