// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordWrite.h"
#include "Sql.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::ReflectionStore", text);
    }

    QDateTime instant(const QVariant &msecs)
    {
        return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), QTimeZone::utc());
    }

    Error notFound()
    {
        return Error { tr("This reflection no longer exists. It may have been deleted.") };
    }

    const QString Kind = u"reflections"_s;
    const QString AnswerKind = u"reflection_answers"_s;

    /// The place of an answer's text: its reflection's uid and its position (the part's key).
    QString answerUid(const QString &reflectionUid, const QVariant &position)
    {
        return reflectionUid + u'/' + QString::number(position.toInt());
    }

    const QString SummarySelect
        = u"SELECT r.id, r.step, r.kind, r.complete, r.created_at, r.updated_at, r.uid "
          "FROM reflections r"_s;

    /// Whether SQLite's trim() (of spaces only) would leave something of `text`.
    bool notBlank(const QString &text)
    {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c != u' '; });
    }

    /// The columns of SummarySelect on the row `q` is on; the answers come apart (countAnswer).
    ReflectionSummary summaryColumns(const QSqlQuery &q)
    {
        ReflectionSummary s;
        s.id = q.value(0).toLongLong();
        s.step = Steps::fromInt(q.value(1).toInt()).value_or(Step::Acknowledge);
        s.kind = q.value(2).toInt() == 2 ? ReflectionKind::ThoughtRecord : ReflectionKind::Guided;
        s.complete = q.value(3).toBool();
        s.created = instant(q.value(4));
        s.updated = instant(q.value(5));
        s.answered = 0;
        return s;
    }

    /// Counts one answer of `s`, in the order of their positions: a blank one does not count,
    /// and the first that does gives the summary's preview (the first PreviewLength
    /// characters, code points as SQLite's substr() counts them). Answers are decoded before
    /// this, not filtered in SQL: a sealed empty answer is not an empty text to SQLite.
    void countAnswer(ReflectionSummary &s, const QString &answer)
    {
        if (!notBlank(answer))
            return;
        if (s.answered++ > 0)
            return;
        qsizetype end = 0;
        for (int n = 0; n < ReflectionStore::PreviewLength && end < answer.size(); ++n)
            end += answer.at(end).isHighSurrogate() && end + 1 < answer.size() ? 2 : 1;
        s.firstAnswer = answer.left(end);
    }

    /// The summary of the reflection `q` is on, with its answers read on their own.
    Result<ReflectionSummary> readSummary(
        const QSqlDatabase &db, const FieldCodec &codec, const QSqlQuery &q)
    {
        ReflectionSummary s = summaryColumns(q);
        const QString uid = q.value(6).toString();
        auto answers = Sql::run(db,
            u"SELECT position, %1 FROM reflection_answers WHERE reflection_id = ? "
            "ORDER BY position"_s.arg(FieldCodec::textColumn(u"answer"_s)),
            { s.id }, tr("The reflection could not be read."));
        if (!answers)
            return answers.error();
        while (answers->next()) {
            const auto answer = codec.read(
                { AnswerKind, u"answer"_s, answerUid(uid, answers->value(0)) }, answers->value(1));
            if (!answer)
                return answer.error();
            countAnswer(s, *answer);
        }
        return s;
    }

} // namespace

ReflectionStore::ReflectionStore(Journal &journal)
    : m_journal(journal)
{
}

Status ReflectionStore::writeAnswers(
    qint64 id, const QList<ReflectionAnswer> &answers, const QString &what)
{
    const QSqlDatabase db = m_journal.database();
    auto uid = RecordWrite::uidOf(db, Kind, id, what, notFound());
    if (!uid)
        return uid.error();
    if (auto del
        = Sql::run(db, u"DELETE FROM reflection_answers WHERE reflection_id = ?"_s, { id }, what);
        !del)
        return del.error();
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO reflection_answers (reflection_id, position, prompt_key, "
                        "prompt_text, answer) VALUES (?, ?, coalesce(?, ''), coalesce(%1, ''), "
                        "coalesce(%1, ''))"_s.arg(FieldCodec::TextParam)))
        return Sql::error(insert.lastError(), what);
    const FieldCodec &codec = m_journal.fieldCodec();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const ReflectionAnswer &a = answers.at(i);
        const QString place = answerUid(*uid, int(i));
        insert.addBindValue(id);
        insert.addBindValue(int(i));
        insert.addBindValue(a.promptKey);
        insert.addBindValue(codec.bind({ AnswerKind, u"prompt_text"_s, place }, a.promptText));
        insert.addBindValue(codec.bind({ AnswerKind, u"answer"_s, place }, a.answer));
        if (!insert.exec())
            return Sql::error(insert.lastError(), what);
    }
    return {};
}

