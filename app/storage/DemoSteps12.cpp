// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSteps12.h"

#include "FieldCodec.h"
#include "Journal.h"
#include "JournalConnection.h"
#include "RecordKinds.h"
#include "SettingsStore.h"
#include "Sql.h"
#include "StoreUtil.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <array>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    struct DemoMyPart {
        const char *what;
        const char *part;
        const char *instead;
        int status;
    };

    constexpr std::array kMyPart = {
        DemoMyPart { QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Arguments about my long hours"),
            QT_TRANSLATE_NOOP(
                "Rekindle::DemoSteps12", "I kept cancelling plans and said work came first."),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps12",
                "Keep one evening a week free, and say so early when plans change."),
            1 },
        DemoMyPart { QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "The trip we never took"),
            QT_TRANSLATE_NOOP(
                "Rekindle::DemoSteps12", "I brushed off what they wanted as not important."),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps12",
                "Ask what matters to them and listen to the whole answer."),
            0 },
        DemoMyPart { QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Snapping when I was stressed"),
            QT_TRANSLATE_NOOP(
                "Rekindle::DemoSteps12", "I took my stress out on them instead of naming it."),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps12",
                "Notice the tension, say \"I am stressed\", take ten minutes."),
            1 },
        DemoMyPart { QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Checking their phone"),
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "My jealousy made them feel watched."),
            QT_TRANSLATE_NOOP(
                "Rekindle::DemoSteps12", "Talk about my insecurity with a therapist."),
            2 },
    };

    struct DemoGoal {
        const char *title;
        int category;
        int timesPerWeek;
        double chance; ///< probability of a check-in on a given day
        int myPart; ///< index into kMyPart, or -1
        bool archived;
    };

    constexpr std::array kGoals = {
        DemoGoal {
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Morning run"), 0, 3, 0.5, -1, false },
        DemoGoal { QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Ten minutes of stretching"), 0, 7,
            0.8, -1, false },
        DemoGoal {
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Pottery class"), 1, 1, 0.16, -1, false },
        DemoGoal {
            QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Therapy session"), 2, 1, 0.15, 3, false },
        DemoGoal { QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Name my stress out loud"), 3, 7, 0.6,
            2, false },
        DemoGoal { QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Learn Spanish on the app"), 1, 5,
            0.3, -1, true },
    };

    constexpr std::array kUrgeNotes = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Saw our song on the radio."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Late at night, feeling lonely."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Their birthday is next week."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Wanted to tell them about my day."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", ""),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", ""),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Walked past our café."),
    };

    constexpr std::array kWins = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Cooked a proper dinner for myself"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Went for a run in the rain"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Called my sister"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Finished a book"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Said no to overtime"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Slept eight hours"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Made a bowl that did not collapse"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Sat with a sad feeling instead of texting"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Tidied the flat"),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Went to the party and enjoyed it"),
    };

    constexpr std::array kUnsent = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12",
            "I keep replaying our last evening. I wish I had listened instead of defending "
            "myself. I am sorry for how I spoke to you."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12",
            "I saw the poster for the concert we talked about and thought of you. I hope you "
            "go."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12",
            "Please just answer me. I need to know if there is any chance."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12",
            "I have been going to therapy. I am learning a lot about why I get so jealous."),
    };
    constexpr std::array kUnsentStates = { 1, 2, 1, 0 };

    constexpr std::array kContactNotes = {
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Asked if we could talk."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Sent a long message about how I feel."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Called, no answer."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "They asked for a book back."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Short, friendly reply."),
        QT_TRANSLATE_NOOP("Rekindle::DemoSteps12", "Liked a photo of theirs."),
    };

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::DemoSteps12", text);
    }

} // namespace

