// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Meetup.h"
#include "core/Trust.h"

#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

Commitment settled(CommitmentStatus status, QDate on)
{
    Commitment c;
    c.promise = u"Call on Sunday"_s;
    c.madeOn = on.addDays(-3);
    c.status = status;
    c.settledOn = on;
    return c;
}

} // namespace

/// Kept ratio, trust summary and validation of the records of step 4 (and meet-ups of step 3).
class tst_TrustRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keptRatio_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QList<int>>("keptAgo"); // days before today each kept one was settled
        QTest::addColumn<QList<int>>("brokenAgo");
        QTest::addColumn<int>("kept30");
        QTest::addColumn<int>("broken30");
        QTest::addColumn<int>("kept90");
        QTest::addColumn<int>("broken90");
        const QDate mid(2026, 6, 15);
        QTest::newRow("none") << mid << QList<int>() << QList<int>() << 0 << 0 << 0 << 0;
        QTest::newRow("window edges")
            << mid << QList<int> { 0, 29, 30, 89, 90 } << QList<int> { 1 } << 2 << 1 << 4 << 1;
        QTest::newRow("year end") << QDate(2027, 1, 1) << QList<int> { 1, 40 } << QList<int> { 31 }
                                  << 1 << 0 << 2 << 1;
        QTest::newRow("future ignored")
            << mid << QList<int> { -1 } << QList<int>() << 0 << 0 << 0 << 0;
    }
    void keptRatio()
    {
        QFETCH(QDate, today);
        QFETCH(QList<int>, keptAgo);
        QFETCH(QList<int>, brokenAgo);
        QFETCH(int, kept30);
        QFETCH(int, broken30);
        QFETCH(int, kept90);
        QFETCH(int, broken90);
        QList<Commitment> list;
        for (int ago : keptAgo)
            list << settled(CommitmentStatus::Kept, today.addDays(-ago));
        for (int ago : brokenAgo)
            list << settled(CommitmentStatus::Broken, today.addDays(-ago));
        Commitment open;
        open.status = CommitmentStatus::Open;
        list << open;
        const KeptRatio r30 = TrustRules::keptRatio(list, today, 30);
        const KeptRatio r90 = TrustRules::keptRatio(list, today, 90);
        QCOMPARE(r30.kept, kept30);
        QCOMPARE(r30.broken, broken30);
        QCOMPARE(r90.kept, kept90);
        QCOMPARE(r90.broken, broken90);
        QCOMPARE(r30.ratio().has_value(), kept30 + broken30 > 0);
    }

    void summary()
    {
        const QDate today(2026, 3, 31);
        QList<Commitment> commitments;
        Commitment overdue;
        overdue.promise = u"Return the book"_s;
        overdue.madeOn = today.addDays(-10);
        overdue.dueOn = today.addDays(-1);
        Commitment dueToday = overdue;
        dueToday.dueOn = today;
        commitments << overdue << dueToday << settled(CommitmentStatus::Kept, today);
        QList<Issue> issues(3);
        issues[0].status = IssueStatus::Open;
        issues[1].status = IssueStatus::WorkingOnIt;
        issues[2].status = IssueStatus::Resolved;
        const TrustSummary s = TrustRules::summarize(commitments, issues, today);
        QCOMPARE(s.overdueCommitments, 1);
        QCOMPARE(s.openCommitments, 2);
        QCOMPARE(s.openIssues, 2);
        QCOMPARE(s.last30.ratio().value(), 1.0);
    }

    void commitmentValidation_data()
    {
        QTest::addColumn<QString>("promise");
        QTest::addColumn<QDate>("made");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("valid");
        const QDate today(2026, 3, 14);
        QTest::newRow("ok") << u"Be on time"_s << today << QDate() << true;
        QTest::newRow("due later") << u"Be on time"_s << today << today.addDays(7) << true;
        QTest::newRow("empty") << u"  "_s << today << QDate() << false;
        QTest::newRow("made in future") << u"x"_s << today.addDays(1) << QDate() << false;
        QTest::newRow("due before made") << u"x"_s << today << today.addDays(-1) << false;
        QTest::newRow("no day") << u"x"_s << QDate() << QDate() << false;
    }
    void commitmentValidation()
    {
        QFETCH(QString, promise);
        QFETCH(QDate, made);
        QFETCH(QDate, due);
        QFETCH(bool, valid);
        Commitment c;
        c.promise = promise;
        c.madeOn = made;
        c.dueOn = due;
        const Status s = c.validate(QDate(2026, 3, 14));
        QCOMPARE(bool(s), valid);
        if (!valid)
            QVERIFY(!s.error().message.isEmpty());
    }

    void otherValidation()
    {
        const QDate today(2026, 3, 14);
        Issue issue;
        issue.raisedOn = today;
        QVERIFY(!issue.validate(today));
        issue.what = u"Jealousy"_s;
        QVERIFY(issue.validate(today));
        issue.raisedOn = today.addDays(1);
        QVERIFY(!issue.validate(today));

        SharedFeeling feeling;
        feeling.day = today;
        QVERIFY(!feeling.validate(today));
        feeling.what = u"That I felt nervous"_s;
        QVERIFY(feeling.validate(today));

        Meetup meetup;
        meetup.day = today.addDays(3);
        QVERIFY(meetup.validate(today));
        meetup.outcome = MeetupOutcome::WentWell;
        QVERIFY(!meetup.validate(today)); // cannot have gone well before it happened
        meetup.day = today;
        QVERIFY(meetup.validate(today));
        meetup.day = QDate();
        QVERIFY(!meetup.validate(today));
    }

    void enumRoundTrips()
    {
        for (auto s : TrustRules::commitmentStatuses())
            QCOMPARE(TrustRules::commitmentStatusFromInt(int(s)), s);
        for (auto s : TrustRules::issueStatuses())
            QCOMPARE(TrustRules::issueStatusFromInt(int(s)), s);
        for (auto s : TrustRules::raisedByValues())
            QVERIFY(!TrustRules::raisedByName(s).isEmpty());
        QVERIFY(!TrustRules::commitmentStatusFromInt(3));
        QVERIFY(!TrustRules::issueStatusFromInt(-1));
        QVERIFY(!Meetups::kindFromInt(5));
    }
};

QTEST_GUILESS_MAIN(tst_TrustRules)
#include "tst_trustrules.moc"
