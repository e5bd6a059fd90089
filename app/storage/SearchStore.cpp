// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordKinds.h"
#include "Sql.h"
#include "core/Translation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::SearchStore", text);
    }

    constexpr int SubstringContext = 90;

    SearchHit readHit(const QSqlQuery &query)
    {
        SearchHit hit;
        const RecordKind *kind = RecordKinds::findByCode(query.value(0).toInt());
        hit.kind = kind ? kind->name : QString();
        hit.itemId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            hit.step = Steps::fromInt(query.value(2).toInt());
        const QVariant at = query.value(3);
        if (kind && kind->datedByDay())
            hit.day = QDate::fromString(at.toString(), Qt::ISODate);
        else
            hit.instant = QDateTime::fromMSecsSinceEpoch(at.toLongLong(), QTimeZone::utc());
        return hit;
    }

} // namespace

SearchStore::SearchStore(Journal &journal)
    : m_journal(journal)
{
}

Result<SearchPage> SearchStore::find(const SearchQuery &query, int limit) const
{
    SearchPage page;
    if (query.isEmpty() || limit <= 0)
        return page;
    const QString what = tr("The search could not be run.");
    const QSqlDatabase db = m_journal.database();
    Result<QSqlQuery> result = Error {};
    if (query.mode() == SearchQuery::Mode::FullText) {
        // char(2)/char(3) mark matches; the view turns them into highlighting.
        result = Sql::run(db,
            u"SELECT kind, item_id, step, at, %1, %2 "
            "FROM search_text WHERE search_text MATCH ? "
            "ORDER BY rowid DESC LIMIT ?"_s.arg(
                FieldCodec::textColumn(u"highlight(search_text, 0, char(2), char(3))"_s),
                FieldCodec::textColumn(
                    u"snippet(search_text, 1, char(2), char(3), '…', %1)"_s.arg(SnippetWords))),
            { query.ftsExpression(), limit + 1 }, what);
    } else {
        // What the index cannot serve is looked for verbatim, newest first; the limit stops
        // the scan as soon as enough is found. The scan reads FTS5's own content table
        // (search_text_content: id = rowid, c0.. = the columns in order), a plain table that
        // is read about twice as fast as through the virtual table.
        const QByteArray needle = query.substring().toUtf8();
        result = Sql::run(db,
            u"SELECT c2, c3, c4, c5, %1, %2 FROM search_text_content "
            "WHERE instr(c1, %3) > 0 OR instr(c0, %3) > 0 "
            "ORDER BY id DESC LIMIT ?"_s.arg(FieldCodec::textColumn(u"c0"_s),
                FieldCodec::textColumn(u"c1"_s), FieldCodec::TextParam),
            { needle, needle, limit + 1 }, what);
    }
    if (!result)
        return result.error();
    QSqlQuery &rows = *result;
    while (rows.next()) {
        if (page.hits.size() == limit) {
            page.hasMore = true;
            break;
        }
        SearchHit hit = readHit(rows);
        // The index holds copies of the stored text, read exactly like the stores read it.
        const QString title = FieldCodec::fromUtf8(rows.value(4).toByteArray());
        const QString text = FieldCodec::fromUtf8(rows.value(5).toByteArray());
        if (query.mode() == SearchQuery::Mode::FullText) {
            hit.title = title;
            hit.snippet = text;
        } else {
            hit.title = markSubstring(title, query.substring(), 1000);
            hit.snippet = markSubstring(text, query.substring(), SubstringContext);
        }
        page.hits.append(hit);
    }
    return page;
}

QString SearchStore::markSubstring(const QString &text, const QString &needle, int context)
{
    if (needle.isEmpty())
        return text.left(qsizetype(context) * 2);
    const qsizetype first = text.indexOf(needle, 0, Qt::CaseInsensitive);
    qsizetype from = 0;
    qsizetype to = text.size();
    if (first >= 0) {
        from = std::max<qsizetype>(0, first - context);
        to = std::min<qsizetype>(text.size(), first + needle.size() + context);
    } else {
        to = std::min<qsizetype>(text.size(), qsizetype(context) * 2);
    }
    // Never cut a surrogate pair.
    if (from > 0 && text.at(from).isLowSurrogate())
        --from;
    if (to < text.size() && text.at(to).isLowSurrogate())
        ++to;
    QString out;
    if (from > 0)
        out += u'…';
    qsizetype pos = from;
    while (pos < to) {
        const qsizetype hit = text.indexOf(needle, pos, Qt::CaseInsensitive);
        if (hit < 0 || hit + needle.size() > to) {
            out += QStringView(text).mid(pos, to - pos);
            break;
        }
        out += QStringView(text).mid(pos, hit - pos);
        out += SearchHit::MatchStart;
        out += QStringView(text).mid(hit, needle.size());
        out += SearchHit::MatchEnd;
        pos = hit + needle.size();
    }
    if (to < text.size())
        out += u'…';
    return out;
}

} // namespace Rekindle
