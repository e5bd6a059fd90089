// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RecentMoodModel.h"
#include "storage/MoodStore.h"
#include "support/TempJournal.h"
#include "ui/Appearance.h"
#include "ui/FocusStyle.h"
#include "ui/dialogs/MoodDialog.h"
#include "ui/widgets/MoodStrip.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QStyleFactory>
#include <QTest>
#include <memory>

using namespace Rekindle;
using namespace Qt::StringLiterals;

class tst_MoodDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkInLandsInTheJournalAndTheStrip()
    {
        Test::TempJournal journal;
        QVERIFY(journal.ok());
        journal.clock().setTimeZone(QTimeZone("Europe/Berlin"));
        journal.clock().setLocal(QDate(2026, 10, 25), QTime(0, 30));
        RecentMoodModel model(journal->moods(), 7);
        MoodStrip strip(&model);
        QVERIFY(strip.accessibleName().contains(u"no check-ins"_s));
        MoodDialog dialog(&model);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *slider = dialog.findChild<QSlider *>(u"moodSlider"_s);
        QVERIFY(slider->hasFocus());
        slider->setValue(5);
        QTest::keyClick(slider, Qt::Key_Right);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(dialog.mood(), 7);
        QVERIFY(dialog.findChild<QLabel *>(u"moodValue"_s)->text().startsWith(u"7"_s));
        dialog.setEmotionChecked(u"hopeful"_s, true);
        dialog.setEmotionChecked(u"tired"_s, true);
        QTest::keyClicks(
            dialog.findChild<QPlainTextEdit *>(u"moodNote"_s), u"Better than yesterday"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveMoodButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto stored = journal->moods().checkIn(dialog.savedId());
        QVERIFY(stored);
        QCOMPARE(stored->mood, 7);
        QCOMPARE(stored->emotions, (QStringList { u"hopeful"_s, u"tired"_s }));
        QCOMPARE(stored->note, u"Better than yesterday"_s);
        QCOMPARE(stored->day, QDate(2026, 10, 25));
        QCOMPARE(stored->at, journal.clock().now());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(strip.accessibleName().contains(u"7"_s));
    }

    void colorsAreReadableInLightAndDark()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::Highlight, QColor(48, 140, 198));
        light.setColor(QPalette::HighlightedText, Qt::white);
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        for (const QPalette &pal : { light, dark })
            for (int mood = 1; mood <= 10; ++mood) {
                const QColor bg = MoodStrip::chipColor(mood, pal);
                const QColor fg = MoodStrip::textColor(bg, pal);
                const auto lum = [](const QColor &c) {
                    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
                };
                QVERIFY2(std::abs(lum(bg) - lum(fg)) > 0.3, qPrintable(QString::number(mood)));
            }
    }

    void lowMoodsStillShowAsABadge()
    {
        // Mood 1's fill is close to the base: its outline carries it, in the app's palettes.
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        for (const QPalette &pal : { fusion->standardPalette(), Appearance::darkPalette() }) {
            const QColor outline = MoodStrip::outlineColor(pal);
            QVERIFY(FocusStyle::contrast(outline, pal.color(QPalette::Window)) >= 3.0);
            QVERIFY(FocusStyle::contrast(outline, MoodStrip::chipColor(1, pal)) >= 3.0);
        }
    }
};

QTEST_MAIN(tst_MoodDialog)
#include "tst_mooddialog.moc"
