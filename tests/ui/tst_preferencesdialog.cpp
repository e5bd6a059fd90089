// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/UiLanguage.h"
#include "storage/SettingsStore.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/LanguagePreferences.h"
#include "ui/dialogs/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
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

    void showsEveryPageNameWhenTheScreenAllows()
    {
        Test::TempJournal j;
        QVERIFY(j.ok());
        const int screenWidth = QGuiApplication::primaryScreen()->availableGeometry().width();
        const auto tabsInView = [](const QTabBar *bar) {
            for (int i = 0; i < bar->count(); ++i)
                if (!bar->rect().contains(bar->tabRect(i)))
                    return false;
            return true;
        };
        // Names that fit side by side on the screen: all of them in view, no scroll arrows.
        {
            PreferencesDialog dialog(j.journal());
            auto *bar = dialog.findChild<QTabWidget *>(u"preferencePages"_s)->tabBar();
            // More names than the dialog's own content is wide (they were cut at its width).
            const int contentWidth = dialog.sizeHint().width();
            while (bar->sizeHint().width() < contentWidth + 60)
                dialog.addPage(
                    new QWidget, u"Page %1"_s.arg(bar->count() + 1), [] { return QString(); });
            QVERIFY(bar->sizeHint().width() + 100 < screenWidth);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(!bar->usesScrollButtons());
            QVERIFY(tabsInView(bar));
            QVERIFY(dialog.width() <= screenWidth);
        }
        // Names wider than the screen: the dialog stays on it and scrolls its tabs.
        {
            PreferencesDialog dialog(j.journal());
            for (int i = 0; i < 12; ++i)
                dialog.addPage(
                    new QWidget, u"A page with a long name %1"_s.arg(i), [] { return QString(); });
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *bar = dialog.findChild<QTabWidget *>(u"preferencePages"_s)->tabBar();
            QVERIFY(bar->usesScrollButtons());
            QVERIFY(dialog.width() <= screenWidth);
        }
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

    void languagePageOffersTheShippedLanguagesByTheirOwnNames()
    {
        QTemporaryDir shipped;
        QVERIFY(shipped.isValid());
        for (const QString &name : { u"rekindle_it.qm"_s, u"rekindle_de.qm"_s }) {
            QFile file(shipped.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Test::TempJournal j;
        QVERIFY(j.ok());
        {
            PreferencesDialog dialog(j.journal());
            addLanguagePreferences(dialog, shipped.path());
            auto *language = dialog.findChild<QComboBox *>(u"language"_s);
            QVERIFY(language);
            QStringList names;
            for (int i = 0; i < language->count(); ++i)
                names << language->itemText(i);
            QCOMPARE(
                names, QStringList({ u"System"_s, u"Deutsch"_s, u"English"_s, u"Italiano"_s }));
            QCOMPARE(language->currentIndex(), 0); // the system's languages by default
            language->setCurrentIndex(language->findData(u"it"_s));
            dialog.accept();
        }
        QCOMPARE(UiLanguage::chosen(), u"it"_s);
        {
            PreferencesDialog dialog(j.journal());
            addLanguagePreferences(dialog, shipped.path());
            auto *language = dialog.findChild<QComboBox *>(u"language"_s);
            QCOMPARE(language->currentText(), u"Italiano"_s);
            language->setCurrentIndex(0);
            dialog.accept();
        }
        QCOMPARE(UiLanguage::chosen(), QString());
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
