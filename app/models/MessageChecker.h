// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContactEvent.h"
#include "core/MessageCheck.h"
#include "core/Result.h"

#include <QObject>

namespace Rekindle {

class Journal;

/// The message check over the journal: built-in phrases of the interface language plus the
/// person's own, and how often they have written lately. Marking a draft as sent logs a
/// contact in the shared contact record.
class MessageChecker final : public QObject {
    Q_OBJECT

public:
    /// `language` picks the built-in phrase list (a QLocale name such as "en_GB").
    MessageChecker(Journal &journal, const QString &language, QObject *parent = nullptr);

    MessageCheckResult check(const QString &draft) const;
    MessageFrequency frequency() const;
    const QList<Phrase> &phrases() const { return m_phrases; }
    QList<Phrase> userPhrases() const;
    Status addPhrase(const QString &text, PhraseCategory category);
    Status removePhrase(const Phrase &phrase);
    /// Logs the draft as a contact I made now; the draft itself is kept as its note only when
    /// `keepText` is true.
    Result<qint64> markSent(const QString &draft, ContactChannel channel, bool keepText);
    /// Counts one draft run through the check (step 3's "drafts checked before sending"), once
    /// per draft the person looked at, whether they sent it or not.
    Status recordDraftChecked();
    QString error() const { return m_error; }

Q_SIGNALS:
    void phrasesChanged();

private:
    void loadPhrases();

    Journal &m_journal;
    QString m_language;
    QList<Phrase> m_phrases;
    QString m_error;
};

} // namespace Rekindle
