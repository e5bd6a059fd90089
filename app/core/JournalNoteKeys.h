// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The journal settings that hold the person's own notes and care choices: closure and
/// moving-on notes, the safety plan, support contacts, discretion and the reminder. Every layer
/// names them through these constants (the UI reads and writes them through JournalNotes).
namespace Rekindle::NoteKeys {

// Closure and moving-on notes of steps 4 and 5 off the normal path, and the safety plan.
inline const QString LetterKey = QStringLiteral("closure/letter");
inline const QString LessonsKey = QStringLiteral("closure/learned");
inline const QString NextRelationshipKey = QStringLiteral("closure/next");
inline const QString PlanTrustedKey = QStringLiteral("safetyPlan/trustedPeople");
inline const QString PlanPlacesKey = QStringLiteral("safetyPlan/safePlaces");
inline const QString PlanDocumentsKey = QStringLiteral("safetyPlan/documents");
inline const QString PlanEmergencyKey = QStringLiteral("safetyPlan/emergency");
/// The person's own support contacts (a therapist, a friend), as they wrote them.
inline const QString OwnSupportKey = QStringLiteral("support/own");
/// The country whose services the support page lists (ISO 3166 alpha-2); empty: the locale's.
inline const QString SupportCountryKey = QStringLiteral("support/country");
/// "0" turns off the gentle support note after a low mood or words of self-harm.
inline const QString SupportNotesKey = QStringLiteral("support/notes");
/// "1" names the window and the taskbar entry only "Journal".
inline const QString NeutralTitleKey = QStringLiteral("discretion/neutralTitle");
/// The time of the daily check-in reminder ("HH:mm"); unset: no reminder.
inline const QString ReminderTimeKey = QStringLiteral("reminder/time");
/// How many drafts the person ran through the message check (a count of their own action,
/// for step 3's progress).
inline const QString DraftsCheckedKey = QStringLiteral("progress/draftsChecked");
/// "1" once the welcome has been shown for this journal.
inline const QString WelcomeShownKey = QStringLiteral("welcome/shown");

} // namespace Rekindle::NoteKeys
