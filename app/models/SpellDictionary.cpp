// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpellDictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>
#include <hunspell.hxx>

using namespace Qt::StringLiterals;

namespace Rekindle {

struct SpellDictionary::Private {
    QString language;
    QString encoding;
    std::unique_ptr<Hunspell> hunspell;

    /// The word in the dictionary's encoding; false when it has characters the encoding
    /// lacks (then no dictionary word can match it).
    bool encode(const QString &word, std::string &out) const
    {
        QStringEncoder encoder(encoding.toUtf8().constData());
        const QByteArray bytes = encoder.encode(word);
        if (encoder.hasError())
            return false;
        out = bytes.toStdString();
        return true;
    }

    QString decode(const std::string &bytes) const
    {
        QStringDecoder decoder(encoding.toUtf8().constData());
        return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    }
};

SpellDictionary::SpellDictionary(std::unique_ptr<Private> loaded)
    : m_d(std::move(loaded))
{
}

SpellDictionary::~SpellDictionary() = default;

QString SpellDictionary::affEncoding(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The SET line is ASCII in every encoding Hunspell reads; it is near the top.
    static const QRegularExpression set(u"^SET\\s+(\\S+)"_s);
    for (int line = 0; line < 200 && !file.atEnd(); ++line) {
        const QString text = QString::fromLatin1(file.readLine()).trimmed();
        if (const auto match = set.match(text); match.hasMatch())
            return match.captured(1);
    }
    return u"ISO8859-1"_s;
}

std::unique_ptr<SpellDictionary> SpellDictionary::load(const SpellDictionaryFiles &files)
{
    if (!QFileInfo(files.affPath).isReadable() || !QFileInfo(files.dicPath).isReadable())
        return nullptr;
    auto loaded = std::make_unique<Private>();
    loaded->language = files.language;
    loaded->encoding = affEncoding(files.affPath);
    // Hunspell's names ("ISO8859-1", "microsoft-cp1251", "UTF-8") as Qt knows them.
    if (loaded->encoding.compare(u"microsoft-cp1251"_s, Qt::CaseInsensitive) == 0)
        loaded->encoding = u"windows-1251"_s;
    if (!QStringEncoder(loaded->encoding.toUtf8().constData()).isValid())
        return nullptr;
    loaded->hunspell = std::make_unique<Hunspell>(
        QFile::encodeName(files.affPath).constData(), QFile::encodeName(files.dicPath).constData());
    return std::unique_ptr<SpellDictionary>(new SpellDictionary(std::move(loaded)));
}

QStringList SpellDictionary::searchFolders()
{
    QStringList folders;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    const QString program = QCoreApplication::applicationDirPath();
    folders << program + u"/dictionaries"_s;
#if defined(Q_OS_MACOS)
    folders << QDir::cleanPath(program + u"/../Resources/dictionaries"_s);
#endif
#else
    folders << u"/usr/share/hunspell"_s << u"/usr/share/myspell"_s << u"/usr/share/myspell/dicts"_s;
#endif
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        folders << data + u"/dictionaries"_s;
    return folders;
}

QList<SpellDictionaryFiles> SpellDictionary::find(const QStringList &folders)
{
    QList<SpellDictionaryFiles> found;
    QSet<QString> languages;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList affs = dir.entryList({ u"*.aff"_s }, QDir::Files | QDir::Readable);
        for (const QString &aff : affs) {
            const QString language = QFileInfo(aff).completeBaseName();
            const QString dic = dir.filePath(language + u".dic"_s);
            // hyph_*.dic are hyphenation patterns, and a .aff alone is no dictionary.
            if (languages.contains(language) || !QFileInfo(dic).isReadable())
                continue;
            languages.insert(language);
            found.append({ language, dir.filePath(aff), dic });
        }
    }
    std::sort(found.begin(), found.end(),
        [](const auto &a, const auto &b) { return a.language < b.language; });
    return found;
}

QString SpellDictionary::language() const
{
    return m_d->language;
}

bool SpellDictionary::isCorrect(const QString &word) const
{
    std::string bytes;
    return m_d->encode(word, bytes) && m_d->hunspell->spell(bytes);
}

QStringList SpellDictionary::suggestions(const QString &word, int limit) const
{
    std::string bytes;
    if (!m_d->encode(word, bytes))
        return {};
    QStringList out;
    for (const std::string &suggestion : m_d->hunspell->suggest(bytes)) {
        if (out.size() >= limit)
            break;
        out.append(m_d->decode(suggestion));
    }
    return out;
}

void SpellDictionary::add(const QString &word)
{
    std::string bytes;
    if (m_d->encode(word, bytes))
        m_d->hunspell->add(bytes);
}

} // namespace Rekindle
