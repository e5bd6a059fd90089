// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "FocusStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Rekindle::Appearance {
namespace {

    const QString ThemeKey = u"appearance/theme"_s;

    struct SystemLook {
        QString style;
        QPalette palette;
    };

    /// The style and palette the application started with, to return to "System".
    const SystemLook &systemLook()
    {
        static const SystemLook look { QApplication::style()->name(), QApplication::palette() };
        return look;
    }

    /// `name` (a QStyleFactory key) under the focus ring and check box outlines, except macOS's
    /// own style, which draws the system's focus ring already.
    QStyle *styleFor(const QString &name)
    {
        QStyle *base = QStyleFactory::create(name);
        if (!base)
            base = QStyleFactory::create(u"Fusion"_s);
        if (name.compare(u"macos"_s, Qt::CaseInsensitive) == 0)
            return base;
        return new FocusStyle(base);
    }

} // namespace

Theme saved()
{
    const QString value = QSettings().value(ThemeKey).toString();
    if (value == u"light")
        return Theme::Light;
    if (value == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void save(Theme theme)
{
    QSettings settings;
    switch (theme) {
    case Theme::System:
        settings.remove(ThemeKey);
        break;
    case Theme::Light:
        settings.setValue(ThemeKey, u"light"_s);
        break;
    case Theme::Dark:
        settings.setValue(ThemeKey, u"dark"_s);
        break;
    }
}

void apply(Theme theme)
{
    const SystemLook &system = systemLook();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(styleFor(system.style));
        QApplication::setPalette(system.palette);
        break;
    case Theme::Light:
        QApplication::setStyle(styleFor(u"Fusion"_s));
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(styleFor(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

namespace {

    /// The colours of one theme, by role; disabled text is the only disabled colour set.
    struct Colours {
        QColor window, windowText, base, alternateBase, text, placeholder, button, buttonText,
            light, midlight, mid, dark, highlight, highlightedText, link, linkVisited, toolTipBase,
            toolTipText, disabledText;
    };

    QPalette paletteOf(const Colours &c)
    {
        QPalette p;
        p.setColor(QPalette::Window, c.window);
        p.setColor(QPalette::WindowText, c.windowText);
        p.setColor(QPalette::Base, c.base);
        p.setColor(QPalette::AlternateBase, c.alternateBase);
        p.setColor(QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(QPalette::ToolTipText, c.toolTipText);
        p.setColor(QPalette::PlaceholderText, c.placeholder);
        p.setColor(QPalette::Text, c.text);
        p.setColor(QPalette::Button, c.button);
        p.setColor(QPalette::ButtonText, c.buttonText);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Light, c.light);
        p.setColor(QPalette::Midlight, c.midlight);
        p.setColor(QPalette::Mid, c.mid);
        p.setColor(QPalette::Dark, c.dark);
        p.setColor(QPalette::Shadow, Qt::black);
        p.setColor(QPalette::Highlight, c.highlight);
        p.setColor(QPalette::HighlightedText, c.highlightedText);
        p.setColor(QPalette::Link, c.link);
        p.setColor(QPalette::LinkVisited, c.linkVisited);
        for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(QPalette::Disabled, role, c.disabledText);
        // A selection in a window without focus keeps its colours: the text must stay readable.
        p.setColor(QPalette::Inactive, QPalette::Highlight, c.highlight);
        p.setColor(QPalette::Inactive, QPalette::HighlightedText, c.highlightedText);
        return p;
    }

} // namespace

QPalette lightPalette()
{
    // The exact values are in DESIGN.md (tst_design compares them).
    return paletteOf({
        .window = QColor(0xf6, 0xf4, 0xf1),
        .windowText = QColor(0x2b, 0x2a, 0x33),
        .base = QColor(0xff, 0xff, 0xff),
        .alternateBase = QColor(0xf9, 0xf7, 0xf4),
        .text = QColor(0x2b, 0x2a, 0x33),
        .placeholder = QColor(0x6b, 0x68, 0x73),
        .button = QColor(0xec, 0xe8, 0xe3),
        .buttonText = QColor(0x2b, 0x2a, 0x33),
        .light = QColor(0xff, 0xff, 0xff),
        .midlight = QColor(0xf1, 0xee, 0xea),
        .mid = QColor(0xc9, 0xc3, 0xbb),
        .dark = QColor(0x9c, 0x95, 0x8c),
        .highlight = QColor(0xa4, 0x49, 0x2f),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0xa4, 0x49, 0x2f),
        .linkVisited = QColor(0x8a, 0x3f, 0x2a),
        .toolTipBase = QColor(0xff, 0xf4, 0xe0),
        .toolTipText = QColor(0x2b, 0x2a, 0x33),
        .disabledText = QColor(0x8f, 0x8b, 0x94),
    });
}

QPalette darkPalette()
{
    return paletteOf({
        .window = QColor(0x2b, 0x2a, 0x33),
        .windowText = QColor(0xe8, 0xe6, 0xe3),
        .base = QColor(0x1f, 0x1e, 0x25),
        .alternateBase = QColor(0x26, 0x25, 0x2d),
        .text = QColor(0xe8, 0xe6, 0xe3),
        .placeholder = QColor(0x9d, 0x9b, 0xa3),
        .button = QColor(0x34, 0x33, 0x3d),
        .buttonText = QColor(0xe8, 0xe6, 0xe3),
        .light = QColor(0x41, 0x3f, 0x4c),
        .midlight = QColor(0x36, 0x35, 0x40),
        .mid = QColor(0x24, 0x23, 0x2b),
        .dark = QColor(0x1d, 0x1c, 0x22),
        .highlight = QColor(0xad, 0x5f, 0x45),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0xe8, 0x92, 0x79),
        .linkVisited = QColor(0xd9, 0x77, 0x57),
        .toolTipBase = QColor(0x1f, 0x1e, 0x25),
        .toolTipText = QColor(0xe8, 0xe6, 0xe3),
        .disabledText = QColor(0x8a, 0x88, 0x90),
    });
}

} // namespace Rekindle::Appearance
