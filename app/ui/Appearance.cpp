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
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(styleFor(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2a, 0x33);
    const QColor base(0x1f, 0x1e, 0x25);
    const QColor text(0xe8, 0xe6, 0xe3);
    const QColor disabled(0x8a, 0x88, 0x90);
    const QColor accent(0xd9, 0x77, 0x57); // warm ember, readable on both base and window

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(115));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent.darker(125));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent.lighter(120));
    p.setColor(QPalette::LinkVisited, accent);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace Rekindle::Appearance
