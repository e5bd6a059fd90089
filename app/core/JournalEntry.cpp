// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalEntry.h"

#include "TextLength.h"

#include <QCoreApplication>

namespace Rekindle {

QString JournalEntry::displayTitle(const QString &title, const QString &bodyStart)
{
    QString trimmed = title.trimmed();
    if (!trimmed.isEmpty())
        return trimmed;
    for (const auto line : QStringView(bodyStart).split(u'\n')) {
        QStringView text = line.trimmed();
        while (text.startsWith(u'#'))
            text = text.mid(1);
        text = text.trimmed();
        if (!text.isEmpty())
            return text.toString();
    }
    return QCoreApplication::translate("Rekindle::JournalEntry", "Untitled entry");
}

Status EntryContent::validate() const
{
    // lupdate 6.4 loops forever on a plural translate() whose count is a cast expression:
    // keep the count a plain variable.
    const int titleLimit = static_cast<int>(JournalEntry::MaxTitleLength);
    QString problem;
    if (characterCount(title) > titleLimit)
        problem = QCoreApplication::translate("Rekindle::JournalEntry",
            "The title is too long: keep it under %n "
            "characters.",
            nullptr, titleLimit);
    else if (characterCount(body) > JournalEntry::MaxBodyLength)
        problem = QCoreApplication::translate("Rekindle::JournalEntry",
            "This entry is too long to save. Split it into several entries.");
    else if (mood && (*mood < JournalEntry::MinMood || *mood > JournalEntry::MaxMood))
        problem = QCoreApplication::translate(
            "Rekindle::JournalEntry", "Mood must be between %1 and %2.")
                      .arg(JournalEntry::MinMood)
                      .arg(JournalEntry::MaxMood);
    if (!problem.isEmpty())
        return Error { problem };
    return {};
}

} // namespace Rekindle
