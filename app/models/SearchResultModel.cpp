// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultModel.h"

#include "RecordFollow.h"
#include "core/JournalEntry.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "storage/JournalEncryption.h"
#include "storage/RecordKinds.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Rekindle {

SearchResultModel::SearchResultModel(Journal &journal, QObject *parent)
    : RecordListModel(parent)
    , m_journal(journal)
{
    // Search again when something changes while results are shown.
    const auto refresh = [this] {
        if (!m_query.isEmpty())
            run();
    };
    RecordFollow::any(journal, this, { QStringLiteral("entries") }, refresh);
    connect(&journal, &Journal::contentReplaced, this, refresh);

    JournalEncryption &encryption = journal.encryption();
    connect(&encryption, &JournalEncryption::searchIndexProgress, this,
        &SearchResultModel::notePreparing);
    connect(&encryption, &JournalEncryption::searchIndexReady, this, [this, refresh] {
        m_preparing = -1;
        Q_EMIT preparingChanged();
        // What was searched while it was made found only part of the journal.
        refresh();
    });
    connect(&encryption, &JournalEncryption::stateChanged, this, [this, &encryption] {
        const int preparing = encryption.isSearchIndexReady() ? -1 : 0;
        if (preparing != m_preparing) {
            m_preparing = preparing;
            Q_EMIT preparingChanged();
        }
    });
    if (encryption.state() == JournalEncryption::State::Unlocked
        && !encryption.isSearchIndexReady())
        m_preparing = 0;
}

QString SearchResultModel::preparingText() const
{
    if (m_preparing < 0)
        return {};
    return tr("Preparing search… %1 %").arg(QLocale().toString(m_preparing / 10));
}

void SearchResultModel::notePreparing(qint64 done, qint64 total)
{
    const int preparing = total > 0 ? int(std::min(done, total) * 1000 / total) : 0;
    if (preparing == m_preparing)
        return;
    m_preparing = preparing;
    Q_EMIT preparingChanged();
}

void SearchResultModel::setQuery(const QString &text)
{
    m_query = text;
    m_limit = BatchSize;
    run();
}

void SearchResultModel::showMore()
{
    if (!m_hasMore)
        return;
    m_limit += BatchSize;
    run();
}

void SearchResultModel::run()
{
    SearchPage found;
    QString error;
    if (!m_query.trimmed().isEmpty()) {
        auto page = m_journal.search().find(m_query, m_limit);
        if (page)
            found = std::move(page).value();
        else
            error = page.error().message;
    }
    // The "more" row is counted from m_hasMore: it changes inside the reset.
    beginResetModel();
    m_hasMore = found.hasMore;
    m_rows = std::move(found.hits);
    endResetModel();
    setReadError(error);
    Q_EMIT searched();
}

bool SearchResultModel::lessThan(const SearchHit &, const SearchHit &) const
{
    // The search ranks the hits (newest first) and a change runs it again: rows keep its order.
    return false;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_rows.size()) + (m_hasMore ? 1 : 0);
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_rows.size()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("Show more results…");
        case IsMoreRole:
            return true;
        default:
            return {};
        }
    }
    const SearchHit &hit = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString title = plain(hit.title).trimmed();
        if (title.isEmpty())
            title = JournalEntry::displayTitle(QString(), plain(hit.snippet));
        return tr("%1, %2: %3").arg(title, data(index, WhenRole).toString(), plain(hit.snippet));
    }
    case Qt::ToolTipRole:
        return plain(hit.snippet);
    case KindRole:
        return hit.kind;
    case ItemIdRole:
        return hit.itemId;
    case StepRole:
        return hit.step ? QVariant(static_cast<int>(*hit.step)) : QVariant();
    case WhenRole: {
        if (hit.day.isValid())
            return locale.toString(hit.day, QLocale::ShortFormat);
        const QDateTime local = hit.instant.toTimeZone(m_journal.clock().timeZone());
        return tr("%1, %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
            locale.toString(local.time(), QLocale::ShortFormat));
    }
    case TitleHtmlRole: {
        if (!plain(hit.title).trimmed().isEmpty())
            return markedToHtml(hit.title);
        const RecordKind *kind = RecordKinds::find(hit.kind);
        return (kind ? RecordKinds::label(*kind) : hit.kind).toHtmlEscaped();
    }
    case SnippetHtmlRole:
        return markedToHtml(hit.snippet);
    case IsMoreRole:
        return false;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    auto names = RecordListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ItemIdRole, "itemId");
    names.insert(StepRole, "step");
    names.insert(WhenRole, "when");
    names.insert(TitleHtmlRole, "titleHtml");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(IsMoreRole, "isMore");
    return names;
}

QString SearchResultModel::markedToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(SearchHit::MatchStart, u"<b>"_s);
    html.replace(SearchHit::MatchEnd, u"</b>"_s);
    // Line breaks in a snippet read as spaces.
    html.replace(u'\n', u' ');
    return html;
}

QString SearchResultModel::plain(const QString &marked)
{
    QString text = marked;
    text.remove(SearchHit::MatchStart);
    text.remove(SearchHit::MatchEnd);
    return text;
}

} // namespace Rekindle
