// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/LocalDays.h"

#include <QDateTime>
#include <QTest>

using namespace Rekindle;

class tst_LocalDays : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInstantLandsOnTheDayQtGives_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("Berlin, daylight saving") << QByteArray("Europe/Berlin");
        QTest::newRow("Kolkata, +05:30") << QByteArray("Asia/Kolkata");
        QTest::newRow("Chatham, +12:45/+13:45") << QByteArray("Pacific/Chatham");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Lord Howe, half-hour daylight saving") << QByteArray("Australia/Lord_Howe");
    }

    void everyInstantLandsOnTheDayQtGives()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        // Two years around a change of the clocks, and the days before 1970.
        for (const QDate from : { QDate(2025, 1, 1), QDate(1969, 11, 1) }) {
            const QDate to = from.addYears(from.year() < 1970 ? 0 : 2).addMonths(3);
            const qint64 fromMs = from.startOfDay(tz).toMSecsSinceEpoch();
            const qint64 toMs = to.startOfDay(tz).toMSecsSinceEpoch();
            LocalDays days(tz, from, fromMs, toMs);
            // Every 37 minutes, so that every time of day comes by, and each change of offset.
            for (qint64 ms = fromMs; ms < toMs; ms += qint64(37) * 60 * 1000) {
                const QDate expected
                    = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(tz).date();
                QCOMPARE(from.addDays(days.indexOf(ms)), expected);
            }
        }
        // Right at each change of offset, its last instant before, and a span that starts on
        // a change or in the middle of a day (as step 3's readiness asks, a day early).
        const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), tz);
        const auto changes = tz.transitions(from, from.addYears(2));
        for (const auto &change : changes) {
            const qint64 at = change.atUtc.toMSecsSinceEpoch();
            for (const qint64 start : { at, at - qint64(5) * 60 * 60 * 1000 - 1 }) {
                const QDate first
                    = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()).toTimeZone(tz).date();
                LocalDays days(tz, first, start, at + qint64(3) * 24 * 60 * 60 * 1000);
                for (const qint64 ms : { start, at - 1, at, at + 1 }) {
                    if (ms < start)
                        continue;
                    const QDate expected = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                                               .toTimeZone(tz)
                                               .date();
                    QCOMPARE(first.addDays(days.indexOf(ms)), expected);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_LocalDays)
#include "tst_localdays.moc"
