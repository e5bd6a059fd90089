// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustStore.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordWrite.h"
#include "StoreRows.h"
#include "StoreUtil.h"

#include <QCoreApplication>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString FeelingKind = u"feelings_shared"_s;
    const QString CommitmentKind = u"commitments"_s;
    const QString IssueKind = u"issues"_s;
    const QString FeelingColumns = u"SELECT id, day, %1, %2, uid FROM feelings_shared"_s.arg(
        FieldCodec::textColumn(u"what"_s), FieldCodec::textColumn(u"received"_s));
    const QString CommitmentColumns
        = u"SELECT id, %1, made_on, due_on, status, settled_on, %2, uid FROM commitments"_s.arg(
            FieldCodec::textColumn(u"promise"_s), FieldCodec::textColumn(u"note"_s));
    const QString IssueColumns
        = u"SELECT id, raised_by, raised_on, %1, status, %2, uid FROM issues"_s.arg(
            FieldCodec::textColumn(u"what"_s), FieldCodec::textColumn(u"agreement"_s));

    Result<SharedFeeling> readFeeling(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, FeelingKind, q.value(4).toString());
        SharedFeeling f { q.value(0).toLongLong(), StoreUtil::day(q.value(1)),
            text.text(u"what"_s, q.value(2)), text.text(u"received"_s, q.value(3)) };
        if (!text.ok())
            return text.error();
        return f;
    }

    Result<Commitment> readCommitment(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, CommitmentKind, q.value(7).toString());
        Commitment c;
        c.id = q.value(0).toLongLong();
        c.promise = text.text(u"promise"_s, q.value(1));
        c.madeOn = StoreUtil::day(q.value(2));
        c.dueOn = StoreUtil::day(q.value(3));
        c.status = TrustRules::commitmentStatusFromInt(q.value(4).toInt())
                       .value_or(CommitmentStatus::Open);
        c.settledOn = StoreUtil::day(q.value(5));
        c.note = text.text(u"note"_s, q.value(6));
        if (!text.ok())
            return text.error();
        return c;
    }

    Result<Issue> readIssue(const FieldCodec &codec, const QSqlQuery &q)
    {
        FieldCodec::Row text(codec, IssueKind, q.value(6).toString());
        Issue i;
        i.id = q.value(0).toLongLong();
        i.raisedBy = TrustRules::raisedByFromInt(q.value(1).toInt()).value_or(RaisedBy::Me);
        i.raisedOn = StoreUtil::day(q.value(2));
        i.what = text.text(u"what"_s, q.value(3));
        i.status = TrustRules::issueStatusFromInt(q.value(4).toInt()).value_or(IssueStatus::Open);
        i.agreement = text.text(u"agreement"_s, q.value(5));
        if (!text.ok())
            return text.error();
        return i;
    }

    Error notFound()
    {
        return Error { QCoreApplication::translate(
            "Rekindle::TrustStore", "This record is no longer in the journal.") };
    }

    template<typename T, typename Reader>
    Result<QList<T>> readAll(const Journal &journal, const QString &sql, Reader reader,
        std::initializer_list<QVariant> bindings = {})
    {
        auto query = Sql::run(journal.database(), sql, bindings,
            QCoreApplication::translate("Rekindle::TrustStore", "The records could not be read."));
        return StoreRows::all<T>(std::move(query), journal.fieldCodec(), reader);
    }

    template<typename T, typename Reader>
    Result<T> readOne(const Journal &journal, const QString &sql, qint64 id, Reader reader)
    {
        auto query = Sql::run(journal.database(), sql, { id },
            QCoreApplication::translate("Rekindle::TrustStore", "The record could not be read."));
        return StoreRows::one<T>(std::move(query), journal.fieldCodec(), reader, notFound());
    }

} // namespace

