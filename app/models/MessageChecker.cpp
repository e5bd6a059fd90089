// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageChecker.h"

#include "RecordFollow.h"
#include "core/JournalNoteKeys.h"
#include "core/SpaceRules.h"
#include "storage/Journal.h"
#include "storage/ReconnectStore.h"
#include "storage/SettingsStore.h"
#include "storage/SpaceStore.h"

#include <algorithm>

namespace Rekindle {

MessageChecker::MessageChecker(Journal &journal, const QString &language, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_language(language)
{
    RecordFollow::any(journal, this, { QStringLiteral("message_phrases") }, [this] {
        loadPhrases();
        Q_EMIT phrasesChanged();
    });
    loadPhrases();
}

void MessageChecker::loadPhrases()
{
    m_phrases = MessageCheck::builtInPhrases(m_language);
    if (auto user = m_journal.reconnect().userPhrases())
        m_phrases += *user;
    else
        m_error = user.error().message;
}

QList<Phrase> MessageChecker::userPhrases() const
{
    QList<Phrase> result;
    for (const Phrase &p : m_phrases)
        if (p.userAdded)
            result << p;
    return result;
}

MessageFrequency MessageChecker::frequency() const
{
    MessageFrequency f;
    const QDateTime now = m_journal.clock().now();
    if (auto recent = m_journal.space().recentContacts(now, SpaceRules::UnansweredLookbackDays))
        f.unansweredInRow = SpaceRules::assessBombarding(
            *recent, now, m_journal.settings().bombardingThresholds())
                                .unansweredInRow;
    if (auto last = m_journal.space().lastContactAt(ContactDirection::MeToThem);
        last && last->isValid())
        f.secsSinceMyLast = last->secsTo(now);
    return f;
}

MessageCheckResult MessageChecker::check(const QString &draft) const
{
    return MessageCheck::check(draft, m_phrases, frequency());
}

Status MessageChecker::addPhrase(const QString &text, PhraseCategory category)
{
    return m_journal.reconnect().addPhrase({ text, category, true });
}

Status MessageChecker::removePhrase(const Phrase &phrase)
{
    return m_journal.reconnect().removePhrase(phrase);
}

Status MessageChecker::recordDraftChecked()
{
    SettingsStore &settings = m_journal.settings();
    const int checked = std::max(0, settings.integer(NoteKeys::DraftsCheckedKey, 0));
    return settings.setValue(NoteKeys::DraftsCheckedKey, QString::number(checked + 1));
}

Result<qint64> MessageChecker::markSent(const QString &draft, ContactChannel channel, bool keepText)
{
    if (draft.trimmed().isEmpty())
        return Error { tr("Write the message first.") };
    ContactEvent e;
    e.direction = ContactDirection::MeToThem;
    e.channel = channel;
    e.occurredAt = m_journal.clock().now();
    const MessageCheckResult result = check(draft);
    const bool heavy = std::any_of(result.findings.cbegin(), result.findings.cend(),
        [](const MessageFinding &f) { return f.kind == MessageFinding::Kind::Phrase; });
    e.tone = heavy ? ContactTone::Heavy : ContactTone::Light;
    if (keepText)
        e.note = draft.left(ContactEvent::MaxNoteLength);
    return m_journal.space().logContact(e);
}

} // namespace Rekindle
