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
    constexpr int IdSize = 16;
    /// The journal's id, its index's generation, the stamp and the declaration's SHA-256.
    constexpr qsizetype StateSize = IdSize + 8 + IdSize + 32;
    constexpr qsizetype HeaderSize = 8 + StateSize;
    const QString Kind = u"search_snapshot"_s;
    const QString Field = u"index"_s;

    QByteArray header(const QByteArray &state)
    {
        QByteArray bytes = Magic;
        bytes.append(char(FormatVersion));
        bytes.append(3, '\0');
        bytes.append(state);
        return bytes;
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
    // One row that migration 13's triggers rewrite with every write to an indexed table, in
    // that write's transaction: no need to read the rows themselves.
    static const char sql[]
        = "SELECT journal, generation, stamp FROM main.index_state WHERE id = 1";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error { failed, QString::fromUtf8(sqlite3_errmsg(handle)) };
    }
    QByteArray state;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW && sqlite3_column_bytes(statement, 0) == IdSize
        && sqlite3_column_bytes(statement, 2) == IdSize) {
        state.append(static_cast<const char *>(sqlite3_column_blob(statement, 0)), IdSize);
        const quint64 generation = quint64(sqlite3_column_int64(statement, 1));
        for (int shift = 56; shift >= 0; shift -= 8)
            state.append(char(generation >> shift));
        state.append(static_cast<const char *>(sqlite3_column_blob(statement, 2)), IdSize);
    }
    const QString problem = rc == SQLITE_ROW ? u"no generation of the index"_s
                                             : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_finalize(statement);
    if (state.isEmpty())
        return Error { failed, problem };
    // The index's declaration: a snapshot of a table declared otherwise is not this index.
    QCryptographicHash declaration(QCryptographicHash::Sha256);
    for (const QString &create : RecordKinds::searchTableStatements())
        declaration.addData(create.toUtf8());
    state.append(declaration.result());
    Q_ASSERT(state.size() == StateSize);
    return state;
#else
    Q_UNUSED(handle);
    return Error { failed, u"no SQLite API"_s };
#endif
}

Status write(const QString &path, const ValueSealer &sealer, const QByteArray &state,
    QByteArrayView image, const std::atomic_bool *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const QString failed = tr("The search index could not be saved.");
    if (state.size() != StateSize)
        return Error { failed, u"not a state of the index"_s };
    const Result<QByteArray> sealed
        = sealer.seal(Kind, Field, QString::fromLatin1(state.toHex()), image);
    if (!sealed)
        return sealed.error();
    if (cancelled())
        return Error { failed, u"cancelled"_s };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { failed, file.errorString() };
    // Before a byte is written: the temporary file is the person's only as ciphertext, but
    // nobody else needs to read even that.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(header(state)) != HeaderSize || file.write(*sealed) != sealed->size()) {
        file.cancelWriting();
        return Error { failed, file.errorString() };
    }
    if (cancelled()) {
        file.cancelWriting();
        return Error { failed, u"cancelled"_s };
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
    // Told apart before anything is opened; the state is also what the seal is bound to, so
    // a header changed to match is refused all the same.
    const QByteArrayView stored = QByteArrayView(bytes).sliced(8, StateSize);
    if (stored.first(IdSize) != QByteArrayView(state).first(IdSize))
        return Error { unusable, u"another journal's snapshot"_s };
    if (stored != QByteArrayView(state))
        return Error { unusable, u"a stale snapshot"_s };
    return sealer.open(
        Kind, Field, QString::fromLatin1(state.toHex()), QByteArrayView(bytes).sliced(HeaderSize));
}

bool remove(const QString &path)
{
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace Rekindle::SearchSnapshot