TrustStore::TrustStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> TrustStore::addFeeling(const SharedFeeling &feeling)
{
    if (Status valid = feeling.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    const QString uid = StoreUtil::newUid();
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::insert(m_journal, FeelingKind,
        u"INSERT INTO feelings_shared (uid, day, what, received, "
        "created_at, updated_at) VALUES (?, ?, %1, coalesce(%1, ''), ?, ?)"_s.arg(
            FieldCodec::TextParam),
        { uid, StoreUtil::dayText(feeling.day),
            codec.bind({ FeelingKind, u"what"_s, uid }, feeling.what.trimmed()),
            codec.bind({ FeelingKind, u"received"_s, uid }, feeling.received.trimmed()), now, now },
        QCoreApplication::translate("Rekindle::TrustStore", "What you shared could not be saved."));
}

Status TrustStore::updateFeeling(const SharedFeeling &feeling)
{
    if (Status valid = feeling.validate(m_journal.clock().today()); !valid)
        return valid;
    const QString what
        = QCoreApplication::translate("Rekindle::TrustStore", "Your changes could not be saved.");
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::update(
        m_journal, FeelingKind, feeling.id,
        u"UPDATE feelings_shared SET day = ?, what = %1, received = coalesce(%1, ''), "
        "updated_at = ? WHERE id = ?"_s.arg(FieldCodec::TextParam),
        [&](const QString &uid) -> QVariantList {
            return { StoreUtil::dayText(feeling.day),
                codec.bind({ FeelingKind, u"what"_s, uid }, feeling.what.trimmed()),
                codec.bind({ FeelingKind, u"received"_s, uid }, feeling.received.trimmed()),
                m_journal.clock().now().toMSecsSinceEpoch(), feeling.id };
        },
        what, notFound());
}

Result<SharedFeeling> TrustStore::feeling(qint64 id) const
{
    return readOne<SharedFeeling>(m_journal, FeelingColumns + u" WHERE id = ?"_s, id, readFeeling);
}

Result<QList<SharedFeeling>> TrustStore::feelings() const
{
    return readAll<SharedFeeling>(
        m_journal, FeelingColumns + u" ORDER BY day DESC, id DESC"_s, readFeeling);
}

void TrustStore::settle(Commitment &commitment) const
{
    if (commitment.status == CommitmentStatus::Open)
        commitment.settledOn = {};
    else if (!commitment.settledOn.isValid())
        commitment.settledOn = m_journal.clock().today();
}

Result<qint64> TrustStore::addCommitment(Commitment commitment)
{
    settle(commitment);
    if (Status valid = commitment.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    const QString uid = StoreUtil::newUid();
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::insert(m_journal, CommitmentKind,
        u"INSERT INTO commitments (uid, promise, made_on, due_on, status, settled_on, note, "
        "created_at, updated_at) VALUES (?, %1, ?, ?, ?, ?, coalesce(%1, ''), ?, ?)"_s.arg(
            FieldCodec::TextParam),
        { uid, codec.bind({ CommitmentKind, u"promise"_s, uid }, commitment.promise.trimmed()),
            StoreUtil::dayText(commitment.madeOn), RecordWrite::optionalDay(commitment.dueOn),
            int(commitment.status), RecordWrite::optionalDay(commitment.settledOn),
            codec.bind({ CommitmentKind, u"note"_s, uid }, commitment.note.trimmed()), now, now },
        QCoreApplication::translate("Rekindle::TrustStore", "The commitment could not be saved."));
}

Status TrustStore::updateCommitment(Commitment commitment)
{
    // A status change settles it today; the same status keeps the day it was settled.
    if (auto stored = this->commitment(commitment.id);
        stored && stored->status != commitment.status)
        commitment.settledOn = {};
    settle(commitment);
    if (Status valid = commitment.validate(m_journal.clock().today()); !valid)
        return valid;
    const QString what = QCoreApplication::translate(
        "Rekindle::TrustStore", "Your changes to the commitment could not be saved.");
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::update(
        m_journal, CommitmentKind, commitment.id,
        u"UPDATE commitments SET promise = %1, made_on = ?, due_on = ?, status = ?, "
        "settled_on = ?, note = coalesce(%1, ''), updated_at = ? WHERE id = ?"_s.arg(
            FieldCodec::TextParam),
        [&](const QString &uid) -> QVariantList {
            return { codec.bind(
                         { CommitmentKind, u"promise"_s, uid }, commitment.promise.trimmed()),
                StoreUtil::dayText(commitment.madeOn), RecordWrite::optionalDay(commitment.dueOn),
                int(commitment.status), RecordWrite::optionalDay(commitment.settledOn),
                codec.bind({ CommitmentKind, u"note"_s, uid }, commitment.note.trimmed()),
                m_journal.clock().now().toMSecsSinceEpoch(), commitment.id };
        },
        what, notFound());
}

Result<Commitment> TrustStore::commitment(qint64 id) const
{
    return readOne<Commitment>(
        m_journal, CommitmentColumns + u" WHERE id = ?"_s, id, readCommitment);
}

Result<QList<Commitment>> TrustStore::commitments() const
{
    return readAll<Commitment>(
        m_journal, CommitmentColumns + u" ORDER BY made_on DESC, id DESC"_s, readCommitment);
}

Result<QList<Commitment>> TrustStore::openOrSettledSince(QDate firstSettled) const
{
    return readAll<Commitment>(m_journal,
        CommitmentColumns
            + u" WHERE status = ? OR (status IN (?, ?) AND settled_on >= ?) "
              "ORDER BY made_on DESC, id DESC"_s,
        readCommitment,
        { int(CommitmentStatus::Open), int(CommitmentStatus::Kept), int(CommitmentStatus::Broken),
            StoreUtil::dayText(firstSettled) });
}

Result<qint64> TrustStore::addIssue(const Issue &issue)
{
    if (Status valid = issue.validate(m_journal.clock().today()); !valid)
        return valid.error();
    const qint64 now = m_journal.clock().now().toMSecsSinceEpoch();
    const QString uid = StoreUtil::newUid();
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::insert(m_journal, IssueKind,
        u"INSERT INTO issues (uid, raised_by, raised_on, what, status, agreement, created_at, "
        "updated_at) VALUES (?, ?, ?, %1, ?, coalesce(%1, ''), ?, ?)"_s.arg(FieldCodec::TextParam),
        { uid, int(issue.raisedBy), StoreUtil::dayText(issue.raisedOn),
            codec.bind({ IssueKind, u"what"_s, uid }, issue.what.trimmed()), int(issue.status),
            codec.bind({ IssueKind, u"agreement"_s, uid }, issue.agreement.trimmed()), now, now },
        QCoreApplication::translate("Rekindle::TrustStore", "The issue could not be saved."));
}

Status TrustStore::updateIssue(const Issue &issue)
{
    if (Status valid = issue.validate(m_journal.clock().today()); !valid)
        return valid;
    const QString what = QCoreApplication::translate(
        "Rekindle::TrustStore", "Your changes to the issue could not be saved.");
    const FieldCodec &codec = m_journal.fieldCodec();
    return RecordWrite::update(
        m_journal, IssueKind, issue.id,
        u"UPDATE issues SET raised_by = ?, raised_on = ?, what = %1, status = ?, "
        "agreement = coalesce(%1, ''), updated_at = ? WHERE id = ?"_s.arg(FieldCodec::TextParam),
        [&](const QString &uid) -> QVariantList {
            return { int(issue.raisedBy), StoreUtil::dayText(issue.raisedOn),
                codec.bind({ IssueKind, u"what"_s, uid }, issue.what.trimmed()), int(issue.status),
                codec.bind({ IssueKind, u"agreement"_s, uid }, issue.agreement.trimmed()),
                m_journal.clock().now().toMSecsSinceEpoch(), issue.id };
        },
        what, notFound());
}

Result<Issue> TrustStore::issue(qint64 id) const
{
    return readOne<Issue>(m_journal, IssueColumns + u" WHERE id = ?"_s, id, readIssue);
}

Result<QList<Issue>> TrustStore::issues() const
{
    return readAll<Issue>(
        m_journal, IssueColumns + u" ORDER BY raised_on DESC, id DESC"_s, readIssue);
}

Result<QList<Issue>> TrustStore::unresolvedIssues() const
{
    return readAll<Issue>(m_journal,
        IssueColumns + u" WHERE status IN (?, ?) ORDER BY raised_on DESC, id DESC"_s, readIssue,
        { int(IssueStatus::Open), int(IssueStatus::WorkingOnIt) });
}

Status TrustStore::remove(Kind kind, qint64 id)
{
    const QString table = kind == Kind::Feeling ? FeelingKind
        : kind == Kind::Commitment              ? CommitmentKind
                                                : IssueKind;
    return RecordWrite::change(m_journal, table, id, RecordChange::Removed,
        u"DELETE FROM %1 WHERE id = ?"_s.arg(table), { id },
        QCoreApplication::translate("Rekindle::TrustStore", "The record could not be removed."),
        notFound());
}

} // namespace Rekindle
