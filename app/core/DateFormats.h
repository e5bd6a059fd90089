// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

/// Date formats Qt 6.4's QLocale has no name for, derived from the locale's own long date
/// format (Qt has no date skeletons), so that a month and year read as the locale writes them:
/// "März 2028", "March 2028", "marzo de 2028", "2028年3月". Never an English pattern.
namespace Rekindle::DateFormats {

/// The locale's long date without the weekday and the day of the month; with
/// QLocale::ShortFormat the month's name is abbreviated ("Mär 2028", "Mar 2028").
QString monthYear(const QLocale &locale, QLocale::FormatType type = QLocale::LongFormat);

/// `date`'s month and year as monthYear() writes them, with the month's name in the form it
/// takes on its own, where the language has one: "marzec 2028", "март 2028 г.", not the
/// "marca", "марта" of a full date (QLocale's MMMM is that form). A title, not an axis format.
QString monthYearText(
    const QLocale &locale, QDate date, QLocale::FormatType type = QLocale::LongFormat);

} // namespace Rekindle::DateFormats
