// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SettingsStore.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_PreferencesDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_preferencesdialog"_s);
        QSettings().clear();
    }

    void editsThresholdsInTheJournal()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        PreferencesDialog dialog(j.journal());
        auto *perDay = dialog.findChild<QSpinBox *>(u"bombardingPerDay"_s);
        auto *unanswered = dialog.findChild<QSpinBox *>(u"bombardingUnanswered"_s);
        QCOMPARE(perDay->value(), 3);
        QCOMPARE(unanswered->value(), 2);
        perDay->setValue(5);
        unanswered->setValue(4);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(j->settings().bombardingThresholds().perDay, 5);
        QCOMPARE(j->settings().bombardingThresholds().unansweredInRow, 4);
        QVERIFY(j.reopen());
        QCOMPARE(j->settings().bombardingThresholds().perDay, 5);
    }

    void openedFromTheEditMenu()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        MainWindow window(j.journal());
        auto *action = window.findChild<QAction *>(u"actionPreferences"_s);
        QVERIFY(action);
        QVERIFY(!action->shortcuts().isEmpty());
        bool opened = false;
        QTimer::singleShot(0, &window, [&opened] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        action->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
