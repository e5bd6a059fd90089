// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoodDialog.h"

#include "core/Emotions.h"
#include "core/MoodCheckIn.h"
#include "models/RecentMoodModel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    // One word for each value of the scale, so the number has a meaning.
    constexpr std::array kMoodWords = {
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "very low"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "low"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "quite low"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "a bit low"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "so-so"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "okay"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "fairly good"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "good"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "very good"),
        QT_TRANSLATE_NOOP("Rekindle::MoodDialog", "wonderful"),
    };

} // namespace

MoodDialog::MoodDialog(RecentMoodModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_moodValue(new QLabel(this))
    , m_emotions(new QWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"moodDialog"_s);
    setWindowTitle(tr("Mood Check-in"));
    setMinimumWidth(460);

    auto *moodLabel = new QLabel(tr("&How do you feel right now?"), this);
    moodLabel->setBuddy(m_slider);
    m_slider->setObjectName(u"moodSlider"_s);
    m_slider->setRange(MoodCheckIn::MinMood, MoodCheckIn::MaxMood);
    m_slider->setValue(6);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_moodValue->setObjectName(u"moodValue"_s);
    m_moodValue->setMinimumWidth(fontMetrics().horizontalAdvance(u"10 — fairly good"_s) + 8);
    auto *low = new QLabel(tr("very low"), this);
    auto *high = new QLabel(tr("wonderful"), this);
    auto *scale = new QHBoxLayout;
    scale->addWidget(low);
    scale->addWidget(m_slider, 1);
    scale->addWidget(high);
    scale->addSpacing(8);
    scale->addWidget(m_moodValue);

    auto *emotionsLabel = new QLabel(tr("&Feelings (pick any that fit)"), this);
    // The feelings as toggle buttons: clear in any palette, quick to tap.
    m_emotions->setObjectName(u"emotionList"_s);
    m_emotions->setAccessibleName(tr("Feelings"));
    auto *grid = new QGridLayout(m_emotions);
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int Columns = 4;
    const QStringList keys = Emotions::keys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *button = new QPushButton(Emotions::displayName(keys.at(i)), m_emotions);
        button->setObjectName(u"emotion_"_s + keys.at(i));
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setProperty("emotionKey", keys.at(i));
        grid->addWidget(button, i / Columns, i % Columns);
        m_emotionButtons << button;
        // A tick as well as the pressed look: visible in every style and palette.
        const QString name = Emotions::displayName(keys.at(i));
        connect(button, &QPushButton::toggled, button,
            [button, name](bool on) { button->setText(on ? tr("✓ %1").arg(name) : name); });
    }
    emotionsLabel->setBuddy(m_emotionButtons.value(0));

    auto *noteLabel = new QLabel(tr("&Note (optional)"), this);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(u"moodNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Anything you want to remember about this moment"));
    m_note->setMaximumHeight(90);

    m_status->setObjectName(u"moodStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveMoodButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &MoodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoodDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(moodLabel);
    layout->addLayout(scale);
    layout->addSpacing(6);
    layout->addWidget(emotionsLabel);
    layout->addWidget(m_emotions);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // The note is made before the feelings: put the Tab order back in the order they read
    // (the scale, the feelings row by row, the note, then the buttons).
    QWidget *previous = m_slider;
    for (QPushButton *button : std::as_const(m_emotionButtons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_note);

    connect(m_slider, &QSlider::valueChanged, this, &MoodDialog::updateMoodLabel);
    updateMoodLabel();
    m_slider->setFocus();
}

int MoodDialog::mood() const
{
    return m_slider->value();
}

void MoodDialog::setMood(int mood)
{
    m_slider->setValue(mood);
}

void MoodDialog::updateMoodLabel()
{
    const int value = m_slider->value();
    const QString word = tr(kMoodWords.at(size_t(std::clamp(value, 1, 10) - 1)));
    m_moodValue->setText(tr("%1 — %2").arg(value).arg(word));
    m_slider->setAccessibleDescription(m_moodValue->text());
}

QStringList MoodDialog::emotions() const
{
    QStringList keys;
    for (const QPushButton *button : m_emotionButtons)
        if (button->isChecked())
            keys << button->property("emotionKey").toString();
    return keys;
}

void MoodDialog::setEmotionChecked(const QString &key, bool checked)
{
    for (QPushButton *button : std::as_const(m_emotionButtons))
        if (button->property("emotionKey").toString() == key)
            button->setChecked(checked);
}

QString MoodDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void MoodDialog::accept()
{
    auto id = m_model->checkIn(mood(), emotions(), note());
    if (!id) {
        m_status->setText(id.error().message);
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

} // namespace Rekindle
