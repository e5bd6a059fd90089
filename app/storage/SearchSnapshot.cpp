// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchSnapshot.h"

#include "BackupFile.h"
#include "RecordKinds.h"
#include "core/Translation.h"
#include "crypto/ValueSealer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef REKINDLE_HAVE_SQLITE3
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace Rekindle::SearchSnapshot {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::SearchSnapshot", text);
    }

    const QByteArray Magic = QByteArrayLiteral("RKSI");
    constexpr qsizetype HeaderSize = 8;
    const QString Kind = u"search_snapshot"_s;
    const QString Field = u"index"_s;

    QByteArray header()
    {
        QByteArray bytes = Magic;
        bytes.append(char(FormatVersion));
        bytes.append(3, '\0');
        return bytes;
    }

    /// The kinds whose rows make the index: the searchable ones and their parts.
    QList<const RecordKind *> indexedKinds()
    {
        QList<const RecordKind *> kinds;
        for (const RecordKind &kind : RecordKinds::all()) {
            const RecordKind *searched = kind.parent() ? kind.parent() : &kind;
            if (searched->isSearchable())
                kinds << &kind;
        }
        return kinds;
    }

} // namespace

QString pathIn(const QString &directory)
{
    return QDir(directory).filePath(FileName);
}

Result<QByteArray> stateOf(sqlite3 *handle)
{
    const QString failed = tr("The search index could not be saved.");
#ifdef REKINDLE_HAVE_SQLITE3
    if (!handle)
        return Error { failed, u"no SQLite handle"_s };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(header());
    for (const QString &statement : RecordKinds::searchTableStatements())
        hash.addData(statement.toUtf8());
    for (const RecordKind *kind : indexedKinds()) {
        hash.addData(kind->table.toUtf8());
        // In the order of the key, which every kind has (a part's table has no rowid).
        const QByteArray sql
            = u"SELECT * FROM main.\"%1\" ORDER BY %2"_s.arg(kind->table, kind->key.join(u", "_s))
                  .toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(statement);
            return Error { failed, QString::fromUtf8(sqlite3_errmsg(handle)) };
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(statement);
            for (int i = 0; i < columns; ++i) {
                // The type, the length and the bytes: no two rows hash alike by shifting a
                // byte from one value to the next.
                const char type = char(sqlite3_column_type(statement, i));
                const auto *bytes = static_cast<const char *>(sqlite3_column_blob(statement, i));
                const qint64 size = sqlite3_column_bytes(statement, i);
                hash.addData(QByteArrayView(&type, 1));
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
                if (bytes && size > 0)
                    hash.addData(QByteArrayView(bytes, qsizetype(size)));
            }
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return Error { failed, QString::fromUtf8(sqlite3_errstr(rc)) };
    }
    return hash.result().toHex();
#else
    Q_UNUSED(handle);
    return Error { failed, u"no SQLite API"_s };
#endif
}

Status write(
    const QString &path, const ValueSealer &sealer, const QByteArray &state, QByteArrayView image)
{
    const QString failed = tr("The search index could not be saved.");
    const Result<QByteArray> sealed = sealer.seal(Kind, Field, QString::fromLatin1(state), image);
    if (!sealed)
        return sealed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { failed, file.errorString() };
    // Before a byte is written: the temporary file is the person's only as ciphertext, but
    // nobody else needs to read even that.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(header()) != HeaderSize || file.write(*sealed) != sealed->size()) {
        file.cancelWriting();
        return Error { failed, file.errorString() };
    }
    // QSaveFile syncs the temporary file before it renames it.
    if (!file.commit())
        return Error { failed, file.errorString() };
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    BackupFile::syncFolder(QFileInfo(path).absolutePath());
    return {};
}

Result<QByteArray> read(const QString &path, const ValueSealer &sealer, const QByteArray &state)
{
    const QString unusable = tr("The saved search index cannot be used; it is built again.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { unusable, file.errorString() };
    const QByteArray bytes = file.readAll();
    if (bytes.size() <= HeaderSize || !bytes.startsWith(Magic))
        return Error { unusable, u"not a snapshot"_s };
    if (quint8(bytes.at(4)) != FormatVersion)
        return Error { unusable, u"snapshot format %1"_s.arg(quint8(bytes.at(4))) };
    return sealer.open(
        Kind, Field, QString::fromLatin1(state), QByteArrayView(bytes).sliced(HeaderSize));
}

bool remove(const QString &path)
{
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace Rekindle::SearchSnapshot
