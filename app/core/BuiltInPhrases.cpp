// SPDX-FileCopyrightText: 2026 The Rekindle authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuiltInPhrases.h"

namespace Rekindle::BuiltInPhrases {
namespace {

    constexpr const char *kEnglishHeavy[] = { "we need to talk", "we should talk",
        "need to talk about us", "our relationship", "the relationship", "get back together",
        "back together", "another chance", "second chance", "give us a chance", "i love you",
        "i still love you", "love you", "i can't live without you", "cant live without you",
        "soulmate*", "meant to be", "the one for me", "sorry for everything", "i'm so sorry",
        "im so sorry", "i am so sorry", "forgive me", "apologi*", "apologize*", "i'll change",
        "i will change", "i've changed", "break up", "breakup", "why did you leave", "marry*",
        "i miss you", "miss you so much", "i miss us", "i can't stop thinking about you" };
    constexpr const char *kEnglishPast[] = { "remember when", "do you remember",
        "remember that time", "back when", "the old days", "we used to", "like we used to",
        "the way things were", "the past", "our anniversary", "this time last year", "back then",
        "when we were together", "we were so happy", "the good old days", "the good times",
        "our memories", "how it used to be", "we always used to", "when we first met" };
    constexpr const char *kEnglishBlame[] = { "you always", "you never", "because of you",
        "your fault", "you made me", "you ruined", "you didn't even", "you didnt even",
        "you don't care", "you dont care", "it's all your", "you should have", "you broke",
        "you hurt me", "you're always", "you are always", "you're never", "you've never",
        "you have never", "you only care about yourself", "you only think about yourself",
        "you left me", "you never even", "it's always you" };
    constexpr const char *kEnglishPressure[] = { "answer me", "reply to me", "why won't you",
        "why wont you", "why aren't you", "why don't you answer", "you have to", "you need to",
        "i need an answer", "i need to know", "tell me now", "please reply", "please respond",
        "call me back", "text me back", "right now", "asap", "hello?", "why are you ignoring me",
        "stop ignoring me", "you're ignoring me", "still waiting", "waiting for your reply",
        "urgent", "are you there?", "?!", "??", "!!" };

    constexpr const char *kGermanHeavy[] = { "wir müssen reden", "wir sollten reden",
        "wir müssen über uns reden", "lass uns über uns reden", "unsere beziehung",
        "ich liebe dich", "ich vermisse dich", "du fehlst mir", "ich denke ständig an dich",
        "ich denke immer an dich", "ich kann nicht ohne dich", "noch eine chance",
        "eine zweite chance", "eine letzte chance", "gib uns eine chance", "wieder zusammen",
        "es tut mir so leid", "tut mir so leid", "es tut mir alles leid", "verzeih mir",
        "vergib mir", "ich werde mich ändern", "ich habe mich geändert", "ich hab mich geändert",
        "seelenverwandt*", "füreinander bestimmt", "unsere trennung",
        "warum hast du mich verlassen", "warum bist du gegangen", "liebe meines lebens" };
    // Not "früher" alone: "Ich komme früher nach Hause" is harmless. The relationship's past is.
    constexpr const char *kGermanPast[] = { "weißt du noch", "erinnerst du dich",
        "kannst du dich erinnern", "früher waren wir", "früher haben wir", "früher hast du",
        "früher war alles", "früher warst du", "wie früher", "damals", "als wir noch zusammen",
        "als wir zusammen waren", "die alten zeiten", "die gute alte zeit", "unsere schöne zeit",
        "die schöne zeit", "unser jahrestag", "unseren jahrestag", "heute vor einem jahr",
        "letztes jahr um diese zeit", "die vergangenheit", "unsere vergangenheit",
        "unsere erinnerungen", "wir waren so glücklich", "wir waren mal", "was wir hatten" };
    constexpr const char *kGermanBlame[] = { "du … immer", "du … nie", "du … niemals",
        "immer musst du", "immer bist du", "immer hast du", "nie hast du", "nie bist du",
        "deine schuld", "du bist schuld", "wegen dir", "du hast mich verletzt",
        "du hast mir wehgetan", "du hast mir weh getan", "du hast alles kaputt gemacht",
        "du hast alles zerstört", "du hast alles ruiniert", "dir ist alles egal",
        "ist dir doch egal", "es ist dir egal", "du hättest … sollen", "du hättest … müssen",
        "du denkst nur an dich", "du hast nicht mal", "du hast nicht einmal" };
    constexpr const char *kGermanPressure[] = { "antworte mir", "antworte endlich",
        "warum antwortest du nicht", "warum antwortest du mir nicht", "wieso antwortest du nicht",
        "warum meldest du dich nicht", "melde dich endlich", "ruf mich an", "ruf mich zurück",
        "schreib mir zurück", "du musst", "ich brauche eine antwort", "ich muss es wissen",
        "sag es mir jetzt", "sofort", "jetzt sofort", "so schnell wie möglich", "es ist dringend",
        "ganz dringend", "asap", "hallo?", "ignorierst du mich", "hör auf, mich zu ignorieren",
        "ich warte auf deine antwort", "ich warte immer noch", "bist du da?", "?!", "??", "!!" };

