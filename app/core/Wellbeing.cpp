// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wellbeing.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Rekindle::Wellbeing {
namespace {

    struct List {
        const char *language;
        QStringList phrases;
    };

    // Phrases rather than single words where a word alone is common in other senses
    // ("mourir de rire", "ich bringe es um"). Lower case, straight apostrophes.
    const QList<List> &lists()
    {
        static const QList<List> all = {
            { "en",
                { u"suicide"_s, u"suicidal"_s, u"kill myself"_s, u"killing myself"_s,
                    u"end my life"_s, u"ending my life"_s, u"take my own life"_s, u"self-harm"_s,
                    u"self harm"_s, u"harm myself"_s, u"hurt myself"_s, u"hurting myself"_s,
                    u"cut myself"_s, u"cutting myself"_s, u"want to die"_s, u"wish i was dead"_s,
                    u"wish i were dead"_s, u"better off dead"_s, u"don't want to live"_s,
                    u"do not want to live"_s, u"no reason to live"_s } },
            { "de",
                { u"suizid"_s, u"suizidal"_s, u"selbstmord"_s, u"mich umbringen"_s,
                    u"mich umzubringen"_s, u"mir das leben nehmen"_s, u"mir das leben zu nehmen"_s,
                    u"nicht mehr leben"_s, u"will sterben"_s, u"sterben will"_s, u"mich ritzen"_s,
                    u"selbstverletzung"_s, u"mich selbst verletzen"_s, u"lieber tot"_s } },
            { "fr",
                { u"suicide"_s, u"suicidaire"_s, u"me suicider"_s, u"me tuer"_s,
                    u"mettre fin à mes jours"_s, u"en finir avec la vie"_s, u"envie de mourir"_s,
                    u"veux mourir"_s, u"me faire du mal"_s, u"automutilation"_s, u"me scarifier"_s,
                    u"plus envie de vivre"_s } },
        };
        return all;
    }

    QString normalized(const QString &text)
    {
        QString result = text.toCaseFolded();
        result.replace(u'\u2019', u'\'').replace(u'\u02bc', u'\'');
        return result.simplified();
    }

    const QRegularExpression &pattern()
    {
        static const QRegularExpression expression = [] {
            QStringList alternatives;
            for (const List &list : lists())
                for (const QString &phrase : list.phrases)
                    alternatives << QRegularExpression::escape(normalized(phrase));
            return QRegularExpression(u"(?<![\\w-])(?:%1)(?![\\w-])"_s.arg(alternatives.join(u'|')),
                QRegularExpression::UseUnicodePropertiesOption);
        }();
        return expression;
    }

} // namespace

bool isVeryLowMood(int mood)
{
    return mood >= 1 && mood <= LowMoodAtMost;
}

QStringList languages()
{
    QStringList result;
    for (const List &list : lists())
        result << QString::fromLatin1(list.language);
    return result;
}

QStringList phrases(const QString &language)
{
    for (const List &list : lists())
        if (language == QLatin1StringView(list.language))
            return list.phrases;
    return {};
}

bool mentionsSelfHarm(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    return pattern().match(normalized(text)).hasMatch();
}

} // namespace Rekindle::Wellbeing
