// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints start-up, tab, progress, backup, close and save figures on a generated journal
// (by default ten years: 36,500 entries and 100,000 other rows), beside the floors they are
// judged against, measured in the same run: an empty window with five tabs and an open SQLite
// file, and a bare one-row SQLite commit with the journal's pragmas on the same disk.
// A benchmark, not a test: it asserts nothing and is not run by ctest.
//   bench_journal [--days N] [--entries-per-day X] [--other N] [--saves N] [--cache DIR] [--json]

#include "BenchCommandLine.h"
#include "BenchData.h"
#include "BenchReport.h"
#include "models/BackgroundBackup.h"
#include "models/StepProgressModel.h"
#include "storage/EntryStore.h"
#include "storage/Journal.h"
#include "ui/JournalActions.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ProgressDialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>
#include <exception>
#include <memory>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return double(line.mid(6).trimmed().split(' ').constFirst().toLong()) / 1024.0;
    return -1;
}

/// Notes the first paint of any widget in a window.
class PaintWatch final : public QObject {
public:
    explicit PaintWatch(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }
    ~PaintWatch() override { qApp->removeEventFilter(this); }
    bool painted() const { return m_painted; }
    void reset() { m_painted = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (m_window && (widget == m_window || m_window->isAncestorOf(widget)))
                m_painted = true;
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
    bool m_painted = false;
};

/// Turns the event loop until `window` has painted and every event that was waiting has been
/// handled (a zero timer fires only then): "ready" as a person sees it.
void waitPaintedAndIdle(PaintWatch &watch)
{
    QElapsedTimer limit;
    limit.start();
    while (!watch.painted() && limit.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

/// The floor: a bare window with five tabs and an open SQLite file, from nothing to painted.
double emptyWindowMs(const QString &databasePath)
{
    QElapsedTimer timer;
    timer.start();
    const QString name = u"bench-floor-"_s + QUuid::createUuid().toString(QUuid::Id128);
    double result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.open();
        QSqlQuery(db).exec(u"SELECT count(*) FROM sqlite_schema"_s);
        auto window = std::make_unique<QMainWindow>();
        auto *tabs = new QTabWidget(window.get());
        for (int i = 1; i <= 5; ++i) {
            auto *page = new QWidget;
            auto *layout = new QVBoxLayout(page);
            layout->addWidget(new QLabel(u"Step %1"_s.arg(i), page));
            layout->addWidget(new QPlainTextEdit(page));
            tabs->addTab(page, u"Step %1"_s.arg(i));
        }
        window->setCentralWidget(tabs);
        window->resize(1000, 700);
        PaintWatch watch(window.get());
        window->show();
        waitPaintedAndIdle(watch);
        result = BenchReport::ms(timer);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QStringList dailyBackups(const QString &folder)
{
    return QDir(folder).entryList({ u"daily-*.sqlite3"_s }, QDir::Files);
}

void removeDailyBackups(const QString &folder)
{
    for (const QString &name : QDir(folder).entryList({ u"daily-*"_s }, QDir::Files))
        QFile::remove(folder + u'/' + name);
}

/// Turns the event loop until no backup of the window's runs.
void waitForBackup(MainWindow &window)
{
    const BackgroundBackup *backup = window.journalActions()->backgroundBackup();
    QElapsedTimer limit;
    limit.start();
    while (backup->isRunning() && limit.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 16);
}

/// The longest gap between two ticks of a 16 ms timer (a frame) while `until` is false.
struct Stall {
    double longestGapMs = 0;
    double elapsedMs = 0;
};
Stall watchStall(
    const std::function<void()> &start, const std::function<bool()> &until, int timeoutMs = 600000)
{
    Stall stall;
    QElapsedTimer clock;
    clock.start();
    double last = 0;
    QTimer frame;
    frame.setInterval(16);
    frame.setTimerType(Qt::PreciseTimer);
    QObject::connect(&frame, &QTimer::timeout, [&] {
        const double now = BenchReport::ms(clock);
        stall.longestGapMs = std::max(stall.longestGapMs, now - last);
        last = now;
    });
    frame.start();
    QTimer::singleShot(0, start);
    while (!until() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 16);
    stall.longestGapMs = std::max(stall.longestGapMs, BenchReport::ms(clock) - last);
    stall.elapsedMs = BenchReport::ms(clock);
    return stall;
}

/// The physical floor of a save: one UPDATE of one row in one transaction, with the journal's
/// pragmas, in a file beside the journal.
QList<double> bareCommits(const QString &folder, int count)
{
    const QString name = u"bench-bare-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QList<double> times;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(folder + u"/bare.sqlite3"_s);
        db.open();
        QSqlQuery q(db);
        for (const QString &pragma :
            { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                u"PRAGMA secure_delete = ON"_s, u"PRAGMA foreign_keys = ON"_s,
                u"CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)"_s,
                u"INSERT INTO t (id, body) VALUES (1, '')"_s })
            q.exec(pragma);
        QString body;
        for (int i = 0; i < count; ++i) {
            body += u"A few more words of a long evening entry. "_s;
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            QSqlQuery update(db);
            update.prepare(u"UPDATE t SET body = ? WHERE id = 1"_s);
            update.addBindValue(body);
            update.exec();
            db.commit();
            times << BenchReport::ms(timer);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return times;
}

} // namespace

static int runBenchmark(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    BenchCommandLine options(u"Start-up, tab, progress, backup, close and save figures."_s);
    options.addJsonOption();
    options.addSizeOptions();
    options.addNumber(u"saves"_s, u"Saves to time."_s, 200, 10);
    options.addText(u"cache"_s,
        u"Keep the generated journal in DIR and start from it when it is there (same sizes)."_s,
        u"DIR"_s);
    options.process(app);
    const bool json = options.json();
    const BenchData::Size size = options.size();
    const int saveCount = options.number(u"saves"_s);

    BenchReport report;
    QTemporaryDir dir;
    const QString backups = dir.path() + u'/' + Journal::BackupFolderName;
    const QString cached = options.isSet(u"cache"_s)
        ? QDir(options.text(u"cache"_s))
              .filePath(u"bench-%1-%2-%3.sqlite3"_s.arg(size.days)
                            .arg(size.entriesPerDay)
                            .arg(size.otherRows))
        : QString();
    if (!cached.isEmpty() && QFile::exists(cached)) {
        QFile::copy(cached, dir.filePath(Journal::DatabaseFileName));
        QFile::setPermissions(dir.filePath(Journal::DatabaseFileName),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    {
        auto journal = Journal::open(dir.path());
        QElapsedTimer timer;
        timer.start();
        if (!journal) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(journal.error().message));
            return 1;
        }
        const auto existing = (*journal)->entries().count();
        const bool generate = !existing || *existing == 0;
        if (generate && !BenchData::generate(**journal, size)) {
            std::fprintf(stderr, "could not generate the journal\n");
            return 1;
        }
        report.setContext(u"entries"_s, double(*(*journal)->entries().count()));
        report.setContext(u"other rows"_s, size.otherRows);
        if (generate)
            report.setContext(u"generated in ms"_s, double(timer.elapsed()));
    }
    if (!cached.isEmpty() && !QFile::exists(cached)) {
        QDir().mkpath(QFileInfo(cached).absolutePath());
        QFile::copy(dir.filePath(Journal::DatabaseFileName), cached);
    }
    report.setContext(u"file MiB"_s,
        double(QFileInfo(dir.filePath(Journal::DatabaseFileName)).size()) / 1048576.0);
    // Today's backup would run during the measurements: none is due while the window starts.
    removeDailyBackups(backups);

    // A first bare window loads the style, fonts and platform plugin, which both sides use.
    emptyWindowMs(dir.filePath(Journal::DatabaseFileName));
    const double floorBefore = emptyWindowMs(dir.filePath(Journal::DatabaseFileName));

    const double rssBefore = residentMiB();
    QElapsedTimer timer;
    timer.start();
    auto journal = Journal::open(dir.path());
    if (!journal) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(journal.error().message));
        return 1;
    }
    const double openMs = BenchReport::ms(timer);
    auto window = std::make_unique<MainWindow>(**journal);
    const double builtMs = BenchReport::ms(timer);
    PaintWatch watch(window.get());
    window->show();
    waitPaintedAndIdle(watch);
    const double readyMs = BenchReport::ms(timer);
    const double rssWindow = residentMiB();
    const double floorAfter = emptyWindowMs(dir.filePath(Journal::DatabaseFileName));
    const double floor = (floorBefore + floorAfter) / 2;
    report.add(u"empty window (floor)"_s, floor, u"ms"_s,
        u"five tabs and an open SQLite file; %1 and %2 ms"_s.arg(floorBefore, 0, 'f', 1)
            .arg(floorAfter, 0, 'f', 1));
    report.add(u"journal open"_s, openMs, u"ms"_s);
    report.add(u"window built"_s, builtMs - openMs, u"ms"_s);
    report.add(u"ready (open to painted and idle)"_s, readyMs, u"ms"_s);
    report.add(u"ready / floor"_s, floor > 0 ? readyMs / floor : 0, u"x"_s, u"target <= 2"_s);
    report.add(u"resident memory with the window"_s, rssWindow, u"MiB"_s,
        u"%1 MiB before the journal opened"_s.arg(rssBefore, 0, 'f', 1));

    // Tab switches: each step once, then back to the first.
    auto *tabs = window->findChild<QTabWidget *>(u"stepTabs"_s);
    QList<double> switches;
    for (int i : { 1, 2, 3, 4, 0, 1, 2, 3, 4, 0 }) {
        watch.reset();
        timer.restart();
        tabs->setCurrentIndex(i);
        waitPaintedAndIdle(watch);
        switches << BenchReport::ms(timer);
    }
    report.add(u"tab switch, first visit (worst)"_s,
        *std::max_element(switches.cbegin(), switches.cbegin() + 5), u"ms"_s);
    report.add(u"tab switch, later (worst)"_s,
        *std::max_element(switches.cbegin() + 5, switches.cend()), u"ms"_s);

    // The Progress dialog, then over the whole journal.
    {
        watch.reset();
        timer.restart();
        window->findChild<QAction *>(u"actionProgress"_s)->trigger();
        auto *dialog = window->findChild<ProgressDialog *>();
        PaintWatch dialogWatch(dialog);
        waitPaintedAndIdle(dialogWatch);
        report.add(u"progress dialog open"_s, BenchReport::ms(timer), u"ms"_s);
        dialogWatch.reset();
        timer.restart();
        dialog->setRange(TrendRange::All);
        waitPaintedAndIdle(dialogWatch);
        report.add(u"progress dialog, range All"_s, BenchReport::ms(timer), u"ms"_s);
        delete dialog;
    }
    // The dialog opened over the whole journal: the period set before it first shows.
    if (auto *progress = window->findChild<StepProgressModel *>()) {
        timer.restart();
        ProgressDialog dialog(**journal, progress, window.get());
        dialog.setRange(TrendRange::All);
        PaintWatch dialogWatch(&dialog);
        dialog.show();
        waitPaintedAndIdle(dialogWatch);
        report.add(u"progress dialog opened over All"_s, BenchReport::ms(timer), u"ms"_s,
            u"target <= 150"_s);
    }
    report.add(u"resident memory after tabs and progress"_s, residentMiB(), u"MiB"_s);

    // The daily backup while a 16 ms timer ticks: the longest gap is the window's stall. The
    // window's own daily backup may have started meanwhile: it is let finish (removing its
    // partial file under it would only make it fail), and this one starts from none.
    waitForBackup(*window);
    removeDailyBackups(backups);
    const Stall stall = watchStall([&window] { window->journalActions()->runDailyBackup(); },
        [&backups] { return !dailyBackups(backups).isEmpty(); });
    report.add(u"daily backup"_s, stall.elapsedMs, u"ms"_s);
    report.add(u"GUI stall during the backup"_s, stall.longestGapMs, u"ms"_s,
        u"longest gap of a 16 ms timer; target <= 50"_s);

    // Saves: the autosave path (one UPDATE in one transaction, fsync'd), and the bare floor.
    EntryStore &store = (*journal)->entries();
    auto id = store.create(Step::Acknowledge, { u"bench"_s, u"start"_s, {} });
    QList<double> saves;
    QString body;
    for (int i = 0; i < saveCount && id; ++i) {
        body += u"A few more words of a long evening entry. "_s;
        QElapsedTimer save;
        save.start();
        if (!store.update(*id, { u"bench"_s, body, 5 }))
            return 1;
        saves << BenchReport::ms(save);
    }
    const QList<double> bare = bareCommits(dir.path(), saveCount);
    report.add(u"save, median"_s, BenchReport::median(saves), u"ms"_s,
        u"p95 %1, worst %2"_s.arg(BenchReport::quantile(saves, 0.95), 0, 'f', 2)
            .arg(BenchReport::quantile(saves, 1.0), 0, 'f', 2));
    report.add(u"bare one-row commit, median"_s, BenchReport::median(bare), u"ms"_s,
        u"same pragmas, same disk; p95 %1"_s.arg(BenchReport::quantile(bare, 0.95), 0, 'f', 2));
    report.add(u"save / bare commit"_s,
        BenchReport::median(bare) > 0 ? BenchReport::median(saves) / BenchReport::median(bare) : 0,
        u"x"_s, u"target <= 1.2"_s);

    // Closing while the daily backup runs: from the close request to the window gone.
    waitForBackup(*window);
    removeDailyBackups(backups);
    double closeMs = 0;
    {
        // Timed from when the close was asked for: a backup that holds the event loop delays
        // the request itself.
        constexpr int CloseAfterMs = 50;
        QElapsedTimer since;
        since.start();
        bool closed = false;
        QTimer::singleShot(
            0, window.get(), [&window] { window->journalActions()->runDailyBackup(); });
        QTimer::singleShot(CloseAfterMs, [&] {
            window->close();
            window.reset();
            closeMs = BenchReport::ms(since) - CloseAfterMs;
            closed = true;
        });
        QElapsedTimer limit;
        limit.start();
        while (!closed && limit.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 16);
    }
    report.add(u"close during the backup"_s, closeMs, u"ms"_s, u"target <= 200"_s);
    report.add(u"backups counted after that close"_s, double(dailyBackups(backups).size()), u""_s,
        u"a cancelled backup never counts"_s);
    report.print(json);
    return 0;
}

int main(int argc, char *argv[])
{
    return BenchReport::runMain(runBenchmark, argc, argv);
}