    constexpr const char *kFrenchHeavy[] = { "il faut qu'on parle", "faut qu'on parle",
        "on doit parler", "il faut qu'on discute", "parler de nous", "notre relation",
        "notre histoire", "notre couple", "je t'aime", "je t'aime encore", "tu me manques",
        "tu me manque", "je pense à toi", "je pense encore à toi",
        "je n'arrête pas de penser à toi", "se remettre ensemble", "on se remet ensemble",
        "revenir ensemble", "une autre chance", "une deuxième chance", "une seconde chance",
        "donne-nous une chance", "pardonne-moi", "je suis tellement désolé*",
        "je suis vraiment désolé*", "désolé* pour tout", "je vais changer pour toi",
        "je te promets de changer", "j'ai beaucoup changé", "je ne peux pas vivre sans toi",
        "je peux pas vivre sans toi", "l'amour de ma vie", "âme* sœur*", "faits l'un pour l'autre",
        "notre rupture", "pourquoi tu es parti*", "pourquoi tu m'as quitté*" };
    constexpr const char *kFrenchPast[] = { "tu te souviens", "tu te rappelles", "tu t'en souviens",
        "te souviens-tu", "souviens-toi", "rappelle-toi quand", "quand on était ensemble",
        "quand on sortait ensemble", "quand on vivait ensemble", "à l'époque", "avant on était",
        "avant, on", "on avait l'habitude", "comme avant", "comme au début", "le bon vieux temps",
        "les bons moments", "nos souvenirs", "notre anniversaire",
        "l'année dernière à cette époque", "il y a un an jour pour jour", "le passé", "notre passé",
        "on était si heureux", "on était heureux", "je repense à nous" };
    constexpr const char *kFrenchBlame[] = { "tu ne … jamais", "tu n'* … jamais", "t'* jamais",
        "tu fais toujours", "tu dis toujours", "tu es toujours en train de",
        "t'es toujours en train de", "c'est ta faute", "c'est de ta faute", "c'est toi qui",
        "à cause de toi", "par ta faute", "tu m'as fait du mal", "tu m'as fait souffrir",
        "tu m'as blessé*", "tu m'as brisé*", "tu as tout gâché", "t'as tout gâché",
        "tu as tout détruit", "tu t'en fiches", "tu t'en fous", "tu n'en as rien à faire",
        "tu aurais dû", "t'aurais dû", "tu ne penses qu'à toi", "tu penses qu'à toi",
        "tu ne … même pas", "toujours la même chose" };
    constexpr const char *kFrenchPressure[] = { "réponds-moi", "réponds moi", "répond-moi",
        "réponds s'il te plaît", "réponds stp", "pourquoi tu ne réponds pas",
        "pourquoi tu réponds pas", "pourquoi tu ne me réponds pas", "pourquoi tu me réponds pas",
        "pourquoi tu m'ignores", "tu m'ignores", "rappelle-moi", "rappelle moi", "appelle-moi",
        "écris-moi", "j'ai besoin d'une réponse", "j'attends ta réponse", "j'attends une réponse",
        "il faut que tu", "tu dois", "j'ai besoin de savoir", "je dois savoir",
        "dis-moi maintenant", "tout de suite", "immédiatement", "au plus vite", "dès que possible",
        "c'est urgent", "urgent", "asap", "allo?", "allo ?", "t'es où", "tu es où", "? !", "?!",
        "??", "!!" };

