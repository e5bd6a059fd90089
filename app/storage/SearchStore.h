// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/SearchQuery.h"
#include "core/Step.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace Rekindle {

class Journal;

/// One record that matches a search.
struct SearchHit {
    /// Marks around matched text in `title` and `snippet`; never typed by a person.
    static constexpr QChar MatchStart = QChar(0x02);
    static constexpr QChar MatchEnd = QChar(0x03);

    QString kind; ///< RecordKind::name
    qint64 itemId = 0;
    std::optional<Step> step;
    QDateTime instant; ///< when the record is dated by an instant (UTC), else invalid
    QDate day; ///< when the record is dated by a calendar day, else invalid
    QString title; ///< with match marks
    QString snippet; ///< a short stretch of the text around a match, with match marks
};

struct SearchPage {
    QList<SearchHit> hits;
    bool hasMore = false; ///< more matches than the limit asked for
};

/// Finds text anywhere in the journal through the full-text index (`search_text`), which
/// triggers keep in step with every searchable table (see RecordKinds). Results come newest
/// first; a limit keeps every keystroke cheap however large the journal.
class SearchStore {
public:
    static constexpr int SnippetWords = 14;

    explicit SearchStore(Journal &journal);

    Result<SearchPage> find(const SearchQuery &query, int limit) const;
    Result<SearchPage> find(const QString &text, int limit) const
    {
        return find(SearchQuery::parse(text), limit);
    }

    /// Marks every occurrence of `needle` in `text` (case-insensitively) and cuts a window of
    /// about `context` characters around the first one. Used for substring matches.
    static QString markSubstring(const QString &text, const QString &needle, int context);

private:
    Journal &m_journal;
};

} // namespace Rekindle
