// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "storage/SearchStore.h"

namespace Rekindle {

class Journal;

/// The results of a search over the whole journal, newest first, at most `limit()` of them;
/// when there are more, a last "more results" row asks for the next batch. Searches again by
/// itself when the journal changes, so an edited or deleted entry never lingers.
class SearchResultModel final : public RecordListModel<SearchHit> {
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< RecordKind::name
        ItemIdRole, ///< qint64
        StepRole, ///< int 1..5, or invalid for records without a step
        WhenRole, ///< the record's local date (and time), formatted for people
        TitleHtmlRole, ///< the title as HTML, matches in <b>
        SnippetHtmlRole, ///< text around a match as HTML, matches in <b>
        IsMoreRole, ///< true on the "more results" row
    };
    Q_ENUM(Role)

    static constexpr int BatchSize = 50;

    explicit SearchResultModel(Journal &journal, QObject *parent = nullptr);

    /// Runs the search for `text` (the first batch).
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    /// Fetches the next batch of results.
    void showMore();
    int limit() const { return m_limit; }
    int hitCount() const { return int(m_rows.size()); }
    bool hasMore() const { return m_hasMore; }
    const SearchHit &hit(int row) const { return m_rows.at(row); }
    /// While an unlocked journal's search index is being made (after unlocking), what to show
    /// instead of a count: "Preparing search… n %", translated; empty once search finds
    /// everything. Results meanwhile may miss records; the search runs again when ready.
    QString preparingText() const;

    /// The hits, and a last "more results" row when there are more.
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Text with SearchHit match marks as HTML: escaped, matches in <b>.
    static QString markedToHtml(const QString &marked);
    /// Text with the match marks removed.
    static QString plain(const QString &marked);

Q_SIGNALS:
    /// After every search (new text, more results, the journal changed).
    void searched();
    void preparingChanged();

private:
    void run();
    void notePreparing(qint64 done, qint64 total);
    bool lessThan(const SearchHit &a, const SearchHit &b) const override;

    Journal &m_journal;
    QString m_query;
    int m_limit = BatchSize;
    bool m_hasMore = false;
    /// Per mille of the search index made, or -1 when it is ready.
    int m_preparing = -1;
};

} // namespace Rekindle
