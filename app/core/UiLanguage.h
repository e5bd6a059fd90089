// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// Which language the interface speaks: the person's choice in Preferences (kept on this
/// computer, in QSettings, not in the journal), or the system's own languages. The formats
/// (dates, numbers, weekdays) follow the same language, so that a German interface never
/// writes "Friday, 30 October" because only LANGUAGE, not LC_TIME, says German.
namespace Rekindle::UiLanguage {

/// The code of the source language, shipped without a translation file.
inline constexpr QLatin1StringView SourceLanguage { "en" };

/// The stored choice: a language code ("de", "pt_BR", "en"), or empty for the system's.
QString chosen();
/// Stores `code` (empty: follow the system). It takes effect at the next start.
void choose(const QString &code);

/// The languages with a `rekindle_<code>.qm` in `directory`, with English, sorted by code.
QStringList shipped(const QString &directory);

/// The shipped language to speak: `code` when it is shipped, otherwise the first of
/// `preferred` (QLocale::uiLanguages(), "de-CH" style) with a shipped language, matched by
/// its whole name, then by its language alone; English when none is.
QString resolve(const QString &code, const QStringList &preferred, const QStringList &shipped);

/// The locale of the formats for `language`: the system's own when it speaks that language
/// (a Swiss or Austrian region keeps its formats), otherwise the language's usual locale. A
/// system with the C locale's formats (LC_ALL=C) has none to keep.
QLocale formatLocale(const QString &language, const QLocale &system);

/// The language as its speakers write it ("Deutsch", "Italiano", "Português (Brasil)").
QString nativeName(const QString &code);

} // namespace Rekindle::UiLanguage
