<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/models/JournalSession.cpp" line="33"/>
        <source>Rekindle could not create a folder for the sample journal.</source>
        <translation>Rekindle n&apos;a pas pu créer de dossier pour le journal d&apos;exemple.</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="250"/>
        <source>Rekindle Journal</source>
        <translation>Journal Rekindle</translation>
    </message>
    <message>
        <source>Rekindle</source>
        <translation type="vanished">Rekindle</translation>
    </message>
    <message>
        <source>Rekindle — Sample Journal</source>
        <translation type="vanished">Rekindle — Journal d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>Rekindle</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="29"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="43"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>La clé du journal est endommagée&#xa0;: le journal ne peut pas être déverrouillé. Une sauvegarde en contient peut-être encore une copie intacte.</translation>
    </message>
    <message>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation type="vanished">Le fichier est endommagé ou a été modifié&#xa0;: il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation type="vanished">Le fichier est incomplet, il a été tronqué&#xa0;: il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="67"/>
        <source>The sample reflections could not be created.</source>
        <translation>Les réflexions d&apos;exemple n&apos;ont pas pu être créées.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="175"/>
        <source>I saw a photo of them with friends, looking happy.</source>
        <translation>J&apos;ai vu une photo de mon ex avec des amis, l&apos;air heureux.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="177"/>
        <source>They have moved on completely and never think of me.</source>
        <translation>Mon ex a complètement tourné la page et ne pense jamais à moi.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="178"/>
        <source>They look happy in the photo.</source>
        <translation>Mon ex a l&apos;air heureux sur la photo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="179"/>
        <source>One photo shows one moment. I look happy in photos on hard days too.</source>
        <translation>Une photo ne montre qu&apos;un instant. Moi aussi, je souris sur des photos prises pendant des jours difficiles.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="181"/>
        <source>I do not know how they feel. I can look after how I feel.</source>
        <translation>Je ne sais pas ce que l&apos;autre ressent. Je peux prendre soin de ce que, moi, je ressens.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="202"/>
        <source>What did I enjoy doing just for myself this week?</source>
        <translation>Qu&apos;est-ce que j&apos;ai aimé faire rien que pour moi cette semaine&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="136"/>
        <source>The sample journal could not be created.</source>
        <translation>Le journal d&apos;exemple n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="84"/>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation>Cette entrée n&apos;existe plus. Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="53"/>
        <source>This goal no longer exists.</source>
        <translation>Cet objectif n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="60"/>
        <source>The journal folder %1 is a file, not a folder. Choose another folder.</source>
        <translation>Le dossier du journal %1 est un fichier, pas un dossier. Choisis un autre dossier.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="64"/>
        <source>Rekindle cannot create the journal folder %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle ne peut pas créer le dossier du journal %1. Vérifie que tu as le droit d&apos;y écrire, ou choisis un autre dossier.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="78"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>Rekindle ne peut pas lire le fichier du journal %1. Vérifie ses permissions.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="85"/>
        <source>The journal file is damaged or is not a Rekindle journal. Rekindle left it unchanged.</source>
        <translation>Le fichier du journal est endommagé ou n&apos;est pas un journal Rekindle. Rekindle ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="103"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Ce journal a été écrit par une version plus récente de Rekindle. Mets Rekindle à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="60"/>
        <source>Search index: damaged (%1)</source>
        <translation>Index de recherche&#xa0;: endommagé (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="67"/>
        <source>Search index: damaged (%1 index entries, %2 without their text, for %3 records)</source>
        <translation>Index de recherche&#xa0;: endommagé (%1 entrées d&apos;index, %2 sans leur texte, pour %3 enregistrements)</translation>
    </message>
    <message>
        <source>Search index: holds %1 records, the journal %2</source>
        <translation type="vanished">Index de recherche&#xa0;: %1 enregistrements, le journal %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="100"/>
        <source>%1: cannot be read</source>
        <translation>%1&#xa0;: illisible</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="110"/>
        <source>%1, record %2: the text of &quot;%3&quot; is not valid UTF-8</source>
        <translation>%1, enregistrement %2&#xa0;: le texte de «&#xa0;%3&#xa0;» n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="131"/>
        <source>Journal settings</source>
        <translation>Réglages du journal</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="133"/>
        <source>Text: all valid UTF-8</source>
        <translation>Texte&#xa0;: tout est en UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="37"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation type="vanished">Le fichier ne peut pas être importé. Dans %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="35"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="37"/>
        <source>true/false</source>
        <translation>un booléen (true/false)</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="39"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="41"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="43"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="45"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="49"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="108"/>
        <source>&quot;%1&quot; is missing; it is required.</source>
        <translation>«&#xa0;%1&#xa0;» manque&#xa0;; ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="116"/>
        <source>&quot;%1&quot; must be an id: text of 1 to %2 characters, not %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un identifiant&#xa0;: un texte de 1 à %2 caractères, pas %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="119"/>
        <source>text of %1 characters</source>
        <translation>un texte de %1 caractères</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="125"/>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte, pas %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="128"/>
        <source>&quot;%1&quot; is too long: %2 characters, at most %3 are allowed.</source>
        <translation>«&#xa0;%1&#xa0;» est trop long&#xa0;: %2 caractères, %3 au maximum.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="137"/>
        <source>&quot;%1&quot; is blank; it must have some text.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;; il doit contenir du texte.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="138"/>
        <source>&quot;%1&quot; is too short: it needs at least %2 characters besides spaces.</source>
        <translation>«&#xa0;%1&#xa0;» est trop court&#xa0;: il faut au moins %2 caractères en plus des espaces.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="146"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3, pas %4.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="155"/>
        <source>&quot;%1&quot; must be a date and time like 2026-03-14T09:30:00.000Z.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date et une heure comme 2026-03-14T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="160"/>
        <source>&quot;%1&quot; must be a day like 2026-03-14.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un jour comme 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="176"/>
        <source>exactly one of %1 must be set, not %2.</source>
        <translation>exactement un champ parmi %1 doit être renseigné, pas %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="187"/>
        <source>%1 (uid &quot;%2&quot;)</source>
        <translation>%1 (uid «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="196"/>
        <source>%1 The record&apos;s uid is &quot;%2&quot;.</source>
        <translation>%1 L&apos;uid de l&apos;enregistrement est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="217"/>
        <source>The journal could not be read.</source>
        <translation>Le journal n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="228"/>
        <source>it appears twice; a file holds each name once.</source>
        <translation>ce nom apparaît deux fois&#xa0;; un fichier ne contient chaque nom qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="84"/>
        <source>Rekindle cannot remove the leftover lock file %1. Check the permissions of its folder, or delete the file yourself.</source>
        <translation>Rekindle ne peut pas supprimer l&apos;ancien fichier de verrou %1. Vérifie les permissions de son dossier, ou supprime le fichier toi-même.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="93"/>
        <source>This journal is open on another computer, “%1”. Close Rekindle there; if that computer is off, open the Rekindle window here to take the journal over.</source>
        <translation>Ce journal est ouvert sur un autre ordinateur, «&#xa0;%1&#xa0;». Ferme Rekindle là-bas&#xa0;; si cet ordinateur est éteint, ouvre la fenêtre de Rekindle ici pour reprendre le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="99"/>
        <source>This journal is already open in another Rekindle window. Switch to that window, or close it and try again.</source>
        <translation>Ce journal est déjà ouvert dans une autre fenêtre de Rekindle. Passe à cette fenêtre, ou ferme-la et réessaie.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="102"/>
        <source>This journal is in use by another program on this computer (%1, process %2). Close it and try again.</source>
        <translation>Ce journal est utilisé par un autre programme sur cet ordinateur (%1, processus %2). Ferme-le et réessaie.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="104"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="62"/>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Cet élément n&apos;existe plus. Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="35"/>
        <source>This reflection no longer exists. It may have been deleted.</source>
        <translation>Cette réflexion n&apos;existe plus. Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="96"/>
        <source>The reflection could not be read.</source>
        <translation>La réflexion n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="56"/>
        <source>This contact is no longer in the journal.</source>
        <translation>Ce contact n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="47"/>
        <source>This message is no longer in the journal.</source>
        <translation>Ce message n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="51"/>
        <source>The passphrase is too long (at most %1 bytes).</source>
        <translation>La phrase secrète est trop longue (%1 octets au maximum).</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="63"/>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>La phrase secrète n&apos;est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="158"/>
        <source>No passphrase was typed.</source>
        <translation>Aucune phrase secrète n&apos;a été saisie.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="38"/>
        <source>The search index could not be restored.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être restauré.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="46"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="48"/>
        <source>The font of your entries. It is kept on this computer, not in the journal.</source>
        <translation>La police de tes entrées. Elle est gardée sur cet ordinateur, pas dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="53"/>
        <source>Text &amp;font:</source>
        <translation>&amp;Police du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="56"/>
        <source>Text si&amp;ze:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="64"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="74"/>
        <source>&amp;Spelling language:</source>
        <translation>&amp;Langue de l&apos;orthographe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="83"/>
        <source>Spell checking is off: no dictionary was found on this computer. Install one (on Debian and Ubuntu a hunspell-* package, such as hunspell-en-us) and open Preferences again.</source>
        <translation>La vérification de l&apos;orthographe est désactivée&#xa0;: aucun dictionnaire n&apos;a été trouvé sur cet ordinateur. Installes-en un (sous Debian et Ubuntu, un paquet hunspell-*, par exemple hunspell-fr) puis rouvre les Préférences.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="87"/>
        <source>The language and the words you add are kept in the journal.</source>
        <translation>La langue et les mots que tu ajoutes sont gardés dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="105"/>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
</context>
<context>
    <name>Rekindle::AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="20"/>
        <source>About Rekindle</source>
        <translation>À propos de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="36"/>
        <source>A private journal that walks you through five steps after a breakup, at your own pace. Moving on is a good outcome too.</source>
        <translation>Un journal intime qui t&apos;accompagne en cinq étapes après une rupture, à ton rythme. Tourner la page est aussi une belle issue.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="38"/>
        <source>Everything you write stays on this computer. Rekindle never uses the network and collects nothing.</source>
        <translation>Tout ce que tu écris reste sur cet ordinateur. Rekindle n&apos;utilise jamais le réseau et ne collecte rien.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="40"/>
        <source>Your journal: %1</source>
        <translation>Ton journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="41"/>
        <source>Copyright 2026 The Rekindle authors. Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation>Copyright 2026 Les auteurs de Rekindle. Publié sous la licence publique générale GNU, version 3 ou ultérieure. Compilé avec Qt %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::AcknowledgePage</name>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="33"/>
        <source>Where I Stand</source>
        <translation>Où j&apos;en suis</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="35"/>
        <source>My Part</source>
        <translation>Ma part</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="37"/>
        <source>Space</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="39"/>
        <source>Unsent Messages</source>
        <translation>Messages non envoyés</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupFile</name>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="56"/>
        <location filename="../app/storage/BackupFile.cpp" line="61"/>
        <source>The new backup cannot be read.</source>
        <translation>La nouvelle sauvegarde est illisible.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="63"/>
        <source>The new backup is damaged.</source>
        <translation>La nouvelle sauvegarde est endommagée.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="84"/>
        <source>A file named %1 already exists.</source>
        <translation>Un fichier nommé %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="91"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>La sauvegarde a été interrompue avant la fin.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="101"/>
        <source>Rekindle cannot write the backup in %1. Check that you may write there and that the disk has room.</source>
        <translation>Rekindle ne peut pas écrire la sauvegarde dans %1. Vérifie que tu as le droit d&apos;y écrire et que le disque a de la place.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="115"/>
        <location filename="../app/storage/BackupFile.cpp" line="119"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle n&apos;a pas pu sauvegarder le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="126"/>
        <source>Rekindle could not finish writing the backup to the disk.</source>
        <translation>Rekindle n&apos;a pas pu finir d&apos;écrire la sauvegarde sur le disque.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="128"/>
        <source>The new backup is incomplete.</source>
        <translation>La nouvelle sauvegarde est incomplète.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="133"/>
        <source>Rekindle could not give the backup its name %1.</source>
        <translation>Rekindle n&apos;a pas pu donner à la sauvegarde son nom %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="204"/>
        <source>Rekindle cannot prepare the backup folder %1. Check its permissions.</source>
        <translation>Rekindle ne peut pas préparer le dossier de sauvegarde %1. Vérifie ses permissions.</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupList</name>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="22"/>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="24"/>
        <source>Before an update of Rekindle</source>
        <translation>Avant une mise à jour de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="26"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="29"/>
        <source>Copy made by hand</source>
        <extracomment>A backup the person made with &quot;rekindle --backup&quot; and put in the backups folder.</extracomment>
        <translation>Copie faite à la main</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="45"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="46"/>
        <source>No records</source>
        <translation>Aucun enregistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="54"/>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="75"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="78"/>
        <source>Incomplete or damaged: cannot be restored</source>
        <translation>Incomplète ou endommagée&#xa0;: impossible à restaurer</translation>
    </message>
</context>
<context>
    <name>Rekindle::Backups</name>
    <message>
        <location filename="../app/storage/Backups.cpp" line="138"/>
        <location filename="../app/storage/Backups.cpp" line="338"/>
        <source>The backup %1 cannot be read.</source>
        <translation>La sauvegarde %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="143"/>
        <location filename="../app/storage/Backups.cpp" line="154"/>
        <source>The backup cannot be read.</source>
        <translation>La sauvegarde est illisible.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="209"/>
        <source>The search index could not be tidied.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être remis en ordre.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="225"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>La sauvegarde a été interrompue avant la fin.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="255"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle n&apos;a pas pu sauvegarder le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="323"/>
        <source>An old backup could not be deleted: %1</source>
        <translation>Une ancienne sauvegarde n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="335"/>
        <source>Rekindle could not make a temporary folder for the restore.</source>
        <translation>Rekindle n&apos;a pas pu créer de dossier temporaire pour la restauration.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="346"/>
        <location filename="../app/storage/Backups.cpp" line="356"/>
        <source>The backup cannot be restored: %1</source>
        <translation>La sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="376"/>
        <location filename="../app/storage/Backups.cpp" line="382"/>
        <source>The current journal could not be backed up, so nothing was changed. %1</source>
        <translation>Le journal actuel n&apos;a pas pu être sauvegardé, donc rien n&apos;a été modifié. %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CalendarDialog</name>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="22"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="23"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="35"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="38"/>
        <source>Days with writing</source>
        <translation>Jours où tu as écrit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="40"/>
        <source>Days with entries are bold. Enter opens the first entry of the day; Page Up and Page Down change the month.</source>
        <translation>Les jours avec des entrées sont en gras. La touche Entrée ouvre la première entrée du jour&#xa0;; Page précédente et Page suivante changent de mois.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="53"/>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="54"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="55"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="56"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="67"/>
        <source>&amp;Open Entry</source>
        <translation>&amp;Ouvrir l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="82"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="134"/>
        <source>%1 on this day.</source>
        <translation>%1 ce jour-là.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="83"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="135"/>
        <source>Nothing written on this day.</source>
        <translation>Rien d&apos;écrit ce jour-là.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="133"/>
        <source>Nothing written this month.</source>
        <translation>Rien d&apos;écrit ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="147"/>
        <source>Nothing written on %1.</source>
        <translation>Rien d&apos;écrit le %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CareActions</name>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="30"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="40"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Soutien et sécurité…</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="41"/>
        <source>&amp;Quick Hide</source>
        <translation>&amp;Masquage rapide</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="44"/>
        <source>Helplines and your own support contacts</source>
        <translation>Lignes d&apos;écoute et tes propres contacts de soutien</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="49"/>
        <source>Hide the window at once</source>
        <translation>Masquer la fenêtre immédiatement</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="51"/>
        <source>Hide the window at once (%1)</source>
        <translation>Masquer la fenêtre immédiatement (%1)</translation>
    </message>
    <message>
        <source>Hide the window at once (Ctrl+Shift+H)</source>
        <translation type="vanished">Masquer la fenêtre immédiatement (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="161"/>
        <source>A quiet moment for yourself, if you would like one.</source>
        <translation>Un moment de calme pour toi, si tu en as envie.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CarePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="27"/>
        <source>Offer &amp;support resources after a very low mood or words of self-harm</source>
        <translation>Proposer des ressources de &amp;soutien après une humeur très basse ou des mots d&apos;automutilation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="32"/>
        <source>Use a &amp;neutral window title (“Journal”)</source>
        <translation>Utiliser un titre de fenêtre &amp;neutre («&#xa0;Journal&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="39"/>
        <source>A gentle daily &amp;reminder at</source>
        <translation>Un &amp;rappel quotidien tout en douceur à</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="45"/>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="53"/>
        <source>Nothing here sends anything anywhere. The reminder shows no journal text and no names, says nothing about contacting anyone, and stays silent while the journey is about safety or a no.</source>
        <translation>Rien ici n&apos;envoie quoi que ce soit nulle part. Le rappel n&apos;affiche aucun texte du journal ni aucun nom, ne parle jamais de contacter qui que ce soit, et se tait tant que le parcours porte sur la sécurité ou sur un non.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="72"/>
        <source>Care and Privacy</source>
        <translation>Soin et confidentialité</translation>
    </message>
</context>
<context>
    <name>Rekindle::ChartStore</name>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="50"/>
        <source>The history of space could not be read.</source>
        <translation>L&apos;historique de la distance n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="88"/>
        <source>The goals could not be read.</source>
        <translation>Les objectifs n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="116"/>
        <source>The check-ins could not be read.</source>
        <translation>Les coches n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="136"/>
        <source>The contacts could not be read.</source>
        <translation>Les contacts n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="158"/>
        <source>The commitments could not be read.</source>
        <translation>Les engagements n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="173"/>
        <source>The milestones could not be read.</source>
        <translation>Les jalons n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="210"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>L&apos;historique du journal n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="282"/>
        <location filename="../app/storage/ChartStore.cpp" line="297"/>
        <location filename="../app/storage/ChartStore.cpp" line="320"/>
        <location filename="../app/storage/ChartStore.cpp" line="348"/>
        <location filename="../app/storage/ChartStore.cpp" line="365"/>
        <source>The progress of this step could not be read.</source>
        <translation>La progression de cette étape n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CheckReport</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="142"/>
        <source>Result: the journal is healthy.</source>
        <translation>Résultat&#xa0;: le journal est en bon état.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="144"/>
        <source>Result: problems found: %1</source>
        <translation>Résultat&#xa0;: problèmes trouvés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommandLine</name>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <source>Keep the journal in &lt;folder&gt; instead of the standard location.</source>
        <translation>Garder le journal dans &lt;folder&gt; au lieu de l&apos;emplacement standard.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <location filename="../app/core/CommandLine.cpp" line="90"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="71"/>
        <source>Open a sample journal in a temporary folder, to look around. Your own journal is not touched.</source>
        <translation>Ouvrir un journal d&apos;exemple dans un dossier temporaire, pour découvrir l&apos;application. Ton propre journal n&apos;est pas touché.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>How many days of history the sample journal has (1 to 36500).</source>
        <translation>Nombre de jours d&apos;historique du journal d&apos;exemple (1 à 36500).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>Average journal entries per day in the sample journal (0.1 to 20).</source>
        <translation>Nombre moyen d&apos;entrées par jour dans le journal d&apos;exemple (0.1 à 20).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="80"/>
        <source>Export the journal to FILE as &lt;format&gt; (json, csv, markdown, html or pdf), without opening a window. Unless --encrypt-export is given, the file is not encrypted: anyone who gets it can read it.</source>
        <translation>Exporter le journal dans FILE au format &lt;format&gt; (json, csv, markdown, html ou pdf), sans ouvrir de fenêtre. Sans --encrypt-export, le fichier n&apos;est pas chiffré&#xa0;: quiconque l&apos;obtient peut le lire.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="83"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="85"/>
        <source>Import a JSON export into the journal, adding what it does not have yet.</source>
        <translation>Importer un export JSON dans le journal, en ajoutant ce qu&apos;il ne contient pas encore.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="86"/>
        <location filename="../app/core/CommandLine.cpp" line="109"/>
        <location filename="../app/core/CommandLine.cpp" line="116"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="88"/>
        <source>With --import: replace the journal&apos;s content with the file&apos;s.</source>
        <translation>Avec --import&#xa0;: remplacer le contenu du journal par celui du fichier.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="89"/>
        <source>Write a backup copy of the journal into &lt;folder&gt;.</source>
        <translation>Écrire une copie de sauvegarde du journal dans &lt;folder&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="92"/>
        <source>Check the journal for damage and report; exit status 0 when healthy.</source>
        <translation>Vérifier que le journal n&apos;est pas endommagé et en rendre compte&#xa0;; code de sortie 0 s&apos;il est en bon état.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="93"/>
        <source>With --export: only from this day (YYYY-MM-DD).</source>
        <translation>Avec --export&#xa0;: seulement à partir de ce jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="94"/>
        <location filename="../app/core/CommandLine.cpp" line="96"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="95"/>
        <source>With --export: only up to this day (YYYY-MM-DD).</source>
        <translation>Avec --export&#xa0;: seulement jusqu&apos;à ce jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>With --export: only this step (1 to 5).</source>
        <translation>Avec --export&#xa0;: seulement cette étape (1 à 5).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="99"/>
        <source>Protect the journal with a passphrase: every text is encrypted. Asks for the new passphrase twice (or reads --passphrase-file), then shows the recovery key once.</source>
        <translation>Protéger le journal par une phrase secrète&#xa0;: chaque texte est chiffré. Demande deux fois la nouvelle phrase secrète (ou lit --passphrase-file), puis affiche la clé de secours une seule fois.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="102"/>
        <source>Turn the journal&apos;s encryption off, after a confirmation: every text is then stored readable again.</source>
        <translation>Désactiver le chiffrement du journal, après confirmation&#xa0;: chaque texte est alors de nouveau enregistré en clair.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="104"/>
        <source>With --decrypt: do not ask for a confirmation.</source>
        <translation>Avec --decrypt&#xa0;: ne pas demander de confirmation.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="106"/>
        <source>Read the journal&apos;s passphrase (with --encrypt: the new one) from the first line of &lt;file&gt; instead of asking on the terminal. The way for scripts: keep the file private.</source>
        <translation>Lire la phrase secrète du journal (avec --encrypt&#xa0;: la nouvelle) sur la première ligne de &lt;file&gt; au lieu de la demander dans le terminal. La solution pour les scripts&#xa0;: garde ce fichier privé.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="111"/>
        <source>With --export json: encrypt the file with a passphrase of its own, asked twice on the terminal or read from --export-passphrase-file.</source>
        <translation>Avec --export json&#xa0;: chiffrer le fichier avec une phrase secrète propre, demandée deux fois dans le terminal ou lue depuis --export-passphrase-file.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="114"/>
        <source>The passphrase of an encrypted export (to write with --encrypt-export, or to read with --import), from the first line of &lt;file&gt;.</source>
        <translation>La phrase secrète d&apos;un export chiffré (pour l&apos;écrire avec --encrypt-export, ou le lire avec --import), lue sur la première ligne de &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="119"/>
        <source>A private journal that walks you through five steps after a breakup.</source>
        <translation>Un journal intime qui t&apos;accompagne en cinq étapes après une rupture.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="150"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir demande un dossier.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="157"/>
        <source>--demo-days must be a whole number from 1 to 36500.</source>
        <translation>--demo-days doit être un nombre entier de 1 à 36500.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="162"/>
        <source>--demo-entries-per-day must be a number from 0.1 to 20.</source>
        <translation>--demo-entries-per-day doit être un nombre de 0.1 à 20.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="182"/>
        <source>--export needs a format: %1.</source>
        <translation>--export demande un format&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="186"/>
        <source>--export needs the file to write, e.g. --export json journal.json</source>
        <translation>--export demande le fichier à écrire, par exemple --export json journal.json</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="214"/>
        <source>Use one of --export, --import, --backup, --check, --encrypt and --decrypt at a time.</source>
        <translation>Utilise une seule option à la fois parmi --export, --import, --backup, --check, --encrypt et --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="219"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="224"/>
        <source>--import and --backup need a file or folder.</source>
        <translation>--import et --backup demandent un fichier ou un dossier.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="229"/>
        <source>--replace goes with --import.</source>
        <translation>--replace va avec --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="234"/>
        <source>--from, --to and --step go with --export.</source>
        <translation>--from, --to et --step vont avec --export.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="243"/>
        <source>--from and --to need a day like 2026-03-14.</source>
        <translation>--from et --to demandent un jour comme 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="252"/>
        <source>--step must be a number from 1 to 5.</source>
        <translation>--step doit être un nombre de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="258"/>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être après --to.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="272"/>
        <source>--%1 needs a file.</source>
        <translation>--%1 demande un fichier.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="277"/>
        <source>--passphrase-file goes with --export, --import, --backup, --check, --encrypt or --decrypt.</source>
        <translation>--passphrase-file va avec --export, --import, --backup, --check, --encrypt ou --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="283"/>
        <source>--yes goes with --decrypt.</source>
        <translation>--yes va avec --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="289"/>
        <source>--encrypt-export goes with --export json: only a JSON export can be encrypted.</source>
        <translation>--encrypt-export va avec --export json&#xa0;: seul un export JSON peut être chiffré.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="295"/>
        <source>--export-passphrase-file goes with --encrypt-export or --import.</source>
        <translation>--export-passphrase-file va avec --encrypt-export ou --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="310"/>
        <source>License GPL-3.0-or-later. Everything you write stays on this computer.</source>
        <translation>Licence GPL-3.0-or-later. Tout ce que tu écris reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentModel</name>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="71"/>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="84"/>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="103"/>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="105"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="107"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="109"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="111"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="156"/>
        <source>Choose a commitment first.</source>
        <translation>Choisis d&apos;abord un engagement.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsChart</name>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="20"/>
        <source>Commitments kept</source>
        <translation>Engagements tenus</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="21"/>
        <source>No commitment was kept or broken in this period. When you mark a promise from step 4 as kept or broken, the share kept shows here.</source>
        <translation>Aucun engagement tenu ou non tenu sur cette période. Quand tu marques une promesse de l&apos;étape 4 comme tenue ou non tenue, la part tenue s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="44"/>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="64"/>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="93"/>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept</source>
        <translation>Tenus</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per month</source>
        <translation>Décidés par mois</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per week</source>
        <translation>Décidés par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="110"/>
        <source>%1% kept</source>
        <translation>%1&#xa0;% tenus</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="111"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n tenu</numerusform>
            <numerusform>%n tenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="112"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n non tenu</numerusform>
            <numerusform>%n non tenus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="114"/>
        <source>No commitment was decided</source>
        <translation>Aucun engagement décidé</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept (%)</source>
        <translation>Tenus (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Broken</source>
        <translation>Non tenus</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="28"/>
        <source>D&amp;ue by:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="30"/>
        <source>&amp;Add Commitment</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="33"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Engagements</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="37"/>
        <source>Something small you can keep</source>
        <translation>Quelque chose de petit, que tu peux tenir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="44"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="49"/>
        <source>A promise I made</source>
        <translation>Une promesse que j&apos;ai faite</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="51"/>
        <source>&amp;Promise:</source>
        <translation>&amp;Promesse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="53"/>
        <source>&amp;Made on:</source>
        <translation>&amp;Faite le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="64"/>
        <source>Set Status to Kept or Broken when the time comes; overdue promises are shown in bold. Keeping small promises builds more trust than making big ones.</source>
        <translation>Passe l&apos;état à «&#xa0;Tenu&#xa0;» ou «&#xa0;Non tenu&#xa0;» le moment venu&#xa0;; les promesses en retard sont en gras. Tenir de petites promesses crée plus de confiance que d&apos;en faire de grandes.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ConsoleCommands</name>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="73"/>
        <source>%1 %2%</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="99"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="108"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="110"/>
        <source>The export is encrypted: it opens only with its passphrase.</source>
        <translation>L&apos;export est chiffré&#xa0;: il ne s&apos;ouvre qu&apos;avec sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="113"/>
        <source>Note: the export is not encrypted. Anyone who gets the file can read everything in it.</source>
        <translation>Remarque&#xa0;: l&apos;export n&apos;est pas chiffré. Quiconque obtient le fichier peut lire tout son contenu.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="126"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="135"/>
        <source>The journal as it was is kept in %1</source>
        <translation>Le journal tel qu&apos;il était est conservé dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="137"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="146"/>
        <source>%1: %2 added</source>
        <translation>%1&#xa0;: %2 ajoutés</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="158"/>
        <source>Imported 1 record.</source>
        <translation>1 enregistrement importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="159"/>
        <source>Imported %n records.</source>
        <translation>
            <numerusform>%n enregistrement importé.</numerusform>
            <numerusform>%n enregistrements importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="161"/>
        <source>1 was already in the journal.</source>
        <translation>1 figurait déjà dans le journal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="162"/>
        <source>%n were already in the journal.</source>
        <translation>
            <numerusform>%n figurait déjà dans le journal.</numerusform>
            <numerusform>%n figuraient déjà dans le journal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="164"/>
        <source>1 setting.</source>
        <translation>1 réglage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="165"/>
        <source>%n settings.</source>
        <translation>
            <numerusform>%n réglage.</numerusform>
            <numerusform>%n réglages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 records; %2 were already in the journal; %3 settings.</source>
        <translation type="vanished">%1 enregistrements importés&#xa0;; %2 étaient déjà dans le journal&#xa0;; %3 réglages.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="176"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="183"/>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="207"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="228"/>
        <source>The journal&apos;s write-ahead log (journal.sqlite3-wal) was lost after Rekindle was stopped: the last changes saved before that may be missing. A backup may still hold them.</source>
        <translation>Le fichier des dernières écritures du journal (journal.sqlite3-wal) a été perdu après l&apos;arrêt de Rekindle&#xa0;: les dernières modifications enregistrées avant l&apos;arrêt manquent peut-être. Une sauvegarde les contient peut-être encore.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="272"/>
        <source>Run &apos;rekindle --help&apos; to see the options.</source>
        <translation>Lance «&#xa0;rekindle --help&#xa0;» pour voir les options.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactEvent</name>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="20"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="21"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="22"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="23"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="24"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="28"/>
        <source>No reply yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="29"/>
        <source>Warm</source>
        <translation>Chaleureuse</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="30"/>
        <location filename="../app/core/ContactEvent.cpp" line="37"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="31"/>
        <source>Cold</source>
        <translation>Froide</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="32"/>
        <source>Asked for space / said no</source>
        <translation>A demandé de la distance / a dit non</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="36"/>
        <source>Light</source>
        <translation>Léger</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="38"/>
        <source>Heavy</source>
        <translation>Lourd</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="49"/>
        <source>Choose when the contact happened.</source>
        <translation>Choisis quand le contact a eu lieu.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="52"/>
        <source>A contact cannot be logged in the future. Choose a time that has already passed.</source>
        <translation>Un contact ne peut pas être noté dans le futur. Choisis un moment déjà passé.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="56"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La note est trop longue&#xa0;: reste sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="60"/>
        <source>The topics are too long: keep them under %1 characters.</source>
        <translation>Les sujets sont trop longs&#xa0;: reste sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="64"/>
        <source>A response can only be recorded for a contact you made.</source>
        <translation>Une réponse ne peut être notée que pour un contact que tu as pris.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="110"/>
        <source>I reached out</source>
        <translation>J&apos;ai pris contact</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="111"/>
        <source>They reached out</source>
        <translation>L&apos;autre a pris contact</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactListModel</name>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="126"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="128"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="130"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="132"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="134"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="136"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="138"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="193"/>
        <source>Choose a contact first.</source>
        <translation>Choisis d&apos;abord un contact.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactLogSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="39"/>
        <source>&amp;Add to Log</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="40"/>
        <source>Check a &amp;Message…</source>
        <translation>Vérifier un &amp;message…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="42"/>
        <source>Con&amp;tacts, newest first</source>
        <translation>Con&amp;tacts, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="58"/>
        <source>A few words: her new job, the concert</source>
        <translation>Quelques mots&#xa0;: son nouveau travail, le concert</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="63"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="68"/>
        <source>Log a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="78"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="79"/>
        <source>&amp;Who reached out:</source>
        <translation>Q&amp;ui a pris contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="80"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="81"/>
        <source>T&amp;one:</source>
        <translation>T&amp;on&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="82"/>
        <source>Their &amp;response:</source>
        <translation>Sa &amp;réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="83"/>
        <source>To&amp;pics:</source>
        <translation>Su&amp;jets&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="87"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="143"/>
        <source>Logged. When they reply, double-click the Response cell to record it.</source>
        <translation>Noté. Quand l&apos;autre répond, double-clique sur la cellule Réponse pour le noter.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="152"/>
        <source>Logged as a message you sent.</source>
        <translation>Noté comme un message que tu as envoyé.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactResponseChart</name>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="19"/>
        <source>My contacts and their responses</source>
        <translation>Mes contacts et leurs réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="20"/>
        <source>No contacts you made in this period. When you log one, and how they responded, it shows here. Giving space is progress too.</source>
        <translation>Aucun contact de ta part sur cette période. Quand tu en notes un, avec la réponse reçue, il s&apos;affiche ici. Laisser de la distance, c&apos;est aussi avancer.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="90"/>
        <source>%n contact(s) you made</source>
        <translation>
            <numerusform>%n contact de ta part</numerusform>
            <numerusform>%n contacts de ta part</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Contacts you made</source>
        <translation>Contacts de ta part</translation>
    </message>
</context>
<context>
    <name>Rekindle::CoreDumps</name>
    <message>
        <location filename="../app/crypto/CoreDumps.cpp" line="36"/>
        <location filename="../app/crypto/CoreDumps.cpp" line="43"/>
        <source>Rekindle could not stop the system from saving its memory to disk after a crash.</source>
        <translation>Rekindle n&apos;a pas pu empêcher le système d&apos;enregistrer sa mémoire sur le disque après un plantage.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CtrlTabLeaves</name>
    <message>
        <location filename="../app/ui/widgets/CtrlTabLeaves.cpp" line="38"/>
        <source>Tab types a tab here; %1 moves on to the next control, %2 back.</source>
        <translation>Tab insère une tabulation ici&#xa0;; %1 passe au contrôle suivant, %2 revient au précédent.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoJournal</name>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="119"/>
        <source>The sample journal could not be created.</source>
        <translation>Le journal d&apos;exemple n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="28"/>
        <source>The first quiet evening</source>
        <translation>La première soirée calme</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="29"/>
        <source>Why it ended</source>
        <translation>Pourquoi c&apos;est fini</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="30"/>
        <source>What I would do differently</source>
        <translation>Ce que je ferais autrement</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="31"/>
        <source>Not texting today</source>
        <translation>Pas de message aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="32"/>
        <source>Accepting it</source>
        <translation>L&apos;accepter</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="33"/>
        <source>A wave of missing them</source>
        <translation>Une vague de manque</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="34"/>
        <source>Morning run</source>
        <translation>Course du matin</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="35"/>
        <source>First pottery class</source>
        <translation>Premier cours de poterie</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="36"/>
        <source>Therapy session</source>
        <translation>Séance de thérapie</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="37"/>
        <source>Cooking for myself</source>
        <translation>Cuisiner pour moi</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="38"/>
        <source>A good week</source>
        <translation>Une bonne semaine</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="39"/>
        <source>Learning to rest</source>
        <translation>Apprendre à me reposer</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="40"/>
        <source>Thinking about reaching out</source>
        <translation>Je pense à reprendre contact</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="41"/>
        <source>A short, friendly message</source>
        <translation>Un message court et amical</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="42"/>
        <source>They replied</source>
        <translation>Une réponse est arrivée</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="43"/>
        <source>Coffee on Saturday</source>
        <translation>Un café samedi</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="44"/>
        <source>Keeping it light</source>
        <translation>Rester léger</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="45"/>
        <source>Waiting without pushing</source>
        <translation>Attendre sans insister</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="46"/>
        <source>Being honest about my feelings</source>
        <translation>Être honnête sur ce que je ressens</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="47"/>
        <source>A promise kept</source>
        <translation>Une promesse tenue</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="48"/>
        <source>We talked about the hard part</source>
        <translation>Nous avons parlé du plus difficile</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="49"/>
        <source>Showing up on time</source>
        <translation>Arriver à l&apos;heure</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="50"/>
        <source>Listening more</source>
        <translation>Écouter davantage</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="51"/>
        <source>A small doubt, said out loud</source>
        <translation>Un petit doute, dit à voix haute</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="52"/>
        <source>No rush</source>
        <translation>Rien ne presse</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="53"/>
        <source>A slow Sunday walk</source>
        <translation>Une balade tranquille le dimanche</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="54"/>
        <source>Pacing myself</source>
        <translation>Aller à mon rythme</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="55"/>
        <source>Noticing the pressure</source>
        <translation>Remarquer la pression</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="56"/>
        <source>Grateful for today</source>
        <translation>Gratitude pour aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="57"/>
        <source>Whatever happens, I am okay</source>
        <translation>Quoi qu&apos;il arrive, ça va aller</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="61"/>
        <source>I woke up thinking about them, and that is all right.</source>
        <translation>Je me suis réveillé en pensant à mon ex, et c&apos;est normal.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="63"/>
        <source>I wrote down three things I am grateful for.</source>
        <translation>J&apos;ai noté trois choses pour lesquelles j&apos;ai de la gratitude.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="64"/>
        <source>I noticed the urge to check their profile and closed the app instead.</source>
        <translation>J&apos;ai eu envie d&apos;aller voir son profil et j&apos;ai fermé l&apos;appli à la place.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="66"/>
        <source>I can see now that I stopped listening when I was stressed.</source>
        <translation>Je vois maintenant que j&apos;arrêtais d&apos;écouter quand j&apos;étais stressé.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="68"/>
        <source>Next time I feel defensive, I want to pause and ask a question first.</source>
        <translation>La prochaine fois que je me mets sur la défensive, je veux faire une pause et poser d&apos;abord une question.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="70"/>
        <source>The walk by the river helped more than I expected.</source>
        <translation>La balade au bord de la rivière m&apos;a fait plus de bien que prévu.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="72"/>
        <source>I talked to my sister and felt less alone.</source>
        <translation>J&apos;ai parlé à ma sœur et je me suis senti moins seul.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="73"/>
        <source>My therapist asked what I need, not what they need. I did not know the answer.</source>
        <translation>Ma thérapeute m&apos;a demandé ce dont j&apos;ai besoin, moi, pas l&apos;autre. Je ne connaissais pas la réponse.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="75"/>
        <source>I slept better last night.</source>
        <translation>J&apos;ai mieux dormi cette nuit.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="76"/>
        <source>I am learning that space is a kindness, not a punishment.</source>
        <translation>J&apos;apprends que la distance est une bienveillance, pas une punition.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="78"/>
        <source>I finished the chapter I started last week.</source>
        <translation>J&apos;ai fini le chapitre commencé la semaine dernière.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="79"/>
        <source>I felt proud that I kept my word to myself.</source>
        <translation>J&apos;ai été fier d&apos;avoir tenu parole envers moi-même.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="80"/>
        <source>Some days are heavy. Today was one of them, and I got through it.</source>
        <translation>Certains jours sont lourds. Aujourd&apos;hui en était un, et je l&apos;ai traversé.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="82"/>
        <source>I want to be someone who says what they feel calmly.</source>
        <translation>Je veux être quelqu&apos;un qui dit calmement ce qu&apos;il ressent.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="84"/>
        <source>It was good to laugh with friends again.</source>
        <translation>Ça m&apos;a fait du bien de rire à nouveau avec des amis.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="85"/>
        <source>I made a plan for the weekend that is just for me.</source>
        <translation>J&apos;ai prévu un week-end rien que pour moi.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="87"/>
        <source>I reread an old message and did not reply. That was the right choice.</source>
        <translation>J&apos;ai relu un ancien message et je n&apos;ai pas répondu. C&apos;était le bon choix.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="89"/>
        <source>A small step is still a step.</source>
        <translation>Un petit pas reste un pas.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="90"/>
        <source>I noticed I was rushing and slowed down on purpose.</source>
        <translation>J&apos;ai remarqué que je me précipitais et j&apos;ai ralenti exprès.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="92"/>
        <source>Honesty felt uncomfortable, and it also felt right.</source>
        <translation>L&apos;honnêteté m&apos;a mis mal à l&apos;aise, et en même temps, ça sonnait juste.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoReflections</name>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="27"/>
        <source>We stopped making time for each other, and I stopped saying what I needed.</source>
        <translation>Nous avons arrêté de prendre du temps l&apos;un pour l&apos;autre, et j&apos;ai arrêté de dire ce dont j&apos;avais besoin.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="29"/>
        <source>I could have listened instead of defending myself.</source>
        <translation>J&apos;aurais pu écouter au lieu de me défendre.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="31"/>
        <source>I want to stop going quiet when I am hurt, and say it calmly instead.</source>
        <translation>Je veux arrêter de me taire quand je suis blessé, et le dire calmement à la place.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="33"/>
        <source>I would tell them to be gentle with themselves. So I will try.</source>
        <translation>Je lui dirais de prendre soin de soi avec douceur. Alors je vais essayer.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="35"/>
        <source>No messages this week. If I feel the urge, I will write here instead.</source>
        <translation>Aucun message cette semaine. Si l&apos;envie vient, j&apos;écrirai ici à la place.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="37"/>
        <source>A long walk with my sister on Sunday.</source>
        <translation>Une longue balade avec ma sœur dimanche.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="38"/>
        <source>Being more patient. I rush when I am anxious.</source>
        <translation>Être plus patient. Je me précipite quand je suis anxieux.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="40"/>
        <source>I went running twice and felt lighter afterwards.</source>
        <translation>Je suis allé courir deux fois et je me suis senti plus léger après.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="42"/>
        <source>I am proud that I booked the appointment I kept putting off.</source>
        <translation>Je suis fier d&apos;avoir pris le rendez-vous que je repoussais sans cesse.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="44"/>
        <source>Something light: a photo of the dog at the beach.</source>
        <translation>Quelque chose de léger&#xa0;: une photo du chien à la plage.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="49"/>
        <source>Slept well.</source>
        <translation>Bien dormi.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="50"/>
        <source>A heavy morning, a better afternoon.</source>
        <translation>Une matinée lourde, un après-midi meilleur.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="51"/>
        <source>Good talk with a friend.</source>
        <translation>Bonne discussion avec un ami.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="52"/>
        <source>Missing them today.</source>
        <translation>Mon ex me manque aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="53"/>
        <source>Busy at work, that helped.</source>
        <translation>Beaucoup de travail, ça m&apos;a aidé.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps12</name>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="31"/>
        <source>Arguments about my long hours</source>
        <translation>Les disputes sur mes longues journées</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="32"/>
        <source>I kept cancelling plans and said work came first.</source>
        <translation>J&apos;annulais sans arrêt nos projets et je disais que le travail passait avant.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="34"/>
        <source>Keep one evening a week free, and say so early when plans change.</source>
        <translation>Garder une soirée libre par semaine, et prévenir tôt quand les projets changent.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="37"/>
        <source>The trip we never took</source>
        <translation>Le voyage qu&apos;on n&apos;a jamais fait</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="38"/>
        <source>I brushed off what they wanted as not important.</source>
        <translation>J&apos;ai balayé ce que l&apos;autre voulait comme si ce n&apos;était pas important.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="40"/>
        <source>Ask what matters to them and listen to the whole answer.</source>
        <translation>Demander ce qui compte pour l&apos;autre et écouter la réponse jusqu&apos;au bout.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="43"/>
        <source>Snapping when I was stressed</source>
        <translation>M&apos;emporter quand j&apos;étais stressé</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="44"/>
        <source>I took my stress out on them instead of naming it.</source>
        <translation>Je déchargeais mon stress sur l&apos;autre au lieu de le nommer.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="46"/>
        <source>Notice the tension, say &quot;I am stressed&quot;, take ten minutes.</source>
        <translation>Remarquer la tension, dire «&#xa0;je suis stressé&#xa0;», prendre dix minutes.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="49"/>
        <source>Checking their phone</source>
        <translation>Regarder son téléphone</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="50"/>
        <source>My jealousy made them feel watched.</source>
        <translation>Ma jalousie donnait à l&apos;autre l&apos;impression d&apos;être sous surveillance.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="51"/>
        <source>Talk about my insecurity with a therapist.</source>
        <translation>Parler de mon insécurité avec une thérapeute.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="67"/>
        <source>Morning run</source>
        <translation>Course du matin</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="68"/>
        <source>Ten minutes of stretching</source>
        <translation>Dix minutes d&apos;étirements</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="71"/>
        <source>Pottery class</source>
        <translation>Cours de poterie</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="73"/>
        <source>Therapy session</source>
        <translation>Séance de thérapie</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="74"/>
        <source>Name my stress out loud</source>
        <translation>Nommer mon stress à voix haute</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="76"/>
        <source>Learn Spanish on the app</source>
        <translation>Apprendre l&apos;espagnol sur l&apos;appli</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="81"/>
        <source>Saw our song on the radio.</source>
        <translation>Entendu notre chanson à la radio.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="82"/>
        <source>Late at night, feeling lonely.</source>
        <translation>Tard le soir, je me sentais seul.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="83"/>
        <source>Their birthday is next week.</source>
        <translation>Son anniversaire, c&apos;est la semaine prochaine.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="84"/>
        <source>Wanted to tell them about my day.</source>
        <translation>J&apos;avais envie de lui raconter ma journée.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="87"/>
        <source>Walked past our café.</source>
        <translation>Passé devant notre café.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="91"/>
        <source>Cooked a proper dinner for myself</source>
        <translation>Je me suis cuisiné un vrai dîner</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="92"/>
        <source>Went for a run in the rain</source>
        <translation>Je suis allé courir sous la pluie</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="93"/>
        <source>Called my sister</source>
        <translation>J&apos;ai appelé ma sœur</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="94"/>
        <source>Finished a book</source>
        <translation>J&apos;ai fini un livre</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="95"/>
        <source>Said no to overtime</source>
        <translation>J&apos;ai dit non aux heures sup</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="96"/>
        <source>Slept eight hours</source>
        <translation>J&apos;ai dormi huit heures</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="97"/>
        <source>Made a bowl that did not collapse</source>
        <translation>J&apos;ai fait un bol qui ne s&apos;est pas effondré</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="98"/>
        <source>Sat with a sad feeling instead of texting</source>
        <translation>Je suis resté avec ma tristesse au lieu d&apos;envoyer un message</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="99"/>
        <source>Tidied the flat</source>
        <translation>J&apos;ai rangé l&apos;appartement</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="100"/>
        <source>Went to the party and enjoyed it</source>
        <translation>Je suis allé à la fête et j&apos;en ai profité</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="104"/>
        <source>I keep replaying our last evening. I wish I had listened instead of defending myself. I am sorry for how I spoke to you.</source>
        <translation>Je repense sans cesse à notre dernière soirée. J&apos;aurais aimé t&apos;écouter au lieu de me défendre. Je suis désolé de la façon dont je t&apos;ai parlé.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="107"/>
        <source>I saw the poster for the concert we talked about and thought of you. I hope you go.</source>
        <translation>J&apos;ai vu l&apos;affiche du concert dont on avait parlé et j&apos;ai pensé à toi. J&apos;espère que tu iras.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="110"/>
        <source>Please just answer me. I need to know if there is any chance.</source>
        <translation>Réponds-moi, s&apos;il te plaît. J&apos;ai besoin de savoir s&apos;il reste une chance.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="112"/>
        <source>I have been going to therapy. I am learning a lot about why I get so jealous.</source>
        <translation>Je vais en thérapie. J&apos;apprends beaucoup sur les raisons de ma jalousie.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="118"/>
        <source>Asked if we could talk.</source>
        <translation>J&apos;ai demandé si on pouvait parler.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="119"/>
        <source>Sent a long message about how I feel.</source>
        <translation>J&apos;ai envoyé un long message sur ce que je ressens.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="120"/>
        <source>Called, no answer.</source>
        <translation>J&apos;ai appelé, pas de réponse.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="121"/>
        <source>They asked for a book back.</source>
        <translation>L&apos;autre m&apos;a demandé de lui rendre un livre.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="122"/>
        <source>Short, friendly reply.</source>
        <translation>Réponse courte et amicale.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="123"/>
        <source>Liked a photo of theirs.</source>
        <translation>J&apos;ai aimé une de ses photos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps345</name>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="108"/>
        <source>our song</source>
        <translation>notre chanson</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="22"/>
        <source>her new job</source>
        <translation>son nouveau travail</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="23"/>
        <source>the concert</source>
        <translation>le concert</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="24"/>
        <source>my pottery class</source>
        <translation>mon cours de poterie</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="25"/>
        <source>their sister</source>
        <translation>sa sœur</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="26"/>
        <source>a funny video</source>
        <translation>une vidéo drôle</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="27"/>
        <source>the weather</source>
        <translation>la météo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="28"/>
        <source>a book we both like</source>
        <translation>un livre qu&apos;on aime tous les deux</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="31"/>
        <source>Asked how the first week went.</source>
        <translation>J&apos;ai demandé comment s&apos;était passée la première semaine.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="32"/>
        <source>Sent a photo of my first bowl.</source>
        <translation>J&apos;ai envoyé une photo de mon premier bol.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="33"/>
        <source>Short and friendly.</source>
        <translation>Court et amical.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="34"/>
        <source>They asked about my sister.</source>
        <translation>L&apos;autre a demandé des nouvelles de ma sœur.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="35"/>
        <source>Talked for twenty minutes.</source>
        <translation>On a parlé vingt minutes.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="39"/>
        <source>The café by the river</source>
        <translation>Le café au bord de la rivière</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="40"/>
        <source>The park</source>
        <translation>Le parc</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="41"/>
        <source>The market</source>
        <translation>Le marché</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="42"/>
        <source>Museum</source>
        <translation>Musée</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="45"/>
        <source>Easy and light. We laughed about the cat.</source>
        <translation>Simple et léger. On a ri à propos du chat.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="46"/>
        <source>A bit awkward at first, then good.</source>
        <translation>Un peu gênant au début, puis bien.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="47"/>
        <source>Nice, but I talked too much about the past. Note to self.</source>
        <translation>Agréable, mais j&apos;ai trop parlé du passé. Note pour moi-même.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="52"/>
        <source>That I was nervous about meeting again.</source>
        <translation>Que j&apos;étais nerveux à l&apos;idée de nous revoir.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="53"/>
        <source>They said they were nervous too. It helped.</source>
        <translation>L&apos;autre a avoué avoir le trac aussi. Ça a aidé.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="55"/>
        <source>That I understand now how my long hours hurt.</source>
        <translation>Que je comprends maintenant à quel point mes longues journées ont fait mal.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="57"/>
        <source>Quiet, then a thank you.</source>
        <translation>Un silence, puis un merci.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="59"/>
        <source>That I am glad we can talk again.</source>
        <translation>Que je suis content qu&apos;on puisse de nouveau se parler.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="60"/>
        <source>Warmly.</source>
        <translation>Chaleureusement.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="63"/>
        <source>Be on time for our walk</source>
        <translation>Être à l&apos;heure pour notre balade</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="64"/>
        <source>Call on Sunday evening</source>
        <translation>Appeler dimanche soir</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="65"/>
        <source>Return the book I borrowed</source>
        <translation>Rendre le livre que j&apos;ai emprunté</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="66"/>
        <source>Keep Friday evening free</source>
        <translation>Garder le vendredi soir libre</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="67"/>
        <source>Tell them when plans change, early</source>
        <translation>Prévenir tôt quand les projets changent</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="68"/>
        <source>Not check my phone at dinner</source>
        <translation>Ne pas regarder mon téléphone au dîner</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="71"/>
        <source>I was late twice</source>
        <translation>Je suis arrivé en retard deux fois</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="72"/>
        <source>I text if I am running late.</source>
        <translation>J&apos;envoie un message si je suis en retard.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="73"/>
        <source>They felt I pushed for an answer</source>
        <translation>L&apos;autre a eu l&apos;impression que je forçais une réponse</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="74"/>
        <source>No questions about us for now.</source>
        <translation>Pas de questions sur nous pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="75"/>
        <source>Jealousy about a friend</source>
        <translation>De la jalousie envers un ami</translation>
    </message>
</context>
<context>
    <name>Rekindle::EmotionRatingsEditor</name>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="23"/>
        <source>Add a Feeling</source>
        <translation>Ajouter un ressenti</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="52"/>
        <source>%1: feeling</source>
        <translation>%1&#xa0;: ressenti</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="57"/>
        <source>A feeling, e.g. sad</source>
        <translation>Un ressenti, par ex. tristesse</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="63"/>
        <source> of 100</source>
        <translation> sur 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="64"/>
        <source>%1: how strong, 0 to 100</source>
        <translation>%1&#xa0;: intensité, de 0 à 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="67"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="68"/>
        <source>Remove this feeling</source>
        <translation>Retirer ce ressenti</translation>
    </message>
</context>
<context>
    <name>Rekindle::Emotions</name>
    <message>
        <location filename="../app/core/Emotions.cpp" line="13"/>
        <source>calm</source>
        <translation>calme</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="14"/>
        <source>hopeful</source>
        <translation>espoir</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="15"/>
        <source>grateful</source>
        <translation>gratitude</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="16"/>
        <source>proud</source>
        <translation>fierté</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="17"/>
        <source>content</source>
        <translation>sérénité</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="18"/>
        <source>relieved</source>
        <translation>soulagement</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="19"/>
        <source>sad</source>
        <translation>tristesse</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="20"/>
        <source>lonely</source>
        <translation>solitude</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="21"/>
        <source>anxious</source>
        <translation>anxiété</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="22"/>
        <source>angry</source>
        <translation>colère</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="23"/>
        <source>guilty</source>
        <translation>culpabilité</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="24"/>
        <source>ashamed</source>
        <translation>honte</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="25"/>
        <source>confused</source>
        <translation>confusion</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="26"/>
        <source>tired</source>
        <translation>fatigue</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="27"/>
        <source>restless</source>
        <translation>agitation</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="28"/>
        <source>jealous</source>
        <translation>jalousie</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptedExport</name>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="83"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="115"/>
        <source>The passphrase for the export is empty.</source>
        <translation>La phrase secrète de l&apos;export est vide.</translation>
    </message>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="68"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="125"/>
        <source>The file is encrypted: its passphrase is needed to read it.</source>
        <translation>Le fichier est chiffré&#xa0;: sa phrase secrète est nécessaire pour le lire.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptionCommands</name>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="57"/>
        <source>%1: %2 of %3 values (%4%)</source>
        <translation>%1&#xa0;: %2 valeurs sur %3 (%4&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EncryptionCommands.cpp" line="75"/>
        <source>%n older backup(s) were made before the journal was encrypted and can still be read by anyone who gets them:</source>
        <translation>
            <numerusform>%n ancienne sauvegarde a été faite avant le chiffrement du journal et peut encore être lue par quiconque l&apos;obtient&#xa0;:</numerusform>
            <numerusform>%n anciennes sauvegardes ont été faites avant le chiffrement du journal et peuvent encore être lues par quiconque les obtient&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="81"/>
        <source>Deleting them does not wipe every trace on every disk: an SSD may keep old blocks for a while.</source>
        <translation>Les supprimer n&apos;efface pas toutes les traces sur tous les disques&#xa0;: un SSD peut garder d&apos;anciens blocs pendant un certain temps.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="84"/>
        <source>Delete them when you no longer need them.</source>
        <translation>Supprime-les quand tu n&apos;en as plus besoin.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="88"/>
        <source>Delete these backups now? [y/N]</source>
        <translation>Supprimer ces sauvegardes maintenant&#xa0;? [o/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="90"/>
        <source>The backups were kept.</source>
        <translation>Les sauvegardes ont été conservées.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="96"/>
        <source>The unencrypted backups were deleted.</source>
        <translation>Les sauvegardes non chiffrées ont été supprimées.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="107"/>
        <source>Passphrase of the journal: </source>
        <translation>Phrase secrète du journal&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="118"/>
        <source>The sample journal is never encrypted: it holds nothing of yours.</source>
        <translation>Le journal d&apos;exemple n&apos;est jamais chiffré&#xa0;: il ne contient rien de toi.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="122"/>
        <source>The journal is already encrypted. Nothing was changed.</source>
        <translation>Le journal est déjà chiffré. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <source>New passphrase for the journal: </source>
        <translation>Nouvelle phrase secrète du journal&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>The same passphrase again: </source>
        <translation>La même phrase secrète, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="128"/>
        <source>Encrypting the journal. This can take a while for a large one; if it is stopped, the journal stays as it was.</source>
        <translation>Chiffrement du journal. Cela peut prendre un moment pour un grand journal&#xa0;; s&apos;il est interrompu, le journal reste tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="130"/>
        <source>Encrypting</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="134"/>
        <source>The journal is now encrypted.</source>
        <translation>Le journal est maintenant chiffré.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="136"/>
        <source>Your recovery key, shown only this once:</source>
        <translation>Ta clé de secours, affichée cette seule fois&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="140"/>
        <source>Write it down or print it, and keep it somewhere safe, away from this computer. It opens the journal if you forget the passphrase, and anyone who has it can read the journal.</source>
        <translation>Note-la ou imprime-la, et garde-la en lieu sûr, loin de cet ordinateur. Elle ouvre le journal si tu oublies la phrase secrète, et quiconque la possède peut lire le journal.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="152"/>
        <source>The journal is not encrypted. Nothing was changed.</source>
        <translation>Le journal n&apos;est pas chiffré. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="155"/>
        <source>Turning encryption off needs a confirmation, and there is no terminal to ask on. Add --yes to turn it off. Nothing was changed.</source>
        <translation>Désactiver le chiffrement demande une confirmation, et il n&apos;y a pas de terminal pour la demander. Ajoute --yes pour le désactiver. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="162"/>
        <source>Turn encryption off? Everything you wrote will be stored readable by anyone who gets the file. [y/N]</source>
        <translation>Désactiver le chiffrement&#xa0;? Tout ce que tu as écrit sera lisible par quiconque obtient le fichier. [o/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="167"/>
        <source>Encryption stays on. Nothing was changed.</source>
        <translation>Le chiffrement reste activé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="171"/>
        <source>Decrypting</source>
        <translation>Déchiffrement</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="173"/>
        <source>The journal is no longer encrypted.</source>
        <translation>Le journal n&apos;est plus chiffré.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>Passphrase for the export: </source>
        <translation>Phrase secrète de l&apos;export&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="183"/>
        <source>Warning: the journal is encrypted, but this export will not be: anyone who gets the file can read everything in it. Use --encrypt-export (JSON) to protect it with a passphrase.</source>
        <translation>Attention&#xa0;: le journal est chiffré, mais cet export ne le sera pas&#xa0;: quiconque obtient le fichier peut lire tout son contenu. Utilise --encrypt-export (JSON) pour le protéger par une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="194"/>
        <source>Passphrase of the file %1: </source>
        <translation>Phrase secrète du fichier %1&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryEditor</name>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="34"/>
        <source>A title, if you like</source>
        <translation>Un titre, si tu veux</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="35"/>
        <source>Entry title</source>
        <translation>Titre de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="40"/>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="41"/>
        <source>Mood, from 1 (very low) to 10 (very good)</source>
        <translation>Humeur, de 1 (très basse) à 10 (très bonne)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="42"/>
        <source>How you feel, from 1 (very low) to 10 (very good)</source>
        <translation>Comment tu te sens, de 1 (très mal) à 10 (très bien)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="45"/>
        <source>Entry text</source>
        <translation>Texte de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="46"/>
        <source>Write freely. Everything is saved as you type and stays on this computer.</source>
        <translation>Écris librement. Tout est enregistré au fil de la frappe et reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="56"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="63"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="65"/>
        <source>&amp;Mood:</source>
        <translation>&amp;Humeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="118"/>
        <source>Written %1 at %2</source>
        <translation>Écrit le %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="123"/>
        <source>edited %1</source>
        <translation>modifié le %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryItemDelegate</name>
    <message>
        <location filename="../app/ui/widgets/EntryItemDelegate.cpp" line="27"/>
        <source>mood %1/10</source>
        <translation>humeur %1/10</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryListModel</name>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="61"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="64"/>
        <source>%1, written %2</source>
        <translation>%1, écrit le %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrinter</name>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="58"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="61"/>
        <source>Print the open entry</source>
        <translation>Imprimer l&apos;entrée ouverte</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="63"/>
        <source>Print This &amp;Day…</source>
        <translation>Imprimer cette &amp;journée…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="65"/>
        <source>Print every entry written on the open entry&apos;s day</source>
        <translation>Imprimer toutes les entrées écrites le même jour que l&apos;entrée ouverte</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="67"/>
        <source>Print This S&amp;tep…</source>
        <translation>Imprimer cette é&amp;tape…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="69"/>
        <source>Print every entry of the current step</source>
        <translation>Imprimer toutes les entrées de l&apos;étape en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="89"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="93"/>
        <source>mood %1 of 10</source>
        <translation>humeur %1 sur 10</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="109"/>
        <source>The text being written could not be saved, so it was not printed.</source>
        <translation>Le texte en cours d&apos;écriture n&apos;a pas pu être enregistré, il n&apos;a donc pas été imprimé.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="115"/>
        <source>There is nothing to print yet.</source>
        <translation>Il n&apos;y a encore rien à imprimer.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="139"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="152"/>
        <source>Rekindle journal</source>
        <translation>Journal Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="144"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="155"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="176"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="158"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="161"/>
        <source>This &amp;entry</source>
        <translation>Cette &amp;entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="162"/>
        <source>Every entry of this &amp;day</source>
        <translation>Toutes les entrées de ce &amp;jour</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="163"/>
        <source>Every entry of this &amp;step</source>
        <translation>Toutes les entrées de cette é&amp;tape</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrintout</name>
    <message>
        <location filename="../app/models/EntryPrintout.cpp" line="54"/>
        <source>Open an entry to print first.</source>
        <translation>Ouvre d&apos;abord une entrée à imprimer.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryStore</name>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="115"/>
        <source>The new entry could not be saved.</source>
        <translation>La nouvelle entrée n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="122"/>
        <location filename="../app/storage/EntryStore.cpp" line="136"/>
        <source>Your changes could not be saved.</source>
        <translation>Tes modifications n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="171"/>
        <source>The entry could not be deleted.</source>
        <translation>L&apos;entrée n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="181"/>
        <location filename="../app/storage/EntryStore.cpp" line="204"/>
        <source>The entry could not be read.</source>
        <translation>L&apos;entrée n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="215"/>
        <source>The entries could not be read.</source>
        <translation>Les entrées n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="248"/>
        <source>The days with entries could not be read.</source>
        <translation>Les jours avec des entrées n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="262"/>
        <source>The entry could not be found.</source>
        <translation>L&apos;entrée est introuvable.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="267"/>
        <source>The entries could not be counted.</source>
        <translation>Les entrées n&apos;ont pas pu être comptées.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="35"/>
        <source>The &amp;whole journal</source>
        <translation>&amp;Tout le journal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="36"/>
        <source>From a &amp;date range</source>
        <translation>Une plage de &amp;dates</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="37"/>
        <source>One &amp;step</source>
        <translation>Une &amp;seule étape</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="41"/>
        <source>E&amp;ncrypt the file with a passphrase</source>
        <translation>&amp;Chiffrer le fichier avec une phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="48"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="219"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="247"/>
        <source>Export Journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="54"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="68"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="71"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="74"/>
        <source>Step to export</source>
        <translation>Étape à exporter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="76"/>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="79"/>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="83"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="96"/>
        <source>Only a JSON export can be encrypted. Rekindle asks for the passphrase when the file is imported.</source>
        <translation>Seul un export JSON peut être chiffré. Rekindle demande la phrase secrète quand le fichier est importé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="100"/>
        <source>Passphrase for the file</source>
        <translation>Phrase secrète du fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="101"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, encore une fois</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="109"/>
        <source>&amp;Again:</source>
        <translation>Confi&amp;rmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="114"/>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="127"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="162"/>
        <source>The file is encrypted: it opens only with this passphrase, and Rekindle cannot open it if the passphrase is forgotten.</source>
        <translation>Le fichier est chiffré&#xa0;: il ne s&apos;ouvre qu&apos;avec cette phrase secrète, et Rekindle ne peut pas l&apos;ouvrir si elle est oubliée.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="165"/>
        <source>Your journal is encrypted, but this file will not be: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Ton journal est chiffré, mais ce fichier ne le sera pas&#xa0;: quiconque l&apos;obtient peut lire tout son contenu. Garde-le dans un endroit privé, et supprime-le quand tu n&apos;en as plus besoin.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="169"/>
        <source>The exported file is not protected: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Le fichier exporté n&apos;est pas protégé&#xa0;: quiconque l&apos;obtient peut lire tout son contenu. Garde-le dans un endroit privé, et supprime-le quand tu n&apos;en as plus besoin.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="183"/>
        <source>Type a passphrase for the file, twice.</source>
        <translation>Saisis deux fois une phrase secrète pour le fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="185"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="217"/>
        <source>Rekindle Journal</source>
        <translation>Journal Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="231"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Rekindle::Exporter</name>
    <message>
        <location filename="../app/export/Exporter.cpp" line="33"/>
        <source>The export could not be written to %1: %2</source>
        <translation>L&apos;export n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="79"/>
        <source>Rekindle Journal</source>
        <translation>Journal Rekindle</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="122"/>
        <source>JSON — complete, can be imported again</source>
        <translation>JSON — complet, peut être réimporté</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="124"/>
        <source>CSV — tables for a spreadsheet, one file per kind of record</source>
        <translation>CSV — tableaux pour un tableur, un fichier par type d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="126"/>
        <source>Markdown — plain text</source>
        <translation>Markdown — texte brut</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="128"/>
        <source>HTML — a web page</source>
        <translation>HTML — une page web</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="130"/>
        <source>PDF — for reading and printing</source>
        <translation>PDF — pour lire et imprimer</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="139"/>
        <source>JSON, complete and re-importable (*.json)</source>
        <translation>JSON, complet et réimportable (*.json)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="141"/>
        <source>CSV tables, one file per kind of record (*.csv)</source>
        <translation>Tableaux CSV, un fichier par type d&apos;enregistrement (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="143"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="145"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="181"/>
        <source>Only a JSON export can be encrypted.</source>
        <translation>Seul un export JSON peut être chiffré.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingModel</name>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="80"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="82"/>
        <source>What I shared</source>
        <translation>Ce que j&apos;ai partagé</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="84"/>
        <source>How it was received</source>
        <translation>Comment ça a été reçu</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="28"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="36"/>
        <source>What I shared, honestly</source>
        <translation>Ce que j&apos;ai partagé, honnêtement</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="38"/>
        <source>How they took it</source>
        <translation>Comment l&apos;autre l&apos;a pris</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="42"/>
        <source>A feeling I shared</source>
        <translation>Un ressenti que j&apos;ai partagé</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="50"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="51"/>
        <source>W&amp;hat I shared:</source>
        <translation>&amp;Ce que j&apos;ai partagé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="52"/>
        <source>How it was &amp;received:</source>
        <translation>Comment ça a été &amp;reçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="59"/>
        <source>&amp;Feelings shared</source>
        <translation>Ressentis &amp;partagés</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="76"/>
        <source>Saved. Saying how you feel takes courage.</source>
        <translation>Enregistré. Dire ce que l&apos;on ressent demande du courage.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FieldCodec</name>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="70"/>
        <source>A value of %1 (field “%2” of record %3) could not be read. %4</source>
        <translation>Une valeur de %1 (champ «&#xa0;%2&#xa0;» de l&apos;enregistrement %3) n&apos;a pas pu être lue. %4</translation>
    </message>
</context>
<context>
    <name>Rekindle::FoundationSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="22"/>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="24"/>
        <source>weak</source>
        <translation>fragile</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="26"/>
        <source>growing</source>
        <translation>en construction</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="28"/>
        <source>strong</source>
        <translation>solide</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="49"/>
        <source>The foundation, over the last 90 days</source>
        <translation>Les fondations, sur les 90 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Connection</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Open issues</source>
        <translation>Sujets en suspens</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="75"/>
        <source>Trust is the share of promises kept (step 4); connection is the share of warm replies to your messages (step 3); open issues are those not yet resolved.</source>
        <translation>La confiance, c&apos;est la part des promesses tenues (étape 4)&#xa0;; le lien, c&apos;est la part des réponses chaleureuses à tes messages (étape 3)&#xa0;; les sujets en suspens sont ceux qui ne sont pas encore résolus.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="97"/>
        <source>The foundation needs more time before bigger steps.</source>
        <translation>Les fondations ont besoin de plus de temps avant de plus grandes étapes.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="98"/>
        <source>The foundation is holding. Keep the pace that got you here.</source>
        <translation>Les fondations tiennent. Garde le rythme qui t&apos;a permis d&apos;arriver jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Goal</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="21"/>
        <source>Fitness</source>
        <translation>Forme physique</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="22"/>
        <source>New hobby</source>
        <translation>Nouveau loisir</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="23"/>
        <source>Professional help</source>
        <translation>Aide professionnelle</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="24"/>
        <source>Personal issue</source>
        <translation>Difficulté personnelle</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="25"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="33"/>
        <source>Give the goal a title, for example &quot;Walk for 20 minutes&quot;.</source>
        <translation>Donne un titre à l&apos;objectif, par exemple «&#xa0;Marcher 20 minutes&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="36"/>
        <source>The title is too long: keep it under %1 characters.</source>
        <translation>Le titre est trop long&#xa0;: reste sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="39"/>
        <source>Choose every day, or between 1 and 6 times a week.</source>
        <translation>Choisis tous les jours, ou entre 1 et 6 fois par semaine.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="41"/>
        <source>Choose the day the goal starts.</source>
        <translation>Choisis le jour où l&apos;objectif commence.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="48"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="50"/>
        <source>Once a week</source>
        <translation>Une fois par semaine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/Goal.cpp" line="51"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n fois par semaine</numerusform>
            <numerusform>%n fois par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 fois par semaine</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalAdherenceChart</name>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="21"/>
        <source>Goals kept per week</source>
        <translation>Objectifs tenus par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="22"/>
        <source>No goals to show for this period yet. Add a goal in step 2 and tick the days you work on it; each week&apos;s share of what you planned shows here.</source>
        <translation>Pas encore d&apos;objectifs à afficher sur cette période. Ajoute un objectif à l&apos;étape 2 et coche les jours où tu t&apos;y consacres&#xa0;; la part de ce que tu avais prévu s&apos;affiche ici, semaine par semaine.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="31"/>
        <source>Goal to show</source>
        <translation>Objectif à afficher</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="32"/>
        <source>Show all goals together, or one goal</source>
        <translation>Afficher tous les objectifs ensemble, ou un seul</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="36"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="48"/>
        <source>All goals</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="52"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="101"/>
        <source>Check-ins done of planned</source>
        <translation>Coches faites sur prévues</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="119"/>
        <source>Kept</source>
        <translation>Tenu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="132"/>
        <source>Week of %1
%2% kept
%n check-in(s), %3 planned</source>
        <translation>
            <numerusform>Semaine du %1
%2&#xa0;% tenu
%n coche, %3 prévues</numerusform>
            <numerusform>Semaine du %1
%2&#xa0;% tenu
%n coches, %3 prévues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Kept (%)</source>
        <translation>Tenu (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Check-ins</source>
        <translation>Coches</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalCheckIn</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="57"/>
        <source>Choose the day to check in.</source>
        <translation>Choisis le jour à cocher.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="59"/>
        <source>You can only check in for today or a day that has passed.</source>
        <translation>Tu ne peux cocher qu&apos;aujourd&apos;hui ou un jour déjà passé.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="61"/>
        <source>This goal started on %1; choose that day or a later one.</source>
        <translation>Cet objectif a commencé le %1&#xa0;; choisis ce jour ou un jour suivant.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="65"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La note est trop longue&#xa0;: reste sous %1 caractères.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalListModel</name>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 jours</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="98"/>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="vanished">%1 semaines</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="134"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="135"/>
        <source>%1 of %2 this week</source>
        <translation>%1 sur %2 cette semaine</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="156"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1 check-ins of about %2 asked for in the last %3 days</source>
        <translation type="vanished">%1 coches sur environ %2 demandées ces %3 derniers jours</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="98"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="164"/>
        <source>1 check-in of about %1 asked for in the last %2 days</source>
        <translation>1 coche sur environ %1 demandées ces %2 derniers jours</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="165"/>
        <source>%n check-ins of about %1 asked for in the last %2 days</source>
        <translation>
            <numerusform>%n coche sur environ %1 demandées ces %2 derniers jours</numerusform>
            <numerusform>%n coches sur environ %1 demandées ces %2 derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="172"/>
        <source>Grew out of &quot;my part&quot;: %1</source>
        <translation>Issu de «&#xa0;Ma part&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Checked in today</source>
        <translation>Coché aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Not checked in today yet</source>
        <translation>Pas encore coché aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>checked in today</source>
        <translation>coché aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>not checked in today</source>
        <translation>pas coché aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="195"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="197"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="199"/>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="201"/>
        <source>Best</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="203"/>
        <source>14 days</source>
        <translation>14 jours</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="205"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="207"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="209"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="211"/>
        <source>From my part</source>
        <translation>De Ma part</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="244"/>
        <location filename="../app/models/GoalListModel.cpp" line="251"/>
        <location filename="../app/models/GoalListModel.cpp" line="258"/>
        <location filename="../app/models/GoalListModel.cpp" line="265"/>
        <source>Choose a goal first.</source>
        <translation>Choisis d&apos;abord un objectif.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalStore</name>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="80"/>
        <source>The goal could not be saved.</source>
        <translation>L&apos;objectif n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="93"/>
        <source>The goal could not be made.</source>
        <translation>L&apos;objectif n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="102"/>
        <source>Work on: %1</source>
        <translation>Travailler sur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="131"/>
        <source>Your changes to the goal could not be saved.</source>
        <translation>Tes modifications de l&apos;objectif n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be archived.</source>
        <translation>L&apos;objectif n&apos;a pas pu être archivé.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be restored.</source>
        <translation>L&apos;objectif n&apos;a pas pu être restauré.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="168"/>
        <location filename="../app/storage/GoalStore.cpp" line="175"/>
        <source>The goal could not be read.</source>
        <translation>L&apos;objectif n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="189"/>
        <source>The goals could not be read.</source>
        <translation>Les objectifs n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="200"/>
        <source>The check-in could not be saved.</source>
        <translation>La coche n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="235"/>
        <source>The check-in could not be removed.</source>
        <translation>La coche n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="259"/>
        <source>The check-in could not be read.</source>
        <translation>La coche n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="276"/>
        <source>The check-ins could not be read.</source>
        <translation>Les coches n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="291"/>
        <source>The check-ins could not be counted.</source>
        <translation>Les coches n&apos;ont pas pu être comptées.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="39"/>
        <source>&amp;Add Goal</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="40"/>
        <source>Show a&amp;rchived goals</source>
        <translation>Afficher les objectifs a&amp;rchivés</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="45"/>
        <source>&amp;Check In</source>
        <translation>&amp;Cocher</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="46"/>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="51"/>
        <source>For example: a 20-minute walk</source>
        <translation>Par exemple&#xa0;: une marche de 20 minutes</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="56"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="57"/>
        <source>Once a week</source>
        <translation>Une fois par semaine</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 fois par semaine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="59"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n fois par semaine</numerusform>
            <numerusform>%n fois par semaine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="67"/>
        <source>A new goal, for yourself</source>
        <translation>Un nouvel objectif, pour toi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="75"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="78"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="80"/>
        <source>How &amp;often:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="82"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="93"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="115"/>
        <source>Optional note</source>
        <translation>Note facultative</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="119"/>
        <source>Check in the selected goal for &amp;day:</source>
        <translation>Cocher l&apos;objectif sélectionné pour le &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="121"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="191"/>
        <source>No archived goals. Archive a goal you have finished or put aside; you can restore it any time.</source>
        <translation>Aucun objectif archivé. Archive un objectif que tu as atteint ou mis de côté&#xa0;; tu peux le restaurer à tout moment.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="193"/>
        <source>No goals yet. Add one above: something for your body, a new hobby, or a first talk with a professional. Then tick it in the Today column each time you do it.</source>
        <translation>Pas encore d&apos;objectif. Ajoutes-en un ci-dessus&#xa0;: quelque chose pour ton corps, un nouveau loisir, ou un premier rendez-vous avec un professionnel. Puis coche-le dans la colonne Aujourd&apos;hui chaque fois que tu le fais.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>&amp;Restore</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="239"/>
        <source>Checked in &quot;%1&quot; for %2.</source>
        <translation>«&#xa0;%1&#xa0;» coché pour le %2.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportReader</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="377"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>Le fichier ne peut pas être importé. Dans %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="379"/>
        <source>the whole file</source>
        <translation>le fichier entier</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="380"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>un export est un objet JSON, ceci est %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="383"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="384"/>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportSource</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="419"/>
        <source>%1 is not a file. Choose a Rekindle export to import. Nothing was changed.</source>
        <translation>%1 n&apos;est pas un fichier. Choisis un export Rekindle à importer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="423"/>
        <location filename="../app/storage/ImportReader.cpp" line="459"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>Rekindle ne peut pas lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="428"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 est trop volumineux pour être un export Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="434"/>
        <location filename="../app/storage/ImportReader.cpp" line="465"/>
        <location filename="../app/storage/ImportReader.cpp" line="478"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportValidator</name>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="236"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>Le fichier ne peut pas être importé. Dans %1&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="287"/>
        <location filename="../app/storage/ImportValidator.cpp" line="291"/>
        <location filename="../app/storage/ImportValidator.cpp" line="461"/>
        <source>it must be an object, not %1.</source>
        <translation>ce doit être un objet, pas %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="313"/>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation>le nom d&apos;un réglage doit faire de 1 à 200 caractères.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="315"/>
        <source>a setting must be text, not %1.</source>
        <translation>un réglage doit être du texte, pas %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="317"/>
        <source>the setting is too long.</source>
        <translation>le réglage est trop long.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="328"/>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation>Rekindle ne connaît pas ce type d&apos;enregistrement. Le fichier vient peut-être d&apos;une version plus récente de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="339"/>
        <source>it must be a list, not %1.</source>
        <translation>ce doit être une liste, pas %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="358"/>
        <source>a record must be an object, not %1.</source>
        <translation>un enregistrement doit être un objet, pas %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="363"/>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ de ce type d&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="387"/>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation>l&apos;uid «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="396"/>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation>il a le même %1 que %2&#xa0;; le journal ne peut garder qu&apos;un des deux.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="445"/>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>ce n&apos;est pas un export de journal Rekindle («&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="449"/>
        <source>it must be a whole number from 1.</source>
        <translation>ce doit être un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="452"/>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation>le fichier a été écrit par une version plus récente de Rekindle (format %1&#xa0;; cette version lit jusqu&apos;au format %2). Mets Rekindle à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="486"/>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation>«&#xa0;%1&#xa0;» renvoie à «&#xa0;%2&#xa0;», qui n&apos;est ni dans le fichier ni dans le journal.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportWriter</name>
    <message>
        <location filename="../app/storage/ImportWriter.cpp" line="44"/>
        <source>The import could not be written; nothing was changed.</source>
        <translation>L&apos;import n&apos;a pas pu être écrit&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssueModel</name>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="96"/>
        <source>Raised on</source>
        <translation>Abordé le</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="98"/>
        <source>Raised by</source>
        <translation>Abordé par</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="100"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="102"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="104"/>
        <source>What we agreed</source>
        <translation>Ce que nous avons convenu</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssuesSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="29"/>
        <source>&amp;Add Issue</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="40"/>
        <source>What it is about, in a few words</source>
        <translation>De quoi il s&apos;agit, en quelques mots</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="44"/>
        <source>Something that came up</source>
        <translation>Un sujet qui a surgi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="52"/>
        <source>Raised &amp;by:</source>
        <translation>Abordé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="53"/>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="57"/>
        <source>Wh&amp;at:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="64"/>
        <source>Face issues together, not around each other. When you agree on something, write it down under &quot;What we agreed&quot;.</source>
        <translation>Affrontez les difficultés ensemble, sans les contourner. Quand vous vous mettez d&apos;accord sur quelque chose, note-le dans «&#xa0;Ce que nous avons convenu&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="73"/>
        <source>&amp;Issues</source>
        <translation>&amp;Sujets</translation>
    </message>
</context>
<context>
    <name>Rekindle::Journal</name>
    <message>
        <location filename="../app/storage/Journal.cpp" line="144"/>
        <source>Rekindle cannot create the journal file in %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle ne peut pas créer le fichier du journal dans %1. Vérifie que tu as le droit d&apos;y écrire, ou choisis un autre dossier.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="155"/>
        <source>Rekindle cannot open the journal.</source>
        <translation>Rekindle ne peut pas ouvrir le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="173"/>
        <source>The journal folder %1 holds no journal, and Rekindle cannot create one there because the folder cannot be changed. Choose another folder.</source>
        <translation>Le dossier du journal %1 ne contient aucun journal, et Rekindle ne peut pas en créer un, car le dossier ne peut pas être modifié. Choisis un autre dossier.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="183"/>
        <source>This journal was written by an older version of Rekindle and must be updated before it can be opened, but it cannot be changed where it is. Copy its folder to a place you may write to and open the copy; the file has not been changed.</source>
        <translation>Ce journal a été écrit par une version plus ancienne de Rekindle et doit être mis à jour avant de pouvoir être ouvert, mais il ne peut pas être modifié là où il se trouve. Copie son dossier dans un endroit où tu peux écrire et ouvre la copie&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="203"/>
        <location filename="../app/storage/Journal.cpp" line="209"/>
        <location filename="../app/storage/Journal.cpp" line="321"/>
        <location filename="../app/storage/Journal.cpp" line="342"/>
        <source>Rekindle cannot read the journal.</source>
        <translation>Rekindle ne peut pas lire le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="211"/>
        <source>The latest saves, in journal.sqlite3-wal beside it, cannot be read here.</source>
        <translation>Les derniers enregistrements, dans journal.sqlite3-wal à côté, ne peuvent pas être lus ici.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="312"/>
        <location filename="../app/storage/Journal.cpp" line="317"/>
        <location filename="../app/storage/Journal.cpp" line="337"/>
        <source>Rekindle cannot prepare the journal.</source>
        <translation>Rekindle ne peut pas préparer le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="358"/>
        <source>Rekindle cannot read the journal&apos;s version.</source>
        <translation>Rekindle ne peut pas lire la version du journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="360"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Ce journal a été écrit par une version plus récente de Rekindle. Mets Rekindle à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="371"/>
        <location filename="../app/storage/Journal.cpp" line="378"/>
        <source>Rekindle needs to update this journal but could not back it up first, so it left it unchanged. %1</source>
        <translation>Rekindle doit mettre ce journal à jour, mais n&apos;a pas pu le sauvegarder d&apos;abord&#xa0;; il l&apos;a donc laissé tel quel. %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="387"/>
        <location filename="../app/storage/Journal.cpp" line="393"/>
        <source>Rekindle could not update the journal.</source>
        <translation>Rekindle n&apos;a pas pu mettre le journal à jour.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalAccess</name>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="51"/>
        <source>This journal is on a disk that can only be read (%1), so it is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Ce journal se trouve sur un disque en lecture seule (%1)&#xa0;: il est donc ouvert en lecture seule. Tu peux le lire, y chercher, l&apos;exporter et le sauvegarder, mais rien ne peut être modifié ni enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="56"/>
        <source>The journal&apos;s folder (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Le dossier du journal (%1) est réglé pour ne pas pouvoir être modifié&#xa0;: le journal est donc ouvert en lecture seule. Tu peux le lire, y chercher, l&apos;exporter et le sauvegarder, mais rien ne peut être modifié ni enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="61"/>
        <source>The journal file (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Le fichier du journal (%1) est réglé pour ne pas pouvoir être modifié&#xa0;: le journal est donc ouvert en lecture seule. Tu peux le lire, y chercher, l&apos;exporter et le sauvegarder, mais rien ne peut être modifié ni enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="77"/>
        <source>Rekindle could not allow changes to the journal in %1: you may not change its permissions, or the disk can only be read.</source>
        <translation>Rekindle n&apos;a pas pu autoriser les modifications du journal dans %1&#xa0;: tu n&apos;as peut-être pas le droit de changer ses permissions, ou le disque est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="81"/>
        <source>The journal in %1 still cannot be changed: the disk or the system does not allow it.</source>
        <translation>Le journal dans %1 ne peut toujours pas être modifié&#xa0;: le disque ou le système ne le permet pas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalActions</name>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="29"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="30"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="31"/>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="35"/>
        <source>Save the journal, or part of it, as PDF, HTML, Markdown, JSON or CSV</source>
        <translation>Enregistrer le journal, ou une partie, en PDF, HTML, Markdown, JSON ou CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="38"/>
        <source>Add the contents of a Rekindle JSON export to this journal</source>
        <translation>Ajouter le contenu d&apos;un export JSON de Rekindle à ce journal</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="40"/>
        <source>Bring the journal back to an earlier day</source>
        <translation>Ramener le journal à un jour antérieur</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="46"/>
        <location filename="../app/ui/JournalActions.cpp" line="174"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>La sauvegarde du jour n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="56"/>
        <source>The journal was exported.</source>
        <translation>Le journal a été exporté.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="61"/>
        <source>Import a Journal Export</source>
        <translation>Importer un export de journal</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="63"/>
        <source>Rekindle JSON export, plain or encrypted (*.json)</source>
        <translation>Export JSON de Rekindle, en clair ou chiffré (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="80"/>
        <location filename="../app/ui/JournalActions.cpp" line="116"/>
        <location filename="../app/ui/JournalActions.cpp" line="119"/>
        <location filename="../app/ui/JournalActions.cpp" line="138"/>
        <location filename="../app/ui/JournalActions.cpp" line="148"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="81"/>
        <source>This file is encrypted. Type its passphrase:</source>
        <translation>Ce fichier est chiffré. Saisis sa phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="86"/>
        <source>Passphrase of the file</source>
        <translation>Phrase secrète du fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="110"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="120"/>
        <source>How should the file&apos;s contents join this journal?</source>
        <translation>Comment le contenu du fichier doit-il rejoindre ce journal&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="122"/>
        <source>Add: keeps everything in the journal and adds what it does not have yet.
Replace: the journal becomes exactly the file&apos;s contents; the journal as it is now is kept as a backup first.</source>
        <translation>Ajouter&#xa0;: garde tout ce qui est dans le journal et ajoute ce qu&apos;il ne contient pas encore.
Remplacer&#xa0;: le journal devient exactement le contenu du fichier&#xa0;; le journal actuel est d&apos;abord conservé en sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="126"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="142"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="151"/>
        <source>Records imported: %1.</source>
        <translation>Enregistrements importés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="167"/>
        <source>The journal was restored from the backup.</source>
        <translation>Le journal a été restauré à partir de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalCheck</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="76"/>
        <source>Search index: %1 of 1 record indexed</source>
        <translation>Index de recherche&#xa0;: %1 sur 1 enregistrement indexé</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/JournalCheck.cpp" line="78"/>
        <source>Search index: %1 of %n records indexed</source>
        <translation>
            <numerusform>Index de recherche&#xa0;: %1 sur %n enregistrement indexé</numerusform>
            <numerusform>Index de recherche&#xa0;: %1 sur %n enregistrements indexés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="156"/>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="157"/>
        <source>Schema version: %1 (this Rekindle writes %2)</source>
        <translation>Version du schéma&#xa0;: %1 (cette version de Rekindle écrit la %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="164"/>
        <source>The integrity check could not run: %1</source>
        <translation>La vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="167"/>
        <source>Database structure: %1</source>
        <translation>Structure de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="169"/>
        <source>Database structure: ok</source>
        <translation>Structure de la base de données&#xa0;: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="174"/>
        <source>Links between records: broken links in %1</source>
        <translation>Liens entre les enregistrements&#xa0;: liens cassés dans %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="177"/>
        <source>Links between records: ok</source>
        <translation>Liens entre les enregistrements&#xa0;: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="184"/>
        <source>%1: cannot be read</source>
        <translation>%1&#xa0;: illisible</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="200"/>
        <source>Search index: an encrypted journal&apos;s index on disk holds %1 records</source>
        <translation>Index de recherche&#xa0;: l&apos;index sur disque d&apos;un journal chiffré contient %1 enregistrements</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="204"/>
        <source>Search index: in memory only (the journal is locked)</source>
        <translation>Index de recherche&#xa0;: en mémoire seulement (le journal est verrouillé)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="209"/>
        <source>Search index: ok</source>
        <translation>Index de recherche&#xa0;: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="224"/>
        <source>Encrypted text: every value opens</source>
        <translation>Texte chiffré&#xa0;: chaque valeur s&apos;ouvre</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="226"/>
        <source>Encrypted text: not checked (the journal is locked)</source>
        <translation>Texte chiffré&#xa0;: non vérifié (le journal est verrouillé)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="240"/>
        <source>Table &quot;%1&quot; is not known to export and restore (a missing RecordKinds entry)</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;est pas connue de l&apos;export et de la restauration (entrée RecordKinds manquante)</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEncryption</name>
    <message>
        <location filename="../app/storage/JournalEncryption.cpp" line="19"/>
        <location filename="../app/storage/JournalEncryption.cpp" line="29"/>
        <source>This journal is not encrypted.</source>
        <translation>Ce journal n&apos;est pas chiffré.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEntry</name>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="24"/>
        <source>Untitled entry</source>
        <translation>Entrée sans titre</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/JournalEntry.cpp" line="34"/>
        <source>The title is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>Le titre est trop long&#xa0;: reste sous %n caractère.</numerusform>
            <numerusform>Le titre est trop long&#xa0;: reste sous %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="39"/>
        <source>This entry is too long to save. Split it into several entries.</source>
        <translation>Cette entrée est trop longue pour être enregistrée. Divise-la en plusieurs entrées.</translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="42"/>
        <source>Mood must be between %1 and %2.</source>
        <translation>L&apos;humeur doit être comprise entre %1 et %2.</translation>
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
        <translation>Le journal n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="367"/>
        <source>The export could not be written: %1</source>
        <translation>L&apos;export n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="513"/>
        <source>Rekindle Journal</source>
        <translation>Journal Rekindle</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="514"/>
        <source>Exported on %1.</source>
        <translation>Exporté le %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="539"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="563"/>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalImport</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="244"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>Le fichier n&apos;est pas un export Rekindle lisible&#xa0;: %1 à la ligne %2, colonne %3. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="252"/>
        <source>the whole file</source>
        <translation>le fichier entier</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="253"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>un export est un objet JSON, ceci est %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="262"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>Rekindle ne peut pas lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="266"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 est trop volumineux pour être un export Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="273"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="vanished">ce n&apos;est pas un export de journal Rekindle («&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>it must be a whole number from 1.</source>
        <translation type="vanished">ce doit être un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation type="vanished">le fichier a été écrit par une version plus récente de Rekindle (format %1&#xa0;; cette version lit jusqu&apos;au format %2). Mets Rekindle à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>it must be an object, not %1.</source>
        <translation type="vanished">ce doit être un objet, pas %1.</translation>
    </message>
    <message>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation type="vanished">le nom d&apos;un réglage doit faire de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>a setting must be text, not %1.</source>
        <translation type="vanished">un réglage doit être du texte, pas %1.</translation>
    </message>
    <message>
        <source>the setting is too long.</source>
        <translation type="vanished">le réglage est trop long.</translation>
    </message>
    <message>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation type="vanished">Rekindle ne connaît pas ce type d&apos;enregistrement. Le fichier vient peut-être d&apos;une version plus récente de Rekindle.</translation>
    </message>
    <message>
        <source>it must be a list, not %1.</source>
        <translation type="vanished">ce doit être une liste, pas %1.</translation>
    </message>
    <message>
        <source>a record must be an object, not %1.</source>
        <translation type="vanished">un enregistrement doit être un objet, pas %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» n&apos;est pas un champ de ce type d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation type="vanished">l&apos;uid «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation type="vanished">il a le même %1 que %2&#xa0;; le journal ne peut garder qu&apos;un des deux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» renvoie à «&#xa0;%2&#xa0;», qui n&apos;est ni dans le fichier ni dans le journal.</translation>
    </message>
    <message>
        <source>The import could not be written; nothing was changed.</source>
        <translation type="vanished">L&apos;import n&apos;a pas pu être écrit&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalLock</name>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="127"/>
        <source>Rekindle cannot write in the journal folder %1. Check its permissions, or choose another folder.</source>
        <translation>Rekindle ne peut pas écrire dans le dossier du journal %1. Vérifie ses permissions, ou choisis un autre dossier.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="150"/>
        <source>The journal is not held by another computer, so there is nothing to take over.</source>
        <translation>Le journal n&apos;est pas tenu par un autre ordinateur&#xa0;: il n&apos;y a rien à reprendre.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="154"/>
        <source>Rekindle cannot remove the lock file %1. Check the permissions of its folder.</source>
        <translation>Rekindle ne peut pas supprimer le fichier de verrou %1. Vérifie les permissions de son dossier.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPanel</name>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="34"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="41"/>
        <source>Journal entries, newest first</source>
        <translation>Entrées du journal, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="vanished">Commencer une nouvelle entrée (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="62"/>
        <source>Start a new entry (%1)</source>
        <translation>Commencer une nouvelle entrée (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="65"/>
        <source>Delete the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="68"/>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="260"/>
        <source>Delete Entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="102"/>
        <source>Write the First Entry</source>
        <translation>Écrire la première entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="159"/>
        <source>Your entries could not be read from the journal: %1</source>
        <translation>Tes entrées n&apos;ont pas pu être lues dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="272"/>
        <source>Your changes are still being saved. Try again in a moment.</source>
        <translation>Tes modifications sont encore en cours d&apos;enregistrement. Réessaie dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="309"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Delete this entry? Its text will be removed from the journal for good.</source>
        <translation type="vanished">Supprimer cette entrée&#xa0;? Son texte sera retiré du journal pour de bon.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="337"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="351"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="371"/>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="434"/>
        <source>Open Entry</source>
        <translation>Ouvrir l&apos;entrée</translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation type="vanished">Nouvelle entrée</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="vanished">Non enregistré</translation>
    </message>
    <message>
        <source>Your text is still here in the editor. Rekindle will try again as you keep writing.</source>
        <translation type="vanished">Ton texte est toujours là, dans l&apos;éditeur. Rekindle réessaiera pendant que tu continues d&apos;écrire.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPrivacy</name>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="82"/>
        <source>Type your passphrase to open the journal.</source>
        <translation>Saisis ta phrase secrète pour ouvrir le journal.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="93"/>
        <source>Type your recovery key to open the journal.</source>
        <translation>Saisis ta clé de secours pour ouvrir le journal.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="212"/>
        <source>Choose between 0 (never) and %1 minutes.</source>
        <translation>Choisis entre 0 (jamais) et %1 minutes.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="246"/>
        <source>Choose a passphrase first.</source>
        <translation>Choisis d&apos;abord une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="248"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="260"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="276"/>
        <source>Rekindle is still busy with your passphrase. Try again in a moment.</source>
        <translation>Rekindle s&apos;occupe encore de ta phrase secrète. Réessaie dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="274"/>
        <source>Choose a new passphrase first.</source>
        <translation>Choisis d&apos;abord une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="325"/>
        <source>Easy to guess for now. A few unrelated words, like a short odd sentence, are easy to remember and much harder to guess.</source>
        <translation>Facile à deviner pour l&apos;instant. Quelques mots sans rapport entre eux, comme une courte phrase insolite, sont faciles à retenir et beaucoup plus difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="328"/>
        <source>A fair start. One more word would make it much harder to guess.</source>
        <translation>Un bon début. Un mot de plus la rendrait beaucoup plus difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="329"/>
        <source>Hard to guess. Keep it where only you can find it.</source>
        <translation>Difficile à deviner. Garde-la là où personne d&apos;autre ne peut la trouver.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalRecovery</name>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="47"/>
        <source>The journal file is damaged. Rekindle has not changed it.</source>
        <translation>Le fichier du journal est endommagé. Rekindle ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="61"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>Rekindle ne peut pas lire le fichier du journal %1. Vérifie ses permissions.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="94"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="104"/>
        <source>The journal could not be checked.</source>
        <translation>Le journal n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="153"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="159"/>
        <source>Rekindle could not move the damaged journal aside, so it changed nothing. Check that you may write in %1.</source>
        <translation>Rekindle n&apos;a pas pu mettre de côté le journal endommagé, il n&apos;a donc rien modifié. Vérifie que tu as le droit d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="174"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="177"/>
        <source>The backup %1 is incomplete or damaged; choose another one.</source>
        <translation>La sauvegarde %1 est incomplète ou endommagée&#xa0;; choisis-en une autre.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="187"/>
        <source>Rekindle could not copy the backup %1 into the journal folder. Check that the disk has room.</source>
        <translation>Rekindle n&apos;a pas pu copier la sauvegarde %1 dans le dossier du journal. Vérifie que le disque a de la place.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="270"/>
        <source>Nothing could be read from the damaged journal. Restore a backup instead; the damaged file is kept.</source>
        <translation>Rien n&apos;a pu être lu dans le journal endommagé. Restaure plutôt une sauvegarde&#xa0;; le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="274"/>
        <source>Rekindle could not make a temporary folder to read the journal.</source>
        <translation>Rekindle n&apos;a pas pu créer de dossier temporaire pour lire le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="280"/>
        <source>Rekindle cannot read the journal file %1.</source>
        <translation>Rekindle ne peut pas lire le fichier du journal %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="298"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="306"/>
        <source>The export could not be written to %1. Check that the disk has room.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit dans %1. Vérifie que le disque a de la place.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalSpelling</name>
    <message>
        <location filename="../app/models/JournalSpelling.cpp" line="87"/>
        <source>There is no dictionary for %1 on this computer.</source>
        <translation>Il n&apos;y a pas de dictionnaire pour %1 sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalVault</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="153"/>
        <location filename="../app/storage/JournalVault.cpp" line="168"/>
        <source>Rekindle cannot read the journal&apos;s keys.</source>
        <translation>Rekindle ne peut pas lire les clés du journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="172"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>La clé du journal manque&#xa0;: le journal ne peut pas être déverrouillé.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="194"/>
        <location filename="../app/storage/JournalVault.cpp" line="311"/>
        <location filename="../app/storage/JournalVault.cpp" line="377"/>
        <location filename="../app/storage/JournalVault.cpp" line="399"/>
        <location filename="../app/storage/JournalVault.cpp" line="415"/>
        <source>This journal is not encrypted.</source>
        <translation>Ce journal n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="199"/>
        <location filename="../app/storage/JournalVault.cpp" line="221"/>
        <source>The journal could not be unlocked.</source>
        <translation>Le journal n&apos;a pas pu être déverrouillé.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="203"/>
        <source>The journal could not be unlocked. Try again.</source>
        <translation>Le journal n&apos;a pas pu être déverrouillé. Réessaie.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="255"/>
        <source>Rekindle could not encrypt the journal.</source>
        <translation>Rekindle n&apos;a pas pu chiffrer le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="257"/>
        <source>This journal is encrypted already.</source>
        <translation>Ce journal est déjà chiffré.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="259"/>
        <source>This journal is protected because it is damaged, so it cannot be encrypted. Rescue its content first.</source>
        <translation>Ce journal est protégé parce qu&apos;il est endommagé&#xa0;: il ne peut donc pas être chiffré. Récupère d&apos;abord son contenu.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="vanished">Choisis une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="309"/>
        <source>Rekindle could not decrypt the journal.</source>
        <translation>Rekindle n&apos;a pas pu déchiffrer le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="313"/>
        <location filename="../app/storage/JournalVault.cpp" line="416"/>
        <source>Unlock the journal first.</source>
        <translation>Déverrouille d&apos;abord le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="397"/>
        <source>Rekindle could not change the passphrase.</source>
        <translation>Rekindle n&apos;a pas pu changer la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="379"/>
        <location filename="../app/storage/JournalVault.cpp" line="401"/>
        <source>This journal is protected because it is damaged, so its passphrase cannot be changed.</source>
        <translation>Ce journal est protégé parce qu&apos;il est endommagé&#xa0;: sa phrase secrète ne peut donc pas être changée.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="385"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to change its passphrase; the journal has not been changed.</source>
        <translation>Ce journal a été chiffré par une version plus récente de Rekindle. Mets Rekindle à jour pour changer sa phrase secrète&#xa0;; le journal n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="389"/>
        <source>Choose a new passphrase.</source>
        <translation>Choisis une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="413"/>
        <source>Rekindle could not make a new recovery key.</source>
        <translation>Rekindle n&apos;a pas pu créer de nouvelle clé de secours.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="461"/>
        <source>Rekindle could not delete the unencrypted backup %1. Check its permissions, or delete it yourself.</source>
        <translation>Rekindle n&apos;a pas pu supprimer la sauvegarde non chiffrée %1. Vérifie ses permissions, ou supprime-la toi-même.</translation>
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
        <translation>Ne reprends le journal que si Rekindle est fermé sur «&#xa0;%1&#xa0;»&#xa0;: ce qui y serait saisi ensuite pourrait être perdu.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="50"/>
        <source>Take Over</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="51"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="150"/>
        <source>Rekindle — Sample Journal</source>
        <translation>Rekindle — Journal d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="153"/>
        <source>Recovery &amp;Options…</source>
        <translation>&amp;Options de récupération…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="161"/>
        <source>%1 To keep it as it is, nothing more is saved to it. Choose Recovery Options to restore a backup or save what can be read.</source>
        <translation>%1 Pour le garder tel quel, plus rien n&apos;y est enregistré. Choisis Options de récupération pour restaurer une sauvegarde ou enregistrer ce qui est lisible.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="169"/>
        <source>The journal cannot be read whole, so it cannot be backed up before a restore. The backup can replace it here instead.</source>
        <translation>Le journal ne peut pas être lu en entier&#xa0;: il ne peut donc pas être sauvegardé avant une restauration. La sauvegarde peut le remplacer directement ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="175"/>
        <source>Rekindle was stopped without closing the journal, and the file that held its last saves (journal.sqlite3-wal) is gone. What was saved shortly before may be missing.</source>
        <translation>Rekindle a été arrêté sans fermer le journal, et le fichier qui contenait ses derniers enregistrements (journal.sqlite3-wal) a disparu. Ce qui a été enregistré peu avant manque peut-être.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="179"/>
        <source>A backup may still hold it: Recovery Options lists them.</source>
        <translation>Une sauvegarde le contient peut-être encore&#xa0;: Options de récupération en donne la liste.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="213"/>
        <source>&amp;Lock Journal</source>
        <translation>&amp;Verrouiller le journal</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="216"/>
        <source>Lock the journal now: your passphrase opens it again</source>
        <translation>Verrouiller le journal maintenant&#xa0;: ta phrase secrète le rouvre</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="235"/>
        <source>Preparing search: %1%</source>
        <translation>Préparation de la recherche&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="238"/>
        <source>Search is ready.</source>
        <translation>La recherche est prête.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="280"/>
        <source>Not locked: some of your writing could not be saved yet, and locking now would lose it. Rekindle keeps trying to save it.</source>
        <translation>Non verrouillé&#xa0;: une partie de ce que tu as écrit n&apos;a pas encore pu être enregistrée, et verrouiller maintenant la ferait perdre. Rekindle continue d&apos;essayer de l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="381"/>
        <source>&amp;Allow Changes…</source>
        <translation>&amp;Autoriser les modifications…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="385"/>
        <source>Allow Rekindle to change this journal?</source>
        <translation>Autoriser Rekindle à modifier ce journal&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="387"/>
        <source>Its folder or file was set so that it cannot be changed. Rekindle can give you, its owner, write permission again and open the journal for writing. Nothing else changes.</source>
        <translation>Son dossier ou son fichier a été réglé pour ne pas pouvoir être modifié. Rekindle peut te redonner, à toi qui en es propriétaire, le droit d&apos;écriture et ouvrir le journal en écriture. Rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="390"/>
        <source>Allow Changes</source>
        <translation>Autoriser les modifications</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="391"/>
        <source>Keep Read-Only</source>
        <translation>Garder en lecture seule</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="29"/>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="34"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="36"/>
        <source>How Rekindle gauges the pace of reconnecting. These inform; they never block anything.</source>
        <translation>Comment Rekindle évalue le rythme pour renouer. Ce sont des repères&#xa0;: ils ne bloquent jamais rien.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="42"/>
        <source>Days of space before reaching &amp;out:</source>
        <translation>Jours de distance avant de reprendre &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="47"/>
        <source>Smallest &amp;gap between two milestones:</source>
        <translation>&amp;Écart minimal entre deux jalons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="58"/>
        <source>Reconnecting</source>
        <translation>Renouer</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyRules</name>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="50"/>
        <source>Staying Safe</source>
        <translation>Rester en sécurité</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="51"/>
        <source>Respecting Their No</source>
        <translation>Respecter son non</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="53"/>
        <source>Closure</source>
        <translation>Apaisement</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="55"/>
        <source>Moving On</source>
        <translation>Tourner la page</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="70"/>
        <source>Keep yourself safe, with people you trust.</source>
        <translation>Te mettre en sécurité, avec des personnes de confiance.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="72"/>
        <source>Honour their no, and look after yourself.</source>
        <translation>Respecter son non, et prendre soin de toi.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="75"/>
        <source>Find closure in your own words.</source>
        <translation>Trouver l&apos;apaisement avec tes propres mots.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="78"/>
        <source>Move on, at your own pace.</source>
        <translation>Tourner la page, à ton rythme.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="93"/>
        <source>Your safety comes first. This step is about keeping distance, leaning on people you trust and knowing where help is. Support and safety services are listed under Help.</source>
        <translation>Ta sécurité passe en premier. Cette étape consiste à garder tes distances, à t&apos;appuyer sur des personnes de confiance et à savoir où trouver de l&apos;aide. Les services de soutien et de sécurité sont listés dans le menu Aide.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="97"/>
        <source>They have said no, and honouring that is an act of care for both of you. This step is about giving that space fully and looking after yourself.</source>
        <translation>L&apos;autre a dit non, et le respecter est un geste de soin pour vous deux. Cette étape consiste à laisser pleinement cette distance et à prendre soin de toi.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="102"/>
        <source>Closure comes from within, not from the other person. Write what you could not say, and what you have learned. Nothing here is ever sent.</source>
        <translation>L&apos;apaisement vient de l&apos;intérieur, pas de l&apos;autre personne. Écris ce que tu n&apos;as pas pu dire, et ce que tu as appris. Rien ici n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="106"/>
        <source>Moving on is a full and good outcome. Think about what matters to you next, at your own pace.</source>
        <translation>Tourner la page est une issue pleine et belle. Réfléchis à ce qui compte pour toi maintenant, à ton rythme.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="123"/>
        <source>Write about what helps you feel safe and steady. Begin with the button below or %1.</source>
        <translation>Écris sur ce qui t&apos;aide à te sentir en sécurité et stable. Commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="126"/>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or %1.</source>
        <translation>Écris sur comment tu vas, maintenant que tu sais où en sont les choses. Commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="130"/>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or %1.</source>
        <translation>Écris ce que tu aurais aimé dire, rien que pour toi. Commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="134"/>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or %1.</source>
        <translation>Écris sur ce que tu attends avec envie dans ta propre vie. Commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <source>Write about what helps you feel safe and steady. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Écris sur ce qui t&apos;aide à te sentir en sécurité et stable. Commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Écris sur comment tu vas, maintenant que tu sais où en sont les choses. Commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Écris ce que tu aurais aimé dire, rien que pour toi. Commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Écris sur ce que tu attends avec envie dans ta propre vie. Commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="150"/>
        <source>Because a no was recorded, steps 3 to 5 now help you respect it and look after yourself; the tools for reaching out are put away. Only you can change this: by changing your answer in the safety check, or the reply you recorded.</source>
        <translation>Parce qu&apos;un non a été noté, les étapes 3 à 5 t&apos;aident maintenant à le respecter et à prendre soin de toi&#xa0;; les outils pour reprendre contact sont rangés. Il n&apos;y a que toi qui puisses changer cela&#xa0;: en modifiant ta réponse dans le point sécurité, ou la réponse que tu as notée.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="155"/>
        <source>Because safety is at stake, steps 3 to 5 now help you stay safe and move on, with a safety plan in step 4; the tools for reaching out are put away. Only you can change this, in the safety check.</source>
        <translation>Parce que la sécurité est en jeu, les étapes 3 à 5 t&apos;aident maintenant à rester en sécurité et à tourner la page, avec un plan de sécurité à l&apos;étape 4&#xa0;; les outils pour reprendre contact sont rangés. Il n&apos;y a que toi qui puisses changer cela, dans le point sécurité.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyAttempt</name>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="39"/>
        <source>The journal is unlocked.</source>
        <translation>Le journal est déverrouillé.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="52"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>La clé du journal manque&#xa0;: le journal ne peut pas être déverrouillé.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="57"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to open it; the journal has not been changed.</source>
        <translation>Ce journal a été chiffré par une version plus récente de Rekindle. Mets Rekindle à jour pour l&apos;ouvrir&#xa0;; le journal n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="68"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Saisis la phrase secrète du journal.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyEnvelope</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="66"/>
        <source>This is not a Rekindle journal key.</source>
        <translation>Ce n&apos;est pas une clé de journal Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="69"/>
        <source>This journal was encrypted by a newer version of Rekindle. Install the newer version to open it; this one leaves it as it is.</source>
        <translation>Ce journal a été chiffré par une version plus récente de Rekindle. Installe la version plus récente pour l&apos;ouvrir&#xa0;; celle-ci le laisse tel quel.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyWrap</name>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="93"/>
        <source>Rekindle could not protect the journal&apos;s key.</source>
        <translation>Rekindle n&apos;a pas pu protéger la clé du journal.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="114"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>La clé du journal est endommagée&#xa0;: le journal ne peut pas être déverrouillé. Une sauvegarde en contient peut-être encore une copie intacte.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="130"/>
        <source>This passphrase does not unlock the journal. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>Cette phrase secrète ne déverrouille pas le journal. Vérifie la disposition du clavier et la touche Verr. Maj, ou utilise la clé de secours.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="132"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="144"/>
        <source>This recovery key does not belong to this journal.</source>
        <translation>Cette clé de secours n&apos;appartient pas à ce journal.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="180"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Saisis la phrase secrète du journal.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="218"/>
        <source>Choose a new passphrase.</source>
        <translation>Choisis une nouvelle phrase secrète.</translation>
    </message>
</context>
<context>
    <name>Rekindle::LanguagePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="25"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="32"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="34"/>
        <source>“System” follows the languages your computer is set to. Dates and numbers follow the language too. A change takes effect the next time Rekindle starts.</source>
        <translation>«&#xa0;Système&#xa0;» suit les langues réglées sur ton ordinateur. Les dates et les nombres suivent aussi la langue. Un changement prend effet au prochain démarrage de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="48"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Rekindle::LockedCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="34"/>
        <source>The journal is locked. Unlock it with your passphrase first.</source>
        <translation>Le journal est verrouillé. Déverrouille-le d&apos;abord avec ta phrase secrète.</translation>
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
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="103"/>
        <source>Everything you write stays on this computer.</source>
        <translation>Tout ce que tu écris reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="202"/>
        <source>All changes saved at %1</source>
        <translation>Toutes les modifications ont été enregistrées à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="207"/>
        <source>Not saved: %1 Your text stays in the editor, and Rekindle keeps trying to save it.</source>
        <translation>Non enregistré&#xa0;: %1 Ton texte reste dans l&apos;éditeur, et Rekindle continue d&apos;essayer de l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="250"/>
        <source>This item is no longer in the journal.</source>
        <translation>Cet élément n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="344"/>
        <source>More toolbar actions</source>
        <translation>Autres actions de la barre d&apos;outils</translation>
    </message>
    <message>
        <source>Goal added to Work on Yourself (Ctrl+2).</source>
        <translation type="vanished">Objectif ajouté à «&#xa0;Travailler sur soi&#xa0;» (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="32"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="38"/>
        <source>Start a new journal entry in the current step</source>
        <translation>Commencer une nouvelle entrée dans l&apos;étape en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="60"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation type="vanished">&amp;Supprimer l&apos;entrée…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="266"/>
        <source>Goal added to Work on Yourself (%1).</source>
        <translation>Objectif ajouté à «&#xa0;Travailler sur soi&#xa0;» (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="63"/>
        <source>&amp;Delete Entry</source>
        <translation>&amp;Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="71"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="80"/>
        <source>&amp;Search the Journal</source>
        <translation>Rec&amp;hercher dans le journal</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="87"/>
        <source>Step &amp;%1: %2</source>
        <translation>Étape &amp;%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="94"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="101"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="105"/>
        <source>&amp;Like the System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="106"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="107"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="120"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="122"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendrier…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="126"/>
        <source>Find a day with writing in this step&apos;s journal and open it</source>
        <translation>Trouver un jour où tu as écrit dans le journal de cette étape, et l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="128"/>
        <source>&amp;Reflect</source>
        <translation>&amp;Réflexion</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="130"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Réfléchir…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="133"/>
        <source>Answer a few questions about the current step</source>
        <translation>Répondre à quelques questions sur l&apos;étape en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="135"/>
        <source>&amp;Mood Check-in…</source>
        <translation>Point d&apos;&amp;humeur…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="138"/>
        <source>Note how you feel right now</source>
        <translation>Noter comment tu te sens en ce moment</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="140"/>
        <source>&amp;Progress…</source>
        <translation>&amp;Progression…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="144"/>
        <source>See your progress and how things changed over time</source>
        <translation>Voir ta progression et ce qui a changé au fil du temps</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="301"/>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="151"/>
        <source>&amp;About Rekindle</source>
        <translation>À &amp;propos de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="154"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="170"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="171"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="172"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="173"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="174"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="427"/>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="428"/>
        <source>Some of your writing could not be saved. If you quit now, it will be lost. Quit anyway?</source>
        <translation>Une partie de ce que tu as écrit n&apos;a pas pu être enregistrée. Si tu quittes maintenant, elle sera perdue. Quitter quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Rekindle::MarkdownBar</name>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="23"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="39"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="41"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="44"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="47"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="50"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="83"/>
        <source>Shortcut: %1</source>
        <translation>Raccourci&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::Meetup</name>
    <message>
        <location filename="../app/core/Meetup.cpp" line="19"/>
        <source>Coffee</source>
        <translation>Un café</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="20"/>
        <source>A walk</source>
        <translation>Une balade</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="21"/>
        <source>A meal</source>
        <translation>Un repas</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="22"/>
        <source>An activity</source>
        <translation>Une activité</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="23"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="26"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="27"/>
        <source>Went well</source>
        <translation>Ça s&apos;est bien passé</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="28"/>
        <source>Mixed</source>
        <translation>Mitigé</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="29"/>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="30"/>
        <source>They did not want to meet</source>
        <translation>L&apos;autre n&apos;a pas voulu se voir</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="38"/>
        <source>Choose the day of the meet-up.</source>
        <translation>Choisis le jour de la rencontre.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="41"/>
        <source>Keep the place under %1 characters.</source>
        <translation>Garde le lieu sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="45"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La note est trop longue&#xa0;: reste sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="50"/>
        <source>How it went can be recorded once the day has come.</source>
        <translation>Le bilan ne peut être noté qu&apos;une fois le jour venu.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupModel</name>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="82"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="84"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="86"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="88"/>
        <source>How it went</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="90"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupsSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="29"/>
        <source>&amp;Plan Meet-up</source>
        <translation>&amp;Prévoir une rencontre</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="39"/>
        <source>Somewhere easy and public</source>
        <translation>Un endroit simple et public</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="43"/>
        <source>Keep it casual and short: a coffee or a walk is plenty. Afterwards, note how it went.</source>
        <translation>Reste sur quelque chose de simple et court&#xa0;: un café ou une balade suffit largement. Ensuite, note comment ça s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="47"/>
        <source>Plan a meet-up</source>
        <translation>Prévoir une rencontre</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="55"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="56"/>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="57"/>
        <source>W&amp;here:</source>
        <translation>&amp;Où&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="61"/>
        <source>&amp;Meet-ups</source>
        <translation>&amp;Rencontres</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="80"/>
        <source>Planned. Afterwards, double-click &quot;How it went&quot; to note it.</source>
        <translation>C&apos;est prévu. Ensuite, double-clique sur «&#xa0;Bilan&#xa0;» pour le noter.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MemorySearchIndex</name>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="47"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="63"/>
        <source>The search index could not be built.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être construit.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="97"/>
        <source>Building the search index was stopped.</source>
        <translation>La construction de l&apos;index de recherche a été interrompue.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="142"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="149"/>
        <source>The search index could not be saved.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="162"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="168"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="195"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="220"/>
        <source>The search index could not be updated.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être mis à jour.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheck</name>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="24"/>
        <source>Heavy topic</source>
        <translation>Sujet lourd</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="25"/>
        <source>The past</source>
        <translation>Le passé</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="26"/>
        <source>Blame</source>
        <translation>Reproche</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="27"/>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="31"/>
        <source>A heavy topic. The relationship, big apologies and declarations can wait for a time when you are both ready; a first message works best when it is light.</source>
        <translation>Un sujet lourd. La relation, les grandes excuses et les déclarations peuvent attendre que le moment soit venu pour vous deux&#xa0;; un premier message fonctionne mieux quand il est léger.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="35"/>
        <source>About the past. Bringing up old times can feel like pressure; talk about today instead.</source>
        <translation>À propos du passé. Évoquer le bon vieux temps peut être vécu comme une pression&#xa0;; parle plutôt d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="38"/>
        <source>Sounds like blame. Words like &quot;always&quot; and &quot;never&quot; tend to start an argument; speak about yourself instead.</source>
        <translation>Ça sonne comme un reproche. Des mots comme «&#xa0;toujours&#xa0;» et «&#xa0;jamais&#xa0;» ont tendance à déclencher une dispute&#xa0;; parle plutôt de toi.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="41"/>
        <source>Sounds like pressure. Leave them free to answer when, and if, they want to.</source>
        <translation>Ça sonne comme une pression. Laisse-lui la liberté de répondre quand, et si, l&apos;envie lui en vient.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="47"/>
        <source>Ask how they are: &quot;Hi, I hope you are doing well. How is the new job going?&quot;</source>
        <translation>Demande des nouvelles&#xa0;: «&#xa0;Salut, j&apos;espère que tu vas bien. Comment se passe ton nouveau travail&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="50"/>
        <source>Share something good: &quot;I finally finished that pottery class. Thought you might smile at that.&quot;</source>
        <translation>Partage quelque chose de bien&#xa0;: «&#xa0;J&apos;ai enfin fini ce cours de poterie. Je me suis dit que ça te ferait sourire.&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="53"/>
        <source>Mention something you know they enjoy: &quot;Saw that your team won yesterday. Great game!&quot;</source>
        <translation>Évoque un sujet qui lui plaît&#xa0;: «&#xa0;J&apos;ai vu que ton équipe a gagné hier. Super match&#xa0;!&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="56"/>
        <source>Keep it short and leave no question that needs an answer.</source>
        <translation>Fais court, et ne pose aucune question qui exige une réponse.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="79"/>
        <source>Type the phrase to look for.</source>
        <translation>Saisis l&apos;expression à rechercher.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="82"/>
        <source>Keep the phrase under %1 characters.</source>
        <translation>Garde l&apos;expression sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="86"/>
        <source>A phrase of one character would match too much: use at least two.</source>
        <translation>Une expression d&apos;un seul caractère trouverait trop de choses&#xa0;: utilises-en au moins deux.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="91"/>
        <source>A gap (… or ...) stands between two words, as in &quot;you … never&quot;: put a word before and after it.</source>
        <translation>Un trou (… ou ...) se place entre deux mots, comme dans «&#xa0;tu … jamais&#xa0;»&#xa0;: mets un mot avant et un mot après.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="159"/>
        <source>This is a long message (%n characters). A first message works best in two or three sentences.</source>
        <translation>
            <numerusform>C&apos;est un long message (%n caractère). Un premier message fonctionne mieux en deux ou trois phrases.</numerusform>
            <numerusform>C&apos;est un long message (%n caractères). Un premier message fonctionne mieux en deux ou trois phrases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="172"/>
        <source>%n of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation>
            <numerusform>%n de tes messages d&apos;affilée n&apos;a pas encore de réponse. Attendre est plus doux, pour vous deux.</numerusform>
            <numerusform>%n de tes messages d&apos;affilée n&apos;ont pas encore de réponse. Attendre est plus doux, pour vous deux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="186"/>
        <source>You wrote to them an hour ago. Let a few days pass.</source>
        <translation>Tu lui as écrit il y a une heure. Laisse passer quelques jours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="188"/>
        <source>You wrote to them %n hours ago. Let a few days pass.</source>
        <translation>
            <numerusform>Tu lui as écrit il y a %n heure. Laisse passer quelques jours.</numerusform>
            <numerusform>Tu lui as écrit il y a %n heures. Laisse passer quelques jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a long message (%1 characters). A first message works best in two or three sentences.</source>
        <translation type="vanished">C&apos;est un long message (%1 caractères). Un premier message fonctionne mieux en deux ou trois phrases.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="169"/>
        <source>Your last message has no reply yet. Give them time before writing again.</source>
        <translation>Ton dernier message n&apos;a pas encore de réponse. Laisse du temps avant de réécrire.</translation>
    </message>
    <message>
        <source>%1 of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation type="vanished">%1 de tes messages d&apos;affilée n&apos;ont pas encore de réponse. Attendre est plus doux, pour vous deux.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="183"/>
        <source>You wrote to them less than an hour ago. Let a few days pass.</source>
        <translation>Tu lui as écrit il y a moins d&apos;une heure. Laisse passer quelques jours.</translation>
    </message>
    <message>
        <source>You wrote to them %1 hours ago. Let a few days pass.</source>
        <translation type="vanished">Tu lui as écrit il y a %1 heures. Laisse passer quelques jours.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheckDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="63"/>
        <source>&amp;Add Phrase</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="65"/>
        <source>&amp;Remove Phrase</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="67"/>
        <source>&amp;Keep the text in the log</source>
        <translation>&amp;Garder le texte dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="68"/>
        <source>I &amp;Sent It Myself</source>
        <translation>Je l&apos;ai &amp;envoyé moi-même</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="72"/>
        <source>Message Check</source>
        <translation>Vérification du message</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="74"/>
        <source>Type or paste the message you are thinking of sending.</source>
        <translation>Saisis ou colle le message que tu penses envoyer.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="79"/>
        <source>What the check found</source>
        <translation>Ce que la vérification a trouvé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="83"/>
        <source>A phrase of your own to watch for</source>
        <translation>Une expression à toi à surveiller</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="85"/>
        <source>Kind of phrase</source>
        <translation>Type d&apos;expression</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="90"/>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="114"/>
        <source>My phrases</source>
        <translation>Mes expressions</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="93"/>
        <source>Sent as</source>
        <translation>Envoyé comme</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="100"/>
        <source>&amp;Draft:</source>
        <translation>&amp;Brouillon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="102"/>
        <source>What the check &amp;found:</source>
        <translation>Ce que la vérification a &amp;trouvé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="104"/>
        <source>Lighter ways to open</source>
        <translation>Des façons plus légères de commencer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="150"/>
        <source>Sent &amp;as:</source>
        <translation>Envoyé &amp;comme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="214"/>
        <source>%1 – &quot;%2&quot;: %3</source>
        <translation>%1 – «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="221"/>
        <source>Rekindle will point out what might weigh a first message down.</source>
        <translation>Rekindle signalera ce qui pourrait alourdir un premier message.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="223"/>
        <source>This reads light and friendly. Whether and when to send it is up to you.</source>
        <translation>Ce message est léger et amical. L&apos;envoyer ou non, et quand, c&apos;est à toi de décider.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="226"/>
        <source>A few things to look at (%1). Consider one of the lighter openers on the right.</source>
        <translation>Quelques points à regarder (%1). Essaie plutôt une des façons plus légères de commencer, à droite.</translation>
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
        <translation>Écris d&apos;abord le message.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneChart</name>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="24"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="25"/>
        <source>No milestone planned or reached in this period. Give a milestone of step 5 a day, and it shows here on the timeline.</source>
        <translation>Aucun jalon prévu ou atteint sur cette période. Donne une date à un jalon de l&apos;étape 5, et il s&apos;affiche ici sur la frise.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="43"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="84"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="48"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="85"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="53"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="115"/>
        <source>Reached sooner than your chosen gap</source>
        <translation>Atteint plus tôt que l&apos;écart choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Reached on %1</source>
        <translation>Atteint le %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Planned for %1</source>
        <translation>Prévu pour le %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="65"/>
        <source>Planned for</source>
        <translation>Prévu pour le</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="67"/>
        <source>Reached on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="109"/>
        <location filename="../app/models/MilestoneModel.cpp" line="118"/>
        <location filename="../app/models/MilestoneModel.cpp" line="127"/>
        <source>Choose a milestone first.</source>
        <translation>Choisis d&apos;abord un jalon.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneStore</name>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="41"/>
        <source>This milestone is no longer in the journal.</source>
        <translation>Ce jalon n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="54"/>
        <source>The milestones could not be prepared.</source>
        <translation>Les jalons n&apos;ont pas pu être préparés.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="103"/>
        <source>The milestone could not be added.</source>
        <translation>Le jalon n&apos;a pas pu être ajouté.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="111"/>
        <source>Your changes to the milestone could not be saved.</source>
        <translation>Tes modifications du jalon n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="131"/>
        <source>The milestone could not be removed.</source>
        <translation>Le jalon n&apos;a pas pu être retiré.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="150"/>
        <source>The milestone could not be moved.</source>
        <translation>Le jalon n&apos;a pas pu être déplacé.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="177"/>
        <source>The milestone could not be read.</source>
        <translation>Le jalon n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="186"/>
        <source>The milestones could not be read.</source>
        <translation>Les jalons n&apos;ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestonesSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="33"/>
        <source>&amp;Add Milestone</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="35"/>
        <source>&amp;Plan for</source>
        <translation>&amp;Prévoir pour le</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="36"/>
        <source>&amp;Reached Today</source>
        <translation>Atteint aujourd&apos;&amp;hui</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="37"/>
        <source>Clear &amp;Dates</source>
        <translation>Effacer les &amp;dates</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="38"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="39"/>
        <source>Move Do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="43"/>
        <source>M&amp;ilestones, in order</source>
        <translation>&amp;Jalons, dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="47"/>
        <source>A milestone of your own</source>
        <translation>Un jalon à toi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="48"/>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="52"/>
        <source>Planned day</source>
        <translation>Jour prévu</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="61"/>
        <source>There is no rush. Reorder, rename or remove these to fit your story; mark each one when it happens.</source>
        <translation>Rien ne presse. Réordonne, renomme ou retire ces jalons pour qu&apos;ils collent à ton histoire&#xa0;; marque chacun quand il arrive.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="152"/>
        <source>Slow down a little.</source>
        <translation>Ralentis un peu.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodChart</name>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="21"/>
        <source>Mood over time</source>
        <translation>L&apos;humeur au fil du temps</translation>
    </message>
    <message>
        <source>No moods in this period yet. Check in with Ctrl+M, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation type="vanished">Pas encore d&apos;humeur sur cette période. Fais le point avec Ctrl+M, ou donne une humeur à une entrée du journal, et ton humeur au fil du temps s&apos;affichera ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="22"/>
        <source>No moods in this period yet. Check in with %1, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation>Pas encore d&apos;humeur sur cette période. Fais le point avec %1, ou donne une humeur à une entrée du journal, et ton humeur au fil du temps s&apos;affichera ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Daily mood</source>
        <translation>Humeur du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Weekly mood</source>
        <translation>Humeur de la semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>7-day average</source>
        <translation>Moyenne sur 7 jours</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>4-week average</source>
        <translation>Moyenne sur 4 semaines</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="76"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="98"/>
        <source>Week of %1
Mood %2 (%n value(s))
4-week average %3</source>
        <translation>
            <numerusform>Semaine du %1
Humeur %2 (%n valeur)
Moyenne sur 4 semaines %3</numerusform>
            <numerusform>Semaine du %1
Humeur %2 (%n valeurs)
Moyenne sur 4 semaines %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="100"/>
        <source>%1
Mood %2 (%n value(s))
7-day average %3</source>
        <translation>
            <numerusform>%1
Humeur %2 (%n valeur)
Moyenne sur 7 jours %3</numerusform>
            <numerusform>%1
Humeur %2 (%n valeurs)
Moyenne sur 7 jours %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodCheckIn</name>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="14"/>
        <source>Mood goes from %1 to %2.</source>
        <translation>L&apos;humeur va de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="18"/>
        <source>The note is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>La note est trop longue&#xa0;: reste sous %n caractère.</numerusform>
            <numerusform>La note est trop longue&#xa0;: reste sous %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="21"/>
        <source>Pick at most %n feelings.</source>
        <translation>
            <numerusform>Choisis au plus %n ressenti.</numerusform>
            <numerusform>Choisis au plus %n ressentis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="25"/>
        <source>A feeling&apos;s name may not be empty or contain a comma.</source>
        <translation>Le nom d&apos;un ressenti ne peut pas être vide ni contenir de virgule.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="64"/>
        <source>very low</source>
        <translation>très mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="28"/>
        <source>low</source>
        <translation>mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="29"/>
        <source>quite low</source>
        <translation>plutôt mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="30"/>
        <source>a bit low</source>
        <translation>un peu mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="31"/>
        <source>so-so</source>
        <translation>bof</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="32"/>
        <source>okay</source>
        <translation>ça va</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="33"/>
        <source>fairly good</source>
        <translation>plutôt bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="34"/>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="35"/>
        <source>very good</source>
        <translation>très bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="36"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="65"/>
        <source>wonderful</source>
        <translation>merveilleusement bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="51"/>
        <source>Mood Check-in</source>
        <translation>Point d&apos;humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="54"/>
        <source>&amp;How do you feel right now?</source>
        <translation>&amp;Comment te sens-tu en ce moment&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="73"/>
        <source>&amp;Feelings (pick any that fit)</source>
        <translation>&amp;Ressentis (choisis tous ceux qui correspondent)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="76"/>
        <source>Feelings</source>
        <translation>Ressentis</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="92"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="96"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Note (facultative)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="100"/>
        <source>Anything you want to remember about this moment</source>
        <translation>Ce que tu veux retenir de ce moment</translation>
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
        <translation>Le point d&apos;humeur n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="70"/>
        <source>The mood check-in could not be deleted.</source>
        <translation>Le point d&apos;humeur n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="71"/>
        <location filename="../app/storage/MoodStore.cpp" line="82"/>
        <source>This mood check-in no longer exists.</source>
        <translation>Ce point d&apos;humeur n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="78"/>
        <source>The mood check-in could not be read.</source>
        <translation>Le point d&apos;humeur n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="90"/>
        <source>The mood check-ins could not be read.</source>
        <translation>Les points d&apos;humeur n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="106"/>
        <source>The mood check-ins could not be counted.</source>
        <translation>Les points d&apos;humeur n&apos;ont pas pu être comptés.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodStrip</name>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="64"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="121"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="70"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="127"/>
        <source>no check-ins yet</source>
        <translation>pas encore de point d&apos;humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="153"/>
        <source>Your latest moods. Check in with %1.</source>
        <translation>Tes dernières humeurs. Fais le point avec %1.</translation>
    </message>
    <message>
        <source>Your latest moods. Check in with Ctrl+M.</source>
        <translation type="vanished">Tes dernières humeurs. Fais le point avec Ctrl+M.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="167"/>
        <source>Latest moods: no check-ins yet</source>
        <translation>Dernières humeurs&#xa0;: pas encore de point d&apos;humeur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="168"/>
        <source>Latest moods, oldest first: %1</source>
        <translation>Dernières humeurs, de la plus ancienne à la plus récente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartItem</name>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="20"/>
        <source>Noticed</source>
        <translation>Remarqué</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="21"/>
        <source>Working on it</source>
        <translation>J&apos;y travaille</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="22"/>
        <source>Changed</source>
        <translation>Changé</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="30"/>
        <source>Write a few words about what happened.</source>
        <translation>Écris quelques mots sur ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="34"/>
        <source>This text is too long: keep it under %1 characters.</source>
        <translation>Ce texte est trop long&#xa0;: reste sous %1 caractères.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartModel</name>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="79"/>
        <source>Goal in Work on Yourself: %1</source>
        <translation>Objectif dans «&#xa0;Travailler sur soi&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="81"/>
        <source>Not a goal yet</source>
        <translation>Pas encore un objectif</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="96"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="98"/>
        <source>My part in it</source>
        <translation>Ma part</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="100"/>
        <source>What I will do instead</source>
        <translation>Ce que je ferai à la place</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="102"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="104"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="156"/>
        <location filename="../app/models/MyPartModel.cpp" line="163"/>
        <source>Choose an item first.</source>
        <translation>Choisis d&apos;abord un élément.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="35"/>
        <source>&amp;Add to My Part</source>
        <translation>&amp;Ajouter à Ma part</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="38"/>
        <source>Turn into a &amp;Goal</source>
        <translation>En faire un &amp;objectif</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="44"/>
        <source>For example: arguments about my long hours</source>
        <translation>Par exemple&#xa0;: les disputes sur mes longues journées de travail</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="46"/>
        <source>What I did or did not do</source>
        <translation>Ce que j&apos;ai fait ou pas fait</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="48"/>
        <source>What I will do differently</source>
        <translation>Ce que je ferai autrement</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="53"/>
        <source>Look at your own part honestly and kindly: everyone makes mistakes, and seeing them is how you change them.</source>
        <translation>Regarde ta propre part avec honnêteté et bienveillance&#xa0;: tout le monde fait des erreurs, et les voir, c&apos;est ce qui permet de changer.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="58"/>
        <source>Something I see now</source>
        <translation>Quelque chose que je vois maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="66"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="67"/>
        <source>My &amp;part in it:</source>
        <translation>Ma &amp;part&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="68"/>
        <source>What I will do &amp;instead:</source>
        <translation>Ce que je &amp;ferai à la place&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="74"/>
        <source>My part</source>
        <translation>Ma part</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="90"/>
        <source>Delete Item</source>
        <translation>Supprimer l&apos;élément</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="100"/>
        <source>Nothing here yet. Write one thing you would do differently above and press Add to My Part. Double-click any cell later to change it.</source>
        <translation>Rien ici pour l&apos;instant. Écris ci-dessus une chose que tu ferais autrement, puis appuie sur «&#xa0;Ajouter à Ma part&#xa0;». Tu pourras ensuite double-cliquer sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="104"/>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="160"/>
        <source>Make a goal in Work on Yourself from the selected item</source>
        <translation>Créer un objectif dans «&#xa0;Travailler sur soi&#xa0;» à partir de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="159"/>
        <source>This item already has a goal in Work on Yourself</source>
        <translation>Cet élément a déjà un objectif dans «&#xa0;Travailler sur soi&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="194"/>
        <source>A goal was added to Work on Yourself: &quot;%1&quot;. Tick it there as you go.</source>
        <translation>Un objectif a été ajouté à «&#xa0;Travailler sur soi&#xa0;»&#xa0;: «&#xa0;%1&#xa0;». Coche-le là-bas au fil du temps.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from My Part? A goal made from it stays.</source>
        <translation type="vanished">Supprimer «&#xa0;%1&#xa0;» de Ma part&#xa0;? Un objectif créé à partir de cet élément est conservé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Supprimer</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStatusDelegate</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartStatusDelegate.cpp" line="21"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStore</name>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="87"/>
        <source>The item could not be saved.</source>
        <translation>L&apos;élément n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="94"/>
        <source>Your changes could not be saved.</source>
        <translation>Tes modifications n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="113"/>
        <source>The item could not be deleted.</source>
        <translation>L&apos;élément n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="121"/>
        <source>The item could not be read.</source>
        <translation>L&apos;élément n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="129"/>
        <source>The items could not be read.</source>
        <translation>Les éléments n&apos;ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::NoticeBanner</name>
    <message>
        <location filename="../app/ui/widgets/NoticeBanner.cpp" line="25"/>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>Rekindle::OutcomeSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="24"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="33"/>
        <source>Where my journey stands</source>
        <translation>Où en est mon parcours</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>Still &amp;in progress</source>
        <translation>&amp;Toujours en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>We are &amp;back together</source>
        <translation>Nous sommes de &amp;nouveau ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="36"/>
        <source>I have &amp;moved on</source>
        <translation>J&apos;ai tourné la &amp;page</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="73"/>
        <source>Saved. You can change this at any time.</source>
        <translation>Enregistré. Tu peux changer cela à tout moment.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Pace</name>
    <message>
        <location filename="../app/core/Pace.cpp" line="22"/>
        <source>A friendly message</source>
        <translation>Un message amical</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="23"/>
        <source>A short phone call</source>
        <translation>Un court appel</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="24"/>
        <source>A coffee in a public place</source>
        <translation>Un café dans un lieu public</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="25"/>
        <source>A walk or an outing together</source>
        <translation>Une balade ou une sortie ensemble</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="26"/>
        <source>An honest talk about what went wrong</source>
        <translation>Une discussion honnête sur ce qui n&apos;a pas marché</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="27"/>
        <source>Time on your own to notice how it feels</source>
        <translation>Du temps pour soi, pour sentir ce que ça fait</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="28"/>
        <source>My own next step (name it yourself)</source>
        <translation>Ma propre prochaine étape (à nommer moi-même)</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="32"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="33"/>
        <source>Back together</source>
        <translation>De nouveau ensemble</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="34"/>
        <source>Moved on</source>
        <translation>Page tournée</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="42"/>
        <source>Give the milestone a name.</source>
        <translation>Donne un nom au jalon.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="45"/>
        <source>Keep the name under %1 characters.</source>
        <translation>Garde le nom sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="49"/>
        <source>A milestone can only be reached today or earlier.</source>
        <translation>Un jalon ne peut être atteint qu&apos;aujourd&apos;hui ou avant.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="105"/>
        <source>&quot;%1&quot; came %2 days after &quot;%3&quot;. Consider slowing down: let each step settle for at least %4 days before the next.</source>
        <translation>«&#xa0;%1&#xa0;» est arrivé %2 jours après «&#xa0;%3&#xa0;». Pense à ralentir&#xa0;: laisse chaque étape se poser au moins %4 jours avant la suivante.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="121"/>
        <source>&quot;%1&quot; is planned while the foundation is still weak. Consider slowing down and giving trust and connection more time first.</source>
        <translation>«&#xa0;%1&#xa0;» est prévu alors que les fondations sont encore fragiles. Pense à ralentir et à laisser d&apos;abord plus de temps à la confiance et au lien.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="139"/>
        <source>no promises settled yet</source>
        <translation>aucune promesse réglée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="140"/>
        <source>Trust grows from small promises kept. Make one you can keep and record it in step 4.</source>
        <translation>La confiance naît de petites promesses tenues. Fais-en une que tu peux tenir et note-la à l&apos;étape 4.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="146"/>
        <source>%1 of %2 promises kept</source>
        <translation>%1 promesses tenues sur %2</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="150"/>
        <source>You keep your word: that is the ground trust stands on.</source>
        <translation>Tu tiens parole&#xa0;: c&apos;est sur cela que repose la confiance.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="153"/>
        <source>Most promises are kept. Fewer, smaller promises are easier to keep.</source>
        <translation>La plupart des promesses sont tenues. Des promesses moins nombreuses et plus petites sont plus faciles à tenir.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="155"/>
        <source>Several promises were not kept. Make smaller ones, and keep them, before taking bigger steps.</source>
        <translation>Plusieurs promesses n&apos;ont pas été tenues. Fais-en de plus petites, et tiens-les, avant de faire de plus grands pas.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="162"/>
        <source>no responses recorded yet</source>
        <translation>aucune réponse notée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="163"/>
        <source>How they respond when you reach out shows how connected you are. Record their replies in step 3.</source>
        <translation>La façon dont l&apos;autre répond quand tu prends contact montre la force de votre lien. Note ses réponses à l&apos;étape 3.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="170"/>
        <source>%1 of %2 responses warm</source>
        <translation>%1 réponses chaleureuses sur %2</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="174"/>
        <source>They respond warmly most of the time.</source>
        <translation>L&apos;autre répond chaleureusement la plupart du temps.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="177"/>
        <source>Some warmth is there. Keep contact light, without expectations.</source>
        <translation>Il y a un peu de chaleur. Garde des contacts légers, sans attentes.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="179"/>
        <source>Their responses are mostly cool. That deserves respect: give each other room, and look after yourself.</source>
        <translation>Ses réponses sont plutôt froides. Cela mérite le respect&#xa0;: laissez-vous mutuellement de l&apos;espace, et prends soin de toi.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="188"/>
        <source>%1 open</source>
        <translation>%1 en suspens</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="189"/>
        <source>Nothing is left unresolved between you.</source>
        <translation>Plus rien n&apos;est en suspens entre vous.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="192"/>
        <source>A few things are still being worked through; that is normal.</source>
        <translation>Quelques sujets sont encore en chantier&#xa0;; c&apos;est normal.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="194"/>
        <source>Several issues are open. Working through them comes before bigger steps.</source>
        <translation>Plusieurs sujets sont en suspens. Les travailler passe avant de plus grands pas.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="221"/>
        <source>The journey is still unfolding. Nothing has to be decided today.</source>
        <translation>Le parcours suit son cours. Rien ne doit être décidé aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="224"/>
        <source>You are back together. Keep the habits that brought you here: honesty, kept promises, and time for yourself.</source>
        <translation>Vous êtes de nouveau ensemble. Garde les habitudes qui vous ont permis d&apos;en arriver là&#xa0;: l&apos;honnêteté, les promesses tenues et du temps pour toi.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="228"/>
        <source>You have moved on. That is a full and good outcome: the work you did for yourself stays with you. Your journal is kept, and steps 1 and 2 now focus on caring for yourself.</source>
        <translation>Tu as tourné la page. C&apos;est une issue pleine et belle&#xa0;: le travail que tu as fait pour toi reste avec toi. Ton journal est conservé, et les étapes 1 et 2 sont maintenant consacrées à prendre soin de toi.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="38"/>
        <source>Choose a Passphrase</source>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="39"/>
        <source>Change the Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="40"/>
        <source>Your Passphrase</source>
        <translation>Ta phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="45"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="50"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="51"/>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, encore une fois</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="57"/>
        <source>&amp;Again:</source>
        <translation>Confi&amp;rmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="60"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>Quelques mots sans rapport entre eux font une phrase secrète facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="99"/>
        <source>Type your current passphrase.</source>
        <translation>Saisis ta phrase secrète actuelle.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="104"/>
        <source>Choose a passphrase: any words you will remember.</source>
        <translation>Choisis une phrase secrète&#xa0;: des mots que tu retiendras.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="109"/>
        <source>The two passphrases are not the same yet. Type it once more in both fields.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques. Saisis-la encore une fois dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseKdf</name>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="55"/>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="57"/>
        <source>The journal&apos;s key settings are damaged.</source>
        <translation>Les paramètres de clé du journal sont endommagés.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="68"/>
        <source>This computer does not have the memory to unlock the journal now. Close other programs and try again.</source>
        <translation>Cet ordinateur n&apos;a pas assez de mémoire pour déverrouiller le journal maintenant. Ferme d&apos;autres programmes et réessaie.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="94"/>
        <source>This computer does not have the memory to protect a journal with a passphrase now. Close other programs and try again.</source>
        <translation>Cet ordinateur n&apos;a pas assez de mémoire pour protéger un journal par une phrase secrète maintenant. Ferme d&apos;autres programmes et réessaie.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseReader</name>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="277"/>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Le fichier de phrase secrète %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="297"/>
        <source>The first line of the passphrase file %1 is empty.</source>
        <translation>La première ligne du fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="308"/>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation>Il n&apos;y a pas de terminal pour demander la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="322"/>
        <source>A passphrase is needed, and there is no terminal to ask for it on. Give it in a file with %1 FILE.</source>
        <translation>Une phrase secrète est nécessaire, et il n&apos;y a pas de terminal pour la demander. Donne-la dans un fichier avec %1 FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="326"/>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="344"/>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="355"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="355"/>
        <source>y</source>
        <translation>o</translation>
    </message>
</context>
<context>
    <name>Rekindle::PendingDeletes</name>
    <message>
        <location filename="../app/models/PendingDeletes.cpp" line="111"/>
        <source>This kind of record cannot be deleted.</source>
        <translation>Ce type d&apos;enregistrement ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="35"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="37"/>
        <source>Preference pages</source>
        <translation>Pages de préférences</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="40"/>
        <source>These settings are kept in your journal, so they travel with it.</source>
        <translation>Ces réglages sont gardés dans ton journal&#xa0;: ils le suivent partout.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="52"/>
        <source>Space</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="80"/>
        <source>Rekindle gently points it out when your messages to them start to pile up. Choose when:</source>
        <translation>Rekindle te le signale en douceur quand tes messages commencent à s&apos;accumuler. Choisis à partir de quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="85"/>
        <source>Contacts I make within &amp;24 hours:</source>
        <translation>Contacts de ma part en &amp;24 heures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="88"/>
        <source>Contacts in a row &amp;without a reply:</source>
        <translation>Contacts d&apos;affilée &amp;sans réponse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyActions</name>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Avec une phrase secrète, tout ce que tu écris est gardé chiffré sur cet ordinateur et dans ses sauvegardes. Sans la phrase secrète, ou la clé de secours que tu vas voir ensuite, personne ne peut le lire, même avec le fichier en main. Rekindle la demande au démarrage, et verrouille le journal quand tu t&apos;éloignes.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="117"/>
        <source>Encrypting your journal…</source>
        <translation>Chiffrement de ton journal…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="123"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="126"/>
        <source>Not Encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="124"/>
        <source>Nothing was changed: your journal is as it was.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: ton journal est tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="127"/>
        <source>Your journal could not be encrypted, and it is as it was. %1</source>
        <translation>Ton journal n&apos;a pas pu être chiffré&#xa0;; il est tel qu&apos;il était. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="94"/>
        <source>Without encryption, anyone who can open the journal&apos;s file or its backups can read what you wrote. Type your passphrase to turn encryption off.</source>
        <translation>Sans chiffrement, quiconque peut ouvrir le fichier du journal ou ses sauvegardes peut lire ce que tu as écrit. Saisis ta phrase secrète pour désactiver le chiffrement.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="148"/>
        <source>Turning encryption off…</source>
        <translation>Désactivation du chiffrement…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="154"/>
        <source>Still Encrypted</source>
        <translation>Toujours chiffré</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="155"/>
        <source>Encryption is still on. %1</source>
        <translation>Le chiffrement est toujours activé. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="91"/>
        <source>The new passphrase opens the journal from now on; the recovery key stays the same.</source>
        <translation>La nouvelle phrase secrète ouvre le journal à partir de maintenant&#xa0;; la clé de secours reste la même.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="170"/>
        <source>Protecting your journal with the new passphrase…</source>
        <translation>Protection de ton journal avec la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="174"/>
        <source>Passphrase Not Changed</source>
        <translation>Phrase secrète inchangée</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="175"/>
        <source>The passphrase stays as it was. %1</source>
        <translation>La phrase secrète reste la même. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="178"/>
        <source>Passphrase Changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="179"/>
        <source>Your new passphrase opens the journal from now on.</source>
        <translation>Ta nouvelle phrase secrète ouvre le journal à partir de maintenant.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="186"/>
        <source>New Recovery Key</source>
        <translation>Nouvelle clé de secours</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="187"/>
        <source>Make a new recovery key? The old one stops working at once.</source>
        <translation>Créer une nouvelle clé de secours&#xa0;? L&apos;ancienne cesse de fonctionner immédiatement.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="189"/>
        <source>&amp;Make a New Key</source>
        <translation>&amp;Créer une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="200"/>
        <source>No New Recovery Key</source>
        <translation>Pas de nouvelle clé de secours</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="201"/>
        <source>The recovery key stays as it was. %1</source>
        <translation>La clé de secours reste la même. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="220"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="236"/>
        <source>Older Backups</source>
        <translation>Anciennes sauvegardes</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/PrivacyActions.cpp" line="221"/>
        <source>%n backup(s) from before encryption can still be read by anyone who opens them. Delete them now?</source>
        <translation>
            <numerusform>%n sauvegarde d&apos;avant le chiffrement peut encore être lue par quiconque l&apos;ouvre. La supprimer maintenant&#xa0;?</numerusform>
            <numerusform>%n sauvegardes d&apos;avant le chiffrement peuvent encore être lues par quiconque les ouvre. Les supprimer maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="226"/>
        <source>Your journal itself is encrypted either way. On an SSD or a flash drive, the storage may still hold old copies of deleted files for a while, out of Rekindle&apos;s reach; only encrypting the whole disk protects against that.</source>
        <translation>Ton journal lui-même est chiffré dans tous les cas. Sur un SSD ou une clé USB, le support peut encore garder pendant un certain temps d&apos;anciennes copies des fichiers supprimés, hors de portée de Rekindle&#xa0;; seul le chiffrement du disque entier protège contre cela.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="230"/>
        <source>&amp;Delete Them</source>
        <translation>&amp;Les supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="231"/>
        <source>&amp;Keep Them</source>
        <translation>Les &amp;garder</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="32"/>
        <source>&amp;Encrypt With a Passphrase…</source>
        <translation>&amp;Chiffrer avec une phrase secrète…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="36"/>
        <source>&amp;Turn Encryption Off…</source>
        <translation>&amp;Désactiver le chiffrement…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="39"/>
        <source>&amp;Change Passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="42"/>
        <source>New &amp;Recovery Key…</source>
        <translation>Nouvelle clé de &amp;secours…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="48"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="49"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="51"/>
        <source>Lock when the computer &amp;sleeps or the screen locks</source>
        <translation>Verrouiller quand l&apos;ordinateur se met en &amp;veille ou que l&apos;écran se verrouille</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="59"/>
        <source>Your journal is encrypted. Without your passphrase or the recovery key, no one can read it, not even its backups. Rekindle locks it when you step away.</source>
        <translation>Ton journal est chiffré. Sans ta phrase secrète ou la clé de secours, personne ne peut le lire, pas même ses sauvegardes. Rekindle le verrouille quand tu t&apos;éloignes.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="63"/>
        <source>Your journal is not encrypted: anyone who can open its file on this computer, or a backup of it, can read it. A passphrase keeps it for your eyes only.</source>
        <translation>Ton journal n&apos;est pas chiffré&#xa0;: quiconque peut ouvrir son fichier sur cet ordinateur, ou une de ses sauvegardes, peut le lire. Une phrase secrète le garde rien que pour toi.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="89"/>
        <source>Lock after &amp;idle time:</source>
        <translation>Verrouiller après une &amp;inactivité de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="94"/>
        <source>File ▸ Lock Journal (Ctrl+L) locks it at once.</source>
        <translation>Fichier ▸ Verrouiller le journal (Ctrl+L) le verrouille immédiatement.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="108"/>
        <source>Encryption and Lock</source>
        <translation>Chiffrement et verrouillage</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressChart</name>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="54"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="55"/>
        <source>Export as &amp;Image…</source>
        <translation>Exporter en &amp;image…</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="65"/>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="66"/>
        <source>Export %1 as an image</source>
        <translation>Exporter %1 en image</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="87"/>
        <source>%1, as a table</source>
        <translation>%1, en tableau</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="102"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a table</source>
        <translation>Afficher %1 en tableau</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="103"/>
        <source>Read the same data as a table, row by row</source>
        <translation>Lire les mêmes données en tableau, ligne par ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a chart</source>
        <translation>Afficher %1 en graphique</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="213"/>
        <source>This chart could not be read from the journal: %1</source>
        <translation>Ce graphique n&apos;a pas pu être lu dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="425"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="444"/>
        <source>The image could not be saved to %1. Check that you may write there.</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée dans %1. Vérifie que tu as le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="455"/>
        <source>rekindle-%1.png</source>
        <translation>rekindle-%1.png</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="463"/>
        <source>Not Exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="39"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="43"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="48"/>
        <source>Hover over a bar to see what it counts. Progress is a guide, not a grade: moving at your own pace is fine.</source>
        <translation>Survole une barre pour voir ce qu&apos;elle compte. La progression est un repère, pas une note&#xa0;: avancer à ton rythme, c&apos;est très bien.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="55"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="58"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="59"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="60"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="61"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="82"/>
        <source>Progress and charts</source>
        <translation>Progression et graphiques</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="168"/>
        <source>&amp;How is progress worked out?</source>
        <translation>&amp;Comment la progression est-elle calculée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="176"/>
        <source>Each step&apos;s bar is a mix of the things below. Each counts up to its target, and some weigh more than others. Things a step has no data for yet are left out rather than counted against you.</source>
        <translation>La barre de chaque étape combine les éléments ci-dessous. Chacun compte jusqu&apos;à son objectif, et certains pèsent plus que d&apos;autres. Ce qui n&apos;a pas encore de données dans une étape est laissé de côté plutôt que compté contre toi.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="185"/>
        <source>Only what you do yourself counts: never the other person&apos;s replies, how many milestones are reached, or how fast. Days of space count your longest stretch so far, so a later contact never takes away space already given (readiness in step 3 looks at the current stretch). Goal check-ins compare the last 14 days with what your active goals asked for; doing more than planned does not count twice.</source>
        <translation>Seul ce que tu fais toi-même compte&#xa0;: jamais les réponses de l&apos;autre, le nombre de jalons atteints ni la vitesse. Les jours de distance comptent ta plus longue période jusqu&apos;ici, donc un contact ultérieur n&apos;enlève jamais la distance déjà laissée («&#xa0;Le bon moment&#xa0;», à l&apos;étape 3, regarde la période en cours). Les coches d&apos;objectifs comparent les 14 derniers jours avec ce que tes objectifs actifs demandaient&#xa0;; faire plus que prévu ne compte pas double.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptEditorDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="26"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="27"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="28"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="31"/>
        <source>Reflection Questions: %1</source>
        <translation>Questions de réflexion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="34"/>
        <source>These questions are asked, one at a time, when you reflect on this step. Untick a question to hide it; double-click to reword it. A reflection always ends with a question about what you will do next.</source>
        <translation>Ces questions sont posées une à une quand tu réfléchis sur cette étape. Décoche une question pour la masquer&#xa0;; double-clique pour la reformuler. Une réflexion se termine toujours par une question sur ce que tu vas faire ensuite.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="41"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="51"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="56"/>
        <source>Remove one of your own questions (built-in ones can be hidden)</source>
        <translation>Retirer une de tes propres questions (celles d&apos;origine peuvent être masquées)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="57"/>
        <source>Restore &amp;Built-in Questions</source>
        <translation>Rétablir les questions d&apos;&amp;origine</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>New Question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>The question you would like to be asked:</source>
        <translation>La question que tu aimerais qu&apos;on te pose&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="163"/>
        <source>The built-in questions are back. Press OK to keep them.</source>
        <translation>Les questions d&apos;origine sont de retour. Appuie sur OK pour les garder.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="169"/>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptListModel</name>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="35"/>
        <location filename="../app/models/PromptListModel.cpp" line="53"/>
        <source>%1 (hidden)</source>
        <translation>%1 (masquée)</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>A built-in question</source>
        <translation>Une question d&apos;origine</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>Your own question</source>
        <translation>Ta propre question</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="45"/>
        <source>Originally: %1</source>
        <translation>À l&apos;origine&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="47"/>
        <source>Looks forward: a reflection ends on a question like this.</source>
        <translation>Tournée vers l&apos;avenir&#xa0;: une réflexion se termine par une question comme celle-ci.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="49"/>
        <source>Hidden: not asked in reflections.</source>
        <translation>Masquée&#xa0;: n&apos;est pas posée dans les réflexions.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="147"/>
        <source>Choose a question first.</source>
        <translation>Choisis d&apos;abord une question.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="150"/>
        <source>A built-in question cannot be removed: hide it instead.</source>
        <translation>Une question d&apos;origine ne peut pas être retirée&#xa0;: masque-la plutôt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptStore</name>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="45"/>
        <location filename="../app/storage/PromptStore.cpp" line="122"/>
        <source>The reflection questions could not be read.</source>
        <translation>Les questions de réflexion n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="85"/>
        <source>The reflection questions could not be saved.</source>
        <translation>Les questions de réflexion n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="110"/>
        <source>The built-in questions could not be restored.</source>
        <translation>Les questions d&apos;origine n&apos;ont pas pu être rétablies.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReadinessSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="65"/>
        <source>What Rekindle looks at</source>
        <translation>Ce que Rekindle regarde</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="89"/>
        <source>This is information, not a gate: nothing in Rekindle is locked by it, and no one can promise how the other person will respond. The minimum days of space can be changed in Preferences.</source>
        <translation>C&apos;est une information, pas une barrière&#xa0;: rien dans Rekindle n&apos;est bloqué par cela, et personne ne peut promettre comment l&apos;autre réagira. Le nombre minimal de jours de distance peut être changé dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="112"/>
        <source>Ready: you have given space and you are looking after yourself. A light, friendly message is one possible next step, if and when you choose.</source>
        <translation>Le moment peut être venu&#xa0;: tu as laissé de la distance et tu prends soin de toi. Un message léger et amical est une étape possible, si et quand tu le choisis.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="119"/>
        <source>Not now, because of %1.</source>
        <translation>Pas maintenant, à cause de&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="120"/>
        <source>Not yet, because of %1.</source>
        <translation>Pas encore, à cause de&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="132"/>
        <source>✓ met</source>
        <translation>✓ atteint</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="133"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="134"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
</context>
<context>
    <name>Rekindle::RebuildTrustPage</name>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="29"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="31"/>
        <source>Feelings Shared</source>
        <translation>Ressentis partagés</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="33"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="35"/>
        <source>Issues</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="39"/>
        <source>A plan for hard moments, for you alone. Keep it somewhere you can reach quickly; the numbers of support services are under Help ▸ Support and Safety.</source>
        <translation>Un plan pour les moments difficiles, rien que pour toi. Garde-le là où tu peux y accéder vite&#xa0;; les numéros des services de soutien sont dans Aide ▸ Soutien et sécurité.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="41"/>
        <source>&amp;People I trust and can call:</source>
        <translation>Les &amp;personnes de confiance que je peux appeler&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="42"/>
        <source>Names and numbers of people who will help</source>
        <translation>Noms et numéros de personnes qui m&apos;aideront</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="43"/>
        <source>Safe &amp;places I can go to:</source>
        <translation>Des &amp;lieux sûrs où je peux aller&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="44"/>
        <source>A friend&apos;s home, family, a public place open late…</source>
        <translation>Chez des amis, de la famille, un lieu public ouvert tard…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="45"/>
        <source>Important &amp;documents and things to take:</source>
        <translation>Les &amp;documents importants et les choses à emporter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="46"/>
        <source>ID, bank cards, medication, keys, phone charger…</source>
        <translation>Pièce d&apos;identité, cartes bancaires, médicaments, clés, chargeur de téléphone…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="47"/>
        <source>What I will do in an &amp;emergency:</source>
        <translation>Ce que je ferai en cas d&apos;&amp;urgence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="48"/>
        <source>Who I call first, where I go, the emergency number</source>
        <translation>Qui j&apos;appelle en premier, où je vais, le numéro d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="51"/>
        <source>Safety Plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="53"/>
        <source>Closure comes from within. What you write here is for you alone and is never sent.</source>
        <translation>L&apos;apaisement vient de l&apos;intérieur. Ce que tu écris ici est rien que pour toi et n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="54"/>
        <source>A &amp;letter you never send:</source>
        <translation>Une &amp;lettre que tu n&apos;enverras jamais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="55"/>
        <source>Everything you would like to say, without holding back</source>
        <translation>Tout ce que tu aimerais dire, sans te retenir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="56"/>
        <source>What I &amp;learned:</source>
        <translation>Ce que j&apos;ai &amp;appris&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="57"/>
        <source>About myself, about what I need, about what I will not accept</source>
        <translation>Sur moi, sur ce dont j&apos;ai besoin, sur ce que je n&apos;accepterai pas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="60"/>
        <source>Closure</source>
        <translation>Apaisement</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecentMoodModel</name>
    <message>
        <location filename="../app/models/RecentMoodModel.cpp" line="52"/>
        <source>Mood %1 of 10, %2</source>
        <translation>Humeur %1 sur 10, %2</translation>
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
        <translation>Point sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="30"/>
        <source>Readiness</source>
        <translation>Le bon moment</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="37"/>
        <source>Contact Log</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="38"/>
        <source>Meet-ups</source>
        <translation>Rencontres</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectRules</name>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="130"/>
        <source>1 message without a reply</source>
        <translation>1 message sans réponse</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReconnectRules.cpp" line="132"/>
        <source>%n messages in a row without a reply</source>
        <translation>
            <numerusform>%n message d&apos;affilée sans réponse</numerusform>
            <numerusform>%n messages d&apos;affilée sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="173"/>
        <source>There has been abuse, threats or intimidation. Your safety, and theirs, comes first: reaching out could put someone at risk. Please talk to someone you trust or to a support service.</source>
        <translation>Il y a eu des violences, des menaces ou de l&apos;intimidation. Ta sécurité, et celle de l&apos;autre, passent avant tout&#xa0;: reprendre contact pourrait mettre quelqu&apos;un en danger. Parles-en à une personne de confiance ou à un service de soutien.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="178"/>
        <source>They have clearly asked for no contact. Respecting that is an act of care, for them and for you.</source>
        <translation>L&apos;autre a clairement demandé qu&apos;il n&apos;y ait plus de contact. Le respecter est un geste de soin, pour l&apos;autre comme pour toi.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="182"/>
        <source>A legal no-contact order is in place. Contact of any kind could break it and have serious consequences.</source>
        <translation>Une interdiction de contact a été prononcée par la justice. Un contact, quel qu&apos;il soit, pourrait l&apos;enfreindre et avoir de graves conséquences.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="205"/>
        <source>Days of space</source>
        <translation>Jours de distance</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="210"/>
        <source>space not begun</source>
        <translation>distance pas encore commencée</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="211"/>
        <source>Begin space in step 1: time apart lets both of you steady yourselves.</source>
        <translation>Commence la distance à l&apos;étape 1&#xa0;: du temps sans contact vous aide à retrouver votre équilibre.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="217"/>
        <source>%1 days (at least %2)</source>
        <translation>%1 jours (au moins %2)</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="220"/>
        <source>%1 of %2 days</source>
        <translation>%1 jours sur %2</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="224"/>
        <source>You have given real space.</source>
        <translation>Tu as vraiment laissé de la distance.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="226"/>
        <source>Your current stretch of space is still short. More time apart helps both of you steady yourselves.</source>
        <translation>Ta période de distance actuelle est encore courte. Plus de temps sans contact vous aide à retrouver votre équilibre.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="234"/>
        <source>Working on yourself</source>
        <translation>Travailler sur soi</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="238"/>
        <source>no active goals</source>
        <translation>aucun objectif actif</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="239"/>
        <source>Set a goal in step 2: growing for yourself comes first.</source>
        <translation>Fixe-toi un objectif à l&apos;étape 2&#xa0;: grandir pour toi-même passe en premier.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="248"/>
        <source>%1 of %2 goals kept at %3% or more over 14 days</source>
        <translation>%1 objectifs sur %2 tenus à %3&#xa0;% ou plus sur 14 jours</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="254"/>
        <source>You are looking after yourself.</source>
        <translation>Tu prends soin de toi.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="256"/>
        <source>Keeping up one goal for two weeks shows you are steadier.</source>
        <translation>Tenir un objectif pendant deux semaines montre que tu es plus stable.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="263"/>
        <source>Recent mood</source>
        <translation>Humeur récente</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="267"/>
        <source>not enough moods recorded</source>
        <translation>pas assez d&apos;humeurs notées</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="269"/>
        <source>Record a mood with your journal entries to see a trend.</source>
        <translation>Note une humeur avec tes entrées de journal pour voir une tendance.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="273"/>
        <source>%1 in the last two weeks, %2 the two weeks before</source>
        <translation>%1 ces deux dernières semaines, %2 les deux semaines d&apos;avant</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="277"/>
        <source>Your mood is steady or rising.</source>
        <translation>Ton humeur est stable ou en hausse.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="279"/>
        <source>Your mood has dipped lately. Reaching out from a low moment often hurts more than it helps.</source>
        <translation>Ton humeur a baissé ces derniers temps. Reprendre contact dans un moment de creux fait souvent plus de mal que de bien.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="107"/>
        <source>Latest replies</source>
        <translation>Dernières réponses</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="82"/>
        <source>no reply yet</source>
        <comment>the latest reply, in lower case</comment>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="85"/>
        <source>warm</source>
        <comment>the latest reply, in lower case</comment>
        <translation>chaleureuse</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="88"/>
        <source>neutral</source>
        <comment>the latest reply, in lower case</comment>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="91"/>
        <source>cold</source>
        <comment>the latest reply, in lower case</comment>
        <translation>froide</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="94"/>
        <source>asked for space / said no</source>
        <comment>the latest reply, in lower case</comment>
        <translation>a demandé de la distance / a dit non</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="123"/>
        <source>they asked for space</source>
        <translation>l&apos;autre a demandé de la distance</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="124"/>
        <source>Not now: they asked for space or said no, and that deserves to be respected fully.</source>
        <translation>Pas maintenant&#xa0;: l&apos;autre a demandé de la distance ou a dit non, et cela mérite d&apos;être pleinement respecté.</translation>
    </message>
    <message>
        <source>%1 messages in a row without a reply</source>
        <translation type="vanished">%1 messages d&apos;affilée sans réponse</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="134"/>
        <source>Not now: silence is an answer for the moment. Giving space is kinder to both of you than another message.</source>
        <translation>Pas maintenant&#xa0;: le silence est une réponse, pour l&apos;instant. Laisser de la distance est plus doux pour vous deux qu&apos;un nouveau message.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="139"/>
        <source>the latest reply was cold</source>
        <translation>la dernière réponse était froide</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="141"/>
        <source>Not now: a cold reply usually means they need more space. Time apart is kinder to both of you.</source>
        <translation>Pas maintenant&#xa0;: une réponse froide signifie souvent que l&apos;autre a besoin de plus de distance. Du temps sans contact est plus doux pour vous deux.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="147"/>
        <source>Their latest reply did not ask for distance. It promises nothing either way.</source>
        <translation>Sa dernière réponse ne demandait pas de distance. Cela ne promet rien, dans un sens comme dans l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="153"/>
        <source>no replies recorded</source>
        <translation>aucune réponse notée</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="154"/>
        <source>Nothing to go on yet, and that is fine.</source>
        <translation>Rien sur quoi s&apos;appuyer pour l&apos;instant, et c&apos;est très bien ainsi.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="292"/>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="39"/>
        <source>Your safety</source>
        <translation>Ta sécurité</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="293"/>
        <source>Their no</source>
        <translation>Son non</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="295"/>
        <source>safety comes first</source>
        <translation>la sécurité passe en premier</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="296"/>
        <source>a no was recorded</source>
        <translation>un non a été noté</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="298"/>
        <source>Not now: with safety at stake, Rekindle does not suggest reaching out. Support services are listed under Help.</source>
        <translation>Pas maintenant&#xa0;: quand la sécurité est en jeu, Rekindle ne propose pas de reprendre contact. Les services de soutien sont listés dans le menu Aide.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="301"/>
        <source>Not now: they have said no. Respecting it is the kindest thing, for them and for you.</source>
        <translation>Pas maintenant&#xa0;: l&apos;autre a dit non. Le respecter est ce qu&apos;il y a de plus bienveillant, pour l&apos;autre comme pour toi.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="26"/>
        <source>days of space</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>les jours de distance</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="29"/>
        <source>working on yourself</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>le travail sur soi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="32"/>
        <source>recent mood</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>l&apos;humeur récente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="35"/>
        <source>latest replies</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>les dernières réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="40"/>
        <source>your safety</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>ta sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="42"/>
        <source>their no</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>son refus</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectStore</name>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="70"/>
        <source>This meet-up is no longer in the journal.</source>
        <translation>Cette rencontre n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="97"/>
        <source>The meet-up could not be saved.</source>
        <translation>La rencontre n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="104"/>
        <source>Your changes to the meet-up could not be saved.</source>
        <translation>Tes modifications de la rencontre n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="125"/>
        <source>The meet-up could not be removed.</source>
        <translation>La rencontre n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="134"/>
        <source>The meet-up could not be read.</source>
        <translation>La rencontre n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="145"/>
        <source>The replies recorded could not be read.</source>
        <translation>Les réponses notées n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="156"/>
        <source>The meet-ups could not be read.</source>
        <translation>Les rencontres n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="166"/>
        <source>Your phrases could not be read.</source>
        <translation>Tes expressions n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="188"/>
        <source>The phrase could not be added.</source>
        <translation>L&apos;expression n&apos;a pas pu être ajoutée.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="212"/>
        <source>The phrase could not be removed.</source>
        <translation>L&apos;expression n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="214"/>
        <source>This phrase is no longer in the journal.</source>
        <translation>Cette expression n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="244"/>
        <source>The moods could not be read.</source>
        <translation>Les humeurs n&apos;ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordKinds</name>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="102"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="127"/>
        <source>My part</source>
        <translation>Ma part</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="151"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="174"/>
        <source>Goal check-ins</source>
        <translation>Coches d&apos;objectifs</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="192"/>
        <source>Contact</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="220"/>
        <source>Urges to reach out</source>
        <translation>Envies de reprendre contact</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="238"/>
        <source>Unsent messages</source>
        <translation>Messages non envoyés</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="257"/>
        <source>Small wins</source>
        <translation>Petites victoires</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="274"/>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="297"/>
        <source>Reflection answers</source>
        <translation>Réponses aux réflexions</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="314"/>
        <source>Reflection prompts</source>
        <translation>Questions de réflexion</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="334"/>
        <source>Mood check-ins</source>
        <translation>Points d&apos;humeur</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="358"/>
        <source>Meet-ups</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="382"/>
        <source>Phrases to check in messages</source>
        <translation>Expressions à vérifier dans les messages</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="399"/>
        <source>Feelings shared</source>
        <translation>Ressentis partagés</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="418"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="441"/>
        <source>Issues</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="462"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordListPanel</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="29"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="53"/>
        <source>Double-click a cell to change it.</source>
        <translation>Double-clique sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Supprimer</translation>
    </message>
    <message>
        <source>Delete this record from your journal? This cannot be undone.</source>
        <translation type="vanished">Supprimer cet enregistrement de ton journal&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordModel</name>
    <message>
        <location filename="../app/models/RecordModel.cpp" line="20"/>
        <source>This list does not remove its rows.</source>
        <translation>Cette liste ne retire pas ses lignes.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordViewDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="23"/>
        <source>Kept in Your Journal</source>
        <translation>Gardé dans ton journal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="38"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="44"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryKey</name>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="135"/>
        <source>&quot;%1&quot; is not in any recovery key. A recovery key has the digits and the letters A to Z without U.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure dans aucune clé de secours. Une clé de secours contient des chiffres et les lettres de A à Z, sans le U.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="141"/>
        <source>A recovery key has %1 characters in %2 groups; this one has %3.</source>
        <translation>Une clé de secours compte %1 caractères en %2 groupes&#xa0;; celle-ci en a %3.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="148"/>
        <source>This recovery key has a typo, probably in group %1. Compare it with the one you saved.</source>
        <translation>Cette clé de secours contient une faute de frappe, probablement dans le groupe %1. Compare-la avec celle que tu as gardée.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="151"/>
        <location filename="../app/crypto/RecoveryKey.cpp" line="157"/>
        <source>This recovery key has a typo. Compare each group with the one you saved.</source>
        <translation>Cette clé de secours contient une faute de frappe. Compare chaque groupe avec celle que tu as gardée.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryKeyDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="32"/>
        <source>If you ever forget your passphrase, this recovery key opens your journal. Rekindle shows it only this once and keeps no copy. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has it can read your journal.</source>
        <translation>Si tu oublies un jour ta phrase secrète, cette clé de secours ouvre ton journal. Rekindle ne l&apos;affiche que cette fois et n&apos;en garde aucune copie. Imprime-la ou note-la, et garde-la en lieu sûr, loin de cet ordinateur&#xa0;: quiconque la possède peut lire ton journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="44"/>
        <source>I have &amp;kept it somewhere safe</source>
        <translation>Je l&apos;ai &amp;gardée en lieu sûr</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="49"/>
        <source>Your Recovery Key</source>
        <translation>Ta clé de secours</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="61"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="68"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="113"/>
        <source>This key is shown only once. Please print it, save it or write it down, then tick “I have kept it somewhere safe”.</source>
        <translation>Cette clé n&apos;est affichée qu&apos;une fois. Imprime-la, enregistre-la ou note-la, puis coche «&#xa0;Je l&apos;ai gardée en lieu sûr&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="131"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="166"/>
        <source>Rekindle recovery key</source>
        <translation>Clé de secours Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="133"/>
        <source>Made on %1.</source>
        <translation>Créée le %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="143"/>
        <source>Print the Recovery Key</source>
        <translation>Imprimer la clé de secours</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="152"/>
        <source>Save the Recovery Key as PDF</source>
        <translation>Enregistrer la clé de secours en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="156"/>
        <source>Saved. Keep the file away from this computer, for example printed or on a USB stick, and delete the copy here.</source>
        <translation>Enregistré. Garde le fichier loin de cet ordinateur, par exemple imprimé ou sur une clé USB, et supprime la copie qui est ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="170"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryWindow</name>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="33"/>
        <source>&amp;Restore Selected Backup…</source>
        <translation>&amp;Restaurer la sauvegarde sélectionnée…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="36"/>
        <source>Rekindle — Recover the Journal</source>
        <translation>Rekindle — Récupérer le journal</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="38"/>
        <source>Your journal needs attention</source>
        <translation>Ton journal a besoin d&apos;attention</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="50"/>
        <source>Nothing has been deleted. The journal file stays as it is until you choose what to do; a restore keeps it in the folder “damaged” beside the journal.</source>
        <translation>Rien n&apos;a été supprimé. Le fichier du journal reste tel quel jusqu&apos;à ce que tu choisisses quoi faire&#xa0;; une restauration le conserve dans le dossier «&#xa0;damaged&#xa0;», à côté du journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="55"/>
        <source>Journal folder: %1</source>
        <translation>Dossier du journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="56"/>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="64"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="71"/>
        <source>&amp;Save What Can Be Read…</source>
        <translation>&amp;Enregistrer ce qui est lisible…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="73"/>
        <source>Write every record that can still be read to a JSON export</source>
        <translation>Écrire dans un export JSON chaque enregistrement encore lisible</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="74"/>
        <source>Open &amp;Another Folder…</source>
        <translation>Ouvrir un &amp;autre dossier…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="121"/>
        <source>No backups were found in this journal folder.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée dans ce dossier de journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="140"/>
        <source>Restore from a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="141"/>
        <source>Bring the journal back to the backup of %1?</source>
        <translation>Ramener le journal à la sauvegarde du %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="144"/>
        <source>What was written after it is not in the backup. The journal as it is now is kept in the folder “damaged”.</source>
        <translation>Ce qui a été écrit après n&apos;est pas dans la sauvegarde. Le journal actuel est conservé dans le dossier «&#xa0;damaged&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="146"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="163"/>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="164"/>
        <source>The backup was restored. The damaged journal is kept in %1.</source>
        <translation>La sauvegarde a été restaurée. Le journal endommagé est conservé dans %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="173"/>
        <source>Save What Can Be Read</source>
        <translation>Enregistrer ce qui est lisible</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="174"/>
        <source>Rekindle export (*.json)</source>
        <translation>Export Rekindle (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RecoveryWindow.cpp" line="188"/>
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n enregistrement sauvegardé dans %1.</numerusform>
            <numerusform>%n enregistrements sauvegardés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="192"/>
        <source>These could not be read whole, so some of them may be missing: %1.</source>
        <translation>Ceux-ci n&apos;ont pas pu être lus en entier, certains éléments manquent donc peut-être&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="200"/>
        <source>Open Another Folder</source>
        <translation>Ouvrir un autre dossier</translation>
    </message>
</context>
<context>
    <name>Rekindle::Reflection</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="34"/>
        <source>This reflection has too many questions to save.</source>
        <translation>Cette réflexion a trop de questions pour être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="38"/>
        <source>One answer is too long to save. Shorten it, or move part of it into a journal entry.</source>
        <translation>Une réponse est trop longue pour être enregistrée. Raccourcis-la, ou déplace-en une partie dans une entrée du journal.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Thought record</source>
        <translation>Fiche de pensées</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="38"/>
        <source>Go to the &amp;Last Question</source>
        <translation>Aller à la &amp;dernière question</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="42"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="43"/>
        <source>&amp;Skip</source>
        <translation>Pass&amp;er</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="44"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="45"/>
        <source>Save for &amp;Later</source>
        <translation>Garder pour p&amp;lus tard</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="63"/>
        <source>Carrying on with the reflection you started %1.</source>
        <translation>Tu reprends la réflexion commencée le %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="69"/>
        <source>Your reflection of %1. Changes are saved as you type.</source>
        <translation>Ta réflexion du %1. Les modifications sont enregistrées au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="90"/>
        <source>Progress through the questions</source>
        <translation>Avancement dans les questions</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="92"/>
        <source>Keep it short: a few honest sentences are plenty. Looking back helps most in small doses, and the last question looks ahead.</source>
        <translation>Fais court&#xa0;: quelques phrases honnêtes suffisent largement. Regarder en arrière aide surtout à petites doses, et la dernière question regarde vers l&apos;avant.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="101"/>
        <source>You have given this real thought. When you are ready, it may help to wrap up with the last question: what you will do next.</source>
        <translation>Tu as déjà beaucoup réfléchi. Quand tu le sens, tu peux conclure avec la dernière question&#xa0;: ce que tu vas faire ensuite.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="121"/>
        <source>Write as much or as little as you like.</source>
        <translation>Écris autant ou aussi peu que tu veux.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="128"/>
        <source>Leave this question unanswered and go on</source>
        <translation>Laisser cette question sans réponse et continuer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="132"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Next question (%1)</source>
        <translation>Question suivante (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Save this reflection (%1)</source>
        <translation>Enregistrer cette réflexion (%1)</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Return)</source>
        <translation type="vanished">Question suivante (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="135"/>
        <source>Your answers are kept; carry on whenever you like</source>
        <translation>Tes réponses sont gardées&#xa0;; reprends quand tu veux</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="195"/>
        <source>Reflect: %1</source>
        <translation>Réfléchir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="232"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Save this reflection (Ctrl+Return)</source>
        <translation type="vanished">Enregistrer cette réflexion (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="317"/>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="318"/>
        <source>Your answers could not be saved. If you close now, they will be lost. Close anyway?</source>
        <translation>Tes réponses n&apos;ont pas pu être enregistrées. Si tu fermes maintenant, elles seront perdues. Fermer quand même&#xa0;?</translation>
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
            <numerusform>%1 — %2 (brouillon, %n réponse)</numerusform>
            <numerusform>%1 — %2 (brouillon, %n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="59"/>
        <source>%1, written %2</source>
        <translation>%1, écrite le %2</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="62"/>
        <source>Unfinished thought record, started %1: open it to carry on</source>
        <translation>Fiche de pensées inachevée, commencée le %1&#xa0;: ouvre-la pour continuer</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="63"/>
        <source>Unfinished reflection, started %1: open it to carry on</source>
        <translation>Réflexion inachevée, commencée le %1&#xa0;: ouvre-la pour continuer</translation>
    </message>
    <message>
        <source>Unfinished %1, started %2: open it to carry on</source>
        <translation type="vanished">%1 inachevée, commencée le %2&#xa0;: ouvre-la pour continuer</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionPrompts</name>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="398"/>
        <source>Write the question you would like to be asked.</source>
        <translation>Écris la question que tu aimerais qu&apos;on te pose.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReflectionPrompts.cpp" line="401"/>
        <source>Keep the question under %n characters.</source>
        <translation>
            <numerusform>Garde la question sous %n caractère.</numerusform>
            <numerusform>Garde la question sous %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="39"/>
        <source>In a few sentences: why do you think it ended?</source>
        <translation>En quelques phrases&#xa0;: pourquoi penses-tu que c&apos;est fini&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="43"/>
        <source>What could you have done differently?</source>
        <translation>Qu&apos;aurais-tu pu faire autrement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="47"/>
        <source>Which of your own habits or behaviours would you like to change?</source>
        <translation>Quelles habitudes ou quels comportements à toi aimerais-tu changer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="51"/>
        <source>What would you say to a friend who went through the same thing?</source>
        <translation>Que dirais-tu à une amie ou un ami qui vivrait la même chose&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="55"/>
        <source>What does giving each other space look like for you this week?</source>
        <translation>À quoi ressemble, pour toi, le fait de vous laisser de la distance cette semaine&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="59"/>
        <source>What is one small, kind thing you will do for yourself tomorrow?</source>
        <translation>Quelle petite chose bienveillante vas-tu faire pour toi demain&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="64"/>
        <source>Which part of yourself would you like to grow in right now?</source>
        <translation>Dans quelle partie de toi aimerais-tu grandir en ce moment&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="68"/>
        <source>How did you move your body this week, and how did it feel?</source>
        <translation>Comment as-tu bougé ton corps cette semaine, et qu&apos;as-tu ressenti&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="72"/>
        <source>What new thing are you curious to try or learn?</source>
        <translation>Quelle nouveauté as-tu envie d&apos;essayer ou d&apos;apprendre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="76"/>
        <source>What weighs on you that a professional or a trusted friend could help with?</source>
        <translation>Qu&apos;est-ce qui te pèse et avec quoi un professionnel ou une personne de confiance pourrait t&apos;aider&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="80"/>
        <source>What are you proud of from the past few days?</source>
        <translation>Qu&apos;est-ce qui te donne de la fierté, ces derniers jours&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="84"/>
        <source>What is one step for your own growth you will take this week?</source>
        <translation>Quel pas vas-tu faire cette semaine pour ta propre évolution&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="89"/>
        <source>Would reaching out be safe and welcome, and do you feel steady? What tells you so?</source>
        <translation>Reprendre contact serait-il sûr et bienvenu, et te sens-tu stable&#xa0;? Qu&apos;est-ce qui te le dit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="94"/>
        <source>What do you hope a first, light message would bring?</source>
        <translation>Qu&apos;espères-tu qu&apos;un premier message léger apporte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="98"/>
        <source>What is something positive or friendly you could share?</source>
        <translation>Qu&apos;est-ce que tu pourrais partager de positif ou d&apos;amical&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="102"/>
        <source>Which heavy topics or parts of the past will you leave for later?</source>
        <translation>Quels sujets lourds ou quelles parties du passé vas-tu laisser pour plus tard&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="106"/>
        <source>How will you take it if they do not answer, or answer briefly?</source>
        <translation>Comment le vivras-tu si l&apos;autre ne répond pas, ou répond brièvement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="110"/>
        <source>What is the next small, low-pressure step for you, whether or not it involves them?</source>
        <translation>Quel est pour toi le prochain petit pas, sans pression, que l&apos;autre y soit mêlé ou non&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="116"/>
        <source>Where were you open and honest about how you feel lately?</source>
        <translation>Quand as-tu parlé ouvertement et honnêtement de ce que tu ressens, ces derniers temps&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="120"/>
        <source>Which promises did you keep, and which were hard to keep?</source>
        <translation>Quelles promesses as-tu tenues, et lesquelles ont été difficiles à tenir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="124"/>
        <source>Did anything you did give reason for doubt? What would you change?</source>
        <translation>Est-ce que quelque chose que tu as fait a pu semer le doute&#xa0;? Que changerais-tu&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="128"/>
        <source>Is there an issue you would like to face together? How could you raise it gently?</source>
        <translation>Y a-t-il un sujet que tu aimerais aborder ensemble&#xa0;? Comment pourrais-tu l&apos;amener en douceur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="133"/>
        <source>When did you really listen this week?</source>
        <translation>Quand as-tu vraiment écouté, cette semaine&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="137"/>
        <source>What small, reliable thing will you do this week to show you are committed?</source>
        <translation>Quelle petite chose fiable vas-tu faire cette semaine pour montrer ton engagement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="142"/>
        <source>Does the pace feel right to you? Where do you feel pressure to speed up?</source>
        <translation>Le rythme te semble-t-il juste&#xa0;? Où sens-tu une pression pour accélérer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="146"/>
        <source>What makes the foundation between you feel stronger lately?</source>
        <translation>Qu&apos;est-ce qui rend les fondations entre vous plus solides ces derniers temps&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="150"/>
        <source>What did you enjoy together without needing it to mean more?</source>
        <translation>Qu&apos;avez-vous apprécié ensemble, sans avoir besoin que ça signifie davantage&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="154"/>
        <source>Whatever the outcome, what have you gained for yourself?</source>
        <translation>Quelle que soit l&apos;issue, qu&apos;as-tu gagné pour toi-même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="158"/>
        <source>How can you be patient with yourself and with them this month?</source>
        <translation>Comment peux-tu faire preuve de patience envers toi-même et envers l&apos;autre ce mois-ci&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="162"/>
        <source>What is one unhurried thing you would like to do next?</source>
        <translation>Quelle chose sans hâte aimerais-tu faire ensuite&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="168"/>
        <source>What does honouring their no look like for you, day to day?</source>
        <translation>Au quotidien, à quoi ressemble pour toi le respect de son non&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="172"/>
        <source>When the longing comes, what helps you let it pass gently?</source>
        <translation>Quand le manque arrive, qu&apos;est-ce qui t&apos;aide à le laisser passer en douceur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="176"/>
        <source>What are you feeling now that it is clear, and what do you need?</source>
        <translation>Que ressens-tu maintenant que c&apos;est clair, et de quoi as-tu besoin&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="180"/>
        <source>Who in your life can you lean on while it hurts?</source>
        <translation>Sur qui peux-tu t&apos;appuyer dans ta vie pendant que ça fait mal&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="184"/>
        <source>What is one thing you will do this week just for yourself?</source>
        <translation>Quelle chose vas-tu faire cette semaine rien que pour toi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="189"/>
        <source>Where, and with whom, do you feel safe?</source>
        <translation>Où, et avec qui, te sens-tu en sécurité&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="193"/>
        <source>Who could you tell about what happened, so that you are not alone with it?</source>
        <translation>À qui pourrais-tu raconter ce qui s&apos;est passé, pour ne pas porter ça en solitaire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="197"/>
        <source>What helps you feel calm and steady when you are afraid?</source>
        <translation>Qu&apos;est-ce qui t&apos;aide à te sentir calme et stable quand tu as peur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="201"/>
        <source>Which support service or professional would you like to talk to?</source>
        <translation>À quel service de soutien ou à quel professionnel aimerais-tu parler&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="205"/>
        <source>What is one step you will take this week to keep yourself safe?</source>
        <translation>Quel pas vas-tu faire cette semaine pour te mettre en sécurité&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="210"/>
        <source>If you wrote a letter you will never send, what would it say?</source>
        <translation>Si tu écrivais une lettre que tu n&apos;enverras jamais, que dirait-elle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="214"/>
        <source>What have you learned about yourself and about what you need?</source>
        <translation>Qu&apos;as-tu appris sur toi et sur ce dont tu as besoin&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="218"/>
        <source>What are you ready to let go of, and what will you keep?</source>
        <translation>De quoi te sens-tu capable de te détacher, et que vas-tu garder&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="222"/>
        <source>What would help you feel safer? Is there something to add to your safety plan?</source>
        <translation>Qu&apos;est-ce qui t&apos;aiderait à te sentir plus en sécurité&#xa0;? Y a-t-il quelque chose à ajouter à ton plan de sécurité&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="227"/>
        <source>What would you say to a friend who came out of the same relationship?</source>
        <translation>Que dirais-tu à une amie ou un ami qui sortirait de la même relation&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="231"/>
        <source>What is one kind thing you will do this week that is only for you?</source>
        <translation>Quelle chose bienveillante vas-tu faire cette semaine, rien que pour toi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="236"/>
        <source>What do you want in your next relationship, and what will you not accept?</source>
        <translation>Que veux-tu dans ta prochaine relation, et que n&apos;accepteras-tu pas&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="240"/>
        <source>What are you looking forward to in your own life?</source>
        <translation>Qu&apos;attends-tu avec envie dans ta propre vie&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="244"/>
        <source>Which parts of you grew stronger through all this?</source>
        <translation>Quelles parties de toi sont sorties plus fortes de tout cela&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="248"/>
        <source>How can you be patient with yourself while you heal?</source>
        <translation>Comment peux-tu faire preuve de patience envers toi-même pendant que tu guéris&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="252"/>
        <source>What is one next step toward the life you want?</source>
        <translation>Quel est le prochain pas vers la vie que tu veux&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionStore</name>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="198"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="236"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="307"/>
        <source>The reflection could not be read.</source>
        <translation>La réflexion n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="152"/>
        <source>The reflection could not be saved.</source>
        <translation>La réflexion n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="175"/>
        <source>Your reflection could not be saved.</source>
        <translation>Ta réflexion n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="193"/>
        <source>The reflection could not be deleted.</source>
        <translation>La réflexion n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="253"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="316"/>
        <source>The reflections could not be read.</source>
        <translation>Les réflexions n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="335"/>
        <source>The reflections could not be counted.</source>
        <translation>Les réflexions n&apos;ont pas pu être comptées.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionsPanel</name>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="37"/>
        <source>(not answered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="48"/>
        <source>&amp;Questions…</source>
        <translation>&amp;Questions…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="54"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="58"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Réfléchir…</translation>
    </message>
    <message>
        <source>Answer a few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Répondre à quelques questions sur cette étape, une à une (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="60"/>
        <source>Answer a few questions about this step, one at a time (%1)</source>
        <translation>Répondre à quelques questions sur cette étape, une à une (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="62"/>
        <source>&amp;Thought Record…</source>
        <translation>&amp;Fiche de pensées…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="64"/>
        <source>Look at a painful thought from the outside</source>
        <translation>Regarder une pensée douloureuse avec du recul</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="67"/>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="220"/>
        <source>Add, reword, reorder or hide this step&apos;s questions</source>
        <translation>Ajouter, reformuler, réordonner ou masquer les questions de cette étape</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="69"/>
        <source>Carry on with, or edit, the selected reflection</source>
        <translation>Reprendre ou modifier la réflexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="73"/>
        <source>Reflections, newest first</source>
        <translation>Réflexions, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="80"/>
        <source>The selected reflection</source>
        <translation>La réflexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="100"/>
        <source>No reflections yet. Reflecting now and then, briefly, helps to see the way forward. Press Reflect… (Ctrl+R) to begin.</source>
        <translation>Pas encore de réflexion. Réfléchir de temps en temps, brièvement, aide à voir le chemin. Appuie sur «&#xa0;Réfléchir…&#xa0;» (Ctrl+R) pour commencer.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="189"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="195"/>
        <source>Not finished yet. Press Open to carry on.</source>
        <translation>Pas encore terminée. Appuie sur «&#xa0;Ouvrir&#xa0;» pour reprendre.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="221"/>
        <source>On this path the step asks its own questions, about looking after yourself and moving on. Your own questions are kept for when you change your answers back.</source>
        <translation>Sur ce chemin, l&apos;étape pose ses propres questions, sur le soin de soi et le fait de tourner la page. Tes propres questions sont gardées pour le jour où tu changerais tes réponses.</translation>
    </message>
    <message>
        <source>Delete Reflection</source>
        <translation type="vanished">Supprimer la réflexion</translation>
    </message>
    <message>
        <source>Delete this reflection? This cannot be undone.</source>
        <translation type="vanished">Supprimer cette réflexion&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="314"/>
        <source>Not Deleted</source>
        <translation>Non supprimée</translation>
    </message>
</context>
<context>
    <name>Rekindle::RestoreDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="24"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="94"/>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="110"/>
        <source>Restore from a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="29"/>
        <source>Rekindle keeps a copy of your journal each day you use it. Restoring one brings the journal back to that day; the journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Rekindle garde une copie de ton journal chaque jour où tu l&apos;utilises. En restaurer une ramène le journal à ce jour-là&#xa0;; le journal actuel est d&apos;abord conservé en sauvegarde, donc rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="41"/>
        <source>Backups are kept in %1.</source>
        <translation>Les sauvegardes sont gardées dans %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="71"/>
        <source>There are no backups yet. Rekindle makes the first one shortly after it starts.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde. Rekindle fait la première peu après son démarrage.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="95"/>
        <source>Bring the journal back to how it was on %1?</source>
        <translation>Ramener le journal à son état du %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="98"/>
        <source>What you wrote since then will be replaced. The journal as it is now is kept as a backup first, so you can come back to it.</source>
        <translation>Ce que tu as écrit depuis sera remplacé. Le journal actuel est d&apos;abord conservé en sauvegarde, pour que tu puisses y revenir.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="101"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetyGate</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="26"/>
        <source>Open the Safety &amp;Check</source>
        <translation>Ouvrir le &amp;point sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="59"/>
        <source>They have said no, or did not want to meet, and that deserves to be respected fully. The tools for reaching out are put away.

If you recorded a reply by mistake, you can review it in the safety check and change it; only you can.</source>
        <translation>L&apos;autre a dit non, ou n&apos;a pas voulu se voir, et cela mérite d&apos;être pleinement respecté. Les outils pour reprendre contact sont rangés.

Si tu as noté une réponse par erreur, tu peux la revoir dans le point sécurité et la changer&#xa0;; il n&apos;y a que toi qui puisses le faire.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="64"/>
        <source>Please answer the short safety check first. It takes a moment, and it makes sure that reaching out is safe and welcome.</source>
        <translation>Réponds d&apos;abord au court point sécurité. Cela prend un instant, et permet de s&apos;assurer que reprendre contact est sûr et bienvenu.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="67"/>
        <source>Reaching out is not advised, because of what you said in the safety check:

%1

Steps 1 and 2 are still here for you, and moving on is a full, respected outcome. Support services are listed under Help ▸ Support and Safety. Only you can change your answers, at any time.</source>
        <translation>Reprendre contact n&apos;est pas conseillé, à cause de ce que tu as indiqué dans le point sécurité&#xa0;:

%1

Les étapes 1 et 2 sont toujours là pour toi, et tourner la page est une issue à part entière, pleinement respectée. Les services de soutien sont listés dans Aide ▸ Soutien et sécurité. Il n&apos;y a que toi qui puisses changer tes réponses, à tout moment.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetySection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="26"/>
        <source>Someone in this relationship has been &amp;abusive, threatening or intimidating.</source>
        <translation>Quelqu&apos;un dans cette relation a été &amp;violent, menaçant ou intimidant.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="27"/>
        <source>They have clearly asked me for &amp;no contact.</source>
        <translation>L&apos;autre m&apos;a clairement demandé de ne plus avoir aucun &amp;contact.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="28"/>
        <source>There is a &amp;legal no-contact order.</source>
        <translation>Il existe une &amp;interdiction de contact prononcée par la justice.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="29"/>
        <source>&amp;Save My Answers</source>
        <translation>&amp;Enregistrer mes réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="33"/>
        <source>I Have &amp;Moved On</source>
        <translation>J&apos;ai &amp;tourné la page</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="35"/>
        <source>&amp;Review What I Recorded</source>
        <translation>&amp;Revoir ce que j&apos;ai noté</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="57"/>
        <source>Open the contact log and meet-ups to change a reply or a meet-up recorded by mistake</source>
        <translation>Ouvrir les contacts et les rencontres pour changer une réponse ou une rencontre notée par erreur</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="60"/>
        <source>Before anything else, a short check. Reaching out is only right when it is safe and welcome. Tick what is true; leave the rest. Your answers stay in your journal and you can change them at any time.</source>
        <translation>Avant toute chose, une courte vérification. Reprendre contact n&apos;est juste que si c&apos;est sûr et bienvenu. Coche ce qui est vrai&#xa0;; laisse le reste. Tes réponses restent dans ton journal et tu peux les changer à tout moment.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="66"/>
        <source>Safety check</source>
        <translation>Point sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="76"/>
        <source>Reaching out is not advised</source>
        <translation>Reprendre contact n&apos;est pas conseillé</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="80"/>
        <source>This is not a judgement of you. Steps 1 and 2, giving space and working on yourself, are still yours, and they matter. Moving on is a full and respected outcome: your journal stays as it is.</source>
        <translation>Ce n&apos;est pas un jugement sur toi. Les étapes 1 et 2, laisser de la distance et travailler sur soi, t&apos;appartiennent toujours, et elles comptent. Tourner la page est une issue à part entière, pleinement respectée&#xa0;: ton journal reste tel qu&apos;il est.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="137"/>
        <source>Saved. You have changed your answers, and that is yours to decide. Steps 3 to 5 follow your new answers. If anything ever feels unsafe or unwelcome again, tick it here: the journey changes with it at once.</source>
        <translation>Enregistré. Tu as changé tes réponses, et c&apos;est à toi d&apos;en décider. Les étapes 3 à 5 suivent tes nouvelles réponses. Si quelque chose te semble de nouveau dangereux ou malvenu, coche-le ici&#xa0;: le parcours change aussitôt avec.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="143"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="165"/>
        <source>If you recorded a reply or a meet-up by mistake, you can review it and change it; only you can. Steps 1 and 2 are still here for you, and moving on is a full, respected outcome.</source>
        <translation>Si tu as noté une réponse ou une rencontre par erreur, tu peux la revoir et la changer&#xa0;; il n&apos;y a que toi qui puisses le faire. Les étapes 1 et 2 sont toujours là pour toi, et tourner la page est une issue à part entière, pleinement respectée.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="188"/>
        <source>Not answered yet. Once you have saved your answers, step 3 follows them.</source>
        <translation>Pas encore de réponse. Une fois tes réponses enregistrées, l&apos;étape 3 les suit.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="191"/>
        <source>Answered on %1.</source>
        <translation>Réponses données le %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="193"/>
        <source>Answered on %1. Nothing in your answers stands against a light, friendly message, if and when you choose one.</source>
        <translation>Réponses données le %1. Rien dans tes réponses ne s&apos;oppose à un message léger et amical, si et quand tu choisis d&apos;en envoyer un.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sax</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="217"/>
        <source>the file ends too early</source>
        <translation>le fichier se termine trop tôt</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="219"/>
        <source>a number is too large</source>
        <translation>un nombre est trop grand</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="221"/>
        <source>something that is not JSON, or text that is not UTF-8</source>
        <translation>quelque chose qui n&apos;est pas du JSON, ou du texte qui n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="223"/>
        <source>a broken escape in a text</source>
        <translation>un échappement incorrect dans un texte</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="224"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>Le fichier n&apos;est pas un export Rekindle lisible&#xa0;: %1 à la ligne %2, colonne %3. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SealingCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="62"/>
        <source>It is not encrypted, so it was not written by Rekindle.</source>
        <translation>Il n&apos;est pas chiffré&#xa0;: il n&apos;a donc pas été écrit par Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="67"/>
        <source>It is damaged.</source>
        <translation>Il est endommagé.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchBar</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="vanished">Rechercher dans le journal (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="42"/>
        <source>Search the journal (%1)</source>
        <translation>Rechercher dans le journal (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="44"/>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="69"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="155"/>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="157"/>
        <source>The newest %1 matches</source>
        <translation>Les %1 résultats les plus récents</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="159"/>
        <source>Matches: %1, newest first</source>
        <translation>Résultats&#xa0;: %1, du plus récent au plus ancien</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchIndexBuilder</name>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="171"/>
        <source>The search index could not be built.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être construit.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchProjection</name>
    <message>
        <location filename="../app/storage/SearchProjection.cpp" line="93"/>
        <location filename="../app/storage/SearchProjection.cpp" line="177"/>
        <location filename="../app/storage/SearchProjection.cpp" line="196"/>
        <source>The search index could not be built.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être construit.</translation>
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
        <translation>Préparation de la recherche… %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="129"/>
        <source>Show more results…</source>
        <translation>Afficher plus de résultats…</translation>
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="144"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
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
        <translation>L&apos;index de recherche n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchSnapshot.cpp" line="134"/>
        <source>The saved search index cannot be used; it is built again.</source>
        <translation>L&apos;index de recherche enregistré est inutilisable&#xa0;; il est reconstruit.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchStore</name>
    <message>
        <location filename="../app/storage/SearchStore.cpp" line="54"/>
        <source>The search could not be run.</source>
        <translation>La recherche n&apos;a pas pu être lancée.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SecretBytes</name>
    <message>
        <location filename="../app/crypto/SecretBytes.cpp" line="77"/>
        <location filename="../app/crypto/SecretBytes.cpp" line="83"/>
        <source>Rekindle could not reserve memory for a key.</source>
        <translation>Rekindle n&apos;a pas pu réserver de mémoire pour une clé.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SettingsStore</name>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="39"/>
        <source>The journal&apos;s settings could not be read.</source>
        <translation>Les réglages du journal n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="52"/>
        <location filename="../app/storage/SettingsStore.cpp" line="132"/>
        <location filename="../app/storage/SettingsStore.cpp" line="157"/>
        <source>The setting could not be saved.</source>
        <translation>Le réglage n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="96"/>
        <source>The breakup date cannot be in the future. Choose today or an earlier day.</source>
        <translation>La date de la rupture ne peut pas être dans le futur. Choisis aujourd&apos;hui ou un jour passé.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="110"/>
        <source>Space can only have begun today or earlier. Choose another day.</source>
        <translation>La distance ne peut avoir commencé qu&apos;aujourd&apos;hui ou avant. Choisis un autre jour.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="128"/>
        <source>Choose limits between %1 and %2.</source>
        <translation>Choisis des limites entre %1 et %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="202"/>
        <source>Choose between %1 and %2 days of space.</source>
        <translation>Choisis entre %1 et %2 jours de distance.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="217"/>
        <source>Choose a gap between %1 and %2 days.</source>
        <translation>Choisis un écart entre %1 et %2 jours.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="248"/>
        <source>This text is too long to keep (at most %1 characters).</source>
        <translation>Ce texte est trop long pour être gardé (%1 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWin</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="63"/>
        <source>Write what you did, even if it seems small.</source>
        <translation>Écris ce que tu as fait, même si ça te paraît petit.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="65"/>
        <source>Keep it short: under %1 characters.</source>
        <translation>Fais court&#xa0;: moins de %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="67"/>
        <source>Choose the day of the win.</source>
        <translation>Choisis le jour de la victoire.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="69"/>
        <source>A win is something already done: choose today or an earlier day.</source>
        <translation>Une victoire, c&apos;est quelque chose de déjà fait&#xa0;: choisis aujourd&apos;hui ou un jour passé.</translation>
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
        <translation>Choisis d&apos;abord une victoire.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinStore</name>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="49"/>
        <source>The win could not be saved.</source>
        <translation>La victoire n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="55"/>
        <source>The win could not be removed.</source>
        <translation>La victoire n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="56"/>
        <location filename="../app/storage/SmallWinStore.cpp" line="63"/>
        <source>This win is no longer in the journal.</source>
        <translation>Cette victoire n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="62"/>
        <source>The win could not be read.</source>
        <translation>La victoire n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="68"/>
        <source>The wins could not be read.</source>
        <translation>Les victoires n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="84"/>
        <source>The wins could not be counted.</source>
        <translation>Les victoires n&apos;ont pas pu être comptées.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="29"/>
        <source>&amp;Add Win</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="32"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="37"/>
        <source>For example: cooked a proper dinner</source>
        <translation>Par exemple&#xa0;: j&apos;ai cuisiné un vrai repas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="44"/>
        <source>Small wins, newest first</source>
        <translation>Petites victoires, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="52"/>
        <source>No wins yet. Anything counts: a walk, a meal, a call to a friend. Write it above and press Add Win.</source>
        <translation>Pas encore de victoire. Tout compte&#xa0;: une balade, un repas, un appel à un ami. Écris-le ci-dessus et appuie sur «&#xa0;Ajouter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="57"/>
        <source>Notice what you did well. Small steps add up.</source>
        <translation>Remarque ce que tu as bien fait. Les petits pas s&apos;additionnent.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="60"/>
        <source>&amp;What I did:</source>
        <translation>&amp;Ce que j&apos;ai fait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="62"/>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sodium</name>
    <message>
        <location filename="../app/crypto/Sodium.cpp" line="20"/>
        <source>Rekindle cannot start its encryption library, so it cannot open an encrypted journal on this computer.</source>
        <translation>Rekindle ne peut pas démarrer sa bibliothèque de chiffrement&#xa0;: il ne peut donc pas ouvrir de journal chiffré sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceChart</name>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="20"/>
        <source>Days of space</source>
        <translation>Jours de distance</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="21"/>
        <source>Nothing about space in this period yet. Once you note when space began (step 1, Space), each day you give it shows here, with any contacts and the urges you resisted.</source>
        <translation>Rien sur la distance pour cette période. Une fois que tu as noté quand la distance a commencé (étape 1, Distance), chaque jour de distance s&apos;affiche ici, avec les éventuels contacts et les envies surmontées.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="50"/>
        <source>Urges resisted per week</source>
        <translation>Envies surmontées par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="63"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Days of space in a row</source>
        <translation>Jours de distance d&apos;affilée</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="84"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>I reached out</source>
        <translation>J&apos;ai pris contact</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="93"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>They reached out</source>
        <translation>L&apos;autre a pris contact</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="116"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="118"/>
        <source>Urges</source>
        <translation>Envies</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="135"/>
        <source>%n day(s) of space in a row</source>
        <translation>
            <numerusform>%n jour de distance d&apos;affilée</numerusform>
            <numerusform>%n jours de distance d&apos;affilée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="137"/>
        <source>A new stretch of space begins tomorrow</source>
        <translation>Une nouvelle période de distance commence demain</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="139"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="182"/>
        <source>Before space began</source>
        <translation>Avant le début de la distance</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="143"/>
        <source>You reached out %n time(s)</source>
        <translation>
            <numerusform>Tu as pris contact %n fois</numerusform>
            <numerusform>Tu as pris contact %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="147"/>
        <source>They reached out %n time(s)</source>
        <translation>
            <numerusform>L&apos;autre a pris contact %n fois</numerusform>
            <numerusform>L&apos;autre a pris contact %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="154"/>
        <source>%n urge(s) resisted that week</source>
        <translation>
            <numerusform>%n envie surmontée cette semaine-là</numerusform>
            <numerusform>%n envies surmontées cette semaine-là</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>Urges resisted that week</source>
        <translation>Envies surmontées cette semaine-là</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="180"/>
        <source>A new stretch begins</source>
        <translation>Une nouvelle période commence</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 jours</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="48"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Begin Space</source>
        <translation>Prendre ses &amp;distances</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="56"/>
        <source>Log &amp;Urge Resisted</source>
        <translation>&amp;Envie surmontée</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="59"/>
        <source>Log &amp;Contact I Made</source>
        <translation>J&apos;ai pris &amp;contact</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="84"/>
        <source>1 is a passing thought, 5 is very strong</source>
        <translation>1, c&apos;est une pensée passagère&#xa0;; 5, c&apos;est très fort</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="86"/>
        <source>Optional: what set it off</source>
        <translation>Facultatif&#xa0;: ce qui l&apos;a déclenchée</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="92"/>
        <source>Optional: what it was about</source>
        <translation>Facultatif&#xa0;: de quoi il s&apos;agissait</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="96"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Giving space</source>
        <translation>Laisser de la distance</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="99"/>
        <source>Space &amp;began on:</source>
        <translation>Distance prise depuis &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="113"/>
        <source>An urge I did not act on</source>
        <translation>Une envie à laquelle je n&apos;ai pas cédé</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="116"/>
        <source>&amp;Strength (1–5):</source>
        <translation>&amp;Intensité (1–5)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="119"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="124"/>
        <source>A contact I made</source>
        <translation>Un contact de ma part</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="127"/>
        <source>&amp;How:</source>
        <translation>Co&amp;mment&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="130"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="141"/>
        <source>Every stretch of space, newest first</source>
        <translation>Toutes les périodes de distance, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="146"/>
        <source>Contacts, newest first</source>
        <translation>Contacts, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="174"/>
        <source>No stretches of space yet. Once space begins, each stretch shows here, with your longest marked.</source>
        <translation>Pas encore de période de distance. Une fois la distance commencée, chaque période s&apos;affiche ici, la plus longue étant signalée.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="178"/>
        <source>No contacts logged. When you log one, it shows here; giving space is progress too.</source>
        <translation>Aucun contact noté. Quand tu en notes un, il s&apos;affiche ici&#xa0;; laisser de la distance, c&apos;est aussi avancer.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="181"/>
        <source>Stretches of &amp;space</source>
        <translation>Périodes de di&amp;stance</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="182"/>
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Distance that looks after me</source>
        <translation>Une distance qui me fait du bien</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="241"/>
        <source>Logged. You noticed the urge and let it pass; that is the work.</source>
        <translation>Noté. Tu as remarqué l&apos;envie et tu l&apos;as laissée passer&#xa0;: c&apos;est ça, le travail.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="254"/>
        <source>Logged. Being honest with yourself about contact is part of giving space. A new stretch begins tomorrow.</source>
        <translation>Noté. Être honnête avec toi-même sur les contacts fait partie de la distance. Une nouvelle période commence demain.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Change Start</source>
        <translation>Modifier le dé&amp;but</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="270"/>
        <source>Space has not begun yet.</source>
        <translation>La distance n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="271"/>
        <source>Choose the day you last reached out (today is fine) and press Begin Space. Each day without contact counts.</source>
        <translation>Choisis le jour où tu as pris contact pour la dernière fois (aujourd&apos;hui convient) et appuie sur «&#xa0;Prendre ses distances&#xa0;». Chaque jour sans contact compte.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="274"/>
        <source>A fresh stretch of space begins tomorrow.</source>
        <translation>Une nouvelle période de distance commence demain.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="277"/>
        <source>%1 of distance that is good for me in a row, since %2.</source>
        <translation>%1 de distance bienfaisante d&apos;affilée, depuis le %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="278"/>
        <source>%1 of space in a row, since %2.</source>
        <translation>%1 de distance d&apos;affilée, depuis le %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="284"/>
        <source>Longest stretch: %1 (%2 – %3).</source>
        <translation>Plus longue période&#xa0;: %1 (%2 – %3).</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="293"/>
        <source>The count starts again after a contact; the days before it still count, in the stretches below.</source>
        <translation>Le compte repart de zéro après un contact&#xa0;; les jours d&apos;avant comptent toujours, dans les périodes ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="301"/>
        <source>Urges resisted this week: none logged yet.</source>
        <translation>Envies surmontées cette semaine&#xa0;: aucune notée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="302"/>
        <source>Urges resisted this week: %1.</source>
        <translation>Envies surmontées cette semaine&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="307"/>
        <source>You have reached out once in the last 24 hours.</source>
        <translation>Tu as pris contact une fois ces dernières 24 heures.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="308"/>
        <source>You have reached out %n times in the last 24 hours.</source>
        <translation>
            <numerusform>Tu as pris contact %n fois ces dernières 24 heures.</numerusform>
            <numerusform>Tu as pris contact %n fois ces dernières 24 heures.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="310"/>
        <source>You have sent a message without a reply.</source>
        <translation>Tu as envoyé un message sans réponse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="311"/>
        <source>You have sent %n messages in a row without a reply.</source>
        <translation>
            <numerusform>Tu as envoyé %n message d&apos;affilée sans réponse.</numerusform>
            <numerusform>Tu as envoyé %n messages d&apos;affilée sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have reached out %1 times in the last 24 hours.</source>
        <translation type="vanished">Tu as pris contact %1 fois ces dernières 24 heures.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in a row without a reply.</source>
        <translation type="vanished">Tu as envoyé %1 messages d&apos;affilée sans réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="314"/>
        <source>%1 That is understandable; old habits take time to fade. Distance protects the peace you have built. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 C&apos;est compréhensible&#xa0;; les vieilles habitudes mettent du temps à s&apos;estomper. La distance protège la paix que tu as construite. Si l&apos;envie revient, note-la ici ou écris plutôt un message non envoyé.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="318"/>
        <source>%1 That is understandable when you miss someone. Right now, more messages tend to weigh on both of you: space gives each of you room to steady yourselves. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 C&apos;est compréhensible quand quelqu&apos;un nous manque. En ce moment, plus de messages ont tendance à peser sur vous deux&#xa0;: la distance vous laisse la place de retrouver votre équilibre. Si l&apos;envie revient, note-la ici ou écris plutôt un message non envoyé.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStore</name>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="87"/>
        <source>The contact could not be logged.</source>
        <translation>Le contact n&apos;a pas pu être noté.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="101"/>
        <source>Your changes to the contact could not be saved.</source>
        <translation>Tes modifications du contact n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="123"/>
        <source>The contact could not be removed.</source>
        <translation>Le contact n&apos;a pas pu être retiré.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="130"/>
        <source>The contact could not be read.</source>
        <translation>Le contact n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="137"/>
        <location filename="../app/storage/SpaceStore.cpp" line="156"/>
        <location filename="../app/storage/SpaceStore.cpp" line="172"/>
        <location filename="../app/storage/SpaceStore.cpp" line="192"/>
        <location filename="../app/storage/SpaceStore.cpp" line="204"/>
        <source>The contacts could not be read.</source>
        <translation>Les contacts n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="230"/>
        <source>The urge could not be logged.</source>
        <translation>L&apos;envie n&apos;a pas pu être notée.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="236"/>
        <source>The urge could not be removed.</source>
        <translation>L&apos;envie n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="252"/>
        <source>The urges could not be counted.</source>
        <translation>Les envies n&apos;ont pas pu être comptées.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStreakModel</name>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="64"/>
        <source>Now: a fresh start from %1</source>
        <translation>Maintenant&#xa0;: un nouveau départ depuis le %1</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="67"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="73"/>
        <source>Now: 1 day of space, since %1</source>
        <translation>Maintenant&#xa0;: 1 jour de distance, depuis le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="74"/>
        <source>Now: %n days of space, since %1</source>
        <translation>
            <numerusform>Maintenant&#xa0;: %n jour de distance, depuis le %1</numerusform>
            <numerusform>Maintenant&#xa0;: %n jours de distance, depuis le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="77"/>
        <source>%n days of space, %1</source>
        <translation>
            <numerusform>%n jour de distance, %1</numerusform>
            <numerusform>%n jours de distance, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1 days of space, since %2</source>
        <translation type="vanished">Maintenant&#xa0;: %1 jours de distance, depuis le %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="76"/>
        <source>1 day of space, %1</source>
        <translation>1 jour de distance, %1</translation>
    </message>
    <message>
        <source>%1 days of space, %2</source>
        <translation type="vanished">%1 jours de distance, %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="79"/>
        <source> (your longest)</source>
        <translation> (ta plus longue)</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sql</name>
    <message>
        <location filename="../app/storage/Sql.cpp" line="36"/>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Le disque est plein. Libère de la place et réessaie&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="39"/>
        <source>The journal file cannot be written to. Check that its folder is writable.</source>
        <translation>Impossible d&apos;écrire dans le fichier du journal. Vérifie que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="43"/>
        <source>The journal is busy in another program. Try again in a moment.</source>
        <translation>Le journal est occupé par un autre programme. Réessaie dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="47"/>
        <source>The disk reported an error while reading or writing the journal: it may be full, at a size limit, or no longer connected. Nothing was changed.</source>
        <translation>Le disque a signalé une erreur pendant la lecture ou l&apos;écriture du journal&#xa0;: il est peut-être plein, à une limite de taille, ou déconnecté. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="51"/>
        <source>The journal file cannot be reached. If it is on a removable disk, connect it again.</source>
        <translation>Le fichier du journal est inaccessible. S&apos;il se trouve sur un disque amovible, reconnecte-le.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="56"/>
        <source>The journal file is damaged or is not a Rekindle journal.</source>
        <translation>Le fichier du journal est endommagé ou n&apos;est pas un journal Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="59"/>
        <source>The journal reported an unexpected problem.</source>
        <translation>Le journal a signalé un problème inattendu.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SqliteHandle</name>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="85"/>
        <location filename="../app/storage/SqliteHandle.cpp" line="142"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle n&apos;a pas pu sauvegarder le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="125"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>La sauvegarde a été interrompue avant la fin.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="191"/>
        <source>The search index could not be saved.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="212"/>
        <source>The search index could not be restored.</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être restauré.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StandingSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="27"/>
        <source>&amp;Save Date</source>
        <translation>&amp;Enregistrer la date</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="29"/>
        <source>I &amp;accept that the relationship is over</source>
        <translation>J&apos;&amp;accepte que la relation soit terminée</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="48"/>
        <source>When it ended</source>
        <translation>Quand ça s&apos;est terminé</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="54"/>
        <source>&amp;Day of the breakup:</source>
        <translation>&amp;Jour de la rupture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="61"/>
        <source>Accepting it</source>
        <translation>L&apos;accepter</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="62"/>
        <source>Accepting that it is over is not giving up. It lets you stop waiting and look after yourself, whatever comes next.</source>
        <translation>Accepter que ce soit fini, ce n&apos;est pas abandonner. Cela te permet d&apos;arrêter d&apos;attendre et de prendre soin de toi, quoi qu&apos;il arrive ensuite.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="111"/>
        <source>It ended today. Be gentle with yourself.</source>
        <translation>Ça s&apos;est terminé aujourd&apos;hui. Prends soin de toi, en douceur.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="112"/>
        <source>1 day since the breakup.</source>
        <translation>1 jour depuis la rupture.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="113"/>
        <source>%n days since the breakup.</source>
        <translation>
            <numerusform>%n jour depuis la rupture.</numerusform>
            <numerusform>%n jours depuis la rupture.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days since the breakup.</source>
        <translation type="vanished">%1 jours depuis la rupture.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="116"/>
        <source>Choose the day it ended and press Save Date, to see how far you have come.</source>
        <translation>Choisis le jour où ça s&apos;est terminé et appuie sur «&#xa0;Enregistrer la date&#xa0;» pour voir le chemin parcouru.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="125"/>
        <source>Marked on %1. Feelings move; you can untick this whenever you need to.</source>
        <translation>Coché le %1. Les sentiments évoluent&#xa0;; tu peux décocher ceci chaque fois que tu en as besoin.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="127"/>
        <source>Tick this when you are ready. There is no hurry.</source>
        <translation>Coche ceci quand tu le sens. Rien ne presse.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepPage</name>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="86"/>
        <location filename="../app/ui/steps/StepPage.cpp" line="272"/>
        <source>Tools of %1</source>
        <translation>Outils de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="89"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="91"/>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="128"/>
        <source>Reflect…</source>
        <translation>Réfléchir…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="131"/>
        <source>A few questions about this step, one at a time (%1)</source>
        <translation>Quelques questions sur cette étape, une à une (%1)</translation>
    </message>
    <message>
        <source>A few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Quelques questions sur cette étape, une à une (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="137"/>
        <source>Support and Safety</source>
        <translation>Soutien et sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="142"/>
        <source>Helplines and your own support contacts. Nothing is sent anywhere.</source>
        <translation>Lignes d&apos;écoute et tes propres contacts de soutien. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="226"/>
        <source>This record is kept in your journal, as you wrote it; nothing was deleted. The tools it belongs to are put away on your current path.</source>
        <translation>Cet enregistrement est gardé dans ton journal, tel que tu l&apos;as écrit&#xa0;; rien n&apos;a été supprimé. Les outils auxquels il appartient sont rangés sur ton chemin actuel.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="231"/>
        <source>%1 (about %2% of the step). %3</source>
        <translation>%1 (environ %2&#xa0;% de l&apos;étape). %3</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="235"/>
        <source>what your goals asked for</source>
        <translation>ce que tes objectifs demandaient</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="236"/>
        <source>%1: up to %2 (about %3% of the step). %4</source>
        <translation>%1&#xa0;: jusqu&apos;à %2 (environ %3&#xa0;% de l&apos;étape). %4</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="40"/>
        <source>Journal entries written</source>
        <translation>Entrées de journal écrites</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="41"/>
        <source>Writing helps you make sense of what you feel.</source>
        <translation>Écrire aide à donner du sens à ce que tu ressens.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="44"/>
        <source>Reflections finished</source>
        <translation>Réflexions terminées</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="46"/>
        <source>Each guided reflection you finish counts.</source>
        <translation>Chaque réflexion guidée que tu termines compte.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="52"/>
        <source>Thought records finished</source>
        <translation>Fiches de pensées terminées</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="53"/>
        <source>Working through a painful thought on paper.</source>
        <translation>Examiner une pensée douloureuse sur le papier.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="56"/>
        <source>Breakup date noted</source>
        <translation>Date de la rupture notée</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="57"/>
        <source>Naming when it ended.</source>
        <translation>Nommer le moment où ça s&apos;est terminé.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="59"/>
        <source>Acceptance marked</source>
        <translation>Acceptation cochée</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="60"/>
        <source>Marking that you accept it is over.</source>
        <translation>Indiquer que tu acceptes que ce soit fini.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="62"/>
        <source>Things I own written down (my part)</source>
        <translation>Ce que je reconnais, par écrit (ma part)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="63"/>
        <source>Honest notes about your own part.</source>
        <translation>Des notes honnêtes sur ta propre part.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="65"/>
        <source>Days of space in a row</source>
        <translation>Jours de distance d&apos;affilée</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="66"/>
        <source>Your longest stretch of space so far: space once given is never taken away, even by a later contact.</source>
        <translation>Ta plus longue période de distance jusqu&apos;ici&#xa0;: la distance laissée n&apos;est jamais reprise, même par un contact ultérieur.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="72"/>
        <source>Goals you are working on</source>
        <translation>Objectifs sur lesquels tu travailles</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="73"/>
        <source>Goals of your own that you keep active.</source>
        <translation>Tes propres objectifs que tu gardes actifs.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="76"/>
        <source>Goal check-ins in the last 14 days</source>
        <translation>Coches d&apos;objectifs ces 14 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="77"/>
        <source>Check-ins you kept, out of what your goals asked for.</source>
        <translation>Les coches faites, par rapport à ce que tes objectifs demandaient.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="81"/>
        <source>Small wins noted</source>
        <translation>Petites victoires notées</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="82"/>
        <source>Good moments you took the time to notice.</source>
        <translation>Les bons moments que tu as pris le temps de remarquer.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="87"/>
        <source>Safety check answered</source>
        <translation>Point sécurité répondu</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="88"/>
        <source>Answering the safety check honestly, whatever the answer.</source>
        <translation>Répondre honnêtement au point sécurité, quelle que soit la réponse.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="91"/>
        <source>Contacts you kept light</source>
        <translation>Contacts restés légers</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="92"/>
        <source>Contacts you made and kept light. How or whether they replied is never counted.</source>
        <translation>Les contacts que tu as pris en les gardant légers. Si l&apos;autre a répondu, et comment, n&apos;est jamais compté.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="96"/>
        <source>Drafts checked before sending</source>
        <translation>Brouillons vérifiés avant l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="97"/>
        <source>Drafts you ran through the message check, whether you sent them or not. What you sent, and any reply, is never counted.</source>
        <translation>Les brouillons passés par la vérification du message, que tu les aies envoyés ou non. Ce que tu as envoyé, et toute réponse, n&apos;est jamais compté.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="101"/>
        <source>Days of space given</source>
        <translation>Jours de distance laissés</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="102"/>
        <source>Your longest stretch without reaching out: honouring their no, or keeping yourself safe.</source>
        <translation>Ta plus longue période sans reprendre contact&#xa0;: pour respecter son non, ou pour te mettre en sécurité.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="108"/>
        <source>Commitments kept</source>
        <translation>Engagements tenus</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="109"/>
        <source>Promises you made and kept.</source>
        <translation>Les promesses que tu as faites et tenues.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="111"/>
        <source>Issues worked on together</source>
        <translation>Sujets travaillés ensemble</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="112"/>
        <source>Issues you took up and are working on, or settled.</source>
        <translation>Les sujets que vous avez abordés et sur lesquels vous travaillez, ou que vous avez réglés.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="115"/>
        <source>Safety plan written</source>
        <translation>Plan de sécurité écrit</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="116"/>
        <source>The parts of your safety plan you filled in: trusted people, safe places, documents, what to do in an emergency.</source>
        <translation>Les parties de ton plan de sécurité que tu as remplies&#xa0;: personnes de confiance, lieux sûrs, documents, que faire en cas d&apos;urgence.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="120"/>
        <source>A letter you never send</source>
        <translation>Une lettre que tu n&apos;enverras jamais</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="121"/>
        <source>Saying what you could not say, only for yourself.</source>
        <translation>Dire ce que tu n&apos;as pas pu dire, rien que pour toi.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="124"/>
        <source>What I learned, written down</source>
        <translation>Ce que j&apos;ai appris, par écrit</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="125"/>
        <source>What this relationship taught you.</source>
        <translation>Ce que cette relation t&apos;a appris.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="129"/>
        <source>Milestones given a day</source>
        <translation>Jalons datés</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="130"/>
        <source>Small steps you planned ahead.</source>
        <translation>Les petits pas que tu as prévus à l&apos;avance.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="132"/>
        <source>Milestones planned with room between them</source>
        <translation>Jalons prévus avec de l&apos;espace entre eux</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="134"/>
        <source>Planned steps at least the gap you chose after the one before. Reaching them, or how fast, is never counted.</source>
        <translation>Les étapes prévues au moins à l&apos;écart choisi après la précédente. Les atteindre, ou leur rapidité, n&apos;est jamais compté.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="138"/>
        <source>Where the journey stands, chosen</source>
        <translation>Où en est le parcours, choisi</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="139"/>
        <source>Either outcome counts in full.</source>
        <translation>Les deux issues comptent pleinement.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="141"/>
        <source>What I want in my next relationship</source>
        <translation>Ce que je veux dans ma prochaine relation</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="142"/>
        <source>What matters to you from here on.</source>
        <translation>Ce qui compte pour toi à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress::Report</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="206"/>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1&#xa0;: %2 sur %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="212"/>
        <source>You have done what this step suggests. Come back whenever it helps.</source>
        <translation>Tu as fait ce que cette étape propose. Reviens quand ça t&apos;aide.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="214"/>
        <source>Nothing here yet, and that is fine. Start whenever you are ready.</source>
        <translation>Rien ici pour l&apos;instant, et c&apos;est très bien comme ça. Commence quand tu veux.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="216"/>
        <source>Every bit counts. There is no hurry.</source>
        <translation>Chaque petit pas compte. Rien ne presse.</translation>
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
        <translation>Progression %p %</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="29"/>
        <source>Progress 100%</source>
        <translation>Progression 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="71"/>
        <source>Progress in %1</source>
        <translation>Progression dans %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgressModel</name>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="142"/>
        <source>%1: %2%</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="147"/>
        <source>%1, %2 percent</source>
        <translation>%1, %2 pour cent</translation>
    </message>
</context>
<context>
    <name>Rekindle::Steps</name>
    <message>
        <location filename="../app/core/Step.cpp" line="22"/>
        <source>Acknowledge</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="23"/>
        <source>Accept that the relationship, as it was, has ended.</source>
        <translation>Reconnaître que la relation, telle qu&apos;elle était, est terminée.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="25"/>
        <source>Letting yourself accept that it has ended is where every good path starts. Look honestly at why it ended and at your own part in it, without harshness. Give each other time and space: fewer messages give both of you room to steady yourselves, whatever comes next.</source>
        <translation>T&apos;autoriser à accepter que ce soit fini, c&apos;est le point de départ de tout bon chemin. Regarde honnêtement pourquoi ça s&apos;est terminé et quelle a été ta part, sans dureté. Laissez-vous du temps et de la distance&#xa0;: moins de messages vous laissent la place de retrouver votre équilibre, quoi qu&apos;il arrive ensuite.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="30"/>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or %1.</source>
        <translation>Commence par écrire ce qui s&apos;est passé, avec tes mots. Quand tu le veux, commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="39"/>
        <source>Write about one thing you would like to grow in. Begin with the button below or %1.</source>
        <translation>Écris sur une chose dans laquelle tu aimerais grandir. Commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="50"/>
        <source>Write about how you are and what you need right now. Begin with the button below or %1.</source>
        <translation>Écris sur comment tu vas et ce dont tu as besoin en ce moment. Commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="60"/>
        <source>Write about what honesty looks like for you right now. Begin with the button below or %1.</source>
        <translation>Écris sur ce que l&apos;honnêteté représente pour toi en ce moment. Commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="69"/>
        <source>Write about the pace that feels right to you. Begin with the button below or %1.</source>
        <translation>Écris sur le rythme qui te semble juste. Commence avec le bouton ci-dessous ou %1.</translation>
    </message>
    <message>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Commence par écrire ce qui s&apos;est passé, avec tes mots. Quand tu le veux, commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="33"/>
        <source>Work on Yourself</source>
        <translation>Travailler sur soi</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="34"/>
        <source>Use this time for your own growth.</source>
        <translation>Prendre ce temps pour grandir.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="35"/>
        <source>This time is yours. Move your body, pick up something new, talk to a professional about what weighs on you. You do this for yourself first; feeling steadier is worth it in itself, whatever happens next.</source>
        <translation>Ce temps est à toi. Bouge ton corps, lance-toi dans quelque chose de nouveau, parle à un professionnel de ce qui te pèse. Tu le fais d&apos;abord pour toi&#xa0;; te sentir plus stable en vaut la peine en soi, quoi qu&apos;il arrive ensuite.</translation>
    </message>
    <message>
        <source>Write about one thing you would like to grow in. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Écris sur une chose dans laquelle tu aimerais grandir. Commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="42"/>
        <source>Reconnect</source>
        <translation>Renouer</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="43"/>
        <source>Reach out lightly, when you are both ready.</source>
        <translation>Reprendre contact en douceur, quand le moment est venu pour vous deux.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="44"/>
        <source>Only if it is safe and welcome: once space has been given and you feel steadier, a short, friendly message is one possible step. Ask how they are or share something good, and leave the past and heavy topics aside. Silence or a no is an answer to respect. If they are open to it, a coffee or a walk is plenty.</source>
        <translation>Seulement si c&apos;est sûr et bienvenu&#xa0;: une fois la distance laissée et quand tu te sens plus stable, un message court et amical est une étape possible. Demande des nouvelles ou partage quelque chose de bien, et laisse de côté le passé et les sujets lourds. Le silence ou un non sont des réponses à respecter. Si l&apos;autre en a envie, un café ou une balade suffit largement.</translation>
    </message>
    <message>
        <source>Write about how you are and what you need right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Écris sur comment tu vas et ce dont tu as besoin en ce moment. Commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="53"/>
        <source>Rebuild Trust</source>
        <translation>Refaire confiance</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="54"/>
        <source>Be honest, keep your word, work on what comes up.</source>
        <translation>Être honnête, tenir parole, travailler sur ce qui se présente.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="56"/>
        <source>Trust grows slowly from small things done reliably. Be open about how you feel, keep the promises you make, and face issues together when they arise instead of around them.</source>
        <translation>La confiance se construit lentement, par de petites choses faites avec constance. Parle ouvertement de ce que tu ressens, tiens les promesses que tu fais, et affrontez les difficultés ensemble quand elles se présentent, au lieu de les contourner.</translation>
    </message>
    <message>
        <source>Write about what honesty looks like for you right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Écris sur ce que l&apos;honnêteté représente pour toi en ce moment. Commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="63"/>
        <source>Take Things Slow</source>
        <translation>Prendre son temps</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="64"/>
        <source>Let a strong foundation form at its own pace.</source>
        <translation>Laisser des fondations solides se former à leur rythme.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="65"/>
        <source>There is no rush. Let trust and connection settle before anything formal, and notice when you feel pressure to speed up. Whatever the outcome, the care you have put into yourself stays with you.</source>
        <translation>Rien ne presse. Laisse la confiance et le lien se poser avant tout engagement officiel, et remarque quand tu sens une pression pour accélérer. Quelle que soit l&apos;issue, le soin que tu t&apos;es apporté reste avec toi.</translation>
    </message>
    <message>
        <source>Write about the pace that feels right to you. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Écris sur le rythme qui te semble juste. Commence avec le bouton ci-dessous ou Ctrl+N.</translation>
    </message>
    <message>
        <source>Accept that the relationship is over, for now.</source>
        <translation type="vanished">Accepter que la relation soit terminée, pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="127"/>
        <source>You have moved on, and that is a good place to be. Keep writing about what you have learned and what you feel; the distance you keep now is time for yourself.</source>
        <translation>Tu as tourné la page, et c&apos;est un bon endroit où être. Continue d&apos;écrire sur ce que tu as appris et ce que tu ressens&#xa0;; la distance que tu gardes maintenant, c&apos;est du temps pour toi.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="132"/>
        <source>This time is yours, fully. Keep the goals that do you good, celebrate small wins, and let caring for yourself be the whole point.</source>
        <translation>Ce temps est à toi, entièrement. Garde les objectifs qui te font du bien, célèbre les petites victoires, et fais du soin de toi le cœur de tout.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StreamSealer</name>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="56"/>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation>Le fichier est endommagé ou a été modifié&#xa0;: il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="61"/>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation>Le fichier est incomplet, il a été tronqué&#xa0;: il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="93"/>
        <source>This is not an encrypted Rekindle export.</source>
        <translation>Ce n&apos;est pas un export Rekindle chiffré.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="99"/>
        <source>The file was encrypted by a newer version of Rekindle. Update Rekindle to open it.</source>
        <translation>Le fichier a été chiffré par une version plus récente de Rekindle. Mets Rekindle à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="166"/>
        <source>The export could not be encrypted.</source>
        <translation>L&apos;export n&apos;a pas pu être chiffré.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="67"/>
        <source>The passphrase does not open this file, or the file was changed.</source>
        <translation>La phrase secrète n&apos;ouvre pas ce fichier, ou le fichier a été modifié.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="32"/>
        <source>Support and Safety</source>
        <translation>Soutien et sécurité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="34"/>
        <source>When things are hard, you do not have to face them alone. These services are free and long established. If you are in danger right now, call the emergency number.</source>
        <translation>Quand c&apos;est dur, tu n&apos;as pas à affronter ça en solitaire. Ces services sont gratuits et existent depuis longtemps. Si tu es en danger en ce moment, appelle le numéro d&apos;urgence.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="41"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="49"/>
        <source>Another country</source>
        <translation>Un autre pays</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="57"/>
        <source>My own support contacts</source>
        <translation>Mes propres contacts de soutien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="58"/>
        <source>A therapist, a friend, a family member: names and numbers</source>
        <translation>Une thérapeute, un ami, un membre de la famille&#xa0;: noms et numéros</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="63"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="66"/>
        <source>My &amp;own support contacts (kept in this journal):</source>
        <translation>&amp;Mes propres contacts de soutien (gardés dans ce journal)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="68"/>
        <source>Rekindle only shows these numbers. It never calls, sends or shares anything.</source>
        <translation>Rekindle ne fait qu&apos;afficher ces numéros. Il n&apos;appelle, n&apos;envoie et ne partage jamais rien.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportNote</name>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="20"/>
        <source>A Moment for You</source>
        <translation>Un moment pour toi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="25"/>
        <source>It sounds like things are very hard right now. You deserve support, and talking to someone can help.</source>
        <translation>On dirait que c&apos;est très dur en ce moment. Tu mérites du soutien, et parler à quelqu&apos;un peut aider.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="40"/>
        <source>Nothing has been sent anywhere. This note can be turned off in Preferences.</source>
        <translation>Rien n&apos;a été envoyé nulle part. Cette note peut être désactivée dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="45"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Soutien et sécurité…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="47"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportServices</name>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="216"/>
        <source>If you are in danger, call your local emergency number (112 works in many countries, including all of the European Union). Choose your country to see crisis lines and support for abuse there.</source>
        <translation>Si tu es en danger, appelle le numéro d&apos;urgence local (le 112 fonctionne dans de nombreux pays, dont toute l&apos;Union européenne). Choisis ton pays pour voir les lignes d&apos;écoute et l&apos;aide face aux violences.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="28"/>
        <source>Emergency services</source>
        <translation>Services d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="29"/>
        <source>When you or someone else is in danger right now: police, ambulance, fire.</source>
        <translation>Quand toi ou quelqu&apos;un d&apos;autre êtes en danger immédiat&#xa0;: police, ambulance, pompiers.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="35"/>
        <source>Telefonseelsorge</source>
        <translation>Telefonseelsorge</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="37"/>
        <source>Someone to talk to, day and night, free of charge, about anything weighing on you.</source>
        <translation>Quelqu&apos;un à qui parler, jour et nuit, gratuitement, de tout ce qui te pèse.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="41"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="43"/>
        <source>Crisis support and suicide prevention, day and night.</source>
        <translation>Soutien en cas de crise et prévention du suicide, jour et nuit.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="45"/>
        <source>1800RESPECT</source>
        <translation>1800RESPECT</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="47"/>
        <source>Support for people affected by domestic, family or sexual violence.</source>
        <translation>Soutien aux personnes touchées par la violence conjugale, familiale ou sexuelle.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="68"/>
        <source>9-8-8 Suicide Crisis Helpline</source>
        <translation>9-8-8 Ligne d&apos;aide en cas de crise suicidaire</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="69"/>
        <source>Call or text, day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Appel ou texto, jour et nuit, quand tu penses au suicide ou que tu t&apos;inquiètes pour quelqu&apos;un.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="74"/>
        <source>Die Dargebotene Hand / La Main Tendue</source>
        <translation>Die Dargebotene Hand / La Main Tendue</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="76"/>
        <source>Someone to talk to, day and night, about anything weighing on you.</source>
        <translation>Quelqu&apos;un à qui parler, jour et nuit, de tout ce qui te pèse.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="49"/>
        <location filename="../app/core/SupportServices.cpp" line="79"/>
        <location filename="../app/core/SupportServices.cpp" line="108"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="50"/>
        <location filename="../app/core/SupportServices.cpp" line="80"/>
        <location filename="../app/core/SupportServices.cpp" line="109"/>
        <source>When you are threatened or in danger.</source>
        <translation>Quand on te menace ou que tu es en danger.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="52"/>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="53"/>
        <source>An ambulance, when someone&apos;s health or life is in danger.</source>
        <translation>Une ambulance, quand la santé ou la vie de quelqu&apos;un est en danger.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="56"/>
        <source>CVV – Centro de Valorização da Vida</source>
        <translation>CVV – Centro de Valorização da Vida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="58"/>
        <source>Emotional support and suicide prevention, day and night, free of charge.</source>
        <translation>Soutien émotionnel et prévention du suicide, jour et nuit, gratuitement.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="61"/>
        <source>Central de Atendimento à Mulher</source>
        <translation>Central de Atendimento à Mulher</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="63"/>
        <source>For women affected by violence: listening, advice and where to turn, day and night, free of charge.</source>
        <translation>Pour les femmes victimes de violences&#xa0;: écoute, conseils et orientation, jour et nuit, gratuitement.</translation>
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
        <translation>Quelqu&apos;un à qui parler, jour et nuit, gratuitement et anonymement.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="91"/>
        <source>Hilfetelefon Gewalt gegen Frauen</source>
        <translation>Hilfetelefon Gewalt gegen Frauen</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="93"/>
        <source>Advice for women affected by violence, day and night, in many languages.</source>
        <translation>Conseils pour les femmes touchées par la violence, jour et nuit, en de nombreuses langues.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="97"/>
        <source>Línea 024 de atención a la conducta suicida</source>
        <translation>Línea 024 de atención a la conducta suicida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="100"/>
        <source>Day and night, free of charge, when you are thinking about suicide or worried about someone.</source>
        <translation>Jour et nuit, gratuitement, quand tu penses au suicide ou que tu t&apos;inquiètes pour quelqu&apos;un.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="103"/>
        <source>016</source>
        <translation>016</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="104"/>
        <source>Information and advice for women affected by gender-based violence, day and night, free of charge.</source>
        <translation>Information et conseils pour les femmes victimes de violences sexistes, jour et nuit, gratuitement.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="112"/>
        <source>Numéro national de prévention du suicide</source>
        <translation>Numéro national de prévention du suicide</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="115"/>
        <source>Day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Jour et nuit, quand tu penses au suicide ou que tu t&apos;inquiètes pour quelqu&apos;un.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="118"/>
        <source>Violences Femmes Info</source>
        <translation>Violences Femmes Info</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="119"/>
        <source>Listening and advice for women affected by violence, and those around them.</source>
        <translation>Écoute et conseils pour les femmes victimes de violences, et pour leur entourage.</translation>
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
        <translation>Quelqu&apos;un à qui parler, jour et nuit, gratuitement, quoi que tu traverses.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="127"/>
        <source>National Domestic Abuse Helpline (Refuge)</source>
        <translation>National Domestic Abuse Helpline (Refuge)</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="130"/>
        <source>Free support for anyone experiencing domestic abuse, day and night.</source>
        <translation>Soutien gratuit pour toute personne victime de violence conjugale, jour et nuit.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="139"/>
        <source>113 Zelfmoordpreventie</source>
        <translation>113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="140"/>
        <source>When you are thinking about suicide or worried about someone.</source>
        <translation>Quand tu penses au suicide ou que tu t&apos;inquiètes pour quelqu&apos;un.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="144"/>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Suicide &amp; Crisis Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="145"/>
        <source>Call or text, day and night, when you are in distress or thinking about suicide.</source>
        <translation>Appel ou texto, jour et nuit, quand tu es en détresse ou que tu penses au suicide.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="149"/>
        <source>National Domestic Violence Hotline</source>
        <translation>National Domestic Violence Hotline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="151"/>
        <source>Confidential support for anyone affected by abuse in a relationship, day and night.</source>
        <translation>Soutien confidentiel pour toute personne touchée par la violence dans une relation, jour et nuit.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="163"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="164"/>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="165"/>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="166"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="167"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="168"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="169"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="170"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="171"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="172"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="173"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="174"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
</context>
<context>
    <name>Rekindle::TakeThingsSlowPage</name>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="28"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="30"/>
        <source>Foundation</source>
        <translation>Fondations</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="32"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="36"/>
        <source>Moving on is a full and good outcome. Take your time; this is for you alone.</source>
        <translation>Tourner la page est une issue pleine et belle. Prends ton temps&#xa0;; c&apos;est rien que pour toi.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="37"/>
        <source>What I want in my &amp;next relationship:</source>
        <translation>Ce que je veux dans ma &amp;prochaine relation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="38"/>
        <source>How I want to be treated, what I will offer, what I will not accept</source>
        <translation>Comment je veux qu&apos;on me traite, ce que j&apos;offrirai, ce que je n&apos;accepterai pas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="41"/>
        <source>Moving On</source>
        <translation>Tourner la page</translation>
    </message>
</context>
<context>
    <name>Rekindle::TextRewrite</name>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="81"/>
        <source>Rekindle could not rewrite the journal&apos;s text.</source>
        <translation>Rekindle n&apos;a pas pu réécrire le texte du journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="163"/>
        <location filename="../app/storage/TextRewrite.cpp" line="195"/>
        <source>Cancelled: the journal was left as it was.</source>
        <translation>Annulé&#xa0;: le journal a été laissé tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="178"/>
        <source>Rekindle could not read the journal.</source>
        <translation>Rekindle n&apos;a pas pu lire le journal.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ThoughtRecord</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="71"/>
        <source>Name each feeling, or remove the empty row.</source>
        <translation>Nomme chaque ressenti, ou retire la ligne vide.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="73"/>
        <source>How strong a feeling is goes from %1 to %2.</source>
        <translation>L&apos;intensité d&apos;un ressenti va de %1 à %2.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="83"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="84"/>
        <source>Feelings and how strong they were</source>
        <translation>Ressentis et leur intensité</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="85"/>
        <source>Automatic thought</source>
        <translation>Pensée automatique</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="86"/>
        <source>Evidence for the thought</source>
        <translation>Ce qui appuie cette pensée</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="87"/>
        <source>Evidence against the thought</source>
        <translation>Ce qui contredit cette pensée</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="88"/>
        <source>A more balanced thought</source>
        <translation>Une pensée plus nuancée</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="89"/>
        <source>Feelings rated again</source>
        <translation>Ressentis réévalués</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="143"/>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
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
        <translation>Fiche de pensées</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="34"/>
        <source>A thought record helps to look at a painful thought from the outside. Fill in what you can; you can come back to it.</source>
        <translation>Une fiche de pensées aide à regarder une pensée douloureuse avec du recul. Remplis ce que tu peux&#xa0;; tu pourras y revenir.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>Where were you, what happened?</source>
        <translation>Où étais-tu, que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="43"/>
        <source>&amp;Feelings and how strong they were (0–100)</source>
        <translation>&amp;Ressentis et leur intensité (0–100)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="44"/>
        <source>Feelings</source>
        <translation>Ressentis</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>&amp;Automatic thought</source>
        <translation>Pensée &amp;automatique</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>What went through your mind?</source>
        <translation>Qu&apos;est-ce qui t&apos;est passé par la tête&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>Evidence &amp;for the thought</source>
        <translation>Ce qui a&amp;ppuie cette pensée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>What supports it?</source>
        <translation>Qu&apos;est-ce qui va dans son sens&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="51"/>
        <source>Evidence a&amp;gainst the thought</source>
        <translation>Ce qui &amp;contredit cette pensée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="52"/>
        <source>What does not fit? What would a friend point out?</source>
        <translation>Qu&apos;est-ce qui ne colle pas&#xa0;? Que ferait remarquer un ami&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="53"/>
        <source>A more &amp;balanced thought</source>
        <translation>Une pensée plus &amp;nuancée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="54"/>
        <source>Taking all of it into account, what is a fairer way to see it?</source>
        <translation>En tenant compte de tout cela, quelle serait une façon plus juste de voir les choses&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="56"/>
        <source>Feelings &amp;rated again</source>
        <translation>Ressentis réé&amp;valués</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="57"/>
        <source>Feelings rated again</source>
        <translation>Ressentis réévalués</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="59"/>
        <source>Rate the Same Feelings &amp;Again</source>
        <translation>Évaluer à nouveau les &amp;mêmes ressentis</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="81"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="83"/>
        <source>Save for &amp;Later</source>
        <translation>Garder pour p&amp;lus tard</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="193"/>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="194"/>
        <source>This thought record could not be saved. If you close now, it will be lost. Close anyway?</source>
        <translation>Cette fiche de pensées n&apos;a pas pu être enregistrée. Si tu fermes maintenant, elle sera perdue. Fermer quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrendStore</name>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="34"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>L&apos;historique du journal n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="63"/>
        <source>The mood history could not be read.</source>
        <translation>L&apos;historique des humeurs n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="118"/>
        <source>The writing history could not be read.</source>
        <translation>L&apos;historique d&apos;écriture n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="145"/>
        <source>The progress of this step could not be read.</source>
        <translation>La progression de cette étape n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Trust</name>
    <message>
        <location filename="../app/core/Trust.cpp" line="19"/>
        <location filename="../app/core/Trust.cpp" line="24"/>
        <source>Open</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="20"/>
        <source>Kept</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="21"/>
        <source>Broken</source>
        <translation>Non tenu</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="25"/>
        <source>Working on it</source>
        <translation>On y travaille</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="26"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="29"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="30"/>
        <source>Them</source>
        <translation>L&apos;autre</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="31"/>
        <source>Both of us</source>
        <translation>Nous deux</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="39"/>
        <source>The day cannot be in the future. Choose today or an earlier day.</source>
        <translation>Le jour ne peut pas être dans le futur. Choisis aujourd&apos;hui ou un jour passé.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="57"/>
        <source>Write what you shared.</source>
        <translation>Écris ce que tu as partagé.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="59"/>
        <location filename="../app/core/Trust.cpp" line="98"/>
        <source>The text is too long: keep it under %1 characters.</source>
        <translation>Le texte est trop long&#xa0;: reste sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="63"/>
        <source>Choose the day you shared it.</source>
        <translation>Choisis le jour où tu l&apos;as partagé.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="69"/>
        <source>Write the promise you made.</source>
        <translation>Écris la promesse que tu as faite.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="72"/>
        <source>Keep the promise under %1 characters.</source>
        <translation>Garde la promesse sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="76"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La note est trop longue&#xa0;: reste sous %1 caractères.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="80"/>
        <source>Choose the day you made the promise.</source>
        <translation>Choisis le jour où tu as fait la promesse.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="84"/>
        <source>The due date cannot be before the day the promise was made.</source>
        <translation>L&apos;échéance ne peut pas être avant le jour où la promesse a été faite.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="87"/>
        <source>A promise cannot be settled before it was made.</source>
        <translation>Une promesse ne peut pas être réglée avant d&apos;avoir été faite.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="95"/>
        <source>Write what the issue is about.</source>
        <translation>Écris de quoi il s&apos;agit.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="102"/>
        <source>Choose the day it was raised.</source>
        <translation>Choisis le jour où le sujet a été abordé.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustStore</name>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="75"/>
        <source>This record is no longer in the journal.</source>
        <translation>Cet enregistrement n&apos;est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="83"/>
        <location filename="../app/storage/TrustStore.cpp" line="225"/>
        <location filename="../app/storage/TrustStore.cpp" line="281"/>
        <source>The records could not be read.</source>
        <translation>Les enregistrements n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="91"/>
        <source>The record could not be read.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="116"/>
        <source>What you shared could not be saved.</source>
        <translation>Ce que tu as partagé n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="124"/>
        <source>Your changes could not be saved.</source>
        <translation>Tes modifications n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="174"/>
        <source>The commitment could not be saved.</source>
        <translation>L&apos;engagement n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="186"/>
        <source>Your changes to the commitment could not be saved.</source>
        <translation>Tes modifications de l&apos;engagement n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="242"/>
        <source>The issue could not be saved.</source>
        <translation>Le sujet n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="249"/>
        <source>Your changes to the issue could not be saved.</source>
        <translation>Tes modifications du sujet n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="292"/>
        <source>The record could not be removed.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être retiré.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustSummarySection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="22"/>
        <source>no promises settled yet</source>
        <translation>aucune promesse réglée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="23"/>
        <source>%1 of %2 kept (%3%)</source>
        <translation>%1 tenues sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="46"/>
        <source>Trust, in numbers</source>
        <translation>La confiance, en chiffres</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="48"/>
        <source>Promises kept, last 30 days:</source>
        <translation>Promesses tenues, 30 derniers jours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="49"/>
        <source>Promises kept, last 90 days:</source>
        <translation>Promesses tenues, 90 derniers jours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="50"/>
        <source>Open issues:</source>
        <translation>Sujets en suspens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="51"/>
        <source>Overdue commitments:</source>
        <translation>Engagements en retard&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="52"/>
        <source>Numbers only tell part of the story. Trust grows from small things done reliably, and from being honest when they are not.</source>
        <translation>Les chiffres ne racontent qu&apos;une partie de l&apos;histoire. La confiance grandit avec de petites choses faites avec constance, et de l&apos;honnêteté quand ce n&apos;est pas le cas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TurnOnWork</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="63"/>
        <source>Choose a passphrase.</source>
        <translation>Choisis une phrase secrète.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UndoNotice</name>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="18"/>
        <source>D&amp;ismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="25"/>
        <source>Delete notice</source>
        <translation>Notification de suppression</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="32"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="33"/>
        <source>Bring the deleted record back (Ctrl+Z)</source>
        <translation>Récupérer l&apos;élément supprimé (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="61"/>
        <source>Deleted ·</source>
        <extracomment>Shown for a few seconds after a delete, before the Undo button</extracomment>
        <translation>Élément supprimé ·</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="71"/>
        <source>Could not delete: %1 It is back in your journal.</source>
        <translation>La suppression a échoué&#xa0;: %1 L&apos;élément est de nouveau dans ton journal.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="95"/>
        <source>Deleted. Undo with Control Z.</source>
        <translation>Élément supprimé. Contrôle Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnlockWindow</name>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="30"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="33"/>
        <location filename="../app/ui/UnlockWindow.cpp" line="208"/>
        <source>Opening your journal…</source>
        <translation>Ouverture de ton journal…</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="38"/>
        <source>Rekindle — Locked</source>
        <translation>Rekindle — Verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="41"/>
        <source>Your journal is locked</source>
        <translation>Ton journal est verrouillé</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="46"/>
        <source>What you wrote is kept encrypted on this computer. Type your passphrase to open it.</source>
        <translation>Ce que tu as écrit est gardé chiffré sur cet ordinateur. Saisis ta phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="54"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="56"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="61"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="67"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clé de secours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="70"/>
        <source>The 55 characters you kept when you turned encryption on. Dashes, spaces and upper or lower case do not matter.</source>
        <translation>Les 55 caractères que tu as gardés quand tu as activé le chiffrement. Les tirets, les espaces et les majuscules ou minuscules n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="93"/>
        <source>Opening your journal</source>
        <translation>Ouverture de ton journal</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="99"/>
        <source>&amp;Support and helplines</source>
        <translation>&amp;Soutien et lignes d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="156"/>
        <source>If you are struggling, you do not have to unlock anything to reach someone:</source>
        <translation>Si c&apos;est difficile pour toi, tu n&apos;as rien à déverrouiller pour joindre quelqu&apos;un&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use my &amp;passphrase</source>
        <translation>&amp;Utiliser ma phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use the &amp;recovery key</source>
        <translation>Utiliser la clé de secou&amp;rs</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation type="vanished">Préparation de la recherche…</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessage</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="36"/>
        <source>Write what you would like to tell them first.</source>
        <translation>Écris d&apos;abord ce que tu aimerais lui dire.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="38"/>
        <source>This message is too long to keep. Split it into several.</source>
        <translation>Ce message est trop long pour être gardé. Divise-le en plusieurs messages.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="51"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="53"/>
        <source>Let go</source>
        <translation>Laissé partir</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="55"/>
        <source>Kept for later</source>
        <translation>Gardé pour plus tard</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageModel</name>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="54"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
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
        <translation>Choisis d&apos;abord un message.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageStore</name>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="69"/>
        <source>The message could not be kept.</source>
        <translation>Le message n&apos;a pas pu être gardé.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="76"/>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="93"/>
        <source>Your changes to the message could not be saved.</source>
        <translation>Tes modifications du message n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="111"/>
        <source>The message could not be deleted.</source>
        <translation>Le message n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="118"/>
        <source>The message could not be read.</source>
        <translation>Le message n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="126"/>
        <source>The messages could not be read.</source>
        <translation>Les messages n&apos;ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessagesSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="29"/>
        <source>&amp;Keep It Here</source>
        <translation>&amp;Garder ici</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="34"/>
        <source>&amp;Let It Go</source>
        <translation>&amp;Laisser partir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="35"/>
        <source>Keep for &amp;Later</source>
        <translation>Garder pour &amp;plus tard</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="36"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="41"/>
        <source>What I want to tell them</source>
        <translation>Ce que je veux lui dire</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="42"/>
        <source>Write what you want to tell them. It stays in your journal: Rekindle never sends anything.</source>
        <translation>Écris ce que tu veux lui dire. Ça reste dans ton journal&#xa0;: Rekindle n&apos;envoie jamais rien.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="47"/>
        <source>Unsent messages, newest first</source>
        <translation>Messages non envoyés, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="55"/>
        <source>No unsent messages yet. When you feel the pull to write to them, write it above instead and press Keep It Here.</source>
        <translation>Pas encore de message non envoyé. Quand tu ressens le besoin de lui écrire, écris-le plutôt ci-dessus et appuie sur «&#xa0;Garder ici&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="58"/>
        <source>The selected message</source>
        <translation>Le message sélectionné</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="65"/>
        <source>Write it, don&apos;t send it</source>
        <translation>L&apos;écrire, pas l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="141"/>
        <source>Kept, not sent. Read it again tomorrow, with fresh eyes, before deciding anything.</source>
        <translation>Gardé, pas envoyé. Relis-le demain, avec un regard neuf, avant de décider quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="159"/>
        <source>Choose a message to read it again.</source>
        <translation>Choisis un message pour le relire.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="169"/>
        <source>Written %1. %2.</source>
        <translation>Écrit le %1. %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="171"/>
        <source>Written %1. A day has passed: read it again. Does it still feel true? Let it go, or keep it for later.</source>
        <translation>Écrit le %1. Un jour a passé&#xa0;: relis-le. Est-ce que ça sonne toujours juste&#xa0;? Laisse-le partir, ou garde-le pour plus tard.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="175"/>
        <source>Written %1. Give it a day before you decide anything about it.</source>
        <translation>Écrit le %1. Laisse passer un jour avant de décider quoi que ce soit à son sujet.</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation type="vanished">Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this unsent message for good?</source>
        <translation type="vanished">Supprimer ce message non envoyé pour de bon&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Supprimer</translation>
    </message>
</context>
<context>
    <name>Rekindle::Urge</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="19"/>
        <source>Rate how strong the urge was from %1 (mild) to %2 (very strong).</source>
        <translation>Note l&apos;intensité de l&apos;envie de %1 (légère) à %2 (très forte).</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="23"/>
        <source>Choose when the urge came.</source>
        <translation>Choisis quand l&apos;envie est venue.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="25"/>
        <source>An urge cannot be logged in the future.</source>
        <translation>Une envie ne peut pas être notée dans le futur.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="28"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La note est trop longue&#xa0;: reste sous %1 caractères.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ValueSealer</name>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="73"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked.</source>
        <translation>La clé du journal est endommagée&#xa0;: le journal ne peut pas être déverrouillé.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="106"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="115"/>
        <source>Rekindle could not encrypt this text.</source>
        <translation>Rekindle n&apos;a pas pu chiffrer ce texte.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="138"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="145"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="166"/>
        <source>This text is damaged and cannot be read.</source>
        <translation>Ce texte est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="141"/>
        <source>This text was encrypted by a newer version of Rekindle.</source>
        <translation>Ce texte a été chiffré par une version plus récente de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="158"/>
        <source>This text cannot be read: it was changed, or it belongs to another place in the journal.</source>
        <translation>Ce texte ne peut pas être lu&#xa0;: il a été modifié, ou il appartient à un autre endroit du journal.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WelcomeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="21"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="28"/>
        <source>This is a private journal for the time after a breakup. It walks with you through five steps, at your own pace:</source>
        <translation>Voici un journal intime pour la période qui suit une rupture. Il t&apos;accompagne en cinq étapes, à ton rythme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="32"/>
        <source>Reconnecting is one possible path. Moving on is an equally good one, and the journal supports both. Nothing here is a test, and nothing is ever sent.</source>
        <translation>Renouer est un chemin possible. Tourner la page en est un autre, tout aussi bon, et le journal accompagne les deux. Rien ici n&apos;est un test, et rien n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="35"/>
        <source>When things are hard, Help ▸ Support and Safety lists helplines, and there is a link on every step.</source>
        <translation>Quand c&apos;est difficile, Aide ▸ Soutien et sécurité donne la liste des lignes d&apos;écoute, et chaque étape y mène par un lien.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>&amp;Start Writing</source>
        <translation>&amp;Commencer à écrire</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="58"/>
        <source>You can also keep this journal encrypted with a passphrase, so that only you can read it, even if someone opens the file or finds this computer. Rekindle then asks for it when it starts and locks the journal when you step away. You can do this now or any time later in Preferences.</source>
        <translation>Tu peux aussi garder ce journal chiffré avec une phrase secrète, pour que personne d&apos;autre que toi ne puisse le lire, même si quelqu&apos;un ouvre le fichier ou trouve cet ordinateur. Rekindle te la demande alors au démarrage et verrouille le journal quand tu t&apos;éloignes. Tu peux le faire maintenant ou plus tard dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="67"/>
        <source>&amp;Not Now, Start Writing</source>
        <translation>Pas &amp;maintenant, commencer à écrire</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="69"/>
        <source>&amp;Protect With a Passphrase…</source>
        <translation>&amp;Protéger par une phrase secrète…</translation>
    </message>
</context>
<context>
    <name>Rekindle::WorkOnYourselfPage</name>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="27"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="29"/>
        <source>Small Wins</source>
        <translation>Petites victoires</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritePass</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="168"/>
        <source>The file changed while it was imported. Nothing was changed.</source>
        <translation>Le fichier a changé pendant l&apos;import. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingActivityChart</name>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="21"/>
        <source>Journal writing per week</source>
        <translation>Écriture dans le journal par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="22"/>
        <source>Nothing written in this period yet. Each entry you write shows here, week by week.</source>
        <translation>Rien d&apos;écrit sur cette période pour l&apos;instant. Chaque entrée que tu écris s&apos;affiche ici, semaine par semaine.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="42"/>
        <source>Entries per week</source>
        <translation>Entrées par semaine</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="54"/>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="68"/>
        <source>Week of %1: %n entries</source>
        <translation>
            <numerusform>Semaine du %1&#xa0;: %n entrée</numerusform>
            <numerusform>Semaine du %1&#xa0;: %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingEdit</name>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="155"/>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="171"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="179"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
</TS>