Status generateSteps12Demo(
    Journal &journal, const DemoJournal::Options &options, QRandomGenerator &random)
{
    const QString what = tr("The sample journal could not be created.");
    const QSqlDatabase db = journal.database();
    Sql::Transaction transaction(db, what);
    if (!transaction.begun())
        return transaction.status();

    const Clock &clock = journal.clock();
    const QDate today = clock.today();
    const QTimeZone zone = clock.timeZone();
    const qint64 nowMs = clock.now().toMSecsSinceEpoch();
    const int days = std::max(1, options.days);
    const QDate breakup = today.addDays(-(days - 1));
    const QDate spaceStart = breakup.addDays(std::min(3, days - 1));
    const auto at = [&](QDate day, int hour, int minute) {
        return std::min(nowMs, QDateTime(day, QTime(hour, minute), zone).toMSecsSinceEpoch());
    };
    const auto run = [&](const QString &sql, std::initializer_list<QVariant> bindings) {
        return Sql::run(db, sql.arg(FieldCodec::TextParam), bindings, what);
    };
    // Every text value of the sample goes through the journal's codec, as a store writes it.
    const FieldCodec &codec = journal.fieldCodec();
    const auto text = [&codec](const QString &kind, const QString &field, const QString &uid,
                          const QString &value) {
        return codec.bind({ kind, field, uid }, value);
    };

    // Where I stand.
    const QString upsert = u"INSERT INTO journal_settings (key, value) VALUES (?, %1) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
    for (const auto &[key, day] : { std::pair { SettingsStore::BreakupDateKey, breakup },
             std::pair { SettingsStore::AcceptedOnKey, breakup.addDays(std::min(12, days - 1)) },
             std::pair { SettingsStore::SpaceStartKey, spaceStart } })
        if (auto q = run(upsert,
                { key,
                    text(RecordKinds::SettingsTable, u"value"_s, key, StoreUtil::dayText(day)) });
            !q)
            return q.error();

    // My part.
    QList<qint64> myPartIds;
    for (size_t i = 0; i < kMyPart.size(); ++i) {
        const qint64 created = at(breakup.addDays(std::min(int(i) * 3 + 2, days - 1)), 21, 10);
        const QString uid = StoreUtil::newUid();
        auto q = run(u"INSERT INTO my_part (uid, what_happened, my_part, instead, status, "
                     "created_at, updated_at) VALUES (?, %1, %1, %1, ?, ?, ?)"_s,
            { uid, text(u"my_part"_s, u"what_happened"_s, uid, tr(kMyPart[i].what)),
                text(u"my_part"_s, u"my_part"_s, uid, tr(kMyPart[i].part)),
                text(u"my_part"_s, u"instead"_s, uid, tr(kMyPart[i].instead)), kMyPart[i].status,
                created, created });
        if (!q)
            return q.error();
        myPartIds << q->lastInsertId().toLongLong();
    }

    // Goals and check-ins.
    QSqlQuery checkIn(db);
    if (!checkIn.prepare(u"INSERT INTO goal_checkins (uid, goal_id, day, note, created_at) "
                         "VALUES (?, ?, ?, %1, ?)"_s.arg(FieldCodec::TextParam)))
        return Sql::error(checkIn.lastError(), what);
    for (size_t i = 0; i < kGoals.size(); ++i) {
        const DemoGoal &g = kGoals[i];
        const QDate start = breakup.addDays(std::min(int(i) * 4 + 5, days - 1));
        const QVariant myPart = g.myPart >= 0 ? QVariant(myPartIds.at(g.myPart))
                                              : QVariant(QMetaType(QMetaType::LongLong));
        const QDate end
            = g.archived ? start.addDays(std::min(40, int(start.daysTo(today)))) : today;
        const QVariant archived
            = g.archived ? QVariant(at(end, 20, 0)) : QVariant(QMetaType(QMetaType::LongLong));
        const QString goalUid = StoreUtil::newUid();
        auto q = run(u"INSERT INTO goals (uid, title, category, times_per_week, start_day, "
                     "my_part_id, archived_at, created_at, updated_at) "
                     "VALUES (?, %1, ?, ?, ?, ?, ?, ?, ?)"_s,
            { goalUid, text(u"goals"_s, u"title"_s, goalUid, tr(g.title)), g.category,
                g.timesPerWeek, StoreUtil::dayText(start), myPart, archived, at(start, 8, 0),
                at(start, 8, 0) });
        if (!q)
            return q.error();
        const qint64 goalId = q->lastInsertId().toLongLong();
        for (QDate day = start; day <= end; day = day.addDays(1)) {
            // Today is left open for the person to tick.
            if (day == today || random.generateDouble() >= g.chance)
                continue;
            const QString uid = StoreUtil::newUid();
            checkIn.addBindValue(uid);
            checkIn.addBindValue(goalId);
            checkIn.addBindValue(StoreUtil::dayText(day));
            checkIn.addBindValue(text(u"goal_checkins"_s, u"note"_s, uid, u""_s));
            checkIn.addBindValue(at(day, 19, 0));
            if (!checkIn.exec())
                return Sql::error(checkIn.lastError(), what);
        }
    }
    checkIn.finish();

    // Contacts: a hard first week (several unanswered messages), then fewer and fewer.
    QSqlQuery contact(db);
    if (!contact.prepare(u"INSERT INTO contact_events (uid, direction, channel, occurred_at, "
                         "day, note, response, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, %1, ?, ?, ?)"_s.arg(FieldCodec::TextParam)))
        return Sql::error(contact.lastError(), what);
    const auto addContact
        = [&](QDate day, int hour, int direction, int channel, int note, const QVariant &response) {
              const qint64 when = at(day, hour, int(random.bounded(60)));
              const QString uid = StoreUtil::newUid();
              contact.addBindValue(uid);
              contact.addBindValue(direction);
              contact.addBindValue(channel);
              contact.addBindValue(when);
              contact.addBindValue(StoreUtil::dayText(day));
              contact.addBindValue(text(u"contact_events"_s, u"note"_s, uid,
                  note >= 0 ? tr(kContactNotes.at(size_t(note))) : u""_s));
              contact.addBindValue(response);
              contact.addBindValue(when);
              contact.addBindValue(when);
              return contact.exec();
          };
    const QVariant none { QMetaType(QMetaType::Int) };
    for (int d = 0; d < std::min(days - 1, 6); ++d)
        if (!addContact(breakup.addDays(d), 22, 0, d % 2 == 0 ? 0 : 1, d % 3, QVariant(0)))
            return Sql::error(contact.lastError(), what);
    // Later: now and then, with longer and longer stretches between.
    for (int d = 20; d < days - 10; d += 25 + int(random.bounded(30))) {
        if (!addContact(breakup.addDays(d), 18, 0, 0, 0, QVariant(1 + int(random.bounded(3)))))
            return Sql::error(contact.lastError(), what);
        if (random.bounded(2) == 0
            && !addContact(breakup.addDays(d + 2), 12, 1, int(random.bounded(3)), 3, none))
            return Sql::error(contact.lastError(), what);
    }
    contact.finish();

    // Urges resisted: often at first, fading with time.
    QSqlQuery urge(db);
    if (!urge.prepare(u"INSERT INTO urges (uid, occurred_at, day, intensity, note, created_at) "
                      "VALUES (?, ?, ?, ?, %1, ?)"_s.arg(FieldCodec::TextParam)))
        return Sql::error(urge.lastError(), what);
    for (int d = 0; d < days; ++d) {
        const double fraction = days > 1 ? double(d) / (days - 1) : 1.0;
        if (random.generateDouble() > 0.9 - 0.6 * fraction)
            continue;
        const QDate day = breakup.addDays(d);
        const qint64 when = at(day, 20 + int(random.bounded(3)), int(random.bounded(60)));
        const int intensity = std::clamp(5 - int(fraction * 4) + int(random.bounded(2)), 1, 5);
        const QString uid = StoreUtil::newUid();
        urge.addBindValue(uid);
        urge.addBindValue(when);
        urge.addBindValue(StoreUtil::dayText(day));
        urge.addBindValue(intensity);
        urge.addBindValue(text(u"urges"_s, u"note"_s, uid,
            tr(kUrgeNotes.at(random.bounded(quint32(kUrgeNotes.size()))))));
        urge.addBindValue(when);
        if (!urge.exec())
            return Sql::error(urge.lastError(), what);
    }
    urge.finish();

    // Unsent messages: most recent last.
    for (size_t i = 0; i < kUnsent.size(); ++i) {
        const QDate day = breakup.addDays(
            std::min(days - 1, int(i) * std::max(1, days / int(kUnsent.size())) + 1));
        const qint64 written = at(day, 23, 5);
        const int state = i + 1 == kUnsent.size() ? 0 : kUnsentStates.at(i);
        const QVariant decided = state == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                            : QVariant(std::min(nowMs, written + 86400000LL * 2));
        const QString uid = StoreUtil::newUid();
        if (auto q = run(u"INSERT INTO unsent_messages (uid, body, written_at, state, decided_at, "
                         "updated_at) VALUES (?, %1, ?, ?, ?, ?)"_s,
                { uid, text(u"unsent_messages"_s, u"body"_s, uid, tr(kUnsent.at(i))), written,
                    state, decided, written });
            !q)
            return q.error();
    }

    // Small wins, every few days.
    for (int d = 2; d < days; d += 1 + int(random.bounded(4))) {
        const QDate day = breakup.addDays(d);
        const QString uid = StoreUtil::newUid();
        if (auto q
            = run(u"INSERT INTO small_wins (uid, what, day, created_at) VALUES (?, %1, ?, ?)"_s,
                { uid,
                    text(u"small_wins"_s, u"what"_s, uid,
                        tr(kWins.at(random.bounded(quint32(kWins.size()))))),
                    StoreUtil::dayText(day), at(day, 21, 0) });
            !q)
            return q.error();
    }
    return transaction.commit();
}

} // namespace Rekindle
