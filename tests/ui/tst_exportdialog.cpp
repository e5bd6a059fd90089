// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EntryStore.h"
#include "support/TempJournal.h"
#include "ui/dialogs/ExportDialog.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_ExportDialog : public QObject {
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void writesEveryFormat()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(
            Step::Acknowledge, { u"Evening <walk>"_s, u"**Calm** today."_s, 6 }));
        QVERIFY(journal->entries().create(Step::TakeThingsSlow, { u"Slow"_s, u"Later."_s, {} }));
        ExportDialog dialog(journal.journal());
        QVERIFY(dialog.findChild<QLabel *>(u"exportWarning"_s)->text().contains(u"anyone"_s));
        auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        QTemporaryDir dir;
        for (int i = 0; i < format->count(); ++i) {
            format->setCurrentIndex(i);
            const QString path
                = dir.filePath(u"out%1."_s.arg(i) + Exporter::suffix(dialog.format()));
            QVERIFY(dialog.exportTo(path));
            for (const QString &file : Exporter::outputFiles(dialog.format(), path))
                QVERIFY2(read(file).size() > 8, qPrintable(file));
            const QByteArray bytes = read(Exporter::outputFiles(dialog.format(), path).first());
            switch (dialog.format()) {
            case ExportFormat::Pdf:
                QVERIFY(bytes.startsWith("%PDF"));
                break;
            case ExportFormat::Html:
                QVERIFY(bytes.contains("Evening &lt;walk&gt;"));
                break;
            case ExportFormat::Markdown:
                QVERIFY(bytes.contains("Evening \\<walk\\>"));
                break;
            case ExportFormat::Json:
            case ExportFormat::Csv:
                QVERIFY(bytes.contains("Evening <walk>"));
                break;
            }
        }
    }

    void exportsOneStep()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"First"_s, {}, {} }));
        QVERIFY(journal->entries().create(Step::TakeThingsSlow, { u"Fifth"_s, {}, {} }));
        ExportDialog dialog(journal.journal());
        auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::Json)));
        dialog.findChild<QRadioButton *>(u"exportStep"_s)->setChecked(true);
        auto *step = dialog.findChild<QComboBox *>(u"exportStepChoice"_s);
        QVERIFY(step->isEnabled());
        step->setCurrentIndex(4);
        QTemporaryDir dir;
        QVERIFY(dialog.exportTo(dir.filePath(u"step.json"_s)));
        const QJsonArray entries = QJsonDocument::fromJson(read(dir.filePath(u"step.json"_s)))
                                       .object()
                                       .value(u"records"_s)
                                       .toObject()
                                       .value(u"entries"_s)
                                       .toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"title"_s).toString(), u"Fifth"_s);
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
