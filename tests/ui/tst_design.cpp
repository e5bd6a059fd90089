// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Appearance.h"
#include "ui/Design.h"
#include "ui/FocusStyle.h"
#include "ui/Icons.h"

#include <QFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QTest>
#include <QWidget>

using namespace Rekindle;
using namespace Qt::StringLiterals;

namespace {

/// One row of DESIGN.md's contrast table.
struct ContrastRow {
    QString theme, foregroundRole, backgroundRole;
    QColor foreground, background;
    double ratio = 0;
    double needs = 0;
};

QList<ContrastRow> documentedRows()
{
    QFile file(QStringLiteral(REKINDLE_DESIGN_DOC));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // | light | Text | Base | `#2b2a33` | `#ffffff` | 14.17 | 4.5 |
    static const QRegularExpression row(uR"(^\|\s*(light|dark)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|)"
                                        uR"(\s*`(#[0-9a-f]{6})`\s*\|\s*`(#[0-9a-f]{6})`\s*\|)"
                                        uR"(\s*([0-9.]+)\s*\|\s*([0-9.]+)\s*\|)"_s);
    QList<ContrastRow> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = row.match(line);
        if (m.hasMatch())
            rows.append({ m.captured(1), m.captured(2), m.captured(3), QColor(m.captured(4)),
                QColor(m.captured(5)), m.captured(6).toDouble(), m.captured(7).toDouble() });
    }
    return rows;
}

/// A role of the palette, or one of the design's own colours (Card, FocusRing, Icon).
QColor colourOf(const QPalette &palette, const QString &role)
{
    if (role == u"Card")
        return Design::cardColor(palette);
    if (role == u"FocusRing")
        return FocusStyle::ringColor(palette);
    if (role == u"Icon")
        return Design::IconColour;
    bool ok = false;
    const int value = QMetaEnum::fromType<QPalette::ColorRole>().keyToValue(role.toLatin1(), &ok);
    return ok ? palette.color(QPalette::Active, QPalette::ColorRole(value)) : QColor();
}

} // namespace

class tst_Design : public QObject {
    Q_OBJECT

private Q_SLOTS:
    /// The document's contrast table is the palette's: same colours, same ratios, each at
    /// least what it needs (4.5:1 for text, 3:1 for rings and icons).
    void documentedContrastMatchesThePalettes()
    {
        const QList<ContrastRow> rows = documentedRows();
        QVERIFY2(rows.size() >= 20, "DESIGN.md's contrast table was not found");
        QSet<QString> seen;
        for (const ContrastRow &row : rows) {
            const QString what
                = u"%1: %2 on %3"_s.arg(row.theme, row.foregroundRole, row.backgroundRole);
            const QPalette palette
                = row.theme == u"light" ? Appearance::lightPalette() : Appearance::darkPalette();
            const QColor foreground = colourOf(palette, row.foregroundRole);
            const QColor background = colourOf(palette, row.backgroundRole);
            QVERIFY2(foreground.isValid() && background.isValid(), qPrintable(what));
            QCOMPARE(foreground.name(), row.foreground.name());
            QCOMPARE(background.name(), row.background.name());
            const double ratio = FocusStyle::contrast(foreground, background);
            QVERIFY2(std::abs(ratio - row.ratio) < 0.006,
                qPrintable(
                    u"%1 is %2, the document says %3"_s.arg(what).arg(ratio).arg(row.ratio)));
            QVERIFY2(ratio >= row.needs, qPrintable(what));
            QVERIFY2(row.needs >= 3.0, qPrintable(what));
            seen.insert(u"%1 %2 %3"_s.arg(row.theme, row.foregroundRole, row.backgroundRole));
        }
        // Every pair the interface draws text with is in the table, for both themes.
        const QList<std::pair<QString, QString>> textPairs = {
            { u"WindowText"_s, u"Window"_s },
            { u"WindowText"_s, u"Card"_s },
            { u"Text"_s, u"Base"_s },
            { u"Text"_s, u"AlternateBase"_s },
            { u"PlaceholderText"_s, u"Base"_s },
            { u"PlaceholderText"_s, u"Window"_s },
            { u"ButtonText"_s, u"Button"_s },
            { u"HighlightedText"_s, u"Highlight"_s },
            { u"Link"_s, u"Base"_s },
            { u"Link"_s, u"Window"_s },
            { u"ToolTipText"_s, u"ToolTipBase"_s },
        };
        for (const QString &theme : { u"light"_s, u"dark"_s }) {
            for (const auto &[fg, bg] : textPairs) {
                const QString key = u"%1 %2 %3"_s.arg(theme, fg, bg);
                QVERIFY2(seen.contains(key), qPrintable(key + u" is missing from DESIGN.md"_s));
                const QPalette palette
                    = theme == u"light" ? Appearance::lightPalette() : Appearance::darkPalette();
                QVERIFY2(FocusStyle::contrast(colourOf(palette, fg), colourOf(palette, bg)) >= 4.5,
                    qPrintable(key));
            }
            for (const QString &bg : { u"Window"_s, u"Base"_s, u"Card"_s }) {
                QVERIFY(seen.contains(u"%1 FocusRing %2"_s.arg(theme, bg)));
                QVERIFY(seen.contains(u"%1 Icon %2"_s.arg(theme, bg)));
            }
        }
    }

