// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <exception>

using namespace Qt::StringLiterals;

namespace Rekindle {

double BenchReport::ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double BenchReport::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double BenchReport::quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(q * double(values.size() - 1)));
}

int BenchReport::runMain(int (*run)(int, char **), int argc, char **argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "%s: %s\n", argv[0], error.what());
        return 1;
    }
}

void BenchReport::setContext(const QString &key, const QJsonValue &value)
{
    m_context.insert(key, value);
}

void BenchReport::add(const QString &name, double value, const QString &unit, const QString &note)
{
    m_figures.append({ name, value, unit, note });
}

void BenchReport::print(bool json) const
{
    if (json) {
        QJsonArray figures;
        for (const Figure &f : m_figures)
            figures.append(QJsonObject { { u"name"_s, f.name }, { u"value"_s, f.value },
                { u"unit"_s, f.unit }, { u"note"_s, f.note } });
        const QJsonObject root { { u"run"_s, m_context }, { u"figures"_s, figures } };
        std::printf("%s\n", QJsonDocument(root).toJson(QJsonDocument::Indented).constData());
        return;
    }
    for (auto it = m_context.constBegin(); it != m_context.constEnd(); ++it)
        std::printf("%s: %s\n", qUtf8Printable(it.key()),
            qUtf8Printable(it->isString() ? it->toString() : QString::number(it->toDouble())));
    qsizetype width = 0;
    for (const Figure &f : m_figures)
        width = std::max(width, f.name.size());
    std::printf("\n%-*s %12s  %-5s %s\n", int(width), "figure", "value", "unit", "note");
    for (const Figure &f : m_figures)
        std::printf("%-*s %12.2f  %-5s %s\n", int(width), qUtf8Printable(f.name), f.value,
            qUtf8Printable(f.unit), qUtf8Printable(f.note));
}

} // namespace Rekindle
