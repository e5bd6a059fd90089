// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "models/SpellDictionary.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

namespace Rekindle {

class Journal;

/// Spell checking for one journal: its language (kept in the journal, or the system's when
/// never chosen), the person's own words (kept in the journal, so sealed with its text when
/// it is encrypted) and the words ignored for this session.
///
/// Off, without any error, when no dictionary is found or "Off" was chosen.
class JournalSpelling final : public QObject {
    Q_OBJECT

public:
    static inline const QString LanguageKey = QStringLiteral("spelling/language");
    static inline const QString PersonalWordsKey = QStringLiteral("spelling/personalWords");
    /// The stored value of a language turned off on purpose.
    static inline const QString Off = QStringLiteral("off");
    static constexpr int MaxSuggestions = 6;
    static constexpr qsizetype MaxKnownWords = 100000;

    /// The one instance of `journal`, made on first use over the platform's folders and
    /// owned by the journal, so that every page shares its loaded dictionary.
    static JournalSpelling &of(Journal &journal);
    /// Over the dictionaries in `folders` (tests give their own).
    JournalSpelling(Journal &journal, const QStringList &folders, QObject *parent = nullptr);
    ~JournalSpelling() override;

    QList<SpellDictionaryFiles> dictionaries() const { return m_available; }
    /// The language in use, empty when spell checking is off.
    QString language() const;
    /// The language chosen for the journal: a dictionary's, Off, or empty (never chosen).
    QString chosenLanguage() const;
    /// Saves `language` (a dictionary's name, or Off) in the journal and loads it.
    Status setLanguage(const QString &language);
    bool isActive() const { return m_dictionary != nullptr; }

    /// True also when checking is off: nothing is marked then. Answers are remembered until
    /// changed() (a long entry asks for the same few thousand words again and again).
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    /// Keeps `word` in the journal's own word list.
    Status addToDictionary(const QString &word);
    /// Accepts `word` until Rekindle quits.
    void ignore(const QString &word);
    QStringList personalWords() const { return m_personal; }

Q_SIGNALS:
    /// Which words are correct changed (language, own words, ignored): mark again.
    void changed();

private:
    void reload();
    void onSettingChanged(const QString &key);

    Journal &m_journal;
    QList<SpellDictionaryFiles> m_available;
    std::unique_ptr<SpellDictionary> m_dictionary;
    QStringList m_personal;
    QSet<QString> m_ignored;
    mutable QHash<QString, bool> m_known;
};

} // namespace Rekindle
