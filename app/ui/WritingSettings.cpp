// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WritingSettings.h"

#include <QFontDatabase>
#include <QSettings>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    const QString FamilyKey = u"writing/fontFamily"_s;
    const QString SizeKey = u"writing/fontSize"_s;

} // namespace

WritingSettings &WritingSettings::instance()
{
    static WritingSettings settings;
    return settings;
}

QFont WritingSettings::defaultFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    // Long reading is easier a step above the size of labels and buttons.
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSize(std::clamp(int(std::lround(base * 1.2)), MinPointSize, MaxPointSize));
    return font;
}

QFont WritingSettings::font() const
{
    QFont font = defaultFont();
    const QSettings settings;
    const QString family = settings.value(FamilyKey).toString().trimmed();
    if (!family.isEmpty())
        font.setFamilies({ family });
    bool ok = false;
    const int size = settings.value(SizeKey).toInt(&ok);
    if (ok && size >= MinPointSize && size <= MaxPointSize)
        font.setPointSize(size);
    return font;
}

void WritingSettings::setFont(const QString &family, int pointSize)
{
    QSettings settings;
    if (family.trimmed().isEmpty())
        settings.remove(FamilyKey);
    else
        settings.setValue(FamilyKey, family.trimmed());
    settings.setValue(SizeKey, std::clamp(pointSize, MinPointSize, MaxPointSize));
    Q_EMIT fontChanged(font());
}

void WritingSettings::reset()
{
    QSettings settings;
    settings.remove(FamilyKey);
    settings.remove(SizeKey);
    Q_EMIT fontChanged(font());
}

} // namespace Rekindle
