// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/JournalTransfer.h"
#include "storage/EntryStore.h"
#include "support/TempJournal.h"
#include "ui/dialogs/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
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

    void encryptsAJsonExportWithAPassphrase()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(journal->entries().create(Step::Acknowledge, { u"Evening walk"_s, u"Calm."_s, 6 }));
        ExportDialog dialog(journal.journal());
        auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
        auto *encrypt = dialog.findChild<QCheckBox *>(u"exportEncrypt"_s);
        auto *passphrase = dialog.findChild<QLineEdit *>(u"exportPassphrase"_s);
        auto *again = dialog.findChild<QLineEdit *>(u"exportPassphraseAgain"_s);
        auto *problem = dialog.findChild<QLabel *>(u"exportPassphraseProblem"_s);
        auto *warning = dialog.findChild<QLabel *>(u"exportWarning"_s);
        QVERIFY(encrypt && passphrase && again && problem && warning);
        QVERIFY(!encrypt->isChecked()); // a plain journal does not suggest it
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QVERIFY(!passphrase->accessibleName().isEmpty());
        QVERIFY(!again->accessibleName().isEmpty());

        // Only JSON can be encrypted.
        format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::Pdf)));
        QVERIFY(!encrypt->isEnabled());
        format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::Json)));
        QVERIFY(encrypt->isEnabled());
        QVERIFY(!passphrase->isEnabled());
        encrypt->setChecked(true);
        QVERIFY(passphrase->isEnabled() && again->isEnabled());
        QVERIFY(dialog.encrypts());
        QVERIFY(!warning->text().contains(u"anyone"_s));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"sealed.json"_s);
        // No passphrase, then two that differ: nothing is written, and the dialog says why.
        QVERIFY(!dialog.exportTo(path));
        QVERIFY(!problem->isHidden());
        QTest::keyClicks(passphrase, u"river stones"_s);
        QTest::keyClicks(again, u"river stone"_s);
        QVERIFY(!dialog.exportTo(path));
        QVERIFY(problem->text().contains(u"not the same"_s));
        QVERIFY(!QFile::exists(path));

        QTest::keyClicks(again, u"s"_s);
        QVERIFY(dialog.exportTo(path));
        const QByteArray bytes = read(path);
        QVERIFY(bytes.startsWith("RKEX"));
        QVERIFY(!bytes.contains("Evening walk"));
        QVERIFY(JournalTransfer::isEncryptedExport(path));

        // Read back through the models layer, as the import flow does.
        Test::TempJournal other;
        QVERIFY(other.ok());
        JournalTransfer transfer(other.journal());
        QVERIFY(!transfer.checkImport(path, ImportMode::Merge, u"river stone"_s));
        QVERIFY(transfer.checkImport(path, ImportMode::Merge, u"river stones"_s));
        QVERIFY(!transfer.importFile(path, ImportMode::Merge, u"river stone"_s));
        QVERIFY(transfer.importFile(path, ImportMode::Merge, u"river stones"_s));
        QCOMPARE(*other->entries().count(), 1);
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
