// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoJournal.h"
#include "storage/SpaceStore.h"
#include "support/TempJournal.h"
#include "ui/MainWindow.h"
#include "ui/steps/StepPage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// Every section of every step, with an empty and with a sample journal, at a small and a
/// large window size: the layout must fit (no clipping, the page's last row on screen), and with
/// REKINDLE_SCREENSHOT_DIR set each one is saved as a PNG to look at.
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
        // A 1024x700 screen at a scale factor of 1.5 leaves 683x467 device-independent pixels,
        // and the window opens at 94% of that (MainWindow::showEvent).
        QTest::addRow("demo 1024x700 at 1.5") << true << false << QSize(642, 439);
        QTest::addRow("warning 1024x700 at 1.5") << true << true << QSize(642, 439);
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
            e.occurredAt = journal.clock().now().addSecs(-600LL * i);
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
                // The page's last row (Support and Safety, Reflect…) is on screen without
                // scrolling: the step's tools give up height, not the page's bottom. At 683x467
                // the page needs more than the window has, and scrolls.
                const bool roomy = size.width() >= 1024 && size.height() >= 700;
                // Never sideways: the forms wrap their fields onto more rows (FlowLayout).
                auto *scroll = steps->widget(stepIndex)->findChild<QScrollArea *>();
                QVERIFY(scroll);
                QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                    qPrintable(u"step %1 section %2 scrolls sideways: the page needs %3 px, "
                               "the view has %4"_s.arg(stepIndex + 1)
                                   .arg(sections->tabText(s))
                                   .arg(scroll->widget()->minimumSizeHint().width())
                                   .arg(scroll->viewport()->width())));
                for (const QString &name : { u"supportLink"_s, u"reflectButton"_s }) {
                    if (!roomy)
                        break;
                    auto *button = steps->widget(stepIndex)->findChild<QWidget *>(name);
                    QVERIFY(button);
                    const QRect inView(
                        button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
                    QVERIFY2(scroll->viewport()->rect().contains(inView),
                        qPrintable(u"step %1 section %2: %3 at y %4-%5, the view is %6 high"_s
                                       .arg(stepIndex + 1)
                                       .arg(sections->tabText(s), name)
                                       .arg(inView.top())
                                       .arg(inView.bottom())
                                       .arg(scroll->viewport()->height())));
                }
                const QSize needed = window.minimumSizeHint();
                QVERIFY2(needed.width() <= std::min(size.width(), 1024)
                        && needed.height() <= std::min(size.height(), 700),
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

    void headerShowsWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("fontScale");
        // A 1024x700 screen at a scale factor of 1.5 (683x467 device-independent pixels), the
        // same screen with a font half as large again, and a window as narrow as it goes.
        QTest::addRow("1024x700 at 1.5") << QSize(683, 467) << 1.0;
        QTest::addRow("1024x700, font x1.5") << QSize(1024, 700) << 1.5;
        QTest::addRow("narrowest") << QSize(1, 467) << 1.0;
    }
    /// The step's title and guidance wrap in the header card and show every line: each label
    /// is at least as tall as its text needs at its width, and the window still fits.
    void headerShowsWhole()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, fontScale);
        const QFont appFont = QApplication::font();
        QFont font = appFont;
        font.setPointSizeF(appFont.pointSizeF() * fontScale);
        QApplication::setFont(font);
        const auto restoreFont = qScopeGuard([&appFont] { QApplication::setFont(appFont); });
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        QVERIFY(DemoJournal::generate(journal.journal(), {}));
        MainWindow window(journal.journal());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *steps = window.findChild<QTabWidget *>(u"stepTabs"_s);
        for (int stepIndex = 0; stepIndex < steps->count(); ++stepIndex) {
            steps->setCurrentIndex(stepIndex);
            QApplication::processEvents();
            const QSize needed = window.minimumSizeHint();
            QVERIFY2(needed.width() <= std::max(size.width(), 683) && needed.height() <= 467,
                qPrintable(u"step %1 needs %2x%3"_s.arg(stepIndex + 1)
                               .arg(needed.width())
                               .arg(needed.height())));
            QWidget *page = steps->widget(stepIndex);
            for (const QString &name : { u"stepSummary"_s, u"stepGuidance"_s }) {
                auto *label = page->findChild<QLabel *>(name);
                QVERIFY(label);
                QVERIFY(label->isVisible());
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                    qPrintable(
                        u"step %1 %2: %3 px high, %4 needed at %5 px wide"_s.arg(stepIndex + 1)
                            .arg(name)
                            .arg(label->height())
                            .arg(label->heightForWidth(label->width()))
                            .arg(label->width())));
                // The card holds the whole label.
                QWidget *card = label->parentWidget();
                const QRect inCard(label->mapTo(card, QPoint(0, 0)), label->size());
                QVERIFY(card->contentsRect().contains(inCard));
            }
        }
    }
};

QTEST_MAIN(tst_StepScreens)
#include "tst_stepscreens.moc"
