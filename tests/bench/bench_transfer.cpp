// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints the time, CPU time and peak memory of export (JSON, CSV, Markdown) and of importing
// the JSON export into a new journal, on a generated journal (by default ten years: 36,500
// entries and 100,000 other rows; with --large also 365,000 entries). Every case runs in a
// fresh process of its own, so that its peak resident memory (getrusage ru_maxrss) is its own
// and nothing else's.
// A benchmark, not a test: it asserts nothing and is not run by ctest.
//   bench_transfer [--days N] [--entries-per-day X] [--other N] [--large] [--json] [--keep DIR]

#include "BenchCommandLine.h"
#include "BenchData.h"
#include "BenchReport.h"
#include "export/Exporter.h"
#include "storage/Journal.h"
#include "storage/JournalImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <sys/resource.h>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

double peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kibibytes on Linux
}

/// CPU time of this process so far, user and system: on a shared machine the wall time also
/// counts the other processes that ran meanwhile.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms
        = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

/// One case, in this (child) process: prints {"ms", "peakMiB"} or an error on stderr.
int runCase(const QString &name, const QString &journalDir, const QString &file)
{
    auto journal = Journal::open(journalDir);
    if (!journal) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(journal.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMs();
    Status status;
    if (name == u"import"_s) {
        auto summary = JournalImport(**journal).importFile(file, ImportMode::Replace);
        status = summary ? Status {} : Status { summary.error() };
    } else {
        const auto format = Exporter::formatFromName(name);
        status = format ? Exporter::write(**journal, *format, file)
                        : Status { Error { u"no such case: %1"_s.arg(name) } };
    }
    const double elapsed = BenchReport::ms(timer);
    const double cpu = cpuMs() - cpuBefore;
    if (!status) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(status.error().message));
        return 1;
    }
    const QJsonObject figures { { u"ms"_s, elapsed }, { u"cpuMs"_s, cpu },
        { u"peakMiB"_s, peakMiB() } };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

/// Runs one case in a fresh process and adds its figures to `report`.
bool measure(BenchReport &report, const QString &label, const QString &name,
    const QString &journalDir, const QString &file)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { u"--case"_s, name, u"--journal"_s, journalDir, u"--file"_s, file });
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qUtf8Printable(label));
        return false;
    }
    const QJsonObject figures = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(QFileInfo(file).path()).entryInfoList(QDir::Files))
        if (info.fileName().startsWith(QFileInfo(file).completeBaseName()))
            bytes += info.size();
    const QString size = u"%1 MB of files"_s.arg(double(bytes) / 1e6, 0, 'f', 1);
    report.add(label + u" time"_s, figures.value(u"ms"_s).toDouble(), u"ms"_s, size);
    report.add(label + u" CPU time"_s, figures.value(u"cpuMs"_s).toDouble(), u"ms"_s,
        u"user and system, of its own process"_s);
    report.add(label + u" peak memory"_s, figures.value(u"peakMiB"_s).toDouble(), u"MiB"_s,
        u"ru_maxrss of its own process"_s);
    return true;
}

/// Generates a journal of `size`, exports it in every format and imports the JSON back.
bool runSize(
    BenchReport &report, const QString &tag, const BenchData::Size &size, const QString &keep)
{
    QTemporaryDir temporary;
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    const QString source = dir.filePath(u"source"_s);
    {
        auto journal = Journal::open(source);
        if (!journal) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(journal.error().message));
            return false;
        }
        if (Status s = BenchData::generate(**journal, size); !s) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(s.error().message));
            return false;
        }
    }
    const QString json = dir.filePath(u"out/journal.json"_s);
    QDir().mkpath(dir.filePath(u"out"_s));
    QDir().mkpath(dir.filePath(u"csv"_s));
    QDir().mkpath(dir.filePath(u"md"_s));
    return measure(report, tag + u" export JSON"_s, u"json"_s, source, json)
        && measure(
            report, tag + u" export CSV"_s, u"csv"_s, source, dir.filePath(u"csv/journal.csv"_s))
        && measure(report, tag + u" export Markdown"_s, u"markdown"_s, source,
            dir.filePath(u"md/journal.md"_s))
        && measure(report, tag + u" import JSON"_s, u"import"_s, dir.filePath(u"target"_s), json);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchCommandLine options(u"Export and import: time, CPU time and peak memory."_s);
    options.addJsonOption();
    options.addSizeOptions();
    options.addFlag(u"large"_s, u"Also 365,000 entries."_s);
    options.addText(
        u"keep"_s, u"Leave the journal and the files in DIR (empty) to look at."_s, u"DIR"_s);
    // How the benchmark starts each case in a process of its own.
    options.addText(u"case"_s, u"Internal: run one case."_s, u"NAME"_s);
    options.addText(u"journal"_s, u"Internal."_s, u"DIR"_s);
    options.addText(u"file"_s, u"Internal."_s, u"PATH"_s);
    options.process(app);
    if (options.isSet(u"case"_s))
        return runCase(
            options.text(u"case"_s), options.text(u"journal"_s), options.text(u"file"_s));

    const BenchData::Size size = options.size();
    BenchReport report;
    report.setContext(u"entries"_s, qint64(size.days * size.entriesPerDay));
    report.setContext(u"otherRows"_s, size.otherRows);
    report.setContext(u"cores"_s, QThread::idealThreadCount());
    bool ok = runSize(report, u"%1 entries:"_s.arg(qint64(size.days * size.entriesPerDay)), size,
        options.text(u"keep"_s));
    if (ok && options.isSet(u"large"_s)) {
        BenchData::Size big = size;
        big.entriesPerDay = 100.0;
        ok = runSize(report, u"%1 entries:"_s.arg(qint64(big.days * big.entriesPerDay)), big,
            options.isSet(u"keep"_s) ? options.text(u"keep"_s) + u"/large"_s : QString());
    }
    report.print(options.json());
    return ok ? 0 : 1;
}
