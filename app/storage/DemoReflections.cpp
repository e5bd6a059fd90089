// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoReflections.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "Sql.h"
#include "core/Emotions.h"
#include "core/Reflection.h"
#include "core/ReflectionPrompts.h"
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

    constexpr std::array kAnswers = {
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections",
            "We stopped making time for each other, and I stopped saying what I needed."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoReflections", "I could have listened instead of defending myself."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections",
            "I want to stop going quiet when I am hurt, and say it calmly instead."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections",
            "I would tell them to be gentle with themselves. So I will try."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections",
            "No messages this week. If I feel the urge, I will write here instead."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections", "A long walk with my sister on Sunday."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoReflections", "Being more patient. I rush when I am anxious."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoReflections", "I went running twice and felt lighter afterwards."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections",
            "I am proud that I booked the appointment I kept putting off."),
        QT_TRANSLATE_NOOP(
            "Rekindle::DemoReflections", "Something light: a photo of the dog at the beach."),
    };

    constexpr std::array kNotes = {
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections", "Slept well."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections", "A heavy morning, a better afternoon."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections", "Good talk with a friend."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections", "Missing them today."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections", "Busy at work, that helped."),
        QT_TRANSLATE_NOOP("Rekindle::DemoReflections", ""),
    };

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::DemoReflections", text);
    }

} // namespace

