// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiLanguage.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Rekindle::UiLanguage {
namespace {

    const QString LanguageKey = u"interface/language"_s;

    QString languageOf(const QString &code)
    {
        return code.section(u'_', 0, 0);
    }

} // namespace

QString chosen()
{
    return QSettings().value(LanguageKey).toString();
}

void choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QStringList shipped(const QString &directory)
{
    QStringList codes { SourceLanguage };
    const QStringList files = QDir(directory).entryList({ u"rekindle_*.qm"_s }, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3); // "rekindle_" … ".qm"
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    codes.sort();
    return codes;
}

QString resolve(const QString &code, const QStringList &preferred, const QStringList &shipped)
{
    if (!code.isEmpty() && shipped.contains(code))
        return code;
    for (QString wanted : preferred) {
        wanted.replace(u'-', u'_');
        if (shipped.contains(wanted))
            return wanted;
        QString language = languageOf(wanted);
        if (shipped.contains(language))
            return language;
        for (const QString &candidate : shipped)
            if (languageOf(candidate) == language)
                return candidate;
    }
    return SourceLanguage;
}

QLocale formatLocale(const QString &language, const QLocale &system)
{
    const QLocale wanted(language);
    // A system in the C or POSIX locale (LC_ALL=C, as in many a terminal and container) has no
    // formats of its own, even when LANGUAGE gives it a language's name: its times carry
    // seconds ("09:05:00") and its dates read "30 Nov 2026" in any language.
    const QLocale c = QLocale::c();
    const bool cFormats
        = system.timeFormat(QLocale::ShortFormat) == c.timeFormat(QLocale::ShortFormat)
        && system.dateFormat(QLocale::LongFormat) == c.dateFormat(QLocale::LongFormat);
    return system.language() == wanted.language() && !cFormats ? system : wanted;
}

QString nativeName(const QString &code)
{
    // QLocale names "en" by its default region ("American English"); the source language is
    // meant for every English reader.
    if (code == SourceLanguage)
        return u"English"_s;
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // CLDR writes some language names in lower case ("italiano"), as inside a sentence.
    name = locale.toUpper(name.left(1)) + name.mid(1);
    if (code.contains(u'_'))
        name += u" (%1)"_s.arg(locale.nativeTerritoryName());
    return name;
}

} // namespace Rekindle::UiLanguage