    constexpr const char *kSpanishHeavy[] = { "tenemos que hablar", "necesitamos hablar",
        "hay que hablar", "hablar de lo nuestro", "lo nuestro", "nuestra relación",
        "nuestra historia", "te quiero mucho", "todavía te quiero", "aún te quiero",
        "te sigo queriendo", "te amo", "te extraño", "te echo de menos", "no dejo de pensar en ti",
        "pienso en ti", "volver contigo", "volver a estar juntos", "volvamos a intentarlo",
        "otra oportunidad", "una segunda oportunidad", "dame otra oportunidad", "perdóname",
        "lo siento mucho", "lo siento por todo", "perdón por todo", "voy a cambiar por ti",
        "te prometo que cambiaré", "no puedo vivir sin ti", "el amor de mi vida", "alma gemela",
        "almas gemelas", "hechos el uno para el otro", "nuestra ruptura", "por qué me dejaste",
        "porque me dejaste" };
    constexpr const char *kSpanishPast[]
        = { "te acuerdas", "te acordás", "acuérdate", "recuerdas cuando", "recuerdas aquel",
              "recuerdas aquella", "antes éramos", "antes estábamos", "cuando estábamos juntos",
              "cuando éramos novios", "en aquella época", "en aquel entonces", "aquellos tiempos",
              "los viejos tiempos", "los buenos tiempos", "los buenos momentos", "solíamos",
              "como éramos antes", "volver a ser como antes", "nuestro aniversario",
              "el año pasado por estas fechas", "del pasado", "en el pasado", "nuestro pasado",
              "nuestros recuerdos", "éramos tan felices", "éramos felices", "lo que teníamos" };
    constexpr const char *kSpanishBlame[] = { "tú siempre", "siempre haces", "siempre dices",
        "siempre me haces", "siempre me dejas", "tú nunca", "tú … nunca", "no me … nunca",
        "nunca me escuchas", "nunca me llamas", "nunca me has", "nunca haces", "es tu culpa",
        "es culpa tuya", "fue tu culpa", "la culpa es tuya", "por tu culpa", "por culpa tuya",
        "me hiciste daño", "me has hecho daño", "me hiciste sentir", "me lastimaste", "me heriste",
        "lo arruinaste", "lo estropeaste", "no te importo", "nunca te importó", "no te importó",
        "deberías haber", "tendrías que haber", "ni siquiera me", "solo piensas en ti" };
    // "por qué"/"porqué" fold to "por que"/"porque": both spellings of each question are listed.
    constexpr const char *kSpanishPressure[] = { "contéstame", "respóndeme", "contesta ya",
        "responde ya", "por qué no me contestas", "porque no me contestas", "por qué no contestas",
        "porque no contestas", "por qué no me respondes", "porque no me respondes",
        "por qué no respondes", "porque no respondes", "por qué no me escribes",
        "por qué me ignoras", "porque me ignoras", "me estás ignorando", "necesito una respuesta",
        "necesito saber", "dime ya", "ahora mismo", "ya mismo", "cuanto antes", "lo antes posible",
        "urgente", "asap", "llámame ya", "escríbeme ya", "tienes que", "hola?",
        "estoy esperando tu respuesta", "sigo esperando", "?!", "??", "!!" };