Status generateReflectionDemo(
    Journal &journal, const DemoJournal::Options &options, QRandomGenerator &random)
{
    const QString what = tr("The sample reflections could not be created.");
    const QSqlDatabase db = journal.database();
    const QDate today = journal.clock().today();
    const QTimeZone zone = journal.clock().timeZone();
    const qint64 nowMs = journal.clock().now().toMSecsSinceEpoch();
    const int days = std::max(1, options.days);

    // Mood check-ins: most days one, some days two, a few none.
    QSqlQuery mood(db);
    if (!mood.prepare(
            u"INSERT INTO mood_checkins (uid, mood, emotions, note, at, day) "
            "VALUES (?, ?, coalesce(?, ''), coalesce(%1, ''), ?, ?)"_s.arg(FieldCodec::TextParam)))
        return Sql::error(mood.lastError(), what);
    const QStringList emotions = Emotions::keys();
    for (int day = 0; day < days; ++day) {
        const QDate date = today.addDays(day - days + 1);
        const double fraction = days > 1 ? double(day) / (days - 1) : 1.0;
        const int count = int(random.bounded(3)); // 0, 1 or 2
        for (int i = 0; i < count; ++i) {
            const double base = 3.0 + 4.5 * fraction + (random.generateDouble() * 3.0 - 1.5);
            const int value = std::clamp(int(std::lround(base)), 1, 10);
            QStringList picked;
            const int feelings = 1 + int(random.bounded(3));
            // Brighter feelings come first in the list: lean on them as the mood rises.
            for (int f = 0; f < feelings; ++f) {
                const int half = int(emotions.size() / 2);
                const bool bright = random.generateDouble() < value / 10.0;
                const int index = (bright ? 0 : half) + int(random.bounded(half));
                if (!picked.contains(emotions.at(index)))
                    picked << emotions.at(index);
            }
            const QTime time(8 + 11 * i + int(random.bounded(3)), int(random.bounded(60)));
            const qint64 at = std::min(nowMs, QDateTime(date, time, zone).toMSecsSinceEpoch());
            const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            mood.addBindValue(uid);
            mood.addBindValue(value);
            mood.addBindValue(picked.join(u','));
            mood.addBindValue(journal.fieldCodec().bind({ u"mood_checkins"_s, u"note"_s, uid },
                tr(kNotes.at(random.bounded(quint32(kNotes.size()))))));
            mood.addBindValue(at);
            mood.addBindValue(journal.clock()
                                  .localDate(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()))
                                  .toString(Qt::ISODate));
            if (!mood.exec())
                return Sql::error(mood.lastError(), what);
        }
    }
    mood.finish();

    // Reflections: a couple per step, spread over the step's part of the history.
    QSqlQuery reflection(db);
    QSqlQuery answer(db);
    if (!reflection.prepare(u"INSERT INTO reflections (uid, step, kind, complete, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s)
        || !answer.prepare(u"INSERT INTO reflection_answers (reflection_id, position, "
                           "prompt_key, prompt_text, answer) VALUES (?, ?, ?, coalesce(%1, ''), "
                           "coalesce(%1, ''))"_s.arg(FieldCodec::TextParam)))
        return Sql::error(reflection.lastError(), what);
    const auto write = [&](Step step, ReflectionKind kind, bool complete, double fraction,
                           const QList<ReflectionAnswer> &answers) -> Status {
        const int day = int(fraction * (days - 1));
        const QDateTime at(today.addDays(day - days + 1), QTime(20, int(random.bounded(60))), zone);
        const qint64 ms = std::min(nowMs, at.toMSecsSinceEpoch());
        const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        reflection.addBindValue(uid);
        reflection.addBindValue(static_cast<int>(step));
        reflection.addBindValue(static_cast<int>(kind));
        reflection.addBindValue(complete ? 1 : 0);
        reflection.addBindValue(ms);
        reflection.addBindValue(ms);
        if (!reflection.exec())
            return Sql::error(reflection.lastError(), what);
        const qint64 id = reflection.lastInsertId().toLongLong();
        const FieldCodec &codec = journal.fieldCodec();
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QString place = uid + u'/' + QString::number(i);
            answer.addBindValue(id);
            answer.addBindValue(int(i));
            answer.addBindValue(answers.at(i).promptKey);
            answer.addBindValue(codec.bind(
                { u"reflection_answers"_s, u"prompt_text"_s, place }, answers.at(i).promptText));
            answer.addBindValue(
                codec.bind({ u"reflection_answers"_s, u"answer"_s, place }, answers.at(i).answer));
            if (!answer.exec())
                return Sql::error(answer.lastError(), what);
        }
        return {};
    };
    static constexpr std::array<double, 5> starts = { 0.0, 0.2, 0.45, 0.65, 0.82 };
    for (const Step step : Steps::all()) {
        const double start = starts.at(size_t(static_cast<int>(step) - 1));
        const QList<ReflectionPrompt> plan
            = ReflectionPrompts::sessionPlan(step, ReflectionPrompts::builtins(step));
        const int sessions = step == Step::Acknowledge ? 3 : 2;
        for (int s = 0; s < sessions; ++s) {
            QList<ReflectionAnswer> answers;
            for (const ReflectionPrompt &p : plan)
                answers << ReflectionAnswer { p.key, p.text,
                    random.bounded(5) == 0
                        ? QString()
                        : tr(kAnswers.at(random.bounded(quint32(kAnswers.size())))) };
            if (Status st
                = write(step, ReflectionKind::Guided, true, start + 0.03 * (s + 1), answers);
                !st)
                return st;
        }
    }
    ThoughtRecord record;
    record.situation = tr("I saw a photo of them with friends, looking happy.");
    record.emotions = { { u"sad"_s, 80 }, { u"jealous"_s, 60 } };
    record.automaticThought = tr("They have moved on completely and never think of me.");
    record.evidenceFor = tr("They look happy in the photo.");
    record.evidenceAgainst = tr("One photo shows one moment. I look happy in photos on hard "
                                "days too.");
    record.balancedThought = tr("I do not know how they feel. I can look after how I feel.");
    record.emotionsAfter = { { u"sad"_s, 45 }, { u"jealous"_s, 25 } };
    if (Status st
        = write(Step::Acknowledge, ReflectionKind::ThoughtRecord, true, 0.1, record.toAnswers());
        !st)
        return st;
    // A reflection left half done, to show how a draft is resumed.
    const QList<ReflectionPrompt> plan = ReflectionPrompts::sessionPlan(
        Step::WorkOnYourself, ReflectionPrompts::builtins(Step::WorkOnYourself));
    QList<ReflectionAnswer> draft;
    for (qsizetype i = 0; i < plan.size(); ++i)
        draft << ReflectionAnswer { plan.at(i).key, plan.at(i).text,
            i < 2 ? tr(kAnswers.at(size_t(6 + i))) : QString() };
    if (Status st = write(Step::WorkOnYourself, ReflectionKind::Guided, false, 0.95, draft); !st)
        return st;
    // One prompt of the person's own in step 2, before the closing action prompt (written as
    // PromptStore::setPrompts would, inside the demo's transaction).
    QList<ReflectionPrompt> prompts = ReflectionPrompts::builtins(Step::WorkOnYourself);
    ReflectionPrompt own;
    own.key = QString::fromLatin1(ReflectionPrompts::CustomKeyPrefix)
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    own.text = tr("What did I enjoy doing just for myself this week?");
    prompts.insert(std::max<qsizetype>(0, prompts.size() - 1), own);
    const QList<PromptSetting> settings = ReflectionPrompts::settingsOf(prompts);
    for (qsizetype i = 0; i < settings.size(); ++i) {
        const PromptSetting &setting = settings.at(i);
        const auto orNull = [](const QString &text) {
            return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
        };
        const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto q = Sql::run(db,
                u"INSERT INTO reflection_prompts (uid, step, position, builtin_key, "
                "custom_key, custom_text, hidden) VALUES (?, ?, ?, ?, ?, "
                "coalesce(%1, ''), ?)"_s.arg(FieldCodec::TextParam),
                { uid, static_cast<int>(Step::WorkOnYourself), int(i), orNull(setting.builtinKey),
                    orNull(setting.customKey),
                    journal.fieldCodec().bind(
                        { u"reflection_prompts"_s, u"custom_text"_s, uid }, setting.customText),
                    setting.hidden ? 1 : 0 },
                what);
            !q)
            return q.error();
    }
    return {};
}

} // namespace Rekindle
