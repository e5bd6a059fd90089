<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/ui/Application.cpp" line="70" />
        <location filename="../app/ui/Application.cpp" line="79" />
        <location filename="../app/ui/Application.cpp" line="85" />
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/Application.cpp" line="71" />
        <source>Rekindle could not create a folder for the sample journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/Application.cpp" line="91" />
        <source>Rekindle — Sample Journal</source>
        <translation>Rekindle — Beispieltagebuch</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="229" />
        <source>Rekindle Journal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle</name>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="58" />
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="50" />
        <source>The journal folder %1 is a file, not a folder. Choose another folder.</source>
        <translation>Der Tagebuchordner %1 ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="53" />
        <source>Rekindle cannot create the journal folder %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle kann den Tagebuchordner %1 nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="74" />
        <source>This journal is already open in another Rekindle window. Switch to that window, or close it and try again.</source>
        <translation>Dieses Tagebuch ist bereits in einem anderen Rekindle-Fenster geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="78" />
        <source>Rekindle cannot write in the journal folder %1. Check its permissions, or choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="89" />
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="96" />
        <source>The journal file is damaged or is not a Rekindle journal. Rekindle left it unchanged.</source>
        <translation>Die Tagebuchdatei ist beschädigt oder kein Rekindle-Tagebuch. Rekindle hat sie nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="56" />
        <source>The sample reflections could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="157" />
        <source>I saw a photo of them with friends, looking happy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="159" />
        <source>They have moved on completely and never think of me.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="160" />
        <source>They look happy in the photo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="161" />
        <source>One photo shows one moment. I look happy in photos on hard days too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="163" />
        <source>I do not know how they feel. I can look after how I feel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="184" />
        <source>What did I enjoy doing just for myself this week?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="106" />
        <source>The sample journal could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="42" />
        <source>This goal no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="36" />
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="44" />
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="46" />
        <source>true/false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="48" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="50" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="52" />
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="54" />
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="58" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="94" />
        <source>"%1" is missing; it is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="100" />
        <source>"%1" must be an id: text of 1 to %2 characters, not %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="103" />
        <source>text of %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="108" />
        <source>"%1" must be text, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="110" />
        <source>"%1" is too long: %2 characters, at most %3 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="118" />
        <source>"%1" must be a whole number from %2 to %3, not %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="127" />
        <source>"%1" must be a date and time like 2026-03-14T09:30:00.000Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="132" />
        <source>"%1" must be a day like 2026-03-14.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="161" />
        <source>The journal could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="46" />
        <source>This item no longer exists. It may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="28" />
        <source>This reflection no longer exists. It may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="44" />
        <source>This contact is no longer in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="38" />
        <source>This message is no longer in the journal.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="19" />
        <source>About Rekindle</source>
        <translation>Über Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="36" />
        <source>A private journal that walks you through five steps after a breakup, at your own pace. Moving on is a good outcome too.</source>
        <translation>Ein privates Tagebuch, das Sie nach einer Trennung in fünf Schritten begleitet, in Ihrem eigenen Tempo. Weiterzugehen ist auch ein gutes Ergebnis.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="38" />
        <source>Everything you write stays on this computer. Rekindle never uses the network and collects nothing.</source>
        <translation>Alles, was Sie schreiben, bleibt auf diesem Computer. Rekindle nutzt nie das Netzwerk und sammelt nichts.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="40" />
        <source>Your journal: %1</source>
        <translation>Ihr Tagebuch: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="42" />
        <source>Copyright 2026 The Rekindle authors. Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::AcknowledgePage</name>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="33" />
        <source>Where I Stand</source>
        <translation>Wo ich stehe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="35" />
        <source>My Part</source>
        <translation>Mein Anteil</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="37" />
        <source>Space</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="39" />
        <source>Unsent Messages</source>
        <translation>Nicht gesendete Nachrichten</translation>
    </message>
