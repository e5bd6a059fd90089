// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalSpelling.h"

#include "models/JournalModels.h"
#include "storage/Journal.h"
#include "storage/SettingsStore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Rekindle {

JournalSpelling &JournalSpelling::of(Journal &journal)
{
    if (auto *existing
        = journal.findChild<JournalSpelling *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new JournalSpelling(journal, SpellDictionary::searchFolders(), &journal);
}

JournalSpelling::JournalSpelling(Journal &journal, const QStringList &folders, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_available(SpellDictionary::find(folders))
{
    connect(&journal.settings(), &SettingsStore::changed, this, &JournalSpelling::onSettingChanged);
    JournalModels(journal).onContentReplaced(this, [this] { reload(); });
    reload();
}

JournalSpelling::~JournalSpelling() = default;

QString JournalSpelling::chosenLanguage() const
{
    return m_journal.settings().text(LanguageKey);
}

QString JournalSpelling::language() const
{
    return m_dictionary ? m_dictionary->language() : QString();
}

void JournalSpelling::reload()
{
    const QString chosen = chosenLanguage();
    QString wanted = chosen;
    if (wanted.isEmpty()) {
        // Never chosen: the system's language, exactly ("en_GB") or by language ("en").
        const QString system = QLocale().name();
        for (const auto &files : std::as_const(m_available))
            if (files.language == system)
                wanted = system;
        if (wanted.isEmpty())
            for (const auto &files : std::as_const(m_available))
                if (wanted.isEmpty()
                    && files.language.section(u'_', 0, 0) == system.section(u'_', 0, 0))
                    wanted = files.language;
    }
    if (!m_dictionary || m_dictionary->language() != wanted) {
        m_dictionary.reset();
        for (const auto &files : std::as_const(m_available))
            if (files.language == wanted)
                m_dictionary = SpellDictionary::load(files);
    }
    m_personal = m_journal.settings().text(PersonalWordsKey).split(u'\n', Qt::SkipEmptyParts);
    if (m_dictionary)
        for (const QString &word : std::as_const(m_personal))
            m_dictionary->add(word);
    m_known.clear();
    Q_EMIT changed();
}

void JournalSpelling::onSettingChanged(const QString &key)
{
    // An import or restore replaces every setting at once (an empty key).
    if (key.isEmpty() || key == LanguageKey || key == PersonalWordsKey)
        reload();
}

Status JournalSpelling::setLanguage(const QString &language)
{
    if (language != Off
        && std::none_of(m_available.cbegin(), m_available.cend(),
            [&language](const auto &files) { return files.language == language; }))
        return Error { tr("There is no dictionary for %1 on this computer.").arg(language) };
    if (language == chosenLanguage())
        return {};
    return m_journal.settings().setText(LanguageKey, language);
}

bool JournalSpelling::isCorrect(const QString &word) const
{
    if (!m_dictionary || m_ignored.contains(word))
        return true;
    if (const auto known = m_known.constFind(word); known != m_known.cend())
        return *known;
    // Bounded: a text of endless distinct tokens must not grow it without end.
    if (m_known.size() >= MaxKnownWords)
        m_known.clear();
    const bool correct = m_dictionary->isCorrect(word);
    m_known.insert(word, correct);
    return correct;
}

QStringList JournalSpelling::suggestions(const QString &word) const
{
    return m_dictionary ? m_dictionary->suggestions(word, MaxSuggestions) : QStringList();
}

Status JournalSpelling::addToDictionary(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n') || m_personal.contains(trimmed))
        return {};
    QStringList words = m_personal;
    words.append(trimmed);
    words.sort(Qt::CaseInsensitive);
    // The store says changed(), which reloads the list and marks the text again.
    return m_journal.settings().setText(PersonalWordsKey, words.join(u'\n'));
}

void JournalSpelling::ignore(const QString &word)
{
    m_ignored.insert(word);
    m_known.clear();
    Q_EMIT changed();
}

} // namespace Rekindle