    constexpr const char *kPortugueseHeavy[] = { "precisamos conversar",
        "a gente precisa conversar", "temos que conversar", "precisamos falar",
        "a gente precisa falar", "nossa relação", "nosso relacionamento", "nossa história",
        "eu te amo", "te amo", "ainda te amo", "amo você", "sinto sua falta",
        "sinto tanto a sua falta", "saudade* de você", "tô com saudade*", "estou com saudade*",
        "morrendo de saudade*", "não paro de pensar em você", "voltar a ficar juntos",
        "voltar com você", "a gente voltar", "outra chance", "mais uma chance",
        "uma segunda chance", "me dá uma chance", "me perdoa", "me perdoe", "desculpa por tudo",
        "desculpe por tudo", "sinto muito por tudo", "prometo que vou mudar", "vou mudar por você",
        "não consigo viver sem você", "não vivo sem você", "amor da minha vida", "alma gêmea",
        "almas gêmeas", "feitos um para o outro", "nosso término", "por que você me deixou",
        "porque você me deixou" };
    constexpr const char *kPortuguesePast[] = { "lembra quando", "lembra de quando", "você lembra",
        "você se lembra", "lembra daquela vez", "lembra da gente", "naquela época", "naquele tempo",
        "antigamente", "nos velhos tempos", "bons tempos", "os bons momentos", "como era antes",
        "voltar a ser como antes", "a gente costumava", "costumávamos",
        "quando a gente estava junto", "quando estávamos juntos", "quando a gente namorava",
        "nosso aniversário", "nosso passado", "no passado", "o passado",
        "nessa época no ano passado", "éramos tão felizes", "a gente era feliz",
        "a gente era tão feliz", "o que a gente tinha", "nossas lembranças" };
    constexpr const char *kPortugueseBlame[] = { "você sempre", "vc sempre", "tu sempre",
        "você nunca", "vc nunca", "você … nunca", "nunca me ouve", "nunca me escuta",
        "nunca me liga", "sempre faz isso", "a culpa é sua", "a culpa foi sua", "é culpa sua",
        "foi culpa sua", "por sua causa", "por culpa sua", "você me fez sofrer", "você me magoou",
        "você me machucou", "você estragou", "você destruiu", "você acabou com", "você não liga",
        "você não se importa", "você nem liga", "você nem se importou", "você deveria ter",
        "você devia ter", "você só pensa em você" };
    constexpr const char *kPortuguesePressure[] = { "me responde", "me responda", "responde logo",
        "responde por favor", "por favor responde", "por que você não responde",
        "porque você não responde", "por que não me responde", "porque não me responde",
        "por que você não me responde", "porque você não me responde",
        "por que você está me ignorando", "você está me ignorando", "tá me ignorando",
        "para de me ignorar", "preciso de uma resposta", "preciso saber", "me liga logo",
        "me liga de volta", "você tem que", "você precisa", "agora mesmo", "o mais rápido possível",
        "o quanto antes", "urgente", "asap", "oi?", "alô?", "cadê você",
        "estou esperando sua resposta", "ainda estou esperando", "?!", "??", "!!" };

