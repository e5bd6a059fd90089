// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class QElapsedTimer;

namespace Rekindle {

/// The figures a benchmark run measured, printed as an aligned table or as one JSON document
/// (`--json`, for scripts that compare runs), and the statistics every benchmark takes of its
/// timings (the same definitions everywhere, so that runs of different benchmarks compare).
class BenchReport {
public:
    /// The time since `timer` was (re)started, in milliseconds.
    static double ms(const QElapsedTimer &timer);
    /// The middle value (the upper one of an even count); 0 for none.
    static double median(QList<double> values);
    /// The value at fraction `q` (0 to 1) of the sorted values, rounded down; 0 for none.
    static double quantile(QList<double> values, double q);
    /// Runs a benchmark's `run(argc, argv)` as its main(): reading a Result that holds an error
    /// throws (std::bad_variant_access), which then fails the run with its message rather than
    /// terminating without a word.
    static int runMain(int (*run)(int, char **), int argc, char **argv);

    /// Describes the run (journal size, machine...): printed above the table, "run" in JSON.
    void setContext(const QString &key, const QJsonValue &value);
    void add(const QString &name, double value, const QString &unit, const QString &note = {});
    void print(bool json) const;

private:
    struct Figure {
        QString name;
        double value;
        QString unit;
        QString note;
    };
    QJsonObject m_context;
    QList<Figure> m_figures;
};

} // namespace Rekindle
