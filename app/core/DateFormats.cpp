// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateFormats.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Rekindle::DateFormats {
namespace {

    /// A run of one pattern letter ("MMMM"), or the literal text between two ("'de' ").
    struct Token {
        QString text;
        bool field = false;
    };

    QList<Token> tokens(const QString &format)
    {
        QList<Token> result;
        qsizetype i = 0;
        while (i < format.size()) {
            const QChar c = format.at(i);
            if (c == u'd' || c == u'M' || c == u'y') {
                qsizetype end = i;
                while (end < format.size() && format.at(end) == c)
                    ++end;
                result.append({ format.mid(i, end - i), true });
                i = end;
                continue;
            }
            // Literal text up to the next pattern letter; quoted text ('de', '' for a quote)
            // stays whole, quotes included, as QLocale::toString() reads it.
            qsizetype end = i;
            while (end < format.size()) {
                const QChar e = format.at(end);
                if (e == u'd' || e == u'M' || e == u'y')
                    break;
                if (e == u'\'') {
                    const qsizetype close = format.indexOf(u'\'', end + 1);
                    end = close < 0 ? format.size() : close + 1;
                } else {
                    ++end;
                }
            }
            if (!result.isEmpty() && !result.constLast().field)
                result.last().text += format.mid(i, end - i);
            else
                result.append({ format.mid(i, end - i), false });
            i = end;
        }
        return result;
    }

} // namespace

QString monthYear(const QLocale &locale, QLocale::FormatType type)
{
    // Drop the day fields (d, dd, and the weekday ddd, dddd). Of the literals around a dropped
    // field only the one before it stays ("MMMM d, yyyy" gives "MMMM yyyy"); literals before
    // the first field that stays go too ("dddd, d. MMMM yyyy" gives "MMMM yyyy").
    QList<Token> kept;
    bool droppedSinceField = false;
    for (const Token &token : tokens(locale.dateFormat(QLocale::LongFormat))) {
        if (token.field && token.text.startsWith(u'd')) {
            droppedSinceField = true;
            continue;
        }
        if (!token.field) {
            if (kept.isEmpty() || !kept.constLast().field || droppedSinceField)
                continue;
            kept.append(token);
            continue;
        }
        droppedSinceField = false;
        Token field = token;
        if (type != QLocale::LongFormat && field.text == u"MMMM"_s)
            field.text = u"MMM"_s;
        kept.append(field);
    }
    QString result;
    for (const Token &token : kept)
        result += token.text;
    // A trailing separator stays when it is a word of the format ("2028年3月") or the point
    // of an abbreviated one ("yyyy 'г'.": year), not when it is only punctuation or space
    // ("MMMM yyyy, ", "yyyy-MM-").
    while (!result.isEmpty()
        && (result.back().isSpace() || QStringView(u",.-/").contains(result.back()))
        && !(result.back() == u'.' && result.size() > 1 && result.at(result.size() - 2) == u'\''))
        result.chop(1);
    if (!result.contains(u'M') || !result.contains(u'y'))
        return type == QLocale::LongFormat ? u"MMMM yyyy"_s : u"MMM yyyy"_s;
    return result;
}

QString monthYearText(const QLocale &locale, QDate date, QLocale::FormatType type)
{
    // The month's name goes in as quoted text (a quote inside doubled), so that QLocale
    // writes the rest of the format around the standalone form.
    QString format;
    for (const Token &token : tokens(monthYear(locale, type))) {
        if (token.field && (token.text == u"MMMM"_s || token.text == u"MMM"_s)) {
            const QString name = locale.standaloneMonthName(
                date.month(), token.text == u"MMMM"_s ? QLocale::LongFormat : QLocale::ShortFormat);
            format += u'\'' + QString(name).replace(u'\'', u"''"_s) + u'\'';
        } else {
            format += token.text;
        }
    }
    return locale.toString(date, format);
}

} // namespace Rekindle::DateFormats
