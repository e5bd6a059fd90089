// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StepProgressModel.h"
#include "storage/DemoJournal.h"
#include "storage/MilestoneStore.h"
#include "storage/MoodStore.h"
#include "storage/SpaceStore.h"
#include "storage/TrustStore.h"
#include "support/TempJournal.h"
#include "ui/Appearance.h"
#include "ui/charts/GoalAdherenceChart.h"
#include "ui/charts/MoodChart.h"
#include "ui/charts/ProgressChart.h"
#include "ui/charts/SpaceChart.h"
#include "ui/dialogs/ProgressDialog.h"
#include "ui/widgets/StepProgressIndicator.h"

#include <QAbstractButton>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// Every chart read, as scrolling to each would: the dialog reads only those in view.
void loadEvery(const ProgressDialog &dialog)
{
    for (ProgressChart *chart : dialog.charts())
        chart->load();
}

} // namespace

class tst_ProgressDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoJournalFillsEveryChart()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), {}));
        // The demo's contacts thin out over time: one a few days ago, so that the last 30 days
        // have one too.
        ContactEvent contact;
        contact.occurredAt = journal.clock().now().addDays(-3);
        contact.response = ContactResponse::Warm;
        QVERIFY(journal->space().logContact(contact));
        // A commitment kept yesterday and a milestone planned ahead, whatever the demo's dice.
        const QDate today = journal.clock().today();
        Commitment promise;
        promise.promise = u"call on Sunday"_s;
        promise.madeOn = today.addDays(-4);
        promise.status = CommitmentStatus::Kept;
        promise.settledOn = today.addDays(-1);
        QVERIFY(journal->trust().addCommitment(promise));
        Milestone next;
        next.title = u"a weekend away"_s;
        next.plannedOn = today.addDays(5);
        QVERIFY(journal->milestones().add(next));
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        loadEvery(dialog);
        QCOMPARE(dialog.charts().size(), 7);
        const QStringList names
            = { u"moodChart"_s, u"writingChart"_s, u"spaceChart"_s, u"goalAdherenceChart"_s,
                  u"contactResponseChart"_s, u"commitmentsChart"_s, u"milestoneChart"_s };
        for (const QString &name : names)
            QVERIFY2(dialog.findChild<ProgressChart *>(name), qPrintable(name));
        const QList<TrendRange> ranges
            = { TrendRange::Days30, TrendRange::Days90, TrendRange::Year, TrendRange::All };
        for (const TrendRange range : ranges) {
            dialog.setRange(range);
            loadEvery(dialog);
            for (ProgressChart *chart : dialog.charts()) {
                QVERIFY2(!chart->isEmpty(), qPrintable(chart->objectName()));
                QVERIFY(chart->pointCount() > 0);
                QVERIFY(chart->view()->isVisible());
                QVERIFY(!chart->findChild<QLabel *>(u"chartEmptyState"_s)->isVisible());
                const QDate yesterday = journal.clock().today().addDays(-1);
                QVERIFY(!chart->tooltipAt(QDateTime(yesterday, QTime(12, 0)).toMSecsSinceEpoch())
                             .isEmpty());
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
        QVERIFY(
            !dialog.charts().first()->exportPng(dir.filePath(u"no/such/folder/x.png"_s), &error));
        QVERIFY(!error.isEmpty());

        // The dark palette: charts restyle and still export.
        dialog.setPalette(Appearance::darkPalette());
        dialog.setRange(TrendRange::Year);
        loadEvery(dialog);
        for (ProgressChart *chart : dialog.charts()) {
            QVERIFY(!chart->isEmpty());
            QVERIFY(chart->exportPng(dir.filePath(chart->objectName() + u"-dark.png"_s)));
        }
    }

    void goalSelectorNarrowsTheAdherenceChart()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), {}));
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.setRange(TrendRange::All);
        loadEvery(dialog);
        auto *chart = dialog.findChild<GoalAdherenceChart *>(u"goalAdherenceChart"_s);
        QVERIFY(chart);
        auto *combo = chart->findChild<QComboBox *>(u"goalCombo"_s);
        QVERIFY(combo);
        QVERIFY(combo->count() > 2);
        QVERIFY(!combo->accessibleName().isEmpty());
        const double allPlanned = chart->series().planned;
        combo->setCurrentIndex(1);
        QVERIFY(chart->series().goalId.has_value());
        QVERIFY(!chart->isEmpty());
        QVERIFY(chart->series().planned < allPlanned);
        // The choice survives a change of period.
        dialog.setRange(TrendRange::Year);
        loadEvery(dialog);
        QCOMPARE(combo->currentIndex(), 1);
        QVERIFY(chart->series().goalId.has_value());

        // Space: the chart's last day agrees with the current stretch.
        auto *space = dialog.findChild<SpaceChart *>(u"spaceChart"_s);
        QVERIFY(space);
        QVERIFY(space->series().days.constLast().length >= 0);
        QVERIFY(space->series().urges > 0);

        // How progress is worked out: hidden until asked for.
        auto *help = dialog.findChild<QLabel *>(u"progressHelp"_s);
        QVERIFY(help);
        QVERIFY(help->text().contains(u"Days of space"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        loadEvery(dialog);
        QVERIFY(!help->isVisible());
        dialog.findChild<QAbstractButton *>(u"progressHelpButton"_s)->click();
        QVERIFY(help->isVisible());
    }

    void yearsOfMoodsAreDrawnWeekByWeek()
    {
        // Two years of daily moods are drawn as weeks (each week's mood and the 4-week
        // average); a month keeps a dot per day and the 7-day average. The data is read once
        // the dialog first shows.
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 730, 1.0, 3 }));
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        auto *mood = dialog.findChild<MoodChart *>(u"moodChart"_s);
        QVERIFY(mood);
        QCOMPARE(mood->pointCount(), 0);
        const auto names = [mood] {
            QStringList found;
            for (QAbstractSeries *s : mood->findChild<QChartView *>()->chart()->series())
                found << s->name();
            return found;
        };
        dialog.setRange(TrendRange::All);
        loadEvery(dialog);
        QVERIFY(mood->series().weekly);
        QVERIFY(mood->pointCount() > 52 && mood->pointCount() <= 730 / 7 + 2);
        QCOMPARE(names(), QStringList({ u"Weekly mood"_s, u"4-week average"_s }));
        for (const MoodPoint &p : mood->series().points)
            QCOMPARE(TrendSeries::weekStart(p.day), p.day);
        // The first week's dot is on the axis, though its week starts before the first day.
        const auto axes = mood->findChild<QChartView *>()->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        const auto *axis = qobject_cast<QDateTimeAxis *>(axes.constFirst());
        QVERIFY(axis);
        QVERIFY(axis->min().date() <= mood->series().points.constFirst().day);
        mood->setTableShown(true);
        QCOMPARE(mood->tableView()->model()->rowCount(), mood->pointCount());
        QCOMPARE(mood->tableView()->model()->headerData(2, Qt::Horizontal).toString(),
            u"4-week average"_s);
        mood->setTableShown(false);

        dialog.setRange(TrendRange::Days30);
        loadEvery(dialog);
        QVERIFY(!mood->series().weekly);
        QVERIFY(mood->pointCount() > 0 && mood->pointCount() <= 31);
        QCOMPARE(names(), QStringList({ u"Daily mood"_s, u"7-day average"_s }));
    }

    void emptyJournalShowsEveryEmptyState()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        loadEvery(dialog);
        for (const TrendRange range : { TrendRange::Days30, TrendRange::All }) {
            dialog.setRange(range);
            loadEvery(dialog);
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

    void everyChartReadsAsATable()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), {}));
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        loadEvery(dialog);
        dialog.setRange(TrendRange::Year);
        loadEvery(dialog);
        for (ProgressChart *chart : dialog.charts()) {
            const QString name = chart->objectName();
            auto *toggle = chart->findChild<QPushButton *>(u"chartTableToggle"_s);
            QVERIFY2(toggle && toggle->isEnabled(), qPrintable(name));
            QVERIFY(!toggle->accessibleName().contains(u'&'));
            // Kept empty until someone asks for it.
            QCOMPARE(chart->tableView()->model()->rowCount(), 0);
            QTest::mouseClick(toggle, Qt::LeftButton);
            QVERIFY(chart->isTableShown());
            QVERIFY2(chart->tableView()->isVisible(), qPrintable(name));
            QVERIFY(!chart->view()->isVisible());
            QVERIFY(!chart->isEmpty());
            const QAbstractItemModel *model = chart->tableView()->model();
            // One row per data point the chart draws, every cell of the first column filled.
            QCOMPARE(model->rowCount(), chart->pointCount());
            const ProgressChart::Table table = chart->table();
            QCOMPARE(model->columnCount(), int(table.columns.size()));
            for (int column = 0; column < model->columnCount(); ++column)
                QCOMPARE(
                    model->headerData(column, Qt::Horizontal).toString(), table.columns.at(column));
            for (int row = 0; row < model->rowCount(); ++row)
                QVERIFY(!model->index(row, 0).data().toString().isEmpty());
            QVERIFY(chart->tableView()->accessibleName().startsWith(chart->title()));
            // The table follows a reload, then the chart comes back.
            dialog.setRange(TrendRange::Days30);
            loadEvery(dialog);
            QCOMPARE(model->rowCount(), chart->pointCount());
            dialog.setRange(TrendRange::Year);
            loadEvery(dialog);
            QTest::mouseClick(toggle, Qt::LeftButton);
            QVERIFY(!chart->isTableShown());
            QVERIFY(chart->view()->isVisible());
        }
    }

    void aTableHoldsTheChartsValues()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->moods().add(7, {}, {}));
        QVERIFY(journal->moods().add(4, {}, {}));
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.show(); // the charts read their data when the dialog first shows
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        loadEvery(dialog);
        auto *mood = dialog.findChild<ProgressChart *>(u"moodChart"_s);
        QVERIFY(mood);
        mood->setTableShown(true);
        const QAbstractItemModel *model = mood->tableView()->model();
        QCOMPARE(model->rowCount(), 1);
        const QLocale locale;
        QCOMPARE(model->index(0, 0).data().toString(),
            locale.toString(journal.clock().today(), QLocale::ShortFormat));
        QCOMPARE(model->index(0, 1).data().toString(), locale.toString(5.5, 'f', 1));
        // An empty chart has no table to show.
        auto *writing = dialog.findChild<ProgressChart *>(u"writingChart"_s);
        QVERIFY(writing->isEmpty());
        QVERIFY(!writing->findChild<QPushButton *>(u"chartTableToggle"_s)->isEnabled());
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
        auto *contacts = dialog.findChild<ProgressChart *>(u"contactResponseChart"_s);
        QVERIFY(contacts);
        combo->setCurrentIndex(0);
        loadEvery(dialog);
        const int month = contacts->pointCount();
        combo->setCurrentIndex(3);
        loadEvery(dialog);
        const int all = contacts->pointCount();
        QVERIFY2(all > month, qPrintable(u"%1 %2"_s.arg(all).arg(month)));
    }

    void openedOverAPeriodReadsOnlyTheChartsInView()
    {
        // As the window opens it: its own size, the period chosen before it shows.
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 120, 1.0, 3 }));
        StepProgressModel progress(journal.journal());
        QWidget window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProgressDialog dialog(journal.journal(), &progress, &window);
        dialog.setRange(TrendRange::All);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *scroll = dialog.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(dialog.charts().constFirst()->isLoaded());
        int loaded = 0;
        for (const ProgressChart *chart : dialog.charts()) {
            const QRect area(chart->mapTo(scroll->viewport(), QPoint(0, 0)), chart->size());
            QVERIFY2(chart->isLoaded() == area.intersects(scroll->viewport()->rect()),
                qPrintable(chart->title()));
            loaded += chart->isLoaded() ? 1 : 0;
        }
        QVERIFY(loaded < dialog.charts().size());
    }

    void chartsReadAsTheyComeIntoView()
    {
        // Only the charts in view read their data; the others when they scroll into view, when
        // their table is shown or when they are exported. A new period waits the same way.
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), { 120, 1.0, 3 }));
        StepProgressModel progress(journal.journal());
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.resize(700, 500);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *scroll = dialog.findChild<QScrollArea *>();
        QVERIFY(scroll);
        const auto inView = [scroll](const ProgressChart *chart) {
            const QRect area(chart->mapTo(scroll->viewport(), QPoint(0, 0)), chart->size());
            return area.intersects(scroll->viewport()->rect());
        };
        const QList<ProgressChart *> charts = dialog.charts();
        const auto checkLoadedAreInView = [&] {
            for (const ProgressChart *chart : charts)
                if (inView(chart) && !chart->isLoaded())
                    return false;
            return true;
        };
        QTRY_VERIFY(checkLoadedAreInView());
        // And only those: the layout placing the charts as the dialog opens loads no other
        // chart (each starts at the top before it is moved to its place).
        for (const ProgressChart *chart : charts)
            QVERIFY2(chart->isLoaded() == inView(chart), qPrintable(chart->title()));
        ProgressChart *last = charts.constLast();
        QVERIFY(!inView(last));
        QVERIFY(!last->isLoaded());
        QVERIFY(charts.constFirst()->isLoaded());

        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(inView(last));
        QVERIFY(last->isLoaded());
        QVERIFY(!last->isEmpty());
        QTRY_VERIFY(checkLoadedAreInView());

        // Back at the top, a new period: the charts out of view wait for it.
        scroll->verticalScrollBar()->setValue(0);
        dialog.setRange(TrendRange::All);
        QVERIFY(charts.constFirst()->isLoaded());
        QVERIFY(!last->isLoaded());
        // Reading the chart as a table needs no scrolling.
        last->setTableShown(true);
        QVERIFY(last->isLoaded());
        QCOMPARE(last->tableView()->model()->rowCount(), last->pointCount());
        ProgressChart *beforeLast = charts.at(charts.size() - 2);
        if (!inView(beforeLast)) {
            QVERIFY(!beforeLast->isLoaded());
            QTemporaryDir dir;
            QVERIFY(beforeLast->exportPng(dir.filePath(u"chart.png"_s)));
            QVERIFY(beforeLast->isLoaded());
        }
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
        const qint64 model = timer.restart();
        ProgressDialog dialog(journal.journal(), &progress);
        const qint64 build = timer.restart();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        loadEvery(dialog);
        QCoreApplication::processEvents();
        const qint64 shown = timer.restart();
        dialog.setRange(TrendRange::All);
        loadEvery(dialog);
        QCoreApplication::processEvents();
        dialog.grab(); // paints every chart once
        const qint64 all = timer.restart();
        qInfo("progress dialog on ten years: step progress %lld ms, build %lld ms, "
              "show (reads 90 days) %lld ms, switch to all time and paint %lld ms",
            model, build, shown, all);
    }

    void aChartWhoseReadFailsSaysSo()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        StepProgressModel progress(journal.journal());
        QSqlQuery query(journal->database());
        QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(query.exec(u"DROP TABLE milestones"_s));
        ProgressDialog dialog(journal.journal(), &progress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        loadEvery(dialog);
        auto *broken = dialog.findChild<ProgressChart *>(u"milestoneChart"_s);
        QVERIFY(broken);
        QVERIFY(broken->isEmpty());
        QVERIFY(!broken->readError().isEmpty());
        const auto *note = broken->findChild<QLabel *>(u"chartEmptyState"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(broken->readError()), qPrintable(note->text()));
        QVERIFY(!note->text().contains(u"yet"_s));
        // The other charts read fine: their usual "nothing yet" note, no error.
        auto *mood = dialog.findChild<ProgressChart *>(u"moodChart"_s);
        QVERIFY(mood->isEmpty());
        QVERIFY(mood->readError().isEmpty());
        QVERIFY(mood->findChild<QLabel *>(u"chartEmptyState"_s)->text().contains(u"yet"_s));
    }
};

QTEST_MAIN(tst_ProgressDialog)
#include "tst_progressdialog.moc"
