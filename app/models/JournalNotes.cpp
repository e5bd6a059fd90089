// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalNotes.h"

#include "storage/Journal.h"
#include "storage/SettingsStore.h"

namespace Rekindle {

JournalNotes::JournalNotes(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    connect(&journal.settings(), &SettingsStore::changed, this, &JournalNotes::changed);
}

QString JournalNotes::text(const QString &key) const
{
    return m_journal.settings().text(key);
}

Status JournalNotes::setText(const QString &key, const QString &text)
{
    if (text == this->text(key))
        return {};
    return m_journal.settings().setText(key, text);
}

bool JournalNotes::flag(const QString &key, bool fallback) const
{
    return m_journal.settings().flag(key, fallback);
}

Status JournalNotes::setFlag(const QString &key, bool on)
{
    return m_journal.settings().setFlag(key, on);
}

} // namespace Rekindle
