// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportServices.h"

#include "core/Translation.h"

#include <QLocale>

namespace Rekindle::SupportServices {
namespace {

    QString tr(const char *text)
    {
        return Translation::lookup("Rekindle::SupportServices", text);
    }

    using Kind = SupportService::Kind;

    struct Row {
        const char *country;
        Kind kind;
        const char *organisation;
        const char *number;
        const char *purpose;
    };

#define T(text) QT_TRANSLATE_NOOP("Rekindle::SupportServices", text)

    constexpr const char *kEmergency = T("Emergency services");
    constexpr const char *kEmergencyWhy
        = T("When you or someone else is in danger right now: police, ambulance, fire.");

    // Ordered by country, then emergency, crisis, abuse. Numbers as dialled in the country.
    constexpr Row kRows[] = {
        { "AT", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "AT", Kind::Crisis, T("Telefonseelsorge"), "142",
            T("Someone to talk to, day and night, free of charge, about anything weighing on "
              "you.") },
        { "AU", Kind::Emergency, kEmergency, "000", kEmergencyWhy },
        { "AU", Kind::Crisis, T("Lifeline"), "13 11 14",
            T("Crisis support and suicide prevention, day and night.") },
        { "AU", Kind::Abuse, T("1800RESPECT"), "1800 737 732",
            T("Support for people affected by domestic, family or sexual violence.") },
        { "CA", Kind::Emergency, kEmergency, "911", kEmergencyWhy },
        { "CA", Kind::Crisis, T("9-8-8 Suicide Crisis Helpline"), "988",
            T("Call or text, day and night, when you are thinking about suicide or worried "
              "about someone.") },
        { "CH", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "CH", Kind::Crisis, T("Die Dargebotene Hand / La Main Tendue"), "143",
            T("Someone to talk to, day and night, about anything weighing on you.") },
        { "DE", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "DE", Kind::Emergency, T("Police"), "110", T("When you are threatened or in danger.") },
        { "DE", Kind::Crisis, T("TelefonSeelsorge"), "0800 111 0 111",
            T("Someone to talk to, day and night, free and anonymous.") },
        { "DE", Kind::Crisis, T("TelefonSeelsorge"), "0800 111 0 222",
            T("Someone to talk to, day and night, free and anonymous.") },
        { "DE", Kind::Abuse, T("Hilfetelefon Gewalt gegen Frauen"), "116 016",
            T("Advice for women affected by violence, day and night, in many languages.") },
        { "FR", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "FR", Kind::Emergency, T("Police"), "17", T("When you are threatened or in danger.") },
        { "FR", Kind::Crisis, T("Numéro national de prévention du suicide"), "3114",
            T("Day and night, when you are thinking about suicide or worried about someone.") },
        { "FR", Kind::Abuse, T("Violences Femmes Info"), "3919",
            T("Listening and advice for women affected by violence, and those around them.") },
        { "GB", Kind::Emergency, kEmergency, "999", kEmergencyWhy },
        { "GB", Kind::Crisis, T("Samaritans"), "116 123",
            T("Someone to talk to, day and night, free, whatever you are going through.") },
        { "GB", Kind::Abuse, T("National Domestic Abuse Helpline (Refuge)"), "0808 2000 247",
            T("Free support for anyone experiencing domestic abuse, day and night.") },
        { "IE", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "IE", Kind::Crisis, T("Samaritans"), "116 123",
            T("Someone to talk to, day and night, free, whatever you are going through.") },
        { "NL", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "NL", Kind::Crisis, T("113 Zelfmoordpreventie"), "113",
            T("When you are thinking about suicide or worried about someone.") },
        { "US", Kind::Emergency, kEmergency, "911", kEmergencyWhy },
        { "US", Kind::Crisis, T("988 Suicide & Crisis Lifeline"), "988",
            T("Call or text, day and night, when you are in distress or thinking about "
              "suicide.") },
        { "US", Kind::Abuse, T("National Domestic Violence Hotline"), "1-800-799-7233",
            T("Confidential support for anyone affected by abuse in a relationship, day and "
              "night.") },
    };

    struct Country {
        const char *code;
        const char *name;
    };

    // Through tr() so that lupdate sees them: QLocale's own territory names are English only.
    constexpr Country kCountries[] = {
        { "AT", T("Austria") },
        { "AU", T("Australia") },
        { "CA", T("Canada") },
        { "CH", T("Switzerland") },
        { "DE", T("Germany") },
        { "FR", T("France") },
        { "GB", T("United Kingdom") },
        { "IE", T("Ireland") },
        { "NL", T("Netherlands") },
        { "US", T("United States") },
    };

#undef T

} // namespace

QStringList countries()
{
    QStringList result;
    for (const Row &row : kRows) {
        const QString code = QString::fromLatin1(row.country);
        if (!result.contains(code))
            result << code;
    }
    return result;
}

QString countryName(const QString &code)
{
    for (const Country &country : kCountries)
        if (code == QLatin1StringView(country.code))
            return tr(country.name);
    return code;
}

QString countryForLocale(const QString &localeName)
{
    const QString code = QLocale::territoryToCode(QLocale(localeName).territory());
    return countries().contains(code) ? code : QString();
}

QList<SupportService> services(const QString &code)
{
    QList<SupportService> result;
    for (const Row &row : kRows)
        if (code == QLatin1StringView(row.country))
            result << SupportService { row.kind, tr(row.organisation),
                QString::fromLatin1(row.number), tr(row.purpose) };
    return result;
}

QString fallbackAdvice()
{
    return tr(QT_TRANSLATE_NOOP("Rekindle::SupportServices",
        "If you are in danger, call your local emergency number (112 works in many countries, "
        "including all of the European Union). Choose your country to see crisis lines and "
        "support for abuse there."));
}

} // namespace Rekindle::SupportServices