</context>
<context>
    <name>Rekindle::Backups</name>
    <message>
        <location filename="../app/storage/Backups.cpp" line="111" />
        <location filename="../app/storage/Backups.cpp" line="221" />
        <source>The backup %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="115" />
        <location filename="../app/storage/Backups.cpp" line="126" />
        <source>The backup cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="174" />
        <source>The search index could not be tidied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="207" />
        <source>An old backup could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="219" />
        <source>Rekindle could not make a temporary folder for the restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="228" />
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="250" />
        <source>The current journal could not be backed up, so nothing was changed. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ChartStore</name>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="43" />
        <source>The history of space could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="82" />
        <source>The goals could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="106" />
        <source>The check-ins could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="126" />
        <source>The contacts could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="142" />
        <source>The journal's history could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="180" />
        <location filename="../app/storage/ChartStore.cpp" line="208" />
        <location filename="../app/storage/ChartStore.cpp" line="224" />
        <source>The progress of this step could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::CheckReport</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="43" />
        <source>Result: the journal is healthy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="45" />
        <source>Result: problems found: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::CommandLine</name>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="33" />
        <source>Keep the journal in &lt;folder&gt; instead of the standard location.</source>
        <translation>Das Tagebuch in &lt;Ordner&gt; statt am Standardort ablegen.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="34" />
        <location filename="../app/core/CommandLine.cpp" line="55" />
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="36" />
        <source>Open a sample journal in a temporary folder, to look around. Your own journal is not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="39" />
        <source>How many days of history the sample journal has (1 to 36500).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="39" />
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="42" />
        <source>Average journal entries per day in the sample journal (0.1 to 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="43" />
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="66" />
        <source>A private journal that walks you through five steps after a breakup.</source>
        <translation>Ein privates Tagebuch, das Sie nach einer Trennung in fünf Schritten begleitet.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="154" />
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="94" />
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="101" />
        <source>--demo-days must be a whole number from 1 to 36500.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="106" />
        <source>--demo-entries-per-day must be a number from 0.1 to 20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="208" />
        <source>License GPL-3.0-or-later. Everything you write stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="45" />
        <source>Export the journal to FILE as &lt;format&gt; (json, csv, markdown, html or pdf), without opening a window. The file is not encrypted: anyone who gets it can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="48" />
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="50" />
        <source>Import a JSON export into the journal, adding what it does not have yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="51" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="53" />
        <source>With --import: replace the journal's content with the file's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="55" />
        <source>Write a backup copy of the journal into &lt;folder&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="57" />
        <source>Check the journal for damage and report; exit status 0 when healthy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="58" />
        <source>With --export: only from this day (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="59" />
        <location filename="../app/core/CommandLine.cpp" line="61" />
        <source>day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="60" />
        <source>With --export: only up to this day (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="62" />
        <source>With --export: only this step (1 to 5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="63" />
        <source>step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="126" />
        <source>--export needs a format: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="130" />
        <source>--export needs the file to write, e.g. --export json journal.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="150" />
        <source>Use one of --export, --import, --backup and --check at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="159" />
        <source>--import and --backup need a file or folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="164" />
        <source>--replace goes with --import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="169" />
        <source>--from, --to and --step go with --export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="178" />
        <source>--from and --to need a day like 2026-03-14.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="187" />
        <source>--step must be a number from 1 to 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="193" />
        <source>--from must not be after --to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::CommitmentModel</name>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="83" />
        <source>Overdue since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="96" />
        <source>%1 (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="115" />
        <source>Promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="117" />
        <source>Made on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="119" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="121" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="123" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="168" />
        <source>Choose a commitment first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="28" />
        <source>D&amp;ue by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="30" />
        <source>&amp;Add Commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="33" />
        <source>&amp;Commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="37" />
        <source>Something small you can keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="44" />
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="49" />
        <source>A promise I made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="51" />
        <source>&amp;Promise:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="53" />
        <source>&amp;Made on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="64" />
        <source>Set Status to Kept or Broken when the time comes; overdue promises are shown in bold. Keeping small promises builds more trust than making big ones.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ConsoleCommands</name>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="57" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="59" />
        <source>Note: the export is not encrypted. Anyone who gets the file can read everything in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="77" />
        <source>The journal as it was is kept in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="84" />
        <source>%1: %2 added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="85" />
        <source>Imported %1 records; %2 were already in the journal; %3 settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="95" />
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="101" />
        <source>Backed up to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="172" />
        <source>Run 'rekindle --help' to see the options.</source>
        <translation>Mit 'rekindle --help' werden die Optionen angezeigt.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactEvent</name>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="18" />
        <source>Text message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="19" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="20" />
        <source>Social media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="21" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="22" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="26" />
        <source>No reply yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="27" />
        <source>Warm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="28" />
        <location filename="../app/core/ContactEvent.cpp" line="34" />
        <source>Neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="29" />
        <source>Cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="33" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="35" />
        <source>Heavy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="46" />
        <source>Choose when the contact happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="48" />
        <source>A contact cannot be logged in the future. Choose a time that has already passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="51" />
        <source>The note is too long: keep it under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="54" />
        <source>The topics are too long: keep them under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="57" />
        <source>A response can only be recorded for a contact you made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="101" />
        <source>I reached out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="101" />
        <source>They reached out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ContactListModel</name>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="124" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="126" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="128" />
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="130" />
        <source>Tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="132" />
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="134" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="136" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="191" />
        <source>Choose a contact first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ContactLogSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="38" />
        <source>&amp;Add to Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="39" />
        <source>Check a &amp;Message…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="41" />
        <source>Con&amp;tacts, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="57" />
        <source>A few words: her new job, the concert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="62" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="67" />
        <source>Log a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="75" />
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="76" />
        <source>&amp;Who reached out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="77" />
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="78" />
        <source>T&amp;one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="79" />
        <source>Their &amp;response:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="80" />
        <source>To&amp;pics:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="81" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="132" />
        <source>Logged. When they reply, double-click the Response cell to record it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="141" />
        <source>Logged as a message you sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ContactResponseChart</name>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="20" />
        <source>My contacts and their responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="21" />
        <source>No contacts you made in this period. When you log one, and how they responded, it shows here. Giving space is progress too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="103" />
        <source>Per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="103" />
        <source>Per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="123" />
        <source>Week of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="125" />
        <source>%n contact(s) you made</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="129" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::DemoJournal</name>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="93" />
        <source>The sample journal could not be created.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps345</name>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="104" />
        <source>our song</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::EmotionRatingsEditor</name>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="23" />
        <source>Add a Feeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="52" />
        <source>%1: feeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="57" />
        <source>A feeling, e.g. sad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="63" />
        <source> of 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="64" />
        <source>%1: how strong, 0 to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="67" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="68" />
        <source>Remove this feeling</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::EntryEditor</name>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="27" />
        <source>A title, if you like</source>
        <translation>Ein Titel, wenn Sie möchten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="28" />
        <source>Entry title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="33" />
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="34" />
        <source>Mood, from 1 (very low) to 10 (very good)</source>
        <translation>Stimmung, von 1 (sehr schlecht) bis 10 (sehr gut)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="35" />
        <source>How you feel, from 1 (very low) to 10 (very good)</source>
        <translation>Wie es Ihnen geht, von 1 (sehr schlecht) bis 10 (sehr gut)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="38" />
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="39" />
        <source>Write freely. Everything is saved as you type and stays on this computer.</source>
        <translation>Schreiben Sie frei. Alles wird beim Tippen gespeichert und bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="46" />
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="48" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="50" />
        <source>&amp;Mood:</source>
        <translation>&amp;Stimmung:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="91" />
        <source>Written %1 at %2</source>
        <translation>Geschrieben am %1 um %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="96" />
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryItemDelegate</name>
    <message>
        <location filename="../app/ui/widgets/EntryItemDelegate.cpp" line="25" />
        <source>mood %1/10</source>
        <translation>Stimmung %1/10</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryListModel</name>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="48" />
        <source>%1, written %2</source>
        <translation>%1, geschrieben %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryStore</name>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="69" />
        <source>The new entry could not be saved.</source>
        <translation>Der neue Eintrag konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="95" />
        <source>Your changes could not be saved.</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="124" />
        <source>The entry could not be deleted.</source>
        <translation>Der Eintrag konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="149" />
        <location filename="../app/storage/EntryStore.cpp" line="169" />
        <source>The entry could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="180" />
        <source>The entries could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="204" />
        <source>The entries could not be counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="31" />
        <source>The &amp;whole journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="32" />
        <source>From a &amp;date range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="33" />
        <source>One &amp;step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="39" />
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="145" />
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="170" />
        <source>Export Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="46" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="60" />
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="63" />
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="66" />
        <source>Step to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="68" />
        <source>Step %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="71" />
        <source>What to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="75" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="88" />
        <source>The exported file is not protected: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="95" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="143" />
        <source>Rekindle Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="155" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="155" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Exporter</name>
    <message>
        <location filename="../app/export/Exporter.cpp" line="33" />
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="80" />
        <source>Rekindle Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="123" />
        <source>JSON — complete, can be imported again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="125" />
        <source>CSV — tables for a spreadsheet, one file per kind of record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="127" />
        <source>Markdown — plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="129" />
        <source>HTML — a web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="131" />
        <source>PDF — for reading and printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="140" />
        <source>JSON, complete and re-importable (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="142" />
        <source>CSV tables, one file per kind of record (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="144" />
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="146" />
        <source>Web page (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="148" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::FeelingModel</name>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="92" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="94" />
        <source>What I shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="96" />
        <source>How it was received</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::FeelingsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="28" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="36" />
        <source>What I shared, honestly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="38" />
        <source>How they took it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="42" />
        <source>A feeling I shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="50" />
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="51" />
        <source>W&amp;hat I shared:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="52" />
        <source>How it was &amp;received:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="59" />
        <source>&amp;Feelings shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="76" />
        <source>Saved. Saying how you feel takes courage.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::FoundationSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="21" />
        <source>not known yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="23" />
        <source>weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="25" />
        <source>growing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="27" />
        <source>strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="46" />
        <source>The foundation, over the last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="50" />
        <source>Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="50" />
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="50" />
        <source>Open issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="72" />
        <source>Trust is the share of promises kept (step 4); connection is the share of warm replies to your messages (step 3); open issues are those not yet resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="89" />
        <source>The foundation needs more time before bigger steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="90" />
        <source>The foundation is holding. Keep the pace that got you here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Goal</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="19" />
        <source>Fitness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="20" />
        <source>New hobby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="21" />
        <source>Professional help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="22" />
        <source>Personal issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="23" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="31" />
        <source>Give the goal a title, for example "Walk for 20 minutes".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="33" />
        <source>The title is too long: keep it under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="36" />
        <source>Choose every day, or between 1 and 6 times a week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="38" />
        <source>Choose the day the goal starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="45" />
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="46" />
        <source>Once a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="46" />
        <source>%1 times a week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::GoalAdherenceChart</name>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="21" />
        <source>Goals kept per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="22" />
        <source>No goals to show for this period yet. Add a goal in step 2 and tick the days you work on it; each week's share of what you planned shows here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="31" />
        <source>Goal to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="32" />
        <source>Show all goals together, or one goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="44" />
        <source>All goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="48" />
        <source>%1 (archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="105" />
        <source>Check-ins done of planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="132" />
        <source>Kept</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="152" />
        <source>Week of %1
%2% kept
%n check-in(s), %3 planned</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalCheckIn</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="52" />
        <source>Choose the day to check in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="54" />
        <source>You can only check in for today or a day that has passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="56" />
        <source>This goal started on %1; choose that day or a later one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="59" />
        <source>The note is too long: keep it under %1 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::GoalListModel</name>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="73" />
        <source>1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="73" />
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="74" />
        <source>1 week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="74" />
        <source>%1 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="110" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="111" />
        <source>%1 of %2 this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="132" />
        <source>From %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="139" />
        <source>%1 check-ins of about %2 asked for in the last %3 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="146" />
        <source>Grew out of "my part": %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="148" />
        <source>Checked in today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="148" />
        <source>Not checked in today yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="154" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="154" />
        <source>checked in today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="155" />
        <source>not checked in today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="169" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="171" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="173" />
        <source>Streak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="175" />
        <source>Best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="177" />
        <source>14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="179" />
        <source>30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181" />
        <source>How often</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="183" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="185" />
        <source>From my part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="229" />
        <location filename="../app/models/GoalListModel.cpp" line="236" />
        <location filename="../app/models/GoalListModel.cpp" line="243" />
        <location filename="../app/models/GoalListModel.cpp" line="250" />
        <source>Choose a goal first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::GoalStore</name>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="58" />
        <location filename="../app/storage/GoalStore.cpp" line="68" />
        <source>The goal could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="82" />
        <source>The goal could not be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="91" />
        <source>Work on: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="123" />
        <source>Your changes to the goal could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="148" />
        <source>The goal could not be archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="149" />
        <source>The goal could not be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="172" />
        <location filename="../app/storage/GoalStore.cpp" line="183" />
        <source>The goal could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="198" />
        <source>The goals could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="214" />
        <source>The check-in could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="235" />
        <source>The check-in could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="254" />
        <source>The check-in could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="267" />
        <source>The check-ins could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="282" />
        <source>The check-ins could not be counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::GoalsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="37" />
        <source>&amp;Add Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="38" />
        <source>Show a&amp;rchived goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="43" />
        <source>&amp;Check In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="44" />
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="202" />
        <source>Arc&amp;hive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="49" />
        <source>For example: a 20-minute walk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="54" />
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="55" />
        <source>Once a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="57" />
        <source>%1 times a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="65" />
        <source>A new goal, for yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="73" />
        <source>&amp;Goal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="75" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="77" />
        <source>How &amp;often:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="79" />
        <source>&amp;Starts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="96" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="116" />
        <source>Optional note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="120" />
        <source>Check in the selected goal for &amp;day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="122" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="194" />
        <source>No archived goals. Archive a goal you have finished or put aside; you can restore it any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="196" />
        <source>No goals yet. Add one above: something for your body, a new hobby, or a first talk with a professional. Then tick it in the Today column each time you do it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="202" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="241" />
        <source>Checked in "%1" for %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::IssueModel</name>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="108" />
        <source>Raised on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="110" />
        <source>Raised by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="112" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="114" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="116" />
        <source>What we agreed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::IssuesSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="29" />
        <source>&amp;Add Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="40" />
        <source>What it is about, in a few words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="44" />
        <source>Something that came up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="52" />
        <source>Raised &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="53" />
        <source>&amp;On:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="57" />
        <source>Wh&amp;at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="64" />
        <source>Face issues together, not around each other. When you agree on something, write it down under "What we agreed".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="73" />
        <source>&amp;Issues</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Journal</name>
    <message>
        <location filename="../app/storage/Journal.cpp" line="133" />
        <location filename="../app/storage/Journal.cpp" line="252" />
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Rekindle geschrieben. Aktualisieren Sie Rekindle, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="141" />
        <source>Rekindle cannot create the journal file in %1. Check that you may write there, or choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="152" />
        <source>Rekindle cannot open the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="225" />
        <location filename="../app/storage/Journal.cpp" line="230" />
        <source>Rekindle cannot prepare the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="234" />
        <source>Rekindle cannot read the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="250" />
        <source>Rekindle cannot read the journal's version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="268" />
        <source>Rekindle needs to update this journal but could not back it up first, so it left it unchanged. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="277" />
        <location filename="../app/storage/Journal.cpp" line="282" />
        <source>Rekindle could not update the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="315" />
        <source>A file named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="319" />
        <location filename="../app/storage/Journal.cpp" line="323" />
        <source>Rekindle could not back up the journal.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::JournalActions</name>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="27" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="28" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="29" />
        <source>&amp;Restore from a Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="32" />
        <source>Save the journal, or part of it, as PDF, HTML, Markdown, JSON or CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="35" />
        <source>Add the contents of a Rekindle JSON export to this journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="37" />
        <source>Bring the journal back to an earlier day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="49" />
        <source>The journal was exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="55" />
        <source>Import a Journal Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="57" />
        <source>Rekindle JSON export (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="71" />
        <location filename="../app/ui/JournalActions.cpp" line="74" />
        <location filename="../app/ui/JournalActions.cpp" line="91" />
        <location filename="../app/ui/JournalActions.cpp" line="99" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="75" />
        <source>How should the file's contents join this journal?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="78" />
        <source>Add: keeps everything in the journal and adds what it does not have yet.
Replace: the journal becomes exactly the file's contents; the journal as it is now is kept as a backup first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="81" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="82" />
        <source>&amp;Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="102" />
        <source>Records imported: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="111" />
        <source>The journal was restored from the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="118" />
        <source>Today's backup could not be made: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::JournalCheck</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="57" />
        <source>Journal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="58" />
        <source>Schema version: %1 (this Rekindle writes %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="65" />
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="68" />
        <source>Database structure: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="70" />
        <source>Database structure: ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="75" />
        <source>Links between records: broken links in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="78" />
        <source>Links between records: ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="85" />
        <source>%1: cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="91" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="96" />
        <source>Search index: damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="102" />
        <source>Search index: holds %1 records, the journal %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="105" />
        <source>Search index: ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="119" />
        <source>Table "%1" is not known to export and restore (a missing RecordKinds entry)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::JournalEntry</name>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="22" />
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/JournalEntry.cpp" line="32" />
        <source>The title is too long: keep it under %n characters.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="37" />
        <source>This entry is too long to save. Split it into several entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="41" />
        <source>Mood must be between %1 and %2.</source>
        <translation>Die Stimmung muss zwischen %1 und %2 liegen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalExport</name>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="136" />
        <location filename="../app/storage/JournalExport.cpp" line="140" />
        <location filename="../app/storage/JournalExport.cpp" line="158" />
        <location filename="../app/storage/JournalExport.cpp" line="162" />
        <location filename="../app/storage/JournalExport.cpp" line="198" />
        <location filename="../app/storage/JournalExport.cpp" line="263" />
        <source>The journal could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="280" />
        <source>Rekindle Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="281" />
        <source>Exported on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="303" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="315" />
        <source>Step %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::JournalImport</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="190" />
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="198" />
        <source>the whole file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="198" />
        <source>an export is a JSON object, this is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="199" />
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="200" />
        <source>something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="208" />
        <source>Rekindle cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="211" />
        <source>%1 is too large to be a Rekindle export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="219" />
        <source>this is not a Rekindle journal export ("format" must be "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="224" />
        <source>it must be a whole number from 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="227" />
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="234" />
        <location filename="../app/storage/JournalImport.cpp" line="248" />
        <source>it must be an object, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="239" />
        <source>a setting's name must be 1 to 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="241" />
        <source>a setting must be text, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="243" />
        <source>the setting is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="253" />
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="257" />
        <source>it must be a list, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="270" />
        <source>a record must be an object, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="275" />
        <source>"%1" is not a field of this kind of record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="285" />
        <source>the uid "%1" appears twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="293" />
        <source>another record has the same %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="319" />
        <source>"%1" points to "%2", which is neither in the file nor in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="332" />
        <source>The import could not be written; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::JournalPanel</name>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="28" />
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="29" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="34" />
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="44" />
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Einen neuen Eintrag beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="46" />
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="49" />
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="174" />
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="184" />
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="83" />
        <source>Write the First Entry</source>
        <translation>Den ersten Eintrag schreiben</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="143" />
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="175" />
        <source>Delete this entry? Its text will be removed from the journal for good.</source>
        <translation>Diesen Eintrag löschen? Sein Text wird endgültig aus dem Tagebuch entfernt.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="203" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="207" />
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="210" />
        <source>Your text is still here in the editor. Rekindle will try again as you keep writing.</source>
        <translation>Ihr Text ist noch im Editor. Rekindle versucht es erneut, während Sie weiterschreiben.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="223" />
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="253" />
        <source>Editing…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="293" />
        <source>Open Entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::JourneyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="29" />
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="34" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="36" />
        <source>How Rekindle gauges the pace of reconnecting. These inform; they never block anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="42" />
        <source>Days of space before reaching &amp;out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="47" />
        <source>Smallest &amp;gap between two milestones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="58" />
        <source>Reconnecting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="59" />
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="62" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="103" />
        <source>All changes saved at %1</source>
        <translation>Alle Änderungen um %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="70" />
        <source>Everything you write stays on this computer.</source>
        <translation>Alles, was Sie schreiben, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="168" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="169" />
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="175" />
        <source>Start a new journal entry in the current step</source>
        <translation>Einen neuen Tagebucheintrag im aktuellen Schritt beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="182" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="187" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="190" />
        <source>&amp;Delete Entry…</source>
        <translation>Eintrag &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="210" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="212" />
        <source>Step &amp;%1: %2</source>
        <translation>Schritt &amp;%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="218" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="273" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="274" />
        <source>&amp;About Rekindle</source>
        <translation>Ü&amp;ber Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="277" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="292" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="293" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="294" />
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="295" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="296" />
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="297" />
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="359" />
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="360" />
        <source>Some of your writing could not be saved. If you quit now, it will be lost. Quit anyway?</source>
        <translation>Einiges von Ihrem Text konnte nicht gespeichert werden. Wenn Sie jetzt beenden, geht es verloren. Trotzdem beenden?</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="129" />
        <source>This item is no longer in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="144" />
        <source>Goal added to Work on Yourself (Ctrl+2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="197" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="206" />
        <source>&amp;Search the Journal</source>
        <translation>Tagebuch &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="225" />
        <source>&amp;Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="229" />
        <source>&amp;Like the System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="230" />
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="231" />
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="243" />
        <source>&amp;Reflect</source>
        <translation>&amp;Nachdenken</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="244" />
        <source>&amp;Reflect…</source>
        <translation>&amp;Nachdenken …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="247" />
        <source>Answer a few questions about the current step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="248" />
        <source>&amp;Mood Check-in…</source>
        <translation>&amp;Stimmung festhalten …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="251" />
        <source>Note how you feel right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="252" />
        <source>&amp;Progress…</source>
        <translation>&amp;Fortschritt …</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="255" />
        <source>See your progress and how things changed over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="256" />
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Meetup</name>
    <message>
        <location filename="../app/core/Meetup.cpp" line="17" />
        <source>Coffee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="18" />
        <source>A walk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="19" />
        <source>A meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="20" />
        <source>An activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="21" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="24" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="25" />
        <source>Went well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="26" />
        <source>Mixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="27" />
        <source>Difficult</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="35" />
        <source>Choose the day of the meet-up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="38" />
        <source>Keep the place under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="42" />
        <source>The note is too long: keep it under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="46" />
        <source>How it went can be recorded once the day has come.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MeetupModel</name>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="84" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="86" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="88" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="90" />
        <source>How it went</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="92" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MeetupsSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="29" />
        <source>&amp;Plan Meet-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="39" />
        <source>Somewhere easy and public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="43" />
        <source>Keep it casual and short: a coffee or a walk is plenty. Afterwards, note how it went.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="47" />
        <source>Plan a meet-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="55" />
        <source>&amp;Day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="56" />
        <source>&amp;What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="57" />
        <source>W&amp;here:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="61" />
        <source>&amp;Meet-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="80" />
        <source>Planned. Afterwards, double-click "How it went" to note it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MessageCheck</name>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="145" />
        <source>Heavy topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="146" />
        <source>The past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="147" />
        <source>Blame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="148" />
        <source>Pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="152" />
        <source>A heavy topic. The relationship, big apologies and declarations can wait for a time when you are both ready; a first message works best when it is light.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="156" />
        <source>About the past. Bringing up old times can feel like pressure; talk about today instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="159" />
        <source>Sounds like blame. Words like "always" and "never" tend to start an argument; speak about yourself instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="162" />
        <source>Sounds like pressure. Leave them free to answer when, and if, they want to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="168" />
        <source>Ask how they are: "Hi, I hope you are doing well. How is the new job going?"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="171" />
        <source>Share something good: "I finally finished that pottery class. Thought you might smile at that."</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="174" />
        <source>Mention something you know they enjoy: "Saw that your team won yesterday. Great game!"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="177" />
        <source>Keep it short and leave no question that needs an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="226" />
        <source>Type the phrase to look for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="229" />
        <source>Keep the phrase under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="233" />
        <source>A phrase of one character would match too much: use at least two.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="345" />
        <source>This is a long message (%1 characters). A first message works best in two or three sentences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="355" />
        <source>Your last message has no reply yet. Give them time before writing again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="358" />
        <source>%1 of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="369" />
        <source>You wrote to them less than an hour ago. Let a few days pass.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="371" />
        <source>You wrote to them %1 hours ago. Let a few days pass.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MessageCheckDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="61" />
        <source>&amp;Add Phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="63" />
        <source>&amp;Remove Phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="65" />
        <source>&amp;Keep the text in the log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="66" />
        <source>I &amp;Sent It Myself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="70" />
        <source>Message Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="72" />
        <source>Type or paste the message you are thinking of sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="75" />
        <source>What the check found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="79" />
        <source>A phrase of your own to watch for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="81" />
        <source>Kind of phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="86" />
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="117" />
        <source>My phrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="89" />
        <source>Sent as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="96" />
        <source>&amp;Draft:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="98" />
        <source>What the check &amp;found:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="100" />
        <source>Lighter ways to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="144" />
        <source>Sent &amp;as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="197" />
        <source>%1 – "%2": %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="204" />
        <source>Rekindle will point out what might weigh a first message down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="206" />
        <source>This reads light and friendly. Whether and when to send it is up to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="209" />
        <source>A few things to look at (%1). Consider one of the lighter openers on the right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="219" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MessageChecker</name>
    <message>
        <location filename="../app/models/MessageChecker.cpp" line="75" />
        <source>Write the message first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MilestoneModel</name>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="47" />
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="63" />
        <source>Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="65" />
        <source>Planned for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="67" />
        <source>Reached on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="109" />
        <location filename="../app/models/MilestoneModel.cpp" line="118" />
        <location filename="../app/models/MilestoneModel.cpp" line="127" />
        <source>Choose a milestone first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MilestoneStore</name>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="31" />
        <source>This milestone is no longer in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="44" />
        <source>The milestones could not be prepared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="94" />
        <source>The milestone could not be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="111" />
        <source>Your changes to the milestone could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="123" />
        <source>The milestone could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="145" />
        <source>The milestone could not be moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="170" />
        <source>The milestone could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="182" />
        <source>The milestones could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MilestonesSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="33" />
        <source>&amp;Add Milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="35" />
        <source>&amp;Plan for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="36" />
        <source>&amp;Reached Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="37" />
        <source>Clear &amp;Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="38" />
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="39" />
        <source>Move Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="43" />
        <source>M&amp;ilestones, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="47" />
        <source>A milestone of your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="48" />
        <source>New milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="52" />
        <source>Planned day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="61" />
        <source>There is no rush. Reorder, rename or remove these to fit your story; mark each one when it happens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="152" />
        <source>Slow down a little.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MoodChart</name>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="19" />
        <source>Mood over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="20" />
        <source>No moods in this period yet. Check in with Ctrl+M, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="42" />
        <source>Daily mood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="49" />
        <source>7-day average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="75" />
        <source>Mood</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="98" />
        <source>%1
Mood %2 (%n value(s))
7-day average %3</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodCheckIn</name>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="12" />
        <source>Mood goes from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="16" />
        <source>The note is too long: keep it under %n characters.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="20" />
        <source>Pick at most %n feelings.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="25" />
        <source>A feeling's name may not be empty or contain a comma.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MoodDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="28" />
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="65" />
        <source>very low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="29" />
        <source>low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="30" />
        <source>quite low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="31" />
        <source>a bit low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="32" />
        <source>so-so</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="33" />
        <source>okay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="34" />
        <source>fairly good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="35" />
        <source>good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="36" />
        <source>very good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="37" />
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="66" />
        <source>wonderful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="52" />
        <source>Mood Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="55" />
        <source>&amp;How do you feel right now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="74" />
        <source>&amp;Feelings (pick any that fit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="77" />
        <source>Feelings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="93" />
        <source>✓ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="98" />
        <source>&amp;Note (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="102" />
        <source>Anything you want to remember about this moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="143" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MoodStore</name>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="42" />
        <source>The mood check-in could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="69" />
        <source>The mood check-in could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="78" />
        <location filename="../app/storage/MoodStore.cpp" line="93" />
        <source>This mood check-in no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="89" />
        <source>The mood check-in could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="102" />
        <source>The mood check-ins could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="114" />
        <source>The mood check-ins could not be counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MoodStrip</name>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="61" />
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="106" />
        <source>Mood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="67" />
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="111" />
        <source>no check-ins yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="137" />
        <source>Your latest moods. Check in with Ctrl+M.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="148" />
        <source>Latest moods: no check-ins yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="149" />
        <source>Latest moods, oldest first: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MyPartItem</name>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="18" />
        <source>Noticed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="19" />
        <source>Working on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="20" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="28" />
        <source>Write a few words about what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="31" />
        <source>This text is too long: keep it under %1 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MyPartModel</name>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="73" />
        <source>Goal in Work on Yourself: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="75" />
        <source>Not a goal yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="90" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="92" />
        <source>My part in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="94" />
        <source>What I will do instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="96" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="98" />
        <source>Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="160" />
        <location filename="../app/models/MyPartModel.cpp" line="167" />
        <source>Choose an item first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MyPartSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="33" />
        <source>&amp;Add to My Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="36" />
        <source>Turn into a &amp;Goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="37" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="42" />
        <source>For example: arguments about my long hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="44" />
        <source>What I did or did not do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="46" />
        <source>What I will do differently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="51" />
        <source>Look at your own part honestly and kindly: everyone makes mistakes, and seeing them is how you change them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="56" />
        <source>Something I see now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="64" />
        <source>&amp;What happened:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="65" />
        <source>My &amp;part in it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="66" />
        <source>What I will do &amp;instead:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="72" />
        <source>My part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="87" />
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="203" />
        <source>Delete Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="97" />
        <source>Nothing here yet. Write one thing you would do differently above and press Add to My Part. Double-click any cell later to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="101" />
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="157" />
        <source>Make a goal in Work on Yourself from the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="156" />
        <source>This item already has a goal in Work on Yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="191" />
        <source>A goal was added to Work on Yourself: "%1". Tick it there as you go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="204" />
        <source>Delete "%1" from My Part? A goal made from it stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="208" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MyPartStatusDelegate</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartStatusDelegate.cpp" line="21" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MyPartStore</name>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="57" />
        <source>The item could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="83" />
        <source>Your changes could not be saved.</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="107" />
        <source>The item could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="126" />
        <source>The item could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="137" />
        <source>The items could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::OutcomeSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="24" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="33" />
        <source>Where my journey stands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35" />
        <source>Still &amp;in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35" />
        <source>We are &amp;back together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="36" />
        <source>I have &amp;moved on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="69" />
        <source>Saved. You can change this at any time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Pace</name>
    <message>
        <location filename="../app/core/Pace.cpp" line="19" />
        <source>A friendly message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="20" />
        <source>A phone call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="21" />
        <source>A first coffee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="22" />
        <source>Regular contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="23" />
        <source>A first date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="24" />
        <source>Talking about the relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="25" />
        <source>Officially back together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="29" />
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="30" />
        <source>Back together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="31" />
        <source>Moved on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="39" />
        <source>Give the milestone a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="42" />
        <source>Keep the name under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="46" />
        <source>A milestone can only be reached today or earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="88" />
        <source>"%1" came %2 days after "%3". Consider slowing down: let each step settle for at least %4 days before the next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="104" />
        <source>"%1" is planned while the foundation is still weak. Consider slowing down and giving trust and connection more time first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="122" />
        <source>no promises settled yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="123" />
        <source>Trust grows from small promises kept. Make one you can keep and record it in step 4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="129" />
        <source>%1 of %2 promises kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="133" />
        <source>You keep your word: that is the ground trust stands on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="136" />
        <source>Most promises are kept. Fewer, smaller promises are easier to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="138" />
        <source>Several promises were not kept. Make smaller ones, and keep them, before taking bigger steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="145" />
        <source>no responses recorded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="146" />
        <source>How they respond when you reach out shows how connected you are. Record their replies in step 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="153" />
        <source>%1 of %2 responses warm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="157" />
        <source>They respond warmly most of the time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="160" />
        <source>Some warmth is there. Keep contact light and let it grow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="162" />
        <source>Their responses are mostly cool. Give them room; warmth cannot be hurried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="171" />
        <source>%1 open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="172" />
        <source>Nothing is left unresolved between you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="175" />
        <source>A few things are still being worked through; that is normal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="177" />
        <source>Several issues are open. Working through them comes before bigger steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="204" />
        <source>The journey is still unfolding. Nothing has to be decided today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="207" />
        <source>You are back together. Keep the habits that brought you here: honesty, kept promises, and time for yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="211" />
        <source>You have moved on. That is a full and good outcome: the work you did for yourself stays with you. Your journal is kept, and steps 1 and 2 now focus on caring for yourself.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="32" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="36" />
        <source>These settings are kept in your journal, so they travel with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="48" />
        <source>Space</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="76" />
        <source>Rekindle gently points it out when your messages to them start to pile up. Choose when:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="81" />
        <source>Contacts I make within &amp;24 hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="84" />
        <source>Contacts in a row &amp;without a reply:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ProgressChart</name>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="35" />
        <source>Export as &amp;Image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="45" />
        <source>Save this chart as a PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="46" />
        <source>Export %1 as an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="191" />
        <source>The image could not be saved to %1. Check that you may write there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="202" />
        <source>rekindle-%1.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="203" />
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="205" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="210" />
        <source>Not Exported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ProgressDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="37" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="44" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="49" />
        <source>Hover over a bar to see what it counts. Progress is a guide, not a grade: moving at your own pace is fine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="56" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="59" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="60" />
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="61" />
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="62" />
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="110" />
        <source>&amp;How is progress worked out?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="116" />
        <source>Each step's bar is a mix of the things below. Each counts up to its target, and some weigh more than others. Things a step has no data for yet are left out rather than counted against you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="123" />
        <source>Days of space count the current stretch since you last reached out. Goal check-ins compare the last 14 days with what your active goals asked for; doing more than planned does not count twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::PromptEditorDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="25" />
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="26" />
        <source>Move &amp;Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="27" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="30" />
        <source>Reflection Questions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="33" />
        <source>These questions are asked, one at a time, when you reflect on this step. Untick a question to hide it; double-click to reword it. A reflection always ends with a question about what you will do next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="40" />
        <source>&amp;Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="48" />
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="53" />
        <source>Remove one of your own questions (built-in ones can be hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="54" />
        <source>Restore &amp;Built-in Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="129" />
        <source>New Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="129" />
        <source>The question you would like to be asked:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="155" />
        <source>The built-in questions are back. Press OK to keep them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="161" />
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptListModel</name>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="36" />
        <location filename="../app/models/PromptListModel.cpp" line="54" />
        <source>%1 (hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="44" />
        <source>A built-in question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="44" />
        <source>Your own question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="46" />
        <source>Originally: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="48" />
        <source>Looks forward: a reflection ends on a question like this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="50" />
        <source>Hidden: not asked in reflections.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::PromptStore</name>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="36" />
        <location filename="../app/storage/PromptStore.cpp" line="101" />
        <source>The reflection questions could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="51" />
        <source>The reflection questions could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="82" />
        <source>The built-in questions could not be restored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ReadinessSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="29" />
        <source>What Rekindle looks at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="52" />
        <source>This is information, not a gate: nothing in Rekindle is locked by it, and no one can promise how the other person will respond. The minimum days of space can be changed in Preferences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="70" />
        <source>Ready: you have given space and you are looking after yourself. A light, friendly message is a good next step, whenever you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="76" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="77" />
        <source>Not yet, because of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="83" />
        <source>✓ met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="84" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="85" />
        <source>no data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::RebuildTrustPage</name>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="22" />
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="25" />
        <source>Feelings Shared</source>
        <translation>Geteilte Gefühle</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="26" />
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="29" />
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecentMoodModel</name>
    <message>
        <location filename="../app/models/RecentMoodModel.cpp" line="40" />
        <source>Mood %1 of 10, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/RecentMoodModel.cpp" line="44" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ReconnectPage</name>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="30" />
        <source>Safety Check</source>
        <translation>Sicherheitsfrage</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="31" />
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="38" />
        <source>Contact Log</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="39" />
        <source>Meet-ups</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectRules</name>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="73" />
        <source>There has been abuse, threats or intimidation. Your safety, and theirs, comes first: reaching out could put someone at risk. Please talk to someone you trust or to a support service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="78" />
        <source>They have clearly asked for no contact. Respecting that is an act of care, for them and for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="82" />
        <source>A legal no-contact order is in place. Contact of any kind could break it and have serious consequences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="105" />
        <source>Days of space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="110" />
        <source>space not begun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="111" />
        <source>Begin space in step 1: time apart lets both of you steady yourselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="117" />
        <source>%1 days (at least %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="120" />
        <source>%1 of %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="124" />
        <source>You have given real space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="126" />
        <source>A little more time apart gives a first message a better chance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="133" />
        <source>Working on yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="137" />
        <source>no active goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="138" />
        <source>Set a goal in step 2: growing for yourself comes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="147" />
        <source>%1 of %2 goals kept at %3% or more over 14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="153" />
        <source>You are looking after yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="155" />
        <source>Keeping up one goal for two weeks shows you are steadier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="162" />
        <source>Recent mood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="166" />
        <source>not enough moods recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="168" />
        <source>Record a mood with your journal entries to see a trend.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="172" />
        <source>%1 in the last two weeks, %2 the two weeks before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="176" />
        <source>Your mood is steady or rising.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="178" />
        <source>Your mood has dipped lately. Reaching out from a low moment often hurts more than it helps.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ReconnectStore</name>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="33" />
        <source>This meet-up is no longer in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="54" />
        <source>The meet-up could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="70" />
        <source>Your changes to the meet-up could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="82" />
        <source>The meet-up could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="93" />
        <source>The meet-up could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="105" />
        <source>The meet-ups could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="118" />
        <source>Your phrases could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="135" />
        <source>The phrase could not be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="158" />
        <source>The phrase could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="159" />
        <source>This phrase is no longer in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="176" />
        <source>The moods could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::RecordKinds</name>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="97" />
        <source>Journal entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="122" />
        <source>My part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="142" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="164" />
        <source>Goal check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="181" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="203" />
        <source>Urges to reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="221" />
        <source>Unsent messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="239" />
        <source>Small wins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="256" />
        <source>Reflections</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="277" />
        <source>Reflection answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="294" />
        <source>Reflection prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="312" />
        <source>Mood check-ins</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::RecordListPanel</name>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="27" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="49" />
        <source>Double-click a cell to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="91" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="92" />
        <source>Delete this record from your journal? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Reflection</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="32" />
        <source>This reflection has too many questions to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="35" />
        <source>One answer is too long to save. Shorten it, or move part of it into a journal entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="42" />
        <source>Thought record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="42" />
        <source>Reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="52" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ReflectionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="37" />
        <source>Go to the &amp;Last Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="41" />
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="42" />
        <source>&amp;Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="43" />
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="231" />
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="44" />
        <source>Save for &amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="47" />
        <source>Reflect: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="60" />
        <source>Carrying on with the reflection you started %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="64" />
        <source>Your reflection of %1. Changes are saved as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="86" />
        <source>Progress through the questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="88" />
        <source>Keep it short: a few honest sentences are plenty. Looking back helps most in small doses, and the last question looks ahead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="97" />
        <source>You have given this real thought. When you are ready, it may help to wrap up with the last question: what you will do next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="117" />
        <source>Write as much or as little as you like.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="124" />
        <source>Leave this question unanswered and go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="127" />
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="233" />
        <source>Next question (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="129" />
        <source>Your answers are kept; carry on whenever you like</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="219" />
        <source>Question %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="231" />
        <source>&amp;Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="232" />
        <source>Save this reflection (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="304" />
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="305" />
        <source>Your answers could not be saved. If you close now, they will be lost. Close anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ReflectionListModel</name>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="57" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/ReflectionListModel.cpp" line="58" />
        <source>%1 — %2 (draft, %n answered)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="62" />
        <source>%1, written %2</source>
        <translation>%1, geschrieben %2</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="63" />
        <source>Unfinished %1, started %2: open it to carry on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ReflectionPrompts</name>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="184" />
        <source>Write the question you would like to be asked.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReflectionPrompts.cpp" line="187" />
        <source>Keep the question under %n characters.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionStore</name>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="98" />
        <source>The reflection could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="126" />
        <source>Your reflection could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="150" />
        <source>The reflection could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="168" />
        <location filename="../app/storage/ReflectionStore.cpp" line="200" />
        <source>The reflection could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="212" />
        <location filename="../app/storage/ReflectionStore.cpp" line="227" />
        <source>The reflections could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="246" />
        <source>The reflections could not be counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ReflectionsPanel</name>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="34" />
        <source>(not answered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="49" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="50" />
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="54" />
        <source>&amp;Reflect…</source>
        <translation>&amp;Nachdenken …</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="56" />
        <source>Answer a few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="57" />
        <source>&amp;Thought Record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="59" />
        <source>Look at a painful thought from the outside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="60" />
        <source>&amp;Questions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="62" />
        <source>Add, reword, reorder or hide this step's questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="64" />
        <source>Carry on with, or edit, the selected reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="68" />
        <source>Reflections, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="75" />
        <source>The selected reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="95" />
        <source>No reflections yet. Reflecting now and then, briefly, helps to see the way forward. Press Reflect… (Ctrl+R) to begin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="180" />
        <source>Not finished yet. Press Open to carry on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="256" />
        <source>Delete Reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="257" />
        <source>Delete this reflection? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="262" />
        <source>Not Deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::RestoreDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="31" />
        <source>Daily backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="33" />
        <source>Before an update of Rekindle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="35" />
        <source>Before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="48" />
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="51" />
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="152" />
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="168" />
        <source>Restore from a Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="53" />
        <source>Rekindle keeps a copy of your journal each day you use it. Restoring one brings the journal back to that day; the journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="61" />
        <source>Backups, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="65" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="65" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="65" />
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="71" />
        <source>Backups are kept in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="113" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="115" />
        <source>No records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="117" />
        <source>Cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="120" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="130" />
        <source>There are no backups yet. Rekindle makes the first one shortly after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="153" />
        <source>Bring the journal back to how it was on %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="156" />
        <source>What you wrote since then will be replaced. The journal as it is now is kept as a backup first, so you can come back to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="159" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SafetyGate</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="26" />
        <source>Open the Safety &amp;Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="50" />
        <source>Please answer the short safety check first. It takes a moment, and it makes sure that reaching out is safe and welcome.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="53" />
        <source>Reaching out is not advised, because of what you said in the safety check:

%1

Steps 1 and 2 are still here for you, and moving on is a full, respected outcome. You can revisit your answers at any time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SafetySection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="24" />
        <source>There has been &amp;abuse, threats or intimidation between us.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="25" />
        <source>They have clearly asked me for &amp;no contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="26" />
        <source>There is a &amp;legal no-contact order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="27" />
        <source>&amp;Save My Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="31" />
        <source>I Have &amp;Moved On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="48" />
        <source>Before anything else, a short check. Reaching out is only right when it is safe and welcome. Tick what is true; leave the rest. Your answers stay in your journal and you can change them at any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="54" />
        <source>Safety check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="64" />
        <source>Reaching out is not advised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="68" />
        <source>This is not a judgement of you. Steps 1 and 2, giving space and working on yourself, are still yours, and they matter. Moving on is a full and respected outcome: your journal stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="108" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="134" />
        <source>Not answered yet. The tools for reaching out appear once you have saved your answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="138" />
        <source>Answered on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="140" />
        <source>Answered on %1. Nothing stands in the way of a light, friendly message when you feel ready.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SearchBar</name>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="32" />
        <source>Search the journal (Ctrl+F)</source>
        <translation>Tagebuch durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="33" />
        <source>Search the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="57" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="135" />
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="137" />
        <source>The newest %1 matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="139" />
        <source>Matches: %1, newest first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SearchResultDelegate</name>
    <message>
        <location filename="../app/ui/widgets/SearchResultDelegate.cpp" line="75" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SearchResultModel</name>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="81" />
        <source>Show more results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="96" />
        <source>%1, %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="111" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SearchStore</name>
    <message>
        <location filename="../app/storage/SearchStore.cpp" line="48" />
        <source>The search could not be run.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SettingsStore</name>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="20" />
        <source>The journal's settings could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="30" />
        <location filename="../app/storage/SettingsStore.cpp" line="115" />
        <location filename="../app/storage/SettingsStore.cpp" line="140" />
        <source>The setting could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="79" />
        <source>The breakup date cannot be in the future. Choose today or an earlier day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="93" />
        <source>Space can only have begun today or earlier. Choose another day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="112" />
        <source>Choose limits between %1 and %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="191" />
        <source>Choose between %1 and %2 days of space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="206" />
        <source>Choose a gap between %1 and %2 days.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SmallWin</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="65" />
        <source>Write what you did, even if it seems small.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="67" />
        <source>Keep it short: under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="69" />
        <source>Choose the day of the win.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="71" />
        <source>A win is something already done: choose today or an earlier day.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SmallWinModel</name>
    <message>
        <location filename="../app/models/SmallWinModel.cpp" line="49" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SmallWinModel.cpp" line="95" />
        <source>Choose a win first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SmallWinStore</name>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="31" />
        <source>The win could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="51" />
        <source>The win could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="60" />
        <location filename="../app/storage/SmallWinStore.cpp" line="74" />
        <source>This win is no longer in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="70" />
        <source>The win could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="80" />
        <source>The wins could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="102" />
        <source>The wins could not be counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SmallWinsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="28" />
        <source>&amp;Add Win</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="31" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="36" />
        <source>For example: cooked a proper dinner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="43" />
        <source>Small wins, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="51" />
        <source>No wins yet. Anything counts: a walk, a meal, a call to a friend. Write it above and press Add Win.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="56" />
        <source>Notice what you did well. Small steps add up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="59" />
        <source>&amp;What I did:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="61" />
        <source>&amp;On:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SpaceChart</name>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="21" />
        <source>Days of space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="22" />
        <source>Nothing about space in this period yet. Once you note when space began (step 1, Space), each day you give it shows here, with any contacts and the urges you resisted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="60" />
        <source>Urges resisted per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="73" />
        <source>Days of space in a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="94" />
        <source>I reached out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="103" />
        <source>They reached out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="131" />
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="144" />
        <source>Urges</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="167" />
        <source>%n day(s) of space in a row</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="169" />
        <source>A new stretch of space begins tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="171" />
        <source>Before space began</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="175" />
        <source>You reached out %n time(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="179" />
        <source>They reached out %n time(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="186" />
        <source>%n urge(s) resisted that week</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="35" />
        <source>1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="35" />
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="45" />
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="250" />
        <source>&amp;Begin Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="53" />
        <source>Log &amp;Urge Resisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="56" />
        <source>Log &amp;Contact I Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="81" />
        <source>1 is a passing thought, 5 is very strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="83" />
        <source>Optional: what set it off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="89" />
        <source>Optional: what it was about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="93" />
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="204" />
        <source>Giving space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="96" />
        <source>Space &amp;began on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="110" />
        <source>An urge I did not act on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="113" />
        <source>&amp;Strength (1–5):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="116" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="121" />
        <source>A contact I made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="124" />
        <source>&amp;How:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="127" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="138" />
        <source>Every stretch of space, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="143" />
        <source>Contacts, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="167" />
        <source>Stretches of &amp;space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="168" />
        <source>Con&amp;tacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="204" />
        <source>Distance that looks after me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="225" />
        <source>Logged. You noticed the urge and let it pass; that is the work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="238" />
        <source>Logged. Being honest with yourself about contact is part of giving space. A new stretch begins tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="250" />
        <source>&amp;Change Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="254" />
        <source>Space has not begun yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="255" />
        <source>Choose the day you last reached out (today is fine) and press Begin Space. Each day without contact counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="258" />
        <source>A fresh stretch of space begins tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="260" />
        <source>%1 of distance that is good for me, since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="261" />
        <source>%1 of space, since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="267" />
        <source>Longest stretch: %1 (%2 – %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="277" />
        <source>Urges resisted this week: none logged yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="278" />
        <source>Urges resisted this week: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="283" />
        <source>You have reached out %1 times in the last 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="284" />
        <source>You have sent %1 messages in a row without a reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="286" />
        <source>%1 That is understandable; old habits take time to fade. Distance protects the peace you have built. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="290" />
        <source>%1 That is understandable when you miss someone. Right now, more messages tend to push them further away: space gives them room to miss you and gives you room to steady yourself. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SpaceStore</name>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="59" />
        <source>The contact could not be logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="94" />
        <source>Your changes to the contact could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="120" />
        <source>The contact could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="139" />
        <source>The contact could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="150" />
        <location filename="../app/storage/SpaceStore.cpp" line="175" />
        <location filename="../app/storage/SpaceStore.cpp" line="190" />
        <location filename="../app/storage/SpaceStore.cpp" line="210" />
        <location filename="../app/storage/SpaceStore.cpp" line="222" />
        <source>The contacts could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="241" />
        <source>The urge could not be logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="263" />
        <source>The urge could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="281" />
        <source>The urges could not be counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::SpaceStreakModel</name>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="65" />
        <source>Now: a fresh start from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="66" />
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="71" />
        <source>Now: 1 day of space, since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="72" />
        <source>Now: %1 days of space, since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="74" />
        <source>1 day of space, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="75" />
        <source>%1 days of space, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="77" />
        <source> (your longest)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Sql</name>
    <message>
        <location filename="../app/storage/Sql.cpp" line="33" />
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Der Datenträger ist voll. Schaffen Sie etwas Platz und versuchen Sie es erneut; nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="36" />
        <source>The journal file cannot be written to. Check that its folder is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="40" />
        <source>The journal is busy in another program. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="43" />
        <source>The disk reported an error while reading or writing the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="47" />
        <source>The journal file is damaged or is not a Rekindle journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="50" />
        <source>The journal reported an unexpected problem.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::StandingSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="27" />
        <source>&amp;Save Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="29" />
        <source>I &amp;accept that the relationship is over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="48" />
        <source>When it ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="54" />
        <source>&amp;Day of the breakup:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="61" />
        <source>Accepting it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="62" />
        <source>Accepting that it is over is not giving up. It lets you stop waiting, look after yourself and, if the time comes, meet them as the person you are becoming.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="112" />
        <source>It ended today. Be gentle with yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="113" />
        <source>1 day since the breakup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="114" />
        <source>%1 days since the breakup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="117" />
        <source>Choose the day it ended and press Save Date, to see how far you have come.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="127" />
        <source>Marked on %1. Feelings move; you can untick this whenever you need to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="129" />
        <source>Tick this when you are ready. There is no hurry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::StepPage</name>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="61" />
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="62" />
        <source>Reflections</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="65" />
        <source>Reflect…</source>
        <translation>Nachdenken …</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="67" />
        <source>A few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::StepProgress</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="130" />
        <source>%1 (about %2% of the step)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="135" />
        <source>what your goals asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="136" />
        <source>%1: up to %2 (about %3% of the step)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::StepProgress::Report</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="107" />
        <source>%1: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="112" />
        <source>You have done what this step suggests. Come back whenever it helps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="114" />
        <source>Nothing here yet, and that is fine. Start whenever you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="116" />
        <source>Every bit counts. There is no hurry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::StepProgressIndicator</name>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="26" />
        <source>%p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="26" />
        <source>Progress %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="28" />
        <source>Progress 100%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="61" />
        <source>Progress in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::StepProgressModel</name>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="67" />
        <source>%1: %2%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="72" />
        <source>%1, %2 percent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Steps</name>
    <message>
        <location filename="../app/core/Step.cpp" line="22" />
        <source>Acknowledge</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="23" />
        <source>Accept that the relationship is over, for now.</source>
        <translation>Annehmen, dass die Beziehung vorerst vorbei ist.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="24" />
        <source>Letting yourself accept that it has ended is where every good path starts. Look honestly at why it ended and at your own part in it, without harshness. Give them time and space: fewer messages now leaves room for a better conversation later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="29" />
        <source>Start by writing what happened, in your own words. Press New entry (Ctrl+N) when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="32" />
        <source>Work on Yourself</source>
        <translation>An sich arbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="33" />
        <source>Use this time for your own growth.</source>
        <translation>Nutzen Sie diese Zeit für Ihr eigenes Wachstum.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="34" />
        <source>This time is yours. Move your body, pick up something new, talk to a professional about what weighs on you. You do this for yourself first; feeling steadier shows, whatever happens next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="38" />
        <source>Write about one thing you would like to grow in. Press New entry (Ctrl+N) to begin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="41" />
        <source>Reconnect</source>
        <translation>Wieder Kontakt aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="42" />
        <source>Reach out lightly, when you are both ready.</source>
        <translation>Behutsam Kontakt aufnehmen, wenn Sie beide bereit sind.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="43" />
        <source>When space has been given and you feel steadier, a short, friendly message can open the door: ask how they are or share something good. Leave the past and heavy topics for later. If they are open to it, a coffee or a walk is plenty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="48" />
        <source>Note how you feel about reaching out before you do. Press New entry (Ctrl+N) to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="51" />
        <source>Rebuild Trust</source>
        <translation>Vertrauen aufbauen</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="52" />
        <source>Be honest, keep your word, work on what comes up.</source>
        <translation>Ehrlich sein, Wort halten, an dem arbeiten, was aufkommt.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="53" />
        <source>Trust grows slowly from small things done reliably. Be open about how you feel, keep the promises you make, and face issues together when they arise instead of around them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="57" />
        <source>Write about what honesty looks like for you right now. Press New entry (Ctrl+N) to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="60" />
        <source>Take Things Slow</source>
        <translation>Langsam vorgehen</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="61" />
        <source>Let a strong foundation form at its own pace.</source>
        <translation>Ein starkes Fundament in seinem eigenen Tempo wachsen lassen.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="62" />
        <source>There is no rush. Let trust and connection settle before anything formal, and notice when you feel pressure to speed up. Whatever the outcome, the care you have put into yourself stays with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="66" />
        <source>Write about the pace that feels right to you. Press New entry (Ctrl+N) to begin.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::TakeThingsSlowPage</name>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="23" />
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="24" />
        <source>Foundation</source>
        <translation>Fundament</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="25" />
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
</context>
<context>
    <name>Rekindle::ThoughtRecord</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="68" />
        <source>Name each feeling, or remove the empty row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="70" />
        <source>How strong a feeling is goes from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="80" />
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="81" />
        <source>Feelings and how strong they were</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="82" />
        <source>Automatic thought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="83" />
        <source>Evidence for the thought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="84" />
        <source>Evidence against the thought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="85" />
        <source>A more balanced thought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="86" />
        <source>Feelings rated again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="140" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="141" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::ThoughtRecordDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="31" />
        <source>Thought Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="34" />
        <source>A thought record helps to look at a painful thought from the outside. Fill in what you can; you can come back to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="41" />
        <source>&amp;Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="41" />
        <source>Where were you, what happened?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="43" />
        <source>&amp;Feelings and how strong they were (0–100)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="44" />
        <source>Feelings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="48" />
        <source>&amp;Automatic thought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="48" />
        <source>What went through your mind?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50" />
        <source>Evidence &amp;for the thought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50" />
        <source>What supports it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="52" />
        <source>Evidence a&amp;gainst the thought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="53" />
        <source>What does not fit? What would a friend point out?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="55" />
        <source>A more &amp;balanced thought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="56" />
        <source>Taking all of it into account, what is a fairer way to see it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="58" />
        <source>Feelings &amp;rated again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="59" />
        <source>Feelings rated again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="61" />
        <source>Rate the Same Feelings &amp;Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="80" />
        <source>&amp;Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="82" />
        <source>Save for &amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="190" />
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="191" />
        <source>This thought record could not be saved. If you close now, it will be lost. Close anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::TrendStore</name>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="52" />
        <source>The journal's history could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="92" />
        <source>The mood history could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="117" />
        <source>The writing history could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="134" />
        <source>The progress of this step could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Trust</name>
    <message>
        <location filename="../app/core/Trust.cpp" line="17" />
        <location filename="../app/core/Trust.cpp" line="22" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="18" />
        <source>Kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="19" />
        <source>Broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="23" />
        <source>Working on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="24" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="27" />
        <source>Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="28" />
        <source>Them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="29" />
        <source>Both of us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="37" />
        <source>The day cannot be in the future. Choose today or an earlier day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="55" />
        <source>Write what you shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="57" />
        <location filename="../app/core/Trust.cpp" line="96" />
        <source>The text is too long: keep it under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="61" />
        <source>Choose the day you shared it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="67" />
        <source>Write the promise you made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="70" />
        <source>Keep the promise under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="74" />
        <source>The note is too long: keep it under %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="78" />
        <source>Choose the day you made the promise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="82" />
        <source>The due date cannot be before the day the promise was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="85" />
        <source>A promise cannot be settled before it was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="93" />
        <source>Write what the issue is about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="100" />
        <source>Choose the day it was raised.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::TrustStore</name>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="56" />
        <source>This record is no longer in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="64" />
        <source>The records could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="77" />
        <source>The record could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="102" />
        <source>What you shared could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="117" />
        <source>Your changes could not be saved.</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="156" />
        <source>The commitment could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="178" />
        <source>Your changes to the commitment could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="208" />
        <source>The issue could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="224" />
        <source>Your changes to the issue could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="250" />
        <source>The record could not be removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::TrustSummarySection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="21" />
        <source>no promises settled yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="22" />
        <source>%1 of %2 kept (%3%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="43" />
        <source>Trust, in numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="45" />
        <source>Promises kept, last 30 days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="46" />
        <source>Promises kept, last 90 days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="47" />
        <source>Open issues:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="48" />
        <source>Overdue commitments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="49" />
        <source>Numbers only tell part of the story. Trust grows from small things done reliably, and from being honest when they are not.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessage</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="38" />
        <source>Write what you would like to tell them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="40" />
        <source>This message is too long to keep. Split it into several.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="53" />
        <source>Not decided yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="55" />
        <source>Let go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="57" />
        <source>Kept for later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageModel</name>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="43" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="56" />
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="80" />
        <location filename="../app/models/UnsentMessageModel.cpp" line="87" />
        <location filename="../app/models/UnsentMessageModel.cpp" line="94" />
        <source>Choose a message first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageStore</name>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="51" />
        <source>The message could not be kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="72" />
        <source>Your changes to the message could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="111" />
        <source>The message could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="130" />
        <source>The message could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="142" />
        <source>The messages could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessagesSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="28" />
        <source>&amp;Keep It Here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="33" />
        <source>&amp;Let It Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="34" />
        <source>Keep for &amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="35" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="40" />
        <source>What I want to tell them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="41" />
        <source>Write what you want to tell them. It stays in your journal: Rekindle never sends anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="46" />
        <source>Unsent messages, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="54" />
        <source>No unsent messages yet. When you feel the pull to write to them, write it above instead and press Keep It Here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="57" />
        <source>The selected message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="64" />
        <source>Write it, don't send it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="140" />
        <source>Kept, not sent. Read it again tomorrow, with fresh eyes, before deciding anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="158" />
        <source>Choose a message to read it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="168" />
        <source>Written %1. %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="170" />
        <source>Written %1. A day has passed: read it again. Does it still feel true? Let it go, or keep it for later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="174" />
        <source>Written %1. Give it a day before you decide anything about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="193" />
        <source>Delete Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="194" />
        <source>Delete this unsent message for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="196" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Urge</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="22" />
        <source>Rate how strong the urge was from %1 (mild) to %2 (very strong).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="26" />
        <source>Choose when the urge came.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="28" />
        <source>An urge cannot be logged in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="30" />
        <source>The note is too long: keep it under %1 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::WorkOnYourselfPage</name>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="29" />
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="32" />
        <source>Small Wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingActivityChart</name>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="20" />
        <source>Journal writing per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="21" />
        <source>Nothing written in this period yet. Each entry you write shows here, week by week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="52" />
        <source>Entries per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="72" />
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="91" />
        <source>Week of %1: %n entries</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
</TS>