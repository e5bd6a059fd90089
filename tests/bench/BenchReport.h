// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Rekindle {

/// The figures a benchmark run measured, printed as an aligned table or as one JSON document
/// (`--json`, for scripts that compare runs).
class BenchReport {
public:
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