    /// The bundled icons are drawn in the icon colour the table checks, and each loads.
    void bundledIconsUseTheCheckedColour()
    {
        for (const Icons::Icon which : { Icons::NewEntry, Icons::Search, Icons::Reflect,
                 Icons::Mood, Icons::Progress, Icons::QuickHide, Icons::Support }) {
            QFile file(Icons::bundledPath(which));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QString svg = QString::fromUtf8(file.readAll());
            QVERIFY(svg.contains(u"SPDX-License-Identifier: CC0-1.0"_s));
            QVERIFY(svg.contains(u"stroke=\"%1\""_s.arg(Design::IconColour.name())));
            static const QRegularExpression otherColour(u"#[0-9a-fA-F]{6}"_s);
            for (auto it = otherColour.globalMatch(svg); it.hasNext();)
                QCOMPARE(it.next().captured(0).toLower(), Design::IconColour.name());
            QVERIFY(!QIcon(Icons::bundledPath(which)).pixmap(24, 24).isNull());
            QVERIFY(!Icons::icon(which).isNull());
        }
    }

    /// Type sizes follow the body font (the person's choice), in the documented steps.
    void typeScaleFollowsTheBodyFont()
    {
        QFont body;
        body.setPointSizeF(10);
        QCOMPARE(Design::font(body, Design::TextStyle::Body).pointSizeF(), 10.0);
        QCOMPARE(Design::font(body, Design::TextStyle::Caption).pointSizeF(), 9.0);
        QCOMPARE(Design::font(body, Design::TextStyle::Heading).pointSizeF(), 11.0);
        QCOMPARE(Design::font(body, Design::TextStyle::Title).pointSizeF(), 12.5);
        QVERIFY(Design::font(body, Design::TextStyle::Title).bold());
        body.setPointSizeF(16);
        QCOMPARE(Design::font(body, Design::TextStyle::Title).pointSizeF(), 20.0);
    }

    /// A window opens at the size it asks for, or at most of its screen when that is smaller.
    void windowsOpenWithinTheScreen()
    {
        QWidget window;
        const QSize available = window.screen()->availableGeometry().size();
        Design::resizeWithinScreen(&window, QSize(300, 200));
        QCOMPARE(window.size(), QSize(300, 200));
        Design::resizeWithinScreen(&window, available * 2);
        QCOMPARE(window.size(), available * Design::MostOfTheScreen);
        Design::resizeWithinScreen(&window, QSize(200, available.height() * 3));
        QCOMPARE(window.size(), QSize(200, (available * Design::MostOfTheScreen).height()));
    }
};

QTEST_MAIN(tst_Design)
#include "tst_design.moc"
