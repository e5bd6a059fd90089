// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FileDialogNames.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Qt's own file dialog (shown where the platform has none) names its fields for screen
/// readers once FileDialogNames watches the application.
class tst_FileDialogNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FileDialogNames::install(*qApp); }

    void qtsOwnDialogNamesItsFields()
    {
        QFileDialog dialog(nullptr, u"Import a Journal Export"_s, QDir::tempPath(),
            u"Rekindle JSON export (*.json);;All files (*)"_s);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        QVERIFY(combos.size() >= 2);
        int named = 0;
        for (QComboBox *combo : combos) {
            if (!combo->isVisibleTo(&dialog))
                continue;
            QVERIFY2(!combo->accessibleName().isEmpty(), qPrintable(combo->objectName()));
            // Named by its label, without the mnemonic or the colon.
            QVERIFY(!combo->accessibleName().contains(u'&'));
            QVERIFY(!combo->accessibleName().endsWith(u':'));
            QVERIFY(combo->accessibleName() != combo->currentText());
            ++named;
        }
        QVERIFY(named >= 2);
        auto *lookIn = dialog.findChild<QComboBox *>(u"lookInCombo"_s);
        QVERIFY(lookIn);
        QCOMPARE(lookIn->accessibleName(), u"Look in"_s);
        auto *types = dialog.findChild<QComboBox *>(u"fileTypeCombo"_s);
        QVERIFY(types);
        QCOMPARE(types->accessibleName(), u"Files of type"_s);
        // Labelled by their labels, which on Linux is what a screen reader reads for a list.
        auto *typesLabel = dialog.findChild<QLabel *>(u"fileTypeLabel"_s);
        QVERIFY(typesLabel);
        QCOMPARE(typesLabel->buddy(), types);
    }

    void aNameGivenIsKeptAndTheColonGoes()
    {
        QWidget form;
        auto *label = new QLabel(u"Fichier de &type :"_s, &form);
        auto *field = new QComboBox(&form);
        label->setBuddy(field);
        auto *namedLabel = new QLabel(u"&Name:"_s, &form);
        auto *named = new QLineEdit(&form);
        named->setAccessibleName(u"File name"_s);
        namedLabel->setBuddy(named);
        // A label without a buddy names the field called after it.
        auto *lookIn = new QLabel(u"Regarder dans\u00A0:"_s, &form);
        lookIn->setObjectName(u"lookInLabel"_s);
        auto *lookInCombo = new QComboBox(&form);
        lookInCombo->setObjectName(u"lookInCombo"_s);
        FileDialogNames::nameFields(&form);
        QCOMPARE(field->accessibleName(), u"Fichier de type"_s);
        QCOMPARE(lookInCombo->accessibleName(), u"Regarder dans"_s);
        QCOMPARE(lookIn->buddy(), lookInCombo);
        QCOMPARE(named->accessibleName(), u"File name"_s);
    }
};

QTEST_MAIN(tst_FileDialogNames)
#include "tst_filedialognames.moc"
