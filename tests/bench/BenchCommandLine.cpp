// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchCommandLine.h"

#include <QCoreApplication>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Rekindle {

namespace {
    const QString Days = u"days"_s;
    const QString EntriesPerDay = u"entries-per-day"_s;
    const QString Other = u"other"_s;
    const QString Json = u"json"_s;

    [[noreturn]] void refuse(const QString &message)
    {
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QCoreApplication::applicationName()),
            qUtf8Printable(message));
        std::exit(2);
    }
} // namespace

BenchCommandLine::BenchCommandLine(const QString &description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void BenchCommandLine::addJsonOption()
{
    m_parser.addOption({ Json, u"Print the figures as one JSON document."_s });
    m_offersJson = true;
}

void BenchCommandLine::addSizeOptions(const BenchData::Size &defaults)
{
    m_defaults = defaults;
    add({ Days, u"Days of history."_s, u"N"_s, QString::number(defaults.days) }, { Days, 1, true });
    add({ EntriesPerDay, u"Journal entries a day, on average."_s, u"X"_s,
            QString::number(defaults.entriesPerDay) },
        { EntriesPerDay, 0, false });
    add({ Other, u"Other rows: check-ins, moods, urges, contacts, reflections..."_s, u"N"_s,
            QString::number(defaults.otherRows) },
        { Other, 0, true });
}

void BenchCommandLine::addNumber(
    const QString &name, const QString &description, int defaultValue, int minimum)
{
    add({ name, description, u"N"_s, QString::number(defaultValue) },
        { name, double(minimum), true });
}

void BenchCommandLine::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption({ name, description });
}

void BenchCommandLine::addText(
    const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption({ name, description, valueName });
}

void BenchCommandLine::add(const QCommandLineOption &option, const Range &range)
{
    // --help shows what a run without the option measures.
    QCommandLineOption shown = option;
    shown.setDescription(
        u"%1 Default: %2."_s.arg(option.description(), option.defaultValues().value(0)));
    m_parser.addOption(shown);
    m_ranges.append(range);
}

void BenchCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
    if (!m_parser.positionalArguments().isEmpty())
        refuse(u"unexpected argument \"%1\" (see --help)"_s.arg(
            m_parser.positionalArguments().constFirst()));
    for (const Range &range : std::as_const(m_ranges)) {
        const QString value = m_parser.value(range.name);
        bool ok = false;
        const double number = range.whole ? double(value.toInt(&ok)) : value.toDouble(&ok);
        // "nan" and "inf" read as numbers too: a size must be a finite one.
        if (!ok || !std::isfinite(number) || number < range.minimum)
            refuse(u"--%1 takes %2 of at least %3, not \"%4\""_s.arg(range.name,
                range.whole ? u"a whole number"_s : u"a number"_s, QString::number(range.minimum),
                value));
    }
}

BenchData::Size BenchCommandLine::size() const
{
    BenchData::Size size = m_defaults;
    size.days = number(Days);
    size.entriesPerDay = decimal(EntriesPerDay);
    size.otherRows = number(Other);
    return size;
}

bool BenchCommandLine::json() const
{
    return m_offersJson && m_parser.isSet(Json);
}

int BenchCommandLine::number(const QString &name) const
{
    return m_parser.value(name).toInt();
}

double BenchCommandLine::decimal(const QString &name) const
{
    return m_parser.value(name).toDouble();
}

} // namespace Rekindle
