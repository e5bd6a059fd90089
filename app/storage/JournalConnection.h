// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Rekindle {

/// The journal's SQLite connection, as Journal::database() hands it to the stores.
///
/// Storage-internal: Journal.h only declares this type, so a caller can use the connection only
/// by including this header, and only app/storage includes it (the layering test refuses it
/// anywhere else in app/; tests may, to look at the file behind a store). It converts to the
/// QSqlDatabase the stores pass to Sql::run and QSqlQuery, which keeps their code as it was.
class JournalConnection {
public:
    // By const reference: Qt 6.4's QSqlDatabase has no move constructor, so a copy it is.
    explicit JournalConnection(const QSqlDatabase &database)
        : m_database(database)
    {
    }

    // Implicit on purpose: the stores hand the connection straight to Qt Sql.
    operator QSqlDatabase() const { return m_database; }

private:
    QSqlDatabase m_database;
};

} // namespace Rekindle
