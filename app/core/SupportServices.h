// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rekindle {

/// A long-established national service someone can call when things are hard.
struct SupportService {
    enum class Kind { Emergency, Crisis, Abuse };
    Kind kind = Kind::Emergency;
    QString organisation; ///< translated where it has a usual name in other languages
    QString number; ///< as it is dialled in that country
    QString purpose; ///< what it is for, translated
};

/// The national services the app knows, by country. Only services whose number and
/// organisation are long established are listed; nothing here is ever dialled or sent: the app
/// only shows them.
namespace SupportServices {

    /// The countries with services (ISO 3166 alpha-2 codes, e.g. "DE"), in a stable order.
    QStringList countries();
    /// The country's name in the current language ("Germany"), or the code when unknown.
    QString countryName(const QString &code);
    /// The code of the country the locale names, when the app has services for it; else empty.
    QString countryForLocale(const QString &localeName);
    /// The services of `code` (emergency numbers first); empty for an unknown country.
    QList<SupportService> services(const QString &code);
    /// Words for when no country is chosen or known: how to reach emergency help anywhere.
    QString fallbackAdvice();

} // namespace SupportServices
} // namespace Rekindle
