// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogNames.h"

#include "ui/Mnemonic.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Rekindle {

void FileDialogNames::install(QApplication &app)
{
    app.installEventFilter(new FileDialogNames(&app));
}

namespace {

    /// The field `label` names: its buddy, or else, in Qt's own dialog, whose labels have no
    /// buddy, the field named after it ("lookInLabel" names "lookInCombo").
    QWidget *fieldOf(const QLabel *label, const QWidget *dialog)
    {
        if (QWidget *buddy = label->buddy())
            return buddy;
        QString stem = label->objectName();
        if (!stem.endsWith(u"Label"_s))
            return nullptr;
        stem.chop(5);
        for (const QString &kind : { u"Combo"_s, u"Edit"_s })
            if (auto *field = dialog->findChild<QWidget *>(stem + kind))
                return field;
        return nullptr;
    }

} // namespace

void FileDialogNames::nameFields(QWidget *dialog)
{
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        QWidget *field = fieldOf(label, dialog);
        if (!field)
            continue;
        // On Linux a list's accessible name is its current value, and the label it is named
        // by reaches AT-SPI as a "labelled by" relation, which Qt makes from the buddy.
        if (!label->buddy())
            label->setBuddy(field);
        if (!field->accessibleName().isEmpty())
            continue;
        QString name = withoutMnemonic(label->text()).trimmed();
        // "Look in:" reads "Look in"; a French "Regarder dans :" keeps no colon either.
        while (name.endsWith(u':') || name.endsWith(u'\uFF1A') || name.endsWith(u' ')
            || name.endsWith(u'\u00A0') || name.endsWith(u'\u202F'))
            name.chop(1);
        if (!name.isEmpty())
            field->setAccessibleName(name);
    }
}

bool FileDialogNames::eventFilter(QObject *watched, QEvent *event)
{
    // The type is compared first: this sees every event of the application.
    if (event->type() == QEvent::Show)
        if (auto *dialog = qobject_cast<QFileDialog *>(watched))
            nameFields(dialog);
    return QObject::eventFilter(watched, event);
}

} // namespace Rekindle
