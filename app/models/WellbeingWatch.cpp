// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WellbeingWatch.h"

#include "RecordFollow.h"
#include "core/Wellbeing.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/MoodStore.h"
#include "storage/ReflectionStore.h"
#include "storage/SettingsStore.h"

using namespace Qt::StringLiterals;

namespace Rekindle {

WellbeingWatch::WellbeingWatch(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    // What the person writes or checks in, as it is saved (a removal says nothing new).
    RecordFollow::each(
        journal, this, QStringLiteral("mood_checkins"), [this](qint64 id, RecordChange change) {
            if (change == RecordChange::Created)
                onMood(id);
        });
    RecordFollow::each(
        journal, this, QStringLiteral("entries"), [this](qint64 id, RecordChange change) {
            if (change != RecordChange::Removed)
                onEntry(id);
        });
    RecordFollow::each(
        journal, this, QStringLiteral("reflections"), [this](qint64 id, RecordChange change) {
            if (change != RecordChange::Removed)
                onReflection(id);
        });
}

bool WellbeingWatch::enabled() const
{
    return m_journal.settings().flag(NoteKeys::SupportNotesKey, true);
}

void WellbeingWatch::onMood(qint64 id)
{
    if (auto checkIn = m_journal.moods().checkIn(id);
        checkIn && Wellbeing::isVeryLowMood(checkIn->mood))
        suggest(u"mood/%1"_s.arg(id), Reason::LowMood);
}

void WellbeingWatch::onEntry(qint64 id)
{
    const auto entry = m_journal.entries().entry(id);
    if (!entry)
        return;
    if (entry->mood && Wellbeing::isVeryLowMood(*entry->mood))
        suggest(u"entry/%1"_s.arg(id), Reason::LowMood);
    else if (Wellbeing::mentionsSelfHarm(entry->title + u'\n' + entry->body))
        suggest(u"entry/%1"_s.arg(id), Reason::Words);
}

void WellbeingWatch::onReflection(qint64 id)
{
    const auto reflection = m_journal.reflections().reflection(id);
    if (!reflection)
        return;
    for (const ReflectionAnswer &a : reflection->answers)
        if (Wellbeing::mentionsSelfHarm(a.answer)) {
            suggest(u"reflection/%1"_s.arg(id), Reason::Words);
            return;
        }
}

void WellbeingWatch::suggest(const QString &record, Reason reason)
{
    if (!enabled() || m_suggested.contains(record))
        return;
    m_suggested.insert(record);
    Q_EMIT supportSuggested(reason);
}

} // namespace Rekindle