Result<qint64> ReflectionStore::create(
    Step step, ReflectionKind kind, const QList<ReflectionAnswer> &answers, bool complete)
{
    if (Status valid = Reflection::validate(answers); !valid)
        return valid.error();
    const QString what = tr("The reflection could not be saved.");
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status().error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    auto id = save.insert(Kind,
        u"INSERT INTO reflections (uid, step, kind, complete, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        { QUuid::createUuid().toString(QUuid::WithoutBraces), static_cast<int>(step),
            static_cast<int>(kind), complete ? 1 : 0, now, now });
    if (!id)
        return id.error();
    if (Status status = writeAnswers(*id, answers, what); !status)
        return status.error();
    if (Status status = save.commit(); !status)
        return status.error();
    return *id;
}

Status ReflectionStore::save(qint64 id, const QList<ReflectionAnswer> &answers, bool complete)
{
    if (Status valid = Reflection::validate(answers); !valid)
        return valid;
    const QString what = tr("Your reflection could not be saved.");
    RecordWrite::Save save(m_journal, what);
    if (!save.begun())
        return save.status();
    if (Status status = save.change(Kind, id, RecordChange::Updated,
            u"UPDATE reflections SET complete = ?, updated_at = ? WHERE id = ?"_s,
            { complete ? 1 : 0, m_journal.clock().now().toMSecsSinceEpoch(), id }, notFound());
        !status)
        return status;
    if (Status status = writeAnswers(id, answers, what); !status)
        return status;
    return save.commit();
}

Status ReflectionStore::remove(qint64 id)
{
    return RecordWrite::change(m_journal, Kind, id, RecordChange::Removed,
        u"DELETE FROM reflections WHERE id = ?"_s, { id },
        tr("The reflection could not be deleted."), notFound());
}

Result<Reflection> ReflectionStore::reflection(qint64 id) const
{
    const QString what = tr("The reflection could not be read.");
    auto q = Sql::run(m_journal.database(),
        u"SELECT id, step, kind, complete, created_at, updated_at, uid "
        "FROM reflections WHERE id = ?"_s,
        { id }, what);
    if (!q)
        return q.error();
    if (!q->next())
        return notFound();
    Reflection r;
    r.id = q->value(0).toLongLong();
    r.step = Steps::fromInt(q->value(1).toInt()).value_or(Step::Acknowledge);
    r.kind = q->value(2).toInt() == 2 ? ReflectionKind::ThoughtRecord : ReflectionKind::Guided;
    r.complete = q->value(3).toBool();
    r.created = instant(q->value(4));
    r.updated = instant(q->value(5));
    const QString uid = q->value(6).toString();
    auto answers = Sql::run(m_journal.database(),
        u"SELECT prompt_key, %1, %2, position FROM reflection_answers "
        "WHERE reflection_id = ? ORDER BY position"_s.arg(
            FieldCodec::textColumn(u"prompt_text"_s), FieldCodec::textColumn(u"answer"_s)),
        { id }, what);
    if (!answers)
        return answers.error();
    while (answers->next()) {
        FieldCodec::Row text(m_journal.fieldCodec(), AnswerKind, answerUid(uid, answers->value(3)));
        r.answers << ReflectionAnswer { answers->value(0).toString(),
            text.text(u"prompt_text"_s, answers->value(1)),
            text.text(u"answer"_s, answers->value(2)) };
        if (!text.ok())
            return text.error();
    }
    return r;
}

