// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalEntry.h"

#include <QCoreApplication>

namespace Rekindle {

QString JournalEntry::displayTitle(const QString &title, const QString &bodyStart)
{
    const QString trimmed = title.trimmed();
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
    if (title.size() > JournalEntry::MaxTitleLength)
        return Error { QCoreApplication::translate(
                "Rekindle::JournalEntry", "The title is too long: keep it under %n characters.",
                nullptr, int(JournalEntry::MaxTitleLength)) };
    if (body.size() > JournalEntry::MaxBodyLength)
        return Error { QCoreApplication::translate(
                "Rekindle::JournalEntry",
                "This entry is too long to save. Split it into several entries.") };
    if (mood && (*mood < JournalEntry::MinMood || *mood > JournalEntry::MaxMood))
        return Error { QCoreApplication::translate("Rekindle::JournalEntry",
                                                   "Mood must be between %1 and %2.")
                               .arg(JournalEntry::MinMood)
                               .arg(JournalEntry::MaxMood) };
    return {};
}

} // namespace Rekindle
