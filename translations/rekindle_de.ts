<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Rekindle</source>
        <translation type="vanished">Rekindle</translation>
    </message>
    <message>
        <location filename="../app/models/JournalSession.cpp" line="33"/>
        <source>Rekindle could not create a folder for the sample journal.</source>
        <translation>Rekindle konnte keinen Ordner für das Beispieltagebuch anlegen.</translation>
    </message>
    <message>
        <source>Rekindle — Sample Journal</source>
        <translation type="vanished">Rekindle — Beispieltagebuch</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="250"/>
        <source>Rekindle Journal</source>
        <translation>Rekindle-Tagebuch</translation>
    </message>
</context>
<context>
    <name>Rekindle</name>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="84"/>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation>Diesen Eintrag gibt es nicht mehr. Vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="60"/>
        <source>The journal folder %1 is a file, not a folder. Choose another folder.</source>
        <translation>Der Tagebuchordner %1 ist eine Datei, kein Ordner. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="64"/>
        <source>Rekindle cannot create the journal folder %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle kann den Tagebuchordner %1 nicht anlegen. Prüfe, ob du dort schreiben darfst, oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="103"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Rekindle geschrieben. Aktualisiere Rekindle, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="84"/>
        <source>Rekindle cannot remove the leftover lock file %1. Check the permissions of its folder, or delete the file yourself.</source>
        <translation>Rekindle kann die übrig gebliebene Sperrdatei %1 nicht entfernen. Prüfe die Berechtigungen ihres Ordners oder lösche die Datei selbst.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="93"/>
        <source>This journal is open on another computer, “%1”. Close Rekindle there; if that computer is off, open the Rekindle window here to take the journal over.</source>
        <translation>Dieses Tagebuch ist auf einem anderen Computer geöffnet, „%1“. Schließe Rekindle dort; wenn dieser Computer aus ist, öffne hier das Rekindle-Fenster, um das Tagebuch zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="99"/>
        <source>This journal is already open in another Rekindle window. Switch to that window, or close it and try again.</source>
        <translation>Dieses Tagebuch ist schon in einem anderen Rekindle-Fenster geöffnet. Wechsle zu diesem Fenster oder schließe es und versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="102"/>
        <source>This journal is in use by another program on this computer (%1, process %2). Close it and try again.</source>
        <translation>Dieses Tagebuch wird auf diesem Computer von einem anderen Programm verwendet (%1, Prozess %2). Schließe es und versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="104"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="78"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>Rekindle kann die Tagebuchdatei %1 nicht lesen. Prüfe ihre Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="85"/>
        <source>The journal file is damaged or is not a Rekindle journal. Rekindle left it unchanged.</source>
        <translation>Die Tagebuchdatei ist beschädigt oder kein Rekindle-Tagebuch. Rekindle hat sie nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="67"/>
        <source>The sample reflections could not be created.</source>
        <translation>Die Beispiel-Reflexionen konnten nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="175"/>
        <source>I saw a photo of them with friends, looking happy.</source>
        <translation>Ich habe ein Foto von ihr mit Freunden gesehen, sie sah glücklich aus.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="177"/>
        <source>They have moved on completely and never think of me.</source>
        <translation>Sie hat komplett abgeschlossen und denkt nie an mich.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="178"/>
        <source>They look happy in the photo.</source>
        <translation>Auf dem Foto sieht sie glücklich aus.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="179"/>
        <source>One photo shows one moment. I look happy in photos on hard days too.</source>
        <translation>Ein Foto zeigt einen Moment. Auch an schweren Tagen sehe ich auf Fotos glücklich aus.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="181"/>
        <source>I do not know how they feel. I can look after how I feel.</source>
        <translation>Ich weiß nicht, wie es ihr geht. Ich kann mich darum kümmern, wie es mir geht.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="202"/>
        <source>What did I enjoy doing just for myself this week?</source>
        <translation>Was habe ich diese Woche gern nur für mich getan?</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="136"/>
        <source>The sample journal could not be created.</source>
        <translation>Das Beispieltagebuch konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="53"/>
        <source>This goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation type="vanished">Die Datei kann nicht importiert werden. In %1: %2 Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="35"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="37"/>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="39"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="41"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="43"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="45"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="49"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="108"/>
        <source>&quot;%1&quot; is missing; it is required.</source>
        <translation>„%1“ fehlt; es ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="116"/>
        <source>&quot;%1&quot; must be an id: text of 1 to %2 characters, not %3.</source>
        <translation>„%1“ muss eine ID sein: Text mit 1 bis %2 Zeichen, nicht %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="119"/>
        <source>text of %1 characters</source>
        <translation>Text mit %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="125"/>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>„%1“ muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="128"/>
        <source>&quot;%1&quot; is too long: %2 characters, at most %3 are allowed.</source>
        <translation>„%1“ ist zu lang: %2 Zeichen, höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="137"/>
        <source>&quot;%1&quot; is blank; it must have some text.</source>
        <translation>„%1“ ist leer; es braucht etwas Text.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="138"/>
        <source>&quot;%1&quot; is too short: it needs at least %2 characters besides spaces.</source>
        <translation>„%1“ ist zu kurz: Es braucht mindestens %2 Zeichen außer Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="146"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein, nicht %4.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="155"/>
        <source>&quot;%1&quot; must be a date and time like 2026-03-14T09:30:00.000Z.</source>
        <translation>„%1“ muss ein Datum mit Uhrzeit sein, etwa 2026-03-14T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="160"/>
        <source>&quot;%1&quot; must be a day like 2026-03-14.</source>
        <translation>„%1“ muss ein Tag sein, etwa 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="176"/>
        <source>exactly one of %1 must be set, not %2.</source>
        <translation>genau eines von %1 muss gesetzt sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="187"/>
        <source>%1 (uid &quot;%2&quot;)</source>
        <translation>%1 (UID „%2“)</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="196"/>
        <source>%1 The record&apos;s uid is &quot;%2&quot;.</source>
        <translation>%1 Die UID des Datensatzes ist „%2“.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="217"/>
        <source>The journal could not be read.</source>
        <translation>Das Tagebuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="228"/>
        <source>it appears twice; a file holds each name once.</source>
        <translation>Der Name kommt zweimal vor; in einer Datei steht jeder Name nur einmal.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="62"/>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Diesen Eintrag gibt es nicht mehr. Vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="35"/>
        <source>This reflection no longer exists. It may have been deleted.</source>
        <translation>Diese Reflexion gibt es nicht mehr. Vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="96"/>
        <source>The reflection could not be read.</source>
        <translation>Die Reflexion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="56"/>
        <source>This contact is no longer in the journal.</source>
        <translation>Dieser Kontakt ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="47"/>
        <source>This message is no longer in the journal.</source>
        <translation>Diese Nachricht ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="29"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="43"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>Der Schlüssel des Tagebuchs ist beschädigt, deshalb kann das Tagebuch nicht entsperrt werden. Eine Sicherung enthält vielleicht noch eine intakte Kopie.</translation>
    </message>
    <message>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation type="vanished">Die Datei ist beschädigt oder wurde verändert, deshalb kann sie nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation type="vanished">Die Datei ist unvollständig: Sie wurde abgeschnitten, deshalb kann sie nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="60"/>
        <source>Search index: damaged (%1)</source>
        <translation>Suchindex: beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="67"/>
        <source>Search index: damaged (%1 index entries, %2 without their text, for %3 records)</source>
        <translation>Suchindex: beschädigt (%1 Indexeinträge, %2 ohne ihren Text, für %3 Datensätze)</translation>
    </message>
    <message>
        <source>Search index: holds %1 records, the journal %2</source>
        <translation type="vanished">Suchindex: enthält %1 Datensätze, das Tagebuch %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="100"/>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="110"/>
        <source>%1, record %2: the text of &quot;%3&quot; is not valid UTF-8</source>
        <translation>%1, Datensatz %2: Der Text von „%3“ ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="131"/>
        <source>Journal settings</source>
        <translation>Tagebuch-Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="133"/>
        <source>Text: all valid UTF-8</source>
        <translation>Text: alles gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="37"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="51"/>
        <source>The passphrase is too long (at most %1 bytes).</source>
        <translation>Die Passphrase ist zu lang (höchstens %1 Bytes).</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="63"/>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>Die Passphrase ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="158"/>
        <source>No passphrase was typed.</source>
        <translation>Es wurde keine Passphrase eingegeben.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="38"/>
        <source>The search index could not be restored.</source>
        <translation>Der Suchindex konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="46"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="48"/>
        <source>The font of your entries. It is kept on this computer, not in the journal.</source>
        <translation>Die Schrift deiner Einträge. Sie wird auf diesem Computer gespeichert, nicht im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="53"/>
        <source>Text &amp;font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="56"/>
        <source>Text si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="64"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="74"/>
        <source>&amp;Spelling language:</source>
        <translation>Sprache der &amp;Rechtschreibprüfung:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="83"/>
        <source>Spell checking is off: no dictionary was found on this computer. Install one (on Debian and Ubuntu a hunspell-* package, such as hunspell-en-us) and open Preferences again.</source>
        <translation>Die Rechtschreibprüfung ist aus: Auf diesem Computer wurde kein Wörterbuch gefunden. Installiere eines (unter Debian und Ubuntu ein Paket hunspell-*, etwa hunspell-de-de) und öffne die Einstellungen noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="87"/>
        <source>The language and the words you add are kept in the journal.</source>
        <translation>Die Sprache und die Wörter, die du hinzufügst, werden im Tagebuch gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="105"/>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>Rekindle::AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="20"/>
        <source>About Rekindle</source>
        <translation>Über Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="36"/>
        <source>A private journal that walks you through five steps after a breakup, at your own pace. Moving on is a good outcome too.</source>
        <translation>Ein privates Tagebuch, das dich nach einer Trennung in deinem eigenen Tempo durch fünf Schritte begleitet. Loszulassen ist auch ein guter Weg.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="38"/>
        <source>Everything you write stays on this computer. Rekindle never uses the network and collects nothing.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer. Rekindle nutzt nie das Netzwerk und sammelt nichts.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="40"/>
        <source>Your journal: %1</source>
        <translation>Dein Tagebuch: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="41"/>
        <source>Copyright 2026 The Rekindle authors. Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation>Copyright 2026 Die Rekindle-Autoren. Lizenziert unter der GNU General Public License, Version 3 oder später. Erstellt mit Qt %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::AcknowledgePage</name>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="33"/>
        <source>Where I Stand</source>
        <translation>Wo ich stehe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="35"/>
        <source>My Part</source>
        <translation>Mein Anteil</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="37"/>
        <source>Space</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="39"/>
        <source>Unsent Messages</source>
        <translation>Ungesendete Nachrichten</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupFile</name>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="56"/>
        <location filename="../app/storage/BackupFile.cpp" line="61"/>
        <source>The new backup cannot be read.</source>
        <translation>Die neue Sicherung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="63"/>
        <source>The new backup is damaged.</source>
        <translation>Die neue Sicherung ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="84"/>
        <source>A file named %1 already exists.</source>
        <translation>Eine Datei namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="91"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>Die Sicherung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="101"/>
        <source>Rekindle cannot write the backup in %1. Check that you may write there and that the disk has room.</source>
        <translation>Rekindle kann die Sicherung nicht in %1 schreiben. Prüfe, ob du dort schreiben darfst und ob auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="115"/>
        <location filename="../app/storage/BackupFile.cpp" line="119"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle konnte das Tagebuch nicht sichern.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="126"/>
        <source>Rekindle could not finish writing the backup to the disk.</source>
        <translation>Rekindle konnte die Sicherung nicht vollständig auf den Datenträger schreiben.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="128"/>
        <source>The new backup is incomplete.</source>
        <translation>Die neue Sicherung ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="133"/>
        <source>Rekindle could not give the backup its name %1.</source>
        <translation>Rekindle konnte der Sicherung nicht ihren Namen %1 geben.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="204"/>
        <source>Rekindle cannot prepare the backup folder %1. Check its permissions.</source>
        <translation>Rekindle kann den Sicherungsordner %1 nicht vorbereiten. Prüfe seine Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupList</name>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="22"/>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="24"/>
        <source>Before an update of Rekindle</source>
        <translation>Vor einer Aktualisierung von Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="26"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="29"/>
        <source>Copy made by hand</source>
        <extracomment>A backup the person made with &quot;rekindle --backup&quot; and put in the backups folder.</extracomment>
        <translation>Von Hand gemachte Kopie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="46"/>
        <source>No records</source>
        <translation>Keine Datensätze</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="54"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="75"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="78"/>
        <source>Incomplete or damaged: cannot be restored</source>
        <translation>Unvollständig oder beschädigt: kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>Rekindle::Backups</name>
    <message>
        <location filename="../app/storage/Backups.cpp" line="138"/>
        <location filename="../app/storage/Backups.cpp" line="338"/>
        <source>The backup %1 cannot be read.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="143"/>
        <location filename="../app/storage/Backups.cpp" line="154"/>
        <source>The backup cannot be read.</source>
        <translation>Die Sicherung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="209"/>
        <source>The search index could not be tidied.</source>
        <translation>Der Suchindex konnte nicht aufgeräumt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="225"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>Die Sicherung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="255"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle konnte das Tagebuch nicht sichern.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="323"/>
        <source>An old backup could not be deleted: %1</source>
        <translation>Eine alte Sicherung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="335"/>
        <source>Rekindle could not make a temporary folder for the restore.</source>
        <translation>Rekindle konnte keinen temporären Ordner für die Wiederherstellung anlegen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="346"/>
        <location filename="../app/storage/Backups.cpp" line="356"/>
        <source>The backup cannot be restored: %1</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="376"/>
        <location filename="../app/storage/Backups.cpp" line="382"/>
        <source>The current journal could not be backed up, so nothing was changed. %1</source>
        <translation>Das aktuelle Tagebuch konnte nicht gesichert werden, deshalb wurde nichts verändert. %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CalendarDialog</name>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="22"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="23"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="35"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="38"/>
        <source>Days with writing</source>
        <translation>Tage mit Einträgen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="40"/>
        <source>Days with entries are bold. Enter opens the first entry of the day; Page Up and Page Down change the month.</source>
        <translation>Tage mit Einträgen sind fett. Die Eingabetaste öffnet den ersten Eintrag des Tages; Bild auf und Bild ab wechseln den Monat.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="53"/>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="54"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="55"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="56"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="67"/>
        <source>&amp;Open Entry</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="82"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="134"/>
        <source>%1 on this day.</source>
        <translation>%1 an diesem Tag.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="83"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="135"/>
        <source>Nothing written on this day.</source>
        <translation>An diesem Tag hast du nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="133"/>
        <source>Nothing written this month.</source>
        <translation>In diesem Monat hast du nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="147"/>
        <source>Nothing written on %1.</source>
        <translation>Am %1 hast du nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CareActions</name>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="30"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="40"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Unterstützung und Sicherheit …</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="41"/>
        <source>&amp;Quick Hide</source>
        <translation>&amp;Schnell ausblenden</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="44"/>
        <source>Helplines and your own support contacts</source>
        <translation>Hilfetelefone und deine eigenen Kontakte für Unterstützung</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="49"/>
        <source>Hide the window at once</source>
        <translation>Das Fenster sofort ausblenden</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="51"/>
        <source>Hide the window at once (%1)</source>
        <translation>Das Fenster sofort ausblenden (%1)</translation>
    </message>
    <message>
        <source>Hide the window at once (Ctrl+Shift+H)</source>
        <translation type="vanished">Das Fenster sofort ausblenden (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="161"/>
        <source>A quiet moment for yourself, if you would like one.</source>
        <translation>Ein ruhiger Moment für dich, wenn du magst.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CarePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="27"/>
        <source>Offer &amp;support resources after a very low mood or words of self-harm</source>
        <translation>&amp;Unterstützung anbieten nach einer sehr gedrückten Stimmung oder Worten über Selbstverletzung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="32"/>
        <source>Use a &amp;neutral window title (“Journal”)</source>
        <translation>Einen &amp;neutralen Fenstertitel verwenden („Tagebuch“)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="39"/>
        <source>A gentle daily &amp;reminder at</source>
        <translation>Eine sanfte tägliche &amp;Erinnerung um</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="45"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="53"/>
        <source>Nothing here sends anything anywhere. The reminder shows no journal text and no names, says nothing about contacting anyone, and stays silent while the journey is about safety or a no.</source>
        <translation>Nichts hier sendet irgendetwas irgendwohin. Die Erinnerung zeigt keinen Tagebuchtext und keine Namen, sagt nichts über Kontakt zu jemandem und schweigt, solange es auf deinem Weg um Sicherheit oder ein Nein geht.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="72"/>
        <source>Care and Privacy</source>
        <translation>Fürsorge und Privatsphäre</translation>
    </message>
</context>
<context>
    <name>Rekindle::ChartStore</name>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="50"/>
        <source>The history of space could not be read.</source>
        <translation>Der Verlauf des Abstands konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="88"/>
        <source>The goals could not be read.</source>
        <translation>Die Ziele konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="116"/>
        <source>The check-ins could not be read.</source>
        <translation>Die Check-ins konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="136"/>
        <source>The contacts could not be read.</source>
        <translation>Die Kontakte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="158"/>
        <source>The commitments could not be read.</source>
        <translation>Die Zusagen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="173"/>
        <source>The milestones could not be read.</source>
        <translation>Die Meilensteine konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="210"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>Der Verlauf des Tagebuchs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="282"/>
        <location filename="../app/storage/ChartStore.cpp" line="297"/>
        <location filename="../app/storage/ChartStore.cpp" line="320"/>
        <location filename="../app/storage/ChartStore.cpp" line="348"/>
        <location filename="../app/storage/ChartStore.cpp" line="365"/>
        <source>The progress of this step could not be read.</source>
        <translation>Der Fortschritt dieses Schritts konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CheckReport</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="142"/>
        <source>Result: the journal is healthy.</source>
        <translation>Ergebnis: Das Tagebuch ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="144"/>
        <source>Result: problems found: %1</source>
        <translation>Ergebnis: Probleme gefunden: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommandLine</name>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <source>Keep the journal in &lt;folder&gt; instead of the standard location.</source>
        <translation>Das Tagebuch in &lt;Ordner&gt; statt am Standardort ablegen.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <location filename="../app/core/CommandLine.cpp" line="90"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="71"/>
        <source>Open a sample journal in a temporary folder, to look around. Your own journal is not touched.</source>
        <translation>Ein Beispieltagebuch in einem temporären Ordner öffnen, um dich umzusehen. Dein eigenes Tagebuch bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>How many days of history the sample journal has (1 to 36500).</source>
        <translation>Wie viele Tage Verlauf das Beispieltagebuch hat (1 bis 36500).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>Average journal entries per day in the sample journal (0.1 to 20).</source>
        <translation>Durchschnittliche Tagebucheinträge pro Tag im Beispieltagebuch (0.1 bis 20).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="80"/>
        <source>Export the journal to FILE as &lt;format&gt; (json, csv, markdown, html or pdf), without opening a window. Unless --encrypt-export is given, the file is not encrypted: anyone who gets it can read it.</source>
        <translation>Das Tagebuch als &lt;Format&gt; (json, csv, markdown, html oder pdf) nach DATEI exportieren, ohne ein Fenster zu öffnen. Ohne --encrypt-export ist die Datei nicht verschlüsselt: Wer sie bekommt, kann sie lesen.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="119"/>
        <source>A private journal that walks you through five steps after a breakup.</source>
        <translation>Ein privates Tagebuch, das dich nach einer Trennung durch fünf Schritte begleitet.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="214"/>
        <source>Use one of --export, --import, --backup, --check, --encrypt and --decrypt at a time.</source>
        <translation>Verwende jeweils nur eine der Optionen --export, --import, --backup, --check, --encrypt und --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="219"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="150"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="157"/>
        <source>--demo-days must be a whole number from 1 to 36500.</source>
        <translation>--demo-days muss eine ganze Zahl von 1 bis 36500 sein.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="162"/>
        <source>--demo-entries-per-day must be a number from 0.1 to 20.</source>
        <translation>--demo-entries-per-day muss eine Zahl von 0.1 bis 20 sein.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="272"/>
        <source>--%1 needs a file.</source>
        <translation>--%1 braucht eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="277"/>
        <source>--passphrase-file goes with --export, --import, --backup, --check, --encrypt or --decrypt.</source>
        <translation>--passphrase-file gehört zu --export, --import, --backup, --check, --encrypt oder --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="283"/>
        <source>--yes goes with --decrypt.</source>
        <translation>--yes gehört zu --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="289"/>
        <source>--encrypt-export goes with --export json: only a JSON export can be encrypted.</source>
        <translation>--encrypt-export gehört zu --export json: Nur ein JSON-Export kann verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="295"/>
        <source>--export-passphrase-file goes with --encrypt-export or --import.</source>
        <translation>--export-passphrase-file gehört zu --encrypt-export oder --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="310"/>
        <source>License GPL-3.0-or-later. Everything you write stays on this computer.</source>
        <translation>Lizenz GPL-3.0-or-later. Alles, was du schreibst, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="83"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="85"/>
        <source>Import a JSON export into the journal, adding what it does not have yet.</source>
        <translation>Einen JSON-Export in das Tagebuch importieren und hinzufügen, was es noch nicht enthält.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="86"/>
        <location filename="../app/core/CommandLine.cpp" line="109"/>
        <location filename="../app/core/CommandLine.cpp" line="116"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="88"/>
        <source>With --import: replace the journal&apos;s content with the file&apos;s.</source>
        <translation>Mit --import: den Inhalt des Tagebuchs durch den der Datei ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="89"/>
        <source>Write a backup copy of the journal into &lt;folder&gt;.</source>
        <translation>Eine Sicherungskopie des Tagebuchs in &lt;Ordner&gt; schreiben.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="92"/>
        <source>Check the journal for damage and report; exit status 0 when healthy.</source>
        <translation>Das Tagebuch auf Schäden prüfen und berichten; Exit-Status 0, wenn alles in Ordnung ist.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="93"/>
        <source>With --export: only from this day (YYYY-MM-DD).</source>
        <translation>Mit --export: erst ab diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="94"/>
        <location filename="../app/core/CommandLine.cpp" line="96"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="95"/>
        <source>With --export: only up to this day (YYYY-MM-DD).</source>
        <translation>Mit --export: nur bis zu diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>With --export: only this step (1 to 5).</source>
        <translation>Mit --export: nur dieser Schritt (1 bis 5).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="99"/>
        <source>Protect the journal with a passphrase: every text is encrypted. Asks for the new passphrase twice (or reads --passphrase-file), then shows the recovery key once.</source>
        <translation>Das Tagebuch mit einer Passphrase schützen: Jeder Text wird verschlüsselt. Fragt zweimal nach der neuen Passphrase (oder liest --passphrase-file) und zeigt dann einmal den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="102"/>
        <source>Turn the journal&apos;s encryption off, after a confirmation: every text is then stored readable again.</source>
        <translation>Die Verschlüsselung des Tagebuchs nach einer Bestätigung ausschalten: Jeder Text wird dann wieder lesbar gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="104"/>
        <source>With --decrypt: do not ask for a confirmation.</source>
        <translation>Mit --decrypt: nicht nach einer Bestätigung fragen.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="106"/>
        <source>Read the journal&apos;s passphrase (with --encrypt: the new one) from the first line of &lt;file&gt; instead of asking on the terminal. The way for scripts: keep the file private.</source>
        <translation>Die Passphrase des Tagebuchs (mit --encrypt: die neue) aus der ersten Zeile von &lt;Datei&gt; lesen, statt im Terminal zu fragen. Der Weg für Skripte: Halte die Datei privat.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="111"/>
        <source>With --export json: encrypt the file with a passphrase of its own, asked twice on the terminal or read from --export-passphrase-file.</source>
        <translation>Mit --export json: die Datei mit einer eigenen Passphrase verschlüsseln, die zweimal im Terminal abgefragt oder aus --export-passphrase-file gelesen wird.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="114"/>
        <source>The passphrase of an encrypted export (to write with --encrypt-export, or to read with --import), from the first line of &lt;file&gt;.</source>
        <translation>Die Passphrase eines verschlüsselten Exports (zum Schreiben mit --encrypt-export oder zum Lesen mit --import), aus der ersten Zeile von &lt;Datei&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="182"/>
        <source>--export needs a format: %1.</source>
        <translation>--export braucht ein Format: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="186"/>
        <source>--export needs the file to write, e.g. --export json journal.json</source>
        <translation>--export braucht die Datei, die geschrieben werden soll, z. B. --export json journal.json</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="224"/>
        <source>--import and --backup need a file or folder.</source>
        <translation>--import und --backup brauchen eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="229"/>
        <source>--replace goes with --import.</source>
        <translation>--replace gehört zu --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="234"/>
        <source>--from, --to and --step go with --export.</source>
        <translation>--from, --to und --step gehören zu --export.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="243"/>
        <source>--from and --to need a day like 2026-03-14.</source>
        <translation>--from und --to brauchen einen Tag wie 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="252"/>
        <source>--step must be a number from 1 to 5.</source>
        <translation>--step muss eine Zahl von 1 bis 5 sein.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="258"/>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentModel</name>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="71"/>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="84"/>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="103"/>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="105"/>
        <source>Made on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="107"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="111"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="156"/>
        <source>Choose a commitment first.</source>
        <translation>Wähle zuerst eine Zusage aus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsChart</name>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="20"/>
        <source>Commitments kept</source>
        <translation>Eingehaltene Zusagen</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="21"/>
        <source>No commitment was kept or broken in this period. When you mark a promise from step 4 as kept or broken, the share kept shows here.</source>
        <translation>In diesem Zeitraum wurde keine Zusage eingehalten oder gebrochen. Wenn du ein Versprechen aus Schritt 4 als eingehalten oder gebrochen markierst, siehst du hier den Anteil der eingehaltenen.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="44"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="64"/>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="93"/>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per month</source>
        <translation>Entschieden pro Monat</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per week</source>
        <translation>Entschieden pro Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="110"/>
        <source>%1% kept</source>
        <translation>%1 % eingehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="111"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n eingehalten</numerusform>
            <numerusform>%n eingehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="112"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n gebrochen</numerusform>
            <numerusform>%n gebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="114"/>
        <source>No commitment was decided</source>
        <translation>Keine Zusage wurde entschieden</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept (%)</source>
        <translation>Eingehalten (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="28"/>
        <source>D&amp;ue by:</source>
        <translation>Fä&amp;llig bis:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="30"/>
        <source>&amp;Add Commitment</source>
        <translation>Zusage &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="33"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Zusagen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="37"/>
        <source>Something small you can keep</source>
        <translation>Etwas Kleines, das du halten kannst</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="44"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="49"/>
        <source>A promise I made</source>
        <translation>Ein Versprechen, das ich gegeben habe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="51"/>
        <source>&amp;Promise:</source>
        <translation>&amp;Versprechen:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="53"/>
        <source>&amp;Made on:</source>
        <translation>&amp;Gegeben am:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="64"/>
        <source>Set Status to Kept or Broken when the time comes; overdue promises are shown in bold. Keeping small promises builds more trust than making big ones.</source>
        <translation>Setze den Status auf „Eingehalten“ oder „Gebrochen“, wenn es so weit ist; überfällige Versprechen sind fett dargestellt. Kleine Versprechen zu halten schafft mehr Vertrauen, als große zu geben.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ConsoleCommands</name>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="73"/>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="99"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="108"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="110"/>
        <source>The export is encrypted: it opens only with its passphrase.</source>
        <translation>Der Export ist verschlüsselt: Er lässt sich nur mit seiner Passphrase öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="113"/>
        <source>Note: the export is not encrypted. Anyone who gets the file can read everything in it.</source>
        <translation>Hinweis: Der Export ist nicht verschlüsselt. Wer die Datei bekommt, kann alles darin lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="126"/>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="135"/>
        <source>The journal as it was is kept in %1</source>
        <translation>Das Tagebuch im vorherigen Zustand liegt in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="137"/>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="146"/>
        <source>%1: %2 added</source>
        <translation>%1: %2 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="158"/>
        <source>Imported 1 record.</source>
        <translation>1 Datensatz importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="159"/>
        <source>Imported %n records.</source>
        <translation>
            <numerusform>%n Datensatz importiert.</numerusform>
            <numerusform>%n Datensätze importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="161"/>
        <source>1 was already in the journal.</source>
        <translation>1 war schon im Tagebuch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="162"/>
        <source>%n were already in the journal.</source>
        <translation>
            <numerusform>%n war schon im Tagebuch.</numerusform>
            <numerusform>%n waren schon im Tagebuch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="164"/>
        <source>1 setting.</source>
        <translation>1 Einstellung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="165"/>
        <source>%n settings.</source>
        <translation>
            <numerusform>%n Einstellung.</numerusform>
            <numerusform>%n Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 records; %2 were already in the journal; %3 settings.</source>
        <translation type="vanished">%1 Datensätze importiert; %2 waren schon im Tagebuch; %3 Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="176"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="183"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="207"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="228"/>
        <source>The journal&apos;s write-ahead log (journal.sqlite3-wal) was lost after Rekindle was stopped: the last changes saved before that may be missing. A backup may still hold them.</source>
        <translation>Das Write-Ahead-Log des Tagebuchs (journal.sqlite3-wal) ging verloren, nachdem Rekindle beendet wurde: Die letzten Änderungen davor fehlen vielleicht. Eine Sicherung enthält sie möglicherweise noch.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="272"/>
        <source>Run &apos;rekindle --help&apos; to see the options.</source>
        <translation>Mit &apos;rekindle --help&apos; siehst du die Optionen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactEvent</name>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="20"/>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="21"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="22"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="23"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="24"/>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="28"/>
        <source>No reply yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="29"/>
        <source>Warm</source>
        <translation>Herzlich</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="30"/>
        <location filename="../app/core/ContactEvent.cpp" line="37"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="31"/>
        <source>Cold</source>
        <translation>Kühl</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="32"/>
        <source>Asked for space / said no</source>
        <translation>Wollte Abstand / hat Nein gesagt</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="36"/>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="38"/>
        <source>Heavy</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="49"/>
        <source>Choose when the contact happened.</source>
        <translation>Wähle, wann der Kontakt war.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="52"/>
        <source>A contact cannot be logged in the future. Choose a time that has already passed.</source>
        <translation>Ein Kontakt kann nicht in der Zukunft eingetragen werden. Wähle einen Zeitpunkt, der schon vorbei ist.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="56"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>Die Notiz ist zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="60"/>
        <source>The topics are too long: keep them under %1 characters.</source>
        <translation>Die Themen sind zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="64"/>
        <source>A response can only be recorded for a contact you made.</source>
        <translation>Eine Antwort lässt sich nur bei einem Kontakt eintragen, den du aufgenommen hast.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="110"/>
        <source>I reached out</source>
        <translation>Ich habe mich gemeldet</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="111"/>
        <source>They reached out</source>
        <translation>Die andere Person hat sich gemeldet</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactListModel</name>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="126"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="128"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="130"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="132"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="134"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="136"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="138"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="193"/>
        <source>Choose a contact first.</source>
        <translation>Wähle zuerst einen Kontakt aus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactLogSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="39"/>
        <source>&amp;Add to Log</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="40"/>
        <source>Check a &amp;Message…</source>
        <translation>&amp;Nachricht prüfen …</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="42"/>
        <source>Con&amp;tacts, newest first</source>
        <translation>Kon&amp;takte, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="58"/>
        <source>A few words: her new job, the concert</source>
        <translation>Ein paar Worte: ihr neuer Job, das Konzert</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="63"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="68"/>
        <source>Log a contact</source>
        <translation>Einen Kontakt eintragen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="78"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="79"/>
        <source>&amp;Who reached out:</source>
        <translation>Wer hat sich &amp;gemeldet:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="80"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="81"/>
        <source>T&amp;one:</source>
        <translation>T&amp;on:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="82"/>
        <source>Their &amp;response:</source>
        <translation>&amp;Antwort darauf:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="83"/>
        <source>To&amp;pics:</source>
        <translation>The&amp;men:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="87"/>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="143"/>
        <source>Logged. When they reply, double-click the Response cell to record it.</source>
        <translation>Eingetragen. Wenn eine Antwort kommt, doppelklicke auf die Zelle „Antwort“, um sie einzutragen.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="152"/>
        <source>Logged as a message you sent.</source>
        <translation>Als von dir gesendete Nachricht eingetragen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactResponseChart</name>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="19"/>
        <source>My contacts and their responses</source>
        <translation>Meine Kontakte und die Antworten</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="20"/>
        <source>No contacts you made in this period. When you log one, and how they responded, it shows here. Giving space is progress too.</source>
        <translation>In diesem Zeitraum hast du dich nicht gemeldet. Wenn du einen Kontakt einträgst und wie die Antwort war, erscheint er hier. Abstand zu geben ist auch ein Fortschritt.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Contacts you made</source>
        <translation>Kontakte von dir</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="90"/>
        <source>%n contact(s) you made</source>
        <translation>
            <numerusform>%n Kontakt von dir</numerusform>
            <numerusform>%n Kontakte von dir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::CoreDumps</name>
    <message>
        <location filename="../app/crypto/CoreDumps.cpp" line="36"/>
        <location filename="../app/crypto/CoreDumps.cpp" line="43"/>
        <source>Rekindle could not stop the system from saving its memory to disk after a crash.</source>
        <translation>Rekindle konnte nicht verhindern, dass das System nach einem Absturz seinen Speicherinhalt auf die Festplatte schreibt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CtrlTabLeaves</name>
    <message>
        <location filename="../app/ui/widgets/CtrlTabLeaves.cpp" line="38"/>
        <source>Tab types a tab here; %1 moves on to the next control, %2 back.</source>
        <translation>Die Tabulatortaste fügt hier einen Tabulator ein; %1 springt zum nächsten Element, %2 zurück.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoJournal</name>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="119"/>
        <source>The sample journal could not be created.</source>
        <translation>Das Beispieltagebuch konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="28"/>
        <source>The first quiet evening</source>
        <translation>Der erste ruhige Abend</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="29"/>
        <source>Why it ended</source>
        <translation>Warum es endete</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="30"/>
        <source>What I would do differently</source>
        <translation>Was ich anders machen würde</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="31"/>
        <source>Not texting today</source>
        <translation>Heute nicht schreiben</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="32"/>
        <source>Accepting it</source>
        <translation>Es annehmen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="33"/>
        <source>A wave of missing them</source>
        <translation>Eine Welle von Sehnsucht</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="34"/>
        <source>Morning run</source>
        <translation>Morgenlauf</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="35"/>
        <source>First pottery class</source>
        <translation>Erster Töpferkurs</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="36"/>
        <source>Therapy session</source>
        <translation>Therapiesitzung</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="37"/>
        <source>Cooking for myself</source>
        <translation>Für mich selbst kochen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="38"/>
        <source>A good week</source>
        <translation>Eine gute Woche</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="39"/>
        <source>Learning to rest</source>
        <translation>Lernen, mich auszuruhen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="40"/>
        <source>Thinking about reaching out</source>
        <translation>Darüber nachdenken, mich zu melden</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="41"/>
        <source>A short, friendly message</source>
        <translation>Eine kurze, freundliche Nachricht</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="42"/>
        <source>They replied</source>
        <translation>Sie hat geantwortet</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="43"/>
        <source>Coffee on Saturday</source>
        <translation>Kaffee am Samstag</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="44"/>
        <source>Keeping it light</source>
        <translation>Es leicht halten</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="45"/>
        <source>Waiting without pushing</source>
        <translation>Warten, ohne zu drängen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="46"/>
        <source>Being honest about my feelings</source>
        <translation>Ehrlich über meine Gefühle sein</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="47"/>
        <source>A promise kept</source>
        <translation>Ein gehaltenes Versprechen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="48"/>
        <source>We talked about the hard part</source>
        <translation>Wir haben über das Schwierige geredet</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="49"/>
        <source>Showing up on time</source>
        <translation>Pünktlich da sein</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="50"/>
        <source>Listening more</source>
        <translation>Mehr zuhören</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="51"/>
        <source>A small doubt, said out loud</source>
        <translation>Ein kleiner Zweifel, laut ausgesprochen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="52"/>
        <source>No rush</source>
        <translation>Keine Eile</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="53"/>
        <source>A slow Sunday walk</source>
        <translation>Ein langsamer Sonntagsspaziergang</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="54"/>
        <source>Pacing myself</source>
        <translation>Mein eigenes Tempo finden</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="55"/>
        <source>Noticing the pressure</source>
        <translation>Den Druck bemerken</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="56"/>
        <source>Grateful for today</source>
        <translation>Dankbar für heute</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="57"/>
        <source>Whatever happens, I am okay</source>
        <translation>Was auch passiert, mir geht es gut</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="61"/>
        <source>I woke up thinking about them, and that is all right.</source>
        <translation>Ich bin aufgewacht und habe an sie gedacht, und das ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="63"/>
        <source>I wrote down three things I am grateful for.</source>
        <translation>Ich habe drei Dinge aufgeschrieben, für die ich dankbar bin.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="64"/>
        <source>I noticed the urge to check their profile and closed the app instead.</source>
        <translation>Ich habe den Impuls bemerkt, ihr Profil anzuschauen, und stattdessen die App geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="66"/>
        <source>I can see now that I stopped listening when I was stressed.</source>
        <translation>Ich sehe jetzt, dass ich aufgehört habe zuzuhören, wenn ich gestresst war.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="68"/>
        <source>Next time I feel defensive, I want to pause and ask a question first.</source>
        <translation>Wenn ich mich das nächste Mal verteidigen will, möchte ich innehalten und zuerst eine Frage stellen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="70"/>
        <source>The walk by the river helped more than I expected.</source>
        <translation>Der Spaziergang am Fluss hat mehr geholfen, als ich erwartet hatte.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="72"/>
        <source>I talked to my sister and felt less alone.</source>
        <translation>Ich habe mit meiner Schwester geredet und mich weniger allein gefühlt.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="73"/>
        <source>My therapist asked what I need, not what they need. I did not know the answer.</source>
        <translation>Meine Therapeutin hat gefragt, was ich brauche, nicht, was sie braucht. Ich wusste die Antwort nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="75"/>
        <source>I slept better last night.</source>
        <translation>Ich habe letzte Nacht besser geschlafen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="76"/>
        <source>I am learning that space is a kindness, not a punishment.</source>
        <translation>Ich lerne, dass Abstand eine Freundlichkeit ist, keine Strafe.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="78"/>
        <source>I finished the chapter I started last week.</source>
        <translation>Ich habe das Kapitel beendet, das ich letzte Woche angefangen habe.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="79"/>
        <source>I felt proud that I kept my word to myself.</source>
        <translation>Ich war stolz, dass ich mein Wort mir selbst gegenüber gehalten habe.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="80"/>
        <source>Some days are heavy. Today was one of them, and I got through it.</source>
        <translation>Manche Tage sind schwer. Heute war so einer, und ich bin durchgekommen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="82"/>
        <source>I want to be someone who says what they feel calmly.</source>
        <translation>Ich möchte jemand sein, der ruhig sagt, was er fühlt.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="84"/>
        <source>It was good to laugh with friends again.</source>
        <translation>Es tat gut, wieder mit Freunden zu lachen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="85"/>
        <source>I made a plan for the weekend that is just for me.</source>
        <translation>Ich habe mir fürs Wochenende etwas vorgenommen, das nur für mich ist.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="87"/>
        <source>I reread an old message and did not reply. That was the right choice.</source>
        <translation>Ich habe eine alte Nachricht noch einmal gelesen und nicht geantwortet. Das war richtig.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="89"/>
        <source>A small step is still a step.</source>
        <translation>Ein kleiner Schritt ist trotzdem ein Schritt.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="90"/>
        <source>I noticed I was rushing and slowed down on purpose.</source>
        <translation>Ich habe gemerkt, dass ich hetze, und bin bewusst langsamer geworden.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="92"/>
        <source>Honesty felt uncomfortable, and it also felt right.</source>
        <translation>Ehrlichkeit hat sich unangenehm angefühlt, und zugleich richtig.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoReflections</name>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="27"/>
        <source>We stopped making time for each other, and I stopped saying what I needed.</source>
        <translation>Wir haben uns keine Zeit mehr füreinander genommen, und ich habe aufgehört zu sagen, was ich brauche.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="29"/>
        <source>I could have listened instead of defending myself.</source>
        <translation>Ich hätte zuhören können, statt mich zu verteidigen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="31"/>
        <source>I want to stop going quiet when I am hurt, and say it calmly instead.</source>
        <translation>Ich möchte aufhören, still zu werden, wenn ich verletzt bin, und es stattdessen ruhig aussprechen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="33"/>
        <source>I would tell them to be gentle with themselves. So I will try.</source>
        <translation>Ich würde ihr sagen, sanft mit sich zu sein. Also versuche ich das auch.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="35"/>
        <source>No messages this week. If I feel the urge, I will write here instead.</source>
        <translation>Diese Woche keine Nachrichten. Wenn der Impuls kommt, schreibe ich stattdessen hier.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="37"/>
        <source>A long walk with my sister on Sunday.</source>
        <translation>Ein langer Spaziergang mit meiner Schwester am Sonntag.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="38"/>
        <source>Being more patient. I rush when I am anxious.</source>
        <translation>Geduldiger werden. Ich hetze, wenn ich ängstlich bin.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="40"/>
        <source>I went running twice and felt lighter afterwards.</source>
        <translation>Ich war zweimal laufen und habe mich danach leichter gefühlt.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="42"/>
        <source>I am proud that I booked the appointment I kept putting off.</source>
        <translation>Ich bin stolz, dass ich den Termin gemacht habe, den ich immer aufgeschoben habe.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="44"/>
        <source>Something light: a photo of the dog at the beach.</source>
        <translation>Etwas Leichtes: ein Foto vom Hund am Strand.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="49"/>
        <source>Slept well.</source>
        <translation>Gut geschlafen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="50"/>
        <source>A heavy morning, a better afternoon.</source>
        <translation>Ein schwerer Morgen, ein besserer Nachmittag.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="51"/>
        <source>Good talk with a friend.</source>
        <translation>Gutes Gespräch mit einer Freundin.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="52"/>
        <source>Missing them today.</source>
        <translation>Sie fehlt mir heute.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="53"/>
        <source>Busy at work, that helped.</source>
        <translation>Viel zu tun bei der Arbeit, das hat geholfen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps12</name>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="31"/>
        <source>Arguments about my long hours</source>
        <translation>Streit über meine langen Arbeitszeiten</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="32"/>
        <source>I kept cancelling plans and said work came first.</source>
        <translation>Ich habe immer wieder Pläne abgesagt und gesagt, die Arbeit gehe vor.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="34"/>
        <source>Keep one evening a week free, and say so early when plans change.</source>
        <translation>Einen Abend pro Woche freihalten und früh Bescheid sagen, wenn sich Pläne ändern.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="37"/>
        <source>The trip we never took</source>
        <translation>Die Reise, die wir nie gemacht haben</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="38"/>
        <source>I brushed off what they wanted as not important.</source>
        <translation>Ich habe abgetan, was sie wollte, als wäre es nicht wichtig.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="40"/>
        <source>Ask what matters to them and listen to the whole answer.</source>
        <translation>Fragen, was ihr wichtig ist, und die ganze Antwort anhören.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="43"/>
        <source>Snapping when I was stressed</source>
        <translation>Gereizt sein, wenn ich gestresst war</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="44"/>
        <source>I took my stress out on them instead of naming it.</source>
        <translation>Ich habe meinen Stress an ihr ausgelassen, statt ihn zu benennen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="46"/>
        <source>Notice the tension, say &quot;I am stressed&quot;, take ten minutes.</source>
        <translation>Die Anspannung bemerken, „Ich bin gestresst“ sagen, zehn Minuten Pause machen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="49"/>
        <source>Checking their phone</source>
        <translation>Ihr Handy kontrollieren</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="50"/>
        <source>My jealousy made them feel watched.</source>
        <translation>Durch meine Eifersucht hat sie sich beobachtet gefühlt.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="51"/>
        <source>Talk about my insecurity with a therapist.</source>
        <translation>Mit einer Therapeutin über meine Unsicherheit sprechen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="67"/>
        <source>Morning run</source>
        <translation>Morgenlauf</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="68"/>
        <source>Ten minutes of stretching</source>
        <translation>Zehn Minuten Dehnen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="71"/>
        <source>Pottery class</source>
        <translation>Töpferkurs</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="73"/>
        <source>Therapy session</source>
        <translation>Therapiesitzung</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="74"/>
        <source>Name my stress out loud</source>
        <translation>Meinen Stress laut aussprechen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="76"/>
        <source>Learn Spanish on the app</source>
        <translation>Mit der App Spanisch lernen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="81"/>
        <source>Saw our song on the radio.</source>
        <translation>Unser Lied lief im Radio.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="82"/>
        <source>Late at night, feeling lonely.</source>
        <translation>Spät in der Nacht, einsam.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="83"/>
        <source>Their birthday is next week.</source>
        <translation>Nächste Woche hat sie Geburtstag.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="84"/>
        <source>Wanted to tell them about my day.</source>
        <translation>Wollte ihr von meinem Tag erzählen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="87"/>
        <source>Walked past our café.</source>
        <translation>Bin an unserem Café vorbeigegangen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="91"/>
        <source>Cooked a proper dinner for myself</source>
        <translation>Mir ein richtiges Abendessen gekocht</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="92"/>
        <source>Went for a run in the rain</source>
        <translation>Im Regen laufen gewesen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="93"/>
        <source>Called my sister</source>
        <translation>Meine Schwester angerufen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="94"/>
        <source>Finished a book</source>
        <translation>Ein Buch zu Ende gelesen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="95"/>
        <source>Said no to overtime</source>
        <translation>Überstunden abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="96"/>
        <source>Slept eight hours</source>
        <translation>Acht Stunden geschlafen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="97"/>
        <source>Made a bowl that did not collapse</source>
        <translation>Eine Schale getöpfert, die nicht eingefallen ist</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="98"/>
        <source>Sat with a sad feeling instead of texting</source>
        <translation>Bei einem traurigen Gefühl geblieben, statt zu schreiben</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="99"/>
        <source>Tidied the flat</source>
        <translation>Die Wohnung aufgeräumt</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="100"/>
        <source>Went to the party and enjoyed it</source>
        <translation>Zur Party gegangen und es genossen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="104"/>
        <source>I keep replaying our last evening. I wish I had listened instead of defending myself. I am sorry for how I spoke to you.</source>
        <translation>Ich spiele unseren letzten Abend immer wieder durch. Ich wünschte, ich hätte zugehört, statt mich zu verteidigen. Es tut mir leid, wie ich mit dir geredet habe.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="107"/>
        <source>I saw the poster for the concert we talked about and thought of you. I hope you go.</source>
        <translation>Ich habe das Plakat für das Konzert gesehen, über das wir gesprochen haben, und an dich gedacht. Ich hoffe, du gehst hin.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="110"/>
        <source>Please just answer me. I need to know if there is any chance.</source>
        <translation>Bitte antworte mir einfach. Ich muss wissen, ob es noch eine Chance gibt.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="112"/>
        <source>I have been going to therapy. I am learning a lot about why I get so jealous.</source>
        <translation>Ich gehe jetzt zur Therapie. Ich lerne viel darüber, warum ich so eifersüchtig werde.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="118"/>
        <source>Asked if we could talk.</source>
        <translation>Gefragt, ob wir reden können.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="119"/>
        <source>Sent a long message about how I feel.</source>
        <translation>Eine lange Nachricht darüber geschickt, wie es mir geht.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="120"/>
        <source>Called, no answer.</source>
        <translation>Angerufen, keine Antwort.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="121"/>
        <source>They asked for a book back.</source>
        <translation>Sie wollte ein Buch zurück.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="122"/>
        <source>Short, friendly reply.</source>
        <translation>Kurze, freundliche Antwort.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="123"/>
        <source>Liked a photo of theirs.</source>
        <translation>Ein Foto von ihr geliked.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps345</name>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="108"/>
        <source>our song</source>
        <translation>unser Lied</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="22"/>
        <source>her new job</source>
        <translation>ihr neuer Job</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="23"/>
        <source>the concert</source>
        <translation>das Konzert</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="24"/>
        <source>my pottery class</source>
        <translation>mein Töpferkurs</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="25"/>
        <source>their sister</source>
        <translation>ihre Schwester</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="26"/>
        <source>a funny video</source>
        <translation>ein lustiges Video</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="27"/>
        <source>the weather</source>
        <translation>das Wetter</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="28"/>
        <source>a book we both like</source>
        <translation>ein Buch, das wir beide mögen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="31"/>
        <source>Asked how the first week went.</source>
        <translation>Gefragt, wie die erste Woche war.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="32"/>
        <source>Sent a photo of my first bowl.</source>
        <translation>Ein Foto von meiner ersten Schale geschickt.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="33"/>
        <source>Short and friendly.</source>
        <translation>Kurz und freundlich.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="34"/>
        <source>They asked about my sister.</source>
        <translation>Sie hat nach meiner Schwester gefragt.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="35"/>
        <source>Talked for twenty minutes.</source>
        <translation>Zwanzig Minuten geredet.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="39"/>
        <source>The café by the river</source>
        <translation>Das Café am Fluss</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="40"/>
        <source>The park</source>
        <translation>Der Park</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="41"/>
        <source>The market</source>
        <translation>Der Markt</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="42"/>
        <source>Museum</source>
        <translation>Museum</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="45"/>
        <source>Easy and light. We laughed about the cat.</source>
        <translation>Leicht und unbeschwert. Wir haben über die Katze gelacht.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="46"/>
        <source>A bit awkward at first, then good.</source>
        <translation>Am Anfang etwas unbeholfen, dann gut.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="47"/>
        <source>Nice, but I talked too much about the past. Note to self.</source>
        <translation>Schön, aber ich habe zu viel über früher geredet. Notiz an mich.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="52"/>
        <source>That I was nervous about meeting again.</source>
        <translation>Dass ich nervös war, sie wiederzusehen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="53"/>
        <source>They said they were nervous too. It helped.</source>
        <translation>Sie hat gesagt, dass sie auch nervös war. Das hat geholfen.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="55"/>
        <source>That I understand now how my long hours hurt.</source>
        <translation>Dass ich jetzt verstehe, wie sehr meine langen Arbeitszeiten wehgetan haben.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="57"/>
        <source>Quiet, then a thank you.</source>
        <translation>Stille, dann ein Danke.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="59"/>
        <source>That I am glad we can talk again.</source>
        <translation>Dass ich froh bin, dass wir wieder reden können.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="60"/>
        <source>Warmly.</source>
        <translation>Herzlich.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="63"/>
        <source>Be on time for our walk</source>
        <translation>Pünktlich zu unserem Spaziergang kommen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="64"/>
        <source>Call on Sunday evening</source>
        <translation>Am Sonntagabend anrufen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="65"/>
        <source>Return the book I borrowed</source>
        <translation>Das geliehene Buch zurückgeben</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="66"/>
        <source>Keep Friday evening free</source>
        <translation>Den Freitagabend freihalten</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="67"/>
        <source>Tell them when plans change, early</source>
        <translation>Früh Bescheid sagen, wenn sich Pläne ändern</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="68"/>
        <source>Not check my phone at dinner</source>
        <translation>Beim Abendessen nicht aufs Handy schauen</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="71"/>
        <source>I was late twice</source>
        <translation>Ich war zweimal zu spät</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="72"/>
        <source>I text if I am running late.</source>
        <translation>Ich schreibe, wenn ich mich verspäte.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="73"/>
        <source>They felt I pushed for an answer</source>
        <translation>Sie hatte das Gefühl, ich hätte auf eine Antwort gedrängt</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="74"/>
        <source>No questions about us for now.</source>
        <translation>Vorerst keine Fragen zu uns.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="75"/>
        <source>Jealousy about a friend</source>
        <translation>Eifersucht wegen eines Freundes</translation>
    </message>
</context>
<context>
    <name>Rekindle::EmotionRatingsEditor</name>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="23"/>
        <source>Add a Feeling</source>
        <translation>Gefühl hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="52"/>
        <source>%1: feeling</source>
        <translation>%1: Gefühl</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="57"/>
        <source>A feeling, e.g. sad</source>
        <translation>Ein Gefühl, z. B. traurig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="63"/>
        <source> of 100</source>
        <translation> von 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="64"/>
        <source>%1: how strong, 0 to 100</source>
        <translation>%1: wie stark, 0 bis 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="67"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="68"/>
        <source>Remove this feeling</source>
        <translation>Dieses Gefühl entfernen</translation>
    </message>
</context>
<context>
    <name>Rekindle::Emotions</name>
    <message>
        <location filename="../app/core/Emotions.cpp" line="13"/>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="14"/>
        <source>hopeful</source>
        <translation>hoffnungsvoll</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="15"/>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="16"/>
        <source>proud</source>
        <translation>stolz</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="17"/>
        <source>content</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="18"/>
        <source>relieved</source>
        <translation>erleichtert</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="19"/>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="20"/>
        <source>lonely</source>
        <translation>einsam</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="21"/>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="22"/>
        <source>angry</source>
        <translation>wütend</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="23"/>
        <source>guilty</source>
        <translation>schuldig</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="24"/>
        <source>ashamed</source>
        <translation>beschämt</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="25"/>
        <source>confused</source>
        <translation>verwirrt</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="26"/>
        <source>tired</source>
        <translation>müde</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="27"/>
        <source>restless</source>
        <translation>unruhig</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="28"/>
        <source>jealous</source>
        <translation>eifersüchtig</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptedExport</name>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="83"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="115"/>
        <source>The passphrase for the export is empty.</source>
        <translation>Die Passphrase für den Export ist leer.</translation>
    </message>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="68"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="125"/>
        <source>The file is encrypted: its passphrase is needed to read it.</source>
        <translation>Die Datei ist verschlüsselt: Zum Lesen wird ihre Passphrase gebraucht.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptionCommands</name>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="57"/>
        <source>%1: %2 of %3 values (%4%)</source>
        <translation>%1: %2 von %3 Werten (%4 %)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EncryptionCommands.cpp" line="75"/>
        <source>%n older backup(s) were made before the journal was encrypted and can still be read by anyone who gets them:</source>
        <translation>
            <numerusform>%n ältere Sicherung wurde angelegt, bevor das Tagebuch verschlüsselt wurde, und kann noch von allen gelesen werden, die sie bekommen:</numerusform>
            <numerusform>%n ältere Sicherungen wurden angelegt, bevor das Tagebuch verschlüsselt wurde, und können noch von allen gelesen werden, die sie bekommen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="81"/>
        <source>Deleting them does not wipe every trace on every disk: an SSD may keep old blocks for a while.</source>
        <translation>Das Löschen entfernt nicht jede Spur auf jedem Datenträger: Eine SSD kann alte Blöcke noch eine Weile behalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="84"/>
        <source>Delete them when you no longer need them.</source>
        <translation>Lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="88"/>
        <source>Delete these backups now? [y/N]</source>
        <translation>Diese Sicherungen jetzt löschen? [j/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="90"/>
        <source>The backups were kept.</source>
        <translation>Die Sicherungen wurden behalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="96"/>
        <source>The unencrypted backups were deleted.</source>
        <translation>Die unverschlüsselten Sicherungen wurden gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="107"/>
        <source>Passphrase of the journal: </source>
        <translation>Passphrase des Tagebuchs: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="118"/>
        <source>The sample journal is never encrypted: it holds nothing of yours.</source>
        <translation>Das Beispieltagebuch wird nie verschlüsselt: Es enthält nichts von dir.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="122"/>
        <source>The journal is already encrypted. Nothing was changed.</source>
        <translation>Das Tagebuch ist schon verschlüsselt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <source>New passphrase for the journal: </source>
        <translation>Neue Passphrase für das Tagebuch: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="128"/>
        <source>Encrypting the journal. This can take a while for a large one; if it is stopped, the journal stays as it was.</source>
        <translation>Das Tagebuch wird verschlüsselt. Bei einem großen Tagebuch kann das eine Weile dauern; wird es unterbrochen, bleibt das Tagebuch, wie es war.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="130"/>
        <source>Encrypting</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="134"/>
        <source>The journal is now encrypted.</source>
        <translation>Das Tagebuch ist jetzt verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="136"/>
        <source>Your recovery key, shown only this once:</source>
        <translation>Dein Wiederherstellungsschlüssel, nur dieses eine Mal angezeigt:</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="140"/>
        <source>Write it down or print it, and keep it somewhere safe, away from this computer. It opens the journal if you forget the passphrase, and anyone who has it can read the journal.</source>
        <translation>Schreib ihn auf oder drucke ihn aus und bewahre ihn an einem sicheren Ort auf, nicht bei diesem Computer. Er öffnet das Tagebuch, wenn du die Passphrase vergisst, und wer ihn hat, kann das Tagebuch lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="152"/>
        <source>The journal is not encrypted. Nothing was changed.</source>
        <translation>Das Tagebuch ist nicht verschlüsselt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="155"/>
        <source>Turning encryption off needs a confirmation, and there is no terminal to ask on. Add --yes to turn it off. Nothing was changed.</source>
        <translation>Um die Verschlüsselung auszuschalten, ist eine Bestätigung nötig, und es gibt kein Terminal, in dem gefragt werden kann. Füge --yes hinzu, um sie auszuschalten. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="162"/>
        <source>Turn encryption off? Everything you wrote will be stored readable by anyone who gets the file. [y/N]</source>
        <translation>Verschlüsselung ausschalten? Alles, was du geschrieben hast, wird dann für alle lesbar gespeichert, die die Datei bekommen. [j/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="167"/>
        <source>Encryption stays on. Nothing was changed.</source>
        <translation>Die Verschlüsselung bleibt an. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="171"/>
        <source>Decrypting</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="173"/>
        <source>The journal is no longer encrypted.</source>
        <translation>Das Tagebuch ist nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>Passphrase for the export: </source>
        <translation>Passphrase für den Export: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="183"/>
        <source>Warning: the journal is encrypted, but this export will not be: anyone who gets the file can read everything in it. Use --encrypt-export (JSON) to protect it with a passphrase.</source>
        <translation>Achtung: Das Tagebuch ist verschlüsselt, dieser Export aber nicht: Wer die Datei bekommt, kann alles darin lesen. Mit --encrypt-export (JSON) schützt du ihn mit einer Passphrase.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="194"/>
        <source>Passphrase of the file %1: </source>
        <translation>Passphrase der Datei %1: </translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryEditor</name>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="34"/>
        <source>A title, if you like</source>
        <translation>Ein Titel, wenn du magst</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="35"/>
        <source>Entry title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="40"/>
        <source>Not set</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="41"/>
        <source>Mood, from 1 (very low) to 10 (very good)</source>
        <translation>Stimmung, von 1 (sehr schlecht) bis 10 (sehr gut)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="42"/>
        <source>How you feel, from 1 (very low) to 10 (very good)</source>
        <translation>Wie es dir geht, von 1 (sehr schlecht) bis 10 (sehr gut)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="45"/>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="46"/>
        <source>Write freely. Everything is saved as you type and stays on this computer.</source>
        <translation>Schreib einfach drauflos. Alles wird beim Tippen gespeichert und bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="56"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="63"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="65"/>
        <source>&amp;Mood:</source>
        <translation>&amp;Stimmung:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="118"/>
        <source>Written %1 at %2</source>
        <translation>Geschrieben am %1 um %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="123"/>
        <source>edited %1</source>
        <translation>bearbeitet am %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryItemDelegate</name>
    <message>
        <location filename="../app/ui/widgets/EntryItemDelegate.cpp" line="27"/>
        <source>mood %1/10</source>
        <translation>Stimmung %1/10</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryListModel</name>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="61"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="64"/>
        <source>%1, written %2</source>
        <translation>%1, geschrieben am %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrinter</name>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="58"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="61"/>
        <source>Print the open entry</source>
        <translation>Den geöffneten Eintrag drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="63"/>
        <source>Print This &amp;Day…</source>
        <translation>Diesen &amp;Tag drucken …</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="65"/>
        <source>Print every entry written on the open entry&apos;s day</source>
        <translation>Alle Einträge vom Tag des geöffneten Eintrags drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="67"/>
        <source>Print This S&amp;tep…</source>
        <translation>Diesen Sc&amp;hritt drucken …</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="69"/>
        <source>Print every entry of the current step</source>
        <translation>Alle Einträge des aktuellen Schritts drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="89"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="93"/>
        <source>mood %1 of 10</source>
        <translation>Stimmung %1 von 10</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="109"/>
        <source>The text being written could not be saved, so it was not printed.</source>
        <translation>Der Text, an dem du gerade schreibst, konnte nicht gespeichert werden, deshalb wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="115"/>
        <source>There is nothing to print yet.</source>
        <translation>Es gibt noch nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="139"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="152"/>
        <source>Rekindle journal</source>
        <translation>Rekindle-Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="144"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Die PDF-Datei konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="155"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="176"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="158"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="161"/>
        <source>This &amp;entry</source>
        <translation>Diesen &amp;Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="162"/>
        <source>Every entry of this &amp;day</source>
        <translation>Alle Einträge dieses &amp;Tages</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="163"/>
        <source>Every entry of this &amp;step</source>
        <translation>Alle Einträge dieses &amp;Schritts</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrintout</name>
    <message>
        <location filename="../app/models/EntryPrintout.cpp" line="54"/>
        <source>Open an entry to print first.</source>
        <translation>Öffne zuerst den Eintrag, den du drucken möchtest.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryStore</name>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="115"/>
        <source>The new entry could not be saved.</source>
        <translation>Der neue Eintrag konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="122"/>
        <location filename="../app/storage/EntryStore.cpp" line="136"/>
        <source>Your changes could not be saved.</source>
        <translation>Deine Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="171"/>
        <source>The entry could not be deleted.</source>
        <translation>Der Eintrag konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="181"/>
        <location filename="../app/storage/EntryStore.cpp" line="204"/>
        <source>The entry could not be read.</source>
        <translation>Der Eintrag konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="215"/>
        <source>The entries could not be read.</source>
        <translation>Die Einträge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="248"/>
        <source>The days with entries could not be read.</source>
        <translation>Die Tage mit Einträgen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="262"/>
        <source>The entry could not be found.</source>
        <translation>Der Eintrag wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="267"/>
        <source>The entries could not be counted.</source>
        <translation>Die Einträge konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="35"/>
        <source>The &amp;whole journal</source>
        <translation>Das &amp;ganze Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="36"/>
        <source>From a &amp;date range</source>
        <translation>Aus einem &amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="37"/>
        <source>One &amp;step</source>
        <translation>Einen &amp;Schritt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="41"/>
        <source>E&amp;ncrypt the file with a passphrase</source>
        <translation>Die Datei mit einer Passphrase &amp;verschlüsseln</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="48"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="219"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="247"/>
        <source>Export Journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="54"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="68"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="71"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="74"/>
        <source>Step to export</source>
        <translation>Zu exportierender Schritt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="76"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="79"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="83"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="96"/>
        <source>Only a JSON export can be encrypted. Rekindle asks for the passphrase when the file is imported.</source>
        <translation>Nur ein JSON-Export kann verschlüsselt werden. Rekindle fragt beim Importieren der Datei nach der Passphrase.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="100"/>
        <source>Passphrase for the file</source>
        <translation>Passphrase für die Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="101"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="109"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="114"/>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="162"/>
        <source>The file is encrypted: it opens only with this passphrase, and Rekindle cannot open it if the passphrase is forgotten.</source>
        <translation>Die Datei ist verschlüsselt: Sie lässt sich nur mit dieser Passphrase öffnen, und Rekindle kann sie nicht öffnen, wenn die Passphrase vergessen ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="165"/>
        <source>Your journal is encrypted, but this file will not be: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Dein Tagebuch ist verschlüsselt, diese Datei aber nicht: Wer sie bekommt, kann alles darin lesen. Bewahre sie an einem privaten Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="169"/>
        <source>The exported file is not protected: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Die exportierte Datei ist nicht geschützt: Wer sie bekommt, kann alles darin lesen. Bewahre sie an einem privaten Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="127"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="183"/>
        <source>Type a passphrase for the file, twice.</source>
        <translation>Gib zweimal eine Passphrase für die Datei ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="185"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="217"/>
        <source>Rekindle Journal</source>
        <translation>Rekindle-Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="231"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Rekindle::Exporter</name>
    <message>
        <location filename="../app/export/Exporter.cpp" line="33"/>
        <source>The export could not be written to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="79"/>
        <source>Rekindle Journal</source>
        <translation>Rekindle-Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="122"/>
        <source>JSON — complete, can be imported again</source>
        <translation>JSON — vollständig, kann wieder importiert werden</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="124"/>
        <source>CSV — tables for a spreadsheet, one file per kind of record</source>
        <translation>CSV — Tabellen für eine Tabellenkalkulation, eine Datei pro Art von Datensatz</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="126"/>
        <source>Markdown — plain text</source>
        <translation>Markdown — reiner Text</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="128"/>
        <source>HTML — a web page</source>
        <translation>HTML — eine Webseite</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="130"/>
        <source>PDF — for reading and printing</source>
        <translation>PDF — zum Lesen und Drucken</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="139"/>
        <source>JSON, complete and re-importable (*.json)</source>
        <translation>JSON, vollständig und wieder importierbar (*.json)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="141"/>
        <source>CSV tables, one file per kind of record (*.csv)</source>
        <translation>CSV-Tabellen, eine Datei pro Art von Datensatz (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="143"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="145"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="181"/>
        <source>Only a JSON export can be encrypted.</source>
        <translation>Nur ein JSON-Export kann verschlüsselt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingModel</name>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="80"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="82"/>
        <source>What I shared</source>
        <translation>Was ich geteilt habe</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="84"/>
        <source>How it was received</source>
        <translation>Wie es aufgenommen wurde</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="28"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="36"/>
        <source>What I shared, honestly</source>
        <translation>Was ich ehrlich geteilt habe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="38"/>
        <source>How they took it</source>
        <translation>Wie die andere Person es aufgenommen hat</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="42"/>
        <source>A feeling I shared</source>
        <translation>Ein Gefühl, das ich geteilt habe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="50"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="51"/>
        <source>W&amp;hat I shared:</source>
        <translation>Was ich ge&amp;teilt habe:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="52"/>
        <source>How it was &amp;received:</source>
        <translation>Wie es &amp;aufgenommen wurde:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="59"/>
        <source>&amp;Feelings shared</source>
        <translation>&amp;Geteilte Gefühle</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="76"/>
        <source>Saved. Saying how you feel takes courage.</source>
        <translation>Gespeichert. Zu sagen, wie es dir geht, braucht Mut.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FieldCodec</name>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="70"/>
        <source>A value of %1 (field “%2” of record %3) could not be read. %4</source>
        <translation>Ein Wert von %1 (Feld „%2“ von Datensatz %3) konnte nicht gelesen werden. %4</translation>
    </message>
</context>
<context>
    <name>Rekindle::FoundationSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="22"/>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="24"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="26"/>
        <source>growing</source>
        <translation>wachsend</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="28"/>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="49"/>
        <source>The foundation, over the last 90 days</source>
        <translation>Das Fundament in den letzten 90 Tagen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Open issues</source>
        <translation>Offene Themen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="75"/>
        <source>Trust is the share of promises kept (step 4); connection is the share of warm replies to your messages (step 3); open issues are those not yet resolved.</source>
        <translation>Vertrauen ist der Anteil der gehaltenen Versprechen (Schritt 4); Verbindung ist der Anteil herzlicher Antworten auf deine Nachrichten (Schritt 3); offene Themen sind die, die noch nicht geklärt sind.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="97"/>
        <source>The foundation needs more time before bigger steps.</source>
        <translation>Das Fundament braucht noch Zeit, bevor größere Schritte kommen.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="98"/>
        <source>The foundation is holding. Keep the pace that got you here.</source>
        <translation>Das Fundament trägt. Bleib bei dem Tempo, das dich hierher gebracht hat.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Goal</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="21"/>
        <source>Fitness</source>
        <translation>Fitness</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="22"/>
        <source>New hobby</source>
        <translation>Neues Hobby</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="23"/>
        <source>Professional help</source>
        <translation>Professionelle Hilfe</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="24"/>
        <source>Personal issue</source>
        <translation>Persönliches Thema</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="25"/>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="33"/>
        <source>Give the goal a title, for example &quot;Walk for 20 minutes&quot;.</source>
        <translation>Gib dem Ziel einen Titel, zum Beispiel „20 Minuten spazieren gehen“.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="36"/>
        <source>The title is too long: keep it under %1 characters.</source>
        <translation>Der Titel ist zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="39"/>
        <source>Choose every day, or between 1 and 6 times a week.</source>
        <translation>Wähle jeden Tag oder 1 bis 6 Mal pro Woche.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="41"/>
        <source>Choose the day the goal starts.</source>
        <translation>Wähle den Tag, an dem das Ziel beginnt.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="48"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="50"/>
        <source>Once a week</source>
        <translation>Einmal pro Woche</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/Goal.cpp" line="51"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n Mal pro Woche</numerusform>
            <numerusform>%n Mal pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 Mal pro Woche</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalAdherenceChart</name>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="21"/>
        <source>Goals kept per week</source>
        <translation>Eingehaltene Ziele pro Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="22"/>
        <source>No goals to show for this period yet. Add a goal in step 2 and tick the days you work on it; each week&apos;s share of what you planned shows here.</source>
        <translation>Für diesen Zeitraum gibt es noch keine Ziele. Füge in Schritt 2 ein Ziel hinzu und hake die Tage ab, an denen du daran arbeitest; hier siehst du dann, wie viel vom Geplanten du jede Woche geschafft hast.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="31"/>
        <source>Goal to show</source>
        <translation>Angezeigtes Ziel</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="32"/>
        <source>Show all goals together, or one goal</source>
        <translation>Alle Ziele zusammen oder ein einzelnes Ziel anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="36"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="48"/>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="52"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="101"/>
        <source>Check-ins done of planned</source>
        <translation>Erledigte von geplanten Check-ins</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="119"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="132"/>
        <source>Week of %1
%2% kept
%n check-in(s), %3 planned</source>
        <translation>
            <numerusform>Woche vom %1
%2 % eingehalten
%n Check-in, %3 geplant</numerusform>
            <numerusform>Woche vom %1
%2 % eingehalten
%n Check-ins, %3 geplant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Kept (%)</source>
        <translation>Eingehalten (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalCheckIn</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="57"/>
        <source>Choose the day to check in.</source>
        <translation>Wähle den Tag für den Check-in.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="59"/>
        <source>You can only check in for today or a day that has passed.</source>
        <translation>Ein Check-in geht nur für heute oder einen vergangenen Tag.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="61"/>
        <source>This goal started on %1; choose that day or a later one.</source>
        <translation>Dieses Ziel hat am %1 begonnen; wähle diesen Tag oder einen späteren.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="65"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>Die Notiz ist zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalListModel</name>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 Tage</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="98"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="vanished">%1 Wochen</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="134"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="135"/>
        <source>%1 of %2 this week</source>
        <translation>%1 von %2 diese Woche</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="156"/>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1 check-ins of about %2 asked for in the last %3 days</source>
        <translation type="vanished">%1 Check-ins von etwa %2 vorgesehenen in den letzten %3 Tagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="98"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="164"/>
        <source>1 check-in of about %1 asked for in the last %2 days</source>
        <translation>1 Check-in von etwa %1 vorgesehenen in den letzten %2 Tagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="165"/>
        <source>%n check-ins of about %1 asked for in the last %2 days</source>
        <translation>
            <numerusform>%n Check-in von etwa %1 vorgesehenen in den letzten %2 Tagen</numerusform>
            <numerusform>%n Check-ins von etwa %1 vorgesehenen in den letzten %2 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="172"/>
        <source>Grew out of &quot;my part&quot;: %1</source>
        <translation>Entstanden aus „Mein Anteil“: %1</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Checked in today</source>
        <translation>Heute eingecheckt</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Not checked in today yet</source>
        <translation>Heute noch nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>checked in today</source>
        <translation>heute eingecheckt</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>not checked in today</source>
        <translation>heute nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="195"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="197"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="199"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="201"/>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="203"/>
        <source>14 days</source>
        <translation>14 Tage</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="205"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="207"/>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="209"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="211"/>
        <source>From my part</source>
        <translation>Aus meinem Anteil</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="244"/>
        <location filename="../app/models/GoalListModel.cpp" line="251"/>
        <location filename="../app/models/GoalListModel.cpp" line="258"/>
        <location filename="../app/models/GoalListModel.cpp" line="265"/>
        <source>Choose a goal first.</source>
        <translation>Wähle zuerst ein Ziel aus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalStore</name>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="80"/>
        <source>The goal could not be saved.</source>
        <translation>Das Ziel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="93"/>
        <source>The goal could not be made.</source>
        <translation>Das Ziel konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="102"/>
        <source>Work on: %1</source>
        <translation>Daran arbeiten: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="131"/>
        <source>Your changes to the goal could not be saved.</source>
        <translation>Deine Änderungen am Ziel konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be archived.</source>
        <translation>Das Ziel konnte nicht archiviert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be restored.</source>
        <translation>Das Ziel konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="168"/>
        <location filename="../app/storage/GoalStore.cpp" line="175"/>
        <source>The goal could not be read.</source>
        <translation>Das Ziel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="189"/>
        <source>The goals could not be read.</source>
        <translation>Die Ziele konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="200"/>
        <source>The check-in could not be saved.</source>
        <translation>Der Check-in konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="235"/>
        <source>The check-in could not be removed.</source>
        <translation>Der Check-in konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="259"/>
        <source>The check-in could not be read.</source>
        <translation>Der Check-in konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="276"/>
        <source>The check-ins could not be read.</source>
        <translation>Die Check-ins konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="291"/>
        <source>The check-ins could not be counted.</source>
        <translation>Die Check-ins konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="39"/>
        <source>&amp;Add Goal</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="40"/>
        <source>Show a&amp;rchived goals</source>
        <translation>A&amp;rchivierte Ziele anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="45"/>
        <source>&amp;Check In</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="46"/>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>Arc&amp;hive</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="51"/>
        <source>For example: a 20-minute walk</source>
        <translation>Zum Beispiel: 20 Minuten spazieren gehen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="56"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="57"/>
        <source>Once a week</source>
        <translation>Einmal pro Woche</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 Mal pro Woche</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="59"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n Mal pro Woche</numerusform>
            <numerusform>%n Mal pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="67"/>
        <source>A new goal, for yourself</source>
        <translation>Ein neues Ziel, für dich</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="75"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="78"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="80"/>
        <source>How &amp;often:</source>
        <translation>Wie &amp;oft:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="82"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginnt:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="93"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="115"/>
        <source>Optional note</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="119"/>
        <source>Check in the selected goal for &amp;day:</source>
        <translation>Das ausgewählte Ziel einchecken für den &amp;Tag:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="121"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="191"/>
        <source>No archived goals. Archive a goal you have finished or put aside; you can restore it any time.</source>
        <translation>Keine archivierten Ziele. Archiviere ein Ziel, das du erreicht oder beiseitegelegt hast; du kannst es jederzeit wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="193"/>
        <source>No goals yet. Add one above: something for your body, a new hobby, or a first talk with a professional. Then tick it in the Today column each time you do it.</source>
        <translation>Noch keine Ziele. Füge oben eines hinzu: etwas für deinen Körper, ein neues Hobby oder ein erstes Gespräch mit einer Fachperson. Hake es dann jedes Mal in der Spalte „Heute“ ab, wenn du es tust.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="239"/>
        <source>Checked in &quot;%1&quot; for %2.</source>
        <translation>„%1“ für %2 eingecheckt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportReader</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="377"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>Die Datei kann nicht importiert werden. In %1: %2 Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="379"/>
        <source>the whole file</source>
        <translation>der ganzen Datei</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="380"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>Ein Export ist ein JSON-Objekt, das hier ist %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="383"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="384"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportSource</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="419"/>
        <source>%1 is not a file. Choose a Rekindle export to import. Nothing was changed.</source>
        <translation>%1 ist keine Datei. Wähle einen Rekindle-Export zum Importieren aus. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="423"/>
        <location filename="../app/storage/ImportReader.cpp" line="459"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>Rekindle kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="428"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 ist zu groß für einen Rekindle-Export.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="434"/>
        <location filename="../app/storage/ImportReader.cpp" line="465"/>
        <location filename="../app/storage/ImportReader.cpp" line="478"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>%1 kann nicht geöffnet werden: %2 Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportValidator</name>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="236"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>Die Datei kann nicht importiert werden. In %1: %2 Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="287"/>
        <location filename="../app/storage/ImportValidator.cpp" line="291"/>
        <location filename="../app/storage/ImportValidator.cpp" line="461"/>
        <source>it must be an object, not %1.</source>
        <translation>Es muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="313"/>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation>Der Name einer Einstellung muss 1 bis 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="315"/>
        <source>a setting must be text, not %1.</source>
        <translation>Eine Einstellung muss Text sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="317"/>
        <source>the setting is too long.</source>
        <translation>Die Einstellung ist zu lang.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="328"/>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation>Rekindle kennt Datensätze dieser Art nicht. Die Datei stammt vielleicht aus einer neueren Version von Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="339"/>
        <source>it must be a list, not %1.</source>
        <translation>Es muss eine Liste sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="358"/>
        <source>a record must be an object, not %1.</source>
        <translation>Ein Datensatz muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="363"/>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation>„%1“ ist kein Feld dieser Art von Datensatz.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="387"/>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation>Die UID „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="396"/>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation>Der Datensatz hat bei %1 denselben Wert wie %2; das Tagebuch kann nur einen davon behalten.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="445"/>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Das ist kein Rekindle-Tagebuchexport („format“ muss „%1“ sein).</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="449"/>
        <source>it must be a whole number from 1.</source>
        <translation>Es muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="452"/>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation>Die Datei wurde mit einer neueren Version von Rekindle geschrieben (Format %1; diese Version liest bis %2). Aktualisiere Rekindle, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="486"/>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation>„%1“ verweist auf „%2“, das weder in der Datei noch im Tagebuch ist.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportWriter</name>
    <message>
        <location filename="../app/storage/ImportWriter.cpp" line="44"/>
        <source>The import could not be written; nothing was changed.</source>
        <translation>Der Import konnte nicht geschrieben werden; es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssueModel</name>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="96"/>
        <source>Raised on</source>
        <translation>Angesprochen am</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="98"/>
        <source>Raised by</source>
        <translation>Angesprochen von</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="100"/>
        <source>What</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="104"/>
        <source>What we agreed</source>
        <translation>Was wir vereinbart haben</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssuesSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="29"/>
        <source>&amp;Add Issue</source>
        <translation>Thema &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="40"/>
        <source>What it is about, in a few words</source>
        <translation>Worum es geht, in ein paar Worten</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="44"/>
        <source>Something that came up</source>
        <translation>Etwas, das aufgekommen ist</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="52"/>
        <source>Raised &amp;by:</source>
        <translation>Angesprochen &amp;von:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="53"/>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="57"/>
        <source>Wh&amp;at:</source>
        <translation>Wor&amp;um es geht:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="64"/>
        <source>Face issues together, not around each other. When you agree on something, write it down under &quot;What we agreed&quot;.</source>
        <translation>Geht Themen gemeinsam an, nicht aneinander vorbei. Wenn ihr euch auf etwas einigt, schreib es unter „Was wir vereinbart haben“ auf.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="73"/>
        <source>&amp;Issues</source>
        <translation>&amp;Themen</translation>
    </message>
</context>
<context>
    <name>Rekindle::Journal</name>
    <message>
        <location filename="../app/storage/Journal.cpp" line="360"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Rekindle geschrieben. Aktualisiere Rekindle, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="144"/>
        <source>Rekindle cannot create the journal file in %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle kann die Tagebuchdatei in %1 nicht anlegen. Prüfe, ob du dort schreiben darfst, oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="155"/>
        <source>Rekindle cannot open the journal.</source>
        <translation>Rekindle kann das Tagebuch nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="312"/>
        <location filename="../app/storage/Journal.cpp" line="317"/>
        <location filename="../app/storage/Journal.cpp" line="337"/>
        <source>Rekindle cannot prepare the journal.</source>
        <translation>Rekindle kann das Tagebuch nicht vorbereiten.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="203"/>
        <location filename="../app/storage/Journal.cpp" line="209"/>
        <location filename="../app/storage/Journal.cpp" line="321"/>
        <location filename="../app/storage/Journal.cpp" line="342"/>
        <source>Rekindle cannot read the journal.</source>
        <translation>Rekindle kann das Tagebuch nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="173"/>
        <source>The journal folder %1 holds no journal, and Rekindle cannot create one there because the folder cannot be changed. Choose another folder.</source>
        <translation>Der Tagebuchordner %1 enthält kein Tagebuch, und Rekindle kann dort keines anlegen, weil der Ordner nicht verändert werden kann. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="183"/>
        <source>This journal was written by an older version of Rekindle and must be updated before it can be opened, but it cannot be changed where it is. Copy its folder to a place you may write to and open the copy; the file has not been changed.</source>
        <translation>Dieses Tagebuch wurde mit einer älteren Version von Rekindle geschrieben und muss aktualisiert werden, bevor es sich öffnen lässt, aber an seinem Ort kann es nicht verändert werden. Kopiere seinen Ordner an einen Ort, an dem du schreiben darfst, und öffne die Kopie; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="211"/>
        <source>The latest saves, in journal.sqlite3-wal beside it, cannot be read here.</source>
        <translation>Die letzten Speicherungen in journal.sqlite3-wal daneben können hier nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="358"/>
        <source>Rekindle cannot read the journal&apos;s version.</source>
        <translation>Rekindle kann die Version des Tagebuchs nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="371"/>
        <location filename="../app/storage/Journal.cpp" line="378"/>
        <source>Rekindle needs to update this journal but could not back it up first, so it left it unchanged. %1</source>
        <translation>Rekindle muss dieses Tagebuch aktualisieren, konnte es aber vorher nicht sichern und hat es deshalb nicht verändert. %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="387"/>
        <location filename="../app/storage/Journal.cpp" line="393"/>
        <source>Rekindle could not update the journal.</source>
        <translation>Rekindle konnte das Tagebuch nicht aktualisieren.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalAccess</name>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="51"/>
        <source>This journal is on a disk that can only be read (%1), so it is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Dieses Tagebuch liegt auf einem Datenträger, der nur gelesen werden kann (%1), deshalb ist es schreibgeschützt geöffnet: Du kannst es lesen, durchsuchen, exportieren und sichern, aber nichts ändern oder speichern.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="56"/>
        <source>The journal&apos;s folder (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Der Ordner des Tagebuchs (%1) ist so eingestellt, dass er nicht verändert werden kann, deshalb ist das Tagebuch schreibgeschützt geöffnet: Du kannst es lesen, durchsuchen, exportieren und sichern, aber nichts ändern oder speichern.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="61"/>
        <source>The journal file (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Die Tagebuchdatei (%1) ist so eingestellt, dass sie nicht verändert werden kann, deshalb ist das Tagebuch schreibgeschützt geöffnet: Du kannst es lesen, durchsuchen, exportieren und sichern, aber nichts ändern oder speichern.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="77"/>
        <source>Rekindle could not allow changes to the journal in %1: you may not change its permissions, or the disk can only be read.</source>
        <translation>Rekindle konnte keine Änderungen am Tagebuch in %1 erlauben: Du darfst seine Berechtigungen nicht ändern, oder der Datenträger kann nur gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="81"/>
        <source>The journal in %1 still cannot be changed: the disk or the system does not allow it.</source>
        <translation>Das Tagebuch in %1 kann weiterhin nicht verändert werden: Der Datenträger oder das System erlaubt es nicht.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalActions</name>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="29"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="30"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="31"/>
        <source>&amp;Restore from a Backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="35"/>
        <source>Save the journal, or part of it, as PDF, HTML, Markdown, JSON or CSV</source>
        <translation>Das Tagebuch oder einen Teil davon als PDF, HTML, Markdown, JSON oder CSV speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="38"/>
        <source>Add the contents of a Rekindle JSON export to this journal</source>
        <translation>Den Inhalt eines Rekindle-JSON-Exports zu diesem Tagebuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="40"/>
        <source>Bring the journal back to an earlier day</source>
        <translation>Das Tagebuch auf einen früheren Tag zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="56"/>
        <source>The journal was exported.</source>
        <translation>Das Tagebuch wurde exportiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="61"/>
        <source>Import a Journal Export</source>
        <translation>Einen Tagebuch-Export importieren</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="63"/>
        <source>Rekindle JSON export, plain or encrypted (*.json)</source>
        <translation>Rekindle-JSON-Export, unverschlüsselt oder verschlüsselt (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="80"/>
        <location filename="../app/ui/JournalActions.cpp" line="116"/>
        <location filename="../app/ui/JournalActions.cpp" line="119"/>
        <location filename="../app/ui/JournalActions.cpp" line="138"/>
        <location filename="../app/ui/JournalActions.cpp" line="148"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="81"/>
        <source>This file is encrypted. Type its passphrase:</source>
        <translation>Diese Datei ist verschlüsselt. Gib ihre Passphrase ein:</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="86"/>
        <source>Passphrase of the file</source>
        <translation>Passphrase der Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="110"/>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="120"/>
        <source>How should the file&apos;s contents join this journal?</source>
        <translation>Wie soll der Inhalt der Datei in dieses Tagebuch kommen?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="122"/>
        <source>Add: keeps everything in the journal and adds what it does not have yet.
Replace: the journal becomes exactly the file&apos;s contents; the journal as it is now is kept as a backup first.</source>
        <translation>Hinzufügen: behält alles im Tagebuch und fügt hinzu, was noch fehlt.
Ersetzen: Das Tagebuch wird genau zum Inhalt der Datei; das Tagebuch in seinem jetzigen Zustand wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="126"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="142"/>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="151"/>
        <source>Records imported: %1.</source>
        <translation>Importierte Datensätze: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="167"/>
        <source>The journal was restored from the backup.</source>
        <translation>Das Tagebuch wurde aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="46"/>
        <location filename="../app/ui/JournalActions.cpp" line="174"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalCheck</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="76"/>
        <source>Search index: %1 of 1 record indexed</source>
        <translation>Suchindex: %1 von 1 Datensatz erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/JournalCheck.cpp" line="78"/>
        <source>Search index: %1 of %n records indexed</source>
        <translation>
            <numerusform>Suchindex: %1 von %n Datensatz erfasst</numerusform>
            <numerusform>Suchindex: %1 von %n Datensätzen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="156"/>
        <source>Journal: %1</source>
        <translation>Tagebuch: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="157"/>
        <source>Schema version: %1 (this Rekindle writes %2)</source>
        <translation>Schema-Version: %1 (dieses Rekindle schreibt %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="164"/>
        <source>The integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="167"/>
        <source>Database structure: %1</source>
        <translation>Datenbankstruktur: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="169"/>
        <source>Database structure: ok</source>
        <translation>Datenbankstruktur: in Ordnung</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="174"/>
        <source>Links between records: broken links in %1</source>
        <translation>Verknüpfungen zwischen Datensätzen: fehlerhafte Verknüpfungen in %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="177"/>
        <source>Links between records: ok</source>
        <translation>Verknüpfungen zwischen Datensätzen: in Ordnung</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="184"/>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="200"/>
        <source>Search index: an encrypted journal&apos;s index on disk holds %1 records</source>
        <translation>Suchindex: Der Index eines verschlüsselten Tagebuchs auf dem Datenträger enthält %1 Datensätze</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="204"/>
        <source>Search index: in memory only (the journal is locked)</source>
        <translation>Suchindex: nur im Arbeitsspeicher (das Tagebuch ist gesperrt)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="209"/>
        <source>Search index: ok</source>
        <translation>Suchindex: in Ordnung</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="224"/>
        <source>Encrypted text: every value opens</source>
        <translation>Verschlüsselter Text: Jeder Wert lässt sich öffnen</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="226"/>
        <source>Encrypted text: not checked (the journal is locked)</source>
        <translation>Verschlüsselter Text: nicht geprüft (das Tagebuch ist gesperrt)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="240"/>
        <source>Table &quot;%1&quot; is not known to export and restore (a missing RecordKinds entry)</source>
        <translation>Die Tabelle „%1“ ist Export und Wiederherstellung nicht bekannt (ein fehlender Eintrag in RecordKinds)</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEncryption</name>
    <message>
        <location filename="../app/storage/JournalEncryption.cpp" line="19"/>
        <location filename="../app/storage/JournalEncryption.cpp" line="29"/>
        <source>This journal is not encrypted.</source>
        <translation>Dieses Tagebuch ist nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEntry</name>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="24"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/JournalEntry.cpp" line="34"/>
        <source>The title is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>Der Titel ist zu lang: Bleib unter %n Zeichen.</numerusform>
            <numerusform>Der Titel ist zu lang: Bleib unter %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="39"/>
        <source>This entry is too long to save. Split it into several entries.</source>
        <translation>Dieser Eintrag ist zu lang zum Speichern. Teile ihn auf mehrere Einträge auf.</translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="42"/>
        <source>Mood must be between %1 and %2.</source>
        <translation>Die Stimmung muss zwischen %1 und %2 liegen.</translation>
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
        <translation>Das Tagebuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="367"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="513"/>
        <source>Rekindle Journal</source>
        <translation>Rekindle-Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="514"/>
        <source>Exported on %1.</source>
        <translation>Exportiert am %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="539"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="563"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalImport</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="244"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>Die Datei ist kein lesbarer Rekindle-Export: %1 in Zeile %2, Spalte %3. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="252"/>
        <source>the whole file</source>
        <translation>die ganze Datei</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="253"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>Ein Export ist ein JSON-Objekt, dies ist %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="262"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>Rekindle kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="266"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 ist zu groß für einen Rekindle-Export.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="273"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>%1 kann nicht geöffnet werden: %2 Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="vanished">Das ist kein Rekindle-Tagebuchexport („format“ muss „%1“ sein).</translation>
    </message>
    <message>
        <source>it must be a whole number from 1.</source>
        <translation type="vanished">Es muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation type="vanished">Die Datei wurde mit einer neueren Version von Rekindle geschrieben (Format %1; diese Version liest bis %2). Aktualisiere Rekindle, um sie zu importieren.</translation>
    </message>
    <message>
        <source>it must be an object, not %1.</source>
        <translation type="vanished">Es muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation type="vanished">Der Name einer Einstellung muss 1 bis 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>a setting must be text, not %1.</source>
        <translation type="vanished">Eine Einstellung muss Text sein, nicht %1.</translation>
    </message>
    <message>
        <source>the setting is too long.</source>
        <translation type="vanished">Die Einstellung ist zu lang.</translation>
    </message>
    <message>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation type="vanished">Rekindle kennt Datensätze dieser Art nicht. Die Datei stammt vielleicht aus einer neueren Version von Rekindle.</translation>
    </message>
    <message>
        <source>it must be a list, not %1.</source>
        <translation type="vanished">Es muss eine Liste sein, nicht %1.</translation>
    </message>
    <message>
        <source>a record must be an object, not %1.</source>
        <translation type="vanished">Ein Datensatz muss ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation type="vanished">„%1“ ist kein Feld dieser Art von Datensatz.</translation>
    </message>
    <message>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation type="vanished">Die UID „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation type="vanished">Der Datensatz hat dasselbe %1 wie %2; das Tagebuch kann nur einen davon behalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation type="vanished">„%1“ verweist auf „%2“, das weder in der Datei noch im Tagebuch ist.</translation>
    </message>
    <message>
        <source>The import could not be written; nothing was changed.</source>
        <translation type="vanished">Der Import konnte nicht geschrieben werden; es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalLock</name>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="127"/>
        <source>Rekindle cannot write in the journal folder %1. Check its permissions, or choose another folder.</source>
        <translation>Rekindle kann nicht in den Tagebuchordner %1 schreiben. Prüfe seine Berechtigungen oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="150"/>
        <source>The journal is not held by another computer, so there is nothing to take over.</source>
        <translation>Das Tagebuch wird von keinem anderen Computer gehalten, es gibt also nichts zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="154"/>
        <source>Rekindle cannot remove the lock file %1. Check the permissions of its folder.</source>
        <translation>Rekindle kann die Sperrdatei %1 nicht entfernen. Prüfe die Berechtigungen ihres Ordners.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPanel</name>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="34"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="41"/>
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="vanished">Einen neuen Eintrag beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="62"/>
        <source>Start a new entry (%1)</source>
        <translation>Einen neuen Eintrag beginnen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="65"/>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="68"/>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="260"/>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="102"/>
        <source>Write the First Entry</source>
        <translation>Den ersten Eintrag schreiben</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="159"/>
        <source>Your entries could not be read from the journal: %1</source>
        <translation>Deine Einträge konnten nicht aus dem Tagebuch gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="272"/>
        <source>Your changes are still being saved. Try again in a moment.</source>
        <translation>Deine Änderungen werden noch gespeichert. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="309"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation type="vanished">Neuer Eintrag</translation>
    </message>
    <message>
        <source>Delete this entry? Its text will be removed from the journal for good.</source>
        <translation type="vanished">Diesen Eintrag löschen? Sein Text wird endgültig aus dem Tagebuch entfernt.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="337"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="vanished">Nicht gespeichert</translation>
    </message>
    <message>
        <source>Your text is still here in the editor. Rekindle will try again as you keep writing.</source>
        <translation type="vanished">Dein Text ist noch im Editor. Rekindle versucht es weiter, während du schreibst.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="351"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="371"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="434"/>
        <source>Open Entry</source>
        <translation>Eintrag öffnen</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPrivacy</name>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="82"/>
        <source>Type your passphrase to open the journal.</source>
        <translation>Gib deine Passphrase ein, um das Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="93"/>
        <source>Type your recovery key to open the journal.</source>
        <translation>Gib deinen Wiederherstellungsschlüssel ein, um das Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="212"/>
        <source>Choose between 0 (never) and %1 minutes.</source>
        <translation>Wähle einen Wert zwischen 0 (nie) und %1 Minuten.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="246"/>
        <source>Choose a passphrase first.</source>
        <translation>Wähle zuerst eine Passphrase.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="248"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="260"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="276"/>
        <source>Rekindle is still busy with your passphrase. Try again in a moment.</source>
        <translation>Rekindle ist noch mit deiner Passphrase beschäftigt. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="274"/>
        <source>Choose a new passphrase first.</source>
        <translation>Wähle zuerst eine neue Passphrase.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="325"/>
        <source>Easy to guess for now. A few unrelated words, like a short odd sentence, are easy to remember and much harder to guess.</source>
        <translation>Noch leicht zu erraten. Ein paar Wörter, die nichts miteinander zu tun haben, etwa ein kurzer, seltsamer Satz, sind leicht zu merken und viel schwerer zu erraten.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="328"/>
        <source>A fair start. One more word would make it much harder to guess.</source>
        <translation>Ein guter Anfang. Ein Wort mehr würde sie viel schwerer zu erraten machen.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="329"/>
        <source>Hard to guess. Keep it where only you can find it.</source>
        <translation>Schwer zu erraten. Bewahre sie dort auf, wo nur du sie findest.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalRecovery</name>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="47"/>
        <source>The journal file is damaged. Rekindle has not changed it.</source>
        <translation>Die Tagebuchdatei ist beschädigt. Rekindle hat sie nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="61"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>Rekindle kann die Tagebuchdatei %1 nicht lesen. Prüfe ihre Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="94"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="104"/>
        <source>The journal could not be checked.</source>
        <translation>Das Tagebuch konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="153"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="159"/>
        <source>Rekindle could not move the damaged journal aside, so it changed nothing. Check that you may write in %1.</source>
        <translation>Rekindle konnte das beschädigte Tagebuch nicht beiseitelegen und hat deshalb nichts verändert. Prüfe, ob du in %1 schreiben darfst.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="174"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="177"/>
        <source>The backup %1 is incomplete or damaged; choose another one.</source>
        <translation>Die Sicherung %1 ist unvollständig oder beschädigt; wähle eine andere.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="187"/>
        <source>Rekindle could not copy the backup %1 into the journal folder. Check that the disk has room.</source>
        <translation>Rekindle konnte die Sicherung %1 nicht in den Tagebuchordner kopieren. Prüfe, ob auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="270"/>
        <source>Nothing could be read from the damaged journal. Restore a backup instead; the damaged file is kept.</source>
        <translation>Aus dem beschädigten Tagebuch ließ sich nichts lesen. Stelle stattdessen eine Sicherung wieder her; die beschädigte Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="274"/>
        <source>Rekindle could not make a temporary folder to read the journal.</source>
        <translation>Rekindle konnte keinen temporären Ordner anlegen, um das Tagebuch zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="280"/>
        <source>Rekindle cannot read the journal file %1.</source>
        <translation>Rekindle kann die Tagebuchdatei %1 nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="298"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="306"/>
        <source>The export could not be written to %1. Check that the disk has room.</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden. Prüfe, ob auf dem Datenträger Platz ist.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalSpelling</name>
    <message>
        <location filename="../app/models/JournalSpelling.cpp" line="87"/>
        <source>There is no dictionary for %1 on this computer.</source>
        <translation>Auf diesem Computer gibt es kein Wörterbuch für %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalVault</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="153"/>
        <location filename="../app/storage/JournalVault.cpp" line="168"/>
        <source>Rekindle cannot read the journal&apos;s keys.</source>
        <translation>Rekindle kann die Schlüssel des Tagebuchs nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="172"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>Der Schlüssel des Tagebuchs fehlt, deshalb kann das Tagebuch nicht entsperrt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="194"/>
        <location filename="../app/storage/JournalVault.cpp" line="311"/>
        <location filename="../app/storage/JournalVault.cpp" line="377"/>
        <location filename="../app/storage/JournalVault.cpp" line="399"/>
        <location filename="../app/storage/JournalVault.cpp" line="415"/>
        <source>This journal is not encrypted.</source>
        <translation>Dieses Tagebuch ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="199"/>
        <location filename="../app/storage/JournalVault.cpp" line="221"/>
        <source>The journal could not be unlocked.</source>
        <translation>Das Tagebuch konnte nicht entsperrt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="203"/>
        <source>The journal could not be unlocked. Try again.</source>
        <translation>Das Tagebuch konnte nicht entsperrt werden. Versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="255"/>
        <source>Rekindle could not encrypt the journal.</source>
        <translation>Rekindle konnte das Tagebuch nicht verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="257"/>
        <source>This journal is encrypted already.</source>
        <translation>Dieses Tagebuch ist schon verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="259"/>
        <source>This journal is protected because it is damaged, so it cannot be encrypted. Rescue its content first.</source>
        <translation>Dieses Tagebuch ist geschützt, weil es beschädigt ist, deshalb kann es nicht verschlüsselt werden. Rette zuerst seinen Inhalt.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="vanished">Wähle eine Passphrase.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="309"/>
        <source>Rekindle could not decrypt the journal.</source>
        <translation>Rekindle konnte das Tagebuch nicht entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="313"/>
        <location filename="../app/storage/JournalVault.cpp" line="416"/>
        <source>Unlock the journal first.</source>
        <translation>Entsperre zuerst das Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="397"/>
        <source>Rekindle could not change the passphrase.</source>
        <translation>Rekindle konnte die Passphrase nicht ändern.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="379"/>
        <location filename="../app/storage/JournalVault.cpp" line="401"/>
        <source>This journal is protected because it is damaged, so its passphrase cannot be changed.</source>
        <translation>Dieses Tagebuch ist geschützt, weil es beschädigt ist, deshalb kann seine Passphrase nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="385"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to change its passphrase; the journal has not been changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Rekindle verschlüsselt. Aktualisiere Rekindle, um seine Passphrase zu ändern; das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="389"/>
        <source>Choose a new passphrase.</source>
        <translation>Wähle eine neue Passphrase.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="413"/>
        <source>Rekindle could not make a new recovery key.</source>
        <translation>Rekindle konnte keinen neuen Wiederherstellungsschlüssel erzeugen.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="461"/>
        <source>Rekindle could not delete the unencrypted backup %1. Check its permissions, or delete it yourself.</source>
        <translation>Rekindle konnte die unverschlüsselte Sicherung %1 nicht löschen. Prüfe ihre Berechtigungen oder lösche sie selbst.</translation>
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
        <translation>Übernimm nur, wenn Rekindle auf „%1“ geschlossen ist: Was dort danach getippt wird, kann verloren gehen.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="50"/>
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="51"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="150"/>
        <source>Rekindle — Sample Journal</source>
        <translation>Rekindle — Beispieltagebuch</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="153"/>
        <source>Recovery &amp;Options…</source>
        <translation>&amp;Wiederherstellungsoptionen …</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="161"/>
        <source>%1 To keep it as it is, nothing more is saved to it. Choose Recovery Options to restore a backup or save what can be read.</source>
        <translation>%1 Damit es so bleibt, wie es ist, wird nichts mehr darin gespeichert. Wähle „Wiederherstellungsoptionen“, um eine Sicherung wiederherzustellen oder zu sichern, was sich lesen lässt.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="169"/>
        <source>The journal cannot be read whole, so it cannot be backed up before a restore. The backup can replace it here instead.</source>
        <translation>Das Tagebuch lässt sich nicht vollständig lesen und kann deshalb vor einer Wiederherstellung nicht gesichert werden. Stattdessen kann die Sicherung es hier ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="175"/>
        <source>Rekindle was stopped without closing the journal, and the file that held its last saves (journal.sqlite3-wal) is gone. What was saved shortly before may be missing.</source>
        <translation>Rekindle wurde beendet, ohne das Tagebuch zu schließen, und die Datei mit den letzten Speicherungen (journal.sqlite3-wal) fehlt. Was kurz davor gespeichert wurde, fehlt vielleicht.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="179"/>
        <source>A backup may still hold it: Recovery Options lists them.</source>
        <translation>Eine Sicherung enthält es vielleicht noch: „Wiederherstellungsoptionen“ zeigt sie an.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="213"/>
        <source>&amp;Lock Journal</source>
        <translation>Tagebuch &amp;sperren</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="216"/>
        <source>Lock the journal now: your passphrase opens it again</source>
        <translation>Das Tagebuch jetzt sperren: Deine Passphrase öffnet es wieder</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="235"/>
        <source>Preparing search: %1%</source>
        <translation>Suche wird vorbereitet: %1 %</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="238"/>
        <source>Search is ready.</source>
        <translation>Die Suche ist bereit.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="280"/>
        <source>Not locked: some of your writing could not be saved yet, and locking now would lose it. Rekindle keeps trying to save it.</source>
        <translation>Nicht gesperrt: Einiges von deinem Text konnte noch nicht gespeichert werden, und jetzt zu sperren würde ihn verlieren. Rekindle versucht weiter, ihn zu speichern.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="381"/>
        <source>&amp;Allow Changes…</source>
        <translation>Änderungen &amp;erlauben …</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="385"/>
        <source>Allow Rekindle to change this journal?</source>
        <translation>Rekindle erlauben, dieses Tagebuch zu ändern?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="387"/>
        <source>Its folder or file was set so that it cannot be changed. Rekindle can give you, its owner, write permission again and open the journal for writing. Nothing else changes.</source>
        <translation>Sein Ordner oder seine Datei wurde so eingestellt, dass sie nicht verändert werden kann. Rekindle kann dir als Besitzer wieder Schreibrechte geben und das Tagebuch zum Schreiben öffnen. Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="390"/>
        <source>Allow Changes</source>
        <translation>Änderungen erlauben</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="391"/>
        <source>Keep Read-Only</source>
        <translation>Schreibgeschützt lassen</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="29"/>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="34"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="36"/>
        <source>How Rekindle gauges the pace of reconnecting. These inform; they never block anything.</source>
        <translation>Wie Rekindle das Tempo beim Wiederannähern einschätzt. Diese Werte informieren nur; sie blockieren nie etwas.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="42"/>
        <source>Days of space before reaching &amp;out:</source>
        <translation>Tage Abstand, bevor du dich &amp;meldest:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="47"/>
        <source>Smallest &amp;gap between two milestones:</source>
        <translation>Kleinster &amp;Abstand zwischen zwei Meilensteinen:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="58"/>
        <source>Reconnecting</source>
        <translation>Wieder Kontakt aufnehmen</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyRules</name>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="50"/>
        <source>Staying Safe</source>
        <translation>Sicher bleiben</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="51"/>
        <source>Respecting Their No</source>
        <translation>Ein Nein respektieren</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="53"/>
        <source>Closure</source>
        <translation>Abschluss finden</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="55"/>
        <source>Moving On</source>
        <translation>Nach vorn schauen</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="70"/>
        <source>Keep yourself safe, with people you trust.</source>
        <translation>Pass gut auf dich auf, mit Menschen, denen du vertraust.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="72"/>
        <source>Honour their no, and look after yourself.</source>
        <translation>Respektiere das Nein und kümmere dich um dich.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="75"/>
        <source>Find closure in your own words.</source>
        <translation>Finde einen Abschluss, mit deinen eigenen Worten.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="78"/>
        <source>Move on, at your own pace.</source>
        <translation>Schau nach vorn, in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="93"/>
        <source>Your safety comes first. This step is about keeping distance, leaning on people you trust and knowing where help is. Support and safety services are listed under Help.</source>
        <translation>Deine Sicherheit geht vor. In diesem Schritt geht es darum, Abstand zu halten, dich auf Menschen zu stützen, denen du vertraust, und zu wissen, wo es Hilfe gibt. Hilfs- und Schutzangebote findest du unter Hilfe.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="97"/>
        <source>They have said no, and honouring that is an act of care for both of you. This step is about giving that space fully and looking after yourself.</source>
        <translation>Die andere Person hat Nein gesagt, und das zu respektieren ist ein Akt der Fürsorge für euch beide. In diesem Schritt geht es darum, diesen Abstand ganz zu geben und dich um dich zu kümmern.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="102"/>
        <source>Closure comes from within, not from the other person. Write what you could not say, and what you have learned. Nothing here is ever sent.</source>
        <translation>Ein Abschluss kommt von innen, nicht von der anderen Person. Schreib auf, was du nicht sagen konntest und was du gelernt hast. Nichts hiervon wird je gesendet.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="106"/>
        <source>Moving on is a full and good outcome. Think about what matters to you next, at your own pace.</source>
        <translation>Loszulassen ist ein vollwertiger, guter Ausgang. Denk in deinem eigenen Tempo darüber nach, was dir als Nächstes wichtig ist.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="123"/>
        <source>Write about what helps you feel safe and steady. Begin with the button below or %1.</source>
        <translation>Schreib darüber, was dir hilft, dich sicher und gefestigt zu fühlen. Fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="126"/>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or %1.</source>
        <translation>Schreib darüber, wie es dir geht, jetzt, wo du weißt, woran du bist. Fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="130"/>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or %1.</source>
        <translation>Schreib auf, was du gern gesagt hättest, nur für dich. Fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="134"/>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or %1.</source>
        <translation>Schreib darüber, worauf du dich in deinem eigenen Leben freust. Fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <source>Write about what helps you feel safe and steady. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib darüber, was dir hilft, dich sicher und gefestigt zu fühlen. Fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib darüber, wie es dir geht, jetzt, wo du weißt, woran du bist. Fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib auf, was du gern gesagt hättest, nur für dich. Fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib darüber, worauf du dich in deinem eigenen Leben freust. Fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="150"/>
        <source>Because a no was recorded, steps 3 to 5 now help you respect it and look after yourself; the tools for reaching out are put away. Only you can change this: by changing your answer in the safety check, or the reply you recorded.</source>
        <translation>Weil ein Nein eingetragen wurde, helfen dir die Schritte 3 bis 5 jetzt, es zu respektieren und dich um dich zu kümmern; die Werkzeuge zum Kontaktaufnehmen sind weggeräumt. Nur du kannst das ändern: indem du deine Antwort im Sicherheitscheck änderst oder die eingetragene Antwort.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="155"/>
        <source>Because safety is at stake, steps 3 to 5 now help you stay safe and move on, with a safety plan in step 4; the tools for reaching out are put away. Only you can change this, in the safety check.</source>
        <translation>Weil es um Sicherheit geht, helfen dir die Schritte 3 bis 5 jetzt, sicher zu bleiben und nach vorn zu schauen, mit einem Sicherheitsplan in Schritt 4; die Werkzeuge zum Kontaktaufnehmen sind weggeräumt. Nur du kannst das ändern, im Sicherheitscheck.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyAttempt</name>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="39"/>
        <source>The journal is unlocked.</source>
        <translation>Das Tagebuch ist entsperrt.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="52"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>Der Schlüssel des Tagebuchs fehlt, deshalb kann das Tagebuch nicht entsperrt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="57"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to open it; the journal has not been changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Rekindle verschlüsselt. Aktualisiere Rekindle, um es zu öffnen; das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="68"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Gib die Passphrase des Tagebuchs ein.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyEnvelope</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="66"/>
        <source>This is not a Rekindle journal key.</source>
        <translation>Das ist kein Schlüssel eines Rekindle-Tagebuchs.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="69"/>
        <source>This journal was encrypted by a newer version of Rekindle. Install the newer version to open it; this one leaves it as it is.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Rekindle verschlüsselt. Installiere die neuere Version, um es zu öffnen; diese lässt es, wie es ist.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyWrap</name>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="93"/>
        <source>Rekindle could not protect the journal&apos;s key.</source>
        <translation>Rekindle konnte den Schlüssel des Tagebuchs nicht schützen.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="114"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>Der Schlüssel des Tagebuchs ist beschädigt, deshalb kann das Tagebuch nicht entsperrt werden. Eine Sicherung enthält vielleicht noch eine intakte Kopie.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="130"/>
        <source>This passphrase does not unlock the journal. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>Diese Passphrase entsperrt das Tagebuch nicht. Prüfe die Tastaturbelegung und die Feststelltaste oder verwende den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="132"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="144"/>
        <source>This recovery key does not belong to this journal.</source>
        <translation>Dieser Wiederherstellungsschlüssel gehört nicht zu diesem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="180"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Gib die Passphrase des Tagebuchs ein.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="218"/>
        <source>Choose a new passphrase.</source>
        <translation>Wähle eine neue Passphrase.</translation>
    </message>
</context>
<context>
    <name>Rekindle::LanguagePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="25"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="32"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="34"/>
        <source>“System” follows the languages your computer is set to. Dates and numbers follow the language too. A change takes effect the next time Rekindle starts.</source>
        <translation>„System“ folgt den Sprachen, die auf deinem Computer eingestellt sind. Daten und Zahlen richten sich ebenfalls nach der Sprache. Eine Änderung gilt ab dem nächsten Start von Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="48"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Rekindle::LockedCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="34"/>
        <source>The journal is locked. Unlock it with your passphrase first.</source>
        <translation>Das Tagebuch ist gesperrt. Entsperre es zuerst mit deiner Passphrase.</translation>
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
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="202"/>
        <source>All changes saved at %1</source>
        <translation>Alle Änderungen um %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="344"/>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="103"/>
        <source>Everything you write stays on this computer.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="207"/>
        <source>Not saved: %1 Your text stays in the editor, and Rekindle keeps trying to save it.</source>
        <translation>Nicht gespeichert: %1 Dein Text bleibt im Editor, und Rekindle versucht weiter, ihn zu speichern.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="266"/>
        <source>Goal added to Work on Yourself (%1).</source>
        <translation>Ziel zu „An dir arbeiten“ hinzugefügt (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="32"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="38"/>
        <source>Start a new journal entry in the current step</source>
        <translation>Einen neuen Tagebucheintrag im aktuellen Schritt beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="60"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation type="vanished">Eintrag &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="63"/>
        <source>&amp;Delete Entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="87"/>
        <source>Step &amp;%1: %2</source>
        <translation>Schritt &amp;%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="94"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="120"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="122"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="126"/>
        <source>Find a day with writing in this step&apos;s journal and open it</source>
        <translation>Einen Tag mit Einträgen im Tagebuch dieses Schritts finden und öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="151"/>
        <source>&amp;About Rekindle</source>
        <translation>Ü&amp;ber Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="154"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="170"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="171"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="172"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="173"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="174"/>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="427"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="428"/>
        <source>Some of your writing could not be saved. If you quit now, it will be lost. Quit anyway?</source>
        <translation>Einiges von deinem Text konnte nicht gespeichert werden. Wenn du jetzt beendest, geht es verloren. Trotzdem beenden?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="250"/>
        <source>This item is no longer in the journal.</source>
        <translation>Dieser Eintrag ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>Goal added to Work on Yourself (Ctrl+2).</source>
        <translation type="vanished">Ziel zu „An dir arbeiten“ hinzugefügt (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="71"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="80"/>
        <source>&amp;Search the Journal</source>
        <translation>Tagebuch &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="101"/>
        <source>&amp;Appearance</source>
        <translation>Er&amp;scheinungsbild</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="105"/>
        <source>&amp;Like the System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="106"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="107"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="128"/>
        <source>&amp;Reflect</source>
        <translation>&amp;Nachdenken</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="130"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Nachdenken …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="133"/>
        <source>Answer a few questions about the current step</source>
        <translation>Ein paar Fragen zum aktuellen Schritt beantworten</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="135"/>
        <source>&amp;Mood Check-in…</source>
        <translation>&amp;Stimmung festhalten …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="138"/>
        <source>Note how you feel right now</source>
        <translation>Festhalten, wie es dir gerade geht</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="140"/>
        <source>&amp;Progress…</source>
        <translation>&amp;Fortschritt …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="144"/>
        <source>See your progress and how things changed over time</source>
        <translation>Deinen Fortschritt sehen und wie sich die Dinge mit der Zeit verändert haben</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="301"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Rekindle::MarkdownBar</name>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="23"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="39"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="41"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="44"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="47"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="50"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="83"/>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::Meetup</name>
    <message>
        <location filename="../app/core/Meetup.cpp" line="19"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="20"/>
        <source>A walk</source>
        <translation>Ein Spaziergang</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="21"/>
        <source>A meal</source>
        <translation>Ein Essen</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="22"/>
        <source>An activity</source>
        <translation>Eine Unternehmung</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="23"/>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="26"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="27"/>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="28"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="29"/>
        <source>Difficult</source>
        <translation>Schwierig</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="30"/>
        <source>They did not want to meet</source>
        <translation>Die andere Person wollte sich nicht treffen</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="38"/>
        <source>Choose the day of the meet-up.</source>
        <translation>Wähle den Tag des Treffens.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="41"/>
        <source>Keep the place under %1 characters.</source>
        <translation>Bleib beim Ort unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="45"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>Die Notiz ist zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="50"/>
        <source>How it went can be recorded once the day has come.</source>
        <translation>Wie es gelaufen ist, lässt sich eintragen, sobald der Tag gekommen ist.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupModel</name>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="82"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="84"/>
        <source>What</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="86"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="88"/>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="90"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupsSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="29"/>
        <source>&amp;Plan Meet-up</source>
        <translation>Treffen &amp;planen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="39"/>
        <source>Somewhere easy and public</source>
        <translation>Irgendwo unkompliziert und öffentlich</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="43"/>
        <source>Keep it casual and short: a coffee or a walk is plenty. Afterwards, note how it went.</source>
        <translation>Halte es locker und kurz: Ein Kaffee oder ein Spaziergang reicht völlig. Notiere danach, wie es gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="47"/>
        <source>Plan a meet-up</source>
        <translation>Ein Treffen planen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="55"/>
        <source>&amp;Day:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="56"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="57"/>
        <source>W&amp;here:</source>
        <translation>W&amp;o:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="61"/>
        <source>&amp;Meet-ups</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="80"/>
        <source>Planned. Afterwards, double-click &quot;How it went&quot; to note it.</source>
        <translation>Geplant. Doppelklicke danach auf „Wie es lief“, um es zu notieren.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MemorySearchIndex</name>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="47"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="63"/>
        <source>The search index could not be built.</source>
        <translation>Der Suchindex konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="97"/>
        <source>Building the search index was stopped.</source>
        <translation>Der Aufbau des Suchindex wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="142"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="149"/>
        <source>The search index could not be saved.</source>
        <translation>Der Suchindex konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="162"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="168"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="195"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="220"/>
        <source>The search index could not be updated.</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheck</name>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="24"/>
        <source>Heavy topic</source>
        <translation>Schweres Thema</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="25"/>
        <source>The past</source>
        <translation>Die Vergangenheit</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="26"/>
        <source>Blame</source>
        <translation>Vorwürfe</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="27"/>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="31"/>
        <source>A heavy topic. The relationship, big apologies and declarations can wait for a time when you are both ready; a first message works best when it is light.</source>
        <translation>Ein schweres Thema. Die Beziehung, große Entschuldigungen und Liebeserklärungen können warten, bis ihr beide bereit seid; eine erste Nachricht wirkt am besten, wenn sie leicht ist.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="35"/>
        <source>About the past. Bringing up old times can feel like pressure; talk about today instead.</source>
        <translation>Über die Vergangenheit. Alte Zeiten anzusprechen, kann sich wie Druck anfühlen; sprich lieber über heute.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="38"/>
        <source>Sounds like blame. Words like &quot;always&quot; and &quot;never&quot; tend to start an argument; speak about yourself instead.</source>
        <translation>Klingt nach einem Vorwurf. Wörter wie „immer“ und „nie“ führen leicht zum Streit; sprich lieber von dir selbst.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="41"/>
        <source>Sounds like pressure. Leave them free to answer when, and if, they want to.</source>
        <translation>Klingt nach Druck. Lass der anderen Person die Freiheit, zu antworten, wann und ob sie möchte.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="47"/>
        <source>Ask how they are: &quot;Hi, I hope you are doing well. How is the new job going?&quot;</source>
        <translation>Frag, wie es ihr geht: „Hallo, ich hoffe, es geht dir gut. Wie läuft es im neuen Job?“</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="50"/>
        <source>Share something good: &quot;I finally finished that pottery class. Thought you might smile at that.&quot;</source>
        <translation>Teile etwas Schönes: „Ich habe den Töpferkurs endlich abgeschlossen. Dachte, das bringt dich vielleicht zum Lächeln.“</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="53"/>
        <source>Mention something you know they enjoy: &quot;Saw that your team won yesterday. Great game!&quot;</source>
        <translation>Erwähne etwas, von dem du weißt, dass es ihr Freude macht: „Hab gesehen, dass deine Mannschaft gestern gewonnen hat. Tolles Spiel!“</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="56"/>
        <source>Keep it short and leave no question that needs an answer.</source>
        <translation>Halte es kurz und stell keine Frage, die eine Antwort verlangt.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="79"/>
        <source>Type the phrase to look for.</source>
        <translation>Gib die Wendung ein, nach der gesucht werden soll.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="82"/>
        <source>Keep the phrase under %1 characters.</source>
        <translation>Bleib bei der Wendung unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="86"/>
        <source>A phrase of one character would match too much: use at least two.</source>
        <translation>Eine Wendung aus einem einzigen Zeichen würde zu viel finden: Nimm mindestens zwei.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="91"/>
        <source>A gap (… or ...) stands between two words, as in &quot;you … never&quot;: put a word before and after it.</source>
        <translation>Eine Lücke (… oder ...) steht zwischen zwei Wörtern, wie in „du … nie“: Setz ein Wort davor und eines danach.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="159"/>
        <source>This is a long message (%n characters). A first message works best in two or three sentences.</source>
        <translation>
            <numerusform>Das ist eine lange Nachricht (%n Zeichen). Eine erste Nachricht wirkt am besten mit zwei oder drei Sätzen.</numerusform>
            <numerusform>Das ist eine lange Nachricht (%n Zeichen). Eine erste Nachricht wirkt am besten mit zwei oder drei Sätzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="172"/>
        <source>%n of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation>
            <numerusform>Auf %n deiner Nachrichten hintereinander gibt es noch keine Antwort. Zu warten ist freundlicher zu euch beiden.</numerusform>
            <numerusform>Auf %n deiner Nachrichten hintereinander gibt es noch keine Antwort. Zu warten ist freundlicher zu euch beiden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="186"/>
        <source>You wrote to them an hour ago. Let a few days pass.</source>
        <translation>Du hast vor einer Stunde geschrieben. Lass ein paar Tage vergehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="188"/>
        <source>You wrote to them %n hours ago. Let a few days pass.</source>
        <translation>
            <numerusform>Du hast vor %n Stunde geschrieben. Lass ein paar Tage vergehen.</numerusform>
            <numerusform>Du hast vor %n Stunden geschrieben. Lass ein paar Tage vergehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a long message (%1 characters). A first message works best in two or three sentences.</source>
        <translation type="vanished">Das ist eine lange Nachricht (%1 Zeichen). Eine erste Nachricht wirkt am besten mit zwei oder drei Sätzen.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="169"/>
        <source>Your last message has no reply yet. Give them time before writing again.</source>
        <translation>Auf deine letzte Nachricht gibt es noch keine Antwort. Gib der anderen Person Zeit, bevor du wieder schreibst.</translation>
    </message>
    <message>
        <source>%1 of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation type="vanished">Auf %1 deiner Nachrichten hintereinander gibt es noch keine Antwort. Zu warten ist freundlicher zu euch beiden.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="183"/>
        <source>You wrote to them less than an hour ago. Let a few days pass.</source>
        <translation>Du hast vor weniger als einer Stunde geschrieben. Lass ein paar Tage vergehen.</translation>
    </message>
    <message>
        <source>You wrote to them %1 hours ago. Let a few days pass.</source>
        <translation type="vanished">Du hast vor %1 Stunden geschrieben. Lass ein paar Tage vergehen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheckDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="63"/>
        <source>&amp;Add Phrase</source>
        <translation>Wendung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="65"/>
        <source>&amp;Remove Phrase</source>
        <translation>Wendung ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="67"/>
        <source>&amp;Keep the text in the log</source>
        <translation>Den Text im Verlauf &amp;behalten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="68"/>
        <source>I &amp;Sent It Myself</source>
        <translation>Ich habe sie selbst &amp;gesendet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="72"/>
        <source>Message Check</source>
        <translation>Nachricht prüfen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="74"/>
        <source>Type or paste the message you are thinking of sending.</source>
        <translation>Tippe oder füge die Nachricht ein, die du senden möchtest.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="79"/>
        <source>What the check found</source>
        <translation>Was die Prüfung gefunden hat</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="83"/>
        <source>A phrase of your own to watch for</source>
        <translation>Eine eigene Wendung, auf die geachtet werden soll</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="85"/>
        <source>Kind of phrase</source>
        <translation>Art der Wendung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="90"/>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="114"/>
        <source>My phrases</source>
        <translation>Meine Wendungen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="93"/>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="100"/>
        <source>&amp;Draft:</source>
        <translation>&amp;Entwurf:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="102"/>
        <source>What the check &amp;found:</source>
        <translation>Was die &amp;Prüfung gefunden hat:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="104"/>
        <source>Lighter ways to open</source>
        <translation>Leichtere Einstiege</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="150"/>
        <source>Sent &amp;as:</source>
        <translation>Gesendet &amp;als:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="214"/>
        <source>%1 – &quot;%2&quot;: %3</source>
        <translation>%1 – „%2“: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="221"/>
        <source>Rekindle will point out what might weigh a first message down.</source>
        <translation>Rekindle zeigt dir, was eine erste Nachricht schwer machen könnte.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="223"/>
        <source>This reads light and friendly. Whether and when to send it is up to you.</source>
        <translation>Das liest sich leicht und freundlich. Ob und wann du es sendest, entscheidest du.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="226"/>
        <source>A few things to look at (%1). Consider one of the lighter openers on the right.</source>
        <translation>Ein paar Dinge, die du dir ansehen kannst (%1). Vielleicht passt einer der leichteren Einstiege rechts.</translation>
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
        <translation>Schreib zuerst die Nachricht.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneChart</name>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="24"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="25"/>
        <source>No milestone planned or reached in this period. Give a milestone of step 5 a day, and it shows here on the timeline.</source>
        <translation>In diesem Zeitraum wurde kein Meilenstein geplant oder erreicht. Gib einem Meilenstein aus Schritt 5 einen Tag, dann erscheint er hier auf der Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="43"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="84"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="48"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="85"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="53"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="115"/>
        <source>Reached sooner than your chosen gap</source>
        <translation>Früher erreicht als dein gewählter Abstand</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Reached on %1</source>
        <translation>Erreicht am %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Planned for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="65"/>
        <source>Planned for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="67"/>
        <source>Reached on</source>
        <translation>Erreicht am</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="109"/>
        <location filename="../app/models/MilestoneModel.cpp" line="118"/>
        <location filename="../app/models/MilestoneModel.cpp" line="127"/>
        <source>Choose a milestone first.</source>
        <translation>Wähle zuerst einen Meilenstein aus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneStore</name>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="41"/>
        <source>This milestone is no longer in the journal.</source>
        <translation>Dieser Meilenstein ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="54"/>
        <source>The milestones could not be prepared.</source>
        <translation>Die Meilensteine konnten nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="103"/>
        <source>The milestone could not be added.</source>
        <translation>Der Meilenstein konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="111"/>
        <source>Your changes to the milestone could not be saved.</source>
        <translation>Deine Änderungen am Meilenstein konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="131"/>
        <source>The milestone could not be removed.</source>
        <translation>Der Meilenstein konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="150"/>
        <source>The milestone could not be moved.</source>
        <translation>Der Meilenstein konnte nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="177"/>
        <source>The milestone could not be read.</source>
        <translation>Der Meilenstein konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="186"/>
        <source>The milestones could not be read.</source>
        <translation>Die Meilensteine konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestonesSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="33"/>
        <source>&amp;Add Milestone</source>
        <translation>Meilenstein &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="35"/>
        <source>&amp;Plan for</source>
        <translation>&amp;Planen für</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="36"/>
        <source>&amp;Reached Today</source>
        <translation>Heute &amp;erreicht</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="37"/>
        <source>Clear &amp;Dates</source>
        <translation>&amp;Daten löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="38"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="39"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="43"/>
        <source>M&amp;ilestones, in order</source>
        <translation>&amp;Meilensteine, der Reihe nach</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="47"/>
        <source>A milestone of your own</source>
        <translation>Ein eigener Meilenstein</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="48"/>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="52"/>
        <source>Planned day</source>
        <translation>Geplanter Tag</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="61"/>
        <source>There is no rush. Reorder, rename or remove these to fit your story; mark each one when it happens.</source>
        <translation>Es eilt nicht. Ordne sie neu, benenne sie um oder entferne sie, damit sie zu deiner Geschichte passen; markiere jeden, wenn es so weit ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="152"/>
        <source>Slow down a little.</source>
        <translation>Mach ein bisschen langsamer.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodChart</name>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="21"/>
        <source>Mood over time</source>
        <translation>Stimmung im Verlauf</translation>
    </message>
    <message>
        <source>No moods in this period yet. Check in with Ctrl+M, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation type="vanished">In diesem Zeitraum gibt es noch keine Stimmungen. Halte deine Stimmung mit Ctrl+M fest oder gib einem Tagebucheintrag eine Stimmung, dann siehst du hier ihren Verlauf.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="22"/>
        <source>No moods in this period yet. Check in with %1, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation>In diesem Zeitraum gibt es noch keine Stimmungen. Halte deine Stimmung mit %1 fest oder gib einem Tagebucheintrag eine Stimmung, dann siehst du hier ihren Verlauf.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Daily mood</source>
        <translation>Tagesstimmung</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Weekly mood</source>
        <translation>Wochenstimmung</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>4-week average</source>
        <translation>4-Wochen-Durchschnitt</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="76"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="98"/>
        <source>Week of %1
Mood %2 (%n value(s))
4-week average %3</source>
        <translation>
            <numerusform>Woche vom %1
Stimmung %2 (%n Wert)
4-Wochen-Durchschnitt %3</numerusform>
            <numerusform>Woche vom %1
Stimmung %2 (%n Werte)
4-Wochen-Durchschnitt %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="100"/>
        <source>%1
Mood %2 (%n value(s))
7-day average %3</source>
        <translation>
            <numerusform>%1
Stimmung %2 (%n Wert)
7-Tage-Durchschnitt %3</numerusform>
            <numerusform>%1
Stimmung %2 (%n Werte)
7-Tage-Durchschnitt %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodCheckIn</name>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="14"/>
        <source>Mood goes from %1 to %2.</source>
        <translation>Die Stimmung reicht von %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="18"/>
        <source>The note is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>Die Notiz ist zu lang: Bleib unter %n Zeichen.</numerusform>
            <numerusform>Die Notiz ist zu lang: Bleib unter %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="21"/>
        <source>Pick at most %n feelings.</source>
        <translation>
            <numerusform>Wähle höchstens %n Gefühl.</numerusform>
            <numerusform>Wähle höchstens %n Gefühle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="25"/>
        <source>A feeling&apos;s name may not be empty or contain a comma.</source>
        <translation>Der Name eines Gefühls darf nicht leer sein und kein Komma enthalten.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="64"/>
        <source>very low</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="28"/>
        <source>low</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="29"/>
        <source>quite low</source>
        <translation>eher schlecht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="30"/>
        <source>a bit low</source>
        <translation>etwas gedrückt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="31"/>
        <source>so-so</source>
        <translation>so lala</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="32"/>
        <source>okay</source>
        <translation>okay</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="33"/>
        <source>fairly good</source>
        <translation>ziemlich gut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="34"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="35"/>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="36"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="65"/>
        <source>wonderful</source>
        <translation>wunderbar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="51"/>
        <source>Mood Check-in</source>
        <translation>Stimmung festhalten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="54"/>
        <source>&amp;How do you feel right now?</source>
        <translation>&amp;Wie geht es dir gerade?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="73"/>
        <source>&amp;Feelings (pick any that fit)</source>
        <translation>&amp;Gefühle (wähle alle, die passen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="76"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="92"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="96"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="100"/>
        <source>Anything you want to remember about this moment</source>
        <translation>Alles, was du dir von diesem Moment merken möchtest</translation>
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
        <translation>Die Stimmung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="70"/>
        <source>The mood check-in could not be deleted.</source>
        <translation>Die Stimmung konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="71"/>
        <location filename="../app/storage/MoodStore.cpp" line="82"/>
        <source>This mood check-in no longer exists.</source>
        <translation>Diesen Stimmungseintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="78"/>
        <source>The mood check-in could not be read.</source>
        <translation>Die Stimmung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="90"/>
        <source>The mood check-ins could not be read.</source>
        <translation>Die Stimmungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="106"/>
        <source>The mood check-ins could not be counted.</source>
        <translation>Die Stimmungen konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodStrip</name>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="64"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="121"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="70"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="127"/>
        <source>no check-ins yet</source>
        <translation>noch keine Stimmungen festgehalten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="153"/>
        <source>Your latest moods. Check in with %1.</source>
        <translation>Deine letzten Stimmungen. Halte sie mit %1 fest.</translation>
    </message>
    <message>
        <source>Your latest moods. Check in with Ctrl+M.</source>
        <translation type="vanished">Deine letzten Stimmungen. Halte sie mit Ctrl+M fest.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="167"/>
        <source>Latest moods: no check-ins yet</source>
        <translation>Letzte Stimmungen: noch keine festgehalten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="168"/>
        <source>Latest moods, oldest first: %1</source>
        <translation>Letzte Stimmungen, älteste zuerst: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartItem</name>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="20"/>
        <source>Noticed</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="21"/>
        <source>Working on it</source>
        <translation>Ich arbeite daran</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="22"/>
        <source>Changed</source>
        <translation>Verändert</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="30"/>
        <source>Write a few words about what happened.</source>
        <translation>Schreib ein paar Worte darüber, was passiert ist.</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="34"/>
        <source>This text is too long: keep it under %1 characters.</source>
        <translation>Dieser Text ist zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartModel</name>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="79"/>
        <source>Goal in Work on Yourself: %1</source>
        <translation>Ziel in „An dir arbeiten“: %1</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="81"/>
        <source>Not a goal yet</source>
        <translation>Noch kein Ziel</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="96"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="98"/>
        <source>My part in it</source>
        <translation>Mein Anteil daran</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="100"/>
        <source>What I will do instead</source>
        <translation>Was ich stattdessen tun werde</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="104"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="156"/>
        <location filename="../app/models/MyPartModel.cpp" line="163"/>
        <source>Choose an item first.</source>
        <translation>Wähle zuerst einen Punkt aus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="35"/>
        <source>&amp;Add to My Part</source>
        <translation>Zu „Mein Anteil“ &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="38"/>
        <source>Turn into a &amp;Goal</source>
        <translation>Zum &amp;Ziel machen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="44"/>
        <source>For example: arguments about my long hours</source>
        <translation>Zum Beispiel: Streit über meine langen Arbeitszeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="46"/>
        <source>What I did or did not do</source>
        <translation>Was ich getan oder nicht getan habe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="48"/>
        <source>What I will do differently</source>
        <translation>Was ich anders machen werde</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="53"/>
        <source>Look at your own part honestly and kindly: everyone makes mistakes, and seeing them is how you change them.</source>
        <translation>Schau ehrlich und freundlich auf deinen eigenen Anteil: Alle machen Fehler, und sie zu sehen ist der Weg, etwas zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="58"/>
        <source>Something I see now</source>
        <translation>Etwas, das ich jetzt sehe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="66"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Was passiert ist:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="67"/>
        <source>My &amp;part in it:</source>
        <translation>Mein &amp;Anteil daran:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="68"/>
        <source>What I will do &amp;instead:</source>
        <translation>Was ich &amp;stattdessen tun werde:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="74"/>
        <source>My part</source>
        <translation>Mein Anteil</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="90"/>
        <source>Delete Item</source>
        <translation>Punkt löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="100"/>
        <source>Nothing here yet. Write one thing you would do differently above and press Add to My Part. Double-click any cell later to change it.</source>
        <translation>Hier ist noch nichts. Schreib oben eine Sache auf, die du anders machen würdest, und klicke auf „Zu ‚Mein Anteil‘ hinzufügen“. Später kannst du jede Zelle per Doppelklick ändern.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="104"/>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="160"/>
        <source>Make a goal in Work on Yourself from the selected item</source>
        <translation>Aus dem ausgewählten Punkt ein Ziel in „An dir arbeiten“ machen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="159"/>
        <source>This item already has a goal in Work on Yourself</source>
        <translation>Zu diesem Punkt gibt es schon ein Ziel in „An dir arbeiten“</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="194"/>
        <source>A goal was added to Work on Yourself: &quot;%1&quot;. Tick it there as you go.</source>
        <translation>Ein Ziel wurde zu „An dir arbeiten“ hinzugefügt: „%1“. Hake es dort ab, wann immer du es tust.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from My Part? A goal made from it stays.</source>
        <translation type="vanished">„%1“ aus „Mein Anteil“ löschen? Ein daraus entstandenes Ziel bleibt bestehen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStatusDelegate</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartStatusDelegate.cpp" line="21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStore</name>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="87"/>
        <source>The item could not be saved.</source>
        <translation>Der Punkt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="94"/>
        <source>Your changes could not be saved.</source>
        <translation>Deine Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="113"/>
        <source>The item could not be deleted.</source>
        <translation>Der Punkt konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="121"/>
        <source>The item could not be read.</source>
        <translation>Der Punkt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="129"/>
        <source>The items could not be read.</source>
        <translation>Die Punkte konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::NoticeBanner</name>
    <message>
        <location filename="../app/ui/widgets/NoticeBanner.cpp" line="25"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Rekindle::OutcomeSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="24"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="33"/>
        <source>Where my journey stands</source>
        <translation>Wo mein Weg gerade steht</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>Still &amp;in progress</source>
        <translation>Noch &amp;unterwegs</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>We are &amp;back together</source>
        <translation>Wir sind &amp;wieder zusammen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="36"/>
        <source>I have &amp;moved on</source>
        <translation>Ich habe &amp;losgelassen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="73"/>
        <source>Saved. You can change this at any time.</source>
        <translation>Gespeichert. Du kannst das jederzeit ändern.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Pace</name>
    <message>
        <location filename="../app/core/Pace.cpp" line="22"/>
        <source>A friendly message</source>
        <translation>Eine freundliche Nachricht</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="23"/>
        <source>A short phone call</source>
        <translation>Ein kurzes Telefonat</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="24"/>
        <source>A coffee in a public place</source>
        <translation>Ein Kaffee an einem öffentlichen Ort</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="25"/>
        <source>A walk or an outing together</source>
        <translation>Ein Spaziergang oder ein gemeinsamer Ausflug</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="26"/>
        <source>An honest talk about what went wrong</source>
        <translation>Ein ehrliches Gespräch darüber, was schiefgelaufen ist</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="27"/>
        <source>Time on your own to notice how it feels</source>
        <translation>Zeit für dich, um zu spüren, wie es sich anfühlt</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="28"/>
        <source>My own next step (name it yourself)</source>
        <translation>Mein eigener nächster Schritt (gib ihm selbst einen Namen)</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="32"/>
        <source>In progress</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="33"/>
        <source>Back together</source>
        <translation>Wieder zusammen</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="34"/>
        <source>Moved on</source>
        <translation>Losgelassen</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="42"/>
        <source>Give the milestone a name.</source>
        <translation>Gib dem Meilenstein einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="45"/>
        <source>Keep the name under %1 characters.</source>
        <translation>Bleib beim Namen unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="49"/>
        <source>A milestone can only be reached today or earlier.</source>
        <translation>Ein Meilenstein kann nur heute oder früher erreicht werden.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="105"/>
        <source>&quot;%1&quot; came %2 days after &quot;%3&quot;. Consider slowing down: let each step settle for at least %4 days before the next.</source>
        <translation>„%1“ kam %2 Tage nach „%3“. Vielleicht magst du langsamer machen: Lass jeden Schritt mindestens %4 Tage wirken, bevor der nächste kommt.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="121"/>
        <source>&quot;%1&quot; is planned while the foundation is still weak. Consider slowing down and giving trust and connection more time first.</source>
        <translation>„%1“ ist geplant, während das Fundament noch schwach ist. Vielleicht magst du langsamer machen und Vertrauen und Verbindung zuerst mehr Zeit geben.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="139"/>
        <source>no promises settled yet</source>
        <translation>noch keine Versprechen entschieden</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="140"/>
        <source>Trust grows from small promises kept. Make one you can keep and record it in step 4.</source>
        <translation>Vertrauen wächst aus kleinen Versprechen, die gehalten werden. Gib eines, das du halten kannst, und trag es in Schritt 4 ein.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="146"/>
        <source>%1 of %2 promises kept</source>
        <translation>%1 von %2 Versprechen gehalten</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="150"/>
        <source>You keep your word: that is the ground trust stands on.</source>
        <translation>Du hältst dein Wort: Darauf steht Vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="153"/>
        <source>Most promises are kept. Fewer, smaller promises are easier to keep.</source>
        <translation>Die meisten Versprechen werden gehalten. Weniger und kleinere Versprechen sind leichter zu halten.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="155"/>
        <source>Several promises were not kept. Make smaller ones, and keep them, before taking bigger steps.</source>
        <translation>Mehrere Versprechen wurden nicht gehalten. Gib kleinere und halte sie, bevor du größere Schritte gehst.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="162"/>
        <source>no responses recorded yet</source>
        <translation>noch keine Antworten eingetragen</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="163"/>
        <source>How they respond when you reach out shows how connected you are. Record their replies in step 3.</source>
        <translation>Wie die andere Person reagiert, wenn du dich meldest, zeigt, wie verbunden ihr seid. Trag ihre Antworten in Schritt 3 ein.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="170"/>
        <source>%1 of %2 responses warm</source>
        <translation>%1 von %2 Antworten herzlich</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="174"/>
        <source>They respond warmly most of the time.</source>
        <translation>Die andere Person antwortet meistens herzlich.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="177"/>
        <source>Some warmth is there. Keep contact light, without expectations.</source>
        <translation>Etwas Wärme ist da. Halte den Kontakt leicht, ohne Erwartungen.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="179"/>
        <source>Their responses are mostly cool. That deserves respect: give each other room, and look after yourself.</source>
        <translation>Die Antworten sind meistens kühl. Das verdient Respekt: Lasst einander Raum, und kümmere dich um dich.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="188"/>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="189"/>
        <source>Nothing is left unresolved between you.</source>
        <translation>Zwischen euch ist nichts mehr ungeklärt.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="192"/>
        <source>A few things are still being worked through; that is normal.</source>
        <translation>Ein paar Dinge werden noch geklärt; das ist normal.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="194"/>
        <source>Several issues are open. Working through them comes before bigger steps.</source>
        <translation>Mehrere Themen sind offen. Sie zu klären kommt vor größeren Schritten.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="221"/>
        <source>The journey is still unfolding. Nothing has to be decided today.</source>
        <translation>Dein Weg ist noch im Werden. Heute muss nichts entschieden werden.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="224"/>
        <source>You are back together. Keep the habits that brought you here: honesty, kept promises, and time for yourself.</source>
        <translation>Ihr seid wieder zusammen. Bleib bei dem, was euch hierher gebracht hat: Ehrlichkeit, gehaltene Versprechen und Zeit für dich.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="228"/>
        <source>You have moved on. That is a full and good outcome: the work you did for yourself stays with you. Your journal is kept, and steps 1 and 2 now focus on caring for yourself.</source>
        <translation>Du hast losgelassen. Das ist ein vollwertiger, guter Ausgang: Was du für dich getan hast, bleibt dir. Dein Tagebuch bleibt erhalten, und die Schritte 1 und 2 drehen sich jetzt darum, gut für dich zu sorgen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="38"/>
        <source>Choose a Passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="39"/>
        <source>Change the Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="40"/>
        <source>Your Passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="45"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="50"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="51"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="57"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="60"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>Ein paar Wörter, die nichts miteinander zu tun haben, ergeben eine Passphrase, die leicht zu merken und schwer zu erraten ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="99"/>
        <source>Type your current passphrase.</source>
        <translation>Gib deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="104"/>
        <source>Choose a passphrase: any words you will remember.</source>
        <translation>Wähle eine Passphrase: beliebige Wörter, die du dir merken kannst.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="109"/>
        <source>The two passphrases are not the same yet. Type it once more in both fields.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein. Gib sie in beiden Feldern noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseKdf</name>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="55"/>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="57"/>
        <source>The journal&apos;s key settings are damaged.</source>
        <translation>Die Schlüsseleinstellungen des Tagebuchs sind beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="68"/>
        <source>This computer does not have the memory to unlock the journal now. Close other programs and try again.</source>
        <translation>Dieser Computer hat gerade nicht genug Arbeitsspeicher, um das Tagebuch zu entsperren. Schließe andere Programme und versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="94"/>
        <source>This computer does not have the memory to protect a journal with a passphrase now. Close other programs and try again.</source>
        <translation>Dieser Computer hat gerade nicht genug Arbeitsspeicher, um ein Tagebuch mit einer Passphrase zu schützen. Schließe andere Programme und versuche es noch einmal.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseReader</name>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="277"/>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="297"/>
        <source>The first line of the passphrase file %1 is empty.</source>
        <translation>Die erste Zeile der Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="308"/>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation>Es gibt kein Terminal, in dem nach der Passphrase gefragt werden kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="322"/>
        <source>A passphrase is needed, and there is no terminal to ask for it on. Give it in a file with %1 FILE.</source>
        <translation>Eine Passphrase wird gebraucht, und es gibt kein Terminal, in dem danach gefragt werden kann. Gib sie mit %1 DATEI in einer Datei an.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="326"/>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="344"/>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="355"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="355"/>
        <source>y</source>
        <translation>j</translation>
    </message>
</context>
<context>
    <name>Rekindle::PendingDeletes</name>
    <message>
        <location filename="../app/models/PendingDeletes.cpp" line="111"/>
        <source>This kind of record cannot be deleted.</source>
        <translation>Diese Art von Datensatz kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="35"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="37"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="40"/>
        <source>These settings are kept in your journal, so they travel with it.</source>
        <translation>Diese Einstellungen werden in deinem Tagebuch gespeichert und wandern mit ihm mit.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="52"/>
        <source>Space</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="80"/>
        <source>Rekindle gently points it out when your messages to them start to pile up. Choose when:</source>
        <translation>Rekindle weist dich behutsam darauf hin, wenn sich deine Nachrichten an die andere Person häufen. Wähle, wann:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="85"/>
        <source>Contacts I make within &amp;24 hours:</source>
        <translation>Kontakte von mir innerhalb von &amp;24 Stunden:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="88"/>
        <source>Contacts in a row &amp;without a reply:</source>
        <translation>Kontakte hintereinander &amp;ohne Antwort:</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyActions</name>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Mit einer Passphrase wird alles, was du schreibst, auf diesem Computer und in seinen Sicherungen verschlüsselt aufbewahrt. Ohne die Passphrase oder den Wiederherstellungsschlüssel, den du gleich siehst, kann niemand es lesen, nicht einmal mit der Datei in der Hand. Rekindle fragt beim Start danach und sperrt das Tagebuch, wenn du nicht am Computer bist.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="117"/>
        <source>Encrypting your journal…</source>
        <translation>Dein Tagebuch wird verschlüsselt …</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="123"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="126"/>
        <source>Not Encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="124"/>
        <source>Nothing was changed: your journal is as it was.</source>
        <translation>Es wurde nichts verändert: Dein Tagebuch ist, wie es war.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="127"/>
        <source>Your journal could not be encrypted, and it is as it was. %1</source>
        <translation>Dein Tagebuch konnte nicht verschlüsselt werden und ist, wie es war. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="94"/>
        <source>Without encryption, anyone who can open the journal&apos;s file or its backups can read what you wrote. Type your passphrase to turn encryption off.</source>
        <translation>Ohne Verschlüsselung können alle, die die Datei des Tagebuchs oder seine Sicherungen öffnen können, lesen, was du geschrieben hast. Gib deine Passphrase ein, um die Verschlüsselung auszuschalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="148"/>
        <source>Turning encryption off…</source>
        <translation>Verschlüsselung wird ausgeschaltet …</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="154"/>
        <source>Still Encrypted</source>
        <translation>Weiterhin verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="155"/>
        <source>Encryption is still on. %1</source>
        <translation>Die Verschlüsselung ist weiterhin an. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="91"/>
        <source>The new passphrase opens the journal from now on; the recovery key stays the same.</source>
        <translation>Ab jetzt öffnet die neue Passphrase das Tagebuch; der Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="170"/>
        <source>Protecting your journal with the new passphrase…</source>
        <translation>Dein Tagebuch wird mit der neuen Passphrase geschützt …</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="174"/>
        <source>Passphrase Not Changed</source>
        <translation>Passphrase nicht geändert</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="175"/>
        <source>The passphrase stays as it was. %1</source>
        <translation>Die Passphrase bleibt, wie sie war. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="178"/>
        <source>Passphrase Changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="179"/>
        <source>Your new passphrase opens the journal from now on.</source>
        <translation>Ab jetzt öffnet deine neue Passphrase das Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="186"/>
        <source>New Recovery Key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="187"/>
        <source>Make a new recovery key? The old one stops working at once.</source>
        <translation>Einen neuen Wiederherstellungsschlüssel erzeugen? Der alte funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="189"/>
        <source>&amp;Make a New Key</source>
        <translation>Neuen Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="200"/>
        <source>No New Recovery Key</source>
        <translation>Kein neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="201"/>
        <source>The recovery key stays as it was. %1</source>
        <translation>Der Wiederherstellungsschlüssel bleibt, wie er war. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="220"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="236"/>
        <source>Older Backups</source>
        <translation>Ältere Sicherungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/PrivacyActions.cpp" line="221"/>
        <source>%n backup(s) from before encryption can still be read by anyone who opens them. Delete them now?</source>
        <translation>
            <numerusform>%n Sicherung von vor der Verschlüsselung kann noch von allen gelesen werden, die sie öffnen. Jetzt löschen?</numerusform>
            <numerusform>%n Sicherungen von vor der Verschlüsselung können noch von allen gelesen werden, die sie öffnen. Jetzt löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="226"/>
        <source>Your journal itself is encrypted either way. On an SSD or a flash drive, the storage may still hold old copies of deleted files for a while, out of Rekindle&apos;s reach; only encrypting the whole disk protects against that.</source>
        <translation>Dein Tagebuch selbst ist so oder so verschlüsselt. Auf einer SSD oder einem USB-Stick kann der Speicher alte Kopien gelöschter Dateien noch eine Weile behalten, außerhalb der Reichweite von Rekindle; nur eine Verschlüsselung der ganzen Festplatte schützt davor.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="230"/>
        <source>&amp;Delete Them</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="231"/>
        <source>&amp;Keep Them</source>
        <translation>&amp;Behalten</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="32"/>
        <source>&amp;Encrypt With a Passphrase…</source>
        <translation>Mit einer Passphrase &amp;verschlüsseln …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="36"/>
        <source>&amp;Turn Encryption Off…</source>
        <translation>Verschlüsselung &amp;ausschalten …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="39"/>
        <source>&amp;Change Passphrase…</source>
        <translation>Passphrase &amp;ändern …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="42"/>
        <source>New &amp;Recovery Key…</source>
        <translation>Neuer &amp;Wiederherstellungsschlüssel …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="48"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="49"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="51"/>
        <source>Lock when the computer &amp;sleeps or the screen locks</source>
        <translation>Sperren, wenn der Computer in den &amp;Ruhezustand geht oder der Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="59"/>
        <source>Your journal is encrypted. Without your passphrase or the recovery key, no one can read it, not even its backups. Rekindle locks it when you step away.</source>
        <translation>Dein Tagebuch ist verschlüsselt. Ohne deine Passphrase oder den Wiederherstellungsschlüssel kann niemand es lesen, auch nicht seine Sicherungen. Rekindle sperrt es, wenn du nicht am Computer bist.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="63"/>
        <source>Your journal is not encrypted: anyone who can open its file on this computer, or a backup of it, can read it. A passphrase keeps it for your eyes only.</source>
        <translation>Dein Tagebuch ist nicht verschlüsselt: Alle, die seine Datei auf diesem Computer oder eine Sicherung davon öffnen können, können es lesen. Mit einer Passphrase bleibt es nur für dich.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="89"/>
        <source>Lock after &amp;idle time:</source>
        <translation>Sperren nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="94"/>
        <source>File ▸ Lock Journal (Ctrl+L) locks it at once.</source>
        <translation>Datei ▸ Tagebuch sperren (Ctrl+L) sperrt es sofort.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="108"/>
        <source>Encryption and Lock</source>
        <translation>Verschlüsselung und Sperre</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressChart</name>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="54"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="55"/>
        <source>Export as &amp;Image…</source>
        <translation>Als &amp;Bild exportieren …</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="65"/>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="66"/>
        <source>Export %1 as an image</source>
        <translation>%1 als Bild exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="87"/>
        <source>%1, as a table</source>
        <translation>%1, als Tabelle</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="102"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="103"/>
        <source>Read the same data as a table, row by row</source>
        <translation>Dieselben Daten als Tabelle lesen, Zeile für Zeile</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Chart</source>
        <translation>Als Diagramm anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a chart</source>
        <translation>%1 als Diagramm anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="213"/>
        <source>This chart could not be read from the journal: %1</source>
        <translation>Dieses Diagramm konnte nicht aus dem Tagebuch gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="425"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="444"/>
        <source>The image could not be saved to %1. Check that you may write there.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden. Prüfe, ob du dort schreiben darfst.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="455"/>
        <source>rekindle-%1.png</source>
        <translation>rekindle-%1.png</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="463"/>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="39"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="43"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="48"/>
        <source>Hover over a bar to see what it counts. Progress is a guide, not a grade: moving at your own pace is fine.</source>
        <translation>Fahre mit der Maus über einen Balken, um zu sehen, was er zählt. Fortschritt ist eine Orientierung, keine Note: In deinem eigenen Tempo zu gehen ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="55"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="58"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="59"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="60"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="61"/>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="82"/>
        <source>Progress and charts</source>
        <translation>Fortschritt und Diagramme</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="168"/>
        <source>&amp;How is progress worked out?</source>
        <translation>&amp;Wie wird der Fortschritt berechnet?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="176"/>
        <source>Each step&apos;s bar is a mix of the things below. Each counts up to its target, and some weigh more than others. Things a step has no data for yet are left out rather than counted against you.</source>
        <translation>Der Balken jedes Schritts setzt sich aus den Dingen unten zusammen. Jedes zählt bis zu seinem Ziel, und manche wiegen mehr als andere. Wofür ein Schritt noch keine Daten hat, wird weggelassen und nicht gegen dich gezählt.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="185"/>
        <source>Only what you do yourself counts: never the other person&apos;s replies, how many milestones are reached, or how fast. Days of space count your longest stretch so far, so a later contact never takes away space already given (readiness in step 3 looks at the current stretch). Goal check-ins compare the last 14 days with what your active goals asked for; doing more than planned does not count twice.</source>
        <translation>Es zählt nur, was du selbst tust: nie die Antworten der anderen Person, wie viele Meilensteine erreicht sind oder wie schnell. Bei den Tagen Abstand zählt deine bisher längste Zeitspanne, damit ein späterer Kontakt den schon gegebenen Abstand nie wegnimmt (die Bereitschaft in Schritt 3 schaut auf die aktuelle Zeitspanne). Die Check-ins der Ziele vergleichen die letzten 14 Tage mit dem, was deine aktiven Ziele vorsehen; mehr als geplant zählt nicht doppelt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptEditorDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="26"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="27"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="28"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="31"/>
        <source>Reflection Questions: %1</source>
        <translation>Fragen zum Nachdenken: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="34"/>
        <source>These questions are asked, one at a time, when you reflect on this step. Untick a question to hide it; double-click to reword it. A reflection always ends with a question about what you will do next.</source>
        <translation>Diese Fragen werden nacheinander gestellt, wenn du über diesen Schritt nachdenkst. Entferne das Häkchen bei einer Frage, um sie auszublenden; doppelklicke, um sie umzuformulieren. Eine Reflexion endet immer mit einer Frage dazu, was du als Nächstes tun wirst.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="41"/>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="51"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="56"/>
        <source>Remove one of your own questions (built-in ones can be hidden)</source>
        <translation>Eine deiner eigenen Fragen entfernen (mitgelieferte lassen sich ausblenden)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="57"/>
        <source>Restore &amp;Built-in Questions</source>
        <translation>&amp;Mitgelieferte Fragen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>New Question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>The question you would like to be asked:</source>
        <translation>Die Frage, die dir gestellt werden soll:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="163"/>
        <source>The built-in questions are back. Press OK to keep them.</source>
        <translation>Die mitgelieferten Fragen sind wieder da. Klicke auf OK, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="169"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptListModel</name>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="35"/>
        <location filename="../app/models/PromptListModel.cpp" line="53"/>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>A built-in question</source>
        <translation>Eine mitgelieferte Frage</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>Your own question</source>
        <translation>Deine eigene Frage</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="45"/>
        <source>Originally: %1</source>
        <translation>Ursprünglich: %1</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="47"/>
        <source>Looks forward: a reflection ends on a question like this.</source>
        <translation>Blickt nach vorn: Eine Reflexion endet mit einer Frage wie dieser.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="49"/>
        <source>Hidden: not asked in reflections.</source>
        <translation>Ausgeblendet: wird beim Nachdenken nicht gestellt.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="147"/>
        <source>Choose a question first.</source>
        <translation>Wähle zuerst eine Frage.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="150"/>
        <source>A built-in question cannot be removed: hide it instead.</source>
        <translation>Eine mitgelieferte Frage lässt sich nicht entfernen: Blende sie stattdessen aus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptStore</name>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="45"/>
        <location filename="../app/storage/PromptStore.cpp" line="122"/>
        <source>The reflection questions could not be read.</source>
        <translation>Die Fragen zum Nachdenken konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="85"/>
        <source>The reflection questions could not be saved.</source>
        <translation>Die Fragen zum Nachdenken konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="110"/>
        <source>The built-in questions could not be restored.</source>
        <translation>Die mitgelieferten Fragen konnten nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReadinessSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="65"/>
        <source>What Rekindle looks at</source>
        <translation>Worauf Rekindle schaut</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="89"/>
        <source>This is information, not a gate: nothing in Rekindle is locked by it, and no one can promise how the other person will respond. The minimum days of space can be changed in Preferences.</source>
        <translation>Das ist eine Information, keine Schranke: Nichts in Rekindle wird dadurch gesperrt, und niemand kann versprechen, wie die andere Person reagiert. Die Mindestzahl an Tagen Abstand lässt sich in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="112"/>
        <source>Ready: you have given space and you are looking after yourself. A light, friendly message is one possible next step, if and when you choose.</source>
        <translation>Bereit: Du hast Abstand gegeben und kümmerst dich um dich. Eine leichte, freundliche Nachricht ist ein möglicher nächster Schritt, wenn du das möchtest.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="119"/>
        <source>Not now, because of %1.</source>
        <translation>Jetzt nicht, wegen: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="120"/>
        <source>Not yet, because of %1.</source>
        <translation>Noch nicht, wegen: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="132"/>
        <source>✓ met</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="133"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="134"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>Rekindle::RebuildTrustPage</name>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="29"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="31"/>
        <source>Feelings Shared</source>
        <translation>Geteilte Gefühle</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="33"/>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="35"/>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="39"/>
        <source>A plan for hard moments, for you alone. Keep it somewhere you can reach quickly; the numbers of support services are under Help ▸ Support and Safety.</source>
        <translation>Ein Plan für schwere Momente, nur für dich. Bewahre ihn dort auf, wo du ihn schnell findest; die Nummern von Hilfsangeboten stehen unter Hilfe ▸ Unterstützung und Sicherheit.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="41"/>
        <source>&amp;People I trust and can call:</source>
        <translation>&amp;Menschen, denen ich vertraue und die ich anrufen kann:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="42"/>
        <source>Names and numbers of people who will help</source>
        <translation>Namen und Nummern von Menschen, die helfen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="43"/>
        <source>Safe &amp;places I can go to:</source>
        <translation>Sichere &amp;Orte, an die ich gehen kann:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="44"/>
        <source>A friend&apos;s home, family, a public place open late…</source>
        <translation>Bei Freunden, bei der Familie, ein öffentlicher Ort, der lange offen hat …</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="45"/>
        <source>Important &amp;documents and things to take:</source>
        <translation>Wichtige &amp;Dokumente und Dinge zum Mitnehmen:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="46"/>
        <source>ID, bank cards, medication, keys, phone charger…</source>
        <translation>Ausweis, Bankkarten, Medikamente, Schlüssel, Ladekabel …</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="47"/>
        <source>What I will do in an &amp;emergency:</source>
        <translation>Was ich im &amp;Notfall tue:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="48"/>
        <source>Who I call first, where I go, the emergency number</source>
        <translation>Wen ich zuerst anrufe, wohin ich gehe, die Notrufnummer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="51"/>
        <source>Safety Plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="53"/>
        <source>Closure comes from within. What you write here is for you alone and is never sent.</source>
        <translation>Abschluss kommt von innen. Was du hier schreibst, ist nur für dich und wird nie gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="54"/>
        <source>A &amp;letter you never send:</source>
        <translation>Ein &amp;Brief, den du nie abschickst:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="55"/>
        <source>Everything you would like to say, without holding back</source>
        <translation>Alles, was du sagen möchtest, ohne dich zurückzuhalten</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="56"/>
        <source>What I &amp;learned:</source>
        <translation>Was ich &amp;gelernt habe:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="57"/>
        <source>About myself, about what I need, about what I will not accept</source>
        <translation>Über mich, darüber, was ich brauche, und was ich nicht hinnehme</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="60"/>
        <source>Closure</source>
        <translation>Abschluss finden</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecentMoodModel</name>
    <message>
        <location filename="../app/models/RecentMoodModel.cpp" line="52"/>
        <source>Mood %1 of 10, %2</source>
        <translation>Stimmung %1 von 10, %2</translation>
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
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="30"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="37"/>
        <source>Contact Log</source>
        <translation>Kontaktverlauf</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="38"/>
        <source>Meet-ups</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectRules</name>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="82"/>
        <source>no reply yet</source>
        <comment>the latest reply, in lower case</comment>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="85"/>
        <source>warm</source>
        <comment>the latest reply, in lower case</comment>
        <translation>herzlich</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="88"/>
        <source>neutral</source>
        <comment>the latest reply, in lower case</comment>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="91"/>
        <source>cold</source>
        <comment>the latest reply, in lower case</comment>
        <translation>kühl</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="94"/>
        <source>asked for space / said no</source>
        <comment>the latest reply, in lower case</comment>
        <translation>wollte Abstand / hat Nein gesagt</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="107"/>
        <source>Latest replies</source>
        <translation>Letzte Antworten</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="35"/>
        <source>latest replies</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>die letzten Antworten</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="123"/>
        <source>they asked for space</source>
        <translation>die andere Person hat um Abstand gebeten</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="124"/>
        <source>Not now: they asked for space or said no, and that deserves to be respected fully.</source>
        <translation>Jetzt nicht: Die andere Person hat um Abstand gebeten oder Nein gesagt, und das verdient vollen Respekt.</translation>
    </message>
    <message>
        <source>%1 messages in a row without a reply</source>
        <translation type="vanished">%1 Nachrichten hintereinander ohne Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="130"/>
        <source>1 message without a reply</source>
        <translation>1 Nachricht ohne Antwort</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReconnectRules.cpp" line="132"/>
        <source>%n messages in a row without a reply</source>
        <translation>
            <numerusform>%n Nachricht ohne Antwort</numerusform>
            <numerusform>%n Nachrichten hintereinander ohne Antwort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="134"/>
        <source>Not now: silence is an answer for the moment. Giving space is kinder to both of you than another message.</source>
        <translation>Jetzt nicht: Schweigen ist für den Moment auch eine Antwort. Abstand zu geben tut euch beiden besser als eine weitere Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="139"/>
        <source>the latest reply was cold</source>
        <translation>die letzte Antwort war kühl</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="141"/>
        <source>Not now: a cold reply usually means they need more space. Time apart is kinder to both of you.</source>
        <translation>Jetzt nicht: Eine kühle Antwort heißt meist, dass die andere Person mehr Abstand braucht. Zeit für sich tut euch beiden gut.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="147"/>
        <source>Their latest reply did not ask for distance. It promises nothing either way.</source>
        <translation>Die letzte Antwort hat nicht um Abstand gebeten. Sie verspricht aber auch nichts.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="153"/>
        <source>no replies recorded</source>
        <translation>keine Antworten festgehalten</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="154"/>
        <source>Nothing to go on yet, and that is fine.</source>
        <translation>Noch gibt es nichts, woran du dich halten kannst, und das ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="173"/>
        <source>There has been abuse, threats or intimidation. Your safety, and theirs, comes first: reaching out could put someone at risk. Please talk to someone you trust or to a support service.</source>
        <translation>Es gab Gewalt, Drohungen oder Einschüchterung. Deine Sicherheit und die der anderen Person gehen vor: Dich zu melden, könnte jemanden in Gefahr bringen. Bitte sprich mit einem Menschen, dem du vertraust, oder mit einer Beratungsstelle.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="178"/>
        <source>They have clearly asked for no contact. Respecting that is an act of care, for them and for you.</source>
        <translation>Die andere Person hat klar um keinen Kontakt gebeten. Das zu respektieren ist ein Akt der Fürsorge, für sie und für dich.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="182"/>
        <source>A legal no-contact order is in place. Contact of any kind could break it and have serious consequences.</source>
        <translation>Es besteht ein gerichtliches Kontaktverbot. Jede Art von Kontakt könnte dagegen verstoßen und ernste Folgen haben.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="205"/>
        <source>Days of space</source>
        <translation>Tage Abstand</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="26"/>
        <source>days of space</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>die Tage Abstand</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="210"/>
        <source>space not begun</source>
        <translation>Abstand noch nicht begonnen</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="211"/>
        <source>Begin space in step 1: time apart lets both of you steady yourselves.</source>
        <translation>Beginne den Abstand in Schritt 1: Zeit getrennt voneinander lässt euch beide zur Ruhe kommen.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="217"/>
        <source>%1 days (at least %2)</source>
        <translation>%1 Tage (mindestens %2)</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="220"/>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="224"/>
        <source>You have given real space.</source>
        <translation>Du hast wirklich Abstand gegeben.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="226"/>
        <source>Your current stretch of space is still short. More time apart helps both of you steady yourselves.</source>
        <translation>Deine aktuelle Zeit des Abstands ist noch kurz. Mehr Zeit getrennt voneinander hilft euch beiden, zur Ruhe zu kommen.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="234"/>
        <source>Working on yourself</source>
        <translation>An dir arbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="29"/>
        <source>working on yourself</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>die Arbeit an dir</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="238"/>
        <source>no active goals</source>
        <translation>keine aktiven Ziele</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="239"/>
        <source>Set a goal in step 2: growing for yourself comes first.</source>
        <translation>Setz dir ein Ziel in Schritt 2: Zuerst kommt, dass du für dich wächst.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="248"/>
        <source>%1 of %2 goals kept at %3% or more over 14 days</source>
        <translation>%1 von %2 Zielen über 14 Tage zu %3 % oder mehr eingehalten</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="254"/>
        <source>You are looking after yourself.</source>
        <translation>Du kümmerst dich um dich.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="256"/>
        <source>Keeping up one goal for two weeks shows you are steadier.</source>
        <translation>Ein Ziel zwei Wochen lang durchzuhalten zeigt, dass du gefestigter bist.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="263"/>
        <source>Recent mood</source>
        <translation>Stimmung zuletzt</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="32"/>
        <source>recent mood</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>die Stimmung zuletzt</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="267"/>
        <source>not enough moods recorded</source>
        <translation>nicht genug Stimmungen eingetragen</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="269"/>
        <source>Record a mood with your journal entries to see a trend.</source>
        <translation>Trag zu deinen Tagebucheinträgen eine Stimmung ein, um einen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="273"/>
        <source>%1 in the last two weeks, %2 the two weeks before</source>
        <translation>%1 in den letzten zwei Wochen, %2 in den zwei Wochen davor</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="277"/>
        <source>Your mood is steady or rising.</source>
        <translation>Deine Stimmung ist stabil oder steigt.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="279"/>
        <source>Your mood has dipped lately. Reaching out from a low moment often hurts more than it helps.</source>
        <translation>Deine Stimmung ist in letzter Zeit gesunken. Wer sich aus einem Tief heraus meldet, tut sich damit oft mehr weh, als es hilft.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="292"/>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="39"/>
        <source>Your safety</source>
        <translation>Deine Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="293"/>
        <source>Their no</source>
        <translation>Ihr Nein</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="40"/>
        <source>your safety</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>deine Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="42"/>
        <source>their no</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>das Nein der anderen Person</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="295"/>
        <source>safety comes first</source>
        <translation>Sicherheit geht vor</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="296"/>
        <source>a no was recorded</source>
        <translation>ein Nein wurde festgehalten</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="298"/>
        <source>Not now: with safety at stake, Rekindle does not suggest reaching out. Support services are listed under Help.</source>
        <translation>Jetzt nicht: Wenn es um deine Sicherheit geht, schlägt Rekindle keinen Kontakt vor. Hilfsangebote findest du unter „Hilfe“.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="301"/>
        <source>Not now: they have said no. Respecting it is the kindest thing, for them and for you.</source>
        <translation>Jetzt nicht: Die andere Person hat Nein gesagt. Das zu respektieren ist das Freundlichste, für sie und für dich.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectStore</name>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="70"/>
        <source>This meet-up is no longer in the journal.</source>
        <translation>Dieses Treffen ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="97"/>
        <source>The meet-up could not be saved.</source>
        <translation>Das Treffen konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="104"/>
        <source>Your changes to the meet-up could not be saved.</source>
        <translation>Deine Änderungen am Treffen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="125"/>
        <source>The meet-up could not be removed.</source>
        <translation>Das Treffen konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="134"/>
        <source>The meet-up could not be read.</source>
        <translation>Das Treffen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="145"/>
        <source>The replies recorded could not be read.</source>
        <translation>Die eingetragenen Antworten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="156"/>
        <source>The meet-ups could not be read.</source>
        <translation>Die Treffen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="166"/>
        <source>Your phrases could not be read.</source>
        <translation>Deine Wendungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="188"/>
        <source>The phrase could not be added.</source>
        <translation>Die Wendung konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="212"/>
        <source>The phrase could not be removed.</source>
        <translation>Die Wendung konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="214"/>
        <source>This phrase is no longer in the journal.</source>
        <translation>Diese Wendung ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="244"/>
        <source>The moods could not be read.</source>
        <translation>Die Stimmungen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordKinds</name>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="102"/>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="127"/>
        <source>My part</source>
        <translation>Mein Anteil</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="151"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="174"/>
        <source>Goal check-ins</source>
        <translation>Check-ins der Ziele</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="192"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="220"/>
        <source>Urges to reach out</source>
        <translation>Impulse, sich zu melden</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="238"/>
        <source>Unsent messages</source>
        <translation>Ungesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="257"/>
        <source>Small wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="274"/>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="297"/>
        <source>Reflection answers</source>
        <translation>Antworten der Reflexionen</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="314"/>
        <source>Reflection prompts</source>
        <translation>Fragen zum Nachdenken</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="334"/>
        <source>Mood check-ins</source>
        <translation>Festgehaltene Stimmungen</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="358"/>
        <source>Meet-ups</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="382"/>
        <source>Phrases to check in messages</source>
        <translation>Wendungen für die Nachrichtenprüfung</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="399"/>
        <source>Feelings shared</source>
        <translation>Geteilte Gefühle</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="418"/>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="441"/>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="462"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordListPanel</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="29"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="53"/>
        <source>Double-click a cell to change it.</source>
        <translation>Doppelklicke auf eine Zelle, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <source>Delete this record from your journal? This cannot be undone.</source>
        <translation type="vanished">Diesen Datensatz aus deinem Tagebuch löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordModel</name>
    <message>
        <location filename="../app/models/RecordModel.cpp" line="20"/>
        <source>This list does not remove its rows.</source>
        <translation>Aus dieser Liste lassen sich keine Zeilen entfernen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordViewDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="23"/>
        <source>Kept in Your Journal</source>
        <translation>In deinem Tagebuch aufbewahrt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="38"/>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <translation>„%1“ kommt in keinem Wiederherstellungsschlüssel vor. Ein Wiederherstellungsschlüssel besteht aus Ziffern und den Buchstaben A bis Z ohne U.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="141"/>
        <source>A recovery key has %1 characters in %2 groups; this one has %3.</source>
        <translation>Ein Wiederherstellungsschlüssel hat %1 Zeichen in %2 Gruppen; dieser hat %3.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="148"/>
        <source>This recovery key has a typo, probably in group %1. Compare it with the one you saved.</source>
        <translation>Dieser Wiederherstellungsschlüssel hat einen Tippfehler, wahrscheinlich in Gruppe %1. Vergleiche ihn mit dem, den du aufbewahrt hast.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="151"/>
        <location filename="../app/crypto/RecoveryKey.cpp" line="157"/>
        <source>This recovery key has a typo. Compare each group with the one you saved.</source>
        <translation>Dieser Wiederherstellungsschlüssel hat einen Tippfehler. Vergleiche jede Gruppe mit dem, den du aufbewahrt hast.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryKeyDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="32"/>
        <source>If you ever forget your passphrase, this recovery key opens your journal. Rekindle shows it only this once and keeps no copy. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has it can read your journal.</source>
        <translation>Falls du deine Passphrase einmal vergisst, öffnet dieser Wiederherstellungsschlüssel dein Tagebuch. Rekindle zeigt ihn nur dieses eine Mal und behält keine Kopie. Drucke ihn aus oder schreib ihn auf und bewahre ihn an einem sicheren Ort auf, nicht bei diesem Computer: Wer ihn hat, kann dein Tagebuch lesen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="44"/>
        <source>I have &amp;kept it somewhere safe</source>
        <translation>Ich habe ihn an einem sicheren Ort &amp;aufbewahrt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="49"/>
        <source>Your Recovery Key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="61"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="68"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="113"/>
        <source>This key is shown only once. Please print it, save it or write it down, then tick “I have kept it somewhere safe”.</source>
        <translation>Dieser Schlüssel wird nur einmal angezeigt. Bitte drucke ihn aus, speichere ihn oder schreib ihn auf und setze dann das Häkchen bei „Ich habe ihn an einem sicheren Ort aufbewahrt“.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="131"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="166"/>
        <source>Rekindle recovery key</source>
        <translation>Rekindle-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="133"/>
        <source>Made on %1.</source>
        <translation>Erzeugt am %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="143"/>
        <source>Print the Recovery Key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="152"/>
        <source>Save the Recovery Key as PDF</source>
        <translation>Wiederherstellungsschlüssel als PDF speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="156"/>
        <source>Saved. Keep the file away from this computer, for example printed or on a USB stick, and delete the copy here.</source>
        <translation>Gespeichert. Bewahre die Datei nicht auf diesem Computer auf, zum Beispiel ausgedruckt oder auf einem USB-Stick, und lösche die Kopie hier.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="170"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Die PDF-Datei konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryWindow</name>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="33"/>
        <source>&amp;Restore Selected Backup…</source>
        <translation>Ausgewählte Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="36"/>
        <source>Rekindle — Recover the Journal</source>
        <translation>Rekindle — Tagebuch wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="38"/>
        <source>Your journal needs attention</source>
        <translation>Dein Tagebuch braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="50"/>
        <source>Nothing has been deleted. The journal file stays as it is until you choose what to do; a restore keeps it in the folder “damaged” beside the journal.</source>
        <translation>Es wurde nichts gelöscht. Die Tagebuchdatei bleibt, wie sie ist, bis du entscheidest, was geschehen soll; eine Wiederherstellung bewahrt sie im Ordner „damaged“ neben dem Tagebuch auf.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="55"/>
        <source>Journal folder: %1</source>
        <translation>Tagebuchordner: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="56"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="64"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="71"/>
        <source>&amp;Save What Can Be Read…</source>
        <translation>&amp;Lesbares sichern …</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="73"/>
        <source>Write every record that can still be read to a JSON export</source>
        <translation>Jeden Datensatz, der sich noch lesen lässt, in einen JSON-Export schreiben</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="74"/>
        <source>Open &amp;Another Folder…</source>
        <translation>&amp;Anderen Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="121"/>
        <source>No backups were found in this journal folder.</source>
        <translation>In diesem Tagebuchordner wurden keine Sicherungen gefunden.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="140"/>
        <source>Restore from a Backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="141"/>
        <source>Bring the journal back to the backup of %1?</source>
        <translation>Das Tagebuch auf die Sicherung vom %1 zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="144"/>
        <source>What was written after it is not in the backup. The journal as it is now is kept in the folder “damaged”.</source>
        <translation>Was danach geschrieben wurde, ist nicht in der Sicherung. Das Tagebuch in seinem jetzigen Zustand wird im Ordner „damaged“ aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="146"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="163"/>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="164"/>
        <source>The backup was restored. The damaged journal is kept in %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Das beschädigte Tagebuch wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="173"/>
        <source>Save What Can Be Read</source>
        <translation>Lesbares sichern</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="174"/>
        <source>Rekindle export (*.json)</source>
        <translation>Rekindle-Export (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RecoveryWindow.cpp" line="188"/>
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n Datensatz in %1 gespeichert.</numerusform>
            <numerusform>%n Datensätze in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="192"/>
        <source>These could not be read whole, so some of them may be missing: %1.</source>
        <translation>Diese ließen sich nicht vollständig lesen, daher fehlen vielleicht manche davon: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="200"/>
        <source>Open Another Folder</source>
        <translation>Anderen Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Rekindle::Reflection</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="34"/>
        <source>This reflection has too many questions to save.</source>
        <translation>Diese Reflexion hat zu viele Fragen zum Speichern.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="38"/>
        <source>One answer is too long to save. Shorten it, or move part of it into a journal entry.</source>
        <translation>Eine Antwort ist zu lang zum Speichern. Kürze sie oder verschiebe einen Teil davon in einen Tagebucheintrag.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Thought record</source>
        <translation>Gedankenprotokoll</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
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
        <translation>Zur &amp;letzten Frage</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="42"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="43"/>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="44"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="45"/>
        <source>Save for &amp;Later</source>
        <translation>Für sp&amp;äter speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="132"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Next question (%1)</source>
        <translation>Nächste Frage (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="195"/>
        <source>Reflect: %1</source>
        <translation>Nachdenken: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Save this reflection (%1)</source>
        <translation>Diese Reflexion speichern (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="63"/>
        <source>Carrying on with the reflection you started %1.</source>
        <translation>Du machst mit der Reflexion weiter, die du am %1 begonnen hast.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="69"/>
        <source>Your reflection of %1. Changes are saved as you type.</source>
        <translation>Deine Reflexion vom %1. Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="90"/>
        <source>Progress through the questions</source>
        <translation>Fortschritt durch die Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="92"/>
        <source>Keep it short: a few honest sentences are plenty. Looking back helps most in small doses, and the last question looks ahead.</source>
        <translation>Halte es kurz: Ein paar ehrliche Sätze reichen völlig. Zurückschauen hilft am meisten in kleinen Portionen, und die letzte Frage blickt nach vorn.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="101"/>
        <source>You have given this real thought. When you are ready, it may help to wrap up with the last question: what you will do next.</source>
        <translation>Du hast dir dazu wirklich Gedanken gemacht. Wenn du so weit bist, hilft es vielleicht, mit der letzten Frage abzuschließen: was du als Nächstes tun wirst.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="121"/>
        <source>Write as much or as little as you like.</source>
        <translation>Schreib so viel oder so wenig, wie du magst.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="128"/>
        <source>Leave this question unanswered and go on</source>
        <translation>Diese Frage unbeantwortet lassen und weitergehen</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Return)</source>
        <translation type="vanished">Nächste Frage (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="135"/>
        <source>Your answers are kept; carry on whenever you like</source>
        <translation>Deine Antworten bleiben erhalten; mach weiter, wann immer du magst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="232"/>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Save this reflection (Ctrl+Return)</source>
        <translation type="vanished">Diese Reflexion speichern (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="317"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="318"/>
        <source>Your answers could not be saved. If you close now, they will be lost. Close anyway?</source>
        <translation>Deine Antworten konnten nicht gespeichert werden. Wenn du jetzt schließt, gehen sie verloren. Trotzdem schließen?</translation>
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
            <numerusform>%1 — %2 (Entwurf, %n beantwortet)</numerusform>
            <numerusform>%1 — %2 (Entwurf, %n beantwortet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="59"/>
        <source>%1, written %2</source>
        <translation>%1, geschrieben am %2</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="62"/>
        <source>Unfinished thought record, started %1: open it to carry on</source>
        <translation>Unvollendetes Gedankenprotokoll, begonnen am %1: Öffne es, um weiterzumachen</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="63"/>
        <source>Unfinished reflection, started %1: open it to carry on</source>
        <translation>Unvollendete Reflexion, begonnen am %1: Öffne sie, um weiterzumachen</translation>
    </message>
    <message>
        <source>Unfinished %1, started %2: open it to carry on</source>
        <translation type="vanished">Unvollendet (%1), begonnen am %2: Öffne sie, um weiterzumachen</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionPrompts</name>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="398"/>
        <source>Write the question you would like to be asked.</source>
        <translation>Schreib die Frage auf, die dir gestellt werden soll.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReflectionPrompts.cpp" line="401"/>
        <source>Keep the question under %n characters.</source>
        <translation>
            <numerusform>Bleib bei der Frage unter %n Zeichen.</numerusform>
            <numerusform>Bleib bei der Frage unter %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="39"/>
        <source>In a few sentences: why do you think it ended?</source>
        <translation>In ein paar Sätzen: Warum ist es deiner Meinung nach zu Ende gegangen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="43"/>
        <source>What could you have done differently?</source>
        <translation>Was hättest du anders machen können?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="47"/>
        <source>Which of your own habits or behaviours would you like to change?</source>
        <translation>Welche deiner eigenen Gewohnheiten oder Verhaltensweisen möchtest du ändern?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="51"/>
        <source>What would you say to a friend who went through the same thing?</source>
        <translation>Was würdest du einer Freundin oder einem Freund sagen, die das Gleiche erlebt haben?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="55"/>
        <source>What does giving each other space look like for you this week?</source>
        <translation>Wie sieht es diese Woche für dich aus, einander Abstand zu geben?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="59"/>
        <source>What is one small, kind thing you will do for yourself tomorrow?</source>
        <translation>Was ist eine kleine, liebevolle Sache, die du morgen für dich tun wirst?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="64"/>
        <source>Which part of yourself would you like to grow in right now?</source>
        <translation>In welchem Teil von dir möchtest du gerade wachsen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="68"/>
        <source>How did you move your body this week, and how did it feel?</source>
        <translation>Wie hast du dich diese Woche bewegt, und wie hat es sich angefühlt?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="72"/>
        <source>What new thing are you curious to try or learn?</source>
        <translation>Was Neues würdest du gern ausprobieren oder lernen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="76"/>
        <source>What weighs on you that a professional or a trusted friend could help with?</source>
        <translation>Was belastet dich, bei dem dir eine Fachperson oder ein Mensch, dem du vertraust, helfen könnte?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="80"/>
        <source>What are you proud of from the past few days?</source>
        <translation>Worauf bist du aus den letzten Tagen stolz?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="84"/>
        <source>What is one step for your own growth you will take this week?</source>
        <translation>Welchen Schritt für dein eigenes Wachstum wirst du diese Woche gehen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="89"/>
        <source>Would reaching out be safe and welcome, and do you feel steady? What tells you so?</source>
        <translation>Wäre es sicher und erwünscht, dich zu melden, und fühlst du dich gefestigt? Woran merkst du das?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="94"/>
        <source>What do you hope a first, light message would bring?</source>
        <translation>Was erhoffst du dir von einer ersten, leichten Nachricht?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="98"/>
        <source>What is something positive or friendly you could share?</source>
        <translation>Was Positives oder Freundliches könntest du teilen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="102"/>
        <source>Which heavy topics or parts of the past will you leave for later?</source>
        <translation>Welche schweren Themen oder Teile der Vergangenheit lässt du für später?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="106"/>
        <source>How will you take it if they do not answer, or answer briefly?</source>
        <translation>Wie wirst du damit umgehen, wenn keine Antwort kommt oder nur eine kurze?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="110"/>
        <source>What is the next small, low-pressure step for you, whether or not it involves them?</source>
        <translation>Was ist der nächste kleine Schritt ohne Druck für dich, ob die andere Person darin vorkommt oder nicht?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="116"/>
        <source>Where were you open and honest about how you feel lately?</source>
        <translation>Wo warst du in letzter Zeit offen und ehrlich damit, wie es dir geht?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="120"/>
        <source>Which promises did you keep, and which were hard to keep?</source>
        <translation>Welche Versprechen hast du gehalten, und welche waren schwer zu halten?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="124"/>
        <source>Did anything you did give reason for doubt? What would you change?</source>
        <translation>Hat etwas, das du getan hast, Anlass zu Zweifeln gegeben? Was würdest du ändern?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="128"/>
        <source>Is there an issue you would like to face together? How could you raise it gently?</source>
        <translation>Gibt es ein Thema, das ihr gemeinsam angehen möchtet? Wie könntest du es behutsam ansprechen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="133"/>
        <source>When did you really listen this week?</source>
        <translation>Wann hast du diese Woche wirklich zugehört?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="137"/>
        <source>What small, reliable thing will you do this week to show you are committed?</source>
        <translation>Was Kleines, Verlässliches wirst du diese Woche tun, um zu zeigen, dass es dir ernst ist?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="142"/>
        <source>Does the pace feel right to you? Where do you feel pressure to speed up?</source>
        <translation>Fühlt sich das Tempo für dich richtig an? Wo spürst du Druck, schneller zu werden?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="146"/>
        <source>What makes the foundation between you feel stronger lately?</source>
        <translation>Was lässt das Fundament zwischen euch in letzter Zeit stärker wirken?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="150"/>
        <source>What did you enjoy together without needing it to mean more?</source>
        <translation>Was habt ihr zusammen genossen, ohne dass es mehr bedeuten musste?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="154"/>
        <source>Whatever the outcome, what have you gained for yourself?</source>
        <translation>Wie auch immer es ausgeht: Was hast du für dich gewonnen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="158"/>
        <source>How can you be patient with yourself and with them this month?</source>
        <translation>Wie kannst du diesen Monat geduldig mit dir und mit der anderen Person sein?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="162"/>
        <source>What is one unhurried thing you would like to do next?</source>
        <translation>Was ist eine Sache ohne Eile, die du als Nächstes gern tun würdest?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="168"/>
        <source>What does honouring their no look like for you, day to day?</source>
        <translation>Wie sieht es für dich im Alltag aus, das Nein zu respektieren?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="172"/>
        <source>When the longing comes, what helps you let it pass gently?</source>
        <translation>Wenn die Sehnsucht kommt: Was hilft dir, sie sanft vorbeiziehen zu lassen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="176"/>
        <source>What are you feeling now that it is clear, and what do you need?</source>
        <translation>Was fühlst du jetzt, wo es klar ist, und was brauchst du?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="180"/>
        <source>Who in your life can you lean on while it hurts?</source>
        <translation>Auf wen in deinem Leben kannst du dich stützen, solange es wehtut?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="184"/>
        <source>What is one thing you will do this week just for yourself?</source>
        <translation>Was ist eine Sache, die du diese Woche nur für dich tun wirst?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="189"/>
        <source>Where, and with whom, do you feel safe?</source>
        <translation>Wo und mit wem fühlst du dich sicher?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="193"/>
        <source>Who could you tell about what happened, so that you are not alone with it?</source>
        <translation>Wem könntest du erzählen, was passiert ist, damit du damit nicht allein bist?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="197"/>
        <source>What helps you feel calm and steady when you are afraid?</source>
        <translation>Was hilft dir, ruhig und gefestigt zu bleiben, wenn du Angst hast?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="201"/>
        <source>Which support service or professional would you like to talk to?</source>
        <translation>Mit welcher Beratungsstelle oder Fachperson möchtest du sprechen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="205"/>
        <source>What is one step you will take this week to keep yourself safe?</source>
        <translation>Welchen Schritt wirst du diese Woche gehen, um dich zu schützen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="210"/>
        <source>If you wrote a letter you will never send, what would it say?</source>
        <translation>Wenn du einen Brief schreiben würdest, den du nie abschickst: Was würde darin stehen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="214"/>
        <source>What have you learned about yourself and about what you need?</source>
        <translation>Was hast du über dich gelernt und darüber, was du brauchst?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="218"/>
        <source>What are you ready to let go of, and what will you keep?</source>
        <translation>Was bist du bereit loszulassen, und was behältst du?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="222"/>
        <source>What would help you feel safer? Is there something to add to your safety plan?</source>
        <translation>Was würde dir helfen, dich sicherer zu fühlen? Gibt es etwas, das in deinen Sicherheitsplan gehört?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="227"/>
        <source>What would you say to a friend who came out of the same relationship?</source>
        <translation>Was würdest du einer Freundin oder einem Freund sagen, die aus derselben Beziehung kommen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="231"/>
        <source>What is one kind thing you will do this week that is only for you?</source>
        <translation>Was ist eine liebevolle Sache, die du diese Woche nur für dich tun wirst?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="236"/>
        <source>What do you want in your next relationship, and what will you not accept?</source>
        <translation>Was wünschst du dir in deiner nächsten Beziehung, und was wirst du nicht hinnehmen?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="240"/>
        <source>What are you looking forward to in your own life?</source>
        <translation>Worauf freust du dich in deinem eigenen Leben?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="244"/>
        <source>Which parts of you grew stronger through all this?</source>
        <translation>Welche Seiten an dir sind durch all das stärker geworden?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="248"/>
        <source>How can you be patient with yourself while you heal?</source>
        <translation>Wie kannst du geduldig mit dir sein, während du heilst?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="252"/>
        <source>What is one next step toward the life you want?</source>
        <translation>Was ist ein nächster Schritt hin zu dem Leben, das du willst?</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionStore</name>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="152"/>
        <source>The reflection could not be saved.</source>
        <translation>Die Reflexion konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="175"/>
        <source>Your reflection could not be saved.</source>
        <translation>Deine Reflexion konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="193"/>
        <source>The reflection could not be deleted.</source>
        <translation>Die Reflexion konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="198"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="236"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="307"/>
        <source>The reflection could not be read.</source>
        <translation>Die Reflexion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="253"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="316"/>
        <source>The reflections could not be read.</source>
        <translation>Die Reflexionen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="335"/>
        <source>The reflections could not be counted.</source>
        <translation>Die Reflexionen konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionsPanel</name>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="37"/>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="53"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="54"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="58"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Nachdenken …</translation>
    </message>
    <message>
        <source>Answer a few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Ein paar Fragen zu diesem Schritt beantworten, eine nach der anderen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="62"/>
        <source>&amp;Thought Record…</source>
        <translation>&amp;Gedankenprotokoll …</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="64"/>
        <source>Look at a painful thought from the outside</source>
        <translation>Einen schmerzhaften Gedanken von außen betrachten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="48"/>
        <source>&amp;Questions…</source>
        <translation>F&amp;ragen …</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="60"/>
        <source>Answer a few questions about this step, one at a time (%1)</source>
        <translation>Ein paar Fragen zu diesem Schritt beantworten, eine nach der anderen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="67"/>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="220"/>
        <source>Add, reword, reorder or hide this step&apos;s questions</source>
        <translation>Die Fragen dieses Schritts hinzufügen, umformulieren, umsortieren oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="69"/>
        <source>Carry on with, or edit, the selected reflection</source>
        <translation>Mit der ausgewählten Reflexion weitermachen oder sie bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="73"/>
        <source>Reflections, newest first</source>
        <translation>Reflexionen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="80"/>
        <source>The selected reflection</source>
        <translation>Die ausgewählte Reflexion</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="100"/>
        <source>No reflections yet. Reflecting now and then, briefly, helps to see the way forward. Press Reflect… (Ctrl+R) to begin.</source>
        <translation>Noch keine Reflexionen. Ab und zu kurz nachzudenken hilft, den Weg nach vorn zu sehen. Klicke auf „Nachdenken …“ (Ctrl+R), um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="189"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="195"/>
        <source>Not finished yet. Press Open to carry on.</source>
        <translation>Noch nicht fertig. Klicke auf „Öffnen“, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="221"/>
        <source>On this path the step asks its own questions, about looking after yourself and moving on. Your own questions are kept for when you change your answers back.</source>
        <translation>Auf diesem Weg stellt der Schritt eigene Fragen: darüber, wie du gut für dich sorgst und nach vorn schaust. Deine eigenen Fragen bleiben erhalten, falls du deine Antworten wieder änderst.</translation>
    </message>
    <message>
        <source>Delete Reflection</source>
        <translation type="vanished">Reflexion löschen</translation>
    </message>
    <message>
        <source>Delete this reflection? This cannot be undone.</source>
        <translation type="vanished">Diese Reflexion löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="314"/>
        <source>Not Deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Rekindle::RestoreDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="24"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="94"/>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="110"/>
        <source>Restore from a Backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="29"/>
        <source>Rekindle keeps a copy of your journal each day you use it. Restoring one brings the journal back to that day; the journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Rekindle bewahrt an jedem Tag, an dem du es nutzt, eine Kopie deines Tagebuchs auf. Eine davon wiederherzustellen, setzt das Tagebuch auf diesen Tag zurück; das Tagebuch in seinem jetzigen Zustand wird vorher als Sicherung aufbewahrt, es geht also nichts verloren.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="41"/>
        <source>Backups are kept in %1.</source>
        <translation>Die Sicherungen liegen in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="71"/>
        <source>There are no backups yet. Rekindle makes the first one shortly after it starts.</source>
        <translation>Es gibt noch keine Sicherungen. Rekindle legt die erste kurz nach dem Start an.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="95"/>
        <source>Bring the journal back to how it was on %1?</source>
        <translation>Das Tagebuch auf den Stand vom %1 zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="98"/>
        <source>What you wrote since then will be replaced. The journal as it is now is kept as a backup first, so you can come back to it.</source>
        <translation>Was du seitdem geschrieben hast, wird ersetzt. Das Tagebuch in seinem jetzigen Zustand wird vorher als Sicherung aufbewahrt, damit du darauf zurückkommen kannst.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="101"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetyGate</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="26"/>
        <source>Open the Safety &amp;Check</source>
        <translation>&amp;Sicherheitscheck öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="59"/>
        <source>They have said no, or did not want to meet, and that deserves to be respected fully. The tools for reaching out are put away.

If you recorded a reply by mistake, you can review it in the safety check and change it; only you can.</source>
        <translation>Die andere Person hat Nein gesagt oder wollte sich nicht treffen, und das verdient, ganz respektiert zu werden. Die Werkzeuge zum Kontaktaufnehmen sind weggeräumt.

Falls du eine Antwort versehentlich eingetragen hast, kannst du sie im Sicherheitscheck ansehen und ändern; das kannst nur du.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="64"/>
        <source>Please answer the short safety check first. It takes a moment, and it makes sure that reaching out is safe and welcome.</source>
        <translation>Bitte beantworte zuerst den kurzen Sicherheitscheck. Er dauert nur einen Moment und klärt, ob Kontakt sicher und erwünscht ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="67"/>
        <source>Reaching out is not advised, because of what you said in the safety check:

%1

Steps 1 and 2 are still here for you, and moving on is a full, respected outcome. Support services are listed under Help ▸ Support and Safety. Only you can change your answers, at any time.</source>
        <translation>Nach deinen Angaben im Sicherheitscheck ist es besser, dich nicht zu melden:

%1

Die Schritte 1 und 2 sind weiter für dich da, und Loslassen ist ein vollwertiger, respektierter Ausgang. Hilfsangebote findest du unter Hilfe ▸ Unterstützung und Sicherheit. Nur du kannst deine Antworten ändern, jederzeit.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetySection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="26"/>
        <source>Someone in this relationship has been &amp;abusive, threatening or intimidating.</source>
        <translation>Jemand in dieser Beziehung war &amp;gewalttätig, hat gedroht oder eingeschüchtert.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="27"/>
        <source>They have clearly asked me for &amp;no contact.</source>
        <translation>Die andere Person hat mich klar um &amp;keinen Kontakt gebeten.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="28"/>
        <source>There is a &amp;legal no-contact order.</source>
        <translation>Es gibt ein gerichtliches Kontakt&amp;verbot.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="29"/>
        <source>&amp;Save My Answers</source>
        <translation>Meine Antworten &amp;speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="33"/>
        <source>I Have &amp;Moved On</source>
        <translation>Ich habe &amp;losgelassen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="35"/>
        <source>&amp;Review What I Recorded</source>
        <translation>Eingetragenes &amp;ansehen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="57"/>
        <source>Open the contact log and meet-ups to change a reply or a meet-up recorded by mistake</source>
        <translation>Kontaktverlauf und Treffen öffnen, um eine versehentlich eingetragene Antwort oder ein Treffen zu ändern</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="60"/>
        <source>Before anything else, a short check. Reaching out is only right when it is safe and welcome. Tick what is true; leave the rest. Your answers stay in your journal and you can change them at any time.</source>
        <translation>Vor allem anderen ein kurzer Check. Sich zu melden ist nur richtig, wenn es sicher und erwünscht ist. Hake an, was zutrifft; lass den Rest frei. Deine Antworten bleiben in deinem Tagebuch, und du kannst sie jederzeit ändern.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="66"/>
        <source>Safety check</source>
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="76"/>
        <source>Reaching out is not advised</source>
        <translation>Besser kein Kontakt</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="80"/>
        <source>This is not a judgement of you. Steps 1 and 2, giving space and working on yourself, are still yours, and they matter. Moving on is a full and respected outcome: your journal stays as it is.</source>
        <translation>Das ist kein Urteil über dich. Die Schritte 1 und 2, Abstand geben und an dir arbeiten, gehören weiter dir, und sie zählen. Loslassen ist ein vollwertiger und respektierter Ausgang: Dein Tagebuch bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="137"/>
        <source>Saved. You have changed your answers, and that is yours to decide. Steps 3 to 5 follow your new answers. If anything ever feels unsafe or unwelcome again, tick it here: the journey changes with it at once.</source>
        <translation>Gespeichert. Du hast deine Antworten geändert, und das entscheidest du. Die Schritte 3 bis 5 folgen deinen neuen Antworten. Falls sich je wieder etwas unsicher oder unerwünscht anfühlt, hake es hier an: Dein Weg ändert sich dann sofort mit.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="143"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="165"/>
        <source>If you recorded a reply or a meet-up by mistake, you can review it and change it; only you can. Steps 1 and 2 are still here for you, and moving on is a full, respected outcome.</source>
        <translation>Falls du eine Antwort oder ein Treffen versehentlich eingetragen hast, kannst du es ansehen und ändern; das kannst nur du. Die Schritte 1 und 2 sind weiter für dich da, und Loslassen ist ein vollwertiger, respektierter Ausgang.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="188"/>
        <source>Not answered yet. Once you have saved your answers, step 3 follows them.</source>
        <translation>Noch nicht beantwortet. Sobald du deine Antworten gespeichert hast, richtet sich Schritt 3 danach.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="193"/>
        <source>Answered on %1. Nothing in your answers stands against a light, friendly message, if and when you choose one.</source>
        <translation>Beantwortet am %1. Nichts in deinen Antworten spricht gegen eine leichte, freundliche Nachricht, wenn du das möchtest.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="191"/>
        <source>Answered on %1.</source>
        <translation>Beantwortet am %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sax</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="217"/>
        <source>the file ends too early</source>
        <translation>die Datei endet zu früh</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="219"/>
        <source>a number is too large</source>
        <translation>eine zu große Zahl</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="221"/>
        <source>something that is not JSON, or text that is not UTF-8</source>
        <translation>etwas, das kein JSON ist, oder Text, der kein UTF-8 ist,</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="223"/>
        <source>a broken escape in a text</source>
        <translation>eine fehlerhafte Escape-Sequenz in einem Text</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="224"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>Die Datei ist kein lesbarer Rekindle-Export: %1 in Zeile %2, Spalte %3. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SealingCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="62"/>
        <source>It is not encrypted, so it was not written by Rekindle.</source>
        <translation>Sie ist nicht verschlüsselt, wurde also nicht von Rekindle geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="67"/>
        <source>It is damaged.</source>
        <translation>Sie ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchBar</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="vanished">Tagebuch durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="42"/>
        <source>Search the journal (%1)</source>
        <translation>Tagebuch durchsuchen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="44"/>
        <source>Search the journal</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="69"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="155"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="157"/>
        <source>The newest %1 matches</source>
        <translation>Die neuesten %1 Treffer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="159"/>
        <source>Matches: %1, newest first</source>
        <translation>Treffer: %1, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchIndexBuilder</name>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="171"/>
        <source>The search index could not be built.</source>
        <translation>Der Suchindex konnte nicht aufgebaut werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchProjection</name>
    <message>
        <location filename="../app/storage/SearchProjection.cpp" line="93"/>
        <location filename="../app/storage/SearchProjection.cpp" line="177"/>
        <location filename="../app/storage/SearchProjection.cpp" line="196"/>
        <source>The search index could not be built.</source>
        <translation>Der Suchindex konnte nicht aufgebaut werden.</translation>
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
        <translation>Suche wird vorbereitet … %1 %</translation>
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="129"/>
        <source>Show more results…</source>
        <translation>Mehr Ergebnisse anzeigen …</translation>
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
        <translation>Der Suchindex konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchSnapshot.cpp" line="134"/>
        <source>The saved search index cannot be used; it is built again.</source>
        <translation>Der gespeicherte Suchindex ist nicht verwendbar; er wird neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchStore</name>
    <message>
        <location filename="../app/storage/SearchStore.cpp" line="54"/>
        <source>The search could not be run.</source>
        <translation>Die Suche konnte nicht ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SecretBytes</name>
    <message>
        <location filename="../app/crypto/SecretBytes.cpp" line="77"/>
        <location filename="../app/crypto/SecretBytes.cpp" line="83"/>
        <source>Rekindle could not reserve memory for a key.</source>
        <translation>Rekindle konnte keinen Speicher für einen Schlüssel reservieren.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SettingsStore</name>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="39"/>
        <source>The journal&apos;s settings could not be read.</source>
        <translation>Die Einstellungen des Tagebuchs konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="52"/>
        <location filename="../app/storage/SettingsStore.cpp" line="132"/>
        <location filename="../app/storage/SettingsStore.cpp" line="157"/>
        <source>The setting could not be saved.</source>
        <translation>Die Einstellung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="96"/>
        <source>The breakup date cannot be in the future. Choose today or an earlier day.</source>
        <translation>Das Datum der Trennung kann nicht in der Zukunft liegen. Wähle heute oder einen früheren Tag.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="110"/>
        <source>Space can only have begun today or earlier. Choose another day.</source>
        <translation>Der Abstand kann nur heute oder früher begonnen haben. Wähle einen anderen Tag.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="128"/>
        <source>Choose limits between %1 and %2.</source>
        <translation>Wähle Grenzen zwischen %1 und %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="202"/>
        <source>Choose between %1 and %2 days of space.</source>
        <translation>Wähle zwischen %1 und %2 Tagen Abstand.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="217"/>
        <source>Choose a gap between %1 and %2 days.</source>
        <translation>Wähle einen Abstand zwischen %1 und %2 Tagen.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="248"/>
        <source>This text is too long to keep (at most %1 characters).</source>
        <translation>Dieser Text ist zu lang zum Aufbewahren (höchstens %1 Zeichen).</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWin</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="63"/>
        <source>Write what you did, even if it seems small.</source>
        <translation>Schreib auf, was du getan hast, auch wenn es klein wirkt.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="65"/>
        <source>Keep it short: under %1 characters.</source>
        <translation>Halte es kurz: unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="67"/>
        <source>Choose the day of the win.</source>
        <translation>Wähle den Tag des Erfolgs.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="69"/>
        <source>A win is something already done: choose today or an earlier day.</source>
        <translation>Ein Erfolg ist etwas, das schon geschehen ist: Wähle heute oder einen früheren Tag.</translation>
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
        <translation>Wähle zuerst einen Erfolg aus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinStore</name>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="49"/>
        <source>The win could not be saved.</source>
        <translation>Der Erfolg konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="55"/>
        <source>The win could not be removed.</source>
        <translation>Der Erfolg konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="56"/>
        <location filename="../app/storage/SmallWinStore.cpp" line="63"/>
        <source>This win is no longer in the journal.</source>
        <translation>Dieser Erfolg ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="62"/>
        <source>The win could not be read.</source>
        <translation>Der Erfolg konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="68"/>
        <source>The wins could not be read.</source>
        <translation>Die Erfolge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="84"/>
        <source>The wins could not be counted.</source>
        <translation>Die Erfolge konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="29"/>
        <source>&amp;Add Win</source>
        <translation>Erfolg &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="32"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="37"/>
        <source>For example: cooked a proper dinner</source>
        <translation>Zum Beispiel: richtig zu Abend gekocht</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="44"/>
        <source>Small wins, newest first</source>
        <translation>Kleine Erfolge, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="52"/>
        <source>No wins yet. Anything counts: a walk, a meal, a call to a friend. Write it above and press Add Win.</source>
        <translation>Noch keine Erfolge. Alles zählt: ein Spaziergang, eine Mahlzeit, ein Anruf bei einer Freundin. Schreib es oben hin und klicke auf „Erfolg hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="57"/>
        <source>Notice what you did well. Small steps add up.</source>
        <translation>Schau, was dir gut gelungen ist. Kleine Schritte summieren sich.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="60"/>
        <source>&amp;What I did:</source>
        <translation>&amp;Was ich getan habe:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="62"/>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sodium</name>
    <message>
        <location filename="../app/crypto/Sodium.cpp" line="20"/>
        <source>Rekindle cannot start its encryption library, so it cannot open an encrypted journal on this computer.</source>
        <translation>Rekindle kann seine Verschlüsselungsbibliothek nicht starten und deshalb auf diesem Computer kein verschlüsseltes Tagebuch öffnen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceChart</name>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="20"/>
        <source>Days of space</source>
        <translation>Tage Abstand</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="21"/>
        <source>Nothing about space in this period yet. Once you note when space began (step 1, Space), each day you give it shows here, with any contacts and the urges you resisted.</source>
        <translation>In diesem Zeitraum gibt es noch nichts zum Abstand. Sobald du notierst, wann der Abstand begonnen hat (Schritt 1, Abstand), erscheint hier jeder Tag, den du ihn gibst, mit allen Kontakten und den Impulsen, denen du widerstanden hast.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="50"/>
        <source>Urges resisted per week</source>
        <translation>Widerstandene Impulse pro Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="63"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Days of space in a row</source>
        <translation>Tage Abstand am Stück</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="84"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>I reached out</source>
        <translation>Ich habe mich gemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="93"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>They reached out</source>
        <translation>Die andere Person hat sich gemeldet</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="116"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="118"/>
        <source>Urges</source>
        <translation>Impulse</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="135"/>
        <source>%n day(s) of space in a row</source>
        <translation>
            <numerusform>%n Tag Abstand am Stück</numerusform>
            <numerusform>%n Tage Abstand am Stück</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="137"/>
        <source>A new stretch of space begins tomorrow</source>
        <translation>Ab morgen beginnt eine neue Zeit des Abstands</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="139"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="182"/>
        <source>Before space began</source>
        <translation>Bevor der Abstand begann</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="143"/>
        <source>You reached out %n time(s)</source>
        <translation>
            <numerusform>Du hast dich %n Mal gemeldet</numerusform>
            <numerusform>Du hast dich %n Mal gemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="147"/>
        <source>They reached out %n time(s)</source>
        <translation>
            <numerusform>Die andere Person hat sich %n Mal gemeldet</numerusform>
            <numerusform>Die andere Person hat sich %n Mal gemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="154"/>
        <source>%n urge(s) resisted that week</source>
        <translation>
            <numerusform>%n Impuls in dieser Woche widerstanden</numerusform>
            <numerusform>%n Impulsen in dieser Woche widerstanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>Urges resisted that week</source>
        <translation>Widerstandene Impulse in dieser Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="180"/>
        <source>A new stretch begins</source>
        <translation>Eine neue Zeit beginnt</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 Tage</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="48"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Begin Space</source>
        <translation>Abstand &amp;beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="56"/>
        <source>Log &amp;Urge Resisted</source>
        <translation>Widerstandenen &amp;Impuls eintragen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="59"/>
        <source>Log &amp;Contact I Made</source>
        <translation>Eigenen &amp;Kontakt eintragen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="84"/>
        <source>1 is a passing thought, 5 is very strong</source>
        <translation>1 ist ein flüchtiger Gedanke, 5 ist sehr stark</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="86"/>
        <source>Optional: what set it off</source>
        <translation>Optional: was ihn ausgelöst hat</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="92"/>
        <source>Optional: what it was about</source>
        <translation>Optional: worum es ging</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="96"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Giving space</source>
        <translation>Abstand geben</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="99"/>
        <source>Space &amp;began on:</source>
        <translation>Abstand be&amp;gann am:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="113"/>
        <source>An urge I did not act on</source>
        <translation>Ein Impuls, dem ich nicht nachgegeben habe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="116"/>
        <source>&amp;Strength (1–5):</source>
        <translation>&amp;Stärke (1–5):</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="119"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="124"/>
        <source>A contact I made</source>
        <translation>Ein Kontakt von mir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="127"/>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="130"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="141"/>
        <source>Every stretch of space, newest first</source>
        <translation>Jede Zeit des Abstands, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="146"/>
        <source>Contacts, newest first</source>
        <translation>Kontakte, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="174"/>
        <source>No stretches of space yet. Once space begins, each stretch shows here, with your longest marked.</source>
        <translation>Noch keine Zeiten des Abstands. Sobald der Abstand beginnt, erscheint hier jede Zeitspanne, die längste ist markiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="178"/>
        <source>No contacts logged. When you log one, it shows here; giving space is progress too.</source>
        <translation>Keine Kontakte eingetragen. Wenn du einen einträgst, erscheint er hier; Abstand zu geben ist auch ein Fortschritt.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="181"/>
        <source>Stretches of &amp;space</source>
        <translation>Zeiten des &amp;Abstands</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="182"/>
        <source>Con&amp;tacts</source>
        <translation>Kon&amp;takte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Distance that looks after me</source>
        <translation>Abstand, der mir guttut</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="241"/>
        <source>Logged. You noticed the urge and let it pass; that is the work.</source>
        <translation>Eingetragen. Du hast den Impuls bemerkt und vorbeiziehen lassen; genau darum geht es.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="254"/>
        <source>Logged. Being honest with yourself about contact is part of giving space. A new stretch begins tomorrow.</source>
        <translation>Eingetragen. Ehrlich zu dir selbst zu sein, was Kontakt angeht, gehört zum Abstandgeben dazu. Ab morgen beginnt eine neue Zeitspanne.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Change Start</source>
        <translation>Beginn &amp;ändern</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="270"/>
        <source>Space has not begun yet.</source>
        <translation>Der Abstand hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="271"/>
        <source>Choose the day you last reached out (today is fine) and press Begin Space. Each day without contact counts.</source>
        <translation>Wähle den Tag, an dem du dich zuletzt gemeldet hast (heute ist in Ordnung), und klicke auf „Abstand beginnen“. Jeder Tag ohne Kontakt zählt.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="274"/>
        <source>A fresh stretch of space begins tomorrow.</source>
        <translation>Ab morgen beginnt eine neue Zeit des Abstands.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="277"/>
        <source>%1 of distance that is good for me in a row, since %2.</source>
        <translation>%1 Abstand, der mir guttut, am Stück, seit %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="278"/>
        <source>%1 of space in a row, since %2.</source>
        <translation>%1 Abstand am Stück, seit %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="284"/>
        <source>Longest stretch: %1 (%2 – %3).</source>
        <translation>Längste Zeitspanne: %1 (%2 – %3).</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="293"/>
        <source>The count starts again after a contact; the days before it still count, in the stretches below.</source>
        <translation>Nach einem Kontakt beginnt die Zählung neu; die Tage davor zählen weiter, in den Zeitspannen unten.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="307"/>
        <source>You have reached out once in the last 24 hours.</source>
        <translation>Du hast dich in den letzten 24 Stunden einmal gemeldet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="308"/>
        <source>You have reached out %n times in the last 24 hours.</source>
        <translation>
            <numerusform>Du hast dich in den letzten 24 Stunden %n Mal gemeldet.</numerusform>
            <numerusform>Du hast dich in den letzten 24 Stunden %n Mal gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="310"/>
        <source>You have sent a message without a reply.</source>
        <translation>Du hast eine Nachricht ohne Antwort gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="311"/>
        <source>You have sent %n messages in a row without a reply.</source>
        <translation>
            <numerusform>Du hast %n Nachricht ohne Antwort gesendet.</numerusform>
            <numerusform>Du hast %n Nachrichten hintereinander ohne Antwort gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="318"/>
        <source>%1 That is understandable when you miss someone. Right now, more messages tend to weigh on both of you: space gives each of you room to steady yourselves. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 Das ist verständlich, wenn dir jemand fehlt. Gerade jetzt belasten mehr Nachrichten euch beide meist eher: Abstand gibt euch beiden Raum, zur Ruhe zu kommen. Wenn der Impuls wiederkommt, trag ihn hier ein oder schreib stattdessen eine ungesendete Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="301"/>
        <source>Urges resisted this week: none logged yet.</source>
        <translation>Widerstandene Impulse diese Woche: noch keine eingetragen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="302"/>
        <source>Urges resisted this week: %1.</source>
        <translation>Widerstandene Impulse diese Woche: %1.</translation>
    </message>
    <message>
        <source>You have reached out %1 times in the last 24 hours.</source>
        <translation type="vanished">Du hast dich in den letzten 24 Stunden %1 Mal gemeldet.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in a row without a reply.</source>
        <translation type="vanished">Du hast %1 Nachrichten hintereinander ohne Antwort gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="314"/>
        <source>%1 That is understandable; old habits take time to fade. Distance protects the peace you have built. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 Das ist verständlich; alte Gewohnheiten brauchen Zeit, um zu verblassen. Abstand schützt den Frieden, den du dir aufgebaut hast. Wenn der Impuls wiederkommt, trag ihn hier ein oder schreib stattdessen eine ungesendete Nachricht.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStore</name>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="87"/>
        <source>The contact could not be logged.</source>
        <translation>Der Kontakt konnte nicht eingetragen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="101"/>
        <source>Your changes to the contact could not be saved.</source>
        <translation>Deine Änderungen am Kontakt konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="123"/>
        <source>The contact could not be removed.</source>
        <translation>Der Kontakt konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="130"/>
        <source>The contact could not be read.</source>
        <translation>Der Kontakt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="137"/>
        <location filename="../app/storage/SpaceStore.cpp" line="156"/>
        <location filename="../app/storage/SpaceStore.cpp" line="172"/>
        <location filename="../app/storage/SpaceStore.cpp" line="192"/>
        <location filename="../app/storage/SpaceStore.cpp" line="204"/>
        <source>The contacts could not be read.</source>
        <translation>Die Kontakte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="230"/>
        <source>The urge could not be logged.</source>
        <translation>Der Impuls konnte nicht eingetragen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="236"/>
        <source>The urge could not be removed.</source>
        <translation>Der Impuls konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="252"/>
        <source>The urges could not be counted.</source>
        <translation>Die Impulse konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStreakModel</name>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="64"/>
        <source>Now: a fresh start from %1</source>
        <translation>Jetzt: ein Neuanfang ab %1</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="67"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="73"/>
        <source>Now: 1 day of space, since %1</source>
        <translation>Jetzt: 1 Tag Abstand, seit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="74"/>
        <source>Now: %n days of space, since %1</source>
        <translation>
            <numerusform>Jetzt: %n Tag Abstand, seit %1</numerusform>
            <numerusform>Jetzt: %n Tage Abstand, seit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="77"/>
        <source>%n days of space, %1</source>
        <translation>
            <numerusform>%n Tag Abstand, %1</numerusform>
            <numerusform>%n Tage Abstand, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1 days of space, since %2</source>
        <translation type="vanished">Jetzt: %1 Tage Abstand, seit %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="76"/>
        <source>1 day of space, %1</source>
        <translation>1 Tag Abstand, %1</translation>
    </message>
    <message>
        <source>%1 days of space, %2</source>
        <translation type="vanished">%1 Tage Abstand, %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="79"/>
        <source> (your longest)</source>
        <translation> (deine längste)</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sql</name>
    <message>
        <location filename="../app/storage/Sql.cpp" line="36"/>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Der Datenträger ist voll. Schaffe etwas Platz und versuche es noch einmal; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="39"/>
        <source>The journal file cannot be written to. Check that its folder is writable.</source>
        <translation>In die Tagebuchdatei kann nicht geschrieben werden. Prüfe, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="43"/>
        <source>The journal is busy in another program. Try again in a moment.</source>
        <translation>Das Tagebuch wird gerade von einem anderen Programm verwendet. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="47"/>
        <source>The disk reported an error while reading or writing the journal: it may be full, at a size limit, or no longer connected. Nothing was changed.</source>
        <translation>Der Datenträger hat beim Lesen oder Schreiben des Tagebuchs einen Fehler gemeldet: Er ist vielleicht voll, an einer Größengrenze oder nicht mehr verbunden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="51"/>
        <source>The journal file cannot be reached. If it is on a removable disk, connect it again.</source>
        <translation>Die Tagebuchdatei ist nicht erreichbar. Wenn sie auf einem Wechseldatenträger liegt, schließe ihn wieder an.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="56"/>
        <source>The journal file is damaged or is not a Rekindle journal.</source>
        <translation>Die Tagebuchdatei ist beschädigt oder kein Rekindle-Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="59"/>
        <source>The journal reported an unexpected problem.</source>
        <translation>Das Tagebuch hat ein unerwartetes Problem gemeldet.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SqliteHandle</name>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="85"/>
        <location filename="../app/storage/SqliteHandle.cpp" line="142"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle konnte das Tagebuch nicht sichern.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="125"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>Die Sicherung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="191"/>
        <source>The search index could not be saved.</source>
        <translation>Der Suchindex konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="212"/>
        <source>The search index could not be restored.</source>
        <translation>Der Suchindex konnte nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StandingSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="27"/>
        <source>&amp;Save Date</source>
        <translation>Datum &amp;speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="29"/>
        <source>I &amp;accept that the relationship is over</source>
        <translation>Ich &amp;akzeptiere, dass die Beziehung vorbei ist</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="48"/>
        <source>When it ended</source>
        <translation>Wann es endete</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="54"/>
        <source>&amp;Day of the breakup:</source>
        <translation>&amp;Tag der Trennung:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="61"/>
        <source>Accepting it</source>
        <translation>Es annehmen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="62"/>
        <source>Accepting that it is over is not giving up. It lets you stop waiting and look after yourself, whatever comes next.</source>
        <translation>Anzunehmen, dass es vorbei ist, heißt nicht aufzugeben. Es hilft dir, nicht länger zu warten und dich um dich zu kümmern, was auch immer als Nächstes kommt.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="111"/>
        <source>It ended today. Be gentle with yourself.</source>
        <translation>Es ist heute zu Ende gegangen. Sei sanft mit dir.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="112"/>
        <source>1 day since the breakup.</source>
        <translation>1 Tag seit der Trennung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="113"/>
        <source>%n days since the breakup.</source>
        <translation>
            <numerusform>%n Tag seit der Trennung.</numerusform>
            <numerusform>%n Tage seit der Trennung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days since the breakup.</source>
        <translation type="vanished">%1 Tage seit der Trennung.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="116"/>
        <source>Choose the day it ended and press Save Date, to see how far you have come.</source>
        <translation>Wähle den Tag, an dem es endete, und klicke auf „Datum speichern“, um zu sehen, wie weit du schon gekommen bist.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="125"/>
        <source>Marked on %1. Feelings move; you can untick this whenever you need to.</source>
        <translation>Markiert am %1. Gefühle verändern sich; du kannst das Häkchen jederzeit wieder entfernen, wenn du es brauchst.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="127"/>
        <source>Tick this when you are ready. There is no hurry.</source>
        <translation>Hake das an, wenn du bereit bist. Es eilt nicht.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepPage</name>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="86"/>
        <location filename="../app/ui/steps/StepPage.cpp" line="272"/>
        <source>Tools of %1</source>
        <translation>Werkzeuge für %1</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="89"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="91"/>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="128"/>
        <source>Reflect…</source>
        <translation>Nachdenken …</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="131"/>
        <source>A few questions about this step, one at a time (%1)</source>
        <translation>Ein paar Fragen zu diesem Schritt, eine nach der anderen (%1)</translation>
    </message>
    <message>
        <source>A few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Ein paar Fragen zu diesem Schritt, eine nach der anderen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="137"/>
        <source>Support and Safety</source>
        <translation>Unterstützung und Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="142"/>
        <source>Helplines and your own support contacts. Nothing is sent anywhere.</source>
        <translation>Hilfetelefone und deine eigenen Kontakte für Unterstützung. Es wird nichts irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="226"/>
        <source>This record is kept in your journal, as you wrote it; nothing was deleted. The tools it belongs to are put away on your current path.</source>
        <translation>Dieser Datensatz bleibt in deinem Tagebuch, so wie du ihn geschrieben hast; es wurde nichts gelöscht. Die Werkzeuge, zu denen er gehört, sind auf deinem jetzigen Weg weggeräumt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="231"/>
        <source>%1 (about %2% of the step). %3</source>
        <translation>%1 (etwa %2 % des Schritts). %3</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="235"/>
        <source>what your goals asked for</source>
        <translation>was deine Ziele vorsehen</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="236"/>
        <source>%1: up to %2 (about %3% of the step). %4</source>
        <translation>%1: bis zu %2 (etwa %3 % des Schritts). %4</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="40"/>
        <source>Journal entries written</source>
        <translation>Geschriebene Tagebucheinträge</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="41"/>
        <source>Writing helps you make sense of what you feel.</source>
        <translation>Schreiben hilft dir, zu verstehen, was du fühlst.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="44"/>
        <source>Reflections finished</source>
        <translation>Abgeschlossene Reflexionen</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="46"/>
        <source>Each guided reflection you finish counts.</source>
        <translation>Jede geführte Reflexion, die du abschließt, zählt.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="52"/>
        <source>Thought records finished</source>
        <translation>Abgeschlossene Gedankenprotokolle</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="53"/>
        <source>Working through a painful thought on paper.</source>
        <translation>Einen schmerzhaften Gedanken auf Papier durcharbeiten.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="56"/>
        <source>Breakup date noted</source>
        <translation>Datum der Trennung notiert</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="57"/>
        <source>Naming when it ended.</source>
        <translation>Benennen, wann es endete.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="59"/>
        <source>Acceptance marked</source>
        <translation>Annahme markiert</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="60"/>
        <source>Marking that you accept it is over.</source>
        <translation>Markieren, dass du annimmst, dass es vorbei ist.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="62"/>
        <source>Things I own written down (my part)</source>
        <translation>Was ich mir eingestehe, aufgeschrieben (mein Anteil)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="63"/>
        <source>Honest notes about your own part.</source>
        <translation>Ehrliche Notizen über deinen eigenen Anteil.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="65"/>
        <source>Days of space in a row</source>
        <translation>Tage Abstand am Stück</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="66"/>
        <source>Your longest stretch of space so far: space once given is never taken away, even by a later contact.</source>
        <translation>Deine bisher längste Zeit des Abstands: Einmal gegebener Abstand wird nie weggenommen, auch nicht durch einen späteren Kontakt.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="72"/>
        <source>Goals you are working on</source>
        <translation>Ziele, an denen du arbeitest</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="73"/>
        <source>Goals of your own that you keep active.</source>
        <translation>Eigene Ziele, die du aktiv hältst.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="76"/>
        <source>Goal check-ins in the last 14 days</source>
        <translation>Check-ins der Ziele in den letzten 14 Tagen</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="77"/>
        <source>Check-ins you kept, out of what your goals asked for.</source>
        <translation>Check-ins, die du gemacht hast, gemessen an dem, was deine Ziele vorsehen.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="81"/>
        <source>Small wins noted</source>
        <translation>Notierte kleine Erfolge</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="82"/>
        <source>Good moments you took the time to notice.</source>
        <translation>Gute Momente, die du dir bewusst gemacht hast.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="87"/>
        <source>Safety check answered</source>
        <translation>Sicherheitscheck beantwortet</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="88"/>
        <source>Answering the safety check honestly, whatever the answer.</source>
        <translation>Den Sicherheitscheck ehrlich beantworten, wie auch immer die Antwort ausfällt.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="91"/>
        <source>Contacts you kept light</source>
        <translation>Kontakte, die du leicht gehalten hast</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="92"/>
        <source>Contacts you made and kept light. How or whether they replied is never counted.</source>
        <translation>Kontakte von dir, die du leicht gehalten hast. Ob oder wie geantwortet wurde, zählt nie.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="96"/>
        <source>Drafts checked before sending</source>
        <translation>Vor dem Senden geprüfte Entwürfe</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="97"/>
        <source>Drafts you ran through the message check, whether you sent them or not. What you sent, and any reply, is never counted.</source>
        <translation>Entwürfe, die du durch die Nachrichtenprüfung geschickt hast, ob du sie gesendet hast oder nicht. Was du gesendet hast und jede Antwort zählen nie.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="101"/>
        <source>Days of space given</source>
        <translation>Gegebene Tage Abstand</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="102"/>
        <source>Your longest stretch without reaching out: honouring their no, or keeping yourself safe.</source>
        <translation>Deine längste Zeit, ohne dich zu melden: das Nein respektieren oder dich schützen.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="108"/>
        <source>Commitments kept</source>
        <translation>Eingehaltene Zusagen</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="109"/>
        <source>Promises you made and kept.</source>
        <translation>Versprechen, die du gegeben und gehalten hast.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="111"/>
        <source>Issues worked on together</source>
        <translation>Gemeinsam bearbeitete Themen</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="112"/>
        <source>Issues you took up and are working on, or settled.</source>
        <translation>Themen, die ihr angegangen seid und an denen ihr arbeitet oder die geklärt sind.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="115"/>
        <source>Safety plan written</source>
        <translation>Sicherheitsplan geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="116"/>
        <source>The parts of your safety plan you filled in: trusted people, safe places, documents, what to do in an emergency.</source>
        <translation>Die Teile deines Sicherheitsplans, die du ausgefüllt hast: Menschen, denen du vertraust, sichere Orte, Dokumente, was du im Notfall tust.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="120"/>
        <source>A letter you never send</source>
        <translation>Ein Brief, den du nie abschickst</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="121"/>
        <source>Saying what you could not say, only for yourself.</source>
        <translation>Sagen, was du nicht sagen konntest, nur für dich.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="124"/>
        <source>What I learned, written down</source>
        <translation>Was ich gelernt habe, aufgeschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="125"/>
        <source>What this relationship taught you.</source>
        <translation>Was diese Beziehung dich gelehrt hat.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="129"/>
        <source>Milestones given a day</source>
        <translation>Meilensteine mit einem Tag</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="130"/>
        <source>Small steps you planned ahead.</source>
        <translation>Kleine Schritte, die du vorausgeplant hast.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="132"/>
        <source>Milestones planned with room between them</source>
        <translation>Meilensteine mit Raum dazwischen geplant</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="134"/>
        <source>Planned steps at least the gap you chose after the one before. Reaching them, or how fast, is never counted.</source>
        <translation>Geplante Schritte, die mindestens den gewählten Abstand nach dem vorherigen haben. Ob oder wie schnell sie erreicht werden, zählt nie.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="138"/>
        <source>Where the journey stands, chosen</source>
        <translation>Gewählt, wo dein Weg steht</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="139"/>
        <source>Either outcome counts in full.</source>
        <translation>Jeder Ausgang zählt voll.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="141"/>
        <source>What I want in my next relationship</source>
        <translation>Was ich mir in meiner nächsten Beziehung wünsche</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="142"/>
        <source>What matters to you from here on.</source>
        <translation>Was dir von hier an wichtig ist.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress::Report</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="206"/>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %2 von %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="212"/>
        <source>You have done what this step suggests. Come back whenever it helps.</source>
        <translation>Du hast getan, was dieser Schritt vorschlägt. Komm zurück, wann immer es dir hilft.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="214"/>
        <source>Nothing here yet, and that is fine. Start whenever you are ready.</source>
        <translation>Hier ist noch nichts, und das ist in Ordnung. Fang an, wann immer du bereit bist.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="216"/>
        <source>Every bit counts. There is no hurry.</source>
        <translation>Jedes bisschen zählt. Es eilt nicht.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgressIndicator</name>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="26"/>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="26"/>
        <source>Progress %p%</source>
        <translation>Fortschritt %p %</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="29"/>
        <source>Progress 100%</source>
        <translation>Fortschritt 100 %</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="71"/>
        <source>Progress in %1</source>
        <translation>Fortschritt in %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgressModel</name>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="142"/>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="147"/>
        <source>%1, %2 percent</source>
        <translation>%1, %2 Prozent</translation>
    </message>
</context>
<context>
    <name>Rekindle::Steps</name>
    <message>
        <location filename="../app/core/Step.cpp" line="22"/>
        <source>Acknowledge</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept that the relationship is over, for now.</source>
        <translation type="vanished">Annehmen, dass die Beziehung vorerst vorbei ist.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="33"/>
        <source>Work on Yourself</source>
        <translation>An dir arbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="34"/>
        <source>Use this time for your own growth.</source>
        <translation>Nutze diese Zeit für dein eigenes Wachstum.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="42"/>
        <source>Reconnect</source>
        <translation>Kontakt aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="43"/>
        <source>Reach out lightly, when you are both ready.</source>
        <translation>Melde dich behutsam, wenn ihr beide bereit seid.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="23"/>
        <source>Accept that the relationship, as it was, has ended.</source>
        <translation>Nimm an, dass die Beziehung, wie sie war, vorbei ist.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="25"/>
        <source>Letting yourself accept that it has ended is where every good path starts. Look honestly at why it ended and at your own part in it, without harshness. Give each other time and space: fewer messages give both of you room to steady yourselves, whatever comes next.</source>
        <translation>Wenn du annehmen kannst, dass es vorbei ist, beginnt jeder gute Weg. Schau ehrlich darauf, warum es endete und was dein Anteil daran war, ohne Härte. Gebt einander Zeit und Abstand: Weniger Nachrichten geben euch beiden Raum, zur Ruhe zu kommen, was auch immer als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib zuerst mit deinen eigenen Worten auf, was passiert ist. Wenn du bereit bist, fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="35"/>
        <source>This time is yours. Move your body, pick up something new, talk to a professional about what weighs on you. You do this for yourself first; feeling steadier is worth it in itself, whatever happens next.</source>
        <translation>Diese Zeit gehört dir. Beweg dich, fang etwas Neues an, sprich mit einer Fachperson über das, was dich belastet. Du tust das zuerst für dich; dich gefestigter zu fühlen ist für sich schon wertvoll, was auch immer danach passiert.</translation>
    </message>
    <message>
        <source>Write about one thing you would like to grow in. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib über eine Sache, in der du wachsen möchtest. Fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="44"/>
        <source>Only if it is safe and welcome: once space has been given and you feel steadier, a short, friendly message is one possible step. Ask how they are or share something good, and leave the past and heavy topics aside. Silence or a no is an answer to respect. If they are open to it, a coffee or a walk is plenty.</source>
        <translation>Nur wenn es sicher und erwünscht ist: Wenn du Abstand gegeben hast und dich gefestigter fühlst, ist eine kurze, freundliche Nachricht ein möglicher Schritt. Frag, wie es der anderen Person geht, oder teile etwas Schönes, und lass die Vergangenheit und schwere Themen beiseite. Schweigen oder ein Nein ist eine Antwort, die respektiert werden will. Wenn die andere Person offen dafür ist, reicht ein Kaffee oder ein Spaziergang völlig.</translation>
    </message>
    <message>
        <source>Write about how you are and what you need right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib darüber, wie es dir geht und was du gerade brauchst. Fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="53"/>
        <source>Rebuild Trust</source>
        <translation>Vertrauen aufbauen</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="54"/>
        <source>Be honest, keep your word, work on what comes up.</source>
        <translation>Sei ehrlich, halte dein Wort, arbeite an dem, was aufkommt.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="56"/>
        <source>Trust grows slowly from small things done reliably. Be open about how you feel, keep the promises you make, and face issues together when they arise instead of around them.</source>
        <translation>Vertrauen wächst langsam aus kleinen Dingen, die verlässlich getan werden. Sei offen damit, wie es dir geht, halte die Versprechen, die du gibst, und geht Themen gemeinsam an, wenn sie aufkommen, statt um sie herum.</translation>
    </message>
    <message>
        <source>Write about what honesty looks like for you right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib darüber, wie Ehrlichkeit für dich gerade aussieht. Fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <source>Write about the pace that feels right to you. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Schreib über das Tempo, das sich für dich richtig anfühlt. Fang mit der Schaltfläche unten oder mit Ctrl+N an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="30"/>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or %1.</source>
        <translation>Schreib zuerst mit deinen eigenen Worten auf, was passiert ist. Wenn du bereit bist, fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="39"/>
        <source>Write about one thing you would like to grow in. Begin with the button below or %1.</source>
        <translation>Schreib über eine Sache, in der du wachsen möchtest. Fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="50"/>
        <source>Write about how you are and what you need right now. Begin with the button below or %1.</source>
        <translation>Schreib darüber, wie es dir geht und was du gerade brauchst. Fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="60"/>
        <source>Write about what honesty looks like for you right now. Begin with the button below or %1.</source>
        <translation>Schreib darüber, wie Ehrlichkeit für dich gerade aussieht. Fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="63"/>
        <source>Take Things Slow</source>
        <translation>Langsam angehen</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="64"/>
        <source>Let a strong foundation form at its own pace.</source>
        <translation>Lass ein starkes Fundament in seinem eigenen Tempo wachsen.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="65"/>
        <source>There is no rush. Let trust and connection settle before anything formal, and notice when you feel pressure to speed up. Whatever the outcome, the care you have put into yourself stays with you.</source>
        <translation>Es eilt nicht. Lass Vertrauen und Verbindung sich festigen, bevor etwas Verbindliches kommt, und achte darauf, wann du Druck spürst, schneller zu werden. Wie auch immer es ausgeht: Die Fürsorge, die du in dich gesteckt hast, bleibt dir.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="69"/>
        <source>Write about the pace that feels right to you. Begin with the button below or %1.</source>
        <translation>Schreib über das Tempo, das sich für dich richtig anfühlt. Fang mit der Schaltfläche unten oder mit %1 an.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="127"/>
        <source>You have moved on, and that is a good place to be. Keep writing about what you have learned and what you feel; the distance you keep now is time for yourself.</source>
        <translation>Du hast losgelassen, und das ist ein guter Ort. Schreib weiter über das, was du gelernt hast und was du fühlst; der Abstand, den du jetzt hältst, ist Zeit für dich.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="132"/>
        <source>This time is yours, fully. Keep the goals that do you good, celebrate small wins, and let caring for yourself be the whole point.</source>
        <translation>Diese Zeit gehört ganz dir. Behalte die Ziele, die dir guttun, feiere kleine Erfolge und lass es ganz darum gehen, gut für dich zu sorgen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StreamSealer</name>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="56"/>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation>Die Datei ist beschädigt oder wurde verändert, deshalb kann sie nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="61"/>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation>Die Datei ist unvollständig: Sie wurde abgeschnitten, deshalb kann sie nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="93"/>
        <source>This is not an encrypted Rekindle export.</source>
        <translation>Das ist kein verschlüsselter Rekindle-Export.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="99"/>
        <source>The file was encrypted by a newer version of Rekindle. Update Rekindle to open it.</source>
        <translation>Die Datei wurde mit einer neueren Version von Rekindle verschlüsselt. Aktualisiere Rekindle, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="166"/>
        <source>The export could not be encrypted.</source>
        <translation>Der Export konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="67"/>
        <source>The passphrase does not open this file, or the file was changed.</source>
        <translation>Die Passphrase öffnet diese Datei nicht, oder die Datei wurde verändert.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="32"/>
        <source>Support and Safety</source>
        <translation>Unterstützung und Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="34"/>
        <source>When things are hard, you do not have to face them alone. These services are free and long established. If you are in danger right now, call the emergency number.</source>
        <translation>Wenn es schwer ist, musst du das nicht allein durchstehen. Diese Angebote sind kostenlos und seit Langem bewährt. Wenn du gerade in Gefahr bist, ruf den Notruf an.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="41"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="49"/>
        <source>Another country</source>
        <translation>Ein anderes Land</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="57"/>
        <source>My own support contacts</source>
        <translation>Meine eigenen Kontakte für Unterstützung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="58"/>
        <source>A therapist, a friend, a family member: names and numbers</source>
        <translation>Eine Therapeutin, ein Freund, ein Familienmitglied: Namen und Nummern</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="63"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="66"/>
        <source>My &amp;own support contacts (kept in this journal):</source>
        <translation>Meine &amp;eigenen Kontakte für Unterstützung (in diesem Tagebuch gespeichert):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="68"/>
        <source>Rekindle only shows these numbers. It never calls, sends or shares anything.</source>
        <translation>Rekindle zeigt diese Nummern nur an. Es ruft nie an und sendet oder teilt nichts.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportNote</name>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="20"/>
        <source>A Moment for You</source>
        <translation>Ein Moment für dich</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="25"/>
        <source>It sounds like things are very hard right now. You deserve support, and talking to someone can help.</source>
        <translation>Es klingt, als wäre gerade alles sehr schwer. Du verdienst Unterstützung, und mit jemandem zu reden kann helfen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="40"/>
        <source>Nothing has been sent anywhere. This note can be turned off in Preferences.</source>
        <translation>Es wurde nichts irgendwohin gesendet. Dieser Hinweis lässt sich in den Einstellungen ausschalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="45"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Unterstützung und Sicherheit …</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="47"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportServices</name>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="216"/>
        <source>If you are in danger, call your local emergency number (112 works in many countries, including all of the European Union). Choose your country to see crisis lines and support for abuse there.</source>
        <translation>Wenn du in Gefahr bist, ruf den Notruf an (die 112 gilt in vielen Ländern, auch in der ganzen Europäischen Union). Wähle dein Land, um dortige Krisentelefone und Hilfe bei Gewalt zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="28"/>
        <source>Emergency services</source>
        <translation>Notruf</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="29"/>
        <source>When you or someone else is in danger right now: police, ambulance, fire.</source>
        <translation>Wenn du oder jemand anderes gerade in Gefahr ist: Polizei, Rettungsdienst, Feuerwehr.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="35"/>
        <source>Telefonseelsorge</source>
        <translation>Telefonseelsorge</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="37"/>
        <source>Someone to talk to, day and night, free of charge, about anything weighing on you.</source>
        <translation>Jemand zum Reden, Tag und Nacht, kostenlos, über alles, was dich belastet.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="41"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="43"/>
        <source>Crisis support and suicide prevention, day and night.</source>
        <translation>Krisenhilfe und Suizidprävention, Tag und Nacht.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="45"/>
        <source>1800RESPECT</source>
        <translation>1800RESPECT</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="47"/>
        <source>Support for people affected by domestic, family or sexual violence.</source>
        <translation>Unterstützung für Menschen, die von häuslicher, familiärer oder sexueller Gewalt betroffen sind.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="68"/>
        <source>9-8-8 Suicide Crisis Helpline</source>
        <translation>9-8-8 Suicide Crisis Helpline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="69"/>
        <source>Call or text, day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Anrufen oder schreiben, Tag und Nacht, wenn du an Suizid denkst oder dir um jemanden Sorgen machst.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="74"/>
        <source>Die Dargebotene Hand / La Main Tendue</source>
        <translation>Die Dargebotene Hand / La Main Tendue</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="76"/>
        <source>Someone to talk to, day and night, about anything weighing on you.</source>
        <translation>Jemand zum Reden, Tag und Nacht, über alles, was dich belastet.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="49"/>
        <location filename="../app/core/SupportServices.cpp" line="79"/>
        <location filename="../app/core/SupportServices.cpp" line="108"/>
        <source>Police</source>
        <translation>Polizei</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="50"/>
        <location filename="../app/core/SupportServices.cpp" line="80"/>
        <location filename="../app/core/SupportServices.cpp" line="109"/>
        <source>When you are threatened or in danger.</source>
        <translation>Wenn du bedroht wirst oder in Gefahr bist.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="52"/>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="53"/>
        <source>An ambulance, when someone&apos;s health or life is in danger.</source>
        <translation>Ein Rettungswagen, wenn die Gesundheit oder das Leben eines Menschen in Gefahr ist.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="56"/>
        <source>CVV – Centro de Valorização da Vida</source>
        <translation>CVV – Centro de Valorização da Vida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="58"/>
        <source>Emotional support and suicide prevention, day and night, free of charge.</source>
        <translation>Emotionale Unterstützung und Suizidprävention, Tag und Nacht, kostenlos.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="61"/>
        <source>Central de Atendimento à Mulher</source>
        <translation>Central de Atendimento à Mulher</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="63"/>
        <source>For women affected by violence: listening, advice and where to turn, day and night, free of charge.</source>
        <translation>Für Frauen, die Gewalt erleben: ein offenes Ohr, Beratung und Hinweise, wohin sie sich wenden können, Tag und Nacht, kostenlos.</translation>
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
        <translation>Jemand zum Reden, Tag und Nacht, kostenlos und anonym.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="91"/>
        <source>Hilfetelefon Gewalt gegen Frauen</source>
        <translation>Hilfetelefon Gewalt gegen Frauen</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="93"/>
        <source>Advice for women affected by violence, day and night, in many languages.</source>
        <translation>Beratung für Frauen, die Gewalt erleben, Tag und Nacht, in vielen Sprachen.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="97"/>
        <source>Línea 024 de atención a la conducta suicida</source>
        <translation>Línea 024 de atención a la conducta suicida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="100"/>
        <source>Day and night, free of charge, when you are thinking about suicide or worried about someone.</source>
        <translation>Tag und Nacht, kostenlos, wenn du an Suizid denkst oder dir um jemanden Sorgen machst.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="103"/>
        <source>016</source>
        <translation>016</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="104"/>
        <source>Information and advice for women affected by gender-based violence, day and night, free of charge.</source>
        <translation>Information und Beratung für Frauen, die geschlechtsspezifische Gewalt erleben, Tag und Nacht, kostenlos.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="112"/>
        <source>Numéro national de prévention du suicide</source>
        <translation>Numéro national de prévention du suicide</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="115"/>
        <source>Day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Tag und Nacht, wenn du an Suizid denkst oder dir um jemanden Sorgen machst.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="118"/>
        <source>Violences Femmes Info</source>
        <translation>Violences Femmes Info</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="119"/>
        <source>Listening and advice for women affected by violence, and those around them.</source>
        <translation>Ein offenes Ohr und Beratung für Frauen, die Gewalt erleben, und für ihr Umfeld.</translation>
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
        <translation>Jemand zum Reden, Tag und Nacht, kostenlos, was auch immer du gerade durchmachst.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="127"/>
        <source>National Domestic Abuse Helpline (Refuge)</source>
        <translation>National Domestic Abuse Helpline (Refuge)</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="130"/>
        <source>Free support for anyone experiencing domestic abuse, day and night.</source>
        <translation>Kostenlose Unterstützung für alle, die häusliche Gewalt erleben, Tag und Nacht.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="139"/>
        <source>113 Zelfmoordpreventie</source>
        <translation>113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="140"/>
        <source>When you are thinking about suicide or worried about someone.</source>
        <translation>Wenn du an Suizid denkst oder dir um jemanden Sorgen machst.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="144"/>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Suicide &amp; Crisis Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="145"/>
        <source>Call or text, day and night, when you are in distress or thinking about suicide.</source>
        <translation>Anrufen oder schreiben, Tag und Nacht, wenn du in Not bist oder an Suizid denkst.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="149"/>
        <source>National Domestic Violence Hotline</source>
        <translation>National Domestic Violence Hotline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="151"/>
        <source>Confidential support for anyone affected by abuse in a relationship, day and night.</source>
        <translation>Vertrauliche Unterstützung für alle, die Gewalt in einer Beziehung erleben, Tag und Nacht.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="163"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="164"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="165"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="166"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="167"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="168"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="169"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="170"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="171"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="172"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="173"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="174"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
</context>
<context>
    <name>Rekindle::TakeThingsSlowPage</name>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="28"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="30"/>
        <source>Foundation</source>
        <translation>Fundament</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="32"/>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="36"/>
        <source>Moving on is a full and good outcome. Take your time; this is for you alone.</source>
        <translation>Loszulassen ist ein vollwertiger, guter Ausgang. Nimm dir Zeit; das hier ist nur für dich.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="37"/>
        <source>What I want in my &amp;next relationship:</source>
        <translation>Was ich mir in meiner &amp;nächsten Beziehung wünsche:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="38"/>
        <source>How I want to be treated, what I will offer, what I will not accept</source>
        <translation>Wie ich behandelt werden möchte, was ich geben werde, was ich nicht hinnehme</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="41"/>
        <source>Moving On</source>
        <translation>Nach vorn schauen</translation>
    </message>
</context>
<context>
    <name>Rekindle::TextRewrite</name>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="81"/>
        <source>Rekindle could not rewrite the journal&apos;s text.</source>
        <translation>Rekindle konnte den Text des Tagebuchs nicht neu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="163"/>
        <location filename="../app/storage/TextRewrite.cpp" line="195"/>
        <source>Cancelled: the journal was left as it was.</source>
        <translation>Abgebrochen: Das Tagebuch ist geblieben, wie es war.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="178"/>
        <source>Rekindle could not read the journal.</source>
        <translation>Rekindle konnte das Tagebuch nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ThoughtRecord</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="71"/>
        <source>Name each feeling, or remove the empty row.</source>
        <translation>Gib jedem Gefühl einen Namen oder entferne die leere Zeile.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="73"/>
        <source>How strong a feeling is goes from %1 to %2.</source>
        <translation>Wie stark ein Gefühl ist, reicht von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="83"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="84"/>
        <source>Feelings and how strong they were</source>
        <translation>Gefühle und wie stark sie waren</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="85"/>
        <source>Automatic thought</source>
        <translation>Automatischer Gedanke</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="86"/>
        <source>Evidence for the thought</source>
        <translation>Was für den Gedanken spricht</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="87"/>
        <source>Evidence against the thought</source>
        <translation>Was gegen den Gedanken spricht</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="88"/>
        <source>A more balanced thought</source>
        <translation>Ein ausgewogenerer Gedanke</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="89"/>
        <source>Feelings rated again</source>
        <translation>Gefühle, neu bewertet</translation>
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
        <translation>Gedankenprotokoll</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="34"/>
        <source>A thought record helps to look at a painful thought from the outside. Fill in what you can; you can come back to it.</source>
        <translation>Ein Gedankenprotokoll hilft, einen schmerzhaften Gedanken von außen zu betrachten. Füll aus, was du kannst; du kannst später darauf zurückkommen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>Where were you, what happened?</source>
        <translation>Wo warst du, was ist passiert?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="43"/>
        <source>&amp;Feelings and how strong they were (0–100)</source>
        <translation>&amp;Gefühle und wie stark sie waren (0–100)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="44"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>&amp;Automatic thought</source>
        <translation>&amp;Automatischer Gedanke</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>What went through your mind?</source>
        <translation>Was ist dir durch den Kopf gegangen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>Evidence &amp;for the thought</source>
        <translation>Was f&amp;ür den Gedanken spricht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>What supports it?</source>
        <translation>Was stützt ihn?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="51"/>
        <source>Evidence a&amp;gainst the thought</source>
        <translation>Was g&amp;egen den Gedanken spricht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="52"/>
        <source>What does not fit? What would a friend point out?</source>
        <translation>Was passt nicht dazu? Worauf würde eine Freundin dich hinweisen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="53"/>
        <source>A more &amp;balanced thought</source>
        <translation>Ein ausge&amp;wogenerer Gedanke</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="54"/>
        <source>Taking all of it into account, what is a fairer way to see it?</source>
        <translation>Wenn du alles zusammennimmst: Wie lässt es sich fairer sehen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="56"/>
        <source>Feelings &amp;rated again</source>
        <translation>Gefühle &amp;neu bewertet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="57"/>
        <source>Feelings rated again</source>
        <translation>Gefühle, neu bewertet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="59"/>
        <source>Rate the Same Feelings &amp;Again</source>
        <translation>Dieselben Gefühle noch einmal &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="81"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="83"/>
        <source>Save for &amp;Later</source>
        <translation>Für sp&amp;äter speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="193"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="194"/>
        <source>This thought record could not be saved. If you close now, it will be lost. Close anyway?</source>
        <translation>Dieses Gedankenprotokoll konnte nicht gespeichert werden. Wenn du jetzt schließt, geht es verloren. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrendStore</name>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="34"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>Der Verlauf des Tagebuchs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="63"/>
        <source>The mood history could not be read.</source>
        <translation>Der Verlauf der Stimmung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="118"/>
        <source>The writing history could not be read.</source>
        <translation>Der Verlauf des Schreibens konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="145"/>
        <source>The progress of this step could not be read.</source>
        <translation>Der Fortschritt dieses Schritts konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Trust</name>
    <message>
        <location filename="../app/core/Trust.cpp" line="19"/>
        <location filename="../app/core/Trust.cpp" line="24"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="20"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="21"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="25"/>
        <source>Working on it</source>
        <translation>Ich arbeite daran</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="26"/>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="29"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="30"/>
        <source>Them</source>
        <translation>Die andere Person</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="31"/>
        <source>Both of us</source>
        <translation>Wir beide</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="39"/>
        <source>The day cannot be in the future. Choose today or an earlier day.</source>
        <translation>Der Tag kann nicht in der Zukunft liegen. Wähle heute oder einen früheren Tag.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="57"/>
        <source>Write what you shared.</source>
        <translation>Schreib auf, was du geteilt hast.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="59"/>
        <location filename="../app/core/Trust.cpp" line="98"/>
        <source>The text is too long: keep it under %1 characters.</source>
        <translation>Der Text ist zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="63"/>
        <source>Choose the day you shared it.</source>
        <translation>Wähle den Tag, an dem du es geteilt hast.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="69"/>
        <source>Write the promise you made.</source>
        <translation>Schreib das Versprechen auf, das du gegeben hast.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="72"/>
        <source>Keep the promise under %1 characters.</source>
        <translation>Bleib beim Versprechen unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="76"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>Die Notiz ist zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="80"/>
        <source>Choose the day you made the promise.</source>
        <translation>Wähle den Tag, an dem du das Versprechen gegeben hast.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="84"/>
        <source>The due date cannot be before the day the promise was made.</source>
        <translation>Das Fälligkeitsdatum kann nicht vor dem Tag liegen, an dem das Versprechen gegeben wurde.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="87"/>
        <source>A promise cannot be settled before it was made.</source>
        <translation>Ein Versprechen kann nicht entschieden werden, bevor es gegeben wurde.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="95"/>
        <source>Write what the issue is about.</source>
        <translation>Schreib auf, worum es bei dem Thema geht.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="102"/>
        <source>Choose the day it was raised.</source>
        <translation>Wähle den Tag, an dem es angesprochen wurde.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustStore</name>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="75"/>
        <source>This record is no longer in the journal.</source>
        <translation>Dieser Datensatz ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="83"/>
        <location filename="../app/storage/TrustStore.cpp" line="225"/>
        <location filename="../app/storage/TrustStore.cpp" line="281"/>
        <source>The records could not be read.</source>
        <translation>Die Datensätze konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="91"/>
        <source>The record could not be read.</source>
        <translation>Der Datensatz konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="116"/>
        <source>What you shared could not be saved.</source>
        <translation>Was du geteilt hast, konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="124"/>
        <source>Your changes could not be saved.</source>
        <translation>Deine Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="174"/>
        <source>The commitment could not be saved.</source>
        <translation>Die Zusage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="186"/>
        <source>Your changes to the commitment could not be saved.</source>
        <translation>Deine Änderungen an der Zusage konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="242"/>
        <source>The issue could not be saved.</source>
        <translation>Das Thema konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="249"/>
        <source>Your changes to the issue could not be saved.</source>
        <translation>Deine Änderungen am Thema konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="292"/>
        <source>The record could not be removed.</source>
        <translation>Der Datensatz konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustSummarySection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="22"/>
        <source>no promises settled yet</source>
        <translation>noch keine Versprechen entschieden</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="23"/>
        <source>%1 of %2 kept (%3%)</source>
        <translation>%1 von %2 eingehalten (%3 %)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="46"/>
        <source>Trust, in numbers</source>
        <translation>Vertrauen in Zahlen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="48"/>
        <source>Promises kept, last 30 days:</source>
        <translation>Gehaltene Versprechen, letzte 30 Tage:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="49"/>
        <source>Promises kept, last 90 days:</source>
        <translation>Gehaltene Versprechen, letzte 90 Tage:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="50"/>
        <source>Open issues:</source>
        <translation>Offene Themen:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="51"/>
        <source>Overdue commitments:</source>
        <translation>Überfällige Zusagen:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="52"/>
        <source>Numbers only tell part of the story. Trust grows from small things done reliably, and from being honest when they are not.</source>
        <translation>Zahlen erzählen nur einen Teil der Geschichte. Vertrauen wächst aus kleinen Dingen, die verlässlich getan werden, und aus Ehrlichkeit, wenn das einmal nicht gelingt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TurnOnWork</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="63"/>
        <source>Choose a passphrase.</source>
        <translation>Wähle eine Passphrase.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UndoNotice</name>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="18"/>
        <source>D&amp;ismiss</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="25"/>
        <source>Delete notice</source>
        <translation>Hinweis zum Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="32"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="33"/>
        <source>Bring the deleted record back (Ctrl+Z)</source>
        <translation>Das Gelöschte zurückholen (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="61"/>
        <source>Deleted ·</source>
        <extracomment>Shown for a few seconds after a delete, before the Undo button</extracomment>
        <translation>Gelöscht ·</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="71"/>
        <source>Could not delete: %1 It is back in your journal.</source>
        <translation>Löschen nicht möglich: %1 Es ist wieder in deinem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="95"/>
        <source>Deleted. Undo with Control Z.</source>
        <translation>Gelöscht. Rückgängig mit Steuerung Z.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnlockWindow</name>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="30"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="33"/>
        <location filename="../app/ui/UnlockWindow.cpp" line="208"/>
        <source>Opening your journal…</source>
        <translation>Dein Tagebuch wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="38"/>
        <source>Rekindle — Locked</source>
        <translation>Rekindle — Gesperrt</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="41"/>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="46"/>
        <source>What you wrote is kept encrypted on this computer. Type your passphrase to open it.</source>
        <translation>Was du geschrieben hast, wird auf diesem Computer verschlüsselt aufbewahrt. Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="54"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="56"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="61"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="67"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="70"/>
        <source>The 55 characters you kept when you turned encryption on. Dashes, spaces and upper or lower case do not matter.</source>
        <translation>Die 55 Zeichen, die du beim Einschalten der Verschlüsselung aufbewahrt hast. Bindestriche, Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="93"/>
        <source>Opening your journal</source>
        <translation>Dein Tagebuch wird geöffnet</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="99"/>
        <source>&amp;Support and helplines</source>
        <translation>&amp;Unterstützung und Hilfetelefone</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="156"/>
        <source>If you are struggling, you do not have to unlock anything to reach someone:</source>
        <translation>Wenn es dir schlecht geht, musst du nichts entsperren, um jemanden zu erreichen:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use my &amp;passphrase</source>
        <translation>Meine &amp;Passphrase verwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use the &amp;recovery key</source>
        <translation>Den &amp;Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation type="vanished">Suche wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessage</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="36"/>
        <source>Write what you would like to tell them first.</source>
        <translation>Schreib zuerst auf, was du der anderen Person sagen möchtest.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="38"/>
        <source>This message is too long to keep. Split it into several.</source>
        <translation>Diese Nachricht ist zu lang zum Aufbewahren. Teile sie auf mehrere auf.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="51"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="53"/>
        <source>Let go</source>
        <translation>Losgelassen</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="55"/>
        <source>Kept for later</source>
        <translation>Für später aufbewahrt</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageModel</name>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="54"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
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
        <translation>Wähle zuerst eine Nachricht aus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageStore</name>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="69"/>
        <source>The message could not be kept.</source>
        <translation>Die Nachricht konnte nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="76"/>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="93"/>
        <source>Your changes to the message could not be saved.</source>
        <translation>Deine Änderungen an der Nachricht konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="111"/>
        <source>The message could not be deleted.</source>
        <translation>Die Nachricht konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="118"/>
        <source>The message could not be read.</source>
        <translation>Die Nachricht konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="126"/>
        <source>The messages could not be read.</source>
        <translation>Die Nachrichten konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessagesSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="29"/>
        <source>&amp;Keep It Here</source>
        <translation>&amp;Hier aufbewahren</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="34"/>
        <source>&amp;Let It Go</source>
        <translation>L&amp;oslassen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="35"/>
        <source>Keep for &amp;Later</source>
        <translation>Für &amp;später aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="36"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="41"/>
        <source>What I want to tell them</source>
        <translation>Was ich der anderen Person sagen möchte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="42"/>
        <source>Write what you want to tell them. It stays in your journal: Rekindle never sends anything.</source>
        <translation>Schreib auf, was du der anderen Person sagen möchtest. Es bleibt in deinem Tagebuch: Rekindle sendet nie etwas.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="47"/>
        <source>Unsent messages, newest first</source>
        <translation>Ungesendete Nachrichten, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="55"/>
        <source>No unsent messages yet. When you feel the pull to write to them, write it above instead and press Keep It Here.</source>
        <translation>Noch keine ungesendeten Nachrichten. Wenn es dich drängt, der anderen Person zu schreiben, schreib es stattdessen oben hin und klicke auf „Hier aufbewahren“.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="58"/>
        <source>The selected message</source>
        <translation>Die ausgewählte Nachricht</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="65"/>
        <source>Write it, don&apos;t send it</source>
        <translation>Schreib es auf, schick es nicht ab</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="141"/>
        <source>Kept, not sent. Read it again tomorrow, with fresh eyes, before deciding anything.</source>
        <translation>Aufbewahrt, nicht gesendet. Lies sie morgen noch einmal mit frischem Blick, bevor du etwas entscheidest.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="159"/>
        <source>Choose a message to read it again.</source>
        <translation>Wähle eine Nachricht aus, um sie noch einmal zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="169"/>
        <source>Written %1. %2.</source>
        <translation>Geschrieben am %1. %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="171"/>
        <source>Written %1. A day has passed: read it again. Does it still feel true? Let it go, or keep it for later.</source>
        <translation>Geschrieben am %1. Ein Tag ist vergangen: Lies sie noch einmal. Fühlt sie sich noch stimmig an? Lass sie los oder bewahre sie für später auf.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="175"/>
        <source>Written %1. Give it a day before you decide anything about it.</source>
        <translation>Geschrieben am %1. Gib ihr einen Tag, bevor du etwas darüber entscheidest.</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation type="vanished">Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this unsent message for good?</source>
        <translation type="vanished">Diese ungesendete Nachricht endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
</context>
<context>
    <name>Rekindle::Urge</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="19"/>
        <source>Rate how strong the urge was from %1 (mild) to %2 (very strong).</source>
        <translation>Bewerte, wie stark der Impuls war, von %1 (schwach) bis %2 (sehr stark).</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="23"/>
        <source>Choose when the urge came.</source>
        <translation>Wähle, wann der Impuls kam.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="25"/>
        <source>An urge cannot be logged in the future.</source>
        <translation>Ein Impuls kann nicht in der Zukunft eingetragen werden.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="28"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>Die Notiz ist zu lang: Bleib unter %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ValueSealer</name>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="73"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked.</source>
        <translation>Der Schlüssel des Tagebuchs ist beschädigt, deshalb kann das Tagebuch nicht entsperrt werden.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="106"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="115"/>
        <source>Rekindle could not encrypt this text.</source>
        <translation>Rekindle konnte diesen Text nicht verschlüsseln.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="138"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="145"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="166"/>
        <source>This text is damaged and cannot be read.</source>
        <translation>Dieser Text ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="141"/>
        <source>This text was encrypted by a newer version of Rekindle.</source>
        <translation>Dieser Text wurde mit einer neueren Version von Rekindle verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="158"/>
        <source>This text cannot be read: it was changed, or it belongs to another place in the journal.</source>
        <translation>Dieser Text kann nicht gelesen werden: Er wurde verändert oder gehört an eine andere Stelle im Tagebuch.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WelcomeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="21"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="28"/>
        <source>This is a private journal for the time after a breakup. It walks with you through five steps, at your own pace:</source>
        <translation>Das ist ein privates Tagebuch für die Zeit nach einer Trennung. Es begleitet dich in deinem eigenen Tempo durch fünf Schritte:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="32"/>
        <source>Reconnecting is one possible path. Moving on is an equally good one, and the journal supports both. Nothing here is a test, and nothing is ever sent.</source>
        <translation>Wieder zueinanderzufinden ist ein möglicher Weg. Loszulassen ist ein ebenso guter, und das Tagebuch unterstützt beide. Nichts hier ist ein Test, und nichts wird je gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="35"/>
        <source>When things are hard, Help ▸ Support and Safety lists helplines, and there is a link on every step.</source>
        <translation>Wenn es schwer ist, findest du unter Hilfe ▸ Unterstützung und Sicherheit Hilfetelefone, und bei jedem Schritt gibt es einen Link dorthin.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>&amp;Start Writing</source>
        <translation>&amp;Mit dem Schreiben beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="58"/>
        <source>You can also keep this journal encrypted with a passphrase, so that only you can read it, even if someone opens the file or finds this computer. Rekindle then asks for it when it starts and locks the journal when you step away. You can do this now or any time later in Preferences.</source>
        <translation>Du kannst dieses Tagebuch auch mit einer Passphrase verschlüsselt aufbewahren, damit nur du es lesen kannst, selbst wenn jemand die Datei öffnet oder diesen Computer findet. Rekindle fragt dann beim Start danach und sperrt das Tagebuch, wenn du nicht am Computer bist. Du kannst das jetzt oder später jederzeit in den Einstellungen tun.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="67"/>
        <source>&amp;Not Now, Start Writing</source>
        <translation>&amp;Nicht jetzt, mit dem Schreiben beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="69"/>
        <source>&amp;Protect With a Passphrase…</source>
        <translation>Mit einer Passphrase &amp;schützen …</translation>
    </message>
</context>
<context>
    <name>Rekindle::WorkOnYourselfPage</name>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="27"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="29"/>
        <source>Small Wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritePass</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="168"/>
        <source>The file changed while it was imported. Nothing was changed.</source>
        <translation>Die Datei hat sich während des Imports verändert. Am Tagebuch wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingActivityChart</name>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="21"/>
        <source>Journal writing per week</source>
        <translation>Schreiben im Tagebuch pro Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="22"/>
        <source>Nothing written in this period yet. Each entry you write shows here, week by week.</source>
        <translation>In diesem Zeitraum wurde noch nichts geschrieben. Jeder Eintrag, den du schreibst, erscheint hier, Woche für Woche.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="42"/>
        <source>Entries per week</source>
        <translation>Einträge pro Woche</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="54"/>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="68"/>
        <source>Week of %1: %n entries</source>
        <translation>
            <numerusform>Woche vom %1: %n Eintrag</numerusform>
            <numerusform>Woche vom %1: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingEdit</name>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="155"/>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="171"/>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="179"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
</context>
</TS>
