// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StepProgressModel.h"
#include "storage/DemoJournal.h"
#include "support/TempJournal.h"
#include "ui/charts/ProgressChart.h"
#include "ui/dialogs/ProgressDialog.h"
#include "ui/widgets/StepProgressIndicator.h"

#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_ProgressDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoJournalFillsEveryChart()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), {}));
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.charts().size() >= 2);
        const QList<TrendRange> ranges = { TrendRange::Days30, TrendRange::Days90, TrendRange::Year,
                                           TrendRange::All };
        for (const TrendRange range : ranges) {
            dialog.setRange(range);
            for (ProgressChart *chart : dialog.charts()) {
                QVERIFY2(!chart->isEmpty(), qPrintable(chart->objectName()));
                QVERIFY(chart->pointCount() > 0);
                QVERIFY(chart->view()->isVisible());
                QVERIFY(!chart->findChild<QLabel *>(u"chartEmptyState"_s)->isVisible());
                const QDate yesterday = journal.clock().today().addDays(-1);
                QVERIFY(!chart->tooltipAt(QDateTime(yesterday, QTime(12, 0)).toMSecsSinceEpoch()).isEmpty());
            }
        }
        const auto indicators = dialog.findChildren<StepProgressIndicator *>();
        QCOMPARE(indicators.size(), 5);
        for (const auto *indicator : indicators) {
            QVERIFY(indicator->percent() > 0);
            QVERIFY(!indicator->explanation().isEmpty());
        }

        QTemporaryDir dir;
        for (ProgressChart *chart : dialog.charts()) {
            const QString path = dir.filePath(chart->objectName() + u".png"_s);
            QVERIFY(chart->exportPng(path));
            const QImage image(path);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 100);
        }
        QString error;
        QVERIFY(!dialog.charts().first()->exportPng(dir.filePath(u"no/such/folder/x.png"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void emptyJournalShowsEveryEmptyState()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const TrendRange range : { TrendRange::Days30, TrendRange::All }) {
            dialog.setRange(range);
            for (ProgressChart *chart : dialog.charts()) {
                QVERIFY(chart->isEmpty());
                QCOMPARE(chart->pointCount(), 0);
                auto *empty = chart->findChild<QLabel *>(u"chartEmptyState"_s);
                QVERIFY(empty->isVisible());
                QVERIFY(!empty->text().isEmpty());
            }
        }
        for (const auto *indicator : dialog.findChildren<StepProgressIndicator *>())
            QCOMPARE(indicator->percent(), 0);
    }

    void rangeComboDrivesTheCharts()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 400, 1.0, 3 }));
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        auto *combo = dialog.findChild<QComboBox *>(u"rangeCombo"_s);
        QCOMPARE(dialog.range(), TrendRange::Days90);
        combo->setCurrentIndex(0);
        const int month = dialog.charts().constLast()->pointCount();
        combo->setCurrentIndex(3);
        const int all = dialog.charts().constLast()->pointCount();
        QVERIFY2(all > month, qPrintable(u"%1 %2"_s.arg(all).arg(month)));
    }

    void tenYearsOpenQuickly()
    {
        // Measured, not asserted.
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 3650, 10.0, 11 }));
        QElapsedTimer timer;
        timer.start();
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        const qint64 build = timer.elapsed();
        dialog.setRange(TrendRange::All);
        const qint64 all = timer.elapsed() - build;
        qInfo("progress dialog on ten years: open %lld ms (90 days), switch to all time %lld ms",
              build, all);
    }
};

QTEST_MAIN(tst_ProgressDialog)
#include "tst_progressdialog.moc"
