// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "core/Translation.h"
#include "storage/EncryptedExport.h"
#include "storage/RecordKinds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Rekindle::Exporter {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::Exporter", text);
    }

    constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    Error cannotWrite(const QString &filePath, const QString &why)
    {
        return Error { tr("The export could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(filePath), why) };
    }

    /// Writes several files; all are committed only when every one was written.
    class FileSet {
    public:
        Status add(const QString &filePath, const QByteArray &bytes)
        {
            auto file = std::make_unique<QSaveFile>(filePath);
            if (!file->open(QIODevice::WriteOnly))
                return cannotWrite(filePath, file->errorString());
            file->setPermissions(OwnerOnly); // the text is private
            if (file->write(bytes) != bytes.size())
                return cannotWrite(filePath, file->errorString());
            m_files.push_back(std::move(file));
            return {};
        }
        QSaveFile *open(const QString &filePath, Status &status)
        {
            auto file = std::make_unique<QSaveFile>(filePath);
            if (!file->open(QIODevice::WriteOnly)) {
                status = cannotWrite(filePath, file->errorString());
                return nullptr;
            }
            file->setPermissions(OwnerOnly);
            m_files.push_back(std::move(file));
            return m_files.back().get();
        }
        Status commit()
        {
            for (const auto &file : m_files)
                if (!file->commit())
                    return cannotWrite(file->fileName(), file->errorString());
            return {};
        }

    private:
        std::vector<std::unique_ptr<QSaveFile>> m_files;
    };

    QTextDocument *layOut(const QString &markdown, QObject *parent)
    {
        auto *document = new QTextDocument(parent);
        // Raw HTML in the text is shown as typed, never interpreted.
        document->setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
        document->setMetaInformation(QTextDocument::DocumentTitle, tr("Rekindle Journal"));
        return document;
    }

} // namespace

std::optional<ExportFormat> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"json"_s)
        return ExportFormat::Json;
    if (n == u"csv"_s)
        return ExportFormat::Csv;
    if (n == u"markdown"_s || n == u"md"_s)
        return ExportFormat::Markdown;
    if (n == u"html"_s)
        return ExportFormat::Html;
    if (n == u"pdf"_s)
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return u"json"_s;
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    }
    return {};
}

QString label(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return tr("JSON — complete, can be imported again");
    case ExportFormat::Csv:
        return tr("CSV — tables for a spreadsheet, one file per kind of record");
    case ExportFormat::Markdown:
        return tr("Markdown — plain text");
    case ExportFormat::Html:
        return tr("HTML — a web page");
    case ExportFormat::Pdf:
        return tr("PDF — for reading and printing");
    }
    return {};
}

QString fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return tr("JSON, complete and re-importable (*.json)");
    case ExportFormat::Csv:
        return tr("CSV tables, one file per kind of record (*.csv)");
    case ExportFormat::Markdown:
        return tr("Markdown (*.md)");
    case ExportFormat::Html:
        return tr("Web page (*.html)");
    case ExportFormat::Pdf:
        return tr("PDF (*.pdf)");
    }
    return {};
}

bool canEncrypt(ExportFormat format)
{
    return format == ExportFormat::Json;
}

bool needsGui(ExportFormat format)
{
    return format == ExportFormat::Html || format == ExportFormat::Pdf;
}

QStringList outputFiles(ExportFormat format, const QString &filePath)
{
    if (format != ExportFormat::Csv)
        return { filePath };
    const QFileInfo info(filePath);
    const QString base = info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0
        ? info.path() + u'/' + info.completeBaseName()
        : filePath;
    QStringList files;
    for (const RecordKind &kind : RecordKinds::all())
        files << base + u'-' + kind.name + u".csv"_s;
    files << base + u"-settings.csv"_s;
    return files;
}

Status write(const Journal &journal, ExportFormat format, const QString &filePath,
    const ExportScope &scope, const ExportProgress &progress, const QString &passphrase)
{
    if (!passphrase.isEmpty() && !canEncrypt(format))
        return Error { tr("Only a JSON export can be encrypted.") };
    const JournalExport source(journal, scope, progress);
    FileSet files;
    switch (format) {
    case ExportFormat::Json: {
        // Written as it is read, into the temporary file QSaveFile renames at the end; with a
        // passphrase sealed chunk by chunk on the way, so no plaintext reaches the disk.
        Status status;
        QSaveFile *file = files.open(filePath, status);
        if (!file)
            return status;
        if (passphrase.isEmpty()) {
            if (Status s = source.writeJson(*file); !s)
                return s;
            break;
        }
        auto sealing = EncryptedExport::writer(*file, passphrase);
        if (!sealing)
            return sealing.error();
        if (Status s = source.writeJson((*sealing)->device()); !s)
            return s;
        if (Status s = (*sealing)->finish(); !s)
            return cannotWrite(filePath, s.error().message);
        break;
    }
    case ExportFormat::Csv: {
        // outputFiles() lists the kinds in registry order, then the settings.
        const QStringList paths = outputFiles(format, filePath);
        QStringList names;
        for (const RecordKind &kind : RecordKinds::all())
            names << kind.name;
        names << u"settings"_s;
        Status written = source.writeCsv([&](const QString &name) -> Result<QIODevice *> {
            Status status;
            QSaveFile *file = files.open(paths.value(names.indexOf(name)), status);
            if (!file)
                return status.error();
            return file;
        });
        if (!written)
            return written;
        break;
    }
    case ExportFormat::Markdown: {
        Status status;
        QSaveFile *file = files.open(filePath, status);
        if (!file)
            return status;
        if (Status s = source.writeMarkdown(*file); !s)
            return s;
        break;
    }
    case ExportFormat::Html:
    case ExportFormat::Pdf: {
        auto markdown = source.toMarkdown();
        if (!markdown)
            return markdown.error();
        QObject owner;
        QTextDocument *document = layOut(*markdown, &owner);
        if (format == ExportFormat::Html) {
            if (Status s = files.add(filePath, document->toHtml().toUtf8()); !s)
                return s;
            break;
        }
        Status status;
        QSaveFile *file = files.open(filePath, status);
        if (!file)
            return status;
        QPdfWriter pdf(file);
        pdf.setTitle(QObject::tr("Rekindle Journal"));
        pdf.setCreator(u"Rekindle"_s);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        document->print(&pdf);
        break;
    }
    }
    return files.commit();
}

} // namespace Rekindle::Exporter
