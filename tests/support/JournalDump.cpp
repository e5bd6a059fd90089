// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalDump.h"

#include "storage/Journal.h"
#include "storage/JournalConnection.h"
#include "storage/RecordKinds.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Rekindle::Test {

QStringList dumpContent(const Journal &journal)
{
    QStringList lines;
    for (const RecordKind &kind : RecordKinds::all()) {
        QStringList columns;
        for (const RecordField &field : kind.fields) {
            if (field.type == RecordField::Type::Reference)
                columns << u"(SELECT uid FROM %1 WHERE id = t.%2)"_s.arg(
                    RecordKinds::find(field.references)->table, field.name);
            else
                columns << u"quote(t.%1)"_s.arg(field.name);
        }
        // Sorted by the dumped values: parts (reflection answers) have no uid to order by.
        QSqlQuery query(journal.database());
        if (!query.exec(u"SELECT %1 FROM %2 AS t"_s.arg(columns.join(u", "_s), kind.table))) {
            lines << kind.name + u": cannot be read"_s;
            continue;
        }
        QStringList kindLines;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < kind.fields.size(); ++i)
                values << kind.fields.at(i).name + u'=' + query.value(i).toString();
            kindLines << kind.name + u": "_s + values.join(u" | "_s);
        }
        kindLines.sort();
        lines << kindLines;
    }
    QSqlQuery settings(journal.database());
    settings.exec(u"SELECT key, value FROM journal_settings ORDER BY key"_s);
    while (settings.next())
        lines << u"setting: "_s + settings.value(0).toString() + u'='
                + settings.value(1).toString();
    return lines;
}

QByteArray fileHash(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace Rekindle::Test
