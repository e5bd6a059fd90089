// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Rekindle {

/// What a person typed in the search field, turned into something the journal can answer
/// safely. Any text is accepted: it never reaches SQL as syntax.
///
/// Words (runs of letters and digits, as SQLite's unicode61 tokenizer sees them) become an
/// FTS5 expression of quoted phrases, so that `AND`, `-x`, `c++`, `don't` or `héllo:` are
/// plain words; the last word gets a prefix star, so results appear while it is still being
/// typed. Text the full-text index cannot answer (CJK, where words are not
/// separated by spaces; emoji and other symbols, which the tokenizer drops) is searched as a
/// plain substring instead.
class SearchQuery {
public:
    enum class Mode {
        Empty, ///< nothing to look for
        FullText, ///< ftsExpression() for `MATCH`
        Substring, ///< substring() searched verbatim
    };

    /// Longer input is cut: nobody types more, and it bounds the cost of a query.
    static constexpr int MaxInputLength = 200;
    static constexpr int MaxWords = 16;

    static SearchQuery parse(const QString &input);

    Mode mode() const { return m_mode; }
    bool isEmpty() const { return m_mode == Mode::Empty; }
    /// An FTS5 query expression, for Mode::FullText.
    QString ftsExpression() const { return m_fts; }
    /// The text to find verbatim, for Mode::Substring.
    QString substring() const { return m_substring; }
    /// The words found in the input (lower case), for highlighting.
    QStringList words() const { return m_words; }

private:
    Mode m_mode = Mode::Empty;
    QString m_fts;
    QString m_substring;
    QStringList m_words;
};

} // namespace Rekindle
