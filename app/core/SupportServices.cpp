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

    constexpr const char *kEmergency
        = QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Emergency services");
    constexpr const char *kEmergencyWhy = QT_TRANSLATE_NOOP("Rekindle::SupportServices",
        "When you or someone else is in danger right now: police, ambulance, fire.");

    // Ordered by country, then emergency, crisis, abuse. Numbers as dialled in the country.
    constexpr Row kRows[] = {
        { "AT", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "AT", Kind::Crisis, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Telefonseelsorge"),
            "142",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Someone to talk to, day and night, free of charge, about anything weighing on "
                "you.") },
        { "AU", Kind::Emergency, kEmergency, "000", kEmergencyWhy },
        { "AU", Kind::Crisis, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Lifeline"),
            "13 11 14",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Crisis support and suicide prevention, day and night.") },
        { "AU", Kind::Abuse, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "1800RESPECT"),
            "1800 737 732",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Support for people affected by domestic, family or sexual violence.") },
        { "BR", Kind::Emergency, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Police"), "190",
            QT_TRANSLATE_NOOP(
                "Rekindle::SupportServices", "When you are threatened or in danger.") },
        { "BR", Kind::Emergency, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "SAMU"), "192",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "An ambulance, when someone's health or life is in danger.") },
        { "BR", Kind::Crisis,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "CVV – Centro de Valorização da Vida"),
            "188",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Emotional support and suicide prevention, day and night, free of charge.") },
        { "BR", Kind::Abuse,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Central de Atendimento à Mulher"),
            "180",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "For women affected by violence: listening, advice and where to turn, day and "
                "night, free of charge.") },
        { "CA", Kind::Emergency, kEmergency, "911", kEmergencyWhy },
        { "CA", Kind::Crisis,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "9-8-8 Suicide Crisis Helpline"), "988",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Call or text, day and night, when you are thinking about suicide or worried "
                "about someone.") },
        { "CH", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "CH", Kind::Crisis,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Die Dargebotene Hand / La Main Tendue"),
            "143",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Someone to talk to, day and night, about anything weighing on you.") },
        { "DE", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "DE", Kind::Emergency, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Police"), "110",
            QT_TRANSLATE_NOOP(
                "Rekindle::SupportServices", "When you are threatened or in danger.") },
        { "DE", Kind::Crisis, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "TelefonSeelsorge"),
            "0800 111 0 111",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Someone to talk to, day and night, free and anonymous.") },
        { "DE", Kind::Crisis, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "TelefonSeelsorge"),
            "0800 111 0 222",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Someone to talk to, day and night, free and anonymous.") },
        { "DE", Kind::Abuse,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Hilfetelefon Gewalt gegen Frauen"),
            "116 016",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Advice for women affected by violence, day and night, in many languages.") },
        { "ES", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "ES", Kind::Crisis,
            QT_TRANSLATE_NOOP(
                "Rekindle::SupportServices", "Línea 024 de atención a la conducta suicida"),
            "024",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Day and night, free of charge, when you are thinking about suicide or worried "
                "about someone.") },
        { "ES", Kind::Abuse, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "016"), "016",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Information and advice for women affected by gender-based violence, day and "
                "night, free of charge.") },
        { "FR", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "FR", Kind::Emergency, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Police"), "17",
            QT_TRANSLATE_NOOP(
                "Rekindle::SupportServices", "When you are threatened or in danger.") },
        { "FR", Kind::Crisis,
            QT_TRANSLATE_NOOP(
                "Rekindle::SupportServices", "Numéro national de prévention du suicide"),
            "3114",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Day and night, when you are thinking about suicide or worried about someone.") },
        { "FR", Kind::Abuse,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Violences Femmes Info"), "3919",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Listening and advice for women affected by violence, and those around them.") },
        { "GB", Kind::Emergency, kEmergency, "999", kEmergencyWhy },
        { "GB", Kind::Crisis, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Samaritans"),
            "116 123",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Someone to talk to, day and night, free, whatever you are going through.") },
        { "GB", Kind::Abuse,
            QT_TRANSLATE_NOOP(
                "Rekindle::SupportServices", "National Domestic Abuse Helpline (Refuge)"),
            "0808 2000 247",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Free support for anyone experiencing domestic abuse, day and night.") },
        { "IE", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "IE", Kind::Crisis, QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Samaritans"),
            "116 123",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Someone to talk to, day and night, free, whatever you are going through.") },
        { "NL", Kind::Emergency, kEmergency, "112", kEmergencyWhy },
        { "NL", Kind::Crisis,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "113 Zelfmoordpreventie"), "113",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "When you are thinking about suicide or worried about someone.") },
        { "US", Kind::Emergency, kEmergency, "911", kEmergencyWhy },
        { "US", Kind::Crisis,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "988 Suicide & Crisis Lifeline"), "988",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Call or text, day and night, when you are in distress or thinking about "
                "suicide.") },
        { "US", Kind::Abuse,
            QT_TRANSLATE_NOOP("Rekindle::SupportServices", "National Domestic Violence Hotline"),
            "1-800-799-7233",
            QT_TRANSLATE_NOOP("Rekindle::SupportServices",
                "Confidential support for anyone affected by abuse in a relationship, day and "
                "night.") },
    };

    struct Country {
        const char *code;
        const char *name;
    };

    // Through tr() so that lupdate sees them: QLocale's own territory names are English only.
    constexpr Country kCountries[] = {
        { "AT", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Austria") },
        { "AU", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Australia") },
        { "BR", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Brazil") },
        { "CA", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Canada") },
        { "CH", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Switzerland") },
        { "DE", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Germany") },
        { "ES", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Spain") },
        { "FR", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "France") },
        { "GB", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "United Kingdom") },
        { "IE", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Ireland") },
        { "NL", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "Netherlands") },
        { "US", QT_TRANSLATE_NOOP("Rekindle::SupportServices", "United States") },
    };

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
    return QCoreApplication::translate("Rekindle::SupportServices",
        "If you are in danger, call your local emergency number (112 works in many countries, "
        "including all of the European Union). Choose your country to see crisis lines and "
        "support for abuse there.");
}

} // namespace Rekindle::SupportServices
