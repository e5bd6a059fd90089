// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/SpaceStore.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/steps/StepPage.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Every section of every step, with an empty and with a sample journal, at a small and a
/// large window size: the layout must fit (no clipping), and with REKINDLE_SCREENSHOT_DIR set
/// each one is saved as a PNG to look at.
class tst_StepScreens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RekindleTest"_s);
        QCoreApplication::setApplicationName(u"tst_stepscreens"_s);
        QSettings().clear();
    }

    void sectionsFit_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<QSize>("size");
        for (const bool demo : { false, true })
            for (const QSize size : { QSize(1024, 700), QSize(1920, 1080) })
                QTest::addRow("%s %dx%d", demo ? "demo" : "empty", size.width(), size.height())
                    << demo << false << size;
        // The bombarding warning shown at the small size, where space is tight.
        QTest::addRow("warning 1024x700") << true << true << QSize(1024, 700);
    }
    void sectionsFit()
    {
        QFETCH(bool, demo);
        QFETCH(bool, warning);
        QFETCH(QSize, size);
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        journal.clock().setLocal(QDate(2026, 11, 26), QTime(20, 15));
        if (demo)
            QVERIFY(DemoJournal::generate(journal.journal(), {}));
        for (int i = 0; warning && i < 3; ++i) {
            ContactEvent e;
            e.occurredAt = journal.clock().now().addSecs(-600 * i);
            QVERIFY(journal->space().logContact(e));
        }
        MainWindow window(journal.journal());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString outDir = qEnvironmentVariable("REKINDLE_SCREENSHOT_DIR");
        auto *steps = window.findChild<QTabWidget *>(u"stepTabs"_s);
        for (int stepIndex = 0; stepIndex < steps->count(); ++stepIndex) {
            steps->setCurrentIndex(stepIndex);
            auto *sections = steps->widget(stepIndex)->findChild<QTabWidget *>(u"stepSections"_s);
            QVERIFY(sections);
            QVERIFY(sections->count() > 1);
            for (int s = 0; s < sections->count(); ++s) {
                sections->setCurrentIndex(s);
                QApplication::processEvents();
                const QSize needed = window.minimumSizeHint();
                QVERIFY2(needed.width() <= 1024 && needed.height() <= 700,
                    qPrintable(u"step %1 section %2 needs %3x%4"_s.arg(stepIndex + 1)
                                   .arg(sections->tabText(s))
                                   .arg(needed.width())
                                   .arg(needed.height())));
                if (!outDir.isEmpty()) {
                    QDir().mkpath(outDir);
                    const QString name = u"%1/step%2-%3-%4-%5x%6.png"_s.arg(outDir)
                                             .arg(stepIndex + 1)
                                             .arg(s)
                                             .arg(warning   ? u"warning"_s
                                                     : demo ? u"demo"_s
                                                            : u"empty"_s)
                                             .arg(size.width())
                                             .arg(size.height());
                    QVERIFY(window.grab().save(name));
                }
            }
        }
    }
};

QTEST_MAIN(tst_StepScreens)
#include "tst_stepscreens.moc"
