// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace Rekindle {

/// A Hunspell dictionary found on disk: a language's .aff and .dic side by side.
struct SpellDictionaryFiles {
    QString language; ///< the file name without extension, e.g. "en_US", "de_DE_frami"
    QString affPath;
    QString dicPath;
};

/// One Hunspell dictionary, loaded. Words go in and come out as QString; the dictionary's own
/// encoding (the .aff's SET line, ISO 8859-1 when there is none) stays inside.
///
/// Where dictionaries are looked for (searchFolders()):
/// - Linux and other Unix systems: /usr/share/hunspell and /usr/share/myspell (the
///   distribution's hunspell-* packages), then the user's data folder.
/// - Windows and macOS: a "dictionaries" folder next to the program (in the bundle's
///   Resources on macOS), then the user's data folder.
/// The user's data folder is QStandardPaths::AppDataLocation + "/dictionaries".
class SpellDictionary final {
public:
    /// The dictionary of `files`; null when it cannot be read or its encoding is unknown.
    static std::unique_ptr<SpellDictionary> load(const SpellDictionaryFiles &files);
    ~SpellDictionary();
    SpellDictionary(const SpellDictionary &) = delete;
    SpellDictionary &operator=(const SpellDictionary &) = delete;

    /// The folders searched on this platform, in order.
    static QStringList searchFolders();
    /// Every dictionary in `folders` (a language found twice: the first), by language.
    static QList<SpellDictionaryFiles> find(const QStringList &folders);

    /// The encoding named by the SET line of `affPath` ("ISO8859-1" when there is none).
    static QString affEncoding(const QString &affPath);

    QString language() const;
    bool isCorrect(const QString &word) const;
    /// At most `limit` suggestions, best first.
    QStringList suggestions(const QString &word, int limit) const;
    /// Accepts `word` until the dictionary is unloaded.
    void add(const QString &word);

private:
    struct Private;
    explicit SpellDictionary(std::unique_ptr<Private> loaded);
    std::unique_ptr<Private> m_d;
};

} // namespace Rekindle
