// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reflection.h"

#include "Emotions.h"
#include "TextLength.h"
#include "core/Translation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Rekindle {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::Reflection", text);
    }

    const QString SituationKey = u"thought.situation"_s;
    const QString EmotionsKey = u"thought.emotions"_s;
    const QString AutomaticKey = u"thought.automatic"_s;
    const QString ForKey = u"thought.evidence-for"_s;
    const QString AgainstKey = u"thought.evidence-against"_s;
    const QString BalancedKey = u"thought.balanced"_s;
    const QString AfterKey = u"thought.emotions-after"_s;

} // namespace

Status Reflection::validate(const QList<ReflectionAnswer> &answers)
{
    if (answers.size() > MaxAnswers)
        return Error { tr("This reflection has too many questions to save.") };
    for (const ReflectionAnswer &a : answers)
        if (characterCount(a.answer) > MaxAnswerLength
            || characterCount(a.promptText) > MaxAnswerLength)
            return Error { tr("One answer is too long to save. Shorten it, or move part of it "
                              "into a journal entry.") };
    return {};
}

QString Reflection::kindName(ReflectionKind kind)
{
    return kind == ReflectionKind::ThoughtRecord ? tr("Thought record") : tr("Reflection");
}

QString Reflection::displayTitle(ReflectionKind kind, const QString &firstAnswer)
{
    QString start = firstAnswer.simplified();
    if (start.size() > 60)
        start = start.left(59) + u'…';
    if (start.isEmpty())
        return kindName(kind);
    return tr("%1: %2").arg(kindName(kind), start);
}

bool ThoughtRecord::isEmpty() const
{
    return situation.trimmed().isEmpty() && emotions.isEmpty()
        && automaticThought.trimmed().isEmpty() && evidenceFor.trimmed().isEmpty()
        && evidenceAgainst.trimmed().isEmpty() && balancedThought.trimmed().isEmpty()
        && emotionsAfter.isEmpty();
}

Status ThoughtRecord::validate() const
{
    for (const auto *list : { &emotions, &emotionsAfter })
        for (const EmotionRating &e : *list) {
            if (e.emotion.trimmed().isEmpty())
                return Error { tr("Name each feeling, or remove the empty row.") };
            if (e.intensity < MinIntensity || e.intensity > MaxIntensity)
                return Error { tr("How strong a feeling is goes from %1 to %2.")
                                   .arg(MinIntensity)
                                   .arg(MaxIntensity) };
        }
    return Reflection::validate(toAnswers());
}

QList<ReflectionAnswer> ThoughtRecord::toAnswers() const
{
    return {
        { SituationKey, tr("Situation"), situation },
        { EmotionsKey, tr("Feelings and how strong they were"), encodeEmotions(emotions) },
        { AutomaticKey, tr("Automatic thought"), automaticThought },
        { ForKey, tr("Evidence for the thought"), evidenceFor },
        { AgainstKey, tr("Evidence against the thought"), evidenceAgainst },
        { BalancedKey, tr("A more balanced thought"), balancedThought },
        { AfterKey, tr("Feelings rated again"), encodeEmotions(emotionsAfter) },
    };
}

ThoughtRecord ThoughtRecord::fromAnswers(const QList<ReflectionAnswer> &answers)
{
    ThoughtRecord r;
    for (const ReflectionAnswer &a : answers) {
        if (a.promptKey == SituationKey)
            r.situation = a.answer;
        else if (a.promptKey == EmotionsKey)
            r.emotions = decodeEmotions(a.answer);
        else if (a.promptKey == AutomaticKey)
            r.automaticThought = a.answer;
        else if (a.promptKey == ForKey)
            r.evidenceFor = a.answer;
        else if (a.promptKey == AgainstKey)
            r.evidenceAgainst = a.answer;
        else if (a.promptKey == BalancedKey)
            r.balancedThought = a.answer;
        else if (a.promptKey == AfterKey)
            r.emotionsAfter = decodeEmotions(a.answer);
    }
    return r;
}

QString ThoughtRecord::encodeEmotions(const QList<EmotionRating> &emotions)
{
    QStringList lines;
    for (const EmotionRating &e : emotions)
        lines << u"%1\t%2"_s.arg(e.intensity).arg(e.emotion.simplified());
    return lines.join(u'\n');
}

QList<EmotionRating> ThoughtRecord::decodeEmotions(const QString &text)
{
    QList<EmotionRating> result;
    for (const auto line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            continue;
        bool ok = false;
        const int intensity = line.left(tab).toInt(&ok);
        const QString name = line.mid(tab + 1).trimmed().toString();
        if (ok && !name.isEmpty())
            result << EmotionRating { name, intensity };
    }
    return result;
}

QString ThoughtRecord::describeEmotions(const QList<EmotionRating> &emotions)
{
    QStringList parts;
    for (const EmotionRating &e : emotions)
        parts << tr("%1 %2").arg(Emotions::displayName(e.emotion)).arg(e.intensity);
    return parts.join(tr(", "));
}

} // namespace Rekindle
