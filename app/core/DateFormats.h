// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

/// Date formats Qt 6.4's QLocale has no name for, derived from the locale's own long date
/// format (Qt has no date skeletons), so that a month and year read as the locale writes them:
/// "März 2028", "March 2028", "marzo de 2028", "2028年3月". Never an English pattern.
namespace Rekindle::DateFormats {

/// The locale's long date without the weekday and the day of the month; with
/// QLocale::ShortFormat the month's name is abbreviated ("Mär 2028", "Mar 2028").
QString monthYear(const QLocale &locale, QLocale::FormatType type = QLocale::LongFormat);

} // namespace Rekindle::DateFormats
