// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoJournal.h"

#include "DemoReflections.h"
#include "DemoSteps12.h"
#include "DemoSteps345.h"
#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "Sql.h"
#include "core/Step.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    constexpr std::array kTitles = {
        std::array { QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "The first quiet evening"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Why it ended"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "What I would do differently"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Not texting today"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Accepting it"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "A wave of missing them") },
        std::array { QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Morning run"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "First pottery class"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Therapy session"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Cooking for myself"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "A good week"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Learning to rest") },
        std::array { QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Thinking about reaching out"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "A short, friendly message"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "They replied"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Coffee on Saturday"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Keeping it light"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Waiting without pushing") },
        std::array { QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Being honest about my feelings"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "A promise kept"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "We talked about the hard part"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Showing up on time"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Listening more"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "A small doubt, said out loud") },
        std::array { QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "No rush"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "A slow Sunday walk"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Pacing myself"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Noticing the pressure"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Grateful for today"),
            QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "Whatever happens, I am okay") },
    };

    constexpr std::array kSentences = {
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoJournal", "I woke up thinking about them, and that is all right."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "I wrote down three things I am grateful for."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal",
            "I noticed the urge to check their profile and closed the app instead."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoJournal", "I can see now that I stopped listening when I was stressed."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal",
            "Next time I feel defensive, I want to pause and ask a question first."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoJournal", "The walk by the river helped more than I expected."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "I talked to my sister and felt less alone."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal",
            "My therapist asked what I need, not what they need. I did not know the answer."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "I slept better last night."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoJournal", "I am learning that space is a kindness, not a punishment."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "I finished the chapter I started last week."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "I felt proud that I kept my word to myself."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal",
            "Some days are heavy. Today was one of them, and I got through it."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoJournal", "I want to be someone who says what they feel calmly."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "It was good to laugh with friends again."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoJournal", "I made a plan for the weekend that is just for me."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal",
            "I reread an old message and did not reply. That was the right choice."),
        QT_TRANSLATE_NOOP("Rekindle::DemoJournal", "A small step is still a step."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoJournal", "I noticed I was rushing and slowed down on purpose."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoJournal", "Honesty felt uncomfortable, and it also felt right."),
    };

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::DemoJournal", text);
    }

    /// The step a person is most likely writing about `fraction` of the way through the history.
    int stepAt(double fraction, QRandomGenerator &random)
    {
        static constexpr std::array<double, 4> thresholds = { 0.2, 0.45, 0.65, 0.82 };
        int step = 1;
        for (double threshold : thresholds)
            if (fraction >= threshold)
                ++step;
        // Earlier steps are revisited now and then.
        if (step > 1 && random.bounded(5) == 0)
            step = 1 + int(random.bounded(step));
        return step;
    }

} // namespace

Status DemoJournal::generate(Journal &journal, const Options &options)
{
    const QString what = tr("The sample journal could not be created.");
    const QSqlDatabase db = journal.database();
    Sql::Transaction transaction(db, what);
    if (!transaction.begun())
        return transaction.status();

    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO entries (uid, step, title, body, mood, created_at, "
                        "updated_at) VALUES (?, ?, %1, %1, ?, ?, ?)"_s.arg(FieldCodec::TextParam)))
        return Sql::error(insert.lastError(), what);

    QRandomGenerator random(options.seed);
    const QDate today = journal.clock().today();
    const QTimeZone zone = journal.clock().timeZone();
    const qint64 nowMs = journal.clock().now().toMSecsSinceEpoch();
    const int days = std::max(1, options.days);
    double carry = 0;
    for (int day = 0; day < days; ++day) {
        const QDate date = today.addDays(day - days + 1);
        const double fraction = days > 1 ? double(day) / (days - 1) : 1.0;
        carry += options.entriesPerDay * (0.5 + random.generateDouble());
        const int count = int(carry);
        carry -= count;
        for (int i = 0; i < count; ++i) {
            const int step = stepAt(fraction, random);
            const auto &titles = kTitles.at(size_t(step - 1));
            QStringList sentences;
            const int sentenceCount = 2 + int(random.bounded(4));
            for (int s = 0; s < sentenceCount; ++s)
                sentences << tr(kSentences.at(random.bounded(quint32(kSentences.size()))));
            // Mood drifts upwards over the months, with ordinary ups and downs.
            const double base = 3.5 + 4.0 * fraction + (random.generateDouble() * 3.0 - 1.5);
            const QVariant mood = random.bounded(4) == 0
                ? QVariant(QMetaType(QMetaType::Int))
                : QVariant(std::clamp(int(std::lround(base)), 1, 10));
            const QTime time(7 + int(random.bounded(15)), int(random.bounded(60)));
            const qint64 created
                = std::min(nowMs, QDateTime(date, time, zone).toMSecsSinceEpoch() + i);
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const FieldCodec &codec = journal.fieldCodec();
            insert.addBindValue(uid);
            insert.addBindValue(step);
            insert.addBindValue(codec.bind({ u"entries"_s, u"title"_s, uid },
                tr(titles.at(random.bounded(quint32(titles.size()))))));
            insert.addBindValue(codec.bind({ u"entries"_s, u"body"_s, uid }, sentences.join(u' ')));
            insert.addBindValue(mood);
            insert.addBindValue(created);
            insert.addBindValue(created);
            if (!insert.exec())
                return Sql::error(insert.lastError(), what);
        }
    }
    insert.finish();
    if (Status status = generateReflectionDemo(journal, options, random); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    if (Status status = generateSteps12Demo(journal, options, random); !status)
        return status;
    return generateSteps345Demo(journal, options, random);
}

} // namespace Rekindle
