// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString key(StartFolder::Purpose purpose)
    {
        switch (purpose) {
        case StartFolder::Purpose::Export:
            return u"folders/export"_s;
        case StartFolder::Purpose::Import:
            return u"folders/import"_s;
        case StartFolder::Purpose::Image:
            return u"folders/image"_s;
        }
        return u"folders/other"_s;
    }

    QStandardPaths::StandardLocation standard(StartFolder::Purpose purpose)
    {
        return purpose == StartFolder::Purpose::Image ? QStandardPaths::PicturesLocation
                                                      : QStandardPaths::DocumentsLocation;
    }

} // namespace

QString StartFolder::forPurpose(Purpose purpose)
{
    QString last = QSettings().value(key(purpose)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    QString usual = QStandardPaths::writableLocation(standard(purpose));
    if (!usual.isEmpty() && QFileInfo(usual).isDir())
        return usual;
    return QDir::homePath();
}

void StartFolder::remember(Purpose purpose, const QString &chosenFile)
{
    if (chosenFile.isEmpty())
        return;
    QSettings().setValue(key(purpose), QFileInfo(chosenFile).absolutePath());
}

} // namespace Rekindle
