// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchData.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

class QCoreApplication;

namespace Rekindle {

/// The command line of every benchmark (QCommandLineParser): --help; --json where it prints a
/// BenchReport; where it generates a journal, its size (--days, --entries-per-day, --other)
/// with that benchmark's defaults. Numbers are checked: a value that is not a number in range ends
/// the run with a message (exit code 2) rather than silently measuring a journal of another size.
class BenchCommandLine {
public:
    explicit BenchCommandLine(const QString &description);

    /// Offers --json (BenchReport::print).
    void addJsonOption();
    /// Offers the journal's size, defaulting to `defaults` (its seed stays as given).
    void addSizeOptions(const BenchData::Size &defaults = {});
    /// A whole number of at least `minimum`.
    void addNumber(
        const QString &name, const QString &description, int defaultValue, int minimum = 1);
    /// An option without a value.
    void addFlag(const QString &name, const QString &description);
    /// An option with a text value (a folder, a file, a name).
    void addText(const QString &name, const QString &description, const QString &valueName);

    /// Parses the application's arguments and checks every number (exits on an error or --help).
    void process(const QCoreApplication &app);

    BenchData::Size size() const;
    /// Whether to print the figures as one JSON document (--json).
    bool json() const;
    int number(const QString &name) const;
    double decimal(const QString &name) const;
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString text(const QString &name) const { return m_parser.value(name); }

private:
    struct Range {
        QString name;
        double minimum;
        bool whole;
    };
    void add(const QCommandLineOption &option, const Range &range);

    QCommandLineParser m_parser;
    QList<Range> m_ranges;
    BenchData::Size m_defaults;
    bool m_offersJson = false;
};

} // namespace Rekindle
