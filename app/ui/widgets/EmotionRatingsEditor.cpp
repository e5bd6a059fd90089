// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmotionRatingsEditor.h"

#include "core/Emotions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Rekindle {

EmotionRatingsEditor::EmotionRatingsEditor(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_name(accessibleName)
    , m_rows(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add a Feeling"), this))
{
    setAccessibleName(accessibleName);
    m_add->setObjectName(u"addEmotionButton"_s);
    m_add->setAutoDefault(false);
    m_rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch();
    layout->addLayout(addLine);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
}

int EmotionRatingsEditor::rowCount() const
{
    return m_rows->count();
}

void EmotionRatingsEditor::addRow(const EmotionRating &rating)
{
    auto *row = new QWidget(this);
    row->setObjectName(u"emotionRow"_s);
    auto *name = new QComboBox(row);
    name->setObjectName(u"emotionName"_s);
    name->setEditable(true);
    name->setInsertPolicy(QComboBox::NoInsert);
    name->setAccessibleName(tr("%1: feeling").arg(m_name));
    for (const QString &key : Emotions::keys())
        name->addItem(Emotions::displayName(key), key);
    name->setCurrentIndex(-1);
    name->setEditText(Emotions::displayName(rating.emotion));
    name->lineEdit()->setPlaceholderText(tr("A feeling, e.g. sad"));
    auto *intensity = new QSpinBox(row);
    intensity->setObjectName(u"emotionIntensity"_s);
    intensity->setRange(ThoughtRecord::MinIntensity, ThoughtRecord::MaxIntensity);
    intensity->setSingleStep(5);
    intensity->setValue(rating.intensity);
    intensity->setSuffix(tr(" of 100"));
    intensity->setAccessibleName(tr("%1: how strong, 0 to 100").arg(m_name));
    auto *remove = new QToolButton(row);
    remove->setObjectName(u"removeEmotionButton"_s);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove this feeling"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(name, 2);
    layout->addWidget(intensity, 1);
    layout->addWidget(remove);
    m_rows->addWidget(row);
    connect(name, &QComboBox::editTextChanged, this, &EmotionRatingsEditor::changed);
    connect(intensity, &QSpinBox::valueChanged, this, &EmotionRatingsEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeRow(row); });
    name->setFocus();
    Q_EMIT changed();
}

void EmotionRatingsEditor::removeRow(QWidget *row)
{
    m_rows->removeWidget(row);
    row->deleteLater();
    row->hide();
    row->setParent(nullptr);
    Q_EMIT changed();
}

QList<EmotionRating> EmotionRatingsEditor::ratings() const
{
    QList<EmotionRating> result;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *row = m_rows->itemAt(i)->widget();
        // A row holds one combo box and one spin box (addRow()).
        const auto *name = row->findChild<QComboBox *>();
        const auto *intensity = row->findChild<QSpinBox *>();
        const QString text = name->currentText().trimmed();
        if (text.isEmpty())
            continue;
        result << EmotionRating { Emotions::keyFor(text), intensity->value() };
    }
    return result;
}

void EmotionRatingsEditor::setRatings(const QList<EmotionRating> &ratings)
{
    const QSignalBlocker blocker(this);
    while (m_rows->count() > 0) {
        QWidget *row = m_rows->itemAt(0)->widget();
        m_rows->removeWidget(row);
        delete row;
    }
    for (const EmotionRating &r : ratings)
        addRow(r);
}

} // namespace Rekindle
