// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoodCheckIn.h"

#include "TextLength.h"

#include <QCoreApplication>

namespace Rekindle {

QString MoodCheckIn::validate() const
{
    if (mood < MinMood || mood > MaxMood)
        return QCoreApplication::translate("Rekindle::MoodCheckIn", "Mood goes from %1 to %2.")
            .arg(MinMood)
            .arg(MaxMood);
    if (characterCount(note) > MaxNoteLength)
        return QCoreApplication::translate("Rekindle::MoodCheckIn",
            "The note is too long: keep it under %n characters.", nullptr, int(MaxNoteLength));
    if (emotions.size() > MaxEmotions)
        return QCoreApplication::translate(
            "Rekindle::MoodCheckIn", "Pick at most %n feelings.", nullptr, int(MaxEmotions));
    for (const QString &e : emotions)
        if (e.trimmed().isEmpty() || e.contains(u','))
            return QCoreApplication::translate("Rekindle::MoodCheckIn",
                "A feeling's name may not be empty or contain "
                "a comma.");
    return {};
}

} // namespace Rekindle