Result<ReflectionSummary> ReflectionStore::summary(qint64 id) const
{
    auto q = Sql::run(m_journal.database(), SummarySelect + u" WHERE r.id = ?"_s, { id },
        tr("The reflection could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound();
    return readSummary(m_journal.database(), m_journal.fieldCodec(), *q);
}

Result<QList<ReflectionSummary>> ReflectionStore::list(Step step) const
{
    return page(step, nullptr, -1);
}

Result<QList<ReflectionSummary>> ReflectionStore::page(
    Step step, const ReflectionSummary *after, int limit) const
{
    const QSqlDatabase &db = m_journal.database();
    const QString what = tr("The reflections could not be read.");
    // Older than `after` (the first page: older than any time), over reflections_by_step (step,
    // created_at DESC, id DESC).
    const int stepValue = static_cast<int>(step);
    const qint64 afterAt
        = after ? after->created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const qint64 afterId = after ? after->id : 0;
    const QString older = u" WHERE r.step = ? AND (r.created_at < ? OR (r.created_at = ? AND "
                          "r.id < ?))"_s;
    auto q
        = Sql::run(db, SummarySelect + older + u" ORDER BY r.created_at DESC, r.id DESC LIMIT ?"_s,
            { stepValue, afterAt, afterAt, afterId, limit }, what);
    if (!q)
        return q.error();
    QList<ReflectionSummary> result;
    QHash<qint64, qsizetype> rowOf;
    while (q->next()) {
        rowOf.insert(q->value(0).toLongLong(), result.size());
        result << summaryColumns(*q);
    }
    if (result.isEmpty())
        return result;
    // The answers of the page's reflections in one query (not one per reflection: thousands
    // of them in a step), in position order within each: the same range of the same index,
    // from the page's first reflection to its last.
    const ReflectionSummary &last = result.constLast();
    const qint64 lastAt = last.created.toMSecsSinceEpoch();
    auto answers = Sql::run(db,
        u"SELECT a.reflection_id, r.uid, a.position, %1 FROM reflections r "
        "JOIN reflection_answers a ON a.reflection_id = r.id%2"
        " AND (r.created_at > ? OR (r.created_at = ? AND r.id >= ?))"
        " ORDER BY r.created_at DESC, r.id DESC, a.position"_s.arg(
            FieldCodec::textColumn(u"a.answer"_s), older),
        { stepValue, afterAt, afterAt, afterId, lastAt, lastAt, last.id }, what);
    if (!answers)
        return answers.error();
    const FieldCodec &codec = m_journal.fieldCodec();
    while (answers->next()) {
        const auto row = rowOf.constFind(answers->value(0).toLongLong());
        if (row == rowOf.cend())
            continue; // a reflection written between the two reads: not in this list
        const auto answer = codec.read(
            { AnswerKind, u"answer"_s, answerUid(answers->value(1).toString(), answers->value(2)) },
            answers->value(3));
        if (!answer)
            return answer.error();
        countAnswer(result[*row], *answer);
    }
    return result;
}

Result<qint64> ReflectionStore::position(Step step, const ReflectionSummary &reflection) const
{
    return Sql::positionInStep(m_journal.database(), Kind, static_cast<int>(step),
        reflection.created, reflection.id, tr("The reflection could not be read."));
}

Result<std::optional<qint64>> ReflectionStore::latestDraft(Step step, ReflectionKind kind) const
{
    auto q = Sql::run(m_journal.database(),
        u"SELECT id FROM reflections WHERE step = ? AND kind = ? AND complete = 0 "
        "ORDER BY updated_at DESC, id DESC LIMIT 1"_s,
        { static_cast<int>(step), static_cast<int>(kind) },
        tr("The reflections could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<qint64> ReflectionStore::countComplete(
    std::optional<Step> step, std::optional<ReflectionKind> kind) const
{
    const QVariant stepValue
        = step ? QVariant(static_cast<int>(*step)) : QVariant(QMetaType(QMetaType::Int));
    const QVariant kindValue
        = kind ? QVariant(static_cast<int>(*kind)) : QVariant(QMetaType(QMetaType::Int));
    auto q = Sql::run(m_journal.database(),
        u"SELECT count(*) FROM reflections WHERE complete = 1 "
        "AND (? IS NULL OR step = ?) AND (? IS NULL OR kind = ?)"_s,
        { stepValue, stepValue, kindValue, kindValue },
        tr("The reflections could not be counted."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace Rekindle
