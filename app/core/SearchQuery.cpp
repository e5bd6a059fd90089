// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include <QChar>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    /// Characters SQLite's unicode61 tokenizer keeps in words: letters, digits, private use.
    /// Combining marks count too: with remove_diacritics they fold into the letter before them.
    bool isWordChar(char32_t c)
    {
        switch (QChar::category(c)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Number_Other:
        case QChar::Other_PrivateUse:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            return true;
        default:
            return false;
        }
    }

    /// Scripts written without spaces between words: the tokenizer would make a whole sentence
    /// one "word", so a word inside it can only be found as a substring.
    bool isUnspacedScript(char32_t c)
    {
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Thai:
        case QChar::Script_Lao:
        case QChar::Script_Khmer:
        case QChar::Script_Myanmar:
        case QChar::Script_Tibetan:
            return true;
        default:
            return false;
        }
    }

    /// Symbols outside ASCII (emoji, arrows, dingbats) are dropped by the tokenizer; a query
    /// containing one means "find this symbol".
    bool isMeaningfulSymbol(char32_t c)
    {
        if (c < 0x80)
            return false;
        switch (QChar::category(c)) {
        case QChar::Symbol_Math:
        case QChar::Symbol_Currency:
        case QChar::Symbol_Modifier:
        case QChar::Symbol_Other:
            return true;
        default:
            return false;
        }
    }

    QString quoted(const QString &phrase)
    {
        QString text = phrase;
        text.replace(u'"', u"\"\""_s);
        return u'"' + text + u'"';
    }

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    QString text = input.normalized(QString::NormalizationForm_C).trimmed();
    if (text.size() > MaxInputLength) {
        text.truncate(MaxInputLength);
        // Never cut a surrogate pair in half.
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
    }
    if (text.isEmpty())
        return query;

    bool needsSubstring = false;
    // Each space-separated chunk becomes a phrase of its words ("don't" -> "don t"*), so
    // punctuation inside a chunk keeps its words together and in order.
    QStringList phrases;
    for (const QString &chunk : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        QStringList chunkWords;
        QString word;
        for (const char32_t c : chunk.toUcs4()) {
            if (isUnspacedScript(c) || isMeaningfulSymbol(c))
                needsSubstring = true;
            if (isWordChar(c)) {
                word += QString::fromUcs4(&c, 1);
            } else if (!word.isEmpty()) {
                chunkWords << word.toLower();
                word.clear();
            }
        }
        if (!word.isEmpty())
            chunkWords << word.toLower();
        if (chunkWords.isEmpty())
            continue;
        if (query.m_words.size() + chunkWords.size() > MaxWords)
            break;
        query.m_words << chunkWords;
        phrases << quoted(chunkWords.join(u' '));
    }
    // Only the word being typed is a prefix: "the walk" should not find "therapist". Once a
    // space follows it, it is complete too.
    if (!phrases.isEmpty() && !input.back().isSpace())
        phrases.back() += u'*';

    // A single mark of ASCII punctuation (the first keystroke of `"quoted` or `-x`) would
    // match nearly everything and cost a full scan: wait for more.
    if (phrases.isEmpty() && !needsSubstring && text.size() == 1)
        return query;
    if (needsSubstring || phrases.isEmpty()) {
        // Whitespace runs are kept as typed: the text is looked for exactly.
        query.m_mode = Mode::Substring;
        query.m_substring = text;
        return query;
    }
    query.m_mode = Mode::FullText;
    query.m_fts = phrases.join(u' ');
    return query;
}

} // namespace Rekindle
