// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntryListModel.h"
#include "models/SearchResultModel.h"
#include "ui/Appearance.h"
#include "ui/FocusStyle.h"
#include "ui/widgets/EntryItemDelegate.h"
#include "ui/widgets/SearchResultDelegate.h"

#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <memory>

using namespace Rekindle;
using namespace Qt::StringLiterals;

/// What keyboard and low-vision users must see, in both palettes: a 2-pixel focus ring and
/// check boxes that stand out from the base.
class tst_FocusStyle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contrastFollowsWcag()
    {
        QCOMPARE(qRound(FocusStyle::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(FocusStyle::contrast(Qt::gray, Qt::gray), 1.0);
        // Symmetric, and #767676 on white is the well-known 4.5:1 edge.
        QCOMPARE(FocusStyle::contrast(Qt::white, QColor(0x76, 0x76, 0x76)),
            FocusStyle::contrast(QColor(0x76, 0x76, 0x76), Qt::white));
        QVERIFY(qAbs(FocusStyle::contrast(Qt::white, QColor(0x76, 0x76, 0x76)) - 4.54) < 0.01);
    }

    void theRingStandsOutInBothPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QTest::newRow("light") << fusion->standardPalette();
        QTest::newRow("dark") << Appearance::darkPalette();
        QTest::newRow("calm light") << Appearance::lightPalette();
    }

    void theRingStandsOutInBothPalettes()
    {
        QFETCH(QPalette, palette);
        const QColor ring = FocusStyle::ringColor(palette);
        QVERIFY(FocusStyle::contrast(ring, palette.color(QPalette::Window)) >= 3.0);
        QVERIFY(FocusStyle::contrast(ring, palette.color(QPalette::Base)) >= 3.0);
        QVERIFY(FocusStyle::contrast(ring, palette.color(QPalette::Button)) >= 3.0);

        // Drawn two pixels wide on every side.
        FocusStyle style(QStyleFactory::create(u"Fusion"_s));
        QImage image(60, 30, QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Base));
        QStyleOptionFocusRect option;
        option.rect = image.rect();
        option.palette = palette;
        option.state = QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
        {
            QPainter painter(&image);
            style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
        }
        const QColor base = palette.color(QPalette::Base);
        for (const QPoint p : { QPoint(30, 0), QPoint(30, 1), QPoint(0, 15), QPoint(1, 15),
                 QPoint(30, 29), QPoint(30, 28), QPoint(59, 15), QPoint(58, 15) }) {
            QVERIFY2(FocusStyle::contrast(image.pixelColor(p), base) >= 3.0,
                qPrintable(u"%1,%2"_s.arg(p.x()).arg(p.y())));
        }
        // ...and no wider: the content inside stays as it was.
        QCOMPARE(image.pixelColor(30, 4), base);
    }

    void toolbarOverflowShowsInBothPalettes_data() { theRingStandsOutInBothPalettes_data(); }

    void toolbarOverflowShowsInBothPalettes()
    {
        QFETCH(QPalette, palette);
        const QPalette before = QGuiApplication::palette();
        QGuiApplication::setPalette(palette);
        FocusStyle style(QStyleFactory::create(u"Fusion"_s));
        for (const Qt::LayoutDirection direction : { Qt::LeftToRight, Qt::RightToLeft }) {
            QStyleOption option;
            option.palette = palette;
            option.direction = direction;
            // At 1× and 1.5×: drawn at the device's own pixels, on the toolbar's colour.
            for (const qreal scale : { 1.0, 1.5 }) {
                const QPixmap chevrons
                    = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option)
                          .pixmap(QSize(16, 16), scale);
                QCOMPARE(chevrons.size(), QSize(16, 16) * scale);
                QImage image(chevrons.size(), QImage::Format_RGB32);
                image.fill(palette.color(QPalette::Button));
                QImage ink = chevrons.toImage();
                ink.setDevicePixelRatio(1.0); // pixel for pixel
                QPainter(&image).drawImage(0, 0, ink);
                const QColor toolbar = palette.color(QPalette::Button);
                double strongest = 1.0;
                // Where each row's strokes end on the right.
                QList<int> rightmost(image.height(), -1);
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x) {
                        const double c = FocusStyle::contrast(image.pixelColor(x, y), toolbar);
                        strongest = std::max(strongest, c);
                        if (c >= 2.0)
                            rightmost[y] = x;
                    }
                // Non-text contrast (WCAG 1.4.11): 3:1 against the toolbar.
                QVERIFY2(strongest >= 3.0, qPrintable(QString::number(strongest)));
                // The chevrons point at the folded actions: to the right, or to the left right
                // to left. The middle row holds their points, a row near the top their tails.
                const int middle = rightmost.at(image.height() / 2);
                const int upper = rightmost.at(image.height() / 4 + 1);
                QVERIFY(middle >= 0 && upper >= 0);
                if (direction == Qt::LeftToRight)
                    QVERIFY2(middle > upper, qPrintable(u"%1 %2"_s.arg(middle).arg(upper)));
                else
                    QVERIFY2(middle < upper, qPrintable(u"%1 %2"_s.arg(middle).arg(upper)));
            }
        }
        QGuiApplication::setPalette(before);
    }

    void listItemsCarryTheRing_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("search");
        for (const bool search : { false, true }) {
            for (const bool selected : { false, true }) {
                const QString name = u"%1 %2"_s.arg(
                    search ? u"search"_s : u"entry"_s, selected ? u"selected"_s : u"current"_s);
                QTest::newRow(qPrintable(name + u" light"_s))
                    << Appearance::lightPalette() << selected << search;
                QTest::newRow(qPrintable(name + u" dark"_s))
                    << Appearance::darkPalette() << selected << search;
            }
        }
    }

    /// The journal list's and the search results' delegates draw the 2-pixel ring on the item
    /// the keyboard is on, on its plain and on its selected background.
    void listItemsCarryTheRing()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, selected);
        QFETCH(bool, search);
        QStandardItemModel model;
        auto *item = new QStandardItem(u"A title"_s);
        item->setData(QDateTime(QDate(2026, 11, 26), QTime(20, 0)), EntryListModel::CreatedRole);
        item->setData(u"<b>A</b> title"_s, SearchResultModel::TitleHtmlRole);
        item->setData(u"some <b>text</b>"_s, SearchResultModel::SnippetHtmlRole);
        model.appendRow(item);
        QListView view;
        view.setModel(&model);
        view.setPalette(palette);
        view.setStyle(new FocusStyle(QStyleFactory::create(u"Fusion"_s)));
        view.setCurrentIndex(model.index(0, 0));
        EntryItemDelegate entries;
        SearchResultDelegate results;
        QStyledItemDelegate *delegate = search ? static_cast<QStyledItemDelegate *>(&results)
                                               : static_cast<QStyledItemDelegate *>(&entries);
        QImage image(200, 48, QImage::Format_RGB32);
        const QColor background = palette.color(selected ? QPalette::Highlight : QPalette::Base);
        image.fill(palette.color(QPalette::Base));
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = image.rect();
        option.palette = palette;
        option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_HasFocus;
        if (selected)
            option.state |= QStyle::State_Selected;
        {
            QPainter painter(&image);
            delegate->paint(&painter, option, model.index(0, 0));
        }
        for (const QPoint p : { QPoint(100, 0), QPoint(100, 1), QPoint(0, 24), QPoint(1, 24),
                 QPoint(100, 47), QPoint(100, 46), QPoint(199, 24), QPoint(198, 24) }) {
            QVERIFY2(FocusStyle::contrast(image.pixelColor(p), background) >= 3.0,
                qPrintable(u"%1,%2"_s.arg(p.x()).arg(p.y())));
        }
    }

    /// The status bar's save state is a plain label: no sunken frame that reads as a field.
    void statusItemsHaveNoFrame()
    {
        FocusStyle style(QStyleFactory::create(u"Fusion"_s));
        for (const QPalette &palette : { Appearance::lightPalette(), Appearance::darkPalette() }) {
            QImage image(80, 20, QImage::Format_RGB32);
            image.fill(palette.color(QPalette::Window));
            QStyleOption option;
            option.rect = image.rect();
            option.palette = palette;
            option.state = QStyle::State_Enabled;
            {
                QPainter painter(&image);
                style.drawPrimitive(QStyle::PE_FrameStatusBarItem, &option, &painter);
            }
            QImage untouched(image.size(), image.format());
            untouched.fill(palette.color(QPalette::Window));
            QCOMPARE(image, untouched);
        }
    }

    void checkBoxesShowOnADarkBase()
    {
        const QPalette palette = Appearance::darkPalette();
        FocusStyle style(QStyleFactory::create(u"Fusion"_s));
        const QColor base = palette.color(QPalette::Base);
        for (const auto element :
            { QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorItemViewItemCheck }) {
            QImage image(16, 16, QImage::Format_RGB32);
            image.fill(base);
            QStyleOptionButton option;
            option.rect = image.rect();
            option.palette = palette;
            option.state = QStyle::State_Enabled | QStyle::State_Off;
            {
                QPainter painter(&image);
                style.drawPrimitive(element, &option, &painter);
            }
            // The outline: the middle of each edge has at least 3:1 against the base.
            for (const QPoint p : { QPoint(8, 0), QPoint(0, 8), QPoint(15, 8), QPoint(8, 15) })
                QVERIFY2(FocusStyle::contrast(image.pixelColor(p), base) >= 3.0,
                    qPrintable(u"%1 at %2,%3: %4"_s.arg(int(element))
                                   .arg(p.x())
                                   .arg(p.y())
                                   .arg(FocusStyle::contrast(image.pixelColor(p), base))));
        }
    }
};

QTEST_MAIN(tst_FocusStyle)
#include "tst_focusstyle.moc"
