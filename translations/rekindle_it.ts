<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/models/JournalSession.cpp" line="33"/>
        <source>Rekindle could not create a folder for the sample journal.</source>
        <translation>Rekindle non è riuscito a creare una cartella per il diario di esempio.</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="250"/>
        <source>Rekindle Journal</source>
        <translation>Diario di Rekindle</translation>
    </message>
</context>
<context>
    <name>Rekindle</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="29"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="43"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>La chiave del diario è danneggiata, quindi il diario non può essere sbloccato. Un backup potrebbe contenerne ancora una copia integra.</translation>
    </message>
    <message>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation type="vanished">Il file è danneggiato o è stato modificato, quindi non può essere aperto.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation type="vanished">Il file è incompleto: è stato troncato, quindi non può essere aperto.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="67"/>
        <source>The sample reflections could not be created.</source>
        <translation>Non è stato possibile creare le riflessioni di esempio.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="175"/>
        <source>I saw a photo of them with friends, looking happy.</source>
        <translation>Ho visto una sua foto con degli amici, sembrava felice.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="177"/>
        <source>They have moved on completely and never think of me.</source>
        <translation>Ha voltato pagina del tutto e non pensa mai a me.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="178"/>
        <source>They look happy in the photo.</source>
        <translation>Nella foto sembra felice.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="179"/>
        <source>One photo shows one moment. I look happy in photos on hard days too.</source>
        <translation>Una foto mostra un momento. Anch&apos;io nelle foto sembro felice nei giorni difficili.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="181"/>
        <source>I do not know how they feel. I can look after how I feel.</source>
        <translation>Non so come si sente. Posso prendermi cura di come mi sento io.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="202"/>
        <source>What did I enjoy doing just for myself this week?</source>
        <translation>Che cosa mi è piaciuto fare solo per me questa settimana?</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="136"/>
        <source>The sample journal could not be created.</source>
        <translation>Non è stato possibile creare il diario di esempio.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="84"/>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation>Questa voce non esiste più. Forse è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="53"/>
        <source>This goal no longer exists.</source>
        <translation>Questo obiettivo non esiste più.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="60"/>
        <source>The journal folder %1 is a file, not a folder. Choose another folder.</source>
        <translation>La cartella del diario %1 è un file, non una cartella. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="64"/>
        <source>Rekindle cannot create the journal folder %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle non riesce a creare la cartella del diario %1. Controlla di avere il permesso di scrivere lì, oppure scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="78"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>Rekindle non riesce a leggere il file del diario %1. Controlla i suoi permessi.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="85"/>
        <source>The journal file is damaged or is not a Rekindle journal. Rekindle left it unchanged.</source>
        <translation>Il file del diario è danneggiato o non è un diario di Rekindle. Rekindle non lo ha modificato.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="103"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Questo diario è stato scritto da una versione più recente di Rekindle. Aggiorna Rekindle per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="60"/>
        <source>Search index: damaged (%1)</source>
        <translation>Indice di ricerca: danneggiato (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="67"/>
        <source>Search index: damaged (%1 index entries, %2 without their text, for %3 records)</source>
        <translation>Indice di ricerca: danneggiato (%1 voci di indice, %2 senza il loro testo, per %3 record)</translation>
    </message>
    <message>
        <source>Search index: holds %1 records, the journal %2</source>
        <translation type="vanished">Indice di ricerca: contiene %1 record, il diario %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="100"/>
        <source>%1: cannot be read</source>
        <translation>%1: non può essere letto</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="110"/>
        <source>%1, record %2: the text of &quot;%3&quot; is not valid UTF-8</source>
        <translation>%1, record %2: il testo di «%3» non è UTF-8 valido</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="131"/>
        <source>Journal settings</source>
        <translation>Impostazioni del diario</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="133"/>
        <source>Text: all valid UTF-8</source>
        <translation>Testo: tutto UTF-8 valido</translation>
    </message>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="37"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation type="vanished">Il file non può essere importato. In %1: %2 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="35"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="37"/>
        <source>true/false</source>
        <translation>vero/falso</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="39"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="41"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="43"/>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="45"/>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="49"/>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="108"/>
        <source>&quot;%1&quot; is missing; it is required.</source>
        <translation>«%1» manca; è obbligatorio.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="116"/>
        <source>&quot;%1&quot; must be an id: text of 1 to %2 characters, not %3.</source>
        <translation>«%1» deve essere un id: un testo da 1 a %2 caratteri, non %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="119"/>
        <source>text of %1 characters</source>
        <translation>testo di %1 caratteri</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="125"/>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>«%1» deve essere un testo, non %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="128"/>
        <source>&quot;%1&quot; is too long: %2 characters, at most %3 are allowed.</source>
        <translation>«%1» è troppo lungo: %2 caratteri, ne sono ammessi al massimo %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="137"/>
        <source>&quot;%1&quot; is blank; it must have some text.</source>
        <translation>«%1» è vuoto; deve contenere del testo.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="138"/>
        <source>&quot;%1&quot; is too short: it needs at least %2 characters besides spaces.</source>
        <translation>«%1» è troppo corto: servono almeno %2 caratteri oltre agli spazi.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="146"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>«%1» deve essere un numero intero da %2 a %3, non %4.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="155"/>
        <source>&quot;%1&quot; must be a date and time like 2026-03-14T09:30:00.000Z.</source>
        <translation>«%1» deve essere una data con ora, come 2026-03-14T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="160"/>
        <source>&quot;%1&quot; must be a day like 2026-03-14.</source>
        <translation>«%1» deve essere un giorno, come 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="176"/>
        <source>exactly one of %1 must be set, not %2.</source>
        <translation>deve essere impostato esattamente uno tra %1, non %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="187"/>
        <source>%1 (uid &quot;%2&quot;)</source>
        <translation>%1 (uid «%2»)</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="196"/>
        <source>%1 The record&apos;s uid is &quot;%2&quot;.</source>
        <translation>%1 L&apos;uid del record è «%2».</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="217"/>
        <source>The journal could not be read.</source>
        <translation>Non è stato possibile leggere il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="228"/>
        <source>it appears twice; a file holds each name once.</source>
        <translation>il nome compare due volte; in un file ogni nome compare una sola volta.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="84"/>
        <source>Rekindle cannot remove the leftover lock file %1. Check the permissions of its folder, or delete the file yourself.</source>
        <translation>Rekindle non riesce a rimuovere il file di blocco rimasto %1. Controlla i permessi della sua cartella, oppure elimina il file a mano.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="93"/>
        <source>This journal is open on another computer, “%1”. Close Rekindle there; if that computer is off, open the Rekindle window here to take the journal over.</source>
        <translation>Questo diario è aperto su un altro computer, «%1». Chiudi Rekindle lì; se quel computer è spento, apri qui la finestra di Rekindle per prendere in carico il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="99"/>
        <source>This journal is already open in another Rekindle window. Switch to that window, or close it and try again.</source>
        <translation>Questo diario è già aperto in un&apos;altra finestra di Rekindle. Passa a quella finestra, oppure chiudila e riprova.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="102"/>
        <source>This journal is in use by another program on this computer (%1, process %2). Close it and try again.</source>
        <translation>Questo diario è in uso da parte di un altro programma su questo computer (%1, processo %2). Chiudilo e riprova.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="104"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="62"/>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Questo elemento non esiste più. Forse è stato eliminato.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="35"/>
        <source>This reflection no longer exists. It may have been deleted.</source>
        <translation>Questa riflessione non esiste più. Forse è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="96"/>
        <source>The reflection could not be read.</source>
        <translation>Non è stato possibile leggere la riflessione.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="56"/>
        <source>This contact is no longer in the journal.</source>
        <translation>Questo contatto non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="47"/>
        <source>This message is no longer in the journal.</source>
        <translation>Questo messaggio non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="51"/>
        <source>The passphrase is too long (at most %1 bytes).</source>
        <translation>La passphrase è troppo lunga (al massimo %1 byte).</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="63"/>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>La passphrase non è un testo UTF-8 valido.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="158"/>
        <source>No passphrase was typed.</source>
        <translation>Non è stata digitata nessuna passphrase.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="38"/>
        <source>The search index could not be restored.</source>
        <translation>Non è stato possibile ripristinare l&apos;indice di ricerca.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="46"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="48"/>
        <source>The font of your entries. It is kept on this computer, not in the journal.</source>
        <translation>Il carattere delle tue voci. Resta su questo computer, non nel diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="53"/>
        <source>Text &amp;font:</source>
        <translation>&amp;Carattere del testo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="56"/>
        <source>Text si&amp;ze:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="64"/>
        <source>Off</source>
        <translation>Disattivata</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="74"/>
        <source>&amp;Spelling language:</source>
        <translation>&amp;Lingua del controllo ortografico:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="83"/>
        <source>Spell checking is off: no dictionary was found on this computer. Install one (on Debian and Ubuntu a hunspell-* package, such as hunspell-en-us) and open Preferences again.</source>
        <translation>Il controllo ortografico è disattivato: su questo computer non è stato trovato nessun dizionario. Installane uno (su Debian e Ubuntu un pacchetto hunspell-*, per esempio hunspell-it) e riapri le Preferenze.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="87"/>
        <source>The language and the words you add are kept in the journal.</source>
        <translation>La lingua e le parole che aggiungi restano nel diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="105"/>
        <source>Writing</source>
        <translation>Scrittura</translation>
    </message>
</context>
<context>
    <name>Rekindle::AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="20"/>
        <source>About Rekindle</source>
        <translation>Informazioni su Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="36"/>
        <source>A private journal that walks you through five steps after a breakup, at your own pace. Moving on is a good outcome too.</source>
        <translation>Un diario privato che ti accompagna in cinque passi dopo una separazione, con i tuoi tempi. Anche voltare pagina è un buon esito.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="38"/>
        <source>Everything you write stays on this computer. Rekindle never uses the network and collects nothing.</source>
        <translation>Tutto ciò che scrivi resta su questo computer. Rekindle non usa mai la rete e non raccoglie nulla.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="40"/>
        <source>Your journal: %1</source>
        <translation>Il tuo diario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="41"/>
        <source>Copyright 2026 The Rekindle authors. Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation>Copyright 2026 Gli autori di Rekindle. Distribuito con licenza GNU General Public License, versione 3 o successiva. Realizzato con Qt %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::AcknowledgePage</name>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="33"/>
        <source>Where I Stand</source>
        <translation>A che punto sono</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="35"/>
        <source>My Part</source>
        <translation>La mia parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="37"/>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="39"/>
        <source>Unsent Messages</source>
        <translation>Messaggi non inviati</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupFile</name>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="56"/>
        <location filename="../app/storage/BackupFile.cpp" line="61"/>
        <source>The new backup cannot be read.</source>
        <translation>Il nuovo backup non può essere letto.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="63"/>
        <source>The new backup is damaged.</source>
        <translation>Il nuovo backup è danneggiato.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="84"/>
        <source>A file named %1 already exists.</source>
        <translation>Esiste già un file chiamato %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="91"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>Il backup è stato interrotto prima di essere completato.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="101"/>
        <source>Rekindle cannot write the backup in %1. Check that you may write there and that the disk has room.</source>
        <translation>Rekindle non riesce a scrivere il backup in %1. Controlla di avere il permesso di scrivere lì e che sul disco ci sia spazio.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="115"/>
        <location filename="../app/storage/BackupFile.cpp" line="119"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle non è riuscito a fare il backup del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="126"/>
        <source>Rekindle could not finish writing the backup to the disk.</source>
        <translation>Rekindle non è riuscito a finire di scrivere il backup sul disco.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="128"/>
        <source>The new backup is incomplete.</source>
        <translation>Il nuovo backup è incompleto.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="133"/>
        <source>Rekindle could not give the backup its name %1.</source>
        <translation>Rekindle non è riuscito a dare al backup il nome %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="204"/>
        <source>Rekindle cannot prepare the backup folder %1. Check its permissions.</source>
        <translation>Rekindle non riesce a preparare la cartella dei backup %1. Controlla i suoi permessi.</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupList</name>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="22"/>
        <source>Daily backup</source>
        <translation>Backup giornaliero</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="24"/>
        <source>Before an update of Rekindle</source>
        <translation>Prima di un aggiornamento di Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="26"/>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="29"/>
        <source>Copy made by hand</source>
        <extracomment>A backup the person made with &quot;rekindle --backup&quot; and put in the backups folder.</extracomment>
        <translation>Copia fatta a mano</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="46"/>
        <source>No records</source>
        <translation>Nessun record</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="54"/>
        <source>Backups, newest first</source>
        <translation>Backup, dal più recente</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Contents</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="75"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="78"/>
        <source>Incomplete or damaged: cannot be restored</source>
        <translation>Incompleto o danneggiato: non può essere ripristinato</translation>
    </message>
</context>
<context>
    <name>Rekindle::Backups</name>
    <message>
        <location filename="../app/storage/Backups.cpp" line="138"/>
        <location filename="../app/storage/Backups.cpp" line="338"/>
        <source>The backup %1 cannot be read.</source>
        <translation>Il backup %1 non può essere letto.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="143"/>
        <location filename="../app/storage/Backups.cpp" line="154"/>
        <source>The backup cannot be read.</source>
        <translation>Il backup non può essere letto.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="209"/>
        <source>The search index could not be tidied.</source>
        <translation>Non è stato possibile riordinare l&apos;indice di ricerca.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="225"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>Il backup è stato interrotto prima di essere completato.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="255"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle non è riuscito a fare il backup del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="323"/>
        <source>An old backup could not be deleted: %1</source>
        <translation>Non è stato possibile eliminare un vecchio backup: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="335"/>
        <source>Rekindle could not make a temporary folder for the restore.</source>
        <translation>Rekindle non è riuscito a creare una cartella temporanea per il ripristino.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="346"/>
        <location filename="../app/storage/Backups.cpp" line="356"/>
        <source>The backup cannot be restored: %1</source>
        <translation>Il backup non può essere ripristinato: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="376"/>
        <location filename="../app/storage/Backups.cpp" line="382"/>
        <source>The current journal could not be backed up, so nothing was changed. %1</source>
        <translation>Non è stato possibile fare il backup del diario attuale, quindi non è stato modificato nulla. %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CalendarDialog</name>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="22"/>
        <source>1 entry</source>
        <translation>1 voce</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="23"/>
        <source>%1 entries</source>
        <translation>%1 voci</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="35"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="38"/>
        <source>Days with writing</source>
        <translation>Giorni in cui hai scritto</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="40"/>
        <source>Days with entries are bold. Enter opens the first entry of the day; Page Up and Page Down change the month.</source>
        <translation>I giorni con delle voci sono in grassetto. Invio apre la prima voce del giorno; Pagina su e Pagina giù cambiano mese.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="53"/>
        <source>Days of the month</source>
        <translation>Giorni del mese</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="54"/>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="55"/>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="56"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="67"/>
        <source>&amp;Open Entry</source>
        <translation>&amp;Apri voce</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="82"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="134"/>
        <source>%1 on this day.</source>
        <translation>%1 in questo giorno.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="83"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="135"/>
        <source>Nothing written on this day.</source>
        <translation>In questo giorno non hai scritto niente.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="133"/>
        <source>Nothing written this month.</source>
        <translation>Questo mese non hai scritto niente.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="147"/>
        <source>Nothing written on %1.</source>
        <translation>Non hai scritto niente in data %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CareActions</name>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="30"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="40"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Supporto e sicurezza…</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="41"/>
        <source>&amp;Quick Hide</source>
        <translation>&amp;Nascondi subito</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="44"/>
        <source>Helplines and your own support contacts</source>
        <translation>Linee di ascolto e i tuoi contatti di supporto</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="49"/>
        <source>Hide the window at once</source>
        <translation>Nascondi subito la finestra</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="51"/>
        <source>Hide the window at once (%1)</source>
        <translation>Nascondi subito la finestra (%1)</translation>
    </message>
    <message>
        <source>Hide the window at once (Ctrl+Shift+H)</source>
        <translation type="vanished">Nascondi subito la finestra (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="161"/>
        <source>A quiet moment for yourself, if you would like one.</source>
        <translation>Un momento di calma per te, se ti va.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CarePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="27"/>
        <source>Offer &amp;support resources after a very low mood or words of self-harm</source>
        <translation>Offri risorse di &amp;supporto dopo un umore molto basso o parole di autolesionismo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="32"/>
        <source>Use a &amp;neutral window title (“Journal”)</source>
        <translation>Usa un titolo di finestra &amp;neutro («Diario»)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="39"/>
        <source>A gentle daily &amp;reminder at</source>
        <translation>Un delicato &amp;promemoria quotidiano alle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="45"/>
        <source>Reminder time</source>
        <translation>Ora del promemoria</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="53"/>
        <source>Nothing here sends anything anywhere. The reminder shows no journal text and no names, says nothing about contacting anyone, and stays silent while the journey is about safety or a no.</source>
        <translation>Niente qui invia qualcosa da qualche parte. Il promemoria non mostra testo del diario né nomi, non dice nulla sul contattare qualcuno e resta in silenzio mentre il percorso riguarda la sicurezza o un no.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="72"/>
        <source>Care and Privacy</source>
        <translation>Cura e privacy</translation>
    </message>
</context>
<context>
    <name>Rekindle::ChartStore</name>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="50"/>
        <source>The history of space could not be read.</source>
        <translation>Non è stato possibile leggere la cronologia dello spazio.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="88"/>
        <source>The goals could not be read.</source>
        <translation>Non è stato possibile leggere gli obiettivi.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="116"/>
        <source>The check-ins could not be read.</source>
        <translation>Non è stato possibile leggere i check-in.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="136"/>
        <source>The contacts could not be read.</source>
        <translation>Non è stato possibile leggere i contatti.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="158"/>
        <source>The commitments could not be read.</source>
        <translation>Non è stato possibile leggere gli impegni.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="173"/>
        <source>The milestones could not be read.</source>
        <translation>Non è stato possibile leggere i traguardi.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="210"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>Non è stato possibile leggere la cronologia del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="282"/>
        <location filename="../app/storage/ChartStore.cpp" line="297"/>
        <location filename="../app/storage/ChartStore.cpp" line="320"/>
        <location filename="../app/storage/ChartStore.cpp" line="348"/>
        <location filename="../app/storage/ChartStore.cpp" line="365"/>
        <source>The progress of this step could not be read.</source>
        <translation>Non è stato possibile leggere i progressi di questo passo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CheckReport</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="142"/>
        <source>Result: the journal is healthy.</source>
        <translation>Risultato: il diario è in buono stato.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="144"/>
        <source>Result: problems found: %1</source>
        <translation>Risultato: problemi trovati: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommandLine</name>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <source>Keep the journal in &lt;folder&gt; instead of the standard location.</source>
        <translation>Tieni il diario in &lt;cartella&gt; invece che nella posizione predefinita.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <location filename="../app/core/CommandLine.cpp" line="90"/>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="71"/>
        <source>Open a sample journal in a temporary folder, to look around. Your own journal is not touched.</source>
        <translation>Apri un diario di esempio in una cartella temporanea, per dare un&apos;occhiata. Il tuo diario non viene toccato.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>How many days of history the sample journal has (1 to 36500).</source>
        <translation>Quanti giorni di cronologia ha il diario di esempio (da 1 a 36500).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>Average journal entries per day in the sample journal (0.1 to 20).</source>
        <translation>Media di voci al giorno nel diario di esempio (da 0.1 a 20).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="80"/>
        <source>Export the journal to FILE as &lt;format&gt; (json, csv, markdown, html or pdf), without opening a window. Unless --encrypt-export is given, the file is not encrypted: anyone who gets it can read it.</source>
        <translation>Esporta il diario in FILE come &lt;formato&gt; (json, csv, markdown, html o pdf), senza aprire una finestra. Senza --encrypt-export il file non è cifrato: chiunque lo ottenga può leggerlo.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="83"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="85"/>
        <source>Import a JSON export into the journal, adding what it does not have yet.</source>
        <translation>Importa un&apos;esportazione JSON nel diario, aggiungendo ciò che non contiene ancora.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="86"/>
        <location filename="../app/core/CommandLine.cpp" line="109"/>
        <location filename="../app/core/CommandLine.cpp" line="116"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="88"/>
        <source>With --import: replace the journal&apos;s content with the file&apos;s.</source>
        <translation>Con --import: sostituisci il contenuto del diario con quello del file.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="89"/>
        <source>Write a backup copy of the journal into &lt;folder&gt;.</source>
        <translation>Scrivi una copia di backup del diario in &lt;cartella&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="92"/>
        <source>Check the journal for damage and report; exit status 0 when healthy.</source>
        <translation>Controlla se il diario è danneggiato e riferisci; stato di uscita 0 se è in buono stato.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="93"/>
        <source>With --export: only from this day (YYYY-MM-DD).</source>
        <translation>Con --export: solo da questo giorno (AAAA-MM-GG).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="94"/>
        <location filename="../app/core/CommandLine.cpp" line="96"/>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="95"/>
        <source>With --export: only up to this day (YYYY-MM-DD).</source>
        <translation>Con --export: solo fino a questo giorno (AAAA-MM-GG).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>With --export: only this step (1 to 5).</source>
        <translation>Con --export: solo questo passo (da 1 a 5).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="99"/>
        <source>Protect the journal with a passphrase: every text is encrypted. Asks for the new passphrase twice (or reads --passphrase-file), then shows the recovery key once.</source>
        <translation>Proteggi il diario con una passphrase: ogni testo viene cifrato. Chiede due volte la nuova passphrase (o legge --passphrase-file), poi mostra una sola volta la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="102"/>
        <source>Turn the journal&apos;s encryption off, after a confirmation: every text is then stored readable again.</source>
        <translation>Disattiva la cifratura del diario, dopo una conferma: ogni testo torna a essere salvato in chiaro.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="104"/>
        <source>With --decrypt: do not ask for a confirmation.</source>
        <translation>Con --decrypt: non chiedere conferma.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="106"/>
        <source>Read the journal&apos;s passphrase (with --encrypt: the new one) from the first line of &lt;file&gt; instead of asking on the terminal. The way for scripts: keep the file private.</source>
        <translation>Leggi la passphrase del diario (con --encrypt: quella nuova) dalla prima riga di &lt;file&gt; invece di chiederla nel terminale. Il modo per gli script: tieni il file riservato.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="111"/>
        <source>With --export json: encrypt the file with a passphrase of its own, asked twice on the terminal or read from --export-passphrase-file.</source>
        <translation>Con --export json: cifra il file con una passphrase propria, chiesta due volte nel terminale o letta da --export-passphrase-file.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="114"/>
        <source>The passphrase of an encrypted export (to write with --encrypt-export, or to read with --import), from the first line of &lt;file&gt;.</source>
        <translation>La passphrase di un&apos;esportazione cifrata (da scrivere con --encrypt-export o da leggere con --import), dalla prima riga di &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="119"/>
        <source>A private journal that walks you through five steps after a breakup.</source>
        <translation>Un diario privato che ti accompagna in cinque passi dopo una separazione.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="150"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir richiede una cartella.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="157"/>
        <source>--demo-days must be a whole number from 1 to 36500.</source>
        <translation>--demo-days deve essere un numero intero da 1 a 36500.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="162"/>
        <source>--demo-entries-per-day must be a number from 0.1 to 20.</source>
        <translation>--demo-entries-per-day deve essere un numero da 0.1 a 20.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="182"/>
        <source>--export needs a format: %1.</source>
        <translation>--export richiede un formato: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="186"/>
        <source>--export needs the file to write, e.g. --export json journal.json</source>
        <translation>--export richiede il file da scrivere, ad es. --export json journal.json</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="214"/>
        <source>Use one of --export, --import, --backup, --check, --encrypt and --decrypt at a time.</source>
        <translation>Usa una sola opzione alla volta tra --export, --import, --backup, --check, --encrypt e --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="219"/>
        <source>Unexpected argument: %1</source>
        <translation>Argomento inatteso: %1</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="224"/>
        <source>--import and --backup need a file or folder.</source>
        <translation>--import e --backup richiedono un file o una cartella.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="229"/>
        <source>--replace goes with --import.</source>
        <translation>--replace va usato con --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="234"/>
        <source>--from, --to and --step go with --export.</source>
        <translation>--from, --to e --step vanno usati con --export.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="243"/>
        <source>--from and --to need a day like 2026-03-14.</source>
        <translation>--from e --to richiedono un giorno come 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="252"/>
        <source>--step must be a number from 1 to 5.</source>
        <translation>--step deve essere un numero da 1 a 5.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="258"/>
        <source>--from must not be after --to.</source>
        <translation>--from non può essere dopo --to.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="272"/>
        <source>--%1 needs a file.</source>
        <translation>--%1 richiede un file.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="277"/>
        <source>--passphrase-file goes with --export, --import, --backup, --check, --encrypt or --decrypt.</source>
        <translation>--passphrase-file va usato con --export, --import, --backup, --check, --encrypt o --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="283"/>
        <source>--yes goes with --decrypt.</source>
        <translation>--yes va usato con --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="289"/>
        <source>--encrypt-export goes with --export json: only a JSON export can be encrypted.</source>
        <translation>--encrypt-export va usato con --export json: solo un&apos;esportazione JSON può essere cifrata.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="295"/>
        <source>--export-passphrase-file goes with --encrypt-export or --import.</source>
        <translation>--export-passphrase-file va usato con --encrypt-export o --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="310"/>
        <source>License GPL-3.0-or-later. Everything you write stays on this computer.</source>
        <translation>Licenza GPL-3.0-or-later. Tutto ciò che scrivi resta su questo computer.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentModel</name>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="71"/>
        <source>Overdue since %1</source>
        <translation>Scaduto dal %1</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="84"/>
        <source>%1 (overdue)</source>
        <translation>%1 (scaduto)</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="103"/>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="105"/>
        <source>Made on</source>
        <translation>Fatta il</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="107"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="109"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="111"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="156"/>
        <source>Choose a commitment first.</source>
        <translation>Scegli prima un impegno.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsChart</name>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="20"/>
        <source>Commitments kept</source>
        <translation>Impegni mantenuti</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="21"/>
        <source>No commitment was kept or broken in this period. When you mark a promise from step 4 as kept or broken, the share kept shows here.</source>
        <translation>In questo periodo nessun impegno è stato mantenuto o mancato. Quando segni una promessa del passo 4 come mantenuta o mancata, qui compare la quota di quelle mantenute.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="44"/>
        <source>Decided</source>
        <translation>Decisi</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="64"/>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="93"/>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept</source>
        <translation>Mantenuti</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per month</source>
        <translation>Decisi al mese</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per week</source>
        <translation>Decisi a settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="110"/>
        <source>%1% kept</source>
        <translation>%1% mantenuti</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="111"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n mantenuto</numerusform>
            <numerusform>%n mantenuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="112"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n mancato</numerusform>
            <numerusform>%n mancati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="114"/>
        <source>No commitment was decided</source>
        <translation>Nessun impegno è stato deciso</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept (%)</source>
        <translation>Mantenuti (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Broken</source>
        <translation>Mancati</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="28"/>
        <source>D&amp;ue by:</source>
        <translation>&amp;Entro il:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="30"/>
        <source>&amp;Add Commitment</source>
        <translation>&amp;Aggiungi impegno</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="33"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Impegni</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="37"/>
        <source>Something small you can keep</source>
        <translation>Qualcosa di piccolo che puoi mantenere</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="44"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="49"/>
        <source>A promise I made</source>
        <translation>Una promessa che ho fatto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="51"/>
        <source>&amp;Promise:</source>
        <translation>&amp;Promessa:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="53"/>
        <source>&amp;Made on:</source>
        <translation>&amp;Fatta il:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="64"/>
        <source>Set Status to Kept or Broken when the time comes; overdue promises are shown in bold. Keeping small promises builds more trust than making big ones.</source>
        <translation>Imposta lo stato su «Mantenuto» o «Mancato» quando arriva il momento; le promesse scadute sono in grassetto. Mantenere piccole promesse costruisce più fiducia che farne di grandi.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ConsoleCommands</name>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="73"/>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="99"/>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="108"/>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="110"/>
        <source>The export is encrypted: it opens only with its passphrase.</source>
        <translation>L&apos;esportazione è cifrata: si apre solo con la sua passphrase.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="113"/>
        <source>Note: the export is not encrypted. Anyone who gets the file can read everything in it.</source>
        <translation>Nota: l&apos;esportazione non è cifrata. Chiunque ottenga il file può leggere tutto ciò che contiene.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="126"/>
        <source>Checking the file…</source>
        <translation>Controllo del file in corso…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="135"/>
        <source>The journal as it was is kept in %1</source>
        <translation>Il diario com&apos;era è conservato in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="137"/>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="146"/>
        <source>%1: %2 added</source>
        <translation>%1: %2 aggiunti</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="158"/>
        <source>Imported 1 record.</source>
        <translation>Importato 1 record.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="159"/>
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Importato %n record.</numerusform>
            <numerusform>Importati %n record.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="161"/>
        <source>1 was already in the journal.</source>
        <translation>1 era già nel diario.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="162"/>
        <source>%n were already in the journal.</source>
        <translation>
            <numerusform>%n era già nel diario.</numerusform>
            <numerusform>%n erano già nel diario.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="164"/>
        <source>1 setting.</source>
        <translation>1 impostazione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="165"/>
        <source>%n settings.</source>
        <translation>
            <numerusform>%n impostazione.</numerusform>
            <numerusform>%n impostazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 records; %2 were already in the journal; %3 settings.</source>
        <translation type="vanished">Importati %1 record; %2 erano già nel diario; %3 impostazioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="176"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Non è possibile creare la cartella %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="183"/>
        <source>Backed up to %1</source>
        <translation>Backup salvato in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="207"/>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="228"/>
        <source>The journal&apos;s write-ahead log (journal.sqlite3-wal) was lost after Rekindle was stopped: the last changes saved before that may be missing. A backup may still hold them.</source>
        <translation>Il registro write-ahead del diario (journal.sqlite3-wal) è andato perso dopo l&apos;arresto di Rekindle: le ultime modifiche salvate prima potrebbero mancare. Un backup potrebbe contenerle ancora.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="272"/>
        <source>Run &apos;rekindle --help&apos; to see the options.</source>
        <translation>Esegui &apos;rekindle --help&apos; per vedere le opzioni.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactEvent</name>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="20"/>
        <source>Text message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="21"/>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="22"/>
        <source>Social media</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="23"/>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="24"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="28"/>
        <source>No reply yet</source>
        <translation>Ancora nessuna risposta</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="29"/>
        <source>Warm</source>
        <translation>Calorosa</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="30"/>
        <location filename="../app/core/ContactEvent.cpp" line="37"/>
        <source>Neutral</source>
        <translation>Neutra</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="31"/>
        <source>Cold</source>
        <translation>Fredda</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="32"/>
        <source>Asked for space / said no</source>
        <translation>Ha chiesto spazio / ha detto no</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="36"/>
        <source>Light</source>
        <translation>Leggero</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="38"/>
        <source>Heavy</source>
        <translation>Pesante</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="49"/>
        <source>Choose when the contact happened.</source>
        <translation>Scegli quando è avvenuto il contatto.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="52"/>
        <source>A contact cannot be logged in the future. Choose a time that has already passed.</source>
        <translation>Un contatto non può essere registrato nel futuro. Scegli un momento già passato.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="56"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota è troppo lunga: resta sotto i %1 caratteri.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="60"/>
        <source>The topics are too long: keep them under %1 characters.</source>
        <translation>Gli argomenti sono troppo lunghi: resta sotto i %1 caratteri.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="64"/>
        <source>A response can only be recorded for a contact you made.</source>
        <translation>Una risposta può essere registrata solo per un contatto preso da te.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="110"/>
        <source>I reached out</source>
        <translation>Ho preso contatto io</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="111"/>
        <source>They reached out</source>
        <translation>Ha preso contatto l&apos;altra persona</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactListModel</name>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="126"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="128"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="130"/>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="132"/>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="134"/>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="136"/>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="138"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="193"/>
        <source>Choose a contact first.</source>
        <translation>Scegli prima un contatto.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactLogSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="39"/>
        <source>&amp;Add to Log</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="40"/>
        <source>Check a &amp;Message…</source>
        <translation>Controlla un &amp;messaggio…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="42"/>
        <source>Con&amp;tacts, newest first</source>
        <translation>Con&amp;tatti, dal più recente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="58"/>
        <source>A few words: her new job, the concert</source>
        <translation>Qualche parola: il suo nuovo lavoro, il concerto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="63"/>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="68"/>
        <source>Log a contact</source>
        <translation>Registra un contatto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="78"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="79"/>
        <source>&amp;Who reached out:</source>
        <translation>&amp;Chi ha preso contatto:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="80"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nale:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="81"/>
        <source>T&amp;one:</source>
        <translation>T&amp;ono:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="82"/>
        <source>Their &amp;response:</source>
        <translation>La sua ris&amp;posta:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="83"/>
        <source>To&amp;pics:</source>
        <translation>Ar&amp;gomenti:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="87"/>
        <source>&amp;Notes:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="143"/>
        <source>Logged. When they reply, double-click the Response cell to record it.</source>
        <translation>Registrato. Quando arriva una risposta, fai doppio clic sulla cella Risposta per registrarla.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="152"/>
        <source>Logged as a message you sent.</source>
        <translation>Registrato come messaggio inviato da te.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactResponseChart</name>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="19"/>
        <source>My contacts and their responses</source>
        <translation>I miei contatti e le risposte</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="20"/>
        <source>No contacts you made in this period. When you log one, and how they responded, it shows here. Giving space is progress too.</source>
        <translation>Nessun contatto preso da te in questo periodo. Quando ne registri uno, e com&apos;è stata la risposta, compare qui. Anche dare spazio è un progresso.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per month</source>
        <translation>Al mese</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per week</source>
        <translation>A settimana</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="90"/>
        <source>%n contact(s) you made</source>
        <translation>
            <numerusform>%n contatto preso da te</numerusform>
            <numerusform>%n contatti presi da te</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Contacts you made</source>
        <translation>Contatti presi da te</translation>
    </message>
</context>
<context>
    <name>Rekindle::CoreDumps</name>
    <message>
        <location filename="../app/crypto/CoreDumps.cpp" line="36"/>
        <location filename="../app/crypto/CoreDumps.cpp" line="43"/>
        <source>Rekindle could not stop the system from saving its memory to disk after a crash.</source>
        <translation>Rekindle non è riuscito a impedire al sistema di salvare la propria memoria su disco dopo un arresto anomalo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CtrlTabLeaves</name>
    <message>
        <location filename="../app/ui/widgets/CtrlTabLeaves.cpp" line="38"/>
        <source>Tab types a tab here; %1 moves on to the next control, %2 back.</source>
        <translation>Qui il tasto Tab inserisce una tabulazione; %1 passa al controllo successivo, %2 torna indietro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoJournal</name>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="119"/>
        <source>The sample journal could not be created.</source>
        <translation>Non è stato possibile creare il diario di esempio.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="28"/>
        <source>The first quiet evening</source>
        <translation>La prima sera tranquilla</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="29"/>
        <source>Why it ended</source>
        <translation>Perché è finita</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="30"/>
        <source>What I would do differently</source>
        <translation>Cosa farei in modo diverso</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="31"/>
        <source>Not texting today</source>
        <translation>Oggi niente messaggi</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="32"/>
        <source>Accepting it</source>
        <translation>Accettarlo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="33"/>
        <source>A wave of missing them</source>
        <translation>Un&apos;ondata di nostalgia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="34"/>
        <source>Morning run</source>
        <translation>Corsa del mattino</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="35"/>
        <source>First pottery class</source>
        <translation>Primo corso di ceramica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="36"/>
        <source>Therapy session</source>
        <translation>Seduta di terapia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="37"/>
        <source>Cooking for myself</source>
        <translation>Cucinare per me</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="38"/>
        <source>A good week</source>
        <translation>Una bella settimana</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="39"/>
        <source>Learning to rest</source>
        <translation>Imparare a riposare</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="40"/>
        <source>Thinking about reaching out</source>
        <translation>Pensare di farmi sentire</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="41"/>
        <source>A short, friendly message</source>
        <translation>Un messaggio breve e cordiale</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="42"/>
        <source>They replied</source>
        <translation>Ha risposto</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="43"/>
        <source>Coffee on Saturday</source>
        <translation>Un caffè sabato</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="44"/>
        <source>Keeping it light</source>
        <translation>Mantenere le cose leggere</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="45"/>
        <source>Waiting without pushing</source>
        <translation>Aspettare senza insistere</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="46"/>
        <source>Being honest about my feelings</source>
        <translation>Essere sincero sui miei sentimenti</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="47"/>
        <source>A promise kept</source>
        <translation>Una promessa mantenuta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="48"/>
        <source>We talked about the hard part</source>
        <translation>Abbiamo parlato della parte difficile</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="49"/>
        <source>Showing up on time</source>
        <translation>Arrivare puntuale</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="50"/>
        <source>Listening more</source>
        <translation>Ascoltare di più</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="51"/>
        <source>A small doubt, said out loud</source>
        <translation>Un piccolo dubbio, detto ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="52"/>
        <source>No rush</source>
        <translation>Nessuna fretta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="53"/>
        <source>A slow Sunday walk</source>
        <translation>Una lenta passeggiata domenicale</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="54"/>
        <source>Pacing myself</source>
        <translation>Trovare il mio ritmo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="55"/>
        <source>Noticing the pressure</source>
        <translation>Notare la pressione</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="56"/>
        <source>Grateful for today</source>
        <translation>Grato per oggi</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="57"/>
        <source>Whatever happens, I am okay</source>
        <translation>Qualunque cosa succeda, sto bene</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="61"/>
        <source>I woke up thinking about them, and that is all right.</source>
        <translation>Mi sono svegliato pensando a lei, e va bene così.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="63"/>
        <source>I wrote down three things I am grateful for.</source>
        <translation>Ho scritto tre cose per cui sono grato.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="64"/>
        <source>I noticed the urge to check their profile and closed the app instead.</source>
        <translation>Ho notato l&apos;impulso di guardare il suo profilo e invece ho chiuso l&apos;app.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="66"/>
        <source>I can see now that I stopped listening when I was stressed.</source>
        <translation>Ora vedo che smettevo di ascoltare quando ero sotto stress.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="68"/>
        <source>Next time I feel defensive, I want to pause and ask a question first.</source>
        <translation>La prossima volta che mi metto sulla difensiva, voglio fermarmi e prima fare una domanda.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="70"/>
        <source>The walk by the river helped more than I expected.</source>
        <translation>La passeggiata lungo il fiume mi ha aiutato più di quanto pensassi.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="72"/>
        <source>I talked to my sister and felt less alone.</source>
        <translation>Ho parlato con mia sorella e mi sono sentito meno solo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="73"/>
        <source>My therapist asked what I need, not what they need. I did not know the answer.</source>
        <translation>La mia terapeuta mi ha chiesto di cosa ho bisogno io, non lei. Non sapevo rispondere.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="75"/>
        <source>I slept better last night.</source>
        <translation>Stanotte ho dormito meglio.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="76"/>
        <source>I am learning that space is a kindness, not a punishment.</source>
        <translation>Sto imparando che lo spazio è una gentilezza, non una punizione.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="78"/>
        <source>I finished the chapter I started last week.</source>
        <translation>Ho finito il capitolo che avevo iniziato la settimana scorsa.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="79"/>
        <source>I felt proud that I kept my word to myself.</source>
        <translation>Sono stato orgoglioso di aver mantenuto la parola data a me stesso.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="80"/>
        <source>Some days are heavy. Today was one of them, and I got through it.</source>
        <translation>Alcuni giorni sono pesanti. Oggi era uno di quelli, e ce l&apos;ho fatta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="82"/>
        <source>I want to be someone who says what they feel calmly.</source>
        <translation>Voglio essere una persona che dice con calma ciò che sente.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="84"/>
        <source>It was good to laugh with friends again.</source>
        <translation>È stato bello ridere di nuovo con gli amici.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="85"/>
        <source>I made a plan for the weekend that is just for me.</source>
        <translation>Ho fatto un programma per il fine settimana solo per me.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="87"/>
        <source>I reread an old message and did not reply. That was the right choice.</source>
        <translation>Ho riletto un vecchio messaggio e non ho risposto. Era la scelta giusta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="89"/>
        <source>A small step is still a step.</source>
        <translation>Un piccolo passo è pur sempre un passo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="90"/>
        <source>I noticed I was rushing and slowed down on purpose.</source>
        <translation>Mi sono accorto che andavo di fretta e ho rallentato di proposito.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="92"/>
        <source>Honesty felt uncomfortable, and it also felt right.</source>
        <translation>La sincerità è stata scomoda, ed è stata anche giusta.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoReflections</name>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="27"/>
        <source>We stopped making time for each other, and I stopped saying what I needed.</source>
        <translation>Abbiamo smesso di trovare tempo l&apos;uno per l&apos;altra, e io ho smesso di dire di cosa avevo bisogno.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="29"/>
        <source>I could have listened instead of defending myself.</source>
        <translation>Avrei potuto ascoltare invece di difendermi.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="31"/>
        <source>I want to stop going quiet when I am hurt, and say it calmly instead.</source>
        <translation>Voglio smettere di chiudermi nel silenzio quando sono ferito, e dirlo invece con calma.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="33"/>
        <source>I would tell them to be gentle with themselves. So I will try.</source>
        <translation>Gli direi di essere gentile con sé stesso. Quindi ci proverò.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="35"/>
        <source>No messages this week. If I feel the urge, I will write here instead.</source>
        <translation>Niente messaggi questa settimana. Se sento l&apos;impulso, scriverò qui.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="37"/>
        <source>A long walk with my sister on Sunday.</source>
        <translation>Una lunga passeggiata con mia sorella domenica.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="38"/>
        <source>Being more patient. I rush when I am anxious.</source>
        <translation>Essere più paziente. Vado di fretta quando sono in ansia.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="40"/>
        <source>I went running twice and felt lighter afterwards.</source>
        <translation>Sono andato a correre due volte e dopo mi sentivo più leggero.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="42"/>
        <source>I am proud that I booked the appointment I kept putting off.</source>
        <translation>Sono orgoglioso di aver preso l&apos;appuntamento che continuavo a rimandare.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="44"/>
        <source>Something light: a photo of the dog at the beach.</source>
        <translation>Qualcosa di leggero: una foto del cane in spiaggia.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="49"/>
        <source>Slept well.</source>
        <translation>Ho dormito bene.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="50"/>
        <source>A heavy morning, a better afternoon.</source>
        <translation>Una mattina pesante, un pomeriggio migliore.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="51"/>
        <source>Good talk with a friend.</source>
        <translation>Bella chiacchierata con un amico.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="52"/>
        <source>Missing them today.</source>
        <translation>Oggi mi manca.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="53"/>
        <source>Busy at work, that helped.</source>
        <translation>Molto lavoro, mi ha aiutato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps12</name>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="31"/>
        <source>Arguments about my long hours</source>
        <translation>Discussioni sui miei orari di lavoro lunghi</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="32"/>
        <source>I kept cancelling plans and said work came first.</source>
        <translation>Continuavo ad annullare i programmi e dicevo che il lavoro veniva prima.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="34"/>
        <source>Keep one evening a week free, and say so early when plans change.</source>
        <translation>Tenere libera una sera a settimana, e dirlo presto quando i programmi cambiano.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="37"/>
        <source>The trip we never took</source>
        <translation>Il viaggio che non abbiamo mai fatto</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="38"/>
        <source>I brushed off what they wanted as not important.</source>
        <translation>Liquidavo ciò che lei voleva come poco importante.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="40"/>
        <source>Ask what matters to them and listen to the whole answer.</source>
        <translation>Chiederle cosa conta per lei e ascoltare tutta la risposta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="43"/>
        <source>Snapping when I was stressed</source>
        <translation>Scattare quando ero sotto stress</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="44"/>
        <source>I took my stress out on them instead of naming it.</source>
        <translation>Sfogavo lo stress su di lei invece di dargli un nome.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="46"/>
        <source>Notice the tension, say &quot;I am stressed&quot;, take ten minutes.</source>
        <translation>Notare la tensione, dire «Sono sotto stress», prendermi dieci minuti.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="49"/>
        <source>Checking their phone</source>
        <translation>Controllarle il telefono</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="50"/>
        <source>My jealousy made them feel watched.</source>
        <translation>La mia gelosia la faceva sentire sorvegliata.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="51"/>
        <source>Talk about my insecurity with a therapist.</source>
        <translation>Parlare della mia insicurezza con una terapeuta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="67"/>
        <source>Morning run</source>
        <translation>Corsa del mattino</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="68"/>
        <source>Ten minutes of stretching</source>
        <translation>Dieci minuti di stretching</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="71"/>
        <source>Pottery class</source>
        <translation>Corso di ceramica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="73"/>
        <source>Therapy session</source>
        <translation>Seduta di terapia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="74"/>
        <source>Name my stress out loud</source>
        <translation>Dire ad alta voce il mio stress</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="76"/>
        <source>Learn Spanish on the app</source>
        <translation>Imparare lo spagnolo con l&apos;app</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="81"/>
        <source>Saw our song on the radio.</source>
        <translation>Ho sentito la nostra canzone alla radio.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="82"/>
        <source>Late at night, feeling lonely.</source>
        <translation>A notte fonda, con un senso di solitudine.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="83"/>
        <source>Their birthday is next week.</source>
        <translation>La settimana prossima è il suo compleanno.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="84"/>
        <source>Wanted to tell them about my day.</source>
        <translation>Volevo raccontarle la mia giornata.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="87"/>
        <source>Walked past our café.</source>
        <translation>Sono passato davanti al nostro caffè.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="91"/>
        <source>Cooked a proper dinner for myself</source>
        <translation>Mi sono preparato una vera cena</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="92"/>
        <source>Went for a run in the rain</source>
        <translation>Sono andato a correre sotto la pioggia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="93"/>
        <source>Called my sister</source>
        <translation>Ho chiamato mia sorella</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="94"/>
        <source>Finished a book</source>
        <translation>Ho finito un libro</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="95"/>
        <source>Said no to overtime</source>
        <translation>Ho detto no agli straordinari</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="96"/>
        <source>Slept eight hours</source>
        <translation>Ho dormito otto ore</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="97"/>
        <source>Made a bowl that did not collapse</source>
        <translation>Ho fatto una ciotola che non è crollata</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="98"/>
        <source>Sat with a sad feeling instead of texting</source>
        <translation>Sono rimasto con un sentimento triste invece di scriverle</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="99"/>
        <source>Tidied the flat</source>
        <translation>Ho messo in ordine l&apos;appartamento</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="100"/>
        <source>Went to the party and enjoyed it</source>
        <translation>Sono andato alla festa e mi sono divertito</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="104"/>
        <source>I keep replaying our last evening. I wish I had listened instead of defending myself. I am sorry for how I spoke to you.</source>
        <translation>Continuo a ripensare alla nostra ultima sera. Vorrei averti ascoltato invece di difendermi. Mi dispiace per come ti ho parlato.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="107"/>
        <source>I saw the poster for the concert we talked about and thought of you. I hope you go.</source>
        <translation>Ho visto il manifesto del concerto di cui avevamo parlato e ho pensato a te. Spero che tu ci vada.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="110"/>
        <source>Please just answer me. I need to know if there is any chance.</source>
        <translation>Ti prego, rispondimi e basta. Ho bisogno di sapere se c&apos;è qualche possibilità.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="112"/>
        <source>I have been going to therapy. I am learning a lot about why I get so jealous.</source>
        <translation>Sto andando in terapia. Sto imparando molto sul perché divento così geloso.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="118"/>
        <source>Asked if we could talk.</source>
        <translation>Le ho chiesto se potevamo parlare.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="119"/>
        <source>Sent a long message about how I feel.</source>
        <translation>Le ho mandato un lungo messaggio su come mi sento.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="120"/>
        <source>Called, no answer.</source>
        <translation>Ho chiamato, nessuna risposta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="121"/>
        <source>They asked for a book back.</source>
        <translation>Mi ha chiesto di restituirle un libro.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="122"/>
        <source>Short, friendly reply.</source>
        <translation>Risposta breve e cordiale.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="123"/>
        <source>Liked a photo of theirs.</source>
        <translation>Ho messo mi piace a una sua foto.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps345</name>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="108"/>
        <source>our song</source>
        <translation>la nostra canzone</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="22"/>
        <source>her new job</source>
        <translation>il suo nuovo lavoro</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="23"/>
        <source>the concert</source>
        <translation>il concerto</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="24"/>
        <source>my pottery class</source>
        <translation>il mio corso di ceramica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="25"/>
        <source>their sister</source>
        <translation>sua sorella</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="26"/>
        <source>a funny video</source>
        <translation>un video divertente</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="27"/>
        <source>the weather</source>
        <translation>il tempo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="28"/>
        <source>a book we both like</source>
        <translation>un libro che piace a tutti e due</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="31"/>
        <source>Asked how the first week went.</source>
        <translation>Le ho chiesto com&apos;è andata la prima settimana.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="32"/>
        <source>Sent a photo of my first bowl.</source>
        <translation>Le ho mandato una foto della mia prima ciotola.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="33"/>
        <source>Short and friendly.</source>
        <translation>Breve e cordiale.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="34"/>
        <source>They asked about my sister.</source>
        <translation>Mi ha chiesto di mia sorella.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="35"/>
        <source>Talked for twenty minutes.</source>
        <translation>Abbiamo parlato per venti minuti.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="39"/>
        <source>The café by the river</source>
        <translation>Il caffè sul fiume</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="40"/>
        <source>The park</source>
        <translation>Il parco</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="41"/>
        <source>The market</source>
        <translation>Il mercato</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="42"/>
        <source>Museum</source>
        <translation>Museo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="45"/>
        <source>Easy and light. We laughed about the cat.</source>
        <translation>Facile e leggero. Abbiamo riso del gatto.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="46"/>
        <source>A bit awkward at first, then good.</source>
        <translation>Un po&apos; imbarazzante all&apos;inizio, poi bene.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="47"/>
        <source>Nice, but I talked too much about the past. Note to self.</source>
        <translation>Bello, ma ho parlato troppo del passato. Nota per me.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="52"/>
        <source>That I was nervous about meeting again.</source>
        <translation>Che ero nervoso all&apos;idea di rivederci.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="53"/>
        <source>They said they were nervous too. It helped.</source>
        <translation>Ha detto che anche lei era nervosa. Mi ha aiutato.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="55"/>
        <source>That I understand now how my long hours hurt.</source>
        <translation>Che ora capisco quanto i miei orari lunghi abbiano fatto male.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="57"/>
        <source>Quiet, then a thank you.</source>
        <translation>Silenzio, poi un grazie.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="59"/>
        <source>That I am glad we can talk again.</source>
        <translation>Che sono contento che possiamo parlare di nuovo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="60"/>
        <source>Warmly.</source>
        <translation>Con calore.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="63"/>
        <source>Be on time for our walk</source>
        <translation>Essere puntuale per la nostra passeggiata</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="64"/>
        <source>Call on Sunday evening</source>
        <translation>Chiamare domenica sera</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="65"/>
        <source>Return the book I borrowed</source>
        <translation>Restituire il libro che ho preso in prestito</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="66"/>
        <source>Keep Friday evening free</source>
        <translation>Tenere libero il venerdì sera</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="67"/>
        <source>Tell them when plans change, early</source>
        <translation>Dirle presto quando i programmi cambiano</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="68"/>
        <source>Not check my phone at dinner</source>
        <translation>Non guardare il telefono a cena</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="71"/>
        <source>I was late twice</source>
        <translation>Sono arrivato in ritardo due volte</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="72"/>
        <source>I text if I am running late.</source>
        <translation>Le scrivo se sono in ritardo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="73"/>
        <source>They felt I pushed for an answer</source>
        <translation>Ha sentito che insistevo per avere una risposta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="74"/>
        <source>No questions about us for now.</source>
        <translation>Per ora niente domande su di noi.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="75"/>
        <source>Jealousy about a friend</source>
        <translation>Gelosia per un amico</translation>
    </message>
</context>
<context>
    <name>Rekindle::EmotionRatingsEditor</name>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="23"/>
        <source>Add a Feeling</source>
        <translation>Aggiungi un&apos;emozione</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="52"/>
        <source>%1: feeling</source>
        <translation>%1: emozione</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="57"/>
        <source>A feeling, e.g. sad</source>
        <translation>Un&apos;emozione, ad es. triste</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="63"/>
        <source> of 100</source>
        <translation> su 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="64"/>
        <source>%1: how strong, 0 to 100</source>
        <translation>%1: quanto è forte, da 0 a 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="67"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="68"/>
        <source>Remove this feeling</source>
        <translation>Rimuovi questa emozione</translation>
    </message>
</context>
<context>
    <name>Rekindle::Emotions</name>
    <message>
        <location filename="../app/core/Emotions.cpp" line="13"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="14"/>
        <source>hopeful</source>
        <translation>speranza</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="15"/>
        <source>grateful</source>
        <translation>gratitudine</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="16"/>
        <source>proud</source>
        <translation>orgoglio</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="17"/>
        <source>content</source>
        <translation>soddisfazione</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="18"/>
        <source>relieved</source>
        <translation>sollievo</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="19"/>
        <source>sad</source>
        <translation>tristezza</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="20"/>
        <source>lonely</source>
        <translation>solitudine</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="21"/>
        <source>anxious</source>
        <translation>ansia</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="22"/>
        <source>angry</source>
        <translation>rabbia</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="23"/>
        <source>guilty</source>
        <translation>senso di colpa</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="24"/>
        <source>ashamed</source>
        <translation>vergogna</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="25"/>
        <source>confused</source>
        <translation>confusione</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="26"/>
        <source>tired</source>
        <translation>stanchezza</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="27"/>
        <source>restless</source>
        <translation>inquietudine</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="28"/>
        <source>jealous</source>
        <translation>gelosia</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptedExport</name>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="83"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="115"/>
        <source>The passphrase for the export is empty.</source>
        <translation>La passphrase per l&apos;esportazione è vuota.</translation>
    </message>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="68"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="125"/>
        <source>The file is encrypted: its passphrase is needed to read it.</source>
        <translation>Il file è cifrato: serve la sua passphrase per leggerlo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptionCommands</name>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="57"/>
        <source>%1: %2 of %3 values (%4%)</source>
        <translation>%1: %2 di %3 valori (%4%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EncryptionCommands.cpp" line="75"/>
        <source>%n older backup(s) were made before the journal was encrypted and can still be read by anyone who gets them:</source>
        <translation>
            <numerusform>%n backup più vecchio è stato creato prima che il diario fosse cifrato e può ancora essere letto da chiunque lo ottenga:</numerusform>
            <numerusform>%n backup più vecchi sono stati creati prima che il diario fosse cifrato e possono ancora essere letti da chiunque li ottenga:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="81"/>
        <source>Deleting them does not wipe every trace on every disk: an SSD may keep old blocks for a while.</source>
        <translation>Eliminarli non cancella ogni traccia da ogni disco: un SSD può conservare i vecchi blocchi ancora per un po&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="84"/>
        <source>Delete them when you no longer need them.</source>
        <translation>Eliminali quando non ti servono più.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="88"/>
        <source>Delete these backups now? [y/N]</source>
        <translation>Eliminare questi backup adesso? [s/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="90"/>
        <source>The backups were kept.</source>
        <translation>I backup sono stati conservati.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="96"/>
        <source>The unencrypted backups were deleted.</source>
        <translation>I backup non cifrati sono stati eliminati.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="107"/>
        <source>Passphrase of the journal: </source>
        <translation>Passphrase del diario: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="118"/>
        <source>The sample journal is never encrypted: it holds nothing of yours.</source>
        <translation>Il diario di esempio non viene mai cifrato: non contiene nulla di tuo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="122"/>
        <source>The journal is already encrypted. Nothing was changed.</source>
        <translation>Il diario è già cifrato. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <source>New passphrase for the journal: </source>
        <translation>Nuova passphrase per il diario: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>The same passphrase again: </source>
        <translation>Di nuovo la stessa passphrase: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="128"/>
        <source>Encrypting the journal. This can take a while for a large one; if it is stopped, the journal stays as it was.</source>
        <translation>Cifratura del diario in corso. Per un diario grande può volerci un po&apos;; se viene interrotta, il diario resta com&apos;era.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="130"/>
        <source>Encrypting</source>
        <translation>Cifratura</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="134"/>
        <source>The journal is now encrypted.</source>
        <translation>Il diario ora è cifrato.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="136"/>
        <source>Your recovery key, shown only this once:</source>
        <translation>La tua chiave di recupero, mostrata solo questa volta:</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="140"/>
        <source>Write it down or print it, and keep it somewhere safe, away from this computer. It opens the journal if you forget the passphrase, and anyone who has it can read the journal.</source>
        <translation>Scrivila o stampala e conservala in un posto sicuro, lontano da questo computer. Apre il diario se dimentichi la passphrase, e chiunque la possieda può leggere il diario.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="152"/>
        <source>The journal is not encrypted. Nothing was changed.</source>
        <translation>Il diario non è cifrato. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="155"/>
        <source>Turning encryption off needs a confirmation, and there is no terminal to ask on. Add --yes to turn it off. Nothing was changed.</source>
        <translation>Per disattivare la cifratura serve una conferma, e non c&apos;è un terminale in cui chiederla. Aggiungi --yes per disattivarla. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="162"/>
        <source>Turn encryption off? Everything you wrote will be stored readable by anyone who gets the file. [y/N]</source>
        <translation>Disattivare la cifratura? Tutto ciò che hai scritto sarà salvato in modo leggibile da chiunque ottenga il file. [s/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="167"/>
        <source>Encryption stays on. Nothing was changed.</source>
        <translation>La cifratura resta attiva. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="171"/>
        <source>Decrypting</source>
        <translation>Decifratura</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="173"/>
        <source>The journal is no longer encrypted.</source>
        <translation>Il diario non è più cifrato.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>Passphrase for the export: </source>
        <translation>Passphrase per l&apos;esportazione: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="183"/>
        <source>Warning: the journal is encrypted, but this export will not be: anyone who gets the file can read everything in it. Use --encrypt-export (JSON) to protect it with a passphrase.</source>
        <translation>Attenzione: il diario è cifrato, ma questa esportazione no: chiunque ottenga il file può leggere tutto ciò che contiene. Usa --encrypt-export (JSON) per proteggerla con una passphrase.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="194"/>
        <source>Passphrase of the file %1: </source>
        <translation>Passphrase del file %1: </translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryEditor</name>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="34"/>
        <source>A title, if you like</source>
        <translation>Un titolo, se vuoi</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="35"/>
        <source>Entry title</source>
        <translation>Titolo della voce</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="40"/>
        <source>Not set</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="41"/>
        <source>Mood, from 1 (very low) to 10 (very good)</source>
        <translation>Umore, da 1 (molto basso) a 10 (molto buono)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="42"/>
        <source>How you feel, from 1 (very low) to 10 (very good)</source>
        <translation>Come ti senti, da 1 (molto male) a 10 (molto bene)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="45"/>
        <source>Entry text</source>
        <translation>Testo della voce</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="46"/>
        <source>Write freely. Everything is saved as you type and stays on this computer.</source>
        <translation>Scrivi liberamente. Tutto viene salvato mentre scrivi e resta su questo computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="56"/>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="63"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="65"/>
        <source>&amp;Mood:</source>
        <translation>&amp;Umore:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="118"/>
        <source>Written %1 at %2</source>
        <translation>Scritta %1 alle %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="123"/>
        <source>edited %1</source>
        <translation>modificata il %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryItemDelegate</name>
    <message>
        <location filename="../app/ui/widgets/EntryItemDelegate.cpp" line="27"/>
        <source>mood %1/10</source>
        <translation>umore %1/10</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryListModel</name>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="61"/>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="64"/>
        <source>%1, written %2</source>
        <translation>%1, scritta il %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrinter</name>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="58"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="61"/>
        <source>Print the open entry</source>
        <translation>Stampa la voce aperta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="63"/>
        <source>Print This &amp;Day…</source>
        <translation>Stampa questo &amp;giorno…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="65"/>
        <source>Print every entry written on the open entry&apos;s day</source>
        <translation>Stampa tutte le voci scritte nel giorno della voce aperta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="67"/>
        <source>Print This S&amp;tep…</source>
        <translation>Stampa questo p&amp;asso…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="69"/>
        <source>Print every entry of the current step</source>
        <translation>Stampa tutte le voci del passo attuale</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="89"/>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="93"/>
        <source>mood %1 of 10</source>
        <translation>umore %1 su 10</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="109"/>
        <source>The text being written could not be saved, so it was not printed.</source>
        <translation>Non è stato possibile salvare il testo che stai scrivendo, quindi non è stato stampato niente.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="115"/>
        <source>There is nothing to print yet.</source>
        <translation>Non c&apos;è ancora niente da stampare.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="139"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="152"/>
        <source>Rekindle journal</source>
        <translation>Diario di Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="144"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Non è stato possibile scrivere il PDF in «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="155"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="176"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="158"/>
        <source>Entries</source>
        <translation>Voci</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="161"/>
        <source>This &amp;entry</source>
        <translation>Questa &amp;voce</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="162"/>
        <source>Every entry of this &amp;day</source>
        <translation>Tutte le voci di questo &amp;giorno</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="163"/>
        <source>Every entry of this &amp;step</source>
        <translation>Tutte le voci di questo &amp;passo</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrintout</name>
    <message>
        <location filename="../app/models/EntryPrintout.cpp" line="54"/>
        <source>Open an entry to print first.</source>
        <translation>Prima apri la voce da stampare.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryStore</name>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="115"/>
        <source>The new entry could not be saved.</source>
        <translation>Non è stato possibile salvare la nuova voce.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="122"/>
        <location filename="../app/storage/EntryStore.cpp" line="136"/>
        <source>Your changes could not be saved.</source>
        <translation>Non è stato possibile salvare le tue modifiche.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="171"/>
        <source>The entry could not be deleted.</source>
        <translation>Non è stato possibile eliminare la voce.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="181"/>
        <location filename="../app/storage/EntryStore.cpp" line="204"/>
        <source>The entry could not be read.</source>
        <translation>Non è stato possibile leggere la voce.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="215"/>
        <source>The entries could not be read.</source>
        <translation>Non è stato possibile leggere le voci.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="248"/>
        <source>The days with entries could not be read.</source>
        <translation>Non è stato possibile leggere i giorni con delle voci.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="262"/>
        <source>The entry could not be found.</source>
        <translation>Non è stato possibile trovare la voce.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="267"/>
        <source>The entries could not be counted.</source>
        <translation>Non è stato possibile contare le voci.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="35"/>
        <source>The &amp;whole journal</source>
        <translation>L&apos;&amp;intero diario</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="36"/>
        <source>From a &amp;date range</source>
        <translation>Da un inter&amp;vallo di date</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="37"/>
        <source>One &amp;step</source>
        <translation>&amp;Un passo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="41"/>
        <source>E&amp;ncrypt the file with a passphrase</source>
        <translation>&amp;Cifra il file con una passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="48"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="219"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="247"/>
        <source>Export Journal</source>
        <translation>Esporta il diario</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="54"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="68"/>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="71"/>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="74"/>
        <source>Step to export</source>
        <translation>Passo da esportare</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="76"/>
        <source>Step %1: %2</source>
        <translation>Passo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="79"/>
        <source>What to export</source>
        <translation>Cosa esportare</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="83"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="96"/>
        <source>Only a JSON export can be encrypted. Rekindle asks for the passphrase when the file is imported.</source>
        <translation>Solo un&apos;esportazione JSON può essere cifrata. Rekindle chiede la passphrase quando il file viene importato.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="100"/>
        <source>Passphrase for the file</source>
        <translation>Passphrase per il file</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="101"/>
        <source>The same passphrase again</source>
        <translation>Di nuovo la stessa passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="109"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="114"/>
        <source>Protection</source>
        <translation>Protezione</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="127"/>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="162"/>
        <source>The file is encrypted: it opens only with this passphrase, and Rekindle cannot open it if the passphrase is forgotten.</source>
        <translation>Il file è cifrato: si apre solo con questa passphrase, e Rekindle non può aprirlo se la passphrase viene dimenticata.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="165"/>
        <source>Your journal is encrypted, but this file will not be: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Il tuo diario è cifrato, ma questo file no: chiunque lo ottenga può leggere tutto ciò che contiene. Conservalo in un posto riservato ed eliminalo quando non ti serve più.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="169"/>
        <source>The exported file is not protected: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Il file esportato non è protetto: chiunque lo ottenga può leggere tutto ciò che contiene. Conservalo in un posto riservato ed eliminalo quando non ti serve più.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="183"/>
        <source>Type a passphrase for the file, twice.</source>
        <translation>Digita due volte una passphrase per il file.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="185"/>
        <source>The two passphrases are not the same.</source>
        <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="217"/>
        <source>Rekindle Journal</source>
        <translation>Diario di Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="231"/>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Rekindle::Exporter</name>
    <message>
        <location filename="../app/export/Exporter.cpp" line="33"/>
        <source>The export could not be written to %1: %2</source>
        <translation>Non è stato possibile scrivere l&apos;esportazione in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="79"/>
        <source>Rekindle Journal</source>
        <translation>Diario di Rekindle</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="122"/>
        <source>JSON — complete, can be imported again</source>
        <translation>JSON — completo, può essere importato di nuovo</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="124"/>
        <source>CSV — tables for a spreadsheet, one file per kind of record</source>
        <translation>CSV — tabelle per un foglio di calcolo, un file per tipo di record</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="126"/>
        <source>Markdown — plain text</source>
        <translation>Markdown — testo semplice</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="128"/>
        <source>HTML — a web page</source>
        <translation>HTML — una pagina web</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="130"/>
        <source>PDF — for reading and printing</source>
        <translation>PDF — da leggere e stampare</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="139"/>
        <source>JSON, complete and re-importable (*.json)</source>
        <translation>JSON, completo e reimportabile (*.json)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="141"/>
        <source>CSV tables, one file per kind of record (*.csv)</source>
        <translation>Tabelle CSV, un file per tipo di record (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="143"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="145"/>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="181"/>
        <source>Only a JSON export can be encrypted.</source>
        <translation>Solo un&apos;esportazione JSON può essere cifrata.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingModel</name>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="80"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="82"/>
        <source>What I shared</source>
        <translation>Cosa ho condiviso</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="84"/>
        <source>How it was received</source>
        <translation>Come è stato accolto</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="28"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="36"/>
        <source>What I shared, honestly</source>
        <translation>Cosa ho condiviso, sinceramente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="38"/>
        <source>How they took it</source>
        <translation>Come l&apos;ha presa l&apos;altra persona</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="42"/>
        <source>A feeling I shared</source>
        <translation>Un sentimento che ho condiviso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="50"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="51"/>
        <source>W&amp;hat I shared:</source>
        <translation>Cosa ho &amp;condiviso:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="52"/>
        <source>How it was &amp;received:</source>
        <translation>Come è stato acc&amp;olto:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="59"/>
        <source>&amp;Feelings shared</source>
        <translation>&amp;Sentimenti condivisi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="76"/>
        <source>Saved. Saying how you feel takes courage.</source>
        <translation>Salvato. Dire come ti senti richiede coraggio.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FieldCodec</name>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="70"/>
        <source>A value of %1 (field “%2” of record %3) could not be read. %4</source>
        <translation>Non è stato possibile leggere un valore di %1 (campo «%2» del record %3). %4</translation>
    </message>
</context>
<context>
    <name>Rekindle::FoundationSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="22"/>
        <source>not known yet</source>
        <translation>non ancora noto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="24"/>
        <source>weak</source>
        <translation>debole</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="26"/>
        <source>growing</source>
        <translation>in crescita</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="28"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="49"/>
        <source>The foundation, over the last 90 days</source>
        <translation>Le fondamenta, negli ultimi 90 giorni</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Connection</source>
        <translation>Legame</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Open issues</source>
        <translation>Questioni aperte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="75"/>
        <source>Trust is the share of promises kept (step 4); connection is the share of warm replies to your messages (step 3); open issues are those not yet resolved.</source>
        <translation>La fiducia è la quota di promesse mantenute (passo 4); il legame è la quota di risposte calorose ai tuoi messaggi (passo 3); le questioni aperte sono quelle non ancora risolte.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="97"/>
        <source>The foundation needs more time before bigger steps.</source>
        <translation>Le fondamenta hanno bisogno di più tempo prima di passi più grandi.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="98"/>
        <source>The foundation is holding. Keep the pace that got you here.</source>
        <translation>Le fondamenta reggono. Mantieni il ritmo che ti ha portato fin qui.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Goal</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="21"/>
        <source>Fitness</source>
        <translation>Attività fisica</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="22"/>
        <source>New hobby</source>
        <translation>Nuovo hobby</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="23"/>
        <source>Professional help</source>
        <translation>Aiuto professionale</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="24"/>
        <source>Personal issue</source>
        <translation>Questione personale</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="25"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="33"/>
        <source>Give the goal a title, for example &quot;Walk for 20 minutes&quot;.</source>
        <translation>Dai un titolo all&apos;obiettivo, ad esempio «Camminare per 20 minuti».</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="36"/>
        <source>The title is too long: keep it under %1 characters.</source>
        <translation>Il titolo è troppo lungo: resta sotto i %1 caratteri.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="39"/>
        <source>Choose every day, or between 1 and 6 times a week.</source>
        <translation>Scegli ogni giorno, oppure da 1 a 6 volte a settimana.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="41"/>
        <source>Choose the day the goal starts.</source>
        <translation>Scegli il giorno in cui inizia l&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="48"/>
        <source>Every day</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="50"/>
        <source>Once a week</source>
        <translation>Una volta a settimana</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/Goal.cpp" line="51"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n volta a settimana</numerusform>
            <numerusform>%n volte a settimana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 volte a settimana</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalAdherenceChart</name>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="21"/>
        <source>Goals kept per week</source>
        <translation>Obiettivi rispettati a settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="22"/>
        <source>No goals to show for this period yet. Add a goal in step 2 and tick the days you work on it; each week&apos;s share of what you planned shows here.</source>
        <translation>Ancora nessun obiettivo da mostrare per questo periodo. Aggiungi un obiettivo nel passo 2 e spunta i giorni in cui ci lavori; qui compare, settimana per settimana, quanto hai fatto di ciò che avevi previsto.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="31"/>
        <source>Goal to show</source>
        <translation>Obiettivo da mostrare</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="32"/>
        <source>Show all goals together, or one goal</source>
        <translation>Mostra tutti gli obiettivi insieme, oppure uno solo</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="36"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="48"/>
        <source>All goals</source>
        <translation>Tutti gli obiettivi</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="52"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="101"/>
        <source>Check-ins done of planned</source>
        <translation>Check-in fatti su quelli previsti</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="119"/>
        <source>Kept</source>
        <translation>Mantenuti</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="132"/>
        <source>Week of %1
%2% kept
%n check-in(s), %3 planned</source>
        <translation>
            <numerusform>Settimana del %1
%2% rispettato
%n check-in, %3 previsti</numerusform>
            <numerusform>Settimana del %1
%2% rispettato
%n check-in, %3 previsti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Kept (%)</source>
        <translation>Mantenuti (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Check-ins</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Planned</source>
        <translation>Previsti</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalCheckIn</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="57"/>
        <source>Choose the day to check in.</source>
        <translation>Scegli il giorno del check-in.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="59"/>
        <source>You can only check in for today or a day that has passed.</source>
        <translation>Puoi fare il check-in solo per oggi o per un giorno passato.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="61"/>
        <source>This goal started on %1; choose that day or a later one.</source>
        <translation>Questo obiettivo è iniziato il %1; scegli quel giorno o uno successivo.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="65"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota è troppo lunga: resta sotto i %1 caratteri.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalListModel</name>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 giorni</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="98"/>
        <source>1 week</source>
        <translation>1 settimana</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="vanished">%1 settimane</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="134"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="135"/>
        <source>%1 of %2 this week</source>
        <translation>%1 su %2 questa settimana</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="156"/>
        <source>From %1 to %2</source>
        <translation>Dal %1 al %2</translation>
    </message>
    <message>
        <source>%1 check-ins of about %2 asked for in the last %3 days</source>
        <translation type="vanished">%1 check-in su circa %2 previsti negli ultimi %3 giorni</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="98"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="164"/>
        <source>1 check-in of about %1 asked for in the last %2 days</source>
        <translation>1 check-in su circa %1 previsti negli ultimi %2 giorni</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="165"/>
        <source>%n check-ins of about %1 asked for in the last %2 days</source>
        <translation>
            <numerusform>%n check-in su circa %1 previsti negli ultimi %2 giorni</numerusform>
            <numerusform>%n check-in su circa %1 previsti negli ultimi %2 giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="172"/>
        <source>Grew out of &quot;my part&quot;: %1</source>
        <translation>Nato da «la mia parte»: %1</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Checked in today</source>
        <translation>Check-in fatto oggi</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Not checked in today yet</source>
        <translation>Check-in di oggi non ancora fatto</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>checked in today</source>
        <translation>check-in fatto oggi</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>not checked in today</source>
        <translation>check-in di oggi non fatto</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="195"/>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="197"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="199"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="201"/>
        <source>Best</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="203"/>
        <source>14 days</source>
        <translation>14 giorni</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="205"/>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="207"/>
        <source>How often</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="209"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="211"/>
        <source>From my part</source>
        <translation>Dalla mia parte</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="244"/>
        <location filename="../app/models/GoalListModel.cpp" line="251"/>
        <location filename="../app/models/GoalListModel.cpp" line="258"/>
        <location filename="../app/models/GoalListModel.cpp" line="265"/>
        <source>Choose a goal first.</source>
        <translation>Scegli prima un obiettivo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalStore</name>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="80"/>
        <source>The goal could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="93"/>
        <source>The goal could not be made.</source>
        <translation>Non è stato possibile creare l&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="102"/>
        <source>Work on: %1</source>
        <translation>Lavorare su: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="131"/>
        <source>Your changes to the goal could not be saved.</source>
        <translation>Non è stato possibile salvare le modifiche all&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be archived.</source>
        <translation>Non è stato possibile archiviare l&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be restored.</source>
        <translation>Non è stato possibile ripristinare l&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="168"/>
        <location filename="../app/storage/GoalStore.cpp" line="175"/>
        <source>The goal could not be read.</source>
        <translation>Non è stato possibile leggere l&apos;obiettivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="189"/>
        <source>The goals could not be read.</source>
        <translation>Non è stato possibile leggere gli obiettivi.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="200"/>
        <source>The check-in could not be saved.</source>
        <translation>Non è stato possibile salvare il check-in.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="235"/>
        <source>The check-in could not be removed.</source>
        <translation>Non è stato possibile rimuovere il check-in.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="259"/>
        <source>The check-in could not be read.</source>
        <translation>Non è stato possibile leggere il check-in.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="276"/>
        <source>The check-ins could not be read.</source>
        <translation>Non è stato possibile leggere i check-in.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="291"/>
        <source>The check-ins could not be counted.</source>
        <translation>Non è stato possibile contare i check-in.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="39"/>
        <source>&amp;Add Goal</source>
        <translation>&amp;Aggiungi obiettivo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="40"/>
        <source>Show a&amp;rchived goals</source>
        <translation>Mostra gli obiettivi a&amp;rchiviati</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="45"/>
        <source>&amp;Check In</source>
        <translation>&amp;Check-in</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="46"/>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivia</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="51"/>
        <source>For example: a 20-minute walk</source>
        <translation>Ad esempio: una passeggiata di 20 minuti</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="56"/>
        <source>Every day</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="57"/>
        <source>Once a week</source>
        <translation>Una volta a settimana</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 volte a settimana</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="59"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n volta a settimana</numerusform>
            <numerusform>%n volte a settimana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="67"/>
        <source>A new goal, for yourself</source>
        <translation>Un nuovo obiettivo, per te</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="75"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="78"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="80"/>
        <source>How &amp;often:</source>
        <translation>&amp;Frequenza:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="82"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="93"/>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="115"/>
        <source>Optional note</source>
        <translation>Nota facoltativa</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="119"/>
        <source>Check in the selected goal for &amp;day:</source>
        <translation>Check-in dell&apos;obiettivo selezionato per il &amp;giorno:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="121"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="191"/>
        <source>No archived goals. Archive a goal you have finished or put aside; you can restore it any time.</source>
        <translation>Nessun obiettivo archiviato. Archivia un obiettivo che hai completato o messo da parte; puoi ripristinarlo in qualsiasi momento.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="193"/>
        <source>No goals yet. Add one above: something for your body, a new hobby, or a first talk with a professional. Then tick it in the Today column each time you do it.</source>
        <translation>Ancora nessun obiettivo. Aggiungine uno qui sopra: qualcosa per il tuo corpo, un nuovo hobby o un primo colloquio con un professionista. Poi spuntalo nella colonna Oggi ogni volta che lo fai.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="239"/>
        <source>Checked in &quot;%1&quot; for %2.</source>
        <translation>Check-in di «%1» per il %2.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportReader</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="377"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>Il file non può essere importato. In %1: %2 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="379"/>
        <source>the whole file</source>
        <translation>tutto il file</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="380"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>un&apos;esportazione è un oggetto JSON, questo è %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="383"/>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="384"/>
        <source>something else</source>
        <translation>qualcos&apos;altro</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportSource</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="419"/>
        <source>%1 is not a file. Choose a Rekindle export to import. Nothing was changed.</source>
        <translation>%1 non è un file. Scegli un&apos;esportazione di Rekindle da importare. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="423"/>
        <location filename="../app/storage/ImportReader.cpp" line="459"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>Rekindle non riesce a leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="428"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 è troppo grande per essere un&apos;esportazione di Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="434"/>
        <location filename="../app/storage/ImportReader.cpp" line="465"/>
        <location filename="../app/storage/ImportReader.cpp" line="478"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>Non è possibile aprire %1: %2 Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportValidator</name>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="236"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>Il file non può essere importato. In %1: %2 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="287"/>
        <location filename="../app/storage/ImportValidator.cpp" line="291"/>
        <location filename="../app/storage/ImportValidator.cpp" line="461"/>
        <source>it must be an object, not %1.</source>
        <translation>deve essere un oggetto, non %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="313"/>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation>il nome di un&apos;impostazione deve avere da 1 a 200 caratteri.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="315"/>
        <source>a setting must be text, not %1.</source>
        <translation>un&apos;impostazione deve essere un testo, non %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="317"/>
        <source>the setting is too long.</source>
        <translation>l&apos;impostazione è troppo lunga.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="328"/>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation>Rekindle non conosce record di questo tipo. Il file potrebbe provenire da una versione più recente di Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="339"/>
        <source>it must be a list, not %1.</source>
        <translation>deve essere un elenco, non %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="358"/>
        <source>a record must be an object, not %1.</source>
        <translation>un record deve essere un oggetto, non %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="363"/>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation>«%1» non è un campo di questo tipo di record.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="387"/>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation>l&apos;uid «%1» compare due volte.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="396"/>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation>ha lo stesso valore in %1 di %2; il diario può conservarne solo uno.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="445"/>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>questa non è un&apos;esportazione di un diario di Rekindle («format» deve essere «%1»).</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="449"/>
        <source>it must be a whole number from 1.</source>
        <translation>deve essere un numero intero a partire da 1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="452"/>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation>il file è stato scritto da una versione più recente di Rekindle (formato %1; questa versione legge fino al %2). Aggiorna Rekindle per importarlo.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="486"/>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation>«%1» rimanda a «%2», che non è né nel file né nel diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportWriter</name>
    <message>
        <location filename="../app/storage/ImportWriter.cpp" line="44"/>
        <source>The import could not be written; nothing was changed.</source>
        <translation>Non è stato possibile scrivere l&apos;importazione; non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssueModel</name>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="96"/>
        <source>Raised on</source>
        <translation>Sollevata il</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="98"/>
        <source>Raised by</source>
        <translation>Sollevata da</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="100"/>
        <source>What</source>
        <translation>Di cosa si tratta</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="104"/>
        <source>What we agreed</source>
        <translation>Cosa abbiamo concordato</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssuesSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="29"/>
        <source>&amp;Add Issue</source>
        <translation>&amp;Aggiungi questione</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="40"/>
        <source>What it is about, in a few words</source>
        <translation>Di cosa si tratta, in poche parole</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="44"/>
        <source>Something that came up</source>
        <translation>Qualcosa che è emerso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="52"/>
        <source>Raised &amp;by:</source>
        <translation>Sollevata &amp;da:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="53"/>
        <source>&amp;On:</source>
        <translation>&amp;Il:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="57"/>
        <source>Wh&amp;at:</source>
        <translation>Di c&amp;osa si tratta:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="64"/>
        <source>Face issues together, not around each other. When you agree on something, write it down under &quot;What we agreed&quot;.</source>
        <translation>Affrontate le questioni insieme, non girandoci intorno. Quando vi accordate su qualcosa, scrivetelo sotto «Cosa abbiamo concordato».</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="73"/>
        <source>&amp;Issues</source>
        <translation>&amp;Questioni</translation>
    </message>
</context>
<context>
    <name>Rekindle::Journal</name>
    <message>
        <location filename="../app/storage/Journal.cpp" line="144"/>
        <source>Rekindle cannot create the journal file in %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle non riesce a creare il file del diario in %1. Controlla di avere il permesso di scrivere lì, oppure scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="155"/>
        <source>Rekindle cannot open the journal.</source>
        <translation>Rekindle non riesce ad aprire il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="173"/>
        <source>The journal folder %1 holds no journal, and Rekindle cannot create one there because the folder cannot be changed. Choose another folder.</source>
        <translation>La cartella del diario %1 non contiene un diario, e Rekindle non può crearne uno lì perché la cartella non può essere modificata. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="183"/>
        <source>This journal was written by an older version of Rekindle and must be updated before it can be opened, but it cannot be changed where it is. Copy its folder to a place you may write to and open the copy; the file has not been changed.</source>
        <translation>Questo diario è stato scritto da una versione precedente di Rekindle e deve essere aggiornato prima di poter essere aperto, ma non può essere modificato dove si trova. Copia la sua cartella in un posto in cui puoi scrivere e apri la copia; il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="203"/>
        <location filename="../app/storage/Journal.cpp" line="209"/>
        <location filename="../app/storage/Journal.cpp" line="321"/>
        <location filename="../app/storage/Journal.cpp" line="342"/>
        <source>Rekindle cannot read the journal.</source>
        <translation>Rekindle non riesce a leggere il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="211"/>
        <source>The latest saves, in journal.sqlite3-wal beside it, cannot be read here.</source>
        <translation>Gli ultimi salvataggi, in journal.sqlite3-wal accanto al diario, non possono essere letti qui.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="312"/>
        <location filename="../app/storage/Journal.cpp" line="317"/>
        <location filename="../app/storage/Journal.cpp" line="337"/>
        <source>Rekindle cannot prepare the journal.</source>
        <translation>Rekindle non riesce a preparare il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="358"/>
        <source>Rekindle cannot read the journal&apos;s version.</source>
        <translation>Rekindle non riesce a leggere la versione del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="360"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Questo diario è stato scritto da una versione più recente di Rekindle. Aggiorna Rekindle per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="371"/>
        <location filename="../app/storage/Journal.cpp" line="378"/>
        <source>Rekindle needs to update this journal but could not back it up first, so it left it unchanged. %1</source>
        <translation>Rekindle deve aggiornare questo diario ma non è riuscito prima a farne un backup, quindi lo ha lasciato invariato. %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="387"/>
        <location filename="../app/storage/Journal.cpp" line="393"/>
        <source>Rekindle could not update the journal.</source>
        <translation>Rekindle non è riuscito ad aggiornare il diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalAccess</name>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="51"/>
        <source>This journal is on a disk that can only be read (%1), so it is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Questo diario si trova su un disco di sola lettura (%1), quindi è aperto in sola lettura: puoi leggerlo, cercarvi, esportarlo e farne un backup, ma non si può modificare né salvare nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="56"/>
        <source>The journal&apos;s folder (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>La cartella del diario (%1) è impostata in modo da non poter essere modificata, quindi il diario è aperto in sola lettura: puoi leggerlo, cercarvi, esportarlo e farne un backup, ma non si può modificare né salvare nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="61"/>
        <source>The journal file (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Il file del diario (%1) è impostato in modo da non poter essere modificato, quindi il diario è aperto in sola lettura: puoi leggerlo, cercarvi, esportarlo e farne un backup, ma non si può modificare né salvare nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="77"/>
        <source>Rekindle could not allow changes to the journal in %1: you may not change its permissions, or the disk can only be read.</source>
        <translation>Rekindle non è riuscito a consentire modifiche al diario in %1: non puoi cambiarne i permessi, oppure il disco è di sola lettura.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="81"/>
        <source>The journal in %1 still cannot be changed: the disk or the system does not allow it.</source>
        <translation>Il diario in %1 non può ancora essere modificato: il disco o il sistema non lo consentono.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalActions</name>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="29"/>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="30"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="31"/>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="35"/>
        <source>Save the journal, or part of it, as PDF, HTML, Markdown, JSON or CSV</source>
        <translation>Salva il diario, o una sua parte, come PDF, HTML, Markdown, JSON o CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="38"/>
        <source>Add the contents of a Rekindle JSON export to this journal</source>
        <translation>Aggiungi a questo diario il contenuto di un&apos;esportazione JSON di Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="40"/>
        <source>Bring the journal back to an earlier day</source>
        <translation>Riporta il diario a un giorno precedente</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="46"/>
        <location filename="../app/ui/JournalActions.cpp" line="174"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Non è stato possibile fare il backup di oggi: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="56"/>
        <source>The journal was exported.</source>
        <translation>Il diario è stato esportato.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="61"/>
        <source>Import a Journal Export</source>
        <translation>Importa un&apos;esportazione del diario</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="63"/>
        <source>Rekindle JSON export, plain or encrypted (*.json)</source>
        <translation>Esportazione JSON di Rekindle, in chiaro o cifrata (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="80"/>
        <location filename="../app/ui/JournalActions.cpp" line="116"/>
        <location filename="../app/ui/JournalActions.cpp" line="119"/>
        <location filename="../app/ui/JournalActions.cpp" line="138"/>
        <location filename="../app/ui/JournalActions.cpp" line="148"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="81"/>
        <source>This file is encrypted. Type its passphrase:</source>
        <translation>Questo file è cifrato. Digita la sua passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="86"/>
        <source>Passphrase of the file</source>
        <translation>Passphrase del file</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="110"/>
        <source>Checking the file…</source>
        <translation>Controllo del file in corso…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="120"/>
        <source>How should the file&apos;s contents join this journal?</source>
        <translation>Come deve entrare in questo diario il contenuto del file?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="122"/>
        <source>Add: keeps everything in the journal and adds what it does not have yet.
Replace: the journal becomes exactly the file&apos;s contents; the journal as it is now is kept as a backup first.</source>
        <translation>Aggiungi: mantiene tutto ciò che è nel diario e aggiunge ciò che manca.
Sostituisci: il diario diventa esattamente il contenuto del file; il diario com&apos;è adesso viene prima conservato come backup.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="126"/>
        <source>&amp;Replace</source>
        <translation>&amp;Sostituisci</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="142"/>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="151"/>
        <source>Records imported: %1.</source>
        <translation>Record importati: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="167"/>
        <source>The journal was restored from the backup.</source>
        <translation>Il diario è stato ripristinato dal backup.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalCheck</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="76"/>
        <source>Search index: %1 of 1 record indexed</source>
        <translation>Indice di ricerca: %1 record indicizzati su 1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/JournalCheck.cpp" line="78"/>
        <source>Search index: %1 of %n records indexed</source>
        <translation>
            <numerusform>Indice di ricerca: %1 record indicizzati su %n</numerusform>
            <numerusform>Indice di ricerca: %1 record indicizzati su %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="156"/>
        <source>Journal: %1</source>
        <translation>Diario: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="157"/>
        <source>Schema version: %1 (this Rekindle writes %2)</source>
        <translation>Versione dello schema: %1 (questo Rekindle scrive la %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="164"/>
        <source>The integrity check could not run: %1</source>
        <translation>Non è stato possibile eseguire il controllo di integrità: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="167"/>
        <source>Database structure: %1</source>
        <translation>Struttura del database: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="169"/>
        <source>Database structure: ok</source>
        <translation>Struttura del database: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="174"/>
        <source>Links between records: broken links in %1</source>
        <translation>Collegamenti tra i record: collegamenti interrotti in %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="177"/>
        <source>Links between records: ok</source>
        <translation>Collegamenti tra i record: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="184"/>
        <source>%1: cannot be read</source>
        <translation>%1: non può essere letto</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="200"/>
        <source>Search index: an encrypted journal&apos;s index on disk holds %1 records</source>
        <translation>Indice di ricerca: l&apos;indice su disco di un diario cifrato contiene %1 record</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="204"/>
        <source>Search index: in memory only (the journal is locked)</source>
        <translation>Indice di ricerca: solo in memoria (il diario è bloccato)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="209"/>
        <source>Search index: ok</source>
        <translation>Indice di ricerca: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="224"/>
        <source>Encrypted text: every value opens</source>
        <translation>Testo cifrato: ogni valore si apre</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="226"/>
        <source>Encrypted text: not checked (the journal is locked)</source>
        <translation>Testo cifrato: non controllato (il diario è bloccato)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="240"/>
        <source>Table &quot;%1&quot; is not known to export and restore (a missing RecordKinds entry)</source>
        <translation>La tabella «%1» non è nota a esportazione e ripristino (manca una voce in RecordKinds)</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEncryption</name>
    <message>
        <location filename="../app/storage/JournalEncryption.cpp" line="19"/>
        <location filename="../app/storage/JournalEncryption.cpp" line="29"/>
        <source>This journal is not encrypted.</source>
        <translation>Questo diario non è cifrato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEntry</name>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="24"/>
        <source>Untitled entry</source>
        <translation>Voce senza titolo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/JournalEntry.cpp" line="34"/>
        <source>The title is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>Il titolo è troppo lungo: resta sotto %n carattere.</numerusform>
            <numerusform>Il titolo è troppo lungo: resta sotto i %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="39"/>
        <source>This entry is too long to save. Split it into several entries.</source>
        <translation>Questa voce è troppo lunga per essere salvata. Dividila in più voci.</translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="42"/>
        <source>Mood must be between %1 and %2.</source>
        <translation>L&apos;umore deve essere compreso tra %1 e %2.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalExport</name>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="202"/>
        <location filename="../app/storage/JournalExport.cpp" line="206"/>
        <location filename="../app/storage/JournalExport.cpp" line="240"/>
        <location filename="../app/storage/JournalExport.cpp" line="244"/>
        <location filename="../app/storage/JournalExport.cpp" line="258"/>
        <location filename="../app/storage/JournalExport.cpp" line="287"/>
        <source>The journal could not be read.</source>
        <translation>Non è stato possibile leggere il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="367"/>
        <source>The export could not be written: %1</source>
        <translation>Non è stato possibile scrivere l&apos;esportazione: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="513"/>
        <source>Rekindle Journal</source>
        <translation>Diario di Rekindle</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="514"/>
        <source>Exported on %1.</source>
        <translation>Esportato il %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="539"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="563"/>
        <source>Step %1: %2</source>
        <translation>Passo %1: %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalImport</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="244"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>Il file non è un&apos;esportazione di Rekindle leggibile: %1 alla riga %2, colonna %3. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="252"/>
        <source>the whole file</source>
        <translation>l&apos;intero file</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="253"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>un&apos;esportazione è un oggetto JSON, questo è %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>something else</source>
        <translation>qualcos&apos;altro</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="262"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>Rekindle non riesce a leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="266"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 è troppo grande per essere un&apos;esportazione di Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="273"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>%1 non può essere aperto: %2 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="vanished">questa non è un&apos;esportazione di un diario di Rekindle («format» deve essere «%1»).</translation>
    </message>
    <message>
        <source>it must be a whole number from 1.</source>
        <translation type="vanished">deve essere un numero intero a partire da 1.</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation type="vanished">il file è stato scritto da una versione più recente di Rekindle (formato %1; questa versione legge fino al %2). Aggiorna Rekindle per importarlo.</translation>
    </message>
    <message>
        <source>it must be an object, not %1.</source>
        <translation type="vanished">deve essere un oggetto, non %1.</translation>
    </message>
    <message>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation type="vanished">il nome di un&apos;impostazione deve avere da 1 a 200 caratteri.</translation>
    </message>
    <message>
        <source>a setting must be text, not %1.</source>
        <translation type="vanished">un&apos;impostazione deve essere un testo, non %1.</translation>
    </message>
    <message>
        <source>the setting is too long.</source>
        <translation type="vanished">l&apos;impostazione è troppo lunga.</translation>
    </message>
    <message>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation type="vanished">Rekindle non conosce record di questo tipo. Il file potrebbe provenire da una versione più recente di Rekindle.</translation>
    </message>
    <message>
        <source>it must be a list, not %1.</source>
        <translation type="vanished">deve essere un elenco, non %1.</translation>
    </message>
    <message>
        <source>a record must be an object, not %1.</source>
        <translation type="vanished">un record deve essere un oggetto, non %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation type="vanished">«%1» non è un campo di questo tipo di record.</translation>
    </message>
    <message>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation type="vanished">l&apos;uid «%1» compare due volte.</translation>
    </message>
    <message>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation type="vanished">ha lo stesso %1 di %2; il diario può conservarne solo uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation type="vanished">«%1» rimanda a «%2», che non è né nel file né nel diario.</translation>
    </message>
    <message>
        <source>The import could not be written; nothing was changed.</source>
        <translation type="vanished">Non è stato possibile scrivere l&apos;importazione; non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalLock</name>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="127"/>
        <source>Rekindle cannot write in the journal folder %1. Check its permissions, or choose another folder.</source>
        <translation>Rekindle non riesce a scrivere nella cartella del diario %1. Controlla i suoi permessi, oppure scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="150"/>
        <source>The journal is not held by another computer, so there is nothing to take over.</source>
        <translation>Il diario non è tenuto da un altro computer, quindi non c&apos;è nulla da prendere in carico.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="154"/>
        <source>Rekindle cannot remove the lock file %1. Check the permissions of its folder.</source>
        <translation>Rekindle non riesce a rimuovere il file di blocco %1. Controlla i permessi della sua cartella.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPanel</name>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="34"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nuova voce</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="41"/>
        <source>Journal entries, newest first</source>
        <translation>Voci del diario, dalla più recente</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="vanished">Inizia una nuova voce (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="62"/>
        <source>Start a new entry (%1)</source>
        <translation>Inizia una nuova voce (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="65"/>
        <source>Delete the selected entry</source>
        <translation>Elimina la voce selezionata</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="68"/>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="260"/>
        <source>Delete Entry</source>
        <translation>Elimina voce</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="102"/>
        <source>Write the First Entry</source>
        <translation>Scrivi la prima voce</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="159"/>
        <source>Your entries could not be read from the journal: %1</source>
        <translation>Non è stato possibile leggere le tue voci dal diario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="272"/>
        <source>Your changes are still being saved. Try again in a moment.</source>
        <translation>Le tue modifiche sono ancora in fase di salvataggio. Riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="309"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Delete this entry? Its text will be removed from the journal for good.</source>
        <translation type="vanished">Eliminare questa voce? Il suo testo verrà rimosso definitivamente dal diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="337"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="351"/>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="371"/>
        <source>Editing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="434"/>
        <source>Open Entry</source>
        <translation>Apri voce</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPrivacy</name>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="82"/>
        <source>Type your passphrase to open the journal.</source>
        <translation>Digita la tua passphrase per aprire il diario.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="93"/>
        <source>Type your recovery key to open the journal.</source>
        <translation>Digita la tua chiave di recupero per aprire il diario.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="212"/>
        <source>Choose between 0 (never) and %1 minutes.</source>
        <translation>Scegli un valore tra 0 (mai) e %1 minuti.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="246"/>
        <source>Choose a passphrase first.</source>
        <translation>Scegli prima una passphrase.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="248"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="260"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="276"/>
        <source>Rekindle is still busy with your passphrase. Try again in a moment.</source>
        <translation>Rekindle sta ancora elaborando la tua passphrase. Riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="274"/>
        <source>Choose a new passphrase first.</source>
        <translation>Scegli prima una nuova passphrase.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="325"/>
        <source>Easy to guess for now. A few unrelated words, like a short odd sentence, are easy to remember and much harder to guess.</source>
        <translation>Per ora facile da indovinare. Qualche parola senza legame tra loro, come una breve frase strana, è facile da ricordare e molto più difficile da indovinare.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="328"/>
        <source>A fair start. One more word would make it much harder to guess.</source>
        <translation>Un buon inizio. Una parola in più la renderebbe molto più difficile da indovinare.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="329"/>
        <source>Hard to guess. Keep it where only you can find it.</source>
        <translation>Difficile da indovinare. Tienila dove solo tu puoi trovarla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalRecovery</name>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="47"/>
        <source>The journal file is damaged. Rekindle has not changed it.</source>
        <translation>Il file del diario è danneggiato. Rekindle non lo ha modificato.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="61"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>Rekindle non riesce a leggere il file del diario %1. Controlla i suoi permessi.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="94"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="104"/>
        <source>The journal could not be checked.</source>
        <translation>Non è stato possibile controllare il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="153"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="159"/>
        <source>Rekindle could not move the damaged journal aside, so it changed nothing. Check that you may write in %1.</source>
        <translation>Rekindle non è riuscito a spostare da parte il diario danneggiato, quindi non ha modificato nulla. Controlla di poter scrivere in %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="174"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="177"/>
        <source>The backup %1 is incomplete or damaged; choose another one.</source>
        <translation>Il backup %1 è incompleto o danneggiato; scegline un altro.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="187"/>
        <source>Rekindle could not copy the backup %1 into the journal folder. Check that the disk has room.</source>
        <translation>Rekindle non è riuscito a copiare il backup %1 nella cartella del diario. Controlla che sul disco ci sia spazio.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="270"/>
        <source>Nothing could be read from the damaged journal. Restore a backup instead; the damaged file is kept.</source>
        <translation>Non è stato possibile leggere nulla dal diario danneggiato. Ripristina invece un backup; il file danneggiato viene conservato.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="274"/>
        <source>Rekindle could not make a temporary folder to read the journal.</source>
        <translation>Rekindle non è riuscito a creare una cartella temporanea per leggere il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="280"/>
        <source>Rekindle cannot read the journal file %1.</source>
        <translation>Rekindle non riesce a leggere il file del diario %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="298"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="306"/>
        <source>The export could not be written to %1. Check that the disk has room.</source>
        <translation>Non è stato possibile scrivere l&apos;esportazione in %1. Controlla che sul disco ci sia spazio.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalSpelling</name>
    <message>
        <location filename="../app/models/JournalSpelling.cpp" line="87"/>
        <source>There is no dictionary for %1 on this computer.</source>
        <translation>Su questo computer non c&apos;è un dizionario per la lingua %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalVault</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="153"/>
        <location filename="../app/storage/JournalVault.cpp" line="168"/>
        <source>Rekindle cannot read the journal&apos;s keys.</source>
        <translation>Rekindle non riesce a leggere le chiavi del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="172"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>Manca la chiave del diario, quindi il diario non può essere sbloccato.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="194"/>
        <location filename="../app/storage/JournalVault.cpp" line="311"/>
        <location filename="../app/storage/JournalVault.cpp" line="377"/>
        <location filename="../app/storage/JournalVault.cpp" line="399"/>
        <location filename="../app/storage/JournalVault.cpp" line="415"/>
        <source>This journal is not encrypted.</source>
        <translation>Questo diario non è cifrato.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="199"/>
        <location filename="../app/storage/JournalVault.cpp" line="221"/>
        <source>The journal could not be unlocked.</source>
        <translation>Non è stato possibile sbloccare il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="203"/>
        <source>The journal could not be unlocked. Try again.</source>
        <translation>Non è stato possibile sbloccare il diario. Riprova.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="255"/>
        <source>Rekindle could not encrypt the journal.</source>
        <translation>Rekindle non è riuscito a cifrare il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="257"/>
        <source>This journal is encrypted already.</source>
        <translation>Questo diario è già cifrato.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="259"/>
        <source>This journal is protected because it is damaged, so it cannot be encrypted. Rescue its content first.</source>
        <translation>Questo diario è protetto perché è danneggiato, quindi non può essere cifrato. Prima metti in salvo il suo contenuto.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="vanished">Scegli una passphrase.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="309"/>
        <source>Rekindle could not decrypt the journal.</source>
        <translation>Rekindle non è riuscito a decifrare il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="313"/>
        <location filename="../app/storage/JournalVault.cpp" line="416"/>
        <source>Unlock the journal first.</source>
        <translation>Prima sblocca il diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="397"/>
        <source>Rekindle could not change the passphrase.</source>
        <translation>Rekindle non è riuscito a cambiare la passphrase.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="379"/>
        <location filename="../app/storage/JournalVault.cpp" line="401"/>
        <source>This journal is protected because it is damaged, so its passphrase cannot be changed.</source>
        <translation>Questo diario è protetto perché è danneggiato, quindi la sua passphrase non può essere cambiata.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="385"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to change its passphrase; the journal has not been changed.</source>
        <translation>Questo diario è stato cifrato da una versione più recente di Rekindle. Aggiorna Rekindle per cambiarne la passphrase; il diario non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="389"/>
        <source>Choose a new passphrase.</source>
        <translation>Scegli una nuova passphrase.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="413"/>
        <source>Rekindle could not make a new recovery key.</source>
        <translation>Rekindle non è riuscito a creare una nuova chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="461"/>
        <source>Rekindle could not delete the unencrypted backup %1. Check its permissions, or delete it yourself.</source>
        <translation>Rekindle non è riuscito a eliminare il backup non cifrato %1. Controlla i suoi permessi, oppure eliminalo a mano.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalWindows</name>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="44"/>
        <location filename="../app/ui/JournalWindows.cpp" line="384"/>
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="46"/>
        <source>Take over only if Rekindle is closed on “%1”: what is typed there afterwards may be lost.</source>
        <translation>Prendi in carico solo se Rekindle è chiuso su «%1»: ciò che viene digitato lì dopo potrebbe andare perso.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="50"/>
        <source>Take Over</source>
        <translation>Prendi in carico</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="51"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="150"/>
        <source>Rekindle — Sample Journal</source>
        <translation>Rekindle — Diario di esempio</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="153"/>
        <source>Recovery &amp;Options…</source>
        <translation>&amp;Opzioni di recupero…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="161"/>
        <source>%1 To keep it as it is, nothing more is saved to it. Choose Recovery Options to restore a backup or save what can be read.</source>
        <translation>%1 Per mantenerlo com&apos;è, non viene salvato più nulla al suo interno. Scegli Opzioni di recupero per ripristinare un backup o salvare ciò che si può leggere.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="169"/>
        <source>The journal cannot be read whole, so it cannot be backed up before a restore. The backup can replace it here instead.</source>
        <translation>Il diario non può essere letto per intero, quindi non se ne può fare un backup prima di un ripristino. Il backup può invece sostituirlo qui.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="175"/>
        <source>Rekindle was stopped without closing the journal, and the file that held its last saves (journal.sqlite3-wal) is gone. What was saved shortly before may be missing.</source>
        <translation>Rekindle è stato arrestato senza chiudere il diario, e il file che conteneva gli ultimi salvataggi (journal.sqlite3-wal) non c&apos;è più. Ciò che è stato salvato poco prima potrebbe mancare.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="179"/>
        <source>A backup may still hold it: Recovery Options lists them.</source>
        <translation>Un backup potrebbe ancora contenerlo: Opzioni di recupero li elenca.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="213"/>
        <source>&amp;Lock Journal</source>
        <translation>&amp;Blocca il diario</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="216"/>
        <source>Lock the journal now: your passphrase opens it again</source>
        <translation>Blocca subito il diario: la tua passphrase lo riapre</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="235"/>
        <source>Preparing search: %1%</source>
        <translation>Preparazione della ricerca: %1%</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="238"/>
        <source>Search is ready.</source>
        <translation>La ricerca è pronta.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="280"/>
        <source>Not locked: some of your writing could not be saved yet, and locking now would lose it. Rekindle keeps trying to save it.</source>
        <translation>Non bloccato: una parte di ciò che hai scritto non è ancora stata salvata, e bloccare adesso la farebbe perdere. Rekindle continua a provare a salvarla.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="381"/>
        <source>&amp;Allow Changes…</source>
        <translation>&amp;Consenti modifiche…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="385"/>
        <source>Allow Rekindle to change this journal?</source>
        <translation>Consentire a Rekindle di modificare questo diario?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="387"/>
        <source>Its folder or file was set so that it cannot be changed. Rekindle can give you, its owner, write permission again and open the journal for writing. Nothing else changes.</source>
        <translation>La sua cartella o il suo file sono stati impostati in modo da non poter essere modificati. Rekindle può ridarti, come proprietario, il permesso di scrittura e aprire il diario in scrittura. Nient&apos;altro cambia.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="390"/>
        <source>Allow Changes</source>
        <translation>Consenti modifiche</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="391"/>
        <source>Keep Read-Only</source>
        <translation>Mantieni in sola lettura</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="29"/>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="34"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="36"/>
        <source>How Rekindle gauges the pace of reconnecting. These inform; they never block anything.</source>
        <translation>Come Rekindle valuta il ritmo del riavvicinamento. Sono informazioni: non bloccano mai nulla.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="42"/>
        <source>Days of space before reaching &amp;out:</source>
        <translation>Giorni di spazio prima di farti &amp;sentire:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="47"/>
        <source>Smallest &amp;gap between two milestones:</source>
        <translation>&amp;Intervallo minimo tra due traguardi:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="58"/>
        <source>Reconnecting</source>
        <translation>Riavvicinamento</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyRules</name>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="50"/>
        <source>Staying Safe</source>
        <translation>Resta al sicuro</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="51"/>
        <source>Respecting Their No</source>
        <translation>Rispetta il suo no</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="53"/>
        <source>Closure</source>
        <translation>Chiudi il cerchio</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="55"/>
        <source>Moving On</source>
        <translation>Vai avanti</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="70"/>
        <source>Keep yourself safe, with people you trust.</source>
        <translation>Proteggiti, con persone di cui ti fidi.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="72"/>
        <source>Honour their no, and look after yourself.</source>
        <translation>Rispetta il suo no e prenditi cura di te.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="75"/>
        <source>Find closure in your own words.</source>
        <translation>Chiudi il cerchio con parole tue.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="78"/>
        <source>Move on, at your own pace.</source>
        <translation>Vai avanti, con i tuoi tempi.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="93"/>
        <source>Your safety comes first. This step is about keeping distance, leaning on people you trust and knowing where help is. Support and safety services are listed under Help.</source>
        <translation>La tua sicurezza viene prima di tutto. Questo passo riguarda il mantenere le distanze, appoggiarti a persone di cui ti fidi e sapere dove trovare aiuto. I servizi di supporto e sicurezza sono elencati in Aiuto.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="97"/>
        <source>They have said no, and honouring that is an act of care for both of you. This step is about giving that space fully and looking after yourself.</source>
        <translation>L&apos;altra persona ha detto no, e rispettarlo è un atto di cura per voi due. Questo passo riguarda il dare pienamente quello spazio e prenderti cura di te.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="102"/>
        <source>Closure comes from within, not from the other person. Write what you could not say, and what you have learned. Nothing here is ever sent.</source>
        <translation>La chiusura viene da dentro, non dall&apos;altra persona. Scrivi ciò che non hai potuto dire e ciò che hai imparato. Niente qui viene mai inviato.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="106"/>
        <source>Moving on is a full and good outcome. Think about what matters to you next, at your own pace.</source>
        <translation>Voltare pagina è un esito pieno e buono. Pensa a cosa ti importa adesso, con i tuoi tempi.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="123"/>
        <source>Write about what helps you feel safe and steady. Begin with the button below or %1.</source>
        <translation>Scrivi di ciò che ti aiuta a sentirti al sicuro e stabile. Comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="126"/>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or %1.</source>
        <translation>Scrivi di come stai, ora che sai come stanno le cose. Comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="130"/>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or %1.</source>
        <translation>Scrivi ciò che avresti voluto dire, solo per te. Comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="134"/>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or %1.</source>
        <translation>Scrivi di ciò che aspetti con piacere nella tua vita. Comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <source>Write about what helps you feel safe and steady. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Scrivi di ciò che ti aiuta a sentirti al sicuro e stabile. Comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Scrivi di come stai, ora che sai come stanno le cose. Comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Scrivi ciò che avresti voluto dire, solo per te. Comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Scrivi di ciò che aspetti con piacere nella tua vita. Comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="150"/>
        <source>Because a no was recorded, steps 3 to 5 now help you respect it and look after yourself; the tools for reaching out are put away. Only you can change this: by changing your answer in the safety check, or the reply you recorded.</source>
        <translation>Poiché è stato registrato un no, i passi da 3 a 5 ora ti aiutano a rispettarlo e a prenderti cura di te; gli strumenti per farti sentire sono stati messi da parte. Solo tu puoi cambiarlo: cambiando la tua risposta nella verifica di sicurezza, o la risposta che hai registrato.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="155"/>
        <source>Because safety is at stake, steps 3 to 5 now help you stay safe and move on, with a safety plan in step 4; the tools for reaching out are put away. Only you can change this, in the safety check.</source>
        <translation>Poiché è in gioco la sicurezza, i passi da 3 a 5 ora ti aiutano a restare al sicuro e ad andare avanti, con un piano di sicurezza nel passo 4; gli strumenti per farti sentire sono stati messi da parte. Solo tu puoi cambiarlo, nella verifica di sicurezza.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyAttempt</name>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="39"/>
        <source>The journal is unlocked.</source>
        <translation>Il diario è sbloccato.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="52"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>Manca la chiave del diario, quindi il diario non può essere sbloccato.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="57"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to open it; the journal has not been changed.</source>
        <translation>Questo diario è stato cifrato da una versione più recente di Rekindle. Aggiorna Rekindle per aprirlo; il diario non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="68"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Digita la passphrase del diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyEnvelope</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="66"/>
        <source>This is not a Rekindle journal key.</source>
        <translation>Questa non è una chiave di un diario di Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="69"/>
        <source>This journal was encrypted by a newer version of Rekindle. Install the newer version to open it; this one leaves it as it is.</source>
        <translation>Questo diario è stato cifrato da una versione più recente di Rekindle. Installa la versione più recente per aprirlo; questa lo lascia com&apos;è.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyWrap</name>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="93"/>
        <source>Rekindle could not protect the journal&apos;s key.</source>
        <translation>Rekindle non è riuscito a proteggere la chiave del diario.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="114"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>La chiave del diario è danneggiata, quindi il diario non può essere sbloccato. Un backup potrebbe contenerne ancora una copia integra.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="130"/>
        <source>This passphrase does not unlock the journal. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>Questa passphrase non sblocca il diario. Controlla il layout della tastiera e il Bloc Maiusc, oppure usa la chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="132"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="144"/>
        <source>This recovery key does not belong to this journal.</source>
        <translation>Questa chiave di recupero non appartiene a questo diario.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="180"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Digita la passphrase del diario.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="218"/>
        <source>Choose a new passphrase.</source>
        <translation>Scegli una nuova passphrase.</translation>
    </message>
</context>
<context>
    <name>Rekindle::LanguagePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="25"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="32"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="34"/>
        <source>“System” follows the languages your computer is set to. Dates and numbers follow the language too. A change takes effect the next time Rekindle starts.</source>
        <translation>«Sistema» segue le lingue impostate sul tuo computer. Anche date e numeri seguono la lingua. Una modifica vale dal prossimo avvio di Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="48"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>Rekindle::LockedCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="34"/>
        <source>The journal is locked. Unlock it with your passphrase first.</source>
        <translation>Il diario è bloccato. Prima sbloccalo con la tua passphrase.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="81"/>
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="84"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="103"/>
        <source>Everything you write stays on this computer.</source>
        <translation>Tutto ciò che scrivi resta su questo computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="202"/>
        <source>All changes saved at %1</source>
        <translation>Tutte le modifiche salvate alle %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="207"/>
        <source>Not saved: %1 Your text stays in the editor, and Rekindle keeps trying to save it.</source>
        <translation>Non salvato: %1 Il tuo testo resta nell&apos;editor, e Rekindle continua a provare a salvarlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="250"/>
        <source>This item is no longer in the journal.</source>
        <translation>Questo elemento non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="344"/>
        <source>More toolbar actions</source>
        <translation>Altre azioni della barra degli strumenti</translation>
    </message>
    <message>
        <source>Goal added to Work on Yourself (Ctrl+2).</source>
        <translation type="vanished">Obiettivo aggiunto a Lavora su di te (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="266"/>
        <source>Goal added to Work on Yourself (%1).</source>
        <translation>Obiettivo aggiunto a Lavora su di te (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="32"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nuova voce</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="38"/>
        <source>Start a new journal entry in the current step</source>
        <translation>Inizia una nuova voce del diario nel passo attuale</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="60"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation type="vanished">&amp;Elimina voce…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="63"/>
        <source>&amp;Delete Entry</source>
        <translation>&amp;Elimina voce</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="71"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="80"/>
        <source>&amp;Search the Journal</source>
        <translation>Cerca nel &amp;diario</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="87"/>
        <source>Step &amp;%1: %2</source>
        <translation>Passo &amp;%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="94"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="101"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="105"/>
        <source>&amp;Like the System</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="106"/>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="107"/>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="120"/>
        <source>&amp;Go</source>
        <translation>Va&amp;i</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="122"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendario…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="126"/>
        <source>Find a day with writing in this step&apos;s journal and open it</source>
        <translation>Trova un giorno in cui hai scritto nel diario di questo passo e aprilo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="128"/>
        <source>&amp;Reflect</source>
        <translation>&amp;Rifletti</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="130"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Rifletti…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="133"/>
        <source>Answer a few questions about the current step</source>
        <translation>Rispondi ad alcune domande sul passo attuale</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="135"/>
        <source>&amp;Mood Check-in…</source>
        <translation>Registra l&apos;&amp;umore…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="138"/>
        <source>Note how you feel right now</source>
        <translation>Annota come ti senti in questo momento</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="140"/>
        <source>&amp;Progress…</source>
        <translation>&amp;Progressi…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="144"/>
        <source>See your progress and how things changed over time</source>
        <translation>Guarda i tuoi progressi e come sono cambiate le cose nel tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="301"/>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="151"/>
        <source>&amp;About Rekindle</source>
        <translation>I&amp;nformazioni su Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="154"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="170"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="171"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="172"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="173"/>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="174"/>
        <source>Select &amp;All</source>
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="427"/>
        <source>Not Saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="428"/>
        <source>Some of your writing could not be saved. If you quit now, it will be lost. Quit anyway?</source>
        <translation>Una parte di ciò che hai scritto non è stata salvata. Se esci adesso, andrà persa. Uscire comunque?</translation>
    </message>
</context>
<context>
    <name>Rekindle::MarkdownBar</name>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="23"/>
        <source>Formatting</source>
        <translation>Formattazione</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="39"/>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="41"/>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="44"/>
        <source>Heading</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="47"/>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="50"/>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="83"/>
        <source>Shortcut: %1</source>
        <translation>Scorciatoia: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::Meetup</name>
    <message>
        <location filename="../app/core/Meetup.cpp" line="19"/>
        <source>Coffee</source>
        <translation>Caffè</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="20"/>
        <source>A walk</source>
        <translation>Una passeggiata</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="21"/>
        <source>A meal</source>
        <translation>Un pasto</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="22"/>
        <source>An activity</source>
        <translation>Un&apos;attività</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="23"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="26"/>
        <source>Not yet</source>
        <translation>Non ancora</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="27"/>
        <source>Went well</source>
        <translation>È andata bene</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="28"/>
        <source>Mixed</source>
        <translation>Così così</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="29"/>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="30"/>
        <source>They did not want to meet</source>
        <translation>L&apos;altra persona non ha voluto incontrarsi</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="38"/>
        <source>Choose the day of the meet-up.</source>
        <translation>Scegli il giorno dell&apos;incontro.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="41"/>
        <source>Keep the place under %1 characters.</source>
        <translation>Resta sotto i %1 caratteri per il luogo.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="45"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota è troppo lunga: resta sotto i %1 caratteri.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="50"/>
        <source>How it went can be recorded once the day has come.</source>
        <translation>Com&apos;è andata si può registrare quando il giorno è arrivato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupModel</name>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="82"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="84"/>
        <source>What</source>
        <translation>Di cosa si tratta</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="86"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="88"/>
        <source>How it went</source>
        <translation>Com&apos;è andata</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="90"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupsSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="29"/>
        <source>&amp;Plan Meet-up</source>
        <translation>&amp;Pianifica incontro</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="39"/>
        <source>Somewhere easy and public</source>
        <translation>Un posto tranquillo e pubblico</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="43"/>
        <source>Keep it casual and short: a coffee or a walk is plenty. Afterwards, note how it went.</source>
        <translation>Tienilo informale e breve: un caffè o una passeggiata bastano. Dopo, annota com&apos;è andata.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="47"/>
        <source>Plan a meet-up</source>
        <translation>Pianifica un incontro</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="55"/>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="56"/>
        <source>&amp;What:</source>
        <translation>&amp;Cosa:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="57"/>
        <source>W&amp;here:</source>
        <translation>&amp;Dove:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="61"/>
        <source>&amp;Meet-ups</source>
        <translation>&amp;Incontri</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="80"/>
        <source>Planned. Afterwards, double-click &quot;How it went&quot; to note it.</source>
        <translation>Pianificato. Dopo, fai doppio clic su «Com&apos;è andata» per annotarlo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MemorySearchIndex</name>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="47"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="63"/>
        <source>The search index could not be built.</source>
        <translation>Non è stato possibile creare l&apos;indice di ricerca.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="97"/>
        <source>Building the search index was stopped.</source>
        <translation>La creazione dell&apos;indice di ricerca è stata interrotta.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="142"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="149"/>
        <source>The search index could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;indice di ricerca.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="162"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="168"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="195"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="220"/>
        <source>The search index could not be updated.</source>
        <translation>Non è stato possibile aggiornare l&apos;indice di ricerca.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheck</name>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="24"/>
        <source>Heavy topic</source>
        <translation>Argomento pesante</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="25"/>
        <source>The past</source>
        <translation>Il passato</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="26"/>
        <source>Blame</source>
        <translation>Colpa</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="27"/>
        <source>Pressure</source>
        <translation>Pressione</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="31"/>
        <source>A heavy topic. The relationship, big apologies and declarations can wait for a time when you are both ready; a first message works best when it is light.</source>
        <translation>Un argomento pesante. La relazione, le grandi scuse e le dichiarazioni possono aspettare il momento giusto per voi due; un primo messaggio funziona meglio quando è leggero.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="35"/>
        <source>About the past. Bringing up old times can feel like pressure; talk about today instead.</source>
        <translation>Sul passato. Rievocare i vecchi tempi può sembrare una pressione; parla piuttosto di oggi.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="38"/>
        <source>Sounds like blame. Words like &quot;always&quot; and &quot;never&quot; tend to start an argument; speak about yourself instead.</source>
        <translation>Sembra una colpa. Parole come «sempre» e «mai» tendono a far nascere una discussione; parla piuttosto di te.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="41"/>
        <source>Sounds like pressure. Leave them free to answer when, and if, they want to.</source>
        <translation>Sembra una pressione. Lascia all&apos;altra persona la libertà di rispondere quando, e se, lo desidera.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="47"/>
        <source>Ask how they are: &quot;Hi, I hope you are doing well. How is the new job going?&quot;</source>
        <translation>Chiedi come sta: «Ciao, spero che tu stia bene. Come va il nuovo lavoro?»</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="50"/>
        <source>Share something good: &quot;I finally finished that pottery class. Thought you might smile at that.&quot;</source>
        <translation>Condividi qualcosa di bello: «Ho finalmente finito quel corso di ceramica. Ho pensato che ti avrebbe fatto sorridere.»</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="53"/>
        <source>Mention something you know they enjoy: &quot;Saw that your team won yesterday. Great game!&quot;</source>
        <translation>Accenna a qualcosa che sai che le piace: «Ho visto che ieri la tua squadra ha vinto. Bella partita!»</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="56"/>
        <source>Keep it short and leave no question that needs an answer.</source>
        <translation>Tienilo breve e non lasciare domande che richiedano una risposta.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="79"/>
        <source>Type the phrase to look for.</source>
        <translation>Digita la frase da cercare.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="82"/>
        <source>Keep the phrase under %1 characters.</source>
        <translation>Resta sotto i %1 caratteri per la frase.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="86"/>
        <source>A phrase of one character would match too much: use at least two.</source>
        <translation>Una frase di un solo carattere troverebbe troppo: usane almeno due.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="91"/>
        <source>A gap (… or ...) stands between two words, as in &quot;you … never&quot;: put a word before and after it.</source>
        <translation>Un vuoto (… o ...) sta tra due parole, come in «tu … mai»: metti una parola prima e una dopo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="159"/>
        <source>This is a long message (%n characters). A first message works best in two or three sentences.</source>
        <translation>
            <numerusform>Questo è un messaggio lungo (%n carattere). Un primo messaggio funziona meglio in due o tre frasi.</numerusform>
            <numerusform>Questo è un messaggio lungo (%n caratteri). Un primo messaggio funziona meglio in due o tre frasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="172"/>
        <source>%n of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation>
            <numerusform>%n dei tuoi messaggi di fila non ha ancora una risposta. Aspettare è più gentile verso voi due.</numerusform>
            <numerusform>%n dei tuoi messaggi di fila non hanno ancora una risposta. Aspettare è più gentile verso voi due.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="186"/>
        <source>You wrote to them an hour ago. Let a few days pass.</source>
        <translation>Hai scritto un&apos;ora fa. Lascia passare qualche giorno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="188"/>
        <source>You wrote to them %n hours ago. Let a few days pass.</source>
        <translation>
            <numerusform>Hai scritto %n ora fa. Lascia passare qualche giorno.</numerusform>
            <numerusform>Hai scritto %n ore fa. Lascia passare qualche giorno.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a long message (%1 characters). A first message works best in two or three sentences.</source>
        <translation type="vanished">Questo è un messaggio lungo (%1 caratteri). Un primo messaggio funziona meglio in due o tre frasi.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="169"/>
        <source>Your last message has no reply yet. Give them time before writing again.</source>
        <translation>Il tuo ultimo messaggio non ha ancora una risposta. Lascia del tempo all&apos;altra persona prima di scrivere di nuovo.</translation>
    </message>
    <message>
        <source>%1 of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation type="vanished">%1 dei tuoi messaggi di fila non hanno ancora una risposta. Aspettare è più gentile verso voi due.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="183"/>
        <source>You wrote to them less than an hour ago. Let a few days pass.</source>
        <translation>Hai scritto meno di un&apos;ora fa. Lascia passare qualche giorno.</translation>
    </message>
    <message>
        <source>You wrote to them %1 hours ago. Let a few days pass.</source>
        <translation type="vanished">Hai scritto %1 ore fa. Lascia passare qualche giorno.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheckDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="63"/>
        <source>&amp;Add Phrase</source>
        <translation>&amp;Aggiungi frase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="65"/>
        <source>&amp;Remove Phrase</source>
        <translation>&amp;Rimuovi frase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="67"/>
        <source>&amp;Keep the text in the log</source>
        <translation>&amp;Conserva il testo nel registro</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="68"/>
        <source>I &amp;Sent It Myself</source>
        <translation>L&apos;ho &amp;inviato io</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="72"/>
        <source>Message Check</source>
        <translation>Controllo del messaggio</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="74"/>
        <source>Type or paste the message you are thinking of sending.</source>
        <translation>Scrivi o incolla il messaggio che stai pensando di inviare.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="79"/>
        <source>What the check found</source>
        <translation>Cosa ha trovato il controllo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="83"/>
        <source>A phrase of your own to watch for</source>
        <translation>Una tua frase da tenere d&apos;occhio</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="85"/>
        <source>Kind of phrase</source>
        <translation>Tipo di frase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="90"/>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="114"/>
        <source>My phrases</source>
        <translation>Le mie frasi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="93"/>
        <source>Sent as</source>
        <translation>Inviato come</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="100"/>
        <source>&amp;Draft:</source>
        <translation>&amp;Bozza:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="102"/>
        <source>What the check &amp;found:</source>
        <translation>Cosa ha &amp;trovato il controllo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="104"/>
        <source>Lighter ways to open</source>
        <translation>Modi più leggeri per iniziare</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="150"/>
        <source>Sent &amp;as:</source>
        <translation>Inviato c&amp;ome:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="214"/>
        <source>%1 – &quot;%2&quot;: %3</source>
        <translation>%1 – «%2»: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="221"/>
        <source>Rekindle will point out what might weigh a first message down.</source>
        <translation>Rekindle ti segnala ciò che potrebbe appesantire un primo messaggio.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="223"/>
        <source>This reads light and friendly. Whether and when to send it is up to you.</source>
        <translation>Si legge leggero e cordiale. Se e quando inviarlo lo decidi tu.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="226"/>
        <source>A few things to look at (%1). Consider one of the lighter openers on the right.</source>
        <translation>Alcune cose da guardare (%1). Valuta uno degli inizi più leggeri a destra.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="236"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageChecker</name>
    <message>
        <location filename="../app/models/MessageChecker.cpp" line="86"/>
        <source>Write the message first.</source>
        <translation>Prima scrivi il messaggio.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneChart</name>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="24"/>
        <source>Milestones</source>
        <translation>Traguardi</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="25"/>
        <source>No milestone planned or reached in this period. Give a milestone of step 5 a day, and it shows here on the timeline.</source>
        <translation>Nessun traguardo pianificato o raggiunto in questo periodo. Dai un giorno a un traguardo del passo 5, e comparirà qui sulla linea del tempo.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="43"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="84"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Planned</source>
        <translation>Previsti</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="48"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="85"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="53"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="115"/>
        <source>Reached sooner than your chosen gap</source>
        <translation>Raggiunto prima dell&apos;intervallo scelto</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Reached on %1</source>
        <translation>Raggiunto il %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Planned for %1</source>
        <translation>Pianificato per il %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Milestone</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneModel</name>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="47"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="63"/>
        <source>Milestone</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="65"/>
        <source>Planned for</source>
        <translation>Pianificato per</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="67"/>
        <source>Reached on</source>
        <translation>Raggiunto il</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="109"/>
        <location filename="../app/models/MilestoneModel.cpp" line="118"/>
        <location filename="../app/models/MilestoneModel.cpp" line="127"/>
        <source>Choose a milestone first.</source>
        <translation>Scegli prima un traguardo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneStore</name>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="41"/>
        <source>This milestone is no longer in the journal.</source>
        <translation>Questo traguardo non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="54"/>
        <source>The milestones could not be prepared.</source>
        <translation>Non è stato possibile preparare i traguardi.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="103"/>
        <source>The milestone could not be added.</source>
        <translation>Non è stato possibile aggiungere il traguardo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="111"/>
        <source>Your changes to the milestone could not be saved.</source>
        <translation>Non è stato possibile salvare le modifiche al traguardo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="131"/>
        <source>The milestone could not be removed.</source>
        <translation>Non è stato possibile rimuovere il traguardo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="150"/>
        <source>The milestone could not be moved.</source>
        <translation>Non è stato possibile spostare il traguardo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="177"/>
        <source>The milestone could not be read.</source>
        <translation>Non è stato possibile leggere il traguardo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="186"/>
        <source>The milestones could not be read.</source>
        <translation>Non è stato possibile leggere i traguardi.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestonesSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="33"/>
        <source>&amp;Add Milestone</source>
        <translation>&amp;Aggiungi traguardo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="35"/>
        <source>&amp;Plan for</source>
        <translation>&amp;Pianifica per</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="36"/>
        <source>&amp;Reached Today</source>
        <translation>&amp;Raggiunto oggi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="37"/>
        <source>Clear &amp;Dates</source>
        <translation>Cancella le &amp;date</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="38"/>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="39"/>
        <source>Move Do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="43"/>
        <source>M&amp;ilestones, in order</source>
        <translation>&amp;Traguardi, in ordine</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="47"/>
        <source>A milestone of your own</source>
        <translation>Un traguardo tutto tuo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="48"/>
        <source>New milestone</source>
        <translation>Nuovo traguardo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="52"/>
        <source>Planned day</source>
        <translation>Giorno pianificato</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="61"/>
        <source>There is no rush. Reorder, rename or remove these to fit your story; mark each one when it happens.</source>
        <translation>Non c&apos;è fretta. Riordinali, rinominali o rimuovili perché si adattino alla tua storia; segna ciascuno quando succede.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="152"/>
        <source>Slow down a little.</source>
        <translation>Rallenta un po&apos;.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodChart</name>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="21"/>
        <source>Mood over time</source>
        <translation>L&apos;umore nel tempo</translation>
    </message>
    <message>
        <source>No moods in this period yet. Check in with Ctrl+M, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation type="vanished">Ancora nessun umore in questo periodo. Registra l&apos;umore con Ctrl+M, o dai un umore a una voce del diario, e qui vedrai il tuo umore nel tempo.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="22"/>
        <source>No moods in this period yet. Check in with %1, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation>Ancora nessun umore in questo periodo. Registra l&apos;umore con %1, o dai un umore a una voce del diario, e qui vedrai il tuo umore nel tempo.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Daily mood</source>
        <translation>Umore del giorno</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Weekly mood</source>
        <translation>Umore settimanale</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>7-day average</source>
        <translation>Media su 7 giorni</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>4-week average</source>
        <translation>Media di 4 settimane</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="76"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Mood</source>
        <translation>Umore</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="98"/>
        <source>Week of %1
Mood %2 (%n value(s))
4-week average %3</source>
        <translation>
            <numerusform>Settimana del %1
Umore %2 (%n valore)
Media di 4 settimane %3</numerusform>
            <numerusform>Settimana del %1
Umore %2 (%n valori)
Media di 4 settimane %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="100"/>
        <source>%1
Mood %2 (%n value(s))
7-day average %3</source>
        <translation>
            <numerusform>%1
Umore %2 (%n valore)
Media su 7 giorni %3</numerusform>
            <numerusform>%1
Umore %2 (%n valori)
Media su 7 giorni %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodCheckIn</name>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="14"/>
        <source>Mood goes from %1 to %2.</source>
        <translation>L&apos;umore va da %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="18"/>
        <source>The note is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>La nota è troppo lunga: resta sotto %n carattere.</numerusform>
            <numerusform>La nota è troppo lunga: resta sotto i %n caratteri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="21"/>
        <source>Pick at most %n feelings.</source>
        <translation>
            <numerusform>Scegli al massimo %n emozione.</numerusform>
            <numerusform>Scegli al massimo %n emozioni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="25"/>
        <source>A feeling&apos;s name may not be empty or contain a comma.</source>
        <translation>Il nome di un&apos;emozione non può essere vuoto né contenere una virgola.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="64"/>
        <source>very low</source>
        <translation>molto giù</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="28"/>
        <source>low</source>
        <translation>giù</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="29"/>
        <source>quite low</source>
        <translation>un po&apos; giù</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="30"/>
        <source>a bit low</source>
        <translation>appena giù</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="31"/>
        <source>so-so</source>
        <translation>così così</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="32"/>
        <source>okay</source>
        <translation>discreto</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="33"/>
        <source>fairly good</source>
        <translation>abbastanza bene</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="34"/>
        <source>good</source>
        <translation>bene</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="35"/>
        <source>very good</source>
        <translation>molto bene</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="36"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="65"/>
        <source>wonderful</source>
        <translation>benissimo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="51"/>
        <source>Mood Check-in</source>
        <translation>Registra l&apos;umore</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="54"/>
        <source>&amp;How do you feel right now?</source>
        <translation>&amp;Come ti senti in questo momento?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="73"/>
        <source>&amp;Feelings (pick any that fit)</source>
        <translation>&amp;Emozioni (scegli tutte quelle che ti corrispondono)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="76"/>
        <source>Feelings</source>
        <translation>Emozioni</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="92"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="96"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (facoltativa)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="100"/>
        <source>Anything you want to remember about this moment</source>
        <translation>Qualsiasi cosa tu voglia ricordare di questo momento</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="150"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodStore</name>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="63"/>
        <source>The mood check-in could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;umore.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="70"/>
        <source>The mood check-in could not be deleted.</source>
        <translation>Non è stato possibile eliminare l&apos;umore registrato.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="71"/>
        <location filename="../app/storage/MoodStore.cpp" line="82"/>
        <source>This mood check-in no longer exists.</source>
        <translation>Questo umore registrato non esiste più.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="78"/>
        <source>The mood check-in could not be read.</source>
        <translation>Non è stato possibile leggere l&apos;umore registrato.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="90"/>
        <source>The mood check-ins could not be read.</source>
        <translation>Non è stato possibile leggere gli umori registrati.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="106"/>
        <source>The mood check-ins could not be counted.</source>
        <translation>Non è stato possibile contare gli umori registrati.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodStrip</name>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="64"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="121"/>
        <source>Mood</source>
        <translation>Umore</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="70"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="127"/>
        <source>no check-ins yet</source>
        <translation>ancora nessun umore registrato</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="153"/>
        <source>Your latest moods. Check in with %1.</source>
        <translation>I tuoi ultimi umori. Registrali con %1.</translation>
    </message>
    <message>
        <source>Your latest moods. Check in with Ctrl+M.</source>
        <translation type="vanished">I tuoi ultimi umori. Registrali con Ctrl+M.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="167"/>
        <source>Latest moods: no check-ins yet</source>
        <translation>Ultimi umori: ancora nessuno registrato</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="168"/>
        <source>Latest moods, oldest first: %1</source>
        <translation>Ultimi umori, dal più vecchio: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartItem</name>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="20"/>
        <source>Noticed</source>
        <translation>Notato</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="21"/>
        <source>Working on it</source>
        <translation>Ci sto lavorando</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="22"/>
        <source>Changed</source>
        <translation>Cambiato</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="30"/>
        <source>Write a few words about what happened.</source>
        <translation>Scrivi qualche parola su cosa è successo.</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="34"/>
        <source>This text is too long: keep it under %1 characters.</source>
        <translation>Questo testo è troppo lungo: resta sotto i %1 caratteri.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartModel</name>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="79"/>
        <source>Goal in Work on Yourself: %1</source>
        <translation>Obiettivo in Lavora su di te: %1</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="81"/>
        <source>Not a goal yet</source>
        <translation>Non ancora un obiettivo</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="96"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="98"/>
        <source>My part in it</source>
        <translation>La mia parte</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="100"/>
        <source>What I will do instead</source>
        <translation>Cosa farò invece</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="104"/>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="156"/>
        <location filename="../app/models/MyPartModel.cpp" line="163"/>
        <source>Choose an item first.</source>
        <translation>Scegli prima un elemento.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="35"/>
        <source>&amp;Add to My Part</source>
        <translation>&amp;Aggiungi a La mia parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="38"/>
        <source>Turn into a &amp;Goal</source>
        <translation>Trasforma in &amp;obiettivo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="44"/>
        <source>For example: arguments about my long hours</source>
        <translation>Ad esempio: discussioni sui miei orari di lavoro lunghi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="46"/>
        <source>What I did or did not do</source>
        <translation>Cosa ho fatto o non ho fatto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="48"/>
        <source>What I will do differently</source>
        <translation>Cosa farò in modo diverso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="53"/>
        <source>Look at your own part honestly and kindly: everyone makes mistakes, and seeing them is how you change them.</source>
        <translation>Guarda la tua parte con onestà e gentilezza: tutti sbagliano, e vedere gli errori è il modo per cambiarli.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="58"/>
        <source>Something I see now</source>
        <translation>Qualcosa che ora vedo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="66"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Cosa è successo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="67"/>
        <source>My &amp;part in it:</source>
        <translation>La mia &amp;parte:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="68"/>
        <source>What I will do &amp;instead:</source>
        <translation>Cosa farò &amp;invece:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="74"/>
        <source>My part</source>
        <translation>La mia parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="90"/>
        <source>Delete Item</source>
        <translation>Elimina elemento</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="100"/>
        <source>Nothing here yet. Write one thing you would do differently above and press Add to My Part. Double-click any cell later to change it.</source>
        <translation>Ancora niente qui. Scrivi qui sopra una cosa che faresti in modo diverso e premi Aggiungi a La mia parte. Più tardi puoi fare doppio clic su una cella per modificarla.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="104"/>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="160"/>
        <source>Make a goal in Work on Yourself from the selected item</source>
        <translation>Crea un obiettivo in Lavora su di te dall&apos;elemento selezionato</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="159"/>
        <source>This item already has a goal in Work on Yourself</source>
        <translation>Questo elemento ha già un obiettivo in Lavora su di te</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="194"/>
        <source>A goal was added to Work on Yourself: &quot;%1&quot;. Tick it there as you go.</source>
        <translation>È stato aggiunto un obiettivo a Lavora su di te: «%1». Spuntalo lì man mano.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from My Part? A goal made from it stays.</source>
        <translation type="vanished">Eliminare «%1» da La mia parte? Un obiettivo creato da qui resta.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Elimina</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStatusDelegate</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartStatusDelegate.cpp" line="21"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStore</name>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="87"/>
        <source>The item could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;elemento.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="94"/>
        <source>Your changes could not be saved.</source>
        <translation>Non è stato possibile salvare le tue modifiche.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="113"/>
        <source>The item could not be deleted.</source>
        <translation>Non è stato possibile eliminare l&apos;elemento.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="121"/>
        <source>The item could not be read.</source>
        <translation>Non è stato possibile leggere l&apos;elemento.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="129"/>
        <source>The items could not be read.</source>
        <translation>Non è stato possibile leggere gli elementi.</translation>
    </message>
</context>
<context>
    <name>Rekindle::NoticeBanner</name>
    <message>
        <location filename="../app/ui/widgets/NoticeBanner.cpp" line="25"/>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>Rekindle::OutcomeSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="24"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="33"/>
        <source>Where my journey stands</source>
        <translation>A che punto è il mio percorso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>Still &amp;in progress</source>
        <translation>Ancora &amp;in corso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>We are &amp;back together</source>
        <translation>Stiamo di &amp;nuovo insieme</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="36"/>
        <source>I have &amp;moved on</source>
        <translation>Ho &amp;voltato pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="73"/>
        <source>Saved. You can change this at any time.</source>
        <translation>Salvato. Puoi cambiarlo in qualsiasi momento.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Pace</name>
    <message>
        <location filename="../app/core/Pace.cpp" line="22"/>
        <source>A friendly message</source>
        <translation>Un messaggio cordiale</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="23"/>
        <source>A short phone call</source>
        <translation>Una breve telefonata</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="24"/>
        <source>A coffee in a public place</source>
        <translation>Un caffè in un luogo pubblico</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="25"/>
        <source>A walk or an outing together</source>
        <translation>Una passeggiata o un&apos;uscita insieme</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="26"/>
        <source>An honest talk about what went wrong</source>
        <translation>Un discorso sincero su cosa non ha funzionato</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="27"/>
        <source>Time on your own to notice how it feels</source>
        <translation>Del tempo per conto tuo per capire come ti senti</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="28"/>
        <source>My own next step (name it yourself)</source>
        <translation>Il mio prossimo passo (dagli tu un nome)</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="32"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="33"/>
        <source>Back together</source>
        <translation>Di nuovo insieme</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="34"/>
        <source>Moved on</source>
        <translation>Pagina voltata</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="42"/>
        <source>Give the milestone a name.</source>
        <translation>Dai un nome al traguardo.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="45"/>
        <source>Keep the name under %1 characters.</source>
        <translation>Resta sotto i %1 caratteri per il nome.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="49"/>
        <source>A milestone can only be reached today or earlier.</source>
        <translation>Un traguardo può essere raggiunto solo oggi o prima.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="105"/>
        <source>&quot;%1&quot; came %2 days after &quot;%3&quot;. Consider slowing down: let each step settle for at least %4 days before the next.</source>
        <translation>«%1» è arrivato %2 giorni dopo «%3». Valuta di rallentare: lascia che ogni passo si assesti per almeno %4 giorni prima del successivo.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="121"/>
        <source>&quot;%1&quot; is planned while the foundation is still weak. Consider slowing down and giving trust and connection more time first.</source>
        <translation>«%1» è pianificato mentre le fondamenta sono ancora deboli. Valuta di rallentare e di dare prima più tempo alla fiducia e al legame.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="139"/>
        <source>no promises settled yet</source>
        <translation>ancora nessuna promessa decisa</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="140"/>
        <source>Trust grows from small promises kept. Make one you can keep and record it in step 4.</source>
        <translation>La fiducia cresce da piccole promesse mantenute. Fanne una che puoi mantenere e registrala nel passo 4.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="146"/>
        <source>%1 of %2 promises kept</source>
        <translation>%1 promesse mantenute su %2</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="150"/>
        <source>You keep your word: that is the ground trust stands on.</source>
        <translation>Mantieni la parola: è il terreno su cui poggia la fiducia.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="153"/>
        <source>Most promises are kept. Fewer, smaller promises are easier to keep.</source>
        <translation>La maggior parte delle promesse è mantenuta. Meno promesse, e più piccole, sono più facili da mantenere.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="155"/>
        <source>Several promises were not kept. Make smaller ones, and keep them, before taking bigger steps.</source>
        <translation>Diverse promesse non sono state mantenute. Fanne di più piccole, e mantienile, prima di fare passi più grandi.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="162"/>
        <source>no responses recorded yet</source>
        <translation>ancora nessuna risposta registrata</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="163"/>
        <source>How they respond when you reach out shows how connected you are. Record their replies in step 3.</source>
        <translation>Come risponde l&apos;altra persona quando ti fai sentire mostra quanto siete in sintonia. Registra le sue risposte nel passo 3.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="170"/>
        <source>%1 of %2 responses warm</source>
        <translation>%1 risposte calorose su %2</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="174"/>
        <source>They respond warmly most of the time.</source>
        <translation>Risponde con calore la maggior parte delle volte.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="177"/>
        <source>Some warmth is there. Keep contact light, without expectations.</source>
        <translation>Un po&apos; di calore c&apos;è. Mantieni il contatto leggero, senza aspettative.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="179"/>
        <source>Their responses are mostly cool. That deserves respect: give each other room, and look after yourself.</source>
        <translation>Le sue risposte sono per lo più fredde. Questo merita rispetto: lasciatevi spazio e prenditi cura di te.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="188"/>
        <source>%1 open</source>
        <translation>%1 aperte</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="189"/>
        <source>Nothing is left unresolved between you.</source>
        <translation>Tra voi non è rimasto nulla di irrisolto.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="192"/>
        <source>A few things are still being worked through; that is normal.</source>
        <translation>Alcune cose sono ancora in via di chiarimento; è normale.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="194"/>
        <source>Several issues are open. Working through them comes before bigger steps.</source>
        <translation>Diverse questioni sono aperte. Affrontarle viene prima dei passi più grandi.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="221"/>
        <source>The journey is still unfolding. Nothing has to be decided today.</source>
        <translation>Il percorso è ancora in corso. Oggi non c&apos;è niente da decidere.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="224"/>
        <source>You are back together. Keep the habits that brought you here: honesty, kept promises, and time for yourself.</source>
        <translation>State di nuovo insieme. Conserva le abitudini che vi hanno portato qui: sincerità, promesse mantenute e tempo per te.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="228"/>
        <source>You have moved on. That is a full and good outcome: the work you did for yourself stays with you. Your journal is kept, and steps 1 and 2 now focus on caring for yourself.</source>
        <translation>Hai voltato pagina. È un esito pieno e buono: il lavoro che hai fatto per te resta con te. Il tuo diario viene conservato, e ora i passi 1 e 2 si concentrano sulla cura di te.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="38"/>
        <source>Choose a Passphrase</source>
        <translation>Scegli una passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="39"/>
        <source>Change the Passphrase</source>
        <translation>Cambia la passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="40"/>
        <source>Your Passphrase</source>
        <translation>La tua passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="45"/>
        <source>Current passphrase</source>
        <translation>Passphrase attuale</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <source>&amp;Current passphrase:</source>
        <translation>Passphrase &amp;attuale:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="50"/>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="51"/>
        <source>New passphrase again</source>
        <translation>Ripeti la nuova passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nuova passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="57"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="60"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>Qualche parola senza legame tra loro forma una passphrase facile da ricordare e difficile da indovinare.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="99"/>
        <source>Type your current passphrase.</source>
        <translation>Digita la tua passphrase attuale.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="104"/>
        <source>Choose a passphrase: any words you will remember.</source>
        <translation>Scegli una passphrase: parole qualsiasi che ricorderai.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="109"/>
        <source>The two passphrases are not the same yet. Type it once more in both fields.</source>
        <translation>Le due passphrase non coincidono ancora. Digitala ancora una volta in entrambi i campi.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseKdf</name>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="55"/>
        <source>The passphrase is empty.</source>
        <translation>La passphrase è vuota.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="57"/>
        <source>The journal&apos;s key settings are damaged.</source>
        <translation>Le impostazioni della chiave del diario sono danneggiate.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="68"/>
        <source>This computer does not have the memory to unlock the journal now. Close other programs and try again.</source>
        <translation>Al momento questo computer non ha memoria sufficiente per sbloccare il diario. Chiudi altri programmi e riprova.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="94"/>
        <source>This computer does not have the memory to protect a journal with a passphrase now. Close other programs and try again.</source>
        <translation>Al momento questo computer non ha memoria sufficiente per proteggere un diario con una passphrase. Chiudi altri programmi e riprova.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseReader</name>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="277"/>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Il file della passphrase %1 non può essere letto: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="297"/>
        <source>The first line of the passphrase file %1 is empty.</source>
        <translation>La prima riga del file della passphrase %1 è vuota.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="308"/>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation>Non c&apos;è un terminale in cui chiedere la passphrase.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="322"/>
        <source>A passphrase is needed, and there is no terminal to ask for it on. Give it in a file with %1 FILE.</source>
        <translation>Serve una passphrase, e non c&apos;è un terminale in cui chiederla. Indicala in un file con %1 FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="326"/>
        <source>The passphrase is empty.</source>
        <translation>La passphrase è vuota.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="344"/>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>Le due passphrase non coincidono. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="355"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="355"/>
        <source>y</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>Rekindle::PendingDeletes</name>
    <message>
        <location filename="../app/models/PendingDeletes.cpp" line="111"/>
        <source>This kind of record cannot be deleted.</source>
        <translation>Questo tipo di record non può essere eliminato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="35"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="37"/>
        <source>Preference pages</source>
        <translation>Pagine delle preferenze</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="40"/>
        <source>These settings are kept in your journal, so they travel with it.</source>
        <translation>Queste impostazioni sono salvate nel tuo diario, quindi viaggiano con lui.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="52"/>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="80"/>
        <source>Rekindle gently points it out when your messages to them start to pile up. Choose when:</source>
        <translation>Rekindle ti fa notare con delicatezza quando i tuoi messaggi all&apos;altra persona iniziano ad accumularsi. Scegli quando:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="85"/>
        <source>Contacts I make within &amp;24 hours:</source>
        <translation>Contatti presi da me entro &amp;24 ore:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="88"/>
        <source>Contacts in a row &amp;without a reply:</source>
        <translation>Contatti di fila &amp;senza risposta:</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyActions</name>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="25"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="65"/>
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="100"/>
        <source>With a passphrase, everything you write is kept encrypted on this computer and in its backups. Without the passphrase, or the recovery key you will see next, no one can read it, not even with the file in hand. Rekindle asks for it when it starts, and locks the journal when you step away.</source>
        <translation>Con una passphrase, tutto ciò che scrivi resta cifrato su questo computer e nei suoi backup. Senza la passphrase, o la chiave di recupero che vedrai tra poco, nessuno può leggerlo, nemmeno con il file in mano. Rekindle la chiede all&apos;avvio e blocca il diario quando ti allontani.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="117"/>
        <source>Encrypting your journal…</source>
        <translation>Cifratura del tuo diario in corso…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="123"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="126"/>
        <source>Not Encrypted</source>
        <translation>Non cifrato</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="124"/>
        <source>Nothing was changed: your journal is as it was.</source>
        <translation>Non è stato modificato nulla: il tuo diario è com&apos;era.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="127"/>
        <source>Your journal could not be encrypted, and it is as it was. %1</source>
        <translation>Non è stato possibile cifrare il tuo diario, che è rimasto com&apos;era. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="94"/>
        <source>Without encryption, anyone who can open the journal&apos;s file or its backups can read what you wrote. Type your passphrase to turn encryption off.</source>
        <translation>Senza cifratura, chiunque possa aprire il file del diario o i suoi backup può leggere ciò che hai scritto. Digita la tua passphrase per disattivare la cifratura.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="148"/>
        <source>Turning encryption off…</source>
        <translation>Disattivazione della cifratura in corso…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="154"/>
        <source>Still Encrypted</source>
        <translation>Ancora cifrato</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="155"/>
        <source>Encryption is still on. %1</source>
        <translation>La cifratura è ancora attiva. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="91"/>
        <source>The new passphrase opens the journal from now on; the recovery key stays the same.</source>
        <translation>D&apos;ora in poi la nuova passphrase apre il diario; la chiave di recupero resta la stessa.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="170"/>
        <source>Protecting your journal with the new passphrase…</source>
        <translation>Protezione del diario con la nuova passphrase in corso…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="174"/>
        <source>Passphrase Not Changed</source>
        <translation>Passphrase non cambiata</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="175"/>
        <source>The passphrase stays as it was. %1</source>
        <translation>La passphrase resta com&apos;era. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="178"/>
        <source>Passphrase Changed</source>
        <translation>Passphrase cambiata</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="179"/>
        <source>Your new passphrase opens the journal from now on.</source>
        <translation>D&apos;ora in poi la tua nuova passphrase apre il diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="186"/>
        <source>New Recovery Key</source>
        <translation>Nuova chiave di recupero</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="187"/>
        <source>Make a new recovery key? The old one stops working at once.</source>
        <translation>Creare una nuova chiave di recupero? Quella vecchia smette subito di funzionare.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="189"/>
        <source>&amp;Make a New Key</source>
        <translation>Crea una &amp;nuova chiave</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="200"/>
        <source>No New Recovery Key</source>
        <translation>Nessuna nuova chiave di recupero</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="201"/>
        <source>The recovery key stays as it was. %1</source>
        <translation>La chiave di recupero resta com&apos;era. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="220"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="236"/>
        <source>Older Backups</source>
        <translation>Backup più vecchi</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/PrivacyActions.cpp" line="221"/>
        <source>%n backup(s) from before encryption can still be read by anyone who opens them. Delete them now?</source>
        <translation>
            <numerusform>%n backup di prima della cifratura può ancora essere letto da chiunque lo apra. Eliminarlo adesso?</numerusform>
            <numerusform>%n backup di prima della cifratura possono ancora essere letti da chiunque li apra. Eliminarli adesso?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="226"/>
        <source>Your journal itself is encrypted either way. On an SSD or a flash drive, the storage may still hold old copies of deleted files for a while, out of Rekindle&apos;s reach; only encrypting the whole disk protects against that.</source>
        <translation>Il tuo diario in sé è comunque cifrato. Su un SSD o una chiavetta, la memoria può conservare per un po&apos; vecchie copie dei file eliminati, fuori dalla portata di Rekindle; solo la cifratura dell&apos;intero disco protegge da questo.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="230"/>
        <source>&amp;Delete Them</source>
        <translation>&amp;Eliminali</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="231"/>
        <source>&amp;Keep Them</source>
        <translation>&amp;Conservali</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="32"/>
        <source>&amp;Encrypt With a Passphrase…</source>
        <translation>&amp;Cifra con una passphrase…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="36"/>
        <source>&amp;Turn Encryption Off…</source>
        <translation>&amp;Disattiva la cifratura…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="39"/>
        <source>&amp;Change Passphrase…</source>
        <translation>Ca&amp;mbia la passphrase…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="42"/>
        <source>New &amp;Recovery Key…</source>
        <translation>Nuova chiave di &amp;recupero…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="48"/>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="49"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="51"/>
        <source>Lock when the computer &amp;sleeps or the screen locks</source>
        <translation>Blocca quando il computer va in &amp;sospensione o lo schermo si blocca</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="59"/>
        <source>Your journal is encrypted. Without your passphrase or the recovery key, no one can read it, not even its backups. Rekindle locks it when you step away.</source>
        <translation>Il tuo diario è cifrato. Senza la tua passphrase o la chiave di recupero nessuno può leggerlo, nemmeno i suoi backup. Rekindle lo blocca quando ti allontani.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="63"/>
        <source>Your journal is not encrypted: anyone who can open its file on this computer, or a backup of it, can read it. A passphrase keeps it for your eyes only.</source>
        <translation>Il tuo diario non è cifrato: chiunque possa aprire il suo file su questo computer, o un suo backup, può leggerlo. Una passphrase lo tiene solo per i tuoi occhi.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="89"/>
        <source>Lock after &amp;idle time:</source>
        <translation>Blocca dopo un periodo di &amp;inattività:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="94"/>
        <source>File ▸ Lock Journal (Ctrl+L) locks it at once.</source>
        <translation>File ▸ Blocca il diario (Ctrl+L) lo blocca subito.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="108"/>
        <source>Encryption and Lock</source>
        <translation>Cifratura e blocco</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressChart</name>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="54"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Table</source>
        <translation>Mostra come tabella</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="55"/>
        <source>Export as &amp;Image…</source>
        <translation>Esporta come &amp;immagine…</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="65"/>
        <source>Save this chart as a PNG image</source>
        <translation>Salva questo grafico come immagine PNG</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="66"/>
        <source>Export %1 as an image</source>
        <translation>Esporta %1 come immagine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="87"/>
        <source>%1, as a table</source>
        <translation>%1, come tabella</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="102"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a table</source>
        <translation>Mostra %1 come tabella</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="103"/>
        <source>Read the same data as a table, row by row</source>
        <translation>Leggi gli stessi dati come tabella, riga per riga</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Chart</source>
        <translation>Mostra come grafico</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a chart</source>
        <translation>Mostra %1 come grafico</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="213"/>
        <source>This chart could not be read from the journal: %1</source>
        <translation>Non è stato possibile leggere questo grafico dal diario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="425"/>
        <source>Week of %1</source>
        <translation>Settimana del %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="444"/>
        <source>The image could not be saved to %1. Check that you may write there.</source>
        <translation>Non è stato possibile salvare l&apos;immagine in %1. Controlla di avere il permesso di scrivere lì.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="455"/>
        <source>rekindle-%1.png</source>
        <translation>rekindle-%1.png</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>Export Chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="463"/>
        <source>Not Exported</source>
        <translation>Non esportato</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="39"/>
        <source>Progress</source>
        <translation>Progressi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="43"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="48"/>
        <source>Hover over a bar to see what it counts. Progress is a guide, not a grade: moving at your own pace is fine.</source>
        <translation>Passa il mouse su una barra per vedere cosa conta. I progressi sono una guida, non un voto: andare con i tuoi tempi va benissimo.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="55"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="58"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="59"/>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="60"/>
        <source>Last year</source>
        <translation>Ultimo anno</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="61"/>
        <source>All time</source>
        <translation>Da sempre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="82"/>
        <source>Progress and charts</source>
        <translation>Progressi e grafici</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="168"/>
        <source>&amp;How is progress worked out?</source>
        <translation>&amp;Come vengono calcolati i progressi?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="176"/>
        <source>Each step&apos;s bar is a mix of the things below. Each counts up to its target, and some weigh more than others. Things a step has no data for yet are left out rather than counted against you.</source>
        <translation>La barra di ogni passo è un insieme delle cose qui sotto. Ognuna conta fino al suo obiettivo, e alcune pesano più di altre. Ciò per cui un passo non ha ancora dati viene escluso invece di essere contato contro di te.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="185"/>
        <source>Only what you do yourself counts: never the other person&apos;s replies, how many milestones are reached, or how fast. Days of space count your longest stretch so far, so a later contact never takes away space already given (readiness in step 3 looks at the current stretch). Goal check-ins compare the last 14 days with what your active goals asked for; doing more than planned does not count twice.</source>
        <translation>Conta solo ciò che fai tu: mai le risposte dell&apos;altra persona, quanti traguardi vengono raggiunti o con quale rapidità. I giorni di spazio contano il tuo periodo più lungo finora, così un contatto successivo non toglie mai lo spazio già dato (la disponibilità nel passo 3 guarda al periodo attuale). I check-in degli obiettivi confrontano gli ultimi 14 giorni con ciò che chiedevano i tuoi obiettivi attivi; fare più del previsto non conta due volte.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptEditorDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="26"/>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="27"/>
        <source>Move &amp;Down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="28"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="31"/>
        <source>Reflection Questions: %1</source>
        <translation>Domande di riflessione: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="34"/>
        <source>These questions are asked, one at a time, when you reflect on this step. Untick a question to hide it; double-click to reword it. A reflection always ends with a question about what you will do next.</source>
        <translation>Queste domande vengono poste, una alla volta, quando rifletti su questo passo. Togli la spunta a una domanda per nasconderla; fai doppio clic per riformularla. Una riflessione finisce sempre con una domanda su cosa farai dopo.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="41"/>
        <source>&amp;Questions</source>
        <translation>&amp;Domande</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="51"/>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="56"/>
        <source>Remove one of your own questions (built-in ones can be hidden)</source>
        <translation>Rimuovi una delle tue domande (quelle predefinite si possono nascondere)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="57"/>
        <source>Restore &amp;Built-in Questions</source>
        <translation>Ripristina le domande &amp;predefinite</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>New Question</source>
        <translation>Nuova domanda</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>The question you would like to be asked:</source>
        <translation>La domanda che vorresti ti venisse posta:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="163"/>
        <source>The built-in questions are back. Press OK to keep them.</source>
        <translation>Le domande predefinite sono tornate. Premi OK per mantenerle.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="169"/>
        <source>Not Saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptListModel</name>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="35"/>
        <location filename="../app/models/PromptListModel.cpp" line="53"/>
        <source>%1 (hidden)</source>
        <translation>%1 (nascosta)</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>A built-in question</source>
        <translation>Una domanda predefinita</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>Your own question</source>
        <translation>Una tua domanda</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="45"/>
        <source>Originally: %1</source>
        <translation>In origine: %1</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="47"/>
        <source>Looks forward: a reflection ends on a question like this.</source>
        <translation>Guarda avanti: una riflessione finisce con una domanda come questa.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="49"/>
        <source>Hidden: not asked in reflections.</source>
        <translation>Nascosta: non viene posta nelle riflessioni.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="147"/>
        <source>Choose a question first.</source>
        <translation>Prima scegli una domanda.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="150"/>
        <source>A built-in question cannot be removed: hide it instead.</source>
        <translation>Una domanda predefinita non può essere rimossa: puoi nasconderla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptStore</name>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="45"/>
        <location filename="../app/storage/PromptStore.cpp" line="122"/>
        <source>The reflection questions could not be read.</source>
        <translation>Non è stato possibile leggere le domande di riflessione.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="85"/>
        <source>The reflection questions could not be saved.</source>
        <translation>Non è stato possibile salvare le domande di riflessione.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="110"/>
        <source>The built-in questions could not be restored.</source>
        <translation>Non è stato possibile ripristinare le domande predefinite.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReadinessSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="65"/>
        <source>What Rekindle looks at</source>
        <translation>Cosa guarda Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="89"/>
        <source>This is information, not a gate: nothing in Rekindle is locked by it, and no one can promise how the other person will respond. The minimum days of space can be changed in Preferences.</source>
        <translation>È un&apos;informazione, non un cancello: niente in Rekindle viene bloccato da questo, e nessuno può promettere come risponderà l&apos;altra persona. Il minimo di giorni di spazio si può cambiare nelle Preferenze.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="112"/>
        <source>Ready: you have given space and you are looking after yourself. A light, friendly message is one possible next step, if and when you choose.</source>
        <translation>Sembra il momento giusto: hai dato spazio e ti stai prendendo cura di te. Un messaggio leggero e cordiale è un possibile passo successivo, se e quando lo scegli.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="119"/>
        <source>Not now, because of %1.</source>
        <translation>Non ora, a causa di: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="120"/>
        <source>Not yet, because of %1.</source>
        <translation>Non ancora, a causa di: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="132"/>
        <source>✓ met</source>
        <translation>✓ raggiunto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="133"/>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="134"/>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
</context>
<context>
    <name>Rekindle::RebuildTrustPage</name>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="29"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="31"/>
        <source>Feelings Shared</source>
        <translation>Sentimenti condivisi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="33"/>
        <source>Commitments</source>
        <translation>Impegni</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="35"/>
        <source>Issues</source>
        <translation>Questioni</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="39"/>
        <source>A plan for hard moments, for you alone. Keep it somewhere you can reach quickly; the numbers of support services are under Help ▸ Support and Safety.</source>
        <translation>Un piano per i momenti difficili, solo per te. Tienilo dove puoi raggiungerlo in fretta; i numeri dei servizi di supporto sono in Aiuto ▸ Supporto e sicurezza.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="41"/>
        <source>&amp;People I trust and can call:</source>
        <translation>&amp;Persone di cui mi fido e che posso chiamare:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="42"/>
        <source>Names and numbers of people who will help</source>
        <translation>Nomi e numeri di persone che aiuteranno</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="43"/>
        <source>Safe &amp;places I can go to:</source>
        <translation>&amp;Luoghi sicuri dove posso andare:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="44"/>
        <source>A friend&apos;s home, family, a public place open late…</source>
        <translation>Casa di un amico, la famiglia, un luogo pubblico aperto fino a tardi…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="45"/>
        <source>Important &amp;documents and things to take:</source>
        <translation>&amp;Documenti importanti e cose da portare:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="46"/>
        <source>ID, bank cards, medication, keys, phone charger…</source>
        <translation>Documento d&apos;identità, carte bancarie, farmaci, chiavi, caricabatterie…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="47"/>
        <source>What I will do in an &amp;emergency:</source>
        <translation>Cosa farò in caso di &amp;emergenza:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="48"/>
        <source>Who I call first, where I go, the emergency number</source>
        <translation>Chi chiamo prima di tutto, dove vado, il numero di emergenza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="51"/>
        <source>Safety Plan</source>
        <translation>Piano di sicurezza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="53"/>
        <source>Closure comes from within. What you write here is for you alone and is never sent.</source>
        <translation>La chiusura viene da dentro. Ciò che scrivi qui è solo per te e non viene mai inviato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="54"/>
        <source>A &amp;letter you never send:</source>
        <translation>Una &amp;lettera che non invii mai:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="55"/>
        <source>Everything you would like to say, without holding back</source>
        <translation>Tutto ciò che vorresti dire, senza trattenerti</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="56"/>
        <source>What I &amp;learned:</source>
        <translation>Cosa ho &amp;imparato:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="57"/>
        <source>About myself, about what I need, about what I will not accept</source>
        <translation>Su di me, su ciò di cui ho bisogno, su ciò che non accetterò</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="60"/>
        <source>Closure</source>
        <translation>Chiudere il cerchio</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecentMoodModel</name>
    <message>
        <location filename="../app/models/RecentMoodModel.cpp" line="52"/>
        <source>Mood %1 of 10, %2</source>
        <translation>Umore %1 su 10, %2</translation>
    </message>
    <message>
        <location filename="../app/models/RecentMoodModel.cpp" line="56"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectPage</name>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="28"/>
        <source>Safety Check</source>
        <translation>Verifica di sicurezza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="30"/>
        <source>Readiness</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="37"/>
        <source>Contact Log</source>
        <translation>Registro dei contatti</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="38"/>
        <source>Meet-ups</source>
        <translation>Incontri</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectRules</name>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="82"/>
        <source>no reply yet</source>
        <comment>the latest reply, in lower case</comment>
        <translation>ancora nessuna risposta</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="85"/>
        <source>warm</source>
        <comment>the latest reply, in lower case</comment>
        <translation>calorosa</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="88"/>
        <source>neutral</source>
        <comment>the latest reply, in lower case</comment>
        <translation>neutra</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="91"/>
        <source>cold</source>
        <comment>the latest reply, in lower case</comment>
        <translation>fredda</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="94"/>
        <source>asked for space / said no</source>
        <comment>the latest reply, in lower case</comment>
        <translation>ha chiesto spazio / ha detto no</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="107"/>
        <source>Latest replies</source>
        <translation>Ultime risposte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="35"/>
        <source>latest replies</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>le ultime risposte</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="123"/>
        <source>they asked for space</source>
        <translation>l&apos;altra persona ha chiesto spazio</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="124"/>
        <source>Not now: they asked for space or said no, and that deserves to be respected fully.</source>
        <translation>Non ora: l&apos;altra persona ha chiesto spazio o ha detto no, e questo merita pieno rispetto.</translation>
    </message>
    <message>
        <source>%1 messages in a row without a reply</source>
        <translation type="vanished">%1 messaggi di fila senza risposta</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="130"/>
        <source>1 message without a reply</source>
        <translation>1 messaggio senza risposta</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReconnectRules.cpp" line="132"/>
        <source>%n messages in a row without a reply</source>
        <translation>
            <numerusform>%n messaggio senza risposta</numerusform>
            <numerusform>%n messaggi di fila senza risposta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="134"/>
        <source>Not now: silence is an answer for the moment. Giving space is kinder to both of you than another message.</source>
        <translation>Non ora: per il momento anche il silenzio è una risposta. Dare spazio fa bene a voi due più di un altro messaggio.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="139"/>
        <source>the latest reply was cold</source>
        <translation>l&apos;ultima risposta è stata fredda</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="141"/>
        <source>Not now: a cold reply usually means they need more space. Time apart is kinder to both of you.</source>
        <translation>Non ora: una risposta fredda di solito vuol dire che l&apos;altra persona ha bisogno di più spazio. Un po&apos; di tempo lontani fa bene a voi due.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="147"/>
        <source>Their latest reply did not ask for distance. It promises nothing either way.</source>
        <translation>L&apos;ultima risposta non chiedeva distanza. Non promette nulla, in un senso o nell&apos;altro.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="153"/>
        <source>no replies recorded</source>
        <translation>nessuna risposta registrata</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="154"/>
        <source>Nothing to go on yet, and that is fine.</source>
        <translation>Ancora niente su cui basarsi, e va bene così.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="173"/>
        <source>There has been abuse, threats or intimidation. Your safety, and theirs, comes first: reaching out could put someone at risk. Please talk to someone you trust or to a support service.</source>
        <translation>Ci sono stati abusi, minacce o intimidazioni. La tua sicurezza, e quella dell&apos;altra persona, viene prima di tutto: farti sentire potrebbe mettere qualcuno in pericolo. Parla con una persona di cui ti fidi o con un servizio di supporto.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="178"/>
        <source>They have clearly asked for no contact. Respecting that is an act of care, for them and for you.</source>
        <translation>L&apos;altra persona ha chiesto chiaramente di non avere contatti. Rispettarlo è un atto di cura, per lei e per te.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="182"/>
        <source>A legal no-contact order is in place. Contact of any kind could break it and have serious consequences.</source>
        <translation>È in vigore un divieto di contatto disposto da un giudice. Un contatto di qualsiasi tipo potrebbe violarlo e avere conseguenze gravi.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="205"/>
        <source>Days of space</source>
        <translation>Giorni di spazio</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="26"/>
        <source>days of space</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>i giorni di spazio</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="210"/>
        <source>space not begun</source>
        <translation>spazio non ancora iniziato</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="211"/>
        <source>Begin space in step 1: time apart lets both of you steady yourselves.</source>
        <translation>Inizia lo spazio nel passo 1: un po&apos; di distanza aiuta voi due a ritrovare stabilità.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="217"/>
        <source>%1 days (at least %2)</source>
        <translation>%1 giorni (almeno %2)</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="220"/>
        <source>%1 of %2 days</source>
        <translation>%1 su %2 giorni</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="224"/>
        <source>You have given real space.</source>
        <translation>Hai dato spazio davvero.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="226"/>
        <source>Your current stretch of space is still short. More time apart helps both of you steady yourselves.</source>
        <translation>Il tuo periodo di spazio attuale è ancora breve. Più tempo a distanza aiuta voi due a ritrovare stabilità.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="234"/>
        <source>Working on yourself</source>
        <translation>Lavorare su di te</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="29"/>
        <source>working on yourself</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>il lavoro su di te</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="238"/>
        <source>no active goals</source>
        <translation>nessun obiettivo attivo</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="239"/>
        <source>Set a goal in step 2: growing for yourself comes first.</source>
        <translation>Fissa un obiettivo nel passo 2: crescere per te viene prima.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="248"/>
        <source>%1 of %2 goals kept at %3% or more over 14 days</source>
        <translation>%1 obiettivi su %2 rispettati almeno al %3% negli ultimi 14 giorni</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="254"/>
        <source>You are looking after yourself.</source>
        <translation>Ti stai prendendo cura di te.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="256"/>
        <source>Keeping up one goal for two weeks shows you are steadier.</source>
        <translation>Portare avanti un obiettivo per due settimane mostra che hai più stabilità.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="263"/>
        <source>Recent mood</source>
        <translation>Umore recente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="32"/>
        <source>recent mood</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>l&apos;umore recente</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="267"/>
        <source>not enough moods recorded</source>
        <translation>non abbastanza umori registrati</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="269"/>
        <source>Record a mood with your journal entries to see a trend.</source>
        <translation>Registra un umore con le tue voci del diario per vedere un andamento.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="273"/>
        <source>%1 in the last two weeks, %2 the two weeks before</source>
        <translation>%1 nelle ultime due settimane, %2 nelle due settimane prima</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="277"/>
        <source>Your mood is steady or rising.</source>
        <translation>Il tuo umore è stabile o in crescita.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="279"/>
        <source>Your mood has dipped lately. Reaching out from a low moment often hurts more than it helps.</source>
        <translation>Ultimamente il tuo umore è calato. Farsi sentire in un momento di abbattimento spesso fa più male che bene.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="292"/>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="39"/>
        <source>Your safety</source>
        <translation>La tua sicurezza</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="293"/>
        <source>Their no</source>
        <translation>Il suo no</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="40"/>
        <source>your safety</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>la tua sicurezza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="42"/>
        <source>their no</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>il no dell&apos;altra persona</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="295"/>
        <source>safety comes first</source>
        <translation>la sicurezza viene prima</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="296"/>
        <source>a no was recorded</source>
        <translation>è stato registrato un no</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="298"/>
        <source>Not now: with safety at stake, Rekindle does not suggest reaching out. Support services are listed under Help.</source>
        <translation>Non ora: quando è in gioco la sicurezza, Rekindle non suggerisce di farsi sentire. I servizi di supporto sono elencati in Aiuto.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="301"/>
        <source>Not now: they have said no. Respecting it is the kindest thing, for them and for you.</source>
        <translation>Non ora: l&apos;altra persona ha detto no. Rispettarlo è la cosa più gentile, per lei e per te.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectStore</name>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="70"/>
        <source>This meet-up is no longer in the journal.</source>
        <translation>Questo incontro non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="97"/>
        <source>The meet-up could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;incontro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="104"/>
        <source>Your changes to the meet-up could not be saved.</source>
        <translation>Non è stato possibile salvare le modifiche all&apos;incontro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="125"/>
        <source>The meet-up could not be removed.</source>
        <translation>Non è stato possibile rimuovere l&apos;incontro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="134"/>
        <source>The meet-up could not be read.</source>
        <translation>Non è stato possibile leggere l&apos;incontro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="145"/>
        <source>The replies recorded could not be read.</source>
        <translation>Non è stato possibile leggere le risposte registrate.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="156"/>
        <source>The meet-ups could not be read.</source>
        <translation>Non è stato possibile leggere gli incontri.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="166"/>
        <source>Your phrases could not be read.</source>
        <translation>Non è stato possibile leggere le tue frasi.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="188"/>
        <source>The phrase could not be added.</source>
        <translation>Non è stato possibile aggiungere la frase.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="212"/>
        <source>The phrase could not be removed.</source>
        <translation>Non è stato possibile rimuovere la frase.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="214"/>
        <source>This phrase is no longer in the journal.</source>
        <translation>Questa frase non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="244"/>
        <source>The moods could not be read.</source>
        <translation>Non è stato possibile leggere gli umori.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordKinds</name>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="102"/>
        <source>Journal entries</source>
        <translation>Voci del diario</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="127"/>
        <source>My part</source>
        <translation>La mia parte</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="151"/>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="174"/>
        <source>Goal check-ins</source>
        <translation>Check-in degli obiettivi</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="192"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="220"/>
        <source>Urges to reach out</source>
        <translation>Impulsi di farsi sentire</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="238"/>
        <source>Unsent messages</source>
        <translation>Messaggi non inviati</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="257"/>
        <source>Small wins</source>
        <translation>Piccole vittorie</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="274"/>
        <source>Reflections</source>
        <translation>Riflessioni</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="297"/>
        <source>Reflection answers</source>
        <translation>Risposte delle riflessioni</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="314"/>
        <source>Reflection prompts</source>
        <translation>Domande di riflessione</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="334"/>
        <source>Mood check-ins</source>
        <translation>Umori registrati</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="358"/>
        <source>Meet-ups</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="382"/>
        <source>Phrases to check in messages</source>
        <translation>Frasi da cercare nei messaggi</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="399"/>
        <source>Feelings shared</source>
        <translation>Sentimenti condivisi</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="418"/>
        <source>Commitments</source>
        <translation>Impegni</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="441"/>
        <source>Issues</source>
        <translation>Questioni</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="462"/>
        <source>Milestones</source>
        <translation>Traguardi</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordListPanel</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="29"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="53"/>
        <source>Double-click a cell to change it.</source>
        <translation>Fai doppio clic su una cella per modificarla.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Elimina</translation>
    </message>
    <message>
        <source>Delete this record from your journal? This cannot be undone.</source>
        <translation type="vanished">Eliminare questo record dal tuo diario? Non si può annullare.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordModel</name>
    <message>
        <location filename="../app/models/RecordModel.cpp" line="20"/>
        <source>This list does not remove its rows.</source>
        <translation>Da questo elenco non si possono rimuovere righe.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordViewDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="23"/>
        <source>Kept in Your Journal</source>
        <translation>Conservato nel tuo diario</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="38"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="44"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryKey</name>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="135"/>
        <source>&quot;%1&quot; is not in any recovery key. A recovery key has the digits and the letters A to Z without U.</source>
        <translation>«%1» non compare in nessuna chiave di recupero. Una chiave di recupero contiene le cifre e le lettere dalla A alla Z senza la U.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="141"/>
        <source>A recovery key has %1 characters in %2 groups; this one has %3.</source>
        <translation>Una chiave di recupero ha %1 caratteri in %2 gruppi; questa ne ha %3.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="148"/>
        <source>This recovery key has a typo, probably in group %1. Compare it with the one you saved.</source>
        <translation>Questa chiave di recupero contiene un errore di battitura, probabilmente nel gruppo %1. Confrontala con quella che hai conservato.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="151"/>
        <location filename="../app/crypto/RecoveryKey.cpp" line="157"/>
        <source>This recovery key has a typo. Compare each group with the one you saved.</source>
        <translation>Questa chiave di recupero contiene un errore di battitura. Confronta ogni gruppo con quella che hai conservato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryKeyDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="32"/>
        <source>If you ever forget your passphrase, this recovery key opens your journal. Rekindle shows it only this once and keeps no copy. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has it can read your journal.</source>
        <translation>Se un giorno dimentichi la passphrase, questa chiave di recupero apre il tuo diario. Rekindle la mostra solo questa volta e non ne tiene copia. Stampala o scrivila e conservala in un posto sicuro lontano da questo computer: chiunque la possieda può leggere il tuo diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="44"/>
        <source>I have &amp;kept it somewhere safe</source>
        <translation>L&apos;ho &amp;conservata in un posto sicuro</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Fatto</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="49"/>
        <source>Your Recovery Key</source>
        <translation>La tua chiave di recupero</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="61"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="68"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="113"/>
        <source>This key is shown only once. Please print it, save it or write it down, then tick “I have kept it somewhere safe”.</source>
        <translation>Questa chiave viene mostrata una sola volta. Stampala, salvala o scrivila, poi spunta «L&apos;ho conservata in un posto sicuro».</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="131"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="166"/>
        <source>Rekindle recovery key</source>
        <translation>Chiave di recupero di Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="133"/>
        <source>Made on %1.</source>
        <translation>Creata il %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="143"/>
        <source>Print the Recovery Key</source>
        <translation>Stampa la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="152"/>
        <source>Save the Recovery Key as PDF</source>
        <translation>Salva la chiave di recupero come PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="156"/>
        <source>Saved. Keep the file away from this computer, for example printed or on a USB stick, and delete the copy here.</source>
        <translation>Salvata. Tieni il file lontano da questo computer, per esempio stampato o su una chiavetta USB, ed elimina la copia qui.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="170"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Non è stato possibile scrivere il PDF in «%1».</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryWindow</name>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="33"/>
        <source>&amp;Restore Selected Backup…</source>
        <translation>&amp;Ripristina il backup selezionato…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="36"/>
        <source>Rekindle — Recover the Journal</source>
        <translation>Rekindle — Recupera il diario</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="38"/>
        <source>Your journal needs attention</source>
        <translation>Il tuo diario ha bisogno di attenzione</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="50"/>
        <source>Nothing has been deleted. The journal file stays as it is until you choose what to do; a restore keeps it in the folder “damaged” beside the journal.</source>
        <translation>Non è stato eliminato nulla. Il file del diario resta com&apos;è finché non scegli cosa fare; un ripristino lo conserva nella cartella «damaged» accanto al diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="55"/>
        <source>Journal folder: %1</source>
        <translation>Cartella del diario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="56"/>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="64"/>
        <source>Restore from a backup</source>
        <translation>Ripristina da un backup</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="71"/>
        <source>&amp;Save What Can Be Read…</source>
        <translation>&amp;Salva ciò che si può leggere…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="73"/>
        <source>Write every record that can still be read to a JSON export</source>
        <translation>Scrivi in un&apos;esportazione JSON ogni record che si può ancora leggere</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="74"/>
        <source>Open &amp;Another Folder…</source>
        <translation>Apri un&apos;&amp;altra cartella…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="121"/>
        <source>No backups were found in this journal folder.</source>
        <translation>In questa cartella del diario non è stato trovato nessun backup.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="140"/>
        <source>Restore from a Backup</source>
        <translation>Ripristina da un backup</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="141"/>
        <source>Bring the journal back to the backup of %1?</source>
        <translation>Riportare il diario al backup del %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="144"/>
        <source>What was written after it is not in the backup. The journal as it is now is kept in the folder “damaged”.</source>
        <translation>Ciò che è stato scritto dopo non è nel backup. Il diario com&apos;è adesso viene conservato nella cartella «damaged».</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="146"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="163"/>
        <source>The backup was restored.</source>
        <translation>Il backup è stato ripristinato.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="164"/>
        <source>The backup was restored. The damaged journal is kept in %1.</source>
        <translation>Il backup è stato ripristinato. Il diario danneggiato è conservato in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="173"/>
        <source>Save What Can Be Read</source>
        <translation>Salva ciò che si può leggere</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="174"/>
        <source>Rekindle export (*.json)</source>
        <translation>Esportazione di Rekindle (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RecoveryWindow.cpp" line="188"/>
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n record salvato in %1.</numerusform>
            <numerusform>%n record salvati in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="192"/>
        <source>These could not be read whole, so some of them may be missing: %1.</source>
        <translation>Questi non si sono potuti leggere per intero, quindi alcuni potrebbero mancare: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="200"/>
        <source>Open Another Folder</source>
        <translation>Apri un&apos;altra cartella</translation>
    </message>
</context>
<context>
    <name>Rekindle::Reflection</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="34"/>
        <source>This reflection has too many questions to save.</source>
        <translation>Questa riflessione ha troppe domande per essere salvata.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="38"/>
        <source>One answer is too long to save. Shorten it, or move part of it into a journal entry.</source>
        <translation>Una risposta è troppo lunga per essere salvata. Accorciala, oppure spostane una parte in una voce del diario.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Thought record</source>
        <translation>Registro dei pensieri</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Reflection</source>
        <translation>Riflessione</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="38"/>
        <source>Go to the &amp;Last Question</source>
        <translation>Vai all&apos;&amp;ultima domanda</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="42"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="43"/>
        <source>&amp;Skip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="44"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="45"/>
        <source>Save for &amp;Later</source>
        <translation>Salva per &amp;dopo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="63"/>
        <source>Carrying on with the reflection you started %1.</source>
        <translation>Riprendi la riflessione che hai iniziato il %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="69"/>
        <source>Your reflection of %1. Changes are saved as you type.</source>
        <translation>La tua riflessione del %1. Le modifiche vengono salvate mentre scrivi.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="90"/>
        <source>Progress through the questions</source>
        <translation>Avanzamento tra le domande</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="92"/>
        <source>Keep it short: a few honest sentences are plenty. Looking back helps most in small doses, and the last question looks ahead.</source>
        <translation>Tienilo breve: bastano poche frasi sincere. Guardarsi indietro aiuta di più a piccole dosi, e l&apos;ultima domanda guarda avanti.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="101"/>
        <source>You have given this real thought. When you are ready, it may help to wrap up with the last question: what you will do next.</source>
        <translation>Ci hai riflettuto davvero. Quando te la senti, può aiutare chiudere con l&apos;ultima domanda: cosa farai dopo.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="121"/>
        <source>Write as much or as little as you like.</source>
        <translation>Scrivi quanto vuoi, tanto o poco.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="128"/>
        <source>Leave this question unanswered and go on</source>
        <translation>Lascia questa domanda senza risposta e vai avanti</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="132"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Next question (%1)</source>
        <translation>Domanda successiva (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Save this reflection (%1)</source>
        <translation>Salva questa riflessione (%1)</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Return)</source>
        <translation type="vanished">Domanda successiva (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="135"/>
        <source>Your answers are kept; carry on whenever you like</source>
        <translation>Le tue risposte vengono conservate; riprendi quando vuoi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="195"/>
        <source>Reflect: %1</source>
        <translation>Rifletti: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="232"/>
        <source>Question %1 of %2</source>
        <translation>Domanda %1 di %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Save this reflection (Ctrl+Return)</source>
        <translation type="vanished">Salva questa riflessione (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="317"/>
        <source>Not Saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="318"/>
        <source>Your answers could not be saved. If you close now, they will be lost. Close anyway?</source>
        <translation>Non è stato possibile salvare le tue risposte. Se chiudi adesso, andranno perse. Chiudere comunque?</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionListModel</name>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="54"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/ReflectionListModel.cpp" line="55"/>
        <source>%1 — %2 (draft, %n answered)</source>
        <translation>
            <numerusform>%1 — %2 (bozza, %n risposta)</numerusform>
            <numerusform>%1 — %2 (bozza, %n risposte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="59"/>
        <source>%1, written %2</source>
        <translation>%1, scritta il %2</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="62"/>
        <source>Unfinished thought record, started %1: open it to carry on</source>
        <translation>Registro dei pensieri in sospeso dal %1: apri per continuare</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="63"/>
        <source>Unfinished reflection, started %1: open it to carry on</source>
        <translation>Riflessione in sospeso dal %1: apri per continuare</translation>
    </message>
    <message>
        <source>Unfinished %1, started %2: open it to carry on</source>
        <translation type="vanished">%1 in sospeso dal %2: apri per continuare</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionPrompts</name>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="398"/>
        <source>Write the question you would like to be asked.</source>
        <translation>Scrivi la domanda che vorresti ti venisse posta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReflectionPrompts.cpp" line="401"/>
        <source>Keep the question under %n characters.</source>
        <translation>
            <numerusform>Resta sotto %n carattere per la domanda.</numerusform>
            <numerusform>Resta sotto i %n caratteri per la domanda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="39"/>
        <source>In a few sentences: why do you think it ended?</source>
        <translation>In poche frasi: secondo te, perché è finita?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="43"/>
        <source>What could you have done differently?</source>
        <translation>Cosa avresti potuto fare in modo diverso?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="47"/>
        <source>Which of your own habits or behaviours would you like to change?</source>
        <translation>Quali tue abitudini o comportamenti vorresti cambiare?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="51"/>
        <source>What would you say to a friend who went through the same thing?</source>
        <translation>Cosa diresti a un&apos;amica o a un amico che ha vissuto la stessa cosa?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="55"/>
        <source>What does giving each other space look like for you this week?</source>
        <translation>Cosa significa per te, questa settimana, darvi spazio a vicenda?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="59"/>
        <source>What is one small, kind thing you will do for yourself tomorrow?</source>
        <translation>Qual è una piccola cosa gentile che farai per te domani?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="64"/>
        <source>Which part of yourself would you like to grow in right now?</source>
        <translation>In quale parte di te vorresti crescere adesso?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="68"/>
        <source>How did you move your body this week, and how did it feel?</source>
        <translation>Come hai mosso il corpo questa settimana, e che effetto ti ha fatto?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="72"/>
        <source>What new thing are you curious to try or learn?</source>
        <translation>Quale cosa nuova ti incuriosisce provare o imparare?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="76"/>
        <source>What weighs on you that a professional or a trusted friend could help with?</source>
        <translation>Cosa ti pesa, per cui un professionista o una persona di fiducia potrebbe aiutarti?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="80"/>
        <source>What are you proud of from the past few days?</source>
        <translation>Cosa ti ha dato soddisfazione negli ultimi giorni?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="84"/>
        <source>What is one step for your own growth you will take this week?</source>
        <translation>Qual è un passo per la tua crescita che farai questa settimana?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="89"/>
        <source>Would reaching out be safe and welcome, and do you feel steady? What tells you so?</source>
        <translation>Farti sentire sarebbe sicuro e gradito, e ti senti stabile? Da cosa lo capisci?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="94"/>
        <source>What do you hope a first, light message would bring?</source>
        <translation>Cosa speri che porti un primo messaggio leggero?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="98"/>
        <source>What is something positive or friendly you could share?</source>
        <translation>Cosa potresti condividere di positivo o di cordiale?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="102"/>
        <source>Which heavy topics or parts of the past will you leave for later?</source>
        <translation>Quali argomenti pesanti o parti del passato lascerai per dopo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="106"/>
        <source>How will you take it if they do not answer, or answer briefly?</source>
        <translation>Come la prenderai se non risponde, o risponde in breve?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="110"/>
        <source>What is the next small, low-pressure step for you, whether or not it involves them?</source>
        <translation>Qual è il prossimo piccolo passo senza pressione per te, che riguardi o no l&apos;altra persona?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="116"/>
        <source>Where were you open and honest about how you feel lately?</source>
        <translation>Dove hai parlato con apertura e sincerità di come ti senti, ultimamente?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="120"/>
        <source>Which promises did you keep, and which were hard to keep?</source>
        <translation>Quali promesse hai mantenuto, e quali sono state difficili da mantenere?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="124"/>
        <source>Did anything you did give reason for doubt? What would you change?</source>
        <translation>Qualcosa che hai fatto ha dato motivo di dubitare? Cosa cambieresti?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="128"/>
        <source>Is there an issue you would like to face together? How could you raise it gently?</source>
        <translation>C&apos;è una questione che vorreste affrontare insieme? Come potresti sollevarla con delicatezza?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="133"/>
        <source>When did you really listen this week?</source>
        <translation>Quando hai ascoltato davvero, questa settimana?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="137"/>
        <source>What small, reliable thing will you do this week to show you are committed?</source>
        <translation>Quale piccola cosa affidabile farai questa settimana per mostrare il tuo impegno?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="142"/>
        <source>Does the pace feel right to you? Where do you feel pressure to speed up?</source>
        <translation>Il ritmo ti sembra giusto? Dove senti la pressione di accelerare?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="146"/>
        <source>What makes the foundation between you feel stronger lately?</source>
        <translation>Cosa rende più solide, ultimamente, le fondamenta tra voi?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="150"/>
        <source>What did you enjoy together without needing it to mean more?</source>
        <translation>Cosa vi è piaciuto fare insieme senza bisogno che significasse di più?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="154"/>
        <source>Whatever the outcome, what have you gained for yourself?</source>
        <translation>Qualunque sia l&apos;esito, cosa hai guadagnato per te?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="158"/>
        <source>How can you be patient with yourself and with them this month?</source>
        <translation>Come puoi avere pazienza con te e con l&apos;altra persona questo mese?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="162"/>
        <source>What is one unhurried thing you would like to do next?</source>
        <translation>Qual è una cosa senza fretta che vorresti fare dopo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="168"/>
        <source>What does honouring their no look like for you, day to day?</source>
        <translation>Cosa significa per te, giorno per giorno, rispettare il suo no?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="172"/>
        <source>When the longing comes, what helps you let it pass gently?</source>
        <translation>Quando arriva la nostalgia, cosa ti aiuta a lasciarla passare con dolcezza?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="176"/>
        <source>What are you feeling now that it is clear, and what do you need?</source>
        <translation>Cosa provi ora che è chiaro, e di cosa hai bisogno?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="180"/>
        <source>Who in your life can you lean on while it hurts?</source>
        <translation>Su chi nella tua vita puoi appoggiarti mentre fa male?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="184"/>
        <source>What is one thing you will do this week just for yourself?</source>
        <translation>Qual è una cosa che farai questa settimana solo per te?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="189"/>
        <source>Where, and with whom, do you feel safe?</source>
        <translation>Dove, e con chi, ti senti al sicuro?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="193"/>
        <source>Who could you tell about what happened, so that you are not alone with it?</source>
        <translation>A chi potresti raccontare cosa è successo, così da non portarlo in solitudine?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="197"/>
        <source>What helps you feel calm and steady when you are afraid?</source>
        <translation>Cosa ti aiuta a ritrovare calma e stabilità quando hai paura?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="201"/>
        <source>Which support service or professional would you like to talk to?</source>
        <translation>Con quale servizio di supporto o professionista vorresti parlare?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="205"/>
        <source>What is one step you will take this week to keep yourself safe?</source>
        <translation>Qual è un passo che farai questa settimana per proteggerti?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="210"/>
        <source>If you wrote a letter you will never send, what would it say?</source>
        <translation>Se scrivessi una lettera che non invierai mai, cosa direbbe?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="214"/>
        <source>What have you learned about yourself and about what you need?</source>
        <translation>Cosa hai imparato su di te e su ciò di cui hai bisogno?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="218"/>
        <source>What are you ready to let go of, and what will you keep?</source>
        <translation>Cosa ti senti di lasciare andare, e cosa terrai?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="222"/>
        <source>What would help you feel safer? Is there something to add to your safety plan?</source>
        <translation>Cosa ti aiuterebbe a sentirti più al sicuro? C&apos;è qualcosa da aggiungere al tuo piano di sicurezza?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="227"/>
        <source>What would you say to a friend who came out of the same relationship?</source>
        <translation>Cosa diresti a un&apos;amica o a un amico che esce dalla stessa relazione?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="231"/>
        <source>What is one kind thing you will do this week that is only for you?</source>
        <translation>Qual è una cosa gentile che farai questa settimana solo per te?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="236"/>
        <source>What do you want in your next relationship, and what will you not accept?</source>
        <translation>Cosa vuoi nella tua prossima relazione, e cosa non accetterai?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="240"/>
        <source>What are you looking forward to in your own life?</source>
        <translation>Cosa aspetti con piacere nella tua vita?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="244"/>
        <source>Which parts of you grew stronger through all this?</source>
        <translation>Quali parti di te sono diventate più forti in tutto questo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="248"/>
        <source>How can you be patient with yourself while you heal?</source>
        <translation>Come puoi avere pazienza con te mentre guarisci?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="252"/>
        <source>What is one next step toward the life you want?</source>
        <translation>Qual è un prossimo passo verso la vita che desideri?</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionStore</name>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="198"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="236"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="307"/>
        <source>The reflection could not be read.</source>
        <translation>Non è stato possibile leggere la riflessione.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="152"/>
        <source>The reflection could not be saved.</source>
        <translation>Non è stato possibile salvare la riflessione.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="175"/>
        <source>Your reflection could not be saved.</source>
        <translation>Non è stato possibile salvare la tua riflessione.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="193"/>
        <source>The reflection could not be deleted.</source>
        <translation>Non è stato possibile eliminare la riflessione.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="253"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="316"/>
        <source>The reflections could not be read.</source>
        <translation>Non è stato possibile leggere le riflessioni.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="335"/>
        <source>The reflections could not be counted.</source>
        <translation>Non è stato possibile contare le riflessioni.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionsPanel</name>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="37"/>
        <source>(not answered)</source>
        <translation>(senza risposta)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="48"/>
        <source>&amp;Questions…</source>
        <translation>&amp;Domande…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="54"/>
        <source>De&amp;lete</source>
        <translation>E&amp;limina</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="58"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Rifletti…</translation>
    </message>
    <message>
        <source>Answer a few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Rispondi ad alcune domande su questo passo, una alla volta (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="60"/>
        <source>Answer a few questions about this step, one at a time (%1)</source>
        <translation>Rispondi ad alcune domande su questo passo, una alla volta (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="62"/>
        <source>&amp;Thought Record…</source>
        <translation>Registro dei &amp;pensieri…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="64"/>
        <source>Look at a painful thought from the outside</source>
        <translation>Guarda un pensiero doloroso dall&apos;esterno</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="67"/>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="220"/>
        <source>Add, reword, reorder or hide this step&apos;s questions</source>
        <translation>Aggiungi, riformula, riordina o nascondi le domande di questo passo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="69"/>
        <source>Carry on with, or edit, the selected reflection</source>
        <translation>Riprendi o modifica la riflessione selezionata</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="73"/>
        <source>Reflections, newest first</source>
        <translation>Riflessioni, dalla più recente</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="80"/>
        <source>The selected reflection</source>
        <translation>La riflessione selezionata</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="100"/>
        <source>No reflections yet. Reflecting now and then, briefly, helps to see the way forward. Press Reflect… (Ctrl+R) to begin.</source>
        <translation>Ancora nessuna riflessione. Riflettere ogni tanto, per poco, aiuta a vedere la strada davanti. Premi Rifletti… (Ctrl+R) per iniziare.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="189"/>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="195"/>
        <source>Not finished yet. Press Open to carry on.</source>
        <translation>Ancora in sospeso. Premi Apri per continuare.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="221"/>
        <source>On this path the step asks its own questions, about looking after yourself and moving on. Your own questions are kept for when you change your answers back.</source>
        <translation>Su questo percorso il passo pone le sue domande, sul prenderti cura di te e sull&apos;andare avanti. Le tue domande vengono conservate per quando cambierai di nuovo le tue risposte.</translation>
    </message>
    <message>
        <source>Delete Reflection</source>
        <translation type="vanished">Elimina riflessione</translation>
    </message>
    <message>
        <source>Delete this reflection? This cannot be undone.</source>
        <translation type="vanished">Eliminare questa riflessione? Non si può annullare.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="314"/>
        <source>Not Deleted</source>
        <translation>Eliminazione non riuscita</translation>
    </message>
</context>
<context>
    <name>Rekindle::RestoreDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="24"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="94"/>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="110"/>
        <source>Restore from a Backup</source>
        <translation>Ripristina da un backup</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="29"/>
        <source>Rekindle keeps a copy of your journal each day you use it. Restoring one brings the journal back to that day; the journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Rekindle conserva una copia del tuo diario ogni giorno in cui lo usi. Ripristinarne una riporta il diario a quel giorno; il diario com&apos;è adesso viene prima conservato come backup, quindi non si perde nulla.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="41"/>
        <source>Backups are kept in %1.</source>
        <translation>I backup sono conservati in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="71"/>
        <source>There are no backups yet. Rekindle makes the first one shortly after it starts.</source>
        <translation>Non ci sono ancora backup. Rekindle fa il primo poco dopo l&apos;avvio.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="95"/>
        <source>Bring the journal back to how it was on %1?</source>
        <translation>Riportare il diario a com&apos;era il %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="98"/>
        <source>What you wrote since then will be replaced. The journal as it is now is kept as a backup first, so you can come back to it.</source>
        <translation>Ciò che hai scritto da allora verrà sostituito. Il diario com&apos;è adesso viene prima conservato come backup, così puoi tornarci.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="101"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetyGate</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="26"/>
        <source>Open the Safety &amp;Check</source>
        <translation>Apri la &amp;verifica di sicurezza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="59"/>
        <source>They have said no, or did not want to meet, and that deserves to be respected fully. The tools for reaching out are put away.

If you recorded a reply by mistake, you can review it in the safety check and change it; only you can.</source>
        <translation>L&apos;altra persona ha detto no, o non ha voluto incontrarsi, e questo merita di essere rispettato pienamente. Gli strumenti per farti sentire sono stati messi da parte.

Se hai registrato una risposta per errore, puoi rivederla nella verifica di sicurezza e cambiarla; puoi farlo solo tu.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="64"/>
        <source>Please answer the short safety check first. It takes a moment, and it makes sure that reaching out is safe and welcome.</source>
        <translation>Rispondi prima alla breve verifica di sicurezza. Richiede un attimo, e serve ad assicurarsi che farti sentire sia sicuro e gradito.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="67"/>
        <source>Reaching out is not advised, because of what you said in the safety check:

%1

Steps 1 and 2 are still here for you, and moving on is a full, respected outcome. Support services are listed under Help ▸ Support and Safety. Only you can change your answers, at any time.</source>
        <translation>Farti sentire è sconsigliato, per quello che hai indicato nella verifica di sicurezza:

%1

I passi 1 e 2 sono ancora qui per te, e voltare pagina è un esito pieno e rispettato. I servizi di supporto sono elencati in Aiuto ▸ Supporto e sicurezza. Solo tu puoi cambiare le tue risposte, in qualsiasi momento.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetySection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="26"/>
        <source>Someone in this relationship has been &amp;abusive, threatening or intimidating.</source>
        <translation>Qualcuno in questa relazione è stato v&amp;iolento, minaccioso o intimidatorio.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="27"/>
        <source>They have clearly asked me for &amp;no contact.</source>
        <translation>L&apos;altra persona mi ha chiesto chiaramente di &amp;non avere contatti.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="28"/>
        <source>There is a &amp;legal no-contact order.</source>
        <translation>C&apos;è un &amp;divieto di contatto disposto da un giudice.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="29"/>
        <source>&amp;Save My Answers</source>
        <translation>&amp;Salva le mie risposte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="33"/>
        <source>I Have &amp;Moved On</source>
        <translation>Ho &amp;voltato pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="35"/>
        <source>&amp;Review What I Recorded</source>
        <translation>&amp;Rivedi ciò che ho registrato</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="57"/>
        <source>Open the contact log and meet-ups to change a reply or a meet-up recorded by mistake</source>
        <translation>Apri il registro dei contatti e gli incontri per cambiare una risposta o un incontro registrati per errore</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="60"/>
        <source>Before anything else, a short check. Reaching out is only right when it is safe and welcome. Tick what is true; leave the rest. Your answers stay in your journal and you can change them at any time.</source>
        <translation>Prima di tutto, una breve verifica. Farsi sentire è giusto solo quando è sicuro e gradito. Spunta ciò che è vero; lascia il resto. Le tue risposte restano nel tuo diario e puoi cambiarle in qualsiasi momento.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="66"/>
        <source>Safety check</source>
        <translation>Verifica di sicurezza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="76"/>
        <source>Reaching out is not advised</source>
        <translation>Farti sentire è sconsigliato</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="80"/>
        <source>This is not a judgement of you. Steps 1 and 2, giving space and working on yourself, are still yours, and they matter. Moving on is a full and respected outcome: your journal stays as it is.</source>
        <translation>Non è un giudizio su di te. I passi 1 e 2, dare spazio e lavorare su di te, sono ancora tuoi, e contano. Voltare pagina è un esito pieno e rispettato: il tuo diario resta com&apos;è.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="137"/>
        <source>Saved. You have changed your answers, and that is yours to decide. Steps 3 to 5 follow your new answers. If anything ever feels unsafe or unwelcome again, tick it here: the journey changes with it at once.</source>
        <translation>Salvato. Hai cambiato le tue risposte, e decidere spetta a te. I passi da 3 a 5 seguono le tue nuove risposte. Se qualcosa torna a sembrarti poco sicuro o non gradito, spuntalo qui: il percorso cambia subito di conseguenza.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="143"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="165"/>
        <source>If you recorded a reply or a meet-up by mistake, you can review it and change it; only you can. Steps 1 and 2 are still here for you, and moving on is a full, respected outcome.</source>
        <translation>Se hai registrato una risposta o un incontro per errore, puoi rivederli e cambiarli; puoi farlo solo tu. I passi 1 e 2 sono ancora qui per te, e voltare pagina è un esito pieno e rispettato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="188"/>
        <source>Not answered yet. Once you have saved your answers, step 3 follows them.</source>
        <translation>Non ancora risposto. Una volta salvate le tue risposte, il passo 3 le segue.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="191"/>
        <source>Answered on %1.</source>
        <translation>Risposto il %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="193"/>
        <source>Answered on %1. Nothing in your answers stands against a light, friendly message, if and when you choose one.</source>
        <translation>Risposto il %1. Nelle tue risposte nulla si oppone a un messaggio leggero e cordiale, se e quando lo scegli.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sax</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="217"/>
        <source>the file ends too early</source>
        <translation>il file finisce troppo presto</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="219"/>
        <source>a number is too large</source>
        <translation>un numero troppo grande</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="221"/>
        <source>something that is not JSON, or text that is not UTF-8</source>
        <translation>qualcosa che non è JSON, o un testo che non è UTF-8,</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="223"/>
        <source>a broken escape in a text</source>
        <translation>una sequenza di escape non valida in un testo</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="224"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>Il file non è un&apos;esportazione di Rekindle leggibile: %1 alla riga %2, colonna %3. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SealingCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="62"/>
        <source>It is not encrypted, so it was not written by Rekindle.</source>
        <translation>Non è cifrato, quindi non è stato scritto da Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="67"/>
        <source>It is damaged.</source>
        <translation>È danneggiato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchBar</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="vanished">Cerca nel diario (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="42"/>
        <source>Search the journal (%1)</source>
        <translation>Cerca nel diario (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="44"/>
        <source>Search the journal</source>
        <translation>Cerca nel diario</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="69"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="155"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="157"/>
        <source>The newest %1 matches</source>
        <translation>I %1 risultati più recenti</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="159"/>
        <source>Matches: %1, newest first</source>
        <translation>Risultati: %1, dal più recente</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchIndexBuilder</name>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="171"/>
        <source>The search index could not be built.</source>
        <translation>Non è stato possibile creare l&apos;indice di ricerca.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchProjection</name>
    <message>
        <location filename="../app/storage/SearchProjection.cpp" line="93"/>
        <location filename="../app/storage/SearchProjection.cpp" line="177"/>
        <location filename="../app/storage/SearchProjection.cpp" line="196"/>
        <source>The search index could not be built.</source>
        <translation>Non è stato possibile creare l&apos;indice di ricerca.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchResultDelegate</name>
    <message>
        <location filename="../app/ui/widgets/SearchResultDelegate.cpp" line="79"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchResultModel</name>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="56"/>
        <source>Preparing search… %1 %</source>
        <translation>Preparazione della ricerca… %1%</translation>
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="129"/>
        <source>Show more results…</source>
        <translation>Mostra altri risultati…</translation>
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="144"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="158"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchSnapshot</name>
    <message>
        <location filename="../app/storage/SearchSnapshot.cpp" line="56"/>
        <location filename="../app/storage/SearchSnapshot.cpp" line="101"/>
        <source>The search index could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;indice di ricerca.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchSnapshot.cpp" line="134"/>
        <source>The saved search index cannot be used; it is built again.</source>
        <translation>L&apos;indice di ricerca salvato non è utilizzabile; viene ricreato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchStore</name>
    <message>
        <location filename="../app/storage/SearchStore.cpp" line="54"/>
        <source>The search could not be run.</source>
        <translation>Non è stato possibile eseguire la ricerca.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SecretBytes</name>
    <message>
        <location filename="../app/crypto/SecretBytes.cpp" line="77"/>
        <location filename="../app/crypto/SecretBytes.cpp" line="83"/>
        <source>Rekindle could not reserve memory for a key.</source>
        <translation>Rekindle non è riuscito a riservare memoria per una chiave.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SettingsStore</name>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="39"/>
        <source>The journal&apos;s settings could not be read.</source>
        <translation>Non è stato possibile leggere le impostazioni del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="52"/>
        <location filename="../app/storage/SettingsStore.cpp" line="132"/>
        <location filename="../app/storage/SettingsStore.cpp" line="157"/>
        <source>The setting could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;impostazione.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="96"/>
        <source>The breakup date cannot be in the future. Choose today or an earlier day.</source>
        <translation>La data della separazione non può essere nel futuro. Scegli oggi o un giorno precedente.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="110"/>
        <source>Space can only have begun today or earlier. Choose another day.</source>
        <translation>Lo spazio può essere iniziato solo oggi o prima. Scegli un altro giorno.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="128"/>
        <source>Choose limits between %1 and %2.</source>
        <translation>Scegli limiti tra %1 e %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="202"/>
        <source>Choose between %1 and %2 days of space.</source>
        <translation>Scegli tra %1 e %2 giorni di spazio.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="217"/>
        <source>Choose a gap between %1 and %2 days.</source>
        <translation>Scegli un intervallo tra %1 e %2 giorni.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="248"/>
        <source>This text is too long to keep (at most %1 characters).</source>
        <translation>Questo testo è troppo lungo da conservare (al massimo %1 caratteri).</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWin</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="63"/>
        <source>Write what you did, even if it seems small.</source>
        <translation>Scrivi cosa hai fatto, anche se sembra poco.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="65"/>
        <source>Keep it short: under %1 characters.</source>
        <translation>Tienilo breve: meno di %1 caratteri.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="67"/>
        <source>Choose the day of the win.</source>
        <translation>Scegli il giorno della vittoria.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="69"/>
        <source>A win is something already done: choose today or an earlier day.</source>
        <translation>Una vittoria è qualcosa di già fatto: scegli oggi o un giorno precedente.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinModel</name>
    <message>
        <location filename="../app/models/SmallWinModel.cpp" line="51"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/models/SmallWinModel.cpp" line="67"/>
        <source>Choose a win first.</source>
        <translation>Scegli prima una vittoria.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinStore</name>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="49"/>
        <source>The win could not be saved.</source>
        <translation>Non è stato possibile salvare la vittoria.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="55"/>
        <source>The win could not be removed.</source>
        <translation>Non è stato possibile rimuovere la vittoria.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="56"/>
        <location filename="../app/storage/SmallWinStore.cpp" line="63"/>
        <source>This win is no longer in the journal.</source>
        <translation>Questa vittoria non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="62"/>
        <source>The win could not be read.</source>
        <translation>Non è stato possibile leggere la vittoria.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="68"/>
        <source>The wins could not be read.</source>
        <translation>Non è stato possibile leggere le vittorie.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="84"/>
        <source>The wins could not be counted.</source>
        <translation>Non è stato possibile contare le vittorie.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="29"/>
        <source>&amp;Add Win</source>
        <translation>&amp;Aggiungi vittoria</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="32"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="37"/>
        <source>For example: cooked a proper dinner</source>
        <translation>Ad esempio: ho cucinato una vera cena per me</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="44"/>
        <source>Small wins, newest first</source>
        <translation>Piccole vittorie, dalla più recente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="52"/>
        <source>No wins yet. Anything counts: a walk, a meal, a call to a friend. Write it above and press Add Win.</source>
        <translation>Ancora nessuna vittoria. Tutto conta: una passeggiata, un pasto, una telefonata a un&apos;amica. Scrivila qui sopra e premi Aggiungi vittoria.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="57"/>
        <source>Notice what you did well. Small steps add up.</source>
        <translation>Nota ciò che hai fatto bene. I piccoli passi si sommano.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="60"/>
        <source>&amp;What I did:</source>
        <translation>&amp;Cosa ho fatto:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="62"/>
        <source>&amp;On:</source>
        <translation>&amp;Il:</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sodium</name>
    <message>
        <location filename="../app/crypto/Sodium.cpp" line="20"/>
        <source>Rekindle cannot start its encryption library, so it cannot open an encrypted journal on this computer.</source>
        <translation>Rekindle non riesce ad avviare la sua libreria di cifratura, quindi non può aprire un diario cifrato su questo computer.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceChart</name>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="20"/>
        <source>Days of space</source>
        <translation>Giorni di spazio</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="21"/>
        <source>Nothing about space in this period yet. Once you note when space began (step 1, Space), each day you give it shows here, with any contacts and the urges you resisted.</source>
        <translation>Ancora niente sullo spazio in questo periodo. Quando annoti quando è iniziato lo spazio (passo 1, Spazio), qui compare ogni giorno in cui lo dai, con gli eventuali contatti e gli impulsi a cui hai resistito.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="50"/>
        <source>Urges resisted per week</source>
        <translation>Impulsi a cui hai resistito, a settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="63"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Days of space in a row</source>
        <translation>Giorni di spazio di fila</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="84"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>I reached out</source>
        <translation>Ho preso contatto io</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="93"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>They reached out</source>
        <translation>Ha preso contatto l&apos;altra persona</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="116"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="118"/>
        <source>Urges</source>
        <translation>Impulsi</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="135"/>
        <source>%n day(s) of space in a row</source>
        <translation>
            <numerusform>%n giorno di spazio di fila</numerusform>
            <numerusform>%n giorni di spazio di fila</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="137"/>
        <source>A new stretch of space begins tomorrow</source>
        <translation>Un nuovo periodo di spazio inizia domani</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="139"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="182"/>
        <source>Before space began</source>
        <translation>Prima che iniziasse lo spazio</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="143"/>
        <source>You reached out %n time(s)</source>
        <translation>
            <numerusform>Hai preso contatto %n volta</numerusform>
            <numerusform>Hai preso contatto %n volte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="147"/>
        <source>They reached out %n time(s)</source>
        <translation>
            <numerusform>L&apos;altra persona si è fatta sentire %n volta</numerusform>
            <numerusform>L&apos;altra persona si è fatta sentire %n volte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="154"/>
        <source>%n urge(s) resisted that week</source>
        <translation>
            <numerusform>%n impulso a cui hai resistito quella settimana</numerusform>
            <numerusform>%n impulsi a cui hai resistito quella settimana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>Urges resisted that week</source>
        <translation>Impulsi a cui hai resistito quella settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="180"/>
        <source>A new stretch begins</source>
        <translation>Inizia un nuovo periodo</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 giorni</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="48"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Begin Space</source>
        <translation>&amp;Inizia lo spazio</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="56"/>
        <source>Log &amp;Urge Resisted</source>
        <translation>Registra un impulso &amp;resistito</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="59"/>
        <source>Log &amp;Contact I Made</source>
        <translation>Registra un &amp;contatto preso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="84"/>
        <source>1 is a passing thought, 5 is very strong</source>
        <translation>1 è un pensiero passeggero, 5 è molto forte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="86"/>
        <source>Optional: what set it off</source>
        <translation>Facoltativo: cosa l&apos;ha scatenato</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="92"/>
        <source>Optional: what it was about</source>
        <translation>Facoltativo: di cosa si trattava</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="96"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Giving space</source>
        <translation>Dare spazio</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="99"/>
        <source>Space &amp;began on:</source>
        <translation>Lo spazio è iniziato i&amp;l:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="113"/>
        <source>An urge I did not act on</source>
        <translation>Un impulso su cui non ho agito</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="116"/>
        <source>&amp;Strength (1–5):</source>
        <translation>Inte&amp;nsità (1–5):</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="119"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="124"/>
        <source>A contact I made</source>
        <translation>Un contatto che ho preso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="127"/>
        <source>&amp;How:</source>
        <translation>&amp;Come:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="130"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="141"/>
        <source>Every stretch of space, newest first</source>
        <translation>Ogni periodo di spazio, dal più recente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="146"/>
        <source>Contacts, newest first</source>
        <translation>Contatti, dal più recente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="174"/>
        <source>No stretches of space yet. Once space begins, each stretch shows here, with your longest marked.</source>
        <translation>Ancora nessun periodo di spazio. Quando lo spazio inizia, ogni periodo compare qui, con il più lungo evidenziato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="178"/>
        <source>No contacts logged. When you log one, it shows here; giving space is progress too.</source>
        <translation>Nessun contatto registrato. Quando ne registri uno, compare qui; anche dare spazio è un progresso.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="181"/>
        <source>Stretches of &amp;space</source>
        <translation>Periodi di &amp;spazio</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="182"/>
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tatti</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Distance that looks after me</source>
        <translation>Una distanza che mi fa bene</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="241"/>
        <source>Logged. You noticed the urge and let it pass; that is the work.</source>
        <translation>Registrato. Hai notato l&apos;impulso e l&apos;hai lasciato passare; è proprio questo il lavoro.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="254"/>
        <source>Logged. Being honest with yourself about contact is part of giving space. A new stretch begins tomorrow.</source>
        <translation>Registrato. La sincerità con te sui contatti fa parte del dare spazio. Domani inizia un nuovo periodo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Change Start</source>
        <translation>&amp;Cambia l&apos;inizio</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="270"/>
        <source>Space has not begun yet.</source>
        <translation>Lo spazio non è ancora iniziato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="271"/>
        <source>Choose the day you last reached out (today is fine) and press Begin Space. Each day without contact counts.</source>
        <translation>Scegli il giorno in cui hai preso contatto l&apos;ultima volta (oggi va bene) e premi Inizia lo spazio. Ogni giorno senza contatti conta.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="274"/>
        <source>A fresh stretch of space begins tomorrow.</source>
        <translation>Domani inizia un nuovo periodo di spazio.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="277"/>
        <source>%1 of distance that is good for me in a row, since %2.</source>
        <translation>%1 di distanza che mi fa bene, di fila, dal %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="278"/>
        <source>%1 of space in a row, since %2.</source>
        <translation>%1 di spazio di fila, dal %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="284"/>
        <source>Longest stretch: %1 (%2 – %3).</source>
        <translation>Periodo più lungo: %1 (%2 – %3).</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="293"/>
        <source>The count starts again after a contact; the days before it still count, in the stretches below.</source>
        <translation>Dopo un contatto il conteggio riparte; i giorni prima contano comunque, nei periodi qui sotto.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="301"/>
        <source>Urges resisted this week: none logged yet.</source>
        <translation>Impulsi a cui hai resistito questa settimana: ancora nessuno registrato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="302"/>
        <source>Urges resisted this week: %1.</source>
        <translation>Impulsi a cui hai resistito questa settimana: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="307"/>
        <source>You have reached out once in the last 24 hours.</source>
        <translation>Nelle ultime 24 ore hai preso contatto una volta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="308"/>
        <source>You have reached out %n times in the last 24 hours.</source>
        <translation>
            <numerusform>Nelle ultime 24 ore hai preso contatto %n volta.</numerusform>
            <numerusform>Nelle ultime 24 ore hai preso contatto %n volte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="310"/>
        <source>You have sent a message without a reply.</source>
        <translation>Hai inviato un messaggio senza risposta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="311"/>
        <source>You have sent %n messages in a row without a reply.</source>
        <translation>
            <numerusform>Hai inviato %n messaggio senza risposta.</numerusform>
            <numerusform>Hai inviato %n messaggi di fila senza risposta.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have reached out %1 times in the last 24 hours.</source>
        <translation type="vanished">Nelle ultime 24 ore hai preso contatto %1 volte.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in a row without a reply.</source>
        <translation type="vanished">Hai inviato %1 messaggi di fila senza risposta.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="314"/>
        <source>%1 That is understandable; old habits take time to fade. Distance protects the peace you have built. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 È comprensibile; le vecchie abitudini hanno bisogno di tempo per svanire. La distanza protegge la pace che hai costruito. Se l&apos;impulso torna, registralo qui o scrivilo invece come messaggio non inviato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="318"/>
        <source>%1 That is understandable when you miss someone. Right now, more messages tend to weigh on both of you: space gives each of you room to steady yourselves. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 È comprensibile quando ti manca qualcuno. In questo momento, altri messaggi tendono a pesare su voi due: lo spazio dà a ciascuno modo di ritrovare stabilità. Se l&apos;impulso torna, registralo qui o scrivilo invece come messaggio non inviato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStore</name>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="87"/>
        <source>The contact could not be logged.</source>
        <translation>Non è stato possibile registrare il contatto.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="101"/>
        <source>Your changes to the contact could not be saved.</source>
        <translation>Non è stato possibile salvare le modifiche al contatto.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="123"/>
        <source>The contact could not be removed.</source>
        <translation>Non è stato possibile rimuovere il contatto.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="130"/>
        <source>The contact could not be read.</source>
        <translation>Non è stato possibile leggere il contatto.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="137"/>
        <location filename="../app/storage/SpaceStore.cpp" line="156"/>
        <location filename="../app/storage/SpaceStore.cpp" line="172"/>
        <location filename="../app/storage/SpaceStore.cpp" line="192"/>
        <location filename="../app/storage/SpaceStore.cpp" line="204"/>
        <source>The contacts could not be read.</source>
        <translation>Non è stato possibile leggere i contatti.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="230"/>
        <source>The urge could not be logged.</source>
        <translation>Non è stato possibile registrare l&apos;impulso.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="236"/>
        <source>The urge could not be removed.</source>
        <translation>Non è stato possibile rimuovere l&apos;impulso.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="252"/>
        <source>The urges could not be counted.</source>
        <translation>Non è stato possibile contare gli impulsi.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStreakModel</name>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="64"/>
        <source>Now: a fresh start from %1</source>
        <translation>Ora: un nuovo inizio dal %1</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="67"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="73"/>
        <source>Now: 1 day of space, since %1</source>
        <translation>Ora: 1 giorno di spazio, dal %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="74"/>
        <source>Now: %n days of space, since %1</source>
        <translation>
            <numerusform>Ora: %n giorno di spazio, dal %1</numerusform>
            <numerusform>Ora: %n giorni di spazio, dal %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="77"/>
        <source>%n days of space, %1</source>
        <translation>
            <numerusform>%n giorno di spazio, %1</numerusform>
            <numerusform>%n giorni di spazio, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1 days of space, since %2</source>
        <translation type="vanished">Ora: %1 giorni di spazio, dal %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="76"/>
        <source>1 day of space, %1</source>
        <translation>1 giorno di spazio, %1</translation>
    </message>
    <message>
        <source>%1 days of space, %2</source>
        <translation type="vanished">%1 giorni di spazio, %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="79"/>
        <source> (your longest)</source>
        <translation> (il più lungo)</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sql</name>
    <message>
        <location filename="../app/storage/Sql.cpp" line="36"/>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Il disco è pieno. Libera un po&apos; di spazio e riprova; non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="39"/>
        <source>The journal file cannot be written to. Check that its folder is writable.</source>
        <translation>Non è possibile scrivere nel file del diario. Controlla che la sua cartella sia scrivibile.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="43"/>
        <source>The journal is busy in another program. Try again in a moment.</source>
        <translation>Il diario è occupato da un altro programma. Riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="47"/>
        <source>The disk reported an error while reading or writing the journal: it may be full, at a size limit, or no longer connected. Nothing was changed.</source>
        <translation>Il disco ha segnalato un errore durante la lettura o la scrittura del diario: potrebbe essere pieno, al limite di dimensione o non più collegato. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="51"/>
        <source>The journal file cannot be reached. If it is on a removable disk, connect it again.</source>
        <translation>Il file del diario non è raggiungibile. Se si trova su un disco rimovibile, ricollegalo.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="56"/>
        <source>The journal file is damaged or is not a Rekindle journal.</source>
        <translation>Il file del diario è danneggiato o non è un diario di Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="59"/>
        <source>The journal reported an unexpected problem.</source>
        <translation>Il diario ha segnalato un problema inatteso.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SqliteHandle</name>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="85"/>
        <location filename="../app/storage/SqliteHandle.cpp" line="142"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle non è riuscito a fare il backup del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="125"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>Il backup è stato interrotto prima di essere completato.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="191"/>
        <source>The search index could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;indice di ricerca.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="212"/>
        <source>The search index could not be restored.</source>
        <translation>Non è stato possibile ripristinare l&apos;indice di ricerca.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StandingSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="27"/>
        <source>&amp;Save Date</source>
        <translation>&amp;Salva la data</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="29"/>
        <source>I &amp;accept that the relationship is over</source>
        <translation>&amp;Accetto che la relazione sia finita</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="48"/>
        <source>When it ended</source>
        <translation>Quando è finita</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="54"/>
        <source>&amp;Day of the breakup:</source>
        <translation>&amp;Giorno della separazione:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="61"/>
        <source>Accepting it</source>
        <translation>Accettarlo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="62"/>
        <source>Accepting that it is over is not giving up. It lets you stop waiting and look after yourself, whatever comes next.</source>
        <translation>Accettare che sia finita non significa arrendersi. Ti permette di smettere di aspettare e di prenderti cura di te, qualunque cosa venga dopo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="111"/>
        <source>It ended today. Be gentle with yourself.</source>
        <translation>È finita oggi. Sii gentile con te.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="112"/>
        <source>1 day since the breakup.</source>
        <translation>1 giorno dalla separazione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="113"/>
        <source>%n days since the breakup.</source>
        <translation>
            <numerusform>%n giorno dalla separazione.</numerusform>
            <numerusform>%n giorni dalla separazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days since the breakup.</source>
        <translation type="vanished">%1 giorni dalla separazione.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="116"/>
        <source>Choose the day it ended and press Save Date, to see how far you have come.</source>
        <translation>Scegli il giorno in cui è finita e premi Salva la data, per vedere quanta strada hai fatto.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="125"/>
        <source>Marked on %1. Feelings move; you can untick this whenever you need to.</source>
        <translation>Segnato il %1. I sentimenti cambiano; puoi togliere la spunta ogni volta che ne hai bisogno.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="127"/>
        <source>Tick this when you are ready. There is no hurry.</source>
        <translation>Spunta questa casella quando te la senti. Non c&apos;è fretta.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepPage</name>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="86"/>
        <location filename="../app/ui/steps/StepPage.cpp" line="272"/>
        <source>Tools of %1</source>
        <translation>Strumenti di %1</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="89"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="91"/>
        <source>Reflections</source>
        <translation>Riflessioni</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="128"/>
        <source>Reflect…</source>
        <translation>Rifletti…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="131"/>
        <source>A few questions about this step, one at a time (%1)</source>
        <translation>Alcune domande su questo passo, una alla volta (%1)</translation>
    </message>
    <message>
        <source>A few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Alcune domande su questo passo, una alla volta (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="137"/>
        <source>Support and Safety</source>
        <translation>Supporto e sicurezza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="142"/>
        <source>Helplines and your own support contacts. Nothing is sent anywhere.</source>
        <translation>Linee di ascolto e i tuoi contatti di supporto. Non viene inviato nulla da nessuna parte.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="226"/>
        <source>This record is kept in your journal, as you wrote it; nothing was deleted. The tools it belongs to are put away on your current path.</source>
        <translation>Questo record è conservato nel tuo diario, così come l&apos;hai scritto; non è stato eliminato nulla. Gli strumenti a cui appartiene sono messi da parte nel tuo percorso attuale.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="231"/>
        <source>%1 (about %2% of the step). %3</source>
        <translation>%1 (circa il %2% del passo). %3</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="235"/>
        <source>what your goals asked for</source>
        <translation>ciò che chiedevano i tuoi obiettivi</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="236"/>
        <source>%1: up to %2 (about %3% of the step). %4</source>
        <translation>%1: fino a %2 (circa il %3% del passo). %4</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="40"/>
        <source>Journal entries written</source>
        <translation>Voci del diario scritte</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="41"/>
        <source>Writing helps you make sense of what you feel.</source>
        <translation>Scrivere ti aiuta a dare un senso a ciò che provi.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="44"/>
        <source>Reflections finished</source>
        <translation>Riflessioni completate</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="46"/>
        <source>Each guided reflection you finish counts.</source>
        <translation>Conta ogni riflessione guidata che completi.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="52"/>
        <source>Thought records finished</source>
        <translation>Registri dei pensieri completati</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="53"/>
        <source>Working through a painful thought on paper.</source>
        <translation>Lavorare su un pensiero doloroso mettendolo per iscritto.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="56"/>
        <source>Breakup date noted</source>
        <translation>Data della separazione annotata</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="57"/>
        <source>Naming when it ended.</source>
        <translation>Dare un nome a quando è finita.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="59"/>
        <source>Acceptance marked</source>
        <translation>Accettazione segnata</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="60"/>
        <source>Marking that you accept it is over.</source>
        <translation>Segnare che accetti che sia finita.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="62"/>
        <source>Things I own written down (my part)</source>
        <translation>Ciò che riconosco, messo per iscritto (la mia parte)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="63"/>
        <source>Honest notes about your own part.</source>
        <translation>Note sincere sulla tua parte.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="65"/>
        <source>Days of space in a row</source>
        <translation>Giorni di spazio di fila</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="66"/>
        <source>Your longest stretch of space so far: space once given is never taken away, even by a later contact.</source>
        <translation>Il tuo periodo di spazio più lungo finora: lo spazio dato non viene mai tolto, nemmeno da un contatto successivo.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="72"/>
        <source>Goals you are working on</source>
        <translation>Obiettivi su cui stai lavorando</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="73"/>
        <source>Goals of your own that you keep active.</source>
        <translation>Obiettivi tuoi che mantieni attivi.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="76"/>
        <source>Goal check-ins in the last 14 days</source>
        <translation>Check-in degli obiettivi negli ultimi 14 giorni</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="77"/>
        <source>Check-ins you kept, out of what your goals asked for.</source>
        <translation>Check-in che hai fatto, rispetto a ciò che chiedevano i tuoi obiettivi.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="81"/>
        <source>Small wins noted</source>
        <translation>Piccole vittorie annotate</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="82"/>
        <source>Good moments you took the time to notice.</source>
        <translation>Bei momenti che hai trovato il tempo di notare.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="87"/>
        <source>Safety check answered</source>
        <translation>Verifica di sicurezza completata</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="88"/>
        <source>Answering the safety check honestly, whatever the answer.</source>
        <translation>Rispondere con sincerità alla verifica di sicurezza, qualunque sia la risposta.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="91"/>
        <source>Contacts you kept light</source>
        <translation>Contatti che hai mantenuto leggeri</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="92"/>
        <source>Contacts you made and kept light. How or whether they replied is never counted.</source>
        <translation>Contatti presi da te e mantenuti leggeri. Se e come ha risposto l&apos;altra persona non viene mai contato.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="96"/>
        <source>Drafts checked before sending</source>
        <translation>Bozze controllate prima dell&apos;invio</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="97"/>
        <source>Drafts you ran through the message check, whether you sent them or not. What you sent, and any reply, is never counted.</source>
        <translation>Bozze che hai passato al controllo del messaggio, che tu le abbia inviate o no. Ciò che hai inviato, e ogni risposta, non vengono mai contati.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="101"/>
        <source>Days of space given</source>
        <translation>Giorni di spazio dati</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="102"/>
        <source>Your longest stretch without reaching out: honouring their no, or keeping yourself safe.</source>
        <translation>Il tuo periodo più lungo senza farti sentire: rispettare il suo no, o proteggerti.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="108"/>
        <source>Commitments kept</source>
        <translation>Impegni mantenuti</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="109"/>
        <source>Promises you made and kept.</source>
        <translation>Promesse che hai fatto e mantenuto.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="111"/>
        <source>Issues worked on together</source>
        <translation>Questioni affrontate insieme</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="112"/>
        <source>Issues you took up and are working on, or settled.</source>
        <translation>Questioni che avete preso in mano e su cui state lavorando, o che avete risolto.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="115"/>
        <source>Safety plan written</source>
        <translation>Piano di sicurezza scritto</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="116"/>
        <source>The parts of your safety plan you filled in: trusted people, safe places, documents, what to do in an emergency.</source>
        <translation>Le parti del tuo piano di sicurezza che hai compilato: persone di fiducia, luoghi sicuri, documenti, cosa fare in un&apos;emergenza.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="120"/>
        <source>A letter you never send</source>
        <translation>Una lettera che non invii mai</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="121"/>
        <source>Saying what you could not say, only for yourself.</source>
        <translation>Dire ciò che non hai potuto dire, solo per te.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="124"/>
        <source>What I learned, written down</source>
        <translation>Ciò che ho imparato, messo per iscritto</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="125"/>
        <source>What this relationship taught you.</source>
        <translation>Ciò che questa relazione ti ha insegnato.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="129"/>
        <source>Milestones given a day</source>
        <translation>Traguardi con un giorno</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="130"/>
        <source>Small steps you planned ahead.</source>
        <translation>Piccoli passi che hai pianificato in anticipo.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="132"/>
        <source>Milestones planned with room between them</source>
        <translation>Traguardi pianificati con spazio tra loro</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="134"/>
        <source>Planned steps at least the gap you chose after the one before. Reaching them, or how fast, is never counted.</source>
        <translation>Passi pianificati almeno all&apos;intervallo che hai scelto dopo quello precedente. Raggiungerli, o con quale rapidità, non viene mai contato.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="138"/>
        <source>Where the journey stands, chosen</source>
        <translation>A che punto è il percorso, scelto</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="139"/>
        <source>Either outcome counts in full.</source>
        <translation>Entrambi gli esiti contano per intero.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="141"/>
        <source>What I want in my next relationship</source>
        <translation>Cosa voglio nella mia prossima relazione</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="142"/>
        <source>What matters to you from here on.</source>
        <translation>Ciò che ti importa da qui in avanti.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress::Report</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="206"/>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %2 su %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="212"/>
        <source>You have done what this step suggests. Come back whenever it helps.</source>
        <translation>Hai fatto ciò che questo passo suggerisce. Torna ogni volta che ti aiuta.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="214"/>
        <source>Nothing here yet, and that is fine. Start whenever you are ready.</source>
        <translation>Ancora niente qui, e va bene così. Inizia quando te la senti.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="216"/>
        <source>Every bit counts. There is no hurry.</source>
        <translation>Ogni piccola cosa conta. Non c&apos;è fretta.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgressIndicator</name>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="26"/>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="26"/>
        <source>Progress %p%</source>
        <translation>Progressi %p%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="29"/>
        <source>Progress 100%</source>
        <translation>Progressi 100%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="71"/>
        <source>Progress in %1</source>
        <translation>Progressi in %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgressModel</name>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="142"/>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="147"/>
        <source>%1, %2 percent</source>
        <translation>%1, %2 per cento</translation>
    </message>
</context>
<context>
    <name>Rekindle::Steps</name>
    <message>
        <location filename="../app/core/Step.cpp" line="22"/>
        <source>Acknowledge</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="23"/>
        <source>Accept that the relationship, as it was, has ended.</source>
        <translation>Riconosci che la relazione, così com&apos;era, è finita.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="25"/>
        <source>Letting yourself accept that it has ended is where every good path starts. Look honestly at why it ended and at your own part in it, without harshness. Give each other time and space: fewer messages give both of you room to steady yourselves, whatever comes next.</source>
        <translation>Permetterti di accettare che è finita è il punto da cui parte ogni buona strada. Guarda con onestà perché è finita e qual è stata la tua parte, senza durezza. Datevi tempo e spazio: meno messaggi danno a voi due modo di ritrovare stabilità, qualunque cosa venga dopo.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="30"/>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or %1.</source>
        <translation>Inizia scrivendo cosa è successo, con parole tue. Quando te la senti, comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="39"/>
        <source>Write about one thing you would like to grow in. Begin with the button below or %1.</source>
        <translation>Scrivi di una cosa in cui vorresti crescere. Comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="50"/>
        <source>Write about how you are and what you need right now. Begin with the button below or %1.</source>
        <translation>Scrivi di come stai e di cosa ti serve adesso. Comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="60"/>
        <source>Write about what honesty looks like for you right now. Begin with the button below or %1.</source>
        <translation>Scrivi di cosa significa per te la sincerità adesso. Comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="69"/>
        <source>Write about the pace that feels right to you. Begin with the button below or %1.</source>
        <translation>Scrivi del ritmo che ti sembra giusto. Comincia con il pulsante qui sotto o con %1.</translation>
    </message>
    <message>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Inizia scrivendo cosa è successo, con parole tue. Quando te la senti, comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="33"/>
        <source>Work on Yourself</source>
        <translation>Lavora su di te</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="34"/>
        <source>Use this time for your own growth.</source>
        <translation>Usa questo tempo per la tua crescita.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="35"/>
        <source>This time is yours. Move your body, pick up something new, talk to a professional about what weighs on you. You do this for yourself first; feeling steadier is worth it in itself, whatever happens next.</source>
        <translation>Questo tempo è tuo. Muovi il corpo, inizia qualcosa di nuovo, parla con un professionista di ciò che ti pesa. Lo fai prima di tutto per te; sentirti più stabile vale di per sé, qualunque cosa succeda dopo.</translation>
    </message>
    <message>
        <source>Write about one thing you would like to grow in. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Scrivi di una cosa in cui vorresti crescere. Comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="42"/>
        <source>Reconnect</source>
        <translation>Riavvicinati</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="43"/>
        <source>Reach out lightly, when you are both ready.</source>
        <translation>Fatti sentire con leggerezza, quando è il momento giusto per voi due.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="44"/>
        <source>Only if it is safe and welcome: once space has been given and you feel steadier, a short, friendly message is one possible step. Ask how they are or share something good, and leave the past and heavy topics aside. Silence or a no is an answer to respect. If they are open to it, a coffee or a walk is plenty.</source>
        <translation>Solo se è sicuro e gradito: quando hai dato spazio e ti senti più stabile, un messaggio breve e cordiale è un passo possibile. Chiedi come sta o condividi qualcosa di bello, e lascia da parte il passato e gli argomenti pesanti. Il silenzio o un no sono una risposta da rispettare. Se l&apos;altra persona è disponibile, un caffè o una passeggiata bastano.</translation>
    </message>
    <message>
        <source>Write about how you are and what you need right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Scrivi di come stai e di cosa ti serve adesso. Comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="53"/>
        <source>Rebuild Trust</source>
        <translation>Ricostruisci la fiducia</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="54"/>
        <source>Be honest, keep your word, work on what comes up.</source>
        <translation>Parla con sincerità, mantieni la parola, lavora su ciò che emerge.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="56"/>
        <source>Trust grows slowly from small things done reliably. Be open about how you feel, keep the promises you make, and face issues together when they arise instead of around them.</source>
        <translation>La fiducia cresce lentamente da piccole cose fatte con costanza. Parla apertamente di come ti senti, mantieni le promesse che fai e affrontate insieme le questioni quando emergono, invece di girarci intorno.</translation>
    </message>
    <message>
        <source>Write about what honesty looks like for you right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Scrivi di cosa significa per te la sincerità adesso. Comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="63"/>
        <source>Take Things Slow</source>
        <translation>Vai piano</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="64"/>
        <source>Let a strong foundation form at its own pace.</source>
        <translation>Lascia che fondamenta solide si formino con i loro tempi.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="65"/>
        <source>There is no rush. Let trust and connection settle before anything formal, and notice when you feel pressure to speed up. Whatever the outcome, the care you have put into yourself stays with you.</source>
        <translation>Non c&apos;è fretta. Lascia che fiducia e legame si assestino prima di qualcosa di ufficiale, e nota quando senti la pressione di accelerare. Qualunque sia l&apos;esito, la cura che hai dedicato a te resta con te.</translation>
    </message>
    <message>
        <source>Write about the pace that feels right to you. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Scrivi del ritmo che ti sembra giusto. Comincia con il pulsante qui sotto o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="127"/>
        <source>You have moved on, and that is a good place to be. Keep writing about what you have learned and what you feel; the distance you keep now is time for yourself.</source>
        <translation>Hai voltato pagina, ed è un buon posto in cui stare. Continua a scrivere di ciò che hai imparato e di ciò che senti; la distanza che mantieni ora è tempo per te.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="132"/>
        <source>This time is yours, fully. Keep the goals that do you good, celebrate small wins, and let caring for yourself be the whole point.</source>
        <translation>Questo tempo è tutto tuo. Tieni gli obiettivi che ti fanno bene, festeggia le piccole vittorie e lascia che prenderti cura di te sia il punto di tutto.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StreamSealer</name>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="56"/>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation>Il file è danneggiato o è stato modificato, quindi non può essere aperto.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="61"/>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation>Il file è incompleto: è stato troncato, quindi non può essere aperto.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="93"/>
        <source>This is not an encrypted Rekindle export.</source>
        <translation>Questa non è un&apos;esportazione cifrata di Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="99"/>
        <source>The file was encrypted by a newer version of Rekindle. Update Rekindle to open it.</source>
        <translation>Il file è stato cifrato da una versione più recente di Rekindle. Aggiorna Rekindle per aprirlo.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="166"/>
        <source>The export could not be encrypted.</source>
        <translation>Non è stato possibile cifrare l&apos;esportazione.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="67"/>
        <source>The passphrase does not open this file, or the file was changed.</source>
        <translation>La passphrase non apre questo file, oppure il file è stato modificato.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="32"/>
        <source>Support and Safety</source>
        <translation>Supporto e sicurezza</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="34"/>
        <source>When things are hard, you do not have to face them alone. These services are free and long established. If you are in danger right now, call the emergency number.</source>
        <translation>Quando le cose sono difficili, non devi affrontarle in solitudine. Questi servizi sono gratuiti e attivi da molto tempo. Se sei in pericolo in questo momento, chiama il numero di emergenza.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="41"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="49"/>
        <source>Another country</source>
        <translation>Un altro paese</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="57"/>
        <source>My own support contacts</source>
        <translation>I miei contatti di supporto</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="58"/>
        <source>A therapist, a friend, a family member: names and numbers</source>
        <translation>Un terapeuta, un amico, un familiare: nomi e numeri</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="63"/>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="66"/>
        <source>My &amp;own support contacts (kept in this journal):</source>
        <translation>I miei &amp;contatti di supporto (conservati in questo diario):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="68"/>
        <source>Rekindle only shows these numbers. It never calls, sends or shares anything.</source>
        <translation>Rekindle mostra soltanto questi numeri. Non chiama, non invia e non condivide mai nulla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportNote</name>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="20"/>
        <source>A Moment for You</source>
        <translation>Un momento per te</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="25"/>
        <source>It sounds like things are very hard right now. You deserve support, and talking to someone can help.</source>
        <translation>Sembra che in questo momento le cose siano molto difficili. Meriti sostegno, e parlare con qualcuno può aiutare.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="40"/>
        <source>Nothing has been sent anywhere. This note can be turned off in Preferences.</source>
        <translation>Non è stato inviato nulla da nessuna parte. Questo avviso si può disattivare nelle Preferenze.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="45"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Supporto e sicurezza…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="47"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportServices</name>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="216"/>
        <source>If you are in danger, call your local emergency number (112 works in many countries, including all of the European Union). Choose your country to see crisis lines and support for abuse there.</source>
        <translation>Se sei in pericolo, chiama il numero di emergenza locale (il 112 funziona in molti paesi, compresa tutta l&apos;Unione europea). Scegli il tuo paese per vedere le linee di crisi e il supporto contro la violenza lì disponibili.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="28"/>
        <source>Emergency services</source>
        <translation>Servizi di emergenza</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="29"/>
        <source>When you or someone else is in danger right now: police, ambulance, fire.</source>
        <translation>Quando tu o qualcun altro siete in pericolo in questo momento: polizia, ambulanza, vigili del fuoco.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="35"/>
        <source>Telefonseelsorge</source>
        <translation>Telefonseelsorge</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="37"/>
        <source>Someone to talk to, day and night, free of charge, about anything weighing on you.</source>
        <translation>Qualcuno con cui parlare, giorno e notte, gratuitamente, di qualsiasi cosa ti pesi.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="41"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="43"/>
        <source>Crisis support and suicide prevention, day and night.</source>
        <translation>Supporto nelle crisi e prevenzione del suicidio, giorno e notte.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="45"/>
        <source>1800RESPECT</source>
        <translation>1800RESPECT</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="47"/>
        <source>Support for people affected by domestic, family or sexual violence.</source>
        <translation>Supporto per chi subisce violenza domestica, familiare o sessuale.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="68"/>
        <source>9-8-8 Suicide Crisis Helpline</source>
        <translation>9-8-8 Suicide Crisis Helpline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="69"/>
        <source>Call or text, day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Chiama o scrivi, giorno e notte, quando pensi al suicidio o sei in pensiero per qualcuno.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="74"/>
        <source>Die Dargebotene Hand / La Main Tendue</source>
        <translation>Die Dargebotene Hand / La Main Tendue</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="76"/>
        <source>Someone to talk to, day and night, about anything weighing on you.</source>
        <translation>Qualcuno con cui parlare, giorno e notte, di qualsiasi cosa ti pesi.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="49"/>
        <location filename="../app/core/SupportServices.cpp" line="79"/>
        <location filename="../app/core/SupportServices.cpp" line="108"/>
        <source>Police</source>
        <translation>Polizia</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="50"/>
        <location filename="../app/core/SupportServices.cpp" line="80"/>
        <location filename="../app/core/SupportServices.cpp" line="109"/>
        <source>When you are threatened or in danger.</source>
        <translation>Quando subisci minacce o sei in pericolo.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="52"/>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="53"/>
        <source>An ambulance, when someone&apos;s health or life is in danger.</source>
        <translation>Un&apos;ambulanza, quando la salute o la vita di qualcuno è in pericolo.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="56"/>
        <source>CVV – Centro de Valorização da Vida</source>
        <translation>CVV – Centro de Valorização da Vida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="58"/>
        <source>Emotional support and suicide prevention, day and night, free of charge.</source>
        <translation>Supporto emotivo e prevenzione del suicidio, giorno e notte, gratuitamente.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="61"/>
        <source>Central de Atendimento à Mulher</source>
        <translation>Central de Atendimento à Mulher</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="63"/>
        <source>For women affected by violence: listening, advice and where to turn, day and night, free of charge.</source>
        <translation>Per le donne che subiscono violenza: ascolto, consulenza e indicazioni su a chi rivolgersi, giorno e notte, gratuitamente.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="82"/>
        <location filename="../app/core/SupportServices.cpp" line="86"/>
        <source>TelefonSeelsorge</source>
        <translation>TelefonSeelsorge</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="84"/>
        <location filename="../app/core/SupportServices.cpp" line="88"/>
        <source>Someone to talk to, day and night, free and anonymous.</source>
        <translation>Qualcuno con cui parlare, giorno e notte, gratuito e anonimo.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="91"/>
        <source>Hilfetelefon Gewalt gegen Frauen</source>
        <translation>Hilfetelefon Gewalt gegen Frauen</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="93"/>
        <source>Advice for women affected by violence, day and night, in many languages.</source>
        <translation>Consulenza per le donne che subiscono violenza, giorno e notte, in molte lingue.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="97"/>
        <source>Línea 024 de atención a la conducta suicida</source>
        <translation>Línea 024 de atención a la conducta suicida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="100"/>
        <source>Day and night, free of charge, when you are thinking about suicide or worried about someone.</source>
        <translation>Giorno e notte, gratuitamente, quando pensi al suicidio o sei in pensiero per qualcuno.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="103"/>
        <source>016</source>
        <translation>016</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="104"/>
        <source>Information and advice for women affected by gender-based violence, day and night, free of charge.</source>
        <translation>Informazioni e consulenza per le donne che subiscono violenza di genere, giorno e notte, gratuitamente.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="112"/>
        <source>Numéro national de prévention du suicide</source>
        <translation>Numéro national de prévention du suicide</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="115"/>
        <source>Day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Giorno e notte, quando pensi al suicidio o sei in pensiero per qualcuno.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="118"/>
        <source>Violences Femmes Info</source>
        <translation>Violences Femmes Info</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="119"/>
        <source>Listening and advice for women affected by violence, and those around them.</source>
        <translation>Ascolto e consulenza per le donne che subiscono violenza e per chi sta loro intorno.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="122"/>
        <location filename="../app/core/SupportServices.cpp" line="133"/>
        <source>Samaritans</source>
        <translation>Samaritans</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="124"/>
        <location filename="../app/core/SupportServices.cpp" line="135"/>
        <source>Someone to talk to, day and night, free, whatever you are going through.</source>
        <translation>Qualcuno con cui parlare, giorno e notte, gratuitamente, qualunque cosa tu stia attraversando.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="127"/>
        <source>National Domestic Abuse Helpline (Refuge)</source>
        <translation>National Domestic Abuse Helpline (Refuge)</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="130"/>
        <source>Free support for anyone experiencing domestic abuse, day and night.</source>
        <translation>Supporto gratuito per chiunque subisca violenza domestica, giorno e notte.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="139"/>
        <source>113 Zelfmoordpreventie</source>
        <translation>113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="140"/>
        <source>When you are thinking about suicide or worried about someone.</source>
        <translation>Quando pensi al suicidio o sei in pensiero per qualcuno.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="144"/>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Suicide &amp; Crisis Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="145"/>
        <source>Call or text, day and night, when you are in distress or thinking about suicide.</source>
        <translation>Chiama o scrivi, giorno e notte, quando stai male o pensi al suicidio.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="149"/>
        <source>National Domestic Violence Hotline</source>
        <translation>National Domestic Violence Hotline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="151"/>
        <source>Confidential support for anyone affected by abuse in a relationship, day and night.</source>
        <translation>Supporto riservato per chiunque subisca abusi in una relazione, giorno e notte.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="163"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="164"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="165"/>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="166"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="167"/>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="168"/>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="169"/>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="170"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="171"/>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="172"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="173"/>
        <source>Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="174"/>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
</context>
<context>
    <name>Rekindle::TakeThingsSlowPage</name>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="28"/>
        <source>Milestones</source>
        <translation>Traguardi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="30"/>
        <source>Foundation</source>
        <translation>Fondamenta</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="32"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="36"/>
        <source>Moving on is a full and good outcome. Take your time; this is for you alone.</source>
        <translation>Voltare pagina è un esito pieno e buono. Prenditi il tuo tempo; questo è solo per te.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="37"/>
        <source>What I want in my &amp;next relationship:</source>
        <translation>Cosa voglio nella mia &amp;prossima relazione:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="38"/>
        <source>How I want to be treated, what I will offer, what I will not accept</source>
        <translation>Come voglio che mi si tratti, cosa offrirò, cosa non accetterò</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="41"/>
        <source>Moving On</source>
        <translation>Vai avanti</translation>
    </message>
</context>
<context>
    <name>Rekindle::TextRewrite</name>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="81"/>
        <source>Rekindle could not rewrite the journal&apos;s text.</source>
        <translation>Rekindle non è riuscito a riscrivere il testo del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="163"/>
        <location filename="../app/storage/TextRewrite.cpp" line="195"/>
        <source>Cancelled: the journal was left as it was.</source>
        <translation>Annullato: il diario è rimasto com&apos;era.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="178"/>
        <source>Rekindle could not read the journal.</source>
        <translation>Rekindle non è riuscito a leggere il diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ThoughtRecord</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="71"/>
        <source>Name each feeling, or remove the empty row.</source>
        <translation>Dai un nome a ogni emozione, oppure rimuovi la riga vuota.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="73"/>
        <source>How strong a feeling is goes from %1 to %2.</source>
        <translation>L&apos;intensità di un&apos;emozione va da %1 a %2.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="83"/>
        <source>Situation</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="84"/>
        <source>Feelings and how strong they were</source>
        <translation>Emozioni e quanto erano forti</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="85"/>
        <source>Automatic thought</source>
        <translation>Pensiero automatico</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="86"/>
        <source>Evidence for the thought</source>
        <translation>Prove a favore del pensiero</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="87"/>
        <source>Evidence against the thought</source>
        <translation>Prove contro il pensiero</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="88"/>
        <source>A more balanced thought</source>
        <translation>Un pensiero più equilibrato</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="89"/>
        <source>Feelings rated again</source>
        <translation>Emozioni rivalutate</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="143"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="144"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Rekindle::ThoughtRecordDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="31"/>
        <source>Thought Record</source>
        <translation>Registro dei pensieri</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="34"/>
        <source>A thought record helps to look at a painful thought from the outside. Fill in what you can; you can come back to it.</source>
        <translation>Un registro dei pensieri aiuta a guardare un pensiero doloroso dall&apos;esterno. Compila ciò che puoi; puoi tornarci sopra.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situazione</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>Where were you, what happened?</source>
        <translation>Dove eri, cosa è successo?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="43"/>
        <source>&amp;Feelings and how strong they were (0–100)</source>
        <translation>&amp;Emozioni e quanto erano forti (0–100)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="44"/>
        <source>Feelings</source>
        <translation>Emozioni</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>&amp;Automatic thought</source>
        <translation>&amp;Pensiero automatico</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>What went through your mind?</source>
        <translation>Cosa ti è passato per la mente?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>Evidence &amp;for the thought</source>
        <translation>Prove a fa&amp;vore del pensiero</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>What supports it?</source>
        <translation>Cosa lo sostiene?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="51"/>
        <source>Evidence a&amp;gainst the thought</source>
        <translation>Prove &amp;contro il pensiero</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="52"/>
        <source>What does not fit? What would a friend point out?</source>
        <translation>Cosa non torna? Cosa ti farebbe notare un&apos;amica o un amico?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="53"/>
        <source>A more &amp;balanced thought</source>
        <translation>Un pensiero più e&amp;quilibrato</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="54"/>
        <source>Taking all of it into account, what is a fairer way to see it?</source>
        <translation>Tenendo conto di tutto, qual è un modo più giusto di vederla?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="56"/>
        <source>Feelings &amp;rated again</source>
        <translation>Emozioni &amp;rivalutate</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="57"/>
        <source>Feelings rated again</source>
        <translation>Emozioni rivalutate</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="59"/>
        <source>Rate the Same Feelings &amp;Again</source>
        <translation>Valuta di &amp;nuovo le stesse emozioni</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="81"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="83"/>
        <source>Save for &amp;Later</source>
        <translation>Salva per &amp;dopo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="193"/>
        <source>Not Saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="194"/>
        <source>This thought record could not be saved. If you close now, it will be lost. Close anyway?</source>
        <translation>Non è stato possibile salvare questo registro dei pensieri. Se chiudi adesso, andrà perso. Chiudere comunque?</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrendStore</name>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="34"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>Non è stato possibile leggere la cronologia del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="63"/>
        <source>The mood history could not be read.</source>
        <translation>Non è stato possibile leggere la cronologia dell&apos;umore.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="118"/>
        <source>The writing history could not be read.</source>
        <translation>Non è stato possibile leggere la cronologia della scrittura.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="145"/>
        <source>The progress of this step could not be read.</source>
        <translation>Non è stato possibile leggere i progressi di questo passo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Trust</name>
    <message>
        <location filename="../app/core/Trust.cpp" line="19"/>
        <location filename="../app/core/Trust.cpp" line="24"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="20"/>
        <source>Kept</source>
        <translation>Mantenuti</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="21"/>
        <source>Broken</source>
        <translation>Mancati</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="25"/>
        <source>Working on it</source>
        <translation>Ci sto lavorando</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="26"/>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="29"/>
        <source>Me</source>
        <translation>Io</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="30"/>
        <source>Them</source>
        <translation>L&apos;altra persona</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="31"/>
        <source>Both of us</source>
        <translation>Tutti e due</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="39"/>
        <source>The day cannot be in the future. Choose today or an earlier day.</source>
        <translation>Il giorno non può essere nel futuro. Scegli oggi o un giorno precedente.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="57"/>
        <source>Write what you shared.</source>
        <translation>Scrivi cosa hai condiviso.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="59"/>
        <location filename="../app/core/Trust.cpp" line="98"/>
        <source>The text is too long: keep it under %1 characters.</source>
        <translation>Il testo è troppo lungo: resta sotto i %1 caratteri.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="63"/>
        <source>Choose the day you shared it.</source>
        <translation>Scegli il giorno in cui l&apos;hai condiviso.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="69"/>
        <source>Write the promise you made.</source>
        <translation>Scrivi la promessa che hai fatto.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="72"/>
        <source>Keep the promise under %1 characters.</source>
        <translation>Resta sotto i %1 caratteri per la promessa.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="76"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota è troppo lunga: resta sotto i %1 caratteri.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="80"/>
        <source>Choose the day you made the promise.</source>
        <translation>Scegli il giorno in cui hai fatto la promessa.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="84"/>
        <source>The due date cannot be before the day the promise was made.</source>
        <translation>La scadenza non può essere prima del giorno in cui è stata fatta la promessa.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="87"/>
        <source>A promise cannot be settled before it was made.</source>
        <translation>Una promessa non può essere decisa prima di essere stata fatta.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="95"/>
        <source>Write what the issue is about.</source>
        <translation>Scrivi di cosa tratta la questione.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="102"/>
        <source>Choose the day it was raised.</source>
        <translation>Scegli il giorno in cui è stata sollevata.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustStore</name>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="75"/>
        <source>This record is no longer in the journal.</source>
        <translation>Questo record non è più nel diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="83"/>
        <location filename="../app/storage/TrustStore.cpp" line="225"/>
        <location filename="../app/storage/TrustStore.cpp" line="281"/>
        <source>The records could not be read.</source>
        <translation>Non è stato possibile leggere i record.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="91"/>
        <source>The record could not be read.</source>
        <translation>Non è stato possibile leggere il record.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="116"/>
        <source>What you shared could not be saved.</source>
        <translation>Non è stato possibile salvare ciò che hai condiviso.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="124"/>
        <source>Your changes could not be saved.</source>
        <translation>Non è stato possibile salvare le tue modifiche.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="174"/>
        <source>The commitment could not be saved.</source>
        <translation>Non è stato possibile salvare l&apos;impegno.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="186"/>
        <source>Your changes to the commitment could not be saved.</source>
        <translation>Non è stato possibile salvare le modifiche all&apos;impegno.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="242"/>
        <source>The issue could not be saved.</source>
        <translation>Non è stato possibile salvare la questione.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="249"/>
        <source>Your changes to the issue could not be saved.</source>
        <translation>Non è stato possibile salvare le modifiche alla questione.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="292"/>
        <source>The record could not be removed.</source>
        <translation>Non è stato possibile rimuovere il record.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustSummarySection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="22"/>
        <source>no promises settled yet</source>
        <translation>ancora nessuna promessa decisa</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="23"/>
        <source>%1 of %2 kept (%3%)</source>
        <translation>%1 su %2 mantenuti (%3%)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="46"/>
        <source>Trust, in numbers</source>
        <translation>La fiducia, in numeri</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="48"/>
        <source>Promises kept, last 30 days:</source>
        <translation>Promesse mantenute, ultimi 30 giorni:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="49"/>
        <source>Promises kept, last 90 days:</source>
        <translation>Promesse mantenute, ultimi 90 giorni:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="50"/>
        <source>Open issues:</source>
        <translation>Questioni aperte:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="51"/>
        <source>Overdue commitments:</source>
        <translation>Impegni scaduti:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="52"/>
        <source>Numbers only tell part of the story. Trust grows from small things done reliably, and from being honest when they are not.</source>
        <translation>I numeri raccontano solo una parte della storia. La fiducia cresce da piccole cose fatte con costanza, e dalla sincerità quando non succede.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TurnOnWork</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="63"/>
        <source>Choose a passphrase.</source>
        <translation>Scegli una passphrase.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UndoNotice</name>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="17"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="18"/>
        <source>D&amp;ismiss</source>
        <translation>Ch&amp;iudi</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="25"/>
        <source>Delete notice</source>
        <translation>Avviso di eliminazione</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="32"/>
        <source>Undo delete</source>
        <translation>Annulla l&apos;eliminazione</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="33"/>
        <source>Bring the deleted record back (Ctrl+Z)</source>
        <translation>Recupera ciò che hai eliminato (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="61"/>
        <source>Deleted ·</source>
        <extracomment>Shown for a few seconds after a delete, before the Undo button</extracomment>
        <translation>Eliminato ·</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="71"/>
        <source>Could not delete: %1 It is back in your journal.</source>
        <translation>Impossibile eliminare: %1 È di nuovo nel tuo diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="95"/>
        <source>Deleted. Undo with Control Z.</source>
        <translation>Eliminato. Annulla con Control Z.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnlockWindow</name>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="30"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="33"/>
        <location filename="../app/ui/UnlockWindow.cpp" line="208"/>
        <source>Opening your journal…</source>
        <translation>Apertura del tuo diario…</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="38"/>
        <source>Rekindle — Locked</source>
        <translation>Rekindle — Bloccato</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="41"/>
        <source>Your journal is locked</source>
        <translation>Il tuo diario è bloccato</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="46"/>
        <source>What you wrote is kept encrypted on this computer. Type your passphrase to open it.</source>
        <translation>Ciò che hai scritto è conservato cifrato su questo computer. Digita la tua passphrase per aprirlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="54"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="56"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="61"/>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="67"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Chiave di recupero:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="70"/>
        <source>The 55 characters you kept when you turned encryption on. Dashes, spaces and upper or lower case do not matter.</source>
        <translation>I 55 caratteri che hai conservato quando hai attivato la cifratura. Trattini, spazi e maiuscole o minuscole non contano.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="93"/>
        <source>Opening your journal</source>
        <translation>Apertura del tuo diario</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="99"/>
        <source>&amp;Support and helplines</source>
        <translation>Supporto e &amp;linee di ascolto</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="156"/>
        <source>If you are struggling, you do not have to unlock anything to reach someone:</source>
        <translation>Se stai attraversando un momento difficile, non devi sbloccare nulla per raggiungere qualcuno:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use my &amp;passphrase</source>
        <translation>Usa la mia &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use the &amp;recovery key</source>
        <translation>Usa la chiave di &amp;recupero</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation type="vanished">Preparazione della ricerca…</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessage</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="36"/>
        <source>Write what you would like to tell them first.</source>
        <translation>Prima scrivi cosa vorresti dire all&apos;altra persona.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="38"/>
        <source>This message is too long to keep. Split it into several.</source>
        <translation>Questo messaggio è troppo lungo da conservare. Dividilo in più messaggi.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="51"/>
        <source>Not decided yet</source>
        <translation>Non ancora deciso</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="53"/>
        <source>Let go</source>
        <translation>Lasciato andare</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="55"/>
        <source>Kept for later</source>
        <translation>Conservato per dopo</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageModel</name>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="54"/>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="68"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="85"/>
        <location filename="../app/models/UnsentMessageModel.cpp" line="92"/>
        <location filename="../app/models/UnsentMessageModel.cpp" line="99"/>
        <source>Choose a message first.</source>
        <translation>Scegli prima un messaggio.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageStore</name>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="69"/>
        <source>The message could not be kept.</source>
        <translation>Non è stato possibile conservare il messaggio.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="76"/>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="93"/>
        <source>Your changes to the message could not be saved.</source>
        <translation>Non è stato possibile salvare le modifiche al messaggio.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="111"/>
        <source>The message could not be deleted.</source>
        <translation>Non è stato possibile eliminare il messaggio.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="118"/>
        <source>The message could not be read.</source>
        <translation>Non è stato possibile leggere il messaggio.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="126"/>
        <source>The messages could not be read.</source>
        <translation>Non è stato possibile leggere i messaggi.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessagesSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="29"/>
        <source>&amp;Keep It Here</source>
        <translation>&amp;Conservalo qui</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="34"/>
        <source>&amp;Let It Go</source>
        <translation>&amp;Lascialo andare</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="35"/>
        <source>Keep for &amp;Later</source>
        <translation>Conserva per &amp;dopo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="36"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="41"/>
        <source>What I want to tell them</source>
        <translation>Cosa voglio dire all&apos;altra persona</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="42"/>
        <source>Write what you want to tell them. It stays in your journal: Rekindle never sends anything.</source>
        <translation>Scrivi cosa vuoi dire all&apos;altra persona. Resta nel tuo diario: Rekindle non invia mai nulla.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="47"/>
        <source>Unsent messages, newest first</source>
        <translation>Messaggi non inviati, dal più recente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="55"/>
        <source>No unsent messages yet. When you feel the pull to write to them, write it above instead and press Keep It Here.</source>
        <translation>Ancora nessun messaggio non inviato. Quando senti il bisogno di scrivere all&apos;altra persona, scrivilo invece qui sopra e premi Conservalo qui.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="58"/>
        <source>The selected message</source>
        <translation>Il messaggio selezionato</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="65"/>
        <source>Write it, don&apos;t send it</source>
        <translation>Scrivilo, non inviarlo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="141"/>
        <source>Kept, not sent. Read it again tomorrow, with fresh eyes, before deciding anything.</source>
        <translation>Conservato, non inviato. Rileggilo domani, a mente fresca, prima di decidere qualsiasi cosa.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="159"/>
        <source>Choose a message to read it again.</source>
        <translation>Scegli un messaggio per rileggerlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="169"/>
        <source>Written %1. %2.</source>
        <translation>Scritto il %1. %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="171"/>
        <source>Written %1. A day has passed: read it again. Does it still feel true? Let it go, or keep it for later.</source>
        <translation>Scritto il %1. È passato un giorno: rileggilo. Ti sembra ancora vero? Lascialo andare, o conservalo per dopo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="175"/>
        <source>Written %1. Give it a day before you decide anything about it.</source>
        <translation>Scritto il %1. Lascia passare un giorno prima di decidere qualcosa.</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation type="vanished">Elimina messaggio</translation>
    </message>
    <message>
        <source>Delete this unsent message for good?</source>
        <translation type="vanished">Eliminare definitivamente questo messaggio non inviato?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Elimina</translation>
    </message>
</context>
<context>
    <name>Rekindle::Urge</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="19"/>
        <source>Rate how strong the urge was from %1 (mild) to %2 (very strong).</source>
        <translation>Valuta quanto era forte l&apos;impulso da %1 (lieve) a %2 (molto forte).</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="23"/>
        <source>Choose when the urge came.</source>
        <translation>Scegli quando è arrivato l&apos;impulso.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="25"/>
        <source>An urge cannot be logged in the future.</source>
        <translation>Un impulso non può essere registrato nel futuro.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="28"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota è troppo lunga: resta sotto i %1 caratteri.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ValueSealer</name>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="73"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked.</source>
        <translation>La chiave del diario è danneggiata, quindi il diario non può essere sbloccato.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="106"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="115"/>
        <source>Rekindle could not encrypt this text.</source>
        <translation>Rekindle non è riuscito a cifrare questo testo.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="138"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="145"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="166"/>
        <source>This text is damaged and cannot be read.</source>
        <translation>Questo testo è danneggiato e non può essere letto.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="141"/>
        <source>This text was encrypted by a newer version of Rekindle.</source>
        <translation>Questo testo è stato cifrato da una versione più recente di Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="158"/>
        <source>This text cannot be read: it was changed, or it belongs to another place in the journal.</source>
        <translation>Questo testo non può essere letto: è stato modificato, oppure appartiene a un altro punto del diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WelcomeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="21"/>
        <source>Welcome</source>
        <translation>Ti diamo il benvenuto</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="28"/>
        <source>This is a private journal for the time after a breakup. It walks with you through five steps, at your own pace:</source>
        <translation>Questo è un diario privato per il periodo dopo una separazione. Ti accompagna in cinque passi, con i tuoi tempi:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="32"/>
        <source>Reconnecting is one possible path. Moving on is an equally good one, and the journal supports both. Nothing here is a test, and nothing is ever sent.</source>
        <translation>Riavvicinarsi è una strada possibile. Voltare pagina è una strada altrettanto buona, e il diario le sostiene entrambe. Niente qui è un esame, e non viene mai inviato nulla.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="35"/>
        <source>When things are hard, Help ▸ Support and Safety lists helplines, and there is a link on every step.</source>
        <translation>Quando le cose sono difficili, Aiuto ▸ Supporto e sicurezza elenca le linee di ascolto, e c&apos;è un collegamento in ogni passo.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>&amp;Start Writing</source>
        <translation>&amp;Inizia a scrivere</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="58"/>
        <source>You can also keep this journal encrypted with a passphrase, so that only you can read it, even if someone opens the file or finds this computer. Rekindle then asks for it when it starts and locks the journal when you step away. You can do this now or any time later in Preferences.</source>
        <translation>Puoi anche tenere questo diario cifrato con una passphrase, così che solo tu possa leggerlo, anche se qualcuno apre il file o trova questo computer. Rekindle la chiede all&apos;avvio e blocca il diario quando ti allontani. Puoi farlo adesso o in qualsiasi momento nelle Preferenze.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="67"/>
        <source>&amp;Not Now, Start Writing</source>
        <translation>&amp;Non ora, inizia a scrivere</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="69"/>
        <source>&amp;Protect With a Passphrase…</source>
        <translation>&amp;Proteggi con una passphrase…</translation>
    </message>
</context>
<context>
    <name>Rekindle::WorkOnYourselfPage</name>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="27"/>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="29"/>
        <source>Small Wins</source>
        <translation>Piccole vittorie</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritePass</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="168"/>
        <source>The file changed while it was imported. Nothing was changed.</source>
        <translation>Il file è cambiato durante l&apos;importazione. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingActivityChart</name>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="21"/>
        <source>Journal writing per week</source>
        <translation>Scrittura nel diario a settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="22"/>
        <source>Nothing written in this period yet. Each entry you write shows here, week by week.</source>
        <translation>Ancora niente scritto in questo periodo. Ogni voce che scrivi compare qui, settimana per settimana.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="42"/>
        <source>Entries per week</source>
        <translation>Voci a settimana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="54"/>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Entries</source>
        <translation>Voci</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="68"/>
        <source>Week of %1: %n entries</source>
        <translation>
            <numerusform>Settimana del %1: %n voce</numerusform>
            <numerusform>Settimana del %1: %n voci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingEdit</name>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="155"/>
        <source>No Suggestions</source>
        <translation>Nessun suggerimento</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="171"/>
        <source>Add to Dictionary</source>
        <translation>Aggiungi al dizionario</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="179"/>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
</context>
</TS>