    constexpr const char *kItalianHeavy[] = { "dobbiamo parlare", "dobbiamo parlarne",
        "abbiamo bisogno di parlare", "parlare di noi", "la nostra relazione", "il nostro rapporto",
        "la nostra storia", "ti amo", "ti amo ancora", "ti voglio bene", "mi manchi",
        "penso sempre a te", "non smetto di pensarti", "non faccio che pensarti", "tornare insieme",
        "torniamo insieme", "rimetterci insieme", "un'altra possibilità", "un'altra occasione",
        "una seconda possibilità", "dammi un'altra possibilità", "perdonami", "mi dispiace tanto",
        "mi dispiace per tutto", "scusa per tutto", "scusami per tutto", "cambierò per te",
        "ti prometto che cambierò", "sono cambiato", "sono cambiata",
        "non posso vivere senza di te", "non riesco a vivere senza di te", "l'amore della mia vita",
        "anima gemella", "anime gemelle", "fatti l'uno per l'altr*", "la nostra rottura",
        "perché mi hai lasciat*", "perché te ne sei andat*" };
    constexpr const char *kItalianPast[] = { "ti ricordi", "te lo ricordi", "ricordi quando",
        "ti ricordi quando", "quando eravamo insieme", "quando stavamo insieme",
        "una volta eravamo", "prima eravamo", "prima stavamo", "tornare come prima",
        "come una volta", "i bei tempi", "i vecchi tempi", "i bei momenti", "eravamo così felici",
        "eravamo felici", "il nostro anniversario", "il passato", "nel passato",
        "il nostro passato", "a quei tempi", "l'anno scorso di questi tempi", "un anno fa oggi",
        "i nostri ricordi", "quello che avevamo", "facevamo sempre" };
    constexpr const char *kItalianBlame[] = { "tu sempre", "tu … sempre", "fai sempre",
        "dici sempre", "non mi … mai", "non hai mai", "non fai mai", "è colpa tua",
        "è tutta colpa tua", "per colpa tua", "la colpa è tua", "a causa tua", "mi hai fatto male",
        "mi hai fatto soffrire", "mi hai ferit*", "mi hai distrutt*", "hai rovinato",
        "non ti importa", "non te ne frega", "non ti è mai importato", "avresti dovuto",
        "pensi solo a te", "non ti sei nemmeno", "non ti sei neanche", "nemmeno una volta" };
    // "perché" and the common "perchè" fold alike.
    constexpr const char *kItalianPressure[] = { "rispondimi", "rispondi subito",
        "perché non rispondi", "perché non mi rispondi", "perché non mi scrivi", "perché mi ignori",
        "mi stai ignorando", "smettila di ignorarmi", "ho bisogno di una risposta",
        "ho bisogno di sapere", "devo sapere", "dimmelo subito", "scrivimi subito",
        "chiamami subito", "richiamami", "il prima possibile", "al più presto", "urgente", "asap",
        "devi rispondermi", "devi dirmi", "ci sei?", "sto aspettando una risposta",
        "aspetto una risposta", "?!", "??", "!!" };

    constexpr List kLists[] = {
        { "en", { kEnglishHeavy, kEnglishPast, kEnglishBlame, kEnglishPressure } },
        { "de", { kGermanHeavy, kGermanPast, kGermanBlame, kGermanPressure } },
        { "fr", { kFrenchHeavy, kFrenchPast, kFrenchBlame, kFrenchPressure } },
        { "es", { kSpanishHeavy, kSpanishPast, kSpanishBlame, kSpanishPressure } },
        { "pt", { kPortugueseHeavy, kPortuguesePast, kPortugueseBlame, kPortuguesePressure } },
        { "it", { kItalianHeavy, kItalianPast, kItalianBlame, kItalianPressure } },
    };

    constexpr const char *kHarmless[] = {
        // German: "still", "as ever", "whatever", "forever", "you are always welcome".
        "immer noch", "noch immer", "wie immer", "auch immer", "für immer", "immer besser",
        "immer gern*", "immer willkommen", "nie zu spät",
        // French, Spanish, Italian, Portuguese: "as always", "forever", "always welcome".
        "comme toujours", "pour toujours", "como siempre", "para siempre", "come sempre",
        "per sempre", "sempre benvenut*", "como sempre", "para sempre", "sempre bem-vind*",
        // "You'll never guess", "you must be (tired)".
        "nie erraten", "errätst nie", "devineras jamais", "nunca vas a adivinar",
        "nunca adivinarás", "non indovinerai mai", "nunca vai adivinhar", "dois être"
    };

} // namespace

std::span<const List> lists()
{
    return kLists;
}

Texts harmless()
{
    return kHarmless;
}

} // namespace Rekindle::BuiltInPhrases
