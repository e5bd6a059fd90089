<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
    <message>
        <source>Rekindle could not create a folder for the sample journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle — Sample Journal</source>
        <translation>Rekindle — Beispieltagebuch</translation>
    </message>
</context>
<context>
    <name>Rekindle</name>
    <message>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal folder %1 is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle cannot create the journal folder %1. Check that you may write there, or choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This journal is already open in another Rekindle window. Switch to that window, or close it and try again.</source>
        <translation>Dieses Tagebuch ist bereits in einem anderen Rekindle-Fenster geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Rekindle cannot write in the journal folder %1. Check its permissions, or choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal file is damaged or is not a Rekindle journal. Rekindle left it unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::AboutDialog</name>
    <message>
        <source>About Rekindle</source>
        <translation>Über Rekindle</translation>
    </message>
    <message>
        <source>A private journal that walks you through five steps after a breakup, at your own pace. Moving on is a good outcome too.</source>
        <translation>Ein privates Tagebuch, das Sie nach einer Trennung in fünf Schritten begleitet, in Ihrem eigenen Tempo. Weiterzugehen ist auch ein gutes Ergebnis.</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer. Rekindle never uses the network and collects nothing.</source>
        <translation>Alles, was Sie schreiben, bleibt auf diesem Computer. Rekindle nutzt nie das Netzwerk und sammelt nichts.</translation>
    </message>
    <message>
        <source>Your journal: %1</source>
        <translation>Ihr Tagebuch: %1</translation>
    </message>
    <message>
        <source>Copyright 2026 The Rekindle authors. Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::CommandLine</name>
    <message>
        <source>Keep the journal in &lt;folder&gt; instead of the standard location.</source>
        <translation>Das Tagebuch in &lt;Ordner&gt; statt am Standardort ablegen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open a sample journal in a temporary folder, to look around. Your own journal is not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many days of history the sample journal has (1 to 36500).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Average journal entries per day in the sample journal (0.1 to 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>A private journal that walks you through five steps after a breakup.</source>
        <translation>Ein privates Tagebuch, das Sie nach einer Trennung in fünf Schritten begleitet.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-days must be a whole number from 1 to 36500.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-entries-per-day must be a number from 0.1 to 20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>License GPL-3.0-or-later. Everything you write stays on this computer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::DemoJournal</name>
    <message>
        <source>The sample journal could not be created.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::EntryEditor</name>
    <message>
        <source>A title, if you like</source>
        <translation>Ein Titel, wenn Sie möchten</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Mood, from 1 (very low) to 10 (very good)</source>
        <translation>Stimmung, von 1 (sehr schlecht) bis 10 (sehr gut)</translation>
    </message>
    <message>
        <source>How you feel, from 1 (very low) to 10 (very good)</source>
        <translation>Wie es Ihnen geht, von 1 (sehr schlecht) bis 10 (sehr gut)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Write freely. Everything is saved as you type and stays on this computer.</source>
        <translation>Schreiben Sie frei. Alles wird beim Tippen gespeichert und bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Stimmung:</translation>
    </message>
    <message>
        <source>Written %1 at %2</source>
        <translation>Geschrieben am %1 um %2</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryItemDelegate</name>
    <message>
        <source>mood %1/10</source>
        <translation>Stimmung %1/10</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryListModel</name>
    <message>
        <source>%1, written %2</source>
        <translation>%1, geschrieben %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryStore</name>
    <message>
        <source>The new entry could not be saved.</source>
        <translation>Der neue Eintrag konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your changes could not be saved.</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The entry could not be deleted.</source>
        <translation>Der Eintrag konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The entry could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entries could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entries could not be counted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::Journal</name>
    <message>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Rekindle geschrieben. Aktualisieren Sie Rekindle, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Rekindle cannot create the journal file in %1. Check that you may write there, or choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle cannot open the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle cannot prepare the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle cannot read the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle cannot read the journal's version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle needs to update this journal but could not back it up first, so it left it unchanged. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle could not update the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rekindle could not back up the journal.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::JournalEntry</name>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>The title is too long: keep it under %n characters.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>This entry is too long to save. Split it into several entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mood must be between %1 and %2.</source>
        <translation>Die Stimmung muss zwischen %1 und %2 liegen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPanel</name>
    <message>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Einen neuen Eintrag beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Write the First Entry</source>
        <translation>Den ersten Eintrag schreiben</translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Delete this entry? Its text will be removed from the journal for good.</source>
        <translation>Diesen Eintrag löschen? Sein Text wird endgültig aus dem Tagebuch entfernt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Your text is still here in the editor. Rekindle will try again as you keep writing.</source>
        <translation>Ihr Text ist noch im Editor. Rekindle versucht es erneut, während Sie weiterschreiben.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::MainWindow</name>
    <message>
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>Alle Änderungen um %1 gespeichert</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer.</source>
        <translation>Alles, was Sie schreiben, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start a new journal entry in the current step</source>
        <translation>Einen neuen Tagebucheintrag im aktuellen Schritt beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>Eintrag &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Step &amp;%1: %2</source>
        <translation>Schritt &amp;%1: %2</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rekindle</source>
        <translation>Ü&amp;ber Rekindle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Some of your writing could not be saved. If you quit now, it will be lost. Quit anyway?</source>
        <translation>Einiges von Ihrem Text konnte nicht gespeichert werden. Wenn Sie jetzt beenden, geht es verloren. Trotzdem beenden?</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sql</name>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Der Datenträger ist voll. Schaffen Sie etwas Platz und versuchen Sie es erneut; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The journal file cannot be written to. Check that its folder is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal is busy in another program. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk reported an error while reading or writing the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal file is damaged or is not a Rekindle journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal reported an unexpected problem.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rekindle::StepPage</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
</context>
<context>
    <name>Rekindle::Steps</name>
    <message>
        <source>Acknowledge</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept that the relationship is over, for now.</source>
        <translation>Annehmen, dass die Beziehung vorerst vorbei ist.</translation>
    </message>
    <message>
        <source>Letting yourself accept that it has ended is where every good path starts. Look honestly at why it ended and at your own part in it, without harshness. Give them time and space: fewer messages now leaves room for a better conversation later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start by writing what happened, in your own words. Press New entry (Ctrl+N) when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work on Yourself</source>
        <translation>An sich arbeiten</translation>
    </message>
    <message>
        <source>Use this time for your own growth.</source>
        <translation>Nutzen Sie diese Zeit für Ihr eigenes Wachstum.</translation>
    </message>
    <message>
        <source>This time is yours. Move your body, pick up something new, talk to a professional about what weighs on you. You do this for yourself first; feeling steadier shows, whatever happens next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write about one thing you would like to grow in. Press New entry (Ctrl+N) to begin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Wieder Kontakt aufnehmen</translation>
    </message>
    <message>
        <source>Reach out lightly, when you are both ready.</source>
        <translation>Behutsam Kontakt aufnehmen, wenn Sie beide bereit sind.</translation>
    </message>
    <message>
        <source>When space has been given and you feel steadier, a short, friendly message can open the door: ask how they are or share something good. Leave the past and heavy topics for later. If they are open to it, a coffee or a walk is plenty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note how you feel about reaching out before you do. Press New entry (Ctrl+N) to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuild Trust</source>
        <translation>Vertrauen aufbauen</translation>
    </message>
    <message>
        <source>Be honest, keep your word, work on what comes up.</source>
        <translation>Ehrlich sein, Wort halten, an dem arbeiten, was aufkommt.</translation>
    </message>
    <message>
        <source>Trust grows slowly from small things done reliably. Be open about how you feel, keep the promises you make, and face issues together when they arise instead of around them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write about what honesty looks like for you right now. Press New entry (Ctrl+N) to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take Things Slow</source>
        <translation>Langsam vorgehen</translation>
    </message>
    <message>
        <source>Let a strong foundation form at its own pace.</source>
        <translation>Ein starkes Fundament in seinem eigenen Tempo wachsen lassen.</translation>
    </message>
    <message>
        <source>There is no rush. Let trust and connection settle before anything formal, and notice when you feel pressure to speed up. Whatever the outcome, the care you have put into yourself stays with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write about the pace that feels right to you. Press New entry (Ctrl+N) to begin.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run 'rekindle --help' to see the options.</source>
        <translation>Mit 'rekindle --help' werden die Optionen angezeigt.</translation>
    </message>
</context>
</TS>