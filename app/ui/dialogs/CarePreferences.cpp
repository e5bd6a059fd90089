// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CarePreferences.h"

#include "PreferencesDialog.h"
#include "core/JournalNoteKeys.h"
#include "models/JournalNotes.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

void addCarePreferences(PreferencesDialog &dialog, Journal &journal)
{
    auto *page = new QWidget(&dialog);
    page->setObjectName(u"carePreferences"_s);
    auto *notes = new JournalNotes(journal, page);

    auto *supportNotes
        = new QCheckBox(QCoreApplication::translate("Rekindle::CarePreferences",
                            "Offer &support resources after a very low mood or words of self-harm"),
            page);
    supportNotes->setObjectName(u"supportNotes"_s);
    supportNotes->setChecked(notes->flag(NoteKeys::SupportNotesKey, true));
    auto *neutral = new QCheckBox(QCoreApplication::translate("Rekindle::CarePreferences",
                                      "Use a &neutral window title (\u201cJournal\u201d)"),
        page);
    neutral->setObjectName(u"neutralTitle"_s);
    neutral->setChecked(notes->flag(NoteKeys::NeutralTitleKey, false));

    auto *remind = new QCheckBox(
        QCoreApplication::translate("Rekindle::CarePreferences", "A gentle daily &reminder at"),
        page);
    remind->setObjectName(u"dailyReminder"_s);
    auto *at = new QTimeEdit(page);
    at->setObjectName(u"reminderTime"_s);
    at->setAccessibleName(
        QCoreApplication::translate("Rekindle::CarePreferences", "Reminder time"));
    at->setDisplayFormat(u"HH:mm"_s);
    const QTime stored = QTime::fromString(notes->text(NoteKeys::ReminderTimeKey), u"HH:mm"_s);
    remind->setChecked(stored.isValid());
    at->setTime(stored.isValid() ? stored : QTime(20, 0));
    at->setEnabled(stored.isValid());
    QObject::connect(remind, &QCheckBox::toggled, at, &QWidget::setEnabled);

    auto *explain = new QLabel(QCoreApplication::translate("Rekindle::CarePreferences",
                                   "Nothing here sends anything anywhere. The reminder shows "
                                   "no journal text and no names, says nothing about "
                                   "contacting anyone, and stays silent while the journey is "
                                   "about safety or a no."),
        page);
    explain->setWordWrap(true);
    auto *reminderRow = new QHBoxLayout;
    reminderRow->addWidget(remind);
    reminderRow->addWidget(at);
    reminderRow->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(supportNotes);
    layout->addWidget(neutral);
    layout->addLayout(reminderRow);
    layout->addWidget(explain);
    layout->addStretch();

    dialog.addPage(page,
        QCoreApplication::translate("Rekindle::CarePreferences", "Care and Privacy"),
        [notes, supportNotes, neutral, remind, at] {
            if (Status s = notes->setFlag(NoteKeys::SupportNotesKey, supportNotes->isChecked()); !s)
                return s.error().message;
            if (Status s = notes->setFlag(NoteKeys::NeutralTitleKey, neutral->isChecked()); !s)
                return s.error().message;
            const QString time = remind->isChecked() ? at->time().toString(u"HH:mm"_s) : QString();
            if (Status s = notes->setText(NoteKeys::ReminderTimeKey, time); !s)
                return s.error().message;
            return QString();
        });
}

} // namespace Rekindle
