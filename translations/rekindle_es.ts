<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/models/JournalSession.cpp" line="33"/>
        <source>Rekindle could not create a folder for the sample journal.</source>
        <translation>Rekindle no ha podido crear una carpeta para el diario de ejemplo.</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="250"/>
        <source>Rekindle Journal</source>
        <translation>Diario Rekindle</translation>
    </message>
    <message>
        <source>Rekindle</source>
        <translation type="vanished">Rekindle</translation>
    </message>
    <message>
        <source>Rekindle — Sample Journal</source>
        <translation type="vanished">Rekindle — Diario de ejemplo</translation>
    </message>
</context>
<context>
    <name>Rekindle</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="29"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="43"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>La clave del diario está dañada, así que no se puede desbloquear. Puede que una copia de seguridad aún guarde una copia intacta.</translation>
    </message>
    <message>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation type="vanished">El archivo está dañado o ha sido modificado, así que no se puede abrir.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation type="vanished">El archivo está incompleto: se cortó antes de tiempo, así que no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="67"/>
        <source>The sample reflections could not be created.</source>
        <translation>No se han podido crear las reflexiones de ejemplo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="175"/>
        <source>I saw a photo of them with friends, looking happy.</source>
        <translation>Vi una foto de mi ex con amigos, con cara de felicidad.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="177"/>
        <source>They have moved on completely and never think of me.</source>
        <translation>Mi ex ha pasado página del todo y nunca piensa en mí.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="178"/>
        <source>They look happy in the photo.</source>
        <translation>En la foto, mi ex parece feliz.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="179"/>
        <source>One photo shows one moment. I look happy in photos on hard days too.</source>
        <translation>Una foto muestra un solo momento. Yo también sonrío en fotos de días difíciles.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="181"/>
        <source>I do not know how they feel. I can look after how I feel.</source>
        <translation>No sé lo que siente la otra persona. Sí puedo cuidar de lo que siento yo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="202"/>
        <source>What did I enjoy doing just for myself this week?</source>
        <translation>¿Qué he disfrutado haciendo solo por mí esta semana?</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="136"/>
        <source>The sample journal could not be created.</source>
        <translation>No se ha podido crear el diario de ejemplo.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="84"/>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation>Esta entrada ya no existe. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="53"/>
        <source>This goal no longer exists.</source>
        <translation>Este objetivo ya no existe.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="60"/>
        <source>The journal folder %1 is a file, not a folder. Choose another folder.</source>
        <translation>La carpeta del diario %1 es un archivo, no una carpeta. Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="64"/>
        <source>Rekindle cannot create the journal folder %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle no puede crear la carpeta del diario %1. Comprueba que puedes escribir ahí, o elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="78"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>Rekindle no puede leer el archivo del diario %1. Comprueba sus permisos.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="85"/>
        <source>The journal file is damaged or is not a Rekindle journal. Rekindle left it unchanged.</source>
        <translation>El archivo del diario está dañado o no es un diario de Rekindle. Rekindle no lo ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="103"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Este diario se escribió con una versión más reciente de Rekindle. Actualiza Rekindle para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="60"/>
        <source>Search index: damaged (%1)</source>
        <translation>Índice de búsqueda: dañado (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="67"/>
        <source>Search index: damaged (%1 index entries, %2 without their text, for %3 records)</source>
        <translation>Índice de búsqueda: dañado (%1 entradas de índice, %2 sin su texto, para %3 registros)</translation>
    </message>
    <message>
        <source>Search index: holds %1 records, the journal %2</source>
        <translation type="vanished">Índice de búsqueda: contiene %1 registros; el diario, %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="100"/>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="110"/>
        <source>%1, record %2: the text of &quot;%3&quot; is not valid UTF-8</source>
        <translation>%1, registro %2: el texto de «%3» no es UTF-8 válido</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="131"/>
        <source>Journal settings</source>
        <translation>Ajustes del diario</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="133"/>
        <source>Text: all valid UTF-8</source>
        <translation>Texto: todo es UTF-8 válido</translation>
    </message>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="37"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation type="vanished">No se puede importar el archivo. En %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="35"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="37"/>
        <source>true/false</source>
        <translation>un booleano (true/false)</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="39"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="41"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="43"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="45"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="49"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="108"/>
        <source>&quot;%1&quot; is missing; it is required.</source>
        <translation>Falta «%1»; es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="116"/>
        <source>&quot;%1&quot; must be an id: text of 1 to %2 characters, not %3.</source>
        <translation>«%1» debe ser un identificador: un texto de 1 a %2 caracteres, no %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="119"/>
        <source>text of %1 characters</source>
        <translation>texto de %1 caracteres</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="125"/>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>«%1» debe ser texto, no %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="128"/>
        <source>&quot;%1&quot; is too long: %2 characters, at most %3 are allowed.</source>
        <translation>«%1» es demasiado largo: %2 caracteres; se permiten %3 como máximo.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="137"/>
        <source>&quot;%1&quot; is blank; it must have some text.</source>
        <translation>«%1» está en blanco; debe tener algo de texto.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="138"/>
        <source>&quot;%1&quot; is too short: it needs at least %2 characters besides spaces.</source>
        <translation>«%1» es demasiado corto: necesita al menos %2 caracteres además de los espacios.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="146"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>«%1» debe ser un número entero de %2 a %3, no %4.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="155"/>
        <source>&quot;%1&quot; must be a date and time like 2026-03-14T09:30:00.000Z.</source>
        <translation>«%1» debe ser una fecha y hora como 2026-03-14T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="160"/>
        <source>&quot;%1&quot; must be a day like 2026-03-14.</source>
        <translation>«%1» debe ser un día como 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="176"/>
        <source>exactly one of %1 must be set, not %2.</source>
        <translation>debe haber exactamente uno de %1, no %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="187"/>
        <source>%1 (uid &quot;%2&quot;)</source>
        <translation>%1 (uid «%2»)</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="196"/>
        <source>%1 The record&apos;s uid is &quot;%2&quot;.</source>
        <translation>%1 El uid del registro es «%2».</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="217"/>
        <source>The journal could not be read.</source>
        <translation>No se ha podido leer el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="228"/>
        <source>it appears twice; a file holds each name once.</source>
        <translation>ese nombre aparece dos veces; un archivo contiene cada nombre solo una vez.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="84"/>
        <source>Rekindle cannot remove the leftover lock file %1. Check the permissions of its folder, or delete the file yourself.</source>
        <translation>Rekindle no puede eliminar el archivo de bloqueo sobrante %1. Comprueba los permisos de su carpeta, o elimina tú el archivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="93"/>
        <source>This journal is open on another computer, “%1”. Close Rekindle there; if that computer is off, open the Rekindle window here to take the journal over.</source>
        <translation>Este diario está abierto en otro ordenador, «%1». Cierra Rekindle allí; si ese ordenador está apagado, abre aquí la ventana de Rekindle para hacerte cargo del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="99"/>
        <source>This journal is already open in another Rekindle window. Switch to that window, or close it and try again.</source>
        <translation>Este diario ya está abierto en otra ventana de Rekindle. Cambia a esa ventana, o ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="102"/>
        <source>This journal is in use by another program on this computer (%1, process %2). Close it and try again.</source>
        <translation>Otro programa de este ordenador está usando este diario (%1, proceso %2). Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="104"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="62"/>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Este elemento ya no existe. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="35"/>
        <source>This reflection no longer exists. It may have been deleted.</source>
        <translation>Esta reflexión ya no existe. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="96"/>
        <source>The reflection could not be read.</source>
        <translation>No se ha podido leer la reflexión.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="56"/>
        <source>This contact is no longer in the journal.</source>
        <translation>Este contacto ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="47"/>
        <source>This message is no longer in the journal.</source>
        <translation>Este mensaje ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="51"/>
        <source>The passphrase is too long (at most %1 bytes).</source>
        <translation>La frase de contraseña es demasiado larga (%1 bytes como máximo).</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="63"/>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>La frase de contraseña no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="158"/>
        <source>No passphrase was typed.</source>
        <translation>No se ha escrito ninguna frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="38"/>
        <source>The search index could not be restored.</source>
        <translation>No se ha podido restaurar el índice de búsqueda.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="46"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="48"/>
        <source>The font of your entries. It is kept on this computer, not in the journal.</source>
        <translation>La letra de tus entradas. Se guarda en este ordenador, no en el diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="53"/>
        <source>Text &amp;font:</source>
        <translation>&amp;Tipo de letra:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="56"/>
        <source>Text si&amp;ze:</source>
        <translation>Ta&amp;maño del texto:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="64"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="74"/>
        <source>&amp;Spelling language:</source>
        <translation>&amp;Idioma de la ortografía:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="83"/>
        <source>Spell checking is off: no dictionary was found on this computer. Install one (on Debian and Ubuntu a hunspell-* package, such as hunspell-en-us) and open Preferences again.</source>
        <translation>La revisión ortográfica está desactivada: no se encontró ningún diccionario en este ordenador. Instala uno (en Debian y Ubuntu, un paquete hunspell-*, como hunspell-es) y vuelve a abrir las Preferencias.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="87"/>
        <source>The language and the words you add are kept in the journal.</source>
        <translation>El idioma y las palabras que añadas se guardan en el diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="105"/>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
</context>
<context>
    <name>Rekindle::AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="20"/>
        <source>About Rekindle</source>
        <translation>Acerca de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="36"/>
        <source>A private journal that walks you through five steps after a breakup, at your own pace. Moving on is a good outcome too.</source>
        <translation>Un diario privado que te acompaña en cinco pasos después de una ruptura, a tu ritmo. Pasar página también es un buen desenlace.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="38"/>
        <source>Everything you write stays on this computer. Rekindle never uses the network and collects nothing.</source>
        <translation>Todo lo que escribes se queda en este ordenador. Rekindle nunca usa la red y no recopila nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="40"/>
        <source>Your journal: %1</source>
        <translation>Tu diario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="41"/>
        <source>Copyright 2026 The Rekindle authors. Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation>Copyright 2026 Los autores de Rekindle. Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior. Compilado con Qt %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::AcknowledgePage</name>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="33"/>
        <source>Where I Stand</source>
        <translation>Dónde estoy</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="35"/>
        <source>My Part</source>
        <translation>Mi parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="37"/>
        <source>Space</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="39"/>
        <source>Unsent Messages</source>
        <translation>Mensajes sin enviar</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupFile</name>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="56"/>
        <location filename="../app/storage/BackupFile.cpp" line="61"/>
        <source>The new backup cannot be read.</source>
        <translation>No se puede leer la nueva copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="63"/>
        <source>The new backup is damaged.</source>
        <translation>La nueva copia de seguridad está dañada.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="84"/>
        <source>A file named %1 already exists.</source>
        <translation>Ya existe un archivo llamado %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="91"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>La copia de seguridad se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="101"/>
        <source>Rekindle cannot write the backup in %1. Check that you may write there and that the disk has room.</source>
        <translation>Rekindle no puede escribir la copia de seguridad en %1. Comprueba que puedes escribir ahí y que el disco tiene espacio.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="115"/>
        <location filename="../app/storage/BackupFile.cpp" line="119"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle no ha podido hacer una copia de seguridad del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="126"/>
        <source>Rekindle could not finish writing the backup to the disk.</source>
        <translation>Rekindle no ha podido terminar de escribir la copia de seguridad en el disco.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="128"/>
        <source>The new backup is incomplete.</source>
        <translation>La nueva copia de seguridad está incompleta.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="133"/>
        <source>Rekindle could not give the backup its name %1.</source>
        <translation>Rekindle no ha podido dar a la copia de seguridad su nombre %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="204"/>
        <source>Rekindle cannot prepare the backup folder %1. Check its permissions.</source>
        <translation>Rekindle no puede preparar la carpeta de copias de seguridad %1. Comprueba sus permisos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupList</name>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="22"/>
        <source>Daily backup</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="24"/>
        <source>Before an update of Rekindle</source>
        <translation>Antes de una actualización de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="26"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="29"/>
        <source>Copy made by hand</source>
        <extracomment>A backup the person made with &quot;rekindle --backup&quot; and put in the backups folder.</extracomment>
        <translation>Copia hecha a mano</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="46"/>
        <source>No records</source>
        <translation>Sin registros</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="54"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="58"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="75"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="78"/>
        <source>Incomplete or damaged: cannot be restored</source>
        <translation>Incompleta o dañada: no se puede restaurar</translation>
    </message>
</context>
<context>
    <name>Rekindle::Backups</name>
    <message>
        <location filename="../app/storage/Backups.cpp" line="138"/>
        <location filename="../app/storage/Backups.cpp" line="338"/>
        <source>The backup %1 cannot be read.</source>
        <translation>No se puede leer la copia de seguridad %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="143"/>
        <location filename="../app/storage/Backups.cpp" line="154"/>
        <source>The backup cannot be read.</source>
        <translation>No se puede leer la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="209"/>
        <source>The search index could not be tidied.</source>
        <translation>No se ha podido ordenar el índice de búsqueda.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="225"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>La copia de seguridad se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="255"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle no ha podido hacer una copia de seguridad del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="323"/>
        <source>An old backup could not be deleted: %1</source>
        <translation>No se ha podido eliminar una copia de seguridad antigua: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="335"/>
        <source>Rekindle could not make a temporary folder for the restore.</source>
        <translation>Rekindle no ha podido crear una carpeta temporal para la restauración.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="346"/>
        <location filename="../app/storage/Backups.cpp" line="356"/>
        <source>The backup cannot be restored: %1</source>
        <translation>No se puede restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="376"/>
        <location filename="../app/storage/Backups.cpp" line="382"/>
        <source>The current journal could not be backed up, so nothing was changed. %1</source>
        <translation>No se ha podido hacer una copia de seguridad del diario actual, así que no se ha cambiado nada. %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CalendarDialog</name>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="22"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="23"/>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="35"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="38"/>
        <source>Days with writing</source>
        <translation>Días en los que escribiste</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="40"/>
        <source>Days with entries are bold. Enter opens the first entry of the day; Page Up and Page Down change the month.</source>
        <translation>Los días con entradas están en negrita. Intro abre la primera entrada del día; Re Pág y Av Pág cambian de mes.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="53"/>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="54"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="55"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="56"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="67"/>
        <source>&amp;Open Entry</source>
        <translation>&amp;Abrir entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="82"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="134"/>
        <source>%1 on this day.</source>
        <translation>%1 este día.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="83"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="135"/>
        <source>Nothing written on this day.</source>
        <translation>No escribiste nada este día.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="133"/>
        <source>Nothing written this month.</source>
        <translation>No escribiste nada este mes.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="147"/>
        <source>Nothing written on %1.</source>
        <translation>No escribiste nada el %1.</translation>
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
        <translation>&amp;Apoyo y seguridad…</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="41"/>
        <source>&amp;Quick Hide</source>
        <translation>&amp;Ocultar rápido</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="44"/>
        <source>Helplines and your own support contacts</source>
        <translation>Líneas de ayuda y tus propios contactos de apoyo</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="49"/>
        <source>Hide the window at once</source>
        <translation>Ocultar la ventana al instante</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="51"/>
        <source>Hide the window at once (%1)</source>
        <translation>Ocultar la ventana al instante (%1)</translation>
    </message>
    <message>
        <source>Hide the window at once (Ctrl+Shift+H)</source>
        <translation type="vanished">Ocultar la ventana al instante (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="161"/>
        <source>A quiet moment for yourself, if you would like one.</source>
        <translation>Un momento de calma para ti, si te apetece.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CarePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="27"/>
        <source>Offer &amp;support resources after a very low mood or words of self-harm</source>
        <translation>Ofrecer recursos de &amp;apoyo tras un ánimo muy bajo o palabras de autolesión</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="32"/>
        <source>Use a &amp;neutral window title (“Journal”)</source>
        <translation>Usar un título de ventana &amp;neutro («Diario»)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="39"/>
        <source>A gentle daily &amp;reminder at</source>
        <translation>Un &amp;recordatorio diario y discreto a las</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="45"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="53"/>
        <source>Nothing here sends anything anywhere. The reminder shows no journal text and no names, says nothing about contacting anyone, and stays silent while the journey is about safety or a no.</source>
        <translation>Nada de esto envía nada a ningún sitio. El recordatorio no muestra texto del diario ni nombres, no dice nada de contactar con nadie y se calla mientras el camino trate de seguridad o de un no.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="72"/>
        <source>Care and Privacy</source>
        <translation>Cuidado y privacidad</translation>
    </message>
</context>
<context>
    <name>Rekindle::ChartStore</name>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="50"/>
        <source>The history of space could not be read.</source>
        <translation>No se ha podido leer el historial de distancia.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="88"/>
        <source>The goals could not be read.</source>
        <translation>No se han podido leer los objetivos.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="116"/>
        <source>The check-ins could not be read.</source>
        <translation>No se han podido leer las marcas.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="136"/>
        <source>The contacts could not be read.</source>
        <translation>No se han podido leer los contactos.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="158"/>
        <source>The commitments could not be read.</source>
        <translation>No se han podido leer los compromisos.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="173"/>
        <source>The milestones could not be read.</source>
        <translation>No se han podido leer los hitos.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="210"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>No se ha podido leer el historial del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="282"/>
        <location filename="../app/storage/ChartStore.cpp" line="297"/>
        <location filename="../app/storage/ChartStore.cpp" line="320"/>
        <location filename="../app/storage/ChartStore.cpp" line="348"/>
        <location filename="../app/storage/ChartStore.cpp" line="365"/>
        <source>The progress of this step could not be read.</source>
        <translation>No se ha podido leer el progreso de este paso.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CheckReport</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="142"/>
        <source>Result: the journal is healthy.</source>
        <translation>Resultado: el diario está en buen estado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="144"/>
        <source>Result: problems found: %1</source>
        <translation>Resultado: se han encontrado problemas: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommandLine</name>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <source>Keep the journal in &lt;folder&gt; instead of the standard location.</source>
        <translation>Guardar el diario en &lt;folder&gt; en lugar de la ubicación estándar.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <location filename="../app/core/CommandLine.cpp" line="90"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="71"/>
        <source>Open a sample journal in a temporary folder, to look around. Your own journal is not touched.</source>
        <translation>Abrir un diario de ejemplo en una carpeta temporal, para echar un vistazo. Tu propio diario no se toca.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>How many days of history the sample journal has (1 to 36500).</source>
        <translation>Cuántos días de historial tiene el diario de ejemplo (de 1 a 36500).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>Average journal entries per day in the sample journal (0.1 to 20).</source>
        <translation>Media de entradas por día en el diario de ejemplo (de 0.1 a 20).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="80"/>
        <source>Export the journal to FILE as &lt;format&gt; (json, csv, markdown, html or pdf), without opening a window. Unless --encrypt-export is given, the file is not encrypted: anyone who gets it can read it.</source>
        <translation>Exportar el diario a FILE en &lt;format&gt; (json, csv, markdown, html o pdf), sin abrir ninguna ventana. Si no se indica --encrypt-export, el archivo no se cifra: cualquiera que lo consiga puede leerlo.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="83"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="85"/>
        <source>Import a JSON export into the journal, adding what it does not have yet.</source>
        <translation>Importar una exportación JSON en el diario, añadiendo lo que aún no tiene.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="86"/>
        <location filename="../app/core/CommandLine.cpp" line="109"/>
        <location filename="../app/core/CommandLine.cpp" line="116"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="88"/>
        <source>With --import: replace the journal&apos;s content with the file&apos;s.</source>
        <translation>Con --import: sustituir el contenido del diario por el del archivo.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="89"/>
        <source>Write a backup copy of the journal into &lt;folder&gt;.</source>
        <translation>Escribir una copia de seguridad del diario en &lt;folder&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="92"/>
        <source>Check the journal for damage and report; exit status 0 when healthy.</source>
        <translation>Comprobar si el diario tiene daños e informar; código de salida 0 si está en buen estado.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="93"/>
        <source>With --export: only from this day (YYYY-MM-DD).</source>
        <translation>Con --export: solo desde este día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="94"/>
        <location filename="../app/core/CommandLine.cpp" line="96"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="95"/>
        <source>With --export: only up to this day (YYYY-MM-DD).</source>
        <translation>Con --export: solo hasta este día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>With --export: only this step (1 to 5).</source>
        <translation>Con --export: solo este paso (de 1 a 5).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="99"/>
        <source>Protect the journal with a passphrase: every text is encrypted. Asks for the new passphrase twice (or reads --passphrase-file), then shows the recovery key once.</source>
        <translation>Proteger el diario con una frase de contraseña: se cifra cada texto. Pide dos veces la nueva frase de contraseña (o lee --passphrase-file) y después muestra la clave de recuperación una sola vez.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="102"/>
        <source>Turn the journal&apos;s encryption off, after a confirmation: every text is then stored readable again.</source>
        <translation>Desactivar el cifrado del diario, tras una confirmación: cada texto vuelve a guardarse legible.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="104"/>
        <source>With --decrypt: do not ask for a confirmation.</source>
        <translation>Con --decrypt: no pedir confirmación.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="106"/>
        <source>Read the journal&apos;s passphrase (with --encrypt: the new one) from the first line of &lt;file&gt; instead of asking on the terminal. The way for scripts: keep the file private.</source>
        <translation>Leer la frase de contraseña del diario (con --encrypt: la nueva) de la primera línea de &lt;file&gt; en lugar de pedirla en el terminal. La vía para los scripts: mantén el archivo en privado.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="111"/>
        <source>With --export json: encrypt the file with a passphrase of its own, asked twice on the terminal or read from --export-passphrase-file.</source>
        <translation>Con --export json: cifrar el archivo con una frase de contraseña propia, pedida dos veces en el terminal o leída de --export-passphrase-file.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="114"/>
        <source>The passphrase of an encrypted export (to write with --encrypt-export, or to read with --import), from the first line of &lt;file&gt;.</source>
        <translation>La frase de contraseña de una exportación cifrada (para escribirla con --encrypt-export, o para leerla con --import), de la primera línea de &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="119"/>
        <source>A private journal that walks you through five steps after a breakup.</source>
        <translation>Un diario privado que te acompaña en cinco pasos después de una ruptura.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="150"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="157"/>
        <source>--demo-days must be a whole number from 1 to 36500.</source>
        <translation>--demo-days debe ser un número entero de 1 a 36500.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="162"/>
        <source>--demo-entries-per-day must be a number from 0.1 to 20.</source>
        <translation>--demo-entries-per-day debe ser un número de 0.1 a 20.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="182"/>
        <source>--export needs a format: %1.</source>
        <translation>--export necesita un formato: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="186"/>
        <source>--export needs the file to write, e.g. --export json journal.json</source>
        <translation>--export necesita el archivo que se va a escribir, p. ej. --export json diario.json</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="214"/>
        <source>Use one of --export, --import, --backup, --check, --encrypt and --decrypt at a time.</source>
        <translation>Usa solo una de estas opciones a la vez: --export, --import, --backup, --check, --encrypt y --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="219"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="224"/>
        <source>--import and --backup need a file or folder.</source>
        <translation>--import y --backup necesitan un archivo o una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="229"/>
        <source>--replace goes with --import.</source>
        <translation>--replace va con --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="234"/>
        <source>--from, --to and --step go with --export.</source>
        <translation>--from, --to y --step van con --export.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="243"/>
        <source>--from and --to need a day like 2026-03-14.</source>
        <translation>--from y --to necesitan un día como 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="252"/>
        <source>--step must be a number from 1 to 5.</source>
        <translation>--step debe ser un número de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="258"/>
        <source>--from must not be after --to.</source>
        <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="272"/>
        <source>--%1 needs a file.</source>
        <translation>--%1 necesita un archivo.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="277"/>
        <source>--passphrase-file goes with --export, --import, --backup, --check, --encrypt or --decrypt.</source>
        <translation>--passphrase-file va con --export, --import, --backup, --check, --encrypt o --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="283"/>
        <source>--yes goes with --decrypt.</source>
        <translation>--yes va con --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="289"/>
        <source>--encrypt-export goes with --export json: only a JSON export can be encrypted.</source>
        <translation>--encrypt-export va con --export json: solo se puede cifrar una exportación JSON.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="295"/>
        <source>--export-passphrase-file goes with --encrypt-export or --import.</source>
        <translation>--export-passphrase-file va con --encrypt-export o --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="310"/>
        <source>License GPL-3.0-or-later. Everything you write stays on this computer.</source>
        <translation>Licencia GPL-3.0-or-later. Todo lo que escribes se queda en este ordenador.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentModel</name>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="71"/>
        <source>Overdue since %1</source>
        <translation>Vencido desde el %1</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="84"/>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="103"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="105"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="107"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="109"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="111"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="156"/>
        <source>Choose a commitment first.</source>
        <translation>Elige primero un compromiso.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsChart</name>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="20"/>
        <source>Commitments kept</source>
        <translation>Compromisos cumplidos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="21"/>
        <source>No commitment was kept or broken in this period. When you mark a promise from step 4 as kept or broken, the share kept shows here.</source>
        <translation>En este periodo no se ha cumplido ni incumplido ningún compromiso. Cuando marques una promesa del paso 4 como cumplida o incumplida, aquí aparecerá la proporción cumplida.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="44"/>
        <source>Decided</source>
        <translation>Decididos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="64"/>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="93"/>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per month</source>
        <translation>Decididos por mes</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per week</source>
        <translation>Decididos por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="110"/>
        <source>%1% kept</source>
        <translation>%1&#xa0;% cumplidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="111"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n cumplido</numerusform>
            <numerusform>%n cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="112"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n incumplido</numerusform>
            <numerusform>%n incumplidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="114"/>
        <source>No commitment was decided</source>
        <translation>No se decidió ningún compromiso</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept (%)</source>
        <translation>Cumplidos (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Broken</source>
        <translation>Incumplidos</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="28"/>
        <source>D&amp;ue by:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="30"/>
        <source>&amp;Add Commitment</source>
        <translation>&amp;Añadir compromiso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="33"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="37"/>
        <source>Something small you can keep</source>
        <translation>Algo pequeño que puedas cumplir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="44"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="49"/>
        <source>A promise I made</source>
        <translation>Una promesa que hice</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="51"/>
        <source>&amp;Promise:</source>
        <translation>&amp;Promesa:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="53"/>
        <source>&amp;Made on:</source>
        <translation>&amp;Hecha el:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="64"/>
        <source>Set Status to Kept or Broken when the time comes; overdue promises are shown in bold. Keeping small promises builds more trust than making big ones.</source>
        <translation>Cuando llegue el momento, cambia el estado a «Cumplido» o «Incumplido»; las promesas vencidas se muestran en negrita. Cumplir promesas pequeñas genera más confianza que hacer promesas grandes.</translation>
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
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="108"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="110"/>
        <source>The export is encrypted: it opens only with its passphrase.</source>
        <translation>La exportación está cifrada: solo se abre con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="113"/>
        <source>Note: the export is not encrypted. Anyone who gets the file can read everything in it.</source>
        <translation>Nota: la exportación no está cifrada. Cualquiera que consiga el archivo puede leer todo su contenido.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="126"/>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="135"/>
        <source>The journal as it was is kept in %1</source>
        <translation>El diario tal como estaba se guarda en %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="137"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="146"/>
        <source>%1: %2 added</source>
        <translation>%1: %2 añadidos</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="158"/>
        <source>Imported 1 record.</source>
        <translation>Se ha importado 1 registro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="159"/>
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Se ha importado %n registro.</numerusform>
            <numerusform>Se han importado %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="161"/>
        <source>1 was already in the journal.</source>
        <translation>1 ya estaba en el diario.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="162"/>
        <source>%n were already in the journal.</source>
        <translation>
            <numerusform>%n ya estaba en el diario.</numerusform>
            <numerusform>%n ya estaban en el diario.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="164"/>
        <source>1 setting.</source>
        <translation>1 ajuste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="165"/>
        <source>%n settings.</source>
        <translation>
            <numerusform>%n ajuste.</numerusform>
            <numerusform>%n ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 records; %2 were already in the journal; %3 settings.</source>
        <translation type="vanished">Se han importado %1 registros; %2 ya estaban en el diario; %3 ajustes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="176"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="183"/>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="207"/>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="228"/>
        <source>The journal&apos;s write-ahead log (journal.sqlite3-wal) was lost after Rekindle was stopped: the last changes saved before that may be missing. A backup may still hold them.</source>
        <translation>El archivo con los últimos cambios del diario (journal.sqlite3-wal) se perdió después de detener Rekindle: puede que falten los últimos cambios guardados antes de eso. Puede que una copia de seguridad aún los tenga.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="272"/>
        <source>Run &apos;rekindle --help&apos; to see the options.</source>
        <translation>Ejecuta «rekindle --help» para ver las opciones.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactEvent</name>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="20"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="21"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="22"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="23"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="24"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="28"/>
        <source>No reply yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="29"/>
        <source>Warm</source>
        <translation>Cálida</translation>
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
        <translation>Fría</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="32"/>
        <source>Asked for space / said no</source>
        <translation>Pidió distancia / dijo que no</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="36"/>
        <source>Light</source>
        <translation>Ligero</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="38"/>
        <source>Heavy</source>
        <translation>Pesado</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="49"/>
        <source>Choose when the contact happened.</source>
        <translation>Elige cuándo fue el contacto.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="52"/>
        <source>A contact cannot be logged in the future. Choose a time that has already passed.</source>
        <translation>No se puede registrar un contacto en el futuro. Elige un momento que ya haya pasado.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="56"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota es demasiado larga: que no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="60"/>
        <source>The topics are too long: keep them under %1 characters.</source>
        <translation>Los temas son demasiado largos: que no pasen de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="64"/>
        <source>A response can only be recorded for a contact you made.</source>
        <translation>Solo se puede registrar una respuesta para un contacto que hiciste tú.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="110"/>
        <source>I reached out</source>
        <translation>Di el paso yo</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="111"/>
        <source>They reached out</source>
        <translation>Dio el paso la otra persona</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactListModel</name>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="126"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="128"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="130"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="132"/>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="134"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="136"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="138"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="193"/>
        <source>Choose a contact first.</source>
        <translation>Elige primero un contacto.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactLogSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="39"/>
        <source>&amp;Add to Log</source>
        <translation>&amp;Añadir al registro</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="40"/>
        <source>Check a &amp;Message…</source>
        <translation>Revisar un &amp;mensaje…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="42"/>
        <source>Con&amp;tacts, newest first</source>
        <translation>Con&amp;tactos, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="58"/>
        <source>A few words: her new job, the concert</source>
        <translation>Unas palabras: su nuevo trabajo, el concierto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="63"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="68"/>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="78"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="79"/>
        <source>&amp;Who reached out:</source>
        <translation>&amp;Quién dio el paso:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="80"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Vía:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="81"/>
        <source>T&amp;one:</source>
        <translation>T&amp;ono:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="82"/>
        <source>Their &amp;response:</source>
        <translation>Su &amp;respuesta:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="83"/>
        <source>To&amp;pics:</source>
        <translation>Tema&amp;s:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="87"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="143"/>
        <source>Logged. When they reply, double-click the Response cell to record it.</source>
        <translation>Registrado. Cuando conteste, haz doble clic en la celda Respuesta para anotarla.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="152"/>
        <source>Logged as a message you sent.</source>
        <translation>Registrado como un mensaje que enviaste tú.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactResponseChart</name>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="19"/>
        <source>My contacts and their responses</source>
        <translation>Mis contactos y sus respuestas</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="20"/>
        <source>No contacts you made in this period. When you log one, and how they responded, it shows here. Giving space is progress too.</source>
        <translation>No hiciste ningún contacto en este periodo. Cuando registres uno, y cómo te respondieron, aparecerá aquí. Dar distancia también es avanzar.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="90"/>
        <source>%n contact(s) you made</source>
        <translation>
            <numerusform>%n contacto que hiciste</numerusform>
            <numerusform>%n contactos que hiciste</numerusform>
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
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Contacts you made</source>
        <translation>Contactos que hiciste</translation>
    </message>
</context>
<context>
    <name>Rekindle::CoreDumps</name>
    <message>
        <location filename="../app/crypto/CoreDumps.cpp" line="36"/>
        <location filename="../app/crypto/CoreDumps.cpp" line="43"/>
        <source>Rekindle could not stop the system from saving its memory to disk after a crash.</source>
        <translation>Rekindle no ha podido impedir que el sistema guarde su memoria en el disco tras un fallo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CtrlTabLeaves</name>
    <message>
        <location filename="../app/ui/widgets/CtrlTabLeaves.cpp" line="38"/>
        <source>Tab types a tab here; %1 moves on to the next control, %2 back.</source>
        <translation>El tabulador escribe una tabulación aquí; %1 pasa al siguiente control y %2, al anterior.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoJournal</name>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="119"/>
        <source>The sample journal could not be created.</source>
        <translation>No se ha podido crear el diario de ejemplo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="28"/>
        <source>The first quiet evening</source>
        <translation>La primera tarde tranquila</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="29"/>
        <source>Why it ended</source>
        <translation>Por qué terminó</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="30"/>
        <source>What I would do differently</source>
        <translation>Lo que haría de otra manera</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="31"/>
        <source>Not texting today</source>
        <translation>Hoy sin mensajes</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="32"/>
        <source>Accepting it</source>
        <translation>Aceptarlo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="33"/>
        <source>A wave of missing them</source>
        <translation>Una ola de echar de menos</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="34"/>
        <source>Morning run</source>
        <translation>Correr por la mañana</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="35"/>
        <source>First pottery class</source>
        <translation>Primera clase de cerámica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="36"/>
        <source>Therapy session</source>
        <translation>Sesión de terapia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="37"/>
        <source>Cooking for myself</source>
        <translation>Cocinar para mí</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="38"/>
        <source>A good week</source>
        <translation>Una buena semana</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="39"/>
        <source>Learning to rest</source>
        <translation>Aprender a descansar</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="40"/>
        <source>Thinking about reaching out</source>
        <translation>Pensando en dar el paso</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="41"/>
        <source>A short, friendly message</source>
        <translation>Un mensaje breve y amable</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="42"/>
        <source>They replied</source>
        <translation>Ha contestado</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="43"/>
        <source>Coffee on Saturday</source>
        <translation>Un café el sábado</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="44"/>
        <source>Keeping it light</source>
        <translation>Mantenerlo ligero</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="45"/>
        <source>Waiting without pushing</source>
        <translation>Esperar sin presionar</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="46"/>
        <source>Being honest about my feelings</source>
        <translation>Ser sincero sobre lo que siento</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="47"/>
        <source>A promise kept</source>
        <translation>Una promesa cumplida</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="48"/>
        <source>We talked about the hard part</source>
        <translation>Hablamos de la parte difícil</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="49"/>
        <source>Showing up on time</source>
        <translation>Llegar a tiempo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="50"/>
        <source>Listening more</source>
        <translation>Escuchar más</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="51"/>
        <source>A small doubt, said out loud</source>
        <translation>Una pequeña duda, dicha en voz alta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="52"/>
        <source>No rush</source>
        <translation>Sin prisa</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="53"/>
        <source>A slow Sunday walk</source>
        <translation>Un paseo tranquilo de domingo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="54"/>
        <source>Pacing myself</source>
        <translation>A mi ritmo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="55"/>
        <source>Noticing the pressure</source>
        <translation>Darme cuenta de la presión</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="56"/>
        <source>Grateful for today</source>
        <translation>Gratitud por el día de hoy</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="57"/>
        <source>Whatever happens, I am okay</source>
        <translation>Pase lo que pase, estoy bien</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="61"/>
        <source>I woke up thinking about them, and that is all right.</source>
        <translation>Me he despertado pensando en mi ex, y no pasa nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="63"/>
        <source>I wrote down three things I am grateful for.</source>
        <translation>He apuntado tres cosas por las que siento gratitud.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="64"/>
        <source>I noticed the urge to check their profile and closed the app instead.</source>
        <translation>Me entraron ganas de mirar su perfil y cerré la aplicación.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="66"/>
        <source>I can see now that I stopped listening when I was stressed.</source>
        <translation>Ahora veo que dejaba de escuchar cuando estaba estresado.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="68"/>
        <source>Next time I feel defensive, I want to pause and ask a question first.</source>
        <translation>La próxima vez que me ponga a la defensiva, quiero parar y hacer primero una pregunta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="70"/>
        <source>The walk by the river helped more than I expected.</source>
        <translation>El paseo junto al río me ayudó más de lo que esperaba.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="72"/>
        <source>I talked to my sister and felt less alone.</source>
        <translation>Hablé con mi hermana y me sentí menos solo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="73"/>
        <source>My therapist asked what I need, not what they need. I did not know the answer.</source>
        <translation>Mi terapeuta me preguntó qué necesito yo, no qué necesita la otra persona. No supe la respuesta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="75"/>
        <source>I slept better last night.</source>
        <translation>Anoche dormí mejor.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="76"/>
        <source>I am learning that space is a kindness, not a punishment.</source>
        <translation>Estoy aprendiendo que la distancia es un gesto de cariño, no un castigo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="78"/>
        <source>I finished the chapter I started last week.</source>
        <translation>Terminé el capítulo que empecé la semana pasada.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="79"/>
        <source>I felt proud that I kept my word to myself.</source>
        <translation>Me sentí orgulloso de haber cumplido mi palabra conmigo mismo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="80"/>
        <source>Some days are heavy. Today was one of them, and I got through it.</source>
        <translation>Hay días pesados. Hoy fue uno de ellos, y lo he superado.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="82"/>
        <source>I want to be someone who says what they feel calmly.</source>
        <translation>Quiero ser alguien que dice con calma lo que siente.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="84"/>
        <source>It was good to laugh with friends again.</source>
        <translation>Me sentó bien volver a reír con amigos.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="85"/>
        <source>I made a plan for the weekend that is just for me.</source>
        <translation>He hecho un plan para el fin de semana solo para mí.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="87"/>
        <source>I reread an old message and did not reply. That was the right choice.</source>
        <translation>Releí un mensaje antiguo y no contesté. Fue la decisión correcta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="89"/>
        <source>A small step is still a step.</source>
        <translation>Un paso pequeño sigue siendo un paso.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="90"/>
        <source>I noticed I was rushing and slowed down on purpose.</source>
        <translation>Me di cuenta de que iba con prisas y bajé el ritmo a propósito.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="92"/>
        <source>Honesty felt uncomfortable, and it also felt right.</source>
        <translation>La sinceridad me resultó incómoda, y a la vez me pareció lo correcto.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoReflections</name>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="27"/>
        <source>We stopped making time for each other, and I stopped saying what I needed.</source>
        <translation>Dejamos de sacar tiempo el uno para el otro, y yo dejé de decir lo que necesitaba.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="29"/>
        <source>I could have listened instead of defending myself.</source>
        <translation>Podría haber escuchado en lugar de defenderme.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="31"/>
        <source>I want to stop going quiet when I am hurt, and say it calmly instead.</source>
        <translation>Quiero dejar de callarme cuando algo me duele, y decirlo con calma.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="33"/>
        <source>I would tell them to be gentle with themselves. So I will try.</source>
        <translation>Le diría que se tratara con cariño. Así que voy a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="35"/>
        <source>No messages this week. If I feel the urge, I will write here instead.</source>
        <translation>Esta semana, ningún mensaje. Si me entran ganas, escribiré aquí.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="37"/>
        <source>A long walk with my sister on Sunday.</source>
        <translation>Un paseo largo con mi hermana el domingo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="38"/>
        <source>Being more patient. I rush when I am anxious.</source>
        <translation>Tener más paciencia. Voy con prisas cuando estoy nervioso.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="40"/>
        <source>I went running twice and felt lighter afterwards.</source>
        <translation>Salí a correr dos veces y después me sentí más ligero.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="42"/>
        <source>I am proud that I booked the appointment I kept putting off.</source>
        <translation>Estoy orgulloso de haber pedido la cita que llevaba tiempo posponiendo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="44"/>
        <source>Something light: a photo of the dog at the beach.</source>
        <translation>Algo ligero: una foto del perro en la playa.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="49"/>
        <source>Slept well.</source>
        <translation>Dormí bien.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="50"/>
        <source>A heavy morning, a better afternoon.</source>
        <translation>Una mañana pesada, una tarde mejor.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="51"/>
        <source>Good talk with a friend.</source>
        <translation>Buena charla con un amigo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="52"/>
        <source>Missing them today.</source>
        <translation>Hoy echo de menos a mi ex.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="53"/>
        <source>Busy at work, that helped.</source>
        <translation>Mucho trabajo; eso ayudó.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps12</name>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="31"/>
        <source>Arguments about my long hours</source>
        <translation>Las discusiones por mis jornadas largas</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="32"/>
        <source>I kept cancelling plans and said work came first.</source>
        <translation>Cancelaba planes una y otra vez y decía que el trabajo era lo primero.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="34"/>
        <source>Keep one evening a week free, and say so early when plans change.</source>
        <translation>Dejar libre una tarde a la semana, y avisar pronto cuando cambien los planes.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="37"/>
        <source>The trip we never took</source>
        <translation>El viaje que nunca hicimos</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="38"/>
        <source>I brushed off what they wanted as not important.</source>
        <translation>Le quité importancia a lo que quería la otra persona.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="40"/>
        <source>Ask what matters to them and listen to the whole answer.</source>
        <translation>Preguntar qué le importa y escuchar la respuesta entera.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="43"/>
        <source>Snapping when I was stressed</source>
        <translation>Saltar cuando estaba estresado</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="44"/>
        <source>I took my stress out on them instead of naming it.</source>
        <translation>Descargaba mi estrés en la otra persona en lugar de nombrarlo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="46"/>
        <source>Notice the tension, say &quot;I am stressed&quot;, take ten minutes.</source>
        <translation>Notar la tensión, decir «estoy estresado», tomarme diez minutos.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="49"/>
        <source>Checking their phone</source>
        <translation>Mirar su móvil</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="50"/>
        <source>My jealousy made them feel watched.</source>
        <translation>Mis celos le hacían sentir bajo vigilancia.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="51"/>
        <source>Talk about my insecurity with a therapist.</source>
        <translation>Hablar de mi inseguridad con una terapeuta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="67"/>
        <source>Morning run</source>
        <translation>Correr por la mañana</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="68"/>
        <source>Ten minutes of stretching</source>
        <translation>Diez minutos de estiramientos</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="71"/>
        <source>Pottery class</source>
        <translation>Clase de cerámica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="73"/>
        <source>Therapy session</source>
        <translation>Sesión de terapia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="74"/>
        <source>Name my stress out loud</source>
        <translation>Decir mi estrés en voz alta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="76"/>
        <source>Learn Spanish on the app</source>
        <translation>Aprender italiano con la aplicación</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="81"/>
        <source>Saw our song on the radio.</source>
        <translation>Sonó nuestra canción en la radio.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="82"/>
        <source>Late at night, feeling lonely.</source>
        <translation>Tarde por la noche, con sensación de soledad.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="83"/>
        <source>Their birthday is next week.</source>
        <translation>Su cumpleaños es la semana que viene.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="84"/>
        <source>Wanted to tell them about my day.</source>
        <translation>Quería contarle mi día.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="87"/>
        <source>Walked past our café.</source>
        <translation>Pasé por delante de nuestra cafetería.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="91"/>
        <source>Cooked a proper dinner for myself</source>
        <translation>Me hice una buena cena</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="92"/>
        <source>Went for a run in the rain</source>
        <translation>Salí a correr bajo la lluvia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="93"/>
        <source>Called my sister</source>
        <translation>Llamé a mi hermana</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="94"/>
        <source>Finished a book</source>
        <translation>Terminé un libro</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="95"/>
        <source>Said no to overtime</source>
        <translation>Dije que no a las horas extra</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="96"/>
        <source>Slept eight hours</source>
        <translation>Dormí ocho horas</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="97"/>
        <source>Made a bowl that did not collapse</source>
        <translation>Hice un cuenco que no se vino abajo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="98"/>
        <source>Sat with a sad feeling instead of texting</source>
        <translation>Me quedé con la tristeza en lugar de escribir</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="99"/>
        <source>Tidied the flat</source>
        <translation>Ordené el piso</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="100"/>
        <source>Went to the party and enjoyed it</source>
        <translation>Fui a la fiesta y la disfruté</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="104"/>
        <source>I keep replaying our last evening. I wish I had listened instead of defending myself. I am sorry for how I spoke to you.</source>
        <translation>No dejo de darle vueltas a nuestra última noche. Ojalá te hubiera escuchado en lugar de defenderme. Siento cómo te hablé.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="107"/>
        <source>I saw the poster for the concert we talked about and thought of you. I hope you go.</source>
        <translation>Vi el cartel del concierto del que hablamos y pensé en ti. Espero que vayas.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="110"/>
        <source>Please just answer me. I need to know if there is any chance.</source>
        <translation>Por favor, contéstame. Necesito saber si hay alguna posibilidad.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="112"/>
        <source>I have been going to therapy. I am learning a lot about why I get so jealous.</source>
        <translation>Estoy yendo a terapia. Estoy aprendiendo mucho sobre por qué me pongo tan celoso.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="118"/>
        <source>Asked if we could talk.</source>
        <translation>Le pregunté si podíamos hablar.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="119"/>
        <source>Sent a long message about how I feel.</source>
        <translation>Le envié un mensaje largo sobre cómo me siento.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="120"/>
        <source>Called, no answer.</source>
        <translation>Llamé, sin respuesta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="121"/>
        <source>They asked for a book back.</source>
        <translation>Me pidió que le devolviera un libro.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="122"/>
        <source>Short, friendly reply.</source>
        <translation>Respuesta breve y amable.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="123"/>
        <source>Liked a photo of theirs.</source>
        <translation>Le di a «me gusta» a una de sus fotos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps345</name>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="108"/>
        <source>our song</source>
        <translation>nuestra canción</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="22"/>
        <source>her new job</source>
        <translation>su nuevo trabajo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="23"/>
        <source>the concert</source>
        <translation>el concierto</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="24"/>
        <source>my pottery class</source>
        <translation>mi clase de cerámica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="25"/>
        <source>their sister</source>
        <translation>su hermana</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="26"/>
        <source>a funny video</source>
        <translation>un vídeo gracioso</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="27"/>
        <source>the weather</source>
        <translation>el tiempo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="28"/>
        <source>a book we both like</source>
        <translation>un libro que nos gusta a los dos</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="31"/>
        <source>Asked how the first week went.</source>
        <translation>Le pregunté qué tal la primera semana.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="32"/>
        <source>Sent a photo of my first bowl.</source>
        <translation>Le mandé una foto de mi primer cuenco.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="33"/>
        <source>Short and friendly.</source>
        <translation>Breve y amable.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="34"/>
        <source>They asked about my sister.</source>
        <translation>Me preguntó por mi hermana.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="35"/>
        <source>Talked for twenty minutes.</source>
        <translation>Hablamos veinte minutos.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="39"/>
        <source>The café by the river</source>
        <translation>La cafetería junto al río</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="40"/>
        <source>The park</source>
        <translation>El parque</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="41"/>
        <source>The market</source>
        <translation>El mercado</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="42"/>
        <source>Museum</source>
        <translation>Museo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="45"/>
        <source>Easy and light. We laughed about the cat.</source>
        <translation>Fácil y ligero. Nos reímos con lo del gato.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="46"/>
        <source>A bit awkward at first, then good.</source>
        <translation>Un poco incómodo al principio, luego bien.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="47"/>
        <source>Nice, but I talked too much about the past. Note to self.</source>
        <translation>Agradable, pero hablé demasiado del pasado. Nota para mí.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="52"/>
        <source>That I was nervous about meeting again.</source>
        <translation>Que me ponía nervioso volver a vernos.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="53"/>
        <source>They said they were nervous too. It helped.</source>
        <translation>Me dijo que también tenía nervios. Ayudó.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="55"/>
        <source>That I understand now how my long hours hurt.</source>
        <translation>Que ahora entiendo cuánto dolieron mis jornadas largas.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="57"/>
        <source>Quiet, then a thank you.</source>
        <translation>Silencio, y luego un gracias.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="59"/>
        <source>That I am glad we can talk again.</source>
        <translation>Que me alegra que podamos volver a hablar.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="60"/>
        <source>Warmly.</source>
        <translation>Con calidez.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="63"/>
        <source>Be on time for our walk</source>
        <translation>Llegar a tiempo a nuestro paseo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="64"/>
        <source>Call on Sunday evening</source>
        <translation>Llamar el domingo por la tarde</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="65"/>
        <source>Return the book I borrowed</source>
        <translation>Devolver el libro que me prestó</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="66"/>
        <source>Keep Friday evening free</source>
        <translation>Dejar libre la tarde del viernes</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="67"/>
        <source>Tell them when plans change, early</source>
        <translation>Avisar pronto cuando cambien los planes</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="68"/>
        <source>Not check my phone at dinner</source>
        <translation>No mirar el móvil durante la cena</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="71"/>
        <source>I was late twice</source>
        <translation>Llegué tarde dos veces</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="72"/>
        <source>I text if I am running late.</source>
        <translation>Escribo si voy a llegar tarde.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="73"/>
        <source>They felt I pushed for an answer</source>
        <translation>Sintió que yo presionaba para tener una respuesta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="74"/>
        <source>No questions about us for now.</source>
        <translation>De momento, nada de preguntas sobre nosotros.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="75"/>
        <source>Jealousy about a friend</source>
        <translation>Celos por una amistad</translation>
    </message>
</context>
<context>
    <name>Rekindle::EmotionRatingsEditor</name>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="23"/>
        <source>Add a Feeling</source>
        <translation>Añadir un sentimiento</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="52"/>
        <source>%1: feeling</source>
        <translation>%1: sentimiento</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="57"/>
        <source>A feeling, e.g. sad</source>
        <translation>Un sentimiento, p. ej. tristeza</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="63"/>
        <source> of 100</source>
        <translation> de 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="64"/>
        <source>%1: how strong, 0 to 100</source>
        <translation>%1: intensidad, de 0 a 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="67"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="68"/>
        <source>Remove this feeling</source>
        <translation>Quitar este sentimiento</translation>
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
        <translation>esperanza</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="15"/>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="16"/>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="17"/>
        <source>content</source>
        <translation>satisfacción</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="18"/>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="19"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="20"/>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="21"/>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="22"/>
        <source>angry</source>
        <translation>enfado</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="23"/>
        <source>guilty</source>
        <translation>culpa</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="24"/>
        <source>ashamed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="25"/>
        <source>confused</source>
        <translation>confusión</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="26"/>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="27"/>
        <source>restless</source>
        <translation>inquietud</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="28"/>
        <source>jealous</source>
        <translation>celos</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptedExport</name>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="83"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="115"/>
        <source>The passphrase for the export is empty.</source>
        <translation>La frase de contraseña de la exportación está vacía.</translation>
    </message>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="68"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="125"/>
        <source>The file is encrypted: its passphrase is needed to read it.</source>
        <translation>El archivo está cifrado: hace falta su frase de contraseña para leerlo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptionCommands</name>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="57"/>
        <source>%1: %2 of %3 values (%4%)</source>
        <translation>%1: %2 de %3 valores (%4&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EncryptionCommands.cpp" line="75"/>
        <source>%n older backup(s) were made before the journal was encrypted and can still be read by anyone who gets them:</source>
        <translation>
            <numerusform>%n copia de seguridad antigua se hizo antes de cifrar el diario y cualquiera que la consiga puede leerla:</numerusform>
            <numerusform>%n copias de seguridad antiguas se hicieron antes de cifrar el diario y cualquiera que las consiga puede leerlas:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="81"/>
        <source>Deleting them does not wipe every trace on every disk: an SSD may keep old blocks for a while.</source>
        <translation>Eliminarlas no borra todo rastro de todos los discos: un SSD puede conservar bloques antiguos durante un tiempo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="84"/>
        <source>Delete them when you no longer need them.</source>
        <translation>Elimínalas cuando ya no las necesites.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="88"/>
        <source>Delete these backups now? [y/N]</source>
        <translation>¿Eliminar ahora estas copias de seguridad? [s/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="90"/>
        <source>The backups were kept.</source>
        <translation>Se han conservado las copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="96"/>
        <source>The unencrypted backups were deleted.</source>
        <translation>Se han eliminado las copias de seguridad sin cifrar.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="107"/>
        <source>Passphrase of the journal: </source>
        <translation>Frase de contraseña del diario: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="118"/>
        <source>The sample journal is never encrypted: it holds nothing of yours.</source>
        <translation>El diario de ejemplo nunca se cifra: no contiene nada tuyo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="122"/>
        <source>The journal is already encrypted. Nothing was changed.</source>
        <translation>El diario ya está cifrado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <source>New passphrase for the journal: </source>
        <translation>Nueva frase de contraseña del diario: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="128"/>
        <source>Encrypting the journal. This can take a while for a large one; if it is stopped, the journal stays as it was.</source>
        <translation>Cifrando el diario. Puede tardar un poco si es grande; si se detiene, el diario queda como estaba.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="130"/>
        <source>Encrypting</source>
        <translation>Cifrando</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="134"/>
        <source>The journal is now encrypted.</source>
        <translation>A partir de ahora, el diario está cifrado.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="136"/>
        <source>Your recovery key, shown only this once:</source>
        <translation>Tu clave de recuperación, que solo se muestra esta vez:</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="140"/>
        <source>Write it down or print it, and keep it somewhere safe, away from this computer. It opens the journal if you forget the passphrase, and anyone who has it can read the journal.</source>
        <translation>Apúntala o imprímela, y guárdala en un lugar seguro, lejos de este ordenador. Abre el diario si olvidas la frase de contraseña, y cualquiera que la tenga puede leer el diario.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="152"/>
        <source>The journal is not encrypted. Nothing was changed.</source>
        <translation>El diario no está cifrado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="155"/>
        <source>Turning encryption off needs a confirmation, and there is no terminal to ask on. Add --yes to turn it off. Nothing was changed.</source>
        <translation>Para desactivar el cifrado hace falta una confirmación, y no hay ningún terminal donde pedirla. Añade --yes para desactivarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="162"/>
        <source>Turn encryption off? Everything you wrote will be stored readable by anyone who gets the file. [y/N]</source>
        <translation>¿Desactivar el cifrado? Todo lo que has escrito quedará guardado de forma legible para cualquiera que consiga el archivo. [s/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="167"/>
        <source>Encryption stays on. Nothing was changed.</source>
        <translation>El cifrado sigue activado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="171"/>
        <source>Decrypting</source>
        <translation>Descifrando</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="173"/>
        <source>The journal is no longer encrypted.</source>
        <translation>El diario ya no está cifrado.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>Passphrase for the export: </source>
        <translation>Frase de contraseña de la exportación: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="183"/>
        <source>Warning: the journal is encrypted, but this export will not be: anyone who gets the file can read everything in it. Use --encrypt-export (JSON) to protect it with a passphrase.</source>
        <translation>Aviso: el diario está cifrado, pero esta exportación no lo estará: cualquiera que consiga el archivo puede leer todo su contenido. Usa --encrypt-export (JSON) para protegerla con una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="194"/>
        <source>Passphrase of the file %1: </source>
        <translation>Frase de contraseña del archivo %1: </translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryEditor</name>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="34"/>
        <source>A title, if you like</source>
        <translation>Un título, si quieres</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="35"/>
        <source>Entry title</source>
        <translation>Título de la entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="40"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="41"/>
        <source>Mood, from 1 (very low) to 10 (very good)</source>
        <translation>Estado de ánimo, de 1 (muy bajo) a 10 (muy bueno)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="42"/>
        <source>How you feel, from 1 (very low) to 10 (very good)</source>
        <translation>Cómo te sientes, de 1 (muy mal) a 10 (muy bien)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="45"/>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="46"/>
        <source>Write freely. Everything is saved as you type and stays on this computer.</source>
        <translation>Escribe con libertad. Todo se guarda mientras escribes y se queda en este ordenador.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="56"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="63"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="65"/>
        <source>&amp;Mood:</source>
        <translation>&amp;Estado de ánimo:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="118"/>
        <source>Written %1 at %2</source>
        <translation>Escrito el %1 a las %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="123"/>
        <source>edited %1</source>
        <translation>editado el %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryItemDelegate</name>
    <message>
        <location filename="../app/ui/widgets/EntryItemDelegate.cpp" line="27"/>
        <source>mood %1/10</source>
        <translation>ánimo %1/10</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryListModel</name>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="61"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="64"/>
        <source>%1, written %2</source>
        <translation>%1, escrita el %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrinter</name>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="58"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="61"/>
        <source>Print the open entry</source>
        <translation>Imprimir la entrada abierta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="63"/>
        <source>Print This &amp;Day…</source>
        <translation>Imprimir este &amp;día…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="65"/>
        <source>Print every entry written on the open entry&apos;s day</source>
        <translation>Imprimir todas las entradas escritas el mismo día que la entrada abierta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="67"/>
        <source>Print This S&amp;tep…</source>
        <translation>Imprimir este p&amp;aso…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="69"/>
        <source>Print every entry of the current step</source>
        <translation>Imprimir todas las entradas del paso actual</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="89"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="93"/>
        <source>mood %1 of 10</source>
        <translation>ánimo %1 de 10</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="109"/>
        <source>The text being written could not be saved, so it was not printed.</source>
        <translation>No se ha podido guardar el texto que estabas escribiendo, así que no se ha impreso.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="115"/>
        <source>There is nothing to print yet.</source>
        <translation>Aún no hay nada que imprimir.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="139"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="152"/>
        <source>Rekindle journal</source>
        <translation>Diario de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="144"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>No se ha podido escribir el PDF en «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="155"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="176"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="158"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="161"/>
        <source>This &amp;entry</source>
        <translation>Esta &amp;entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="162"/>
        <source>Every entry of this &amp;day</source>
        <translation>Todas las entradas de este &amp;día</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="163"/>
        <source>Every entry of this &amp;step</source>
        <translation>Todas las entradas de este &amp;paso</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrintout</name>
    <message>
        <location filename="../app/models/EntryPrintout.cpp" line="54"/>
        <source>Open an entry to print first.</source>
        <translation>Abre primero una entrada para imprimirla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryStore</name>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="115"/>
        <source>The new entry could not be saved.</source>
        <translation>No se ha podido guardar la nueva entrada.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="122"/>
        <location filename="../app/storage/EntryStore.cpp" line="136"/>
        <source>Your changes could not be saved.</source>
        <translation>No se han podido guardar tus cambios.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="171"/>
        <source>The entry could not be deleted.</source>
        <translation>No se ha podido eliminar la entrada.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="181"/>
        <location filename="../app/storage/EntryStore.cpp" line="204"/>
        <source>The entry could not be read.</source>
        <translation>No se ha podido leer la entrada.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="215"/>
        <source>The entries could not be read.</source>
        <translation>No se han podido leer las entradas.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="248"/>
        <source>The days with entries could not be read.</source>
        <translation>No se han podido leer los días con entradas.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="262"/>
        <source>The entry could not be found.</source>
        <translation>No se ha encontrado la entrada.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="267"/>
        <source>The entries could not be counted.</source>
        <translation>No se han podido contar las entradas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="35"/>
        <source>The &amp;whole journal</source>
        <translation>&amp;Todo el diario</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="36"/>
        <source>From a &amp;date range</source>
        <translation>Un &amp;rango de fechas</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="37"/>
        <source>One &amp;step</source>
        <translation>Un &amp;solo paso</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="41"/>
        <source>E&amp;ncrypt the file with a passphrase</source>
        <translation>C&amp;ifrar el archivo con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="48"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="219"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="247"/>
        <source>Export Journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="54"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="68"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="71"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="74"/>
        <source>Step to export</source>
        <translation>Paso que se va a exportar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="76"/>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="79"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="83"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="96"/>
        <source>Only a JSON export can be encrypted. Rekindle asks for the passphrase when the file is imported.</source>
        <translation>Solo se puede cifrar una exportación JSON. Rekindle pide la frase de contraseña al importar el archivo.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="100"/>
        <source>Passphrase for the file</source>
        <translation>Frase de contraseña del archivo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="101"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="109"/>
        <source>&amp;Again:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="114"/>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="127"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="162"/>
        <source>The file is encrypted: it opens only with this passphrase, and Rekindle cannot open it if the passphrase is forgotten.</source>
        <translation>El archivo está cifrado: solo se abre con esta frase de contraseña, y Rekindle no puede abrirlo si se olvida.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="165"/>
        <source>Your journal is encrypted, but this file will not be: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Tu diario está cifrado, pero este archivo no lo estará: cualquiera que lo consiga puede leer todo su contenido. Guárdalo en un lugar privado y elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="169"/>
        <source>The exported file is not protected: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>El archivo exportado no está protegido: cualquiera que lo consiga puede leer todo su contenido. Guárdalo en un lugar privado y elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="183"/>
        <source>Type a passphrase for the file, twice.</source>
        <translation>Escribe dos veces una frase de contraseña para el archivo.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="185"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="217"/>
        <source>Rekindle Journal</source>
        <translation>Diario Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="231"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Rekindle::Exporter</name>
    <message>
        <location filename="../app/export/Exporter.cpp" line="33"/>
        <source>The export could not be written to %1: %2</source>
        <translation>No se ha podido escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="79"/>
        <source>Rekindle Journal</source>
        <translation>Diario Rekindle</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="122"/>
        <source>JSON — complete, can be imported again</source>
        <translation>JSON — completo, se puede volver a importar</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="124"/>
        <source>CSV — tables for a spreadsheet, one file per kind of record</source>
        <translation>CSV — tablas para una hoja de cálculo, un archivo por tipo de registro</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="126"/>
        <source>Markdown — plain text</source>
        <translation>Markdown — texto sin formato</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="128"/>
        <source>HTML — a web page</source>
        <translation>HTML — una página web</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="130"/>
        <source>PDF — for reading and printing</source>
        <translation>PDF — para leer e imprimir</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="139"/>
        <source>JSON, complete and re-importable (*.json)</source>
        <translation>JSON, completo y reimportable (*.json)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="141"/>
        <source>CSV tables, one file per kind of record (*.csv)</source>
        <translation>Tablas CSV, un archivo por tipo de registro (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="143"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="145"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="181"/>
        <source>Only a JSON export can be encrypted.</source>
        <translation>Solo se puede cifrar una exportación JSON.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingModel</name>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="80"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="82"/>
        <source>What I shared</source>
        <translation>Lo que compartí</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="84"/>
        <source>How it was received</source>
        <translation>Cómo se recibió</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="28"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="36"/>
        <source>What I shared, honestly</source>
        <translation>Lo que compartí, con sinceridad</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="38"/>
        <source>How they took it</source>
        <translation>Cómo se lo tomó</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="42"/>
        <source>A feeling I shared</source>
        <translation>Un sentimiento que compartí</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="50"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="51"/>
        <source>W&amp;hat I shared:</source>
        <translation>&amp;Qué compartí:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="52"/>
        <source>How it was &amp;received:</source>
        <translation>Cómo se &amp;recibió:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="59"/>
        <source>&amp;Feelings shared</source>
        <translation>Sentimientos com&amp;partidos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="76"/>
        <source>Saved. Saying how you feel takes courage.</source>
        <translation>Guardado. Decir cómo te sientes requiere valor.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FieldCodec</name>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="70"/>
        <source>A value of %1 (field “%2” of record %3) could not be read. %4</source>
        <translation>No se ha podido leer un valor de %1 (campo «%2» del registro %3). %4</translation>
    </message>
</context>
<context>
    <name>Rekindle::FoundationSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="22"/>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="24"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="26"/>
        <source>growing</source>
        <translation>en crecimiento</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="28"/>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="49"/>
        <source>The foundation, over the last 90 days</source>
        <translation>Los cimientos, en los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Open issues</source>
        <translation>Temas pendientes</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="75"/>
        <source>Trust is the share of promises kept (step 4); connection is the share of warm replies to your messages (step 3); open issues are those not yet resolved.</source>
        <translation>La confianza es la proporción de promesas cumplidas (paso 4); la conexión, la proporción de respuestas cálidas a tus mensajes (paso 3); los temas pendientes son los que aún no se han resuelto.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="97"/>
        <source>The foundation needs more time before bigger steps.</source>
        <translation>Los cimientos necesitan más tiempo antes de dar pasos mayores.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="98"/>
        <source>The foundation is holding. Keep the pace that got you here.</source>
        <translation>Los cimientos aguantan. Mantén el ritmo que te ha traído hasta aquí.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Goal</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="21"/>
        <source>Fitness</source>
        <translation>Forma física</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="22"/>
        <source>New hobby</source>
        <translation>Nueva afición</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="23"/>
        <source>Professional help</source>
        <translation>Ayuda profesional</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="24"/>
        <source>Personal issue</source>
        <translation>Tema personal</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="25"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="33"/>
        <source>Give the goal a title, for example &quot;Walk for 20 minutes&quot;.</source>
        <translation>Ponle un título al objetivo, por ejemplo «Caminar 20 minutos».</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="36"/>
        <source>The title is too long: keep it under %1 characters.</source>
        <translation>El título es demasiado largo: que no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="39"/>
        <source>Choose every day, or between 1 and 6 times a week.</source>
        <translation>Elige todos los días, o entre 1 y 6 veces por semana.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="41"/>
        <source>Choose the day the goal starts.</source>
        <translation>Elige el día en que empieza el objetivo.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="48"/>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="50"/>
        <source>Once a week</source>
        <translation>Una vez por semana</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/Goal.cpp" line="51"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n vez por semana</numerusform>
            <numerusform>%n veces por semana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 veces por semana</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalAdherenceChart</name>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="21"/>
        <source>Goals kept per week</source>
        <translation>Objetivos cumplidos por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="22"/>
        <source>No goals to show for this period yet. Add a goal in step 2 and tick the days you work on it; each week&apos;s share of what you planned shows here.</source>
        <translation>Aún no hay objetivos que mostrar en este periodo. Añade un objetivo en el paso 2 y marca los días en que trabajas en él; aquí aparecerá, semana a semana, la parte de lo previsto que hiciste.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="31"/>
        <source>Goal to show</source>
        <translation>Objetivo que mostrar</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="32"/>
        <source>Show all goals together, or one goal</source>
        <translation>Mostrar todos los objetivos juntos, o uno solo</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="36"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="48"/>
        <source>All goals</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="52"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="101"/>
        <source>Check-ins done of planned</source>
        <translation>Marcas hechas de las previstas</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="119"/>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="132"/>
        <source>Week of %1
%2% kept
%n check-in(s), %3 planned</source>
        <translation>
            <numerusform>Semana del %1
%2&#xa0;% cumplido
%n marca, %3 previstas</numerusform>
            <numerusform>Semana del %1
%2&#xa0;% cumplido
%n marcas, %3 previstas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Kept (%)</source>
        <translation>Cumplido (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Check-ins</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Planned</source>
        <translation>Previstas</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalCheckIn</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="57"/>
        <source>Choose the day to check in.</source>
        <translation>Elige el día que quieres marcar.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="59"/>
        <source>You can only check in for today or a day that has passed.</source>
        <translation>Solo puedes marcar hoy o un día que ya haya pasado.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="61"/>
        <source>This goal started on %1; choose that day or a later one.</source>
        <translation>Este objetivo empezó el %1; elige ese día o uno posterior.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="65"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota es demasiado larga: que no pase de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalListModel</name>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 días</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="98"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="vanished">%1 semanas</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="134"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="135"/>
        <source>%1 of %2 this week</source>
        <translation>%1 de %2 esta semana</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="156"/>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>%1 check-ins of about %2 asked for in the last %3 days</source>
        <translation type="vanished">%1 marcas de unas %2 previstas en los últimos %3 días</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="98"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="164"/>
        <source>1 check-in of about %1 asked for in the last %2 days</source>
        <translation>1 marca de unas %1 previstas en los últimos %2 días</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="165"/>
        <source>%n check-ins of about %1 asked for in the last %2 days</source>
        <translation>
            <numerusform>%n marca de unas %1 previstas en los últimos %2 días</numerusform>
            <numerusform>%n marcas de unas %1 previstas en los últimos %2 días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="172"/>
        <source>Grew out of &quot;my part&quot;: %1</source>
        <translation>Surgió de «Mi parte»: %1</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Checked in today</source>
        <translation>Marcado hoy</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Not checked in today yet</source>
        <translation>Aún sin marcar hoy</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>checked in today</source>
        <translation>marcado hoy</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>not checked in today</source>
        <translation>sin marcar hoy</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="195"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="197"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="199"/>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="201"/>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="203"/>
        <source>14 days</source>
        <translation>14 días</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="205"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="207"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="209"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="211"/>
        <source>From my part</source>
        <translation>De Mi parte</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="244"/>
        <location filename="../app/models/GoalListModel.cpp" line="251"/>
        <location filename="../app/models/GoalListModel.cpp" line="258"/>
        <location filename="../app/models/GoalListModel.cpp" line="265"/>
        <source>Choose a goal first.</source>
        <translation>Elige primero un objetivo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalStore</name>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="80"/>
        <source>The goal could not be saved.</source>
        <translation>No se ha podido guardar el objetivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="93"/>
        <source>The goal could not be made.</source>
        <translation>No se ha podido crear el objetivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="102"/>
        <source>Work on: %1</source>
        <translation>Trabajar en: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="131"/>
        <source>Your changes to the goal could not be saved.</source>
        <translation>No se han podido guardar tus cambios en el objetivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be archived.</source>
        <translation>No se ha podido archivar el objetivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be restored.</source>
        <translation>No se ha podido restaurar el objetivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="168"/>
        <location filename="../app/storage/GoalStore.cpp" line="175"/>
        <source>The goal could not be read.</source>
        <translation>No se ha podido leer el objetivo.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="189"/>
        <source>The goals could not be read.</source>
        <translation>No se han podido leer los objetivos.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="200"/>
        <source>The check-in could not be saved.</source>
        <translation>No se ha podido guardar la marca.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="235"/>
        <source>The check-in could not be removed.</source>
        <translation>No se ha podido quitar la marca.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="259"/>
        <source>The check-in could not be read.</source>
        <translation>No se ha podido leer la marca.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="276"/>
        <source>The check-ins could not be read.</source>
        <translation>No se han podido leer las marcas.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="291"/>
        <source>The check-ins could not be counted.</source>
        <translation>No se han podido contar las marcas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="39"/>
        <source>&amp;Add Goal</source>
        <translation>&amp;Añadir objetivo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="40"/>
        <source>Show a&amp;rchived goals</source>
        <translation>Mostrar objetivos a&amp;rchivados</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="45"/>
        <source>&amp;Check In</source>
        <translation>&amp;Marcar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="46"/>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="51"/>
        <source>For example: a 20-minute walk</source>
        <translation>Por ejemplo: un paseo de 20 minutos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="56"/>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="57"/>
        <source>Once a week</source>
        <translation>Una vez por semana</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 veces por semana</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="59"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n vez por semana</numerusform>
            <numerusform>%n veces por semana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="67"/>
        <source>A new goal, for yourself</source>
        <translation>Un objetivo nuevo, para ti</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="75"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="78"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="80"/>
        <source>How &amp;often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="82"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="93"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="115"/>
        <source>Optional note</source>
        <translation>Nota opcional</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="119"/>
        <source>Check in the selected goal for &amp;day:</source>
        <translation>Marcar el objetivo seleccionado para el &amp;día:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="121"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="191"/>
        <source>No archived goals. Archive a goal you have finished or put aside; you can restore it any time.</source>
        <translation>No hay objetivos archivados. Archiva un objetivo que hayas terminado o dejado a un lado; puedes restaurarlo cuando quieras.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="193"/>
        <source>No goals yet. Add one above: something for your body, a new hobby, or a first talk with a professional. Then tick it in the Today column each time you do it.</source>
        <translation>Aún no hay objetivos. Añade uno arriba: algo para tu cuerpo, una afición nueva o una primera conversación con un profesional. Después márcalo en la columna Hoy cada vez que lo hagas.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>&amp;Restore</source>
        <translation>Resta&amp;urar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="239"/>
        <source>Checked in &quot;%1&quot; for %2.</source>
        <translation>«%1» marcado para el %2.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportReader</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="377"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>No se puede importar el archivo. En %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="379"/>
        <source>the whole file</source>
        <translation>el archivo entero</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="380"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>una exportación es un objeto JSON; esto es %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="383"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="384"/>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportSource</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="419"/>
        <source>%1 is not a file. Choose a Rekindle export to import. Nothing was changed.</source>
        <translation>%1 no es un archivo. Elige una exportación de Rekindle para importarla. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="423"/>
        <location filename="../app/storage/ImportReader.cpp" line="459"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>Rekindle no puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="428"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 es demasiado grande para ser una exportación de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="434"/>
        <location filename="../app/storage/ImportReader.cpp" line="465"/>
        <location filename="../app/storage/ImportReader.cpp" line="478"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>No se puede abrir %1: %2 No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportValidator</name>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="236"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>No se puede importar el archivo. En %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="287"/>
        <location filename="../app/storage/ImportValidator.cpp" line="291"/>
        <location filename="../app/storage/ImportValidator.cpp" line="461"/>
        <source>it must be an object, not %1.</source>
        <translation>debe ser un objeto, no %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="313"/>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation>el nombre de un ajuste debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="315"/>
        <source>a setting must be text, not %1.</source>
        <translation>un ajuste debe ser texto, no %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="317"/>
        <source>the setting is too long.</source>
        <translation>el ajuste es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="328"/>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation>Rekindle no conoce registros de este tipo. Puede que el archivo venga de una versión más reciente de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="339"/>
        <source>it must be a list, not %1.</source>
        <translation>debe ser una lista, no %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="358"/>
        <source>a record must be an object, not %1.</source>
        <translation>un registro debe ser un objeto, no %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="363"/>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation>«%1» no es un campo de este tipo de registro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="387"/>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation>el uid «%1» aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="396"/>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation>tiene el mismo %1 que %2; el diario solo puede conservar uno de los dos.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="445"/>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>esto no es una exportación de un diario de Rekindle («format» debe ser «%1»).</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="449"/>
        <source>it must be a whole number from 1.</source>
        <translation>debe ser un número entero a partir de 1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="452"/>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation>el archivo se escribió con una versión más reciente de Rekindle (formato %1; esta versión lee hasta el formato %2). Actualiza Rekindle para importarlo.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="486"/>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation>«%1» apunta a «%2», que no está ni en el archivo ni en el diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportWriter</name>
    <message>
        <location filename="../app/storage/ImportWriter.cpp" line="44"/>
        <source>The import could not be written; nothing was changed.</source>
        <translation>No se ha podido escribir la importación; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssueModel</name>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="96"/>
        <source>Raised on</source>
        <translation>Planteado el</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="98"/>
        <source>Raised by</source>
        <translation>Planteado por</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="100"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="104"/>
        <source>What we agreed</source>
        <translation>Lo que acordamos</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssuesSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="29"/>
        <source>&amp;Add Issue</source>
        <translation>&amp;Añadir tema</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="40"/>
        <source>What it is about, in a few words</source>
        <translation>De qué se trata, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="44"/>
        <source>Something that came up</source>
        <translation>Algo que ha surgido</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="52"/>
        <source>Raised &amp;by:</source>
        <translation>Planteado &amp;por:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="53"/>
        <source>&amp;On:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="57"/>
        <source>Wh&amp;at:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="64"/>
        <source>Face issues together, not around each other. When you agree on something, write it down under &quot;What we agreed&quot;.</source>
        <translation>Afrontad los temas codo con codo, sin rodearlos. Cuando lleguéis a un acuerdo, apúntalo en «Lo que acordamos».</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="73"/>
        <source>&amp;Issues</source>
        <translation>&amp;Temas</translation>
    </message>
</context>
<context>
    <name>Rekindle::Journal</name>
    <message>
        <location filename="../app/storage/Journal.cpp" line="144"/>
        <source>Rekindle cannot create the journal file in %1. Check that you may write there, or choose another folder.</source>
        <translation>Rekindle no puede crear el archivo del diario en %1. Comprueba que puedes escribir ahí, o elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="155"/>
        <source>Rekindle cannot open the journal.</source>
        <translation>Rekindle no puede abrir el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="173"/>
        <source>The journal folder %1 holds no journal, and Rekindle cannot create one there because the folder cannot be changed. Choose another folder.</source>
        <translation>La carpeta del diario %1 no contiene ningún diario, y Rekindle no puede crear uno ahí porque la carpeta no se puede modificar. Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="183"/>
        <source>This journal was written by an older version of Rekindle and must be updated before it can be opened, but it cannot be changed where it is. Copy its folder to a place you may write to and open the copy; the file has not been changed.</source>
        <translation>Este diario se escribió con una versión anterior de Rekindle y hay que actualizarlo antes de abrirlo, pero no se puede modificar donde está. Copia su carpeta a un lugar donde puedas escribir y abre la copia; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="203"/>
        <location filename="../app/storage/Journal.cpp" line="209"/>
        <location filename="../app/storage/Journal.cpp" line="321"/>
        <location filename="../app/storage/Journal.cpp" line="342"/>
        <source>Rekindle cannot read the journal.</source>
        <translation>Rekindle no puede leer el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="211"/>
        <source>The latest saves, in journal.sqlite3-wal beside it, cannot be read here.</source>
        <translation>Aquí no se pueden leer los últimos guardados, que están en journal.sqlite3-wal, a su lado.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="312"/>
        <location filename="../app/storage/Journal.cpp" line="317"/>
        <location filename="../app/storage/Journal.cpp" line="337"/>
        <source>Rekindle cannot prepare the journal.</source>
        <translation>Rekindle no puede preparar el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="358"/>
        <source>Rekindle cannot read the journal&apos;s version.</source>
        <translation>Rekindle no puede leer la versión del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="360"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Este diario se escribió con una versión más reciente de Rekindle. Actualiza Rekindle para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="371"/>
        <location filename="../app/storage/Journal.cpp" line="378"/>
        <source>Rekindle needs to update this journal but could not back it up first, so it left it unchanged. %1</source>
        <translation>Rekindle tiene que actualizar este diario, pero antes no ha podido hacer una copia de seguridad, así que lo ha dejado sin cambios. %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="387"/>
        <location filename="../app/storage/Journal.cpp" line="393"/>
        <source>Rekindle could not update the journal.</source>
        <translation>Rekindle no ha podido actualizar el diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalAccess</name>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="51"/>
        <source>This journal is on a disk that can only be read (%1), so it is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Este diario está en un disco de solo lectura (%1), así que se ha abierto en modo de solo lectura: puedes leerlo, buscar en él, exportarlo y hacer copias de seguridad, pero no se puede cambiar ni guardar nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="56"/>
        <source>The journal&apos;s folder (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>La carpeta del diario (%1) está configurada para que no se pueda modificar, así que el diario se ha abierto en modo de solo lectura: puedes leerlo, buscar en él, exportarlo y hacer copias de seguridad, pero no se puede cambiar ni guardar nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="61"/>
        <source>The journal file (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>El archivo del diario (%1) está configurado para que no se pueda modificar, así que el diario se ha abierto en modo de solo lectura: puedes leerlo, buscar en él, exportarlo y hacer copias de seguridad, pero no se puede cambiar ni guardar nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="77"/>
        <source>Rekindle could not allow changes to the journal in %1: you may not change its permissions, or the disk can only be read.</source>
        <translation>Rekindle no ha podido permitir cambios en el diario de %1: puede que no tengas permiso para cambiar sus permisos, o que el disco sea de solo lectura.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="81"/>
        <source>The journal in %1 still cannot be changed: the disk or the system does not allow it.</source>
        <translation>El diario de %1 sigue sin poder modificarse: el disco o el sistema no lo permiten.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalActions</name>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="29"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="30"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="31"/>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="35"/>
        <source>Save the journal, or part of it, as PDF, HTML, Markdown, JSON or CSV</source>
        <translation>Guardar el diario, o una parte, como PDF, HTML, Markdown, JSON o CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="38"/>
        <source>Add the contents of a Rekindle JSON export to this journal</source>
        <translation>Añadir a este diario el contenido de una exportación JSON de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="40"/>
        <source>Bring the journal back to an earlier day</source>
        <translation>Devolver el diario a un día anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="46"/>
        <location filename="../app/ui/JournalActions.cpp" line="174"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>No se ha podido hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="56"/>
        <source>The journal was exported.</source>
        <translation>Se ha exportado el diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="61"/>
        <source>Import a Journal Export</source>
        <translation>Importar una exportación del diario</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="63"/>
        <source>Rekindle JSON export, plain or encrypted (*.json)</source>
        <translation>Exportación JSON de Rekindle, sin cifrar o cifrada (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="80"/>
        <location filename="../app/ui/JournalActions.cpp" line="116"/>
        <location filename="../app/ui/JournalActions.cpp" line="119"/>
        <location filename="../app/ui/JournalActions.cpp" line="138"/>
        <location filename="../app/ui/JournalActions.cpp" line="148"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="81"/>
        <source>This file is encrypted. Type its passphrase:</source>
        <translation>Este archivo está cifrado. Escribe su frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="86"/>
        <source>Passphrase of the file</source>
        <translation>Frase de contraseña del archivo</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="110"/>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="120"/>
        <source>How should the file&apos;s contents join this journal?</source>
        <translation>¿Cómo debe unirse el contenido del archivo a este diario?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="122"/>
        <source>Add: keeps everything in the journal and adds what it does not have yet.
Replace: the journal becomes exactly the file&apos;s contents; the journal as it is now is kept as a backup first.</source>
        <translation>Añadir: conserva todo lo que hay en el diario y añade lo que aún no tiene.
Sustituir: el diario pasa a ser exactamente el contenido del archivo; antes, el diario tal como está se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="126"/>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="142"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="151"/>
        <source>Records imported: %1.</source>
        <translation>Registros importados: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="167"/>
        <source>The journal was restored from the backup.</source>
        <translation>Se ha restaurado el diario desde la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalCheck</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="76"/>
        <source>Search index: %1 of 1 record indexed</source>
        <translation>Índice de búsqueda: %1 de 1 registro indexado</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/JournalCheck.cpp" line="78"/>
        <source>Search index: %1 of %n records indexed</source>
        <translation>
            <numerusform>Índice de búsqueda: %1 de %n registro indexado</numerusform>
            <numerusform>Índice de búsqueda: %1 de %n registros indexados</numerusform>
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
        <translation>Versión del esquema: %1 (este Rekindle escribe la %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="164"/>
        <source>The integrity check could not run: %1</source>
        <translation>No se ha podido ejecutar la comprobación de integridad: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="167"/>
        <source>Database structure: %1</source>
        <translation>Estructura de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="169"/>
        <source>Database structure: ok</source>
        <translation>Estructura de la base de datos: correcta</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="174"/>
        <source>Links between records: broken links in %1</source>
        <translation>Vínculos entre registros: vínculos rotos en %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="177"/>
        <source>Links between records: ok</source>
        <translation>Vínculos entre registros: correctos</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="184"/>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="200"/>
        <source>Search index: an encrypted journal&apos;s index on disk holds %1 records</source>
        <translation>Índice de búsqueda: el índice en disco de un diario cifrado contiene %1 registros</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="204"/>
        <source>Search index: in memory only (the journal is locked)</source>
        <translation>Índice de búsqueda: solo en memoria (el diario está bloqueado)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="209"/>
        <source>Search index: ok</source>
        <translation>Índice de búsqueda: correcto</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="224"/>
        <source>Encrypted text: every value opens</source>
        <translation>Texto cifrado: todos los valores se abren</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="226"/>
        <source>Encrypted text: not checked (the journal is locked)</source>
        <translation>Texto cifrado: sin comprobar (el diario está bloqueado)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="240"/>
        <source>Table &quot;%1&quot; is not known to export and restore (a missing RecordKinds entry)</source>
        <translation>La tabla «%1» no la conocen la exportación ni la restauración (falta una entrada en RecordKinds)</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEncryption</name>
    <message>
        <location filename="../app/storage/JournalEncryption.cpp" line="19"/>
        <location filename="../app/storage/JournalEncryption.cpp" line="29"/>
        <source>This journal is not encrypted.</source>
        <translation>Este diario no está cifrado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEntry</name>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="24"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/JournalEntry.cpp" line="34"/>
        <source>The title is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>El título es demasiado largo: que no pase de %n carácter.</numerusform>
            <numerusform>El título es demasiado largo: que no pase de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="39"/>
        <source>This entry is too long to save. Split it into several entries.</source>
        <translation>Esta entrada es demasiado larga para guardarla. Divídela en varias entradas.</translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="42"/>
        <source>Mood must be between %1 and %2.</source>
        <translation>El estado de ánimo debe estar entre %1 y %2.</translation>
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
        <translation>No se ha podido leer el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="367"/>
        <source>The export could not be written: %1</source>
        <translation>No se ha podido escribir la exportación: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="513"/>
        <source>Rekindle Journal</source>
        <translation>Diario Rekindle</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="514"/>
        <source>Exported on %1.</source>
        <translation>Exportado el %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="539"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="563"/>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalImport</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="244"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>El archivo no es una exportación de Rekindle legible: %1 en la línea %2, columna %3. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="252"/>
        <source>the whole file</source>
        <translation>el archivo entero</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="253"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>una exportación es un objeto JSON; esto es %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="262"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>Rekindle no puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="266"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 es demasiado grande para ser una exportación de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="273"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>No se puede abrir %1: %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="vanished">esto no es una exportación de un diario de Rekindle («format» debe ser «%1»).</translation>
    </message>
    <message>
        <source>it must be a whole number from 1.</source>
        <translation type="vanished">debe ser un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation type="vanished">el archivo se escribió con una versión más reciente de Rekindle (formato %1; esta versión lee hasta el formato %2). Actualiza Rekindle para importarlo.</translation>
    </message>
    <message>
        <source>it must be an object, not %1.</source>
        <translation type="vanished">debe ser un objeto, no %1.</translation>
    </message>
    <message>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation type="vanished">el nombre de un ajuste debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>a setting must be text, not %1.</source>
        <translation type="vanished">un ajuste debe ser texto, no %1.</translation>
    </message>
    <message>
        <source>the setting is too long.</source>
        <translation type="vanished">el ajuste es demasiado largo.</translation>
    </message>
    <message>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation type="vanished">Rekindle no conoce registros de este tipo. Puede que el archivo venga de una versión más reciente de Rekindle.</translation>
    </message>
    <message>
        <source>it must be a list, not %1.</source>
        <translation type="vanished">debe ser una lista, no %1.</translation>
    </message>
    <message>
        <source>a record must be an object, not %1.</source>
        <translation type="vanished">un registro debe ser un objeto, no %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation type="vanished">«%1» no es un campo de este tipo de registro.</translation>
    </message>
    <message>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation type="vanished">el uid «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation type="vanished">tiene el mismo %1 que %2; el diario solo puede conservar uno de los dos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation type="vanished">«%1» apunta a «%2», que no está ni en el archivo ni en el diario.</translation>
    </message>
    <message>
        <source>The import could not be written; nothing was changed.</source>
        <translation type="vanished">No se ha podido escribir la importación; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalLock</name>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="127"/>
        <source>Rekindle cannot write in the journal folder %1. Check its permissions, or choose another folder.</source>
        <translation>Rekindle no puede escribir en la carpeta del diario %1. Comprueba sus permisos, o elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="150"/>
        <source>The journal is not held by another computer, so there is nothing to take over.</source>
        <translation>Ningún otro ordenador tiene el diario, así que no hay nada de lo que hacerse cargo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="154"/>
        <source>Rekindle cannot remove the lock file %1. Check the permissions of its folder.</source>
        <translation>Rekindle no puede eliminar el archivo de bloqueo %1. Comprueba los permisos de su carpeta.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPanel</name>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="34"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="41"/>
        <source>Journal entries, newest first</source>
        <translation>Entradas del diario, las más recientes primero</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="vanished">Empezar una entrada nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="62"/>
        <source>Start a new entry (%1)</source>
        <translation>Empezar una entrada nueva (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="65"/>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="68"/>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="260"/>
        <source>Delete Entry</source>
        <translation>Eliminar la entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="102"/>
        <source>Write the First Entry</source>
        <translation>Escribir la primera entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="159"/>
        <source>Your entries could not be read from the journal: %1</source>
        <translation>No se han podido leer tus entradas del diario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="272"/>
        <source>Your changes are still being saved. Try again in a moment.</source>
        <translation>Tus cambios aún se están guardando. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="309"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Delete this entry? Its text will be removed from the journal for good.</source>
        <translation type="vanished">¿Eliminar esta entrada? Su texto se borrará del diario para siempre.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="337"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="351"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="371"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="434"/>
        <source>Open Entry</source>
        <translation>Abrir la entrada</translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation type="vanished">Nueva entrada</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="vanished">Sin guardar</translation>
    </message>
    <message>
        <source>Your text is still here in the editor. Rekindle will try again as you keep writing.</source>
        <translation type="vanished">Tu texto sigue aquí, en el editor. Rekindle volverá a intentarlo mientras sigues escribiendo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPrivacy</name>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="82"/>
        <source>Type your passphrase to open the journal.</source>
        <translation>Escribe tu frase de contraseña para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="93"/>
        <source>Type your recovery key to open the journal.</source>
        <translation>Escribe tu clave de recuperación para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="212"/>
        <source>Choose between 0 (never) and %1 minutes.</source>
        <translation>Elige entre 0 (nunca) y %1 minutos.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="246"/>
        <source>Choose a passphrase first.</source>
        <translation>Elige primero una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="248"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="260"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="276"/>
        <source>Rekindle is still busy with your passphrase. Try again in a moment.</source>
        <translation>Rekindle aún está procesando tu frase de contraseña. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="274"/>
        <source>Choose a new passphrase first.</source>
        <translation>Elige primero una frase de contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="325"/>
        <source>Easy to guess for now. A few unrelated words, like a short odd sentence, are easy to remember and much harder to guess.</source>
        <translation>Por ahora es fácil de adivinar. Unas cuantas palabras sin relación, como una frase corta y rara, son fáciles de recordar y mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="328"/>
        <source>A fair start. One more word would make it much harder to guess.</source>
        <translation>Buen comienzo. Una palabra más la haría mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="329"/>
        <source>Hard to guess. Keep it where only you can find it.</source>
        <translation>Difícil de adivinar. Guárdala donde nadie más pueda encontrarla.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalRecovery</name>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="47"/>
        <source>The journal file is damaged. Rekindle has not changed it.</source>
        <translation>El archivo del diario está dañado. Rekindle no lo ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="61"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>Rekindle no puede leer el archivo del diario %1. Comprueba sus permisos.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="94"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="104"/>
        <source>The journal could not be checked.</source>
        <translation>No se ha podido comprobar el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="153"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="159"/>
        <source>Rekindle could not move the damaged journal aside, so it changed nothing. Check that you may write in %1.</source>
        <translation>Rekindle no ha podido apartar el diario dañado, así que no ha cambiado nada. Comprueba que puedes escribir en %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="174"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="177"/>
        <source>The backup %1 is incomplete or damaged; choose another one.</source>
        <translation>La copia de seguridad %1 está incompleta o dañada; elige otra.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="187"/>
        <source>Rekindle could not copy the backup %1 into the journal folder. Check that the disk has room.</source>
        <translation>Rekindle no ha podido copiar la copia de seguridad %1 en la carpeta del diario. Comprueba que el disco tiene espacio.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="270"/>
        <source>Nothing could be read from the damaged journal. Restore a backup instead; the damaged file is kept.</source>
        <translation>No se ha podido leer nada del diario dañado. Restaura una copia de seguridad en su lugar; el archivo dañado se conserva.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="274"/>
        <source>Rekindle could not make a temporary folder to read the journal.</source>
        <translation>Rekindle no ha podido crear una carpeta temporal para leer el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="280"/>
        <source>Rekindle cannot read the journal file %1.</source>
        <translation>Rekindle no puede leer el archivo del diario %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="298"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="306"/>
        <source>The export could not be written to %1. Check that the disk has room.</source>
        <translation>No se ha podido escribir la exportación en %1. Comprueba que el disco tiene espacio.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalSpelling</name>
    <message>
        <location filename="../app/models/JournalSpelling.cpp" line="87"/>
        <source>There is no dictionary for %1 on this computer.</source>
        <translation>No hay ningún diccionario de %1 en este ordenador.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalVault</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="153"/>
        <location filename="../app/storage/JournalVault.cpp" line="168"/>
        <source>Rekindle cannot read the journal&apos;s keys.</source>
        <translation>Rekindle no puede leer las claves del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="172"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>Falta la clave del diario, así que no se puede desbloquear.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="194"/>
        <location filename="../app/storage/JournalVault.cpp" line="311"/>
        <location filename="../app/storage/JournalVault.cpp" line="377"/>
        <location filename="../app/storage/JournalVault.cpp" line="399"/>
        <location filename="../app/storage/JournalVault.cpp" line="415"/>
        <source>This journal is not encrypted.</source>
        <translation>Este diario no está cifrado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="199"/>
        <location filename="../app/storage/JournalVault.cpp" line="221"/>
        <source>The journal could not be unlocked.</source>
        <translation>No se ha podido desbloquear el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="203"/>
        <source>The journal could not be unlocked. Try again.</source>
        <translation>No se ha podido desbloquear el diario. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="255"/>
        <source>Rekindle could not encrypt the journal.</source>
        <translation>Rekindle no ha podido cifrar el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="257"/>
        <source>This journal is encrypted already.</source>
        <translation>Este diario ya está cifrado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="259"/>
        <source>This journal is protected because it is damaged, so it cannot be encrypted. Rescue its content first.</source>
        <translation>Este diario está protegido porque está dañado, así que no se puede cifrar. Rescata primero su contenido.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="vanished">Elige una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="309"/>
        <source>Rekindle could not decrypt the journal.</source>
        <translation>Rekindle no ha podido descifrar el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="313"/>
        <location filename="../app/storage/JournalVault.cpp" line="416"/>
        <source>Unlock the journal first.</source>
        <translation>Desbloquea primero el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="397"/>
        <source>Rekindle could not change the passphrase.</source>
        <translation>Rekindle no ha podido cambiar la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="379"/>
        <location filename="../app/storage/JournalVault.cpp" line="401"/>
        <source>This journal is protected because it is damaged, so its passphrase cannot be changed.</source>
        <translation>Este diario está protegido porque está dañado, así que no se puede cambiar su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="385"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to change its passphrase; the journal has not been changed.</source>
        <translation>Este diario se cifró con una versión más reciente de Rekindle. Actualiza Rekindle para cambiar su frase de contraseña; el diario no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="389"/>
        <source>Choose a new passphrase.</source>
        <translation>Elige una frase de contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="413"/>
        <source>Rekindle could not make a new recovery key.</source>
        <translation>Rekindle no ha podido crear una clave de recuperación nueva.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="461"/>
        <source>Rekindle could not delete the unencrypted backup %1. Check its permissions, or delete it yourself.</source>
        <translation>Rekindle no ha podido eliminar la copia de seguridad sin cifrar %1. Comprueba sus permisos, o elimínala tú.</translation>
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
        <translation>Hazte cargo solo si Rekindle está cerrado en «%1»: lo que se escriba allí después podría perderse.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="50"/>
        <source>Take Over</source>
        <translation>Hacerse cargo</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="51"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="150"/>
        <source>Rekindle — Sample Journal</source>
        <translation>Rekindle — Diario de ejemplo</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="153"/>
        <source>Recovery &amp;Options…</source>
        <translation>&amp;Opciones de recuperación…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="161"/>
        <source>%1 To keep it as it is, nothing more is saved to it. Choose Recovery Options to restore a backup or save what can be read.</source>
        <translation>%1 Para conservarlo tal como está, ya no se guarda nada más en él. Elige Opciones de recuperación para restaurar una copia de seguridad o guardar lo que se pueda leer.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="169"/>
        <source>The journal cannot be read whole, so it cannot be backed up before a restore. The backup can replace it here instead.</source>
        <translation>El diario no se puede leer entero, así que no se puede hacer una copia de seguridad antes de restaurar. En su lugar, la copia de seguridad puede sustituirlo aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="175"/>
        <source>Rekindle was stopped without closing the journal, and the file that held its last saves (journal.sqlite3-wal) is gone. What was saved shortly before may be missing.</source>
        <translation>Rekindle se detuvo sin cerrar el diario, y el archivo con sus últimos guardados (journal.sqlite3-wal) ha desaparecido. Puede que falte lo que se guardó poco antes.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="179"/>
        <source>A backup may still hold it: Recovery Options lists them.</source>
        <translation>Puede que una copia de seguridad aún lo tenga: Opciones de recuperación las muestra.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="213"/>
        <source>&amp;Lock Journal</source>
        <translation>&amp;Bloquear el diario</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="216"/>
        <source>Lock the journal now: your passphrase opens it again</source>
        <translation>Bloquear el diario ahora: tu frase de contraseña vuelve a abrirlo</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="235"/>
        <source>Preparing search: %1%</source>
        <translation>Preparando la búsqueda: %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="238"/>
        <source>Search is ready.</source>
        <translation>La búsqueda está lista.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="280"/>
        <source>Not locked: some of your writing could not be saved yet, and locking now would lose it. Rekindle keeps trying to save it.</source>
        <translation>Sin bloquear: parte de lo que escribiste aún no se ha podido guardar, y bloquear ahora lo perdería. Rekindle sigue intentando guardarlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="381"/>
        <source>&amp;Allow Changes…</source>
        <translation>&amp;Permitir cambios…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="385"/>
        <source>Allow Rekindle to change this journal?</source>
        <translation>¿Permitir que Rekindle modifique este diario?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="387"/>
        <source>Its folder or file was set so that it cannot be changed. Rekindle can give you, its owner, write permission again and open the journal for writing. Nothing else changes.</source>
        <translation>Su carpeta o su archivo se configuraron para que no se pudieran modificar. Rekindle puede devolverte el permiso de escritura, ya que el diario es tuyo, y abrirlo para escribir. No cambia nada más.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="390"/>
        <source>Allow Changes</source>
        <translation>Permitir cambios</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="391"/>
        <source>Keep Read-Only</source>
        <translation>Mantener en solo lectura</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="29"/>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="34"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="36"/>
        <source>How Rekindle gauges the pace of reconnecting. These inform; they never block anything.</source>
        <translation>Cómo mide Rekindle el ritmo para volver a conectar. Son orientaciones: nunca bloquean nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="42"/>
        <source>Days of space before reaching &amp;out:</source>
        <translation>Días de distancia antes de dar el &amp;paso:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="47"/>
        <source>Smallest &amp;gap between two milestones:</source>
        <translation>&amp;Separación mínima entre dos hitos:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="58"/>
        <source>Reconnecting</source>
        <translation>Reconectar</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyRules</name>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="50"/>
        <source>Staying Safe</source>
        <translation>Mantenerte a salvo</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="51"/>
        <source>Respecting Their No</source>
        <translation>Respetar su no</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="53"/>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="55"/>
        <source>Moving On</source>
        <translation>Pasar página</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="70"/>
        <source>Keep yourself safe, with people you trust.</source>
        <translation>Mantenerte a salvo, con personas de confianza.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="72"/>
        <source>Honour their no, and look after yourself.</source>
        <translation>Respetar su no, y cuidar de ti.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="75"/>
        <source>Find closure in your own words.</source>
        <translation>Encontrar el cierre con tus propias palabras.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="78"/>
        <source>Move on, at your own pace.</source>
        <translation>Pasar página, a tu ritmo.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="93"/>
        <source>Your safety comes first. This step is about keeping distance, leaning on people you trust and knowing where help is. Support and safety services are listed under Help.</source>
        <translation>Tu seguridad va primero. Este paso trata de mantener la distancia, apoyarte en personas de confianza y saber dónde hay ayuda. Los servicios de apoyo y seguridad están en el menú Ayuda.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="97"/>
        <source>They have said no, and honouring that is an act of care for both of you. This step is about giving that space fully and looking after yourself.</source>
        <translation>Ha dicho que no, y respetarlo es un acto de cuidado hacia ambas partes. Este paso trata de dar esa distancia por completo y cuidar de ti.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="102"/>
        <source>Closure comes from within, not from the other person. Write what you could not say, and what you have learned. Nothing here is ever sent.</source>
        <translation>El cierre nace de dentro, no de la otra persona. Escribe lo que no pudiste decir, y lo que has aprendido. Aquí nunca se envía nada.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="106"/>
        <source>Moving on is a full and good outcome. Think about what matters to you next, at your own pace.</source>
        <translation>Pasar página es un desenlace completo y bueno. Piensa en lo que te importa a partir de ahora, a tu ritmo.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="123"/>
        <source>Write about what helps you feel safe and steady. Begin with the button below or %1.</source>
        <translation>Escribe sobre lo que te ayuda a sentirte a salvo y con estabilidad. Empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="126"/>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or %1.</source>
        <translation>Escribe sobre cómo estás, ahora que sabes en qué punto están las cosas. Empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="130"/>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or %1.</source>
        <translation>Escribe lo que te habría gustado decir, solo para ti. Empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="134"/>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or %1.</source>
        <translation>Escribe sobre lo que te ilusiona en tu propia vida. Empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <source>Write about what helps you feel safe and steady. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escribe sobre lo que te ayuda a sentirte a salvo y con estabilidad. Empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escribe sobre cómo estás, ahora que sabes en qué punto están las cosas. Empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escribe lo que te habría gustado decir, solo para ti. Empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escribe sobre lo que te ilusiona en tu propia vida. Empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="150"/>
        <source>Because a no was recorded, steps 3 to 5 now help you respect it and look after yourself; the tools for reaching out are put away. Only you can change this: by changing your answer in the safety check, or the reply you recorded.</source>
        <translation>Como se ha anotado un no, los pasos 3 a 5 te ayudan ahora a respetarlo y a cuidar de ti; las herramientas para dar el paso se han guardado. Solo tú puedes cambiarlo: cambiando tu respuesta en la revisión de seguridad, o la respuesta que anotaste.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="155"/>
        <source>Because safety is at stake, steps 3 to 5 now help you stay safe and move on, with a safety plan in step 4; the tools for reaching out are put away. Only you can change this, in the safety check.</source>
        <translation>Como tu seguridad está en juego, los pasos 3 a 5 te ayudan ahora a mantenerte a salvo y a pasar página, con un plan de seguridad en el paso 4; las herramientas para dar el paso se han guardado. Solo tú puedes cambiarlo, en la revisión de seguridad.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyAttempt</name>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="39"/>
        <source>The journal is unlocked.</source>
        <translation>El diario está desbloqueado.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="52"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>Falta la clave del diario, así que no se puede desbloquear.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="57"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to open it; the journal has not been changed.</source>
        <translation>Este diario se cifró con una versión más reciente de Rekindle. Actualiza Rekindle para abrirlo; el diario no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="68"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña del diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyEnvelope</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="66"/>
        <source>This is not a Rekindle journal key.</source>
        <translation>Esto no es una clave de diario de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="69"/>
        <source>This journal was encrypted by a newer version of Rekindle. Install the newer version to open it; this one leaves it as it is.</source>
        <translation>Este diario se cifró con una versión más reciente de Rekindle. Instala la versión más reciente para abrirlo; esta lo deja tal como está.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyWrap</name>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="93"/>
        <source>Rekindle could not protect the journal&apos;s key.</source>
        <translation>Rekindle no ha podido proteger la clave del diario.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="114"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>La clave del diario está dañada, así que no se puede desbloquear. Puede que una copia de seguridad aún guarde una copia intacta.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="130"/>
        <source>This passphrase does not unlock the journal. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>Esta frase de contraseña no desbloquea el diario. Comprueba la distribución del teclado y el Bloq Mayús, o usa la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="132"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="144"/>
        <source>This recovery key does not belong to this journal.</source>
        <translation>Esta clave de recuperación no es de este diario.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="180"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña del diario.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="218"/>
        <source>Choose a new passphrase.</source>
        <translation>Elige una frase de contraseña nueva.</translation>
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
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="34"/>
        <source>“System” follows the languages your computer is set to. Dates and numbers follow the language too. A change takes effect the next time Rekindle starts.</source>
        <translation>«Sistema» sigue los idiomas configurados en tu ordenador. Las fechas y los números también siguen el idioma. Los cambios se aplican la próxima vez que se inicie Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="48"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Rekindle::LockedCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="34"/>
        <source>The journal is locked. Unlock it with your passphrase first.</source>
        <translation>El diario está bloqueado. Desbloquéalo primero con tu frase de contraseña.</translation>
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
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="103"/>
        <source>Everything you write stays on this computer.</source>
        <translation>Todo lo que escribes se queda en este ordenador.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="202"/>
        <source>All changes saved at %1</source>
        <translation>Todos los cambios guardados a las %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="207"/>
        <source>Not saved: %1 Your text stays in the editor, and Rekindle keeps trying to save it.</source>
        <translation>Sin guardar: %1 Tu texto sigue en el editor, y Rekindle sigue intentando guardarlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="250"/>
        <source>This item is no longer in the journal.</source>
        <translation>Este elemento ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="344"/>
        <source>More toolbar actions</source>
        <translation>Más acciones de la barra de herramientas</translation>
    </message>
    <message>
        <source>Goal added to Work on Yourself (Ctrl+2).</source>
        <translation type="vanished">Objetivo añadido a «Trabajar en ti» (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="32"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="38"/>
        <source>Start a new journal entry in the current step</source>
        <translation>Empezar una entrada nueva en el paso actual</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="60"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation type="vanished">&amp;Eliminar entrada…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="266"/>
        <source>Goal added to Work on Yourself (%1).</source>
        <translation>Objetivo añadido a «Trabajar en ti» (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="63"/>
        <source>&amp;Delete Entry</source>
        <translation>&amp;Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="71"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="80"/>
        <source>&amp;Search the Journal</source>
        <translation>&amp;Buscar en el diario</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="87"/>
        <source>Step &amp;%1: %2</source>
        <translation>Paso &amp;%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="94"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="101"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="105"/>
        <source>&amp;Like the System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="106"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="107"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="120"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="122"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendario…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="126"/>
        <source>Find a day with writing in this step&apos;s journal and open it</source>
        <translation>Buscar un día en el que escribiste en el diario de este paso y abrirlo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="128"/>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflexión</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="130"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Reflexionar…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="133"/>
        <source>Answer a few questions about the current step</source>
        <translation>Responder a unas preguntas sobre el paso actual</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="135"/>
        <source>&amp;Mood Check-in…</source>
        <translation>&amp;Estado de ánimo…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="138"/>
        <source>Note how you feel right now</source>
        <translation>Anotar cómo te sientes ahora mismo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="140"/>
        <source>&amp;Progress…</source>
        <translation>&amp;Progreso…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="144"/>
        <source>See your progress and how things changed over time</source>
        <translation>Ver tu progreso y cómo han cambiado las cosas con el tiempo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="301"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="151"/>
        <source>&amp;About Rekindle</source>
        <translation>Acerca &amp;de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="154"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="170"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="171"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="172"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="173"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="174"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="427"/>
        <source>Not Saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="428"/>
        <source>Some of your writing could not be saved. If you quit now, it will be lost. Quit anyway?</source>
        <translation>Parte de lo que escribiste no se ha podido guardar. Si sales ahora, se perderá. ¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>Rekindle::MarkdownBar</name>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="23"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="39"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="41"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="44"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="47"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="50"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="83"/>
        <source>Shortcut: %1</source>
        <translation>Atajo: %1</translation>
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
        <translation>Un paseo</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="21"/>
        <source>A meal</source>
        <translation>Una comida</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="22"/>
        <source>An activity</source>
        <translation>Una actividad</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="23"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="26"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="27"/>
        <source>Went well</source>
        <translation>Fue bien</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="28"/>
        <source>Mixed</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="29"/>
        <source>Difficult</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="30"/>
        <source>They did not want to meet</source>
        <translation>No quiso quedar</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="38"/>
        <source>Choose the day of the meet-up.</source>
        <translation>Elige el día del encuentro.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="41"/>
        <source>Keep the place under %1 characters.</source>
        <translation>Que el lugar no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="45"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota es demasiado larga: que no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="50"/>
        <source>How it went can be recorded once the day has come.</source>
        <translation>Cómo fue solo se puede anotar cuando haya llegado el día.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupModel</name>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="82"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="84"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="86"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="88"/>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="90"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupsSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="29"/>
        <source>&amp;Plan Meet-up</source>
        <translation>&amp;Planear un encuentro</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="39"/>
        <source>Somewhere easy and public</source>
        <translation>Un sitio sencillo y público</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="43"/>
        <source>Keep it casual and short: a coffee or a walk is plenty. Afterwards, note how it went.</source>
        <translation>Que sea informal y breve: un café o un paseo es más que suficiente. Después, anota cómo fue.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="47"/>
        <source>Plan a meet-up</source>
        <translation>Planear un encuentro</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="55"/>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="56"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="57"/>
        <source>W&amp;here:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="61"/>
        <source>&amp;Meet-ups</source>
        <translation>&amp;Encuentros</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="80"/>
        <source>Planned. Afterwards, double-click &quot;How it went&quot; to note it.</source>
        <translation>Planeado. Después, haz doble clic en «Cómo fue» para anotarlo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MemorySearchIndex</name>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="47"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="63"/>
        <source>The search index could not be built.</source>
        <translation>No se ha podido crear el índice de búsqueda.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="97"/>
        <source>Building the search index was stopped.</source>
        <translation>Se ha detenido la creación del índice de búsqueda.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="142"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="149"/>
        <source>The search index could not be saved.</source>
        <translation>No se ha podido guardar el índice de búsqueda.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="162"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="168"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="195"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="220"/>
        <source>The search index could not be updated.</source>
        <translation>No se ha podido actualizar el índice de búsqueda.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheck</name>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="24"/>
        <source>Heavy topic</source>
        <translation>Tema pesado</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="25"/>
        <source>The past</source>
        <translation>El pasado</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="26"/>
        <source>Blame</source>
        <translation>Reproche</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="27"/>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="31"/>
        <source>A heavy topic. The relationship, big apologies and declarations can wait for a time when you are both ready; a first message works best when it is light.</source>
        <translation>Un tema pesado. La relación, las grandes disculpas y las declaraciones pueden esperar a que sea el momento para ambas partes; un primer mensaje funciona mejor si es ligero.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="35"/>
        <source>About the past. Bringing up old times can feel like pressure; talk about today instead.</source>
        <translation>Sobre el pasado. Sacar a relucir el pasado puede vivirse como presión; habla mejor del presente.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="38"/>
        <source>Sounds like blame. Words like &quot;always&quot; and &quot;never&quot; tend to start an argument; speak about yourself instead.</source>
        <translation>Suena a reproche. Palabras como «siempre» y «nunca» suelen empezar una discusión; habla mejor de ti.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="41"/>
        <source>Sounds like pressure. Leave them free to answer when, and if, they want to.</source>
        <translation>Suena a presión. Deja que conteste cuando quiera, y si quiere.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="47"/>
        <source>Ask how they are: &quot;Hi, I hope you are doing well. How is the new job going?&quot;</source>
        <translation>Pregunta cómo le va: «Hola, espero que estés bien. ¿Qué tal el trabajo nuevo?»</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="50"/>
        <source>Share something good: &quot;I finally finished that pottery class. Thought you might smile at that.&quot;</source>
        <translation>Comparte algo bueno: «Por fin terminé el curso de cerámica. Pensé que te haría sonreír».</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="53"/>
        <source>Mention something you know they enjoy: &quot;Saw that your team won yesterday. Great game!&quot;</source>
        <translation>Menciona algo que sabes que le gusta: «Vi que tu equipo ganó ayer. ¡Qué partido!»</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="56"/>
        <source>Keep it short and leave no question that needs an answer.</source>
        <translation>Que sea breve, sin preguntas que exijan respuesta.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="79"/>
        <source>Type the phrase to look for.</source>
        <translation>Escribe la frase que hay que buscar.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="82"/>
        <source>Keep the phrase under %1 characters.</source>
        <translation>Que la frase no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="86"/>
        <source>A phrase of one character would match too much: use at least two.</source>
        <translation>Una frase de un solo carácter coincidiría con demasiadas cosas: usa al menos dos.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="91"/>
        <source>A gap (… or ...) stands between two words, as in &quot;you … never&quot;: put a word before and after it.</source>
        <translation>Un hueco (… o ...) va entre dos palabras, como en «tú … nunca»: pon una palabra antes y otra después.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="159"/>
        <source>This is a long message (%n characters). A first message works best in two or three sentences.</source>
        <translation>
            <numerusform>Es un mensaje largo (%n carácter). Un primer mensaje funciona mejor en dos o tres frases.</numerusform>
            <numerusform>Es un mensaje largo (%n caracteres). Un primer mensaje funciona mejor en dos o tres frases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="172"/>
        <source>%n of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation>
            <numerusform>%n de tus mensajes seguidos aún no tiene respuesta. Esperar es más amable para ambas partes.</numerusform>
            <numerusform>%n de tus mensajes seguidos aún no tienen respuesta. Esperar es más amable para ambas partes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="186"/>
        <source>You wrote to them an hour ago. Let a few days pass.</source>
        <translation>Le escribiste hace una hora. Deja pasar unos días.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="188"/>
        <source>You wrote to them %n hours ago. Let a few days pass.</source>
        <translation>
            <numerusform>Le escribiste hace %n hora. Deja pasar unos días.</numerusform>
            <numerusform>Le escribiste hace %n horas. Deja pasar unos días.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a long message (%1 characters). A first message works best in two or three sentences.</source>
        <translation type="vanished">Es un mensaje largo (%1 caracteres). Un primer mensaje funciona mejor en dos o tres frases.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="169"/>
        <source>Your last message has no reply yet. Give them time before writing again.</source>
        <translation>Tu último mensaje aún no tiene respuesta. Dale tiempo antes de volver a escribir.</translation>
    </message>
    <message>
        <source>%1 of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation type="vanished">%1 de tus mensajes seguidos aún no tienen respuesta. Esperar es más amable para ambas partes.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="183"/>
        <source>You wrote to them less than an hour ago. Let a few days pass.</source>
        <translation>Le escribiste hace menos de una hora. Deja pasar unos días.</translation>
    </message>
    <message>
        <source>You wrote to them %1 hours ago. Let a few days pass.</source>
        <translation type="vanished">Le escribiste hace %1 horas. Deja pasar unos días.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheckDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="63"/>
        <source>&amp;Add Phrase</source>
        <translation>&amp;Añadir frase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="65"/>
        <source>&amp;Remove Phrase</source>
        <translation>&amp;Quitar frase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="67"/>
        <source>&amp;Keep the text in the log</source>
        <translation>&amp;Guardar el texto en el registro</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="68"/>
        <source>I &amp;Sent It Myself</source>
        <translation>Lo &amp;envié yo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="72"/>
        <source>Message Check</source>
        <translation>Revisión del mensaje</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="74"/>
        <source>Type or paste the message you are thinking of sending.</source>
        <translation>Escribe o pega el mensaje que estás pensando enviar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="79"/>
        <source>What the check found</source>
        <translation>Lo que ha detectado la revisión</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="83"/>
        <source>A phrase of your own to watch for</source>
        <translation>Una frase propia a vigilar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="85"/>
        <source>Kind of phrase</source>
        <translation>Tipo de frase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="90"/>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="114"/>
        <source>My phrases</source>
        <translation>Mis frases</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="93"/>
        <source>Sent as</source>
        <translation>Enviado como</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="100"/>
        <source>&amp;Draft:</source>
        <translation>&amp;Borrador:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="102"/>
        <source>What the check &amp;found:</source>
        <translation>Lo que ha &amp;detectado la revisión:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="104"/>
        <source>Lighter ways to open</source>
        <translation>Formas más ligeras de empezar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="150"/>
        <source>Sent &amp;as:</source>
        <translation>Enviado &amp;como:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="214"/>
        <source>%1 – &quot;%2&quot;: %3</source>
        <translation>%1 – «%2»: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="221"/>
        <source>Rekindle will point out what might weigh a first message down.</source>
        <translation>Rekindle te señalará lo que podría hacer pesado un primer mensaje.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="223"/>
        <source>This reads light and friendly. Whether and when to send it is up to you.</source>
        <translation>Suena ligero y amable. Si lo envías y cuándo, lo decides tú.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="226"/>
        <source>A few things to look at (%1). Consider one of the lighter openers on the right.</source>
        <translation>Hay algunas cosas que mirar (%1). Prueba con una de las formas más ligeras de empezar, a la derecha.</translation>
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
        <translation>Escribe primero el mensaje.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneChart</name>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="24"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="25"/>
        <source>No milestone planned or reached in this period. Give a milestone of step 5 a day, and it shows here on the timeline.</source>
        <translation>Ningún hito previsto ni alcanzado en este periodo. Ponle fecha a un hito del paso 5 y aparecerá aquí, en la línea de tiempo.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="43"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="84"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="48"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="85"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="53"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="115"/>
        <source>Reached sooner than your chosen gap</source>
        <translation>Alcanzado antes de la separación que elegiste</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Reached on %1</source>
        <translation>Alcanzado el %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Planned for %1</source>
        <translation>Previsto para el %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="65"/>
        <source>Planned for</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="67"/>
        <source>Reached on</source>
        <translation>Alcanzado el</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="109"/>
        <location filename="../app/models/MilestoneModel.cpp" line="118"/>
        <location filename="../app/models/MilestoneModel.cpp" line="127"/>
        <source>Choose a milestone first.</source>
        <translation>Elige primero un hito.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneStore</name>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="41"/>
        <source>This milestone is no longer in the journal.</source>
        <translation>Este hito ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="54"/>
        <source>The milestones could not be prepared.</source>
        <translation>No se han podido preparar los hitos.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="103"/>
        <source>The milestone could not be added.</source>
        <translation>No se ha podido añadir el hito.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="111"/>
        <source>Your changes to the milestone could not be saved.</source>
        <translation>No se han podido guardar tus cambios en el hito.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="131"/>
        <source>The milestone could not be removed.</source>
        <translation>No se ha podido quitar el hito.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="150"/>
        <source>The milestone could not be moved.</source>
        <translation>No se ha podido mover el hito.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="177"/>
        <source>The milestone could not be read.</source>
        <translation>No se ha podido leer el hito.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="186"/>
        <source>The milestones could not be read.</source>
        <translation>No se han podido leer los hitos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestonesSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="33"/>
        <source>&amp;Add Milestone</source>
        <translation>&amp;Añadir hito</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="35"/>
        <source>&amp;Plan for</source>
        <translation>&amp;Prever para el</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="36"/>
        <source>&amp;Reached Today</source>
        <translation>Alcanzado &amp;hoy</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="37"/>
        <source>Clear &amp;Dates</source>
        <translation>Borrar &amp;fechas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="38"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="39"/>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="43"/>
        <source>M&amp;ilestones, in order</source>
        <translation>H&amp;itos, en orden</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="47"/>
        <source>A milestone of your own</source>
        <translation>Un hito propio</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="48"/>
        <source>New milestone</source>
        <translation>Hito nuevo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="52"/>
        <source>Planned day</source>
        <translation>Día previsto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="61"/>
        <source>There is no rush. Reorder, rename or remove these to fit your story; mark each one when it happens.</source>
        <translation>No hay prisa. Reordena, renombra o quita estos hitos para que encajen con tu historia; marca cada uno cuando ocurra.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="152"/>
        <source>Slow down a little.</source>
        <translation>Baja un poco el ritmo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodChart</name>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="21"/>
        <source>Mood over time</source>
        <translation>Ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No moods in this period yet. Check in with Ctrl+M, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation type="vanished">Aún no hay estados de ánimo en este periodo. Registra cómo te sientes con Ctrl+M, o ponle un estado de ánimo a una entrada del diario, y aquí verás cómo evoluciona.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="22"/>
        <source>No moods in this period yet. Check in with %1, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation>Aún no hay estados de ánimo en este periodo. Registra cómo te sientes con %1, o ponle un estado de ánimo a una entrada del diario, y aquí verás cómo evoluciona.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Daily mood</source>
        <translation>Ánimo del día</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Weekly mood</source>
        <translation>Ánimo semanal</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>4-week average</source>
        <translation>Media de 4 semanas</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="76"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="98"/>
        <source>Week of %1
Mood %2 (%n value(s))
4-week average %3</source>
        <translation>
            <numerusform>Semana del %1
Ánimo %2 (%n valor)
Media de 4 semanas %3</numerusform>
            <numerusform>Semana del %1
Ánimo %2 (%n valores)
Media de 4 semanas %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="100"/>
        <source>%1
Mood %2 (%n value(s))
7-day average %3</source>
        <translation>
            <numerusform>%1
Ánimo %2 (%n valor)
Media de 7 días %3</numerusform>
            <numerusform>%1
Ánimo %2 (%n valores)
Media de 7 días %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodCheckIn</name>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="14"/>
        <source>Mood goes from %1 to %2.</source>
        <translation>El estado de ánimo va de %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="18"/>
        <source>The note is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>La nota es demasiado larga: que no pase de %n carácter.</numerusform>
            <numerusform>La nota es demasiado larga: que no pase de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="21"/>
        <source>Pick at most %n feelings.</source>
        <translation>
            <numerusform>Elige como máximo %n sentimiento.</numerusform>
            <numerusform>Elige como máximo %n sentimientos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="25"/>
        <source>A feeling&apos;s name may not be empty or contain a comma.</source>
        <translation>El nombre de un sentimiento no puede estar vacío ni contener comas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="64"/>
        <source>very low</source>
        <translation>muy mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="28"/>
        <source>low</source>
        <translation>mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="29"/>
        <source>quite low</source>
        <translation>bastante mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="30"/>
        <source>a bit low</source>
        <translation>un poco mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="31"/>
        <source>so-so</source>
        <translation>regular</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="32"/>
        <source>okay</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="33"/>
        <source>fairly good</source>
        <translation>bastante bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="34"/>
        <source>good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="35"/>
        <source>very good</source>
        <translation>genial</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="36"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="65"/>
        <source>wonderful</source>
        <translation>de maravilla</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="51"/>
        <source>Mood Check-in</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="54"/>
        <source>&amp;How do you feel right now?</source>
        <translation>¿&amp;Cómo te sientes ahora mismo?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="73"/>
        <source>&amp;Feelings (pick any that fit)</source>
        <translation>&amp;Sentimientos (elige los que encajen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="76"/>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="92"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="96"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="100"/>
        <source>Anything you want to remember about this moment</source>
        <translation>Algo que quieras recordar de este momento</translation>
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
        <translation>No se ha podido guardar el registro de ánimo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="70"/>
        <source>The mood check-in could not be deleted.</source>
        <translation>No se ha podido eliminar el registro de ánimo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="71"/>
        <location filename="../app/storage/MoodStore.cpp" line="82"/>
        <source>This mood check-in no longer exists.</source>
        <translation>Este registro de ánimo ya no existe.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="78"/>
        <source>The mood check-in could not be read.</source>
        <translation>No se ha podido leer el registro de ánimo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="90"/>
        <source>The mood check-ins could not be read.</source>
        <translation>No se han podido leer los registros de ánimo.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="106"/>
        <source>The mood check-ins could not be counted.</source>
        <translation>No se han podido contar los registros de ánimo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodStrip</name>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="64"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="121"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="70"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="127"/>
        <source>no check-ins yet</source>
        <translation>aún no hay registros</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="153"/>
        <source>Your latest moods. Check in with %1.</source>
        <translation>Tus últimos estados de ánimo. Regístralos con %1.</translation>
    </message>
    <message>
        <source>Your latest moods. Check in with Ctrl+M.</source>
        <translation type="vanished">Tus últimos estados de ánimo. Regístralos con Ctrl+M.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="167"/>
        <source>Latest moods: no check-ins yet</source>
        <translation>Últimos estados de ánimo: aún no hay registros</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="168"/>
        <source>Latest moods, oldest first: %1</source>
        <translation>Últimos estados de ánimo, del más antiguo al más reciente: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartItem</name>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="20"/>
        <source>Noticed</source>
        <translation>Visto</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="21"/>
        <source>Working on it</source>
        <translation>Trabajando en ello</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="22"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="30"/>
        <source>Write a few words about what happened.</source>
        <translation>Escribe unas palabras sobre lo que pasó.</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="34"/>
        <source>This text is too long: keep it under %1 characters.</source>
        <translation>Este texto es demasiado largo: que no pase de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartModel</name>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="79"/>
        <source>Goal in Work on Yourself: %1</source>
        <translation>Objetivo en «Trabajar en ti»: %1</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="81"/>
        <source>Not a goal yet</source>
        <translation>Aún no es un objetivo</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="96"/>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="98"/>
        <source>My part in it</source>
        <translation>Mi parte</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="100"/>
        <source>What I will do instead</source>
        <translation>Lo que haré en su lugar</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="104"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="156"/>
        <location filename="../app/models/MyPartModel.cpp" line="163"/>
        <source>Choose an item first.</source>
        <translation>Elige primero un elemento.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="35"/>
        <source>&amp;Add to My Part</source>
        <translation>&amp;Añadir a Mi parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="38"/>
        <source>Turn into a &amp;Goal</source>
        <translation>Convertir en &amp;objetivo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="44"/>
        <source>For example: arguments about my long hours</source>
        <translation>Por ejemplo: las discusiones por mis jornadas largas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="46"/>
        <source>What I did or did not do</source>
        <translation>Lo que hice o dejé de hacer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="48"/>
        <source>What I will do differently</source>
        <translation>Lo que haré de otra manera</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="53"/>
        <source>Look at your own part honestly and kindly: everyone makes mistakes, and seeing them is how you change them.</source>
        <translation>Mira tu propia parte con sinceridad y con cariño: todo el mundo se equivoca, y verlo es la forma de cambiarlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="58"/>
        <source>Something I see now</source>
        <translation>Algo que ahora veo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="66"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="67"/>
        <source>My &amp;part in it:</source>
        <translation>Mi &amp;parte en ello:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="68"/>
        <source>What I will do &amp;instead:</source>
        <translation>Lo que haré en &amp;su lugar:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="74"/>
        <source>My part</source>
        <translation>Mi parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="90"/>
        <source>Delete Item</source>
        <translation>Eliminar el elemento</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="100"/>
        <source>Nothing here yet. Write one thing you would do differently above and press Add to My Part. Double-click any cell later to change it.</source>
        <translation>Aquí aún no hay nada. Escribe arriba una cosa que harías de otra manera y pulsa «Añadir a Mi parte». Después puedes hacer doble clic en cualquier celda para cambiarla.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="104"/>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="160"/>
        <source>Make a goal in Work on Yourself from the selected item</source>
        <translation>Crear un objetivo en «Trabajar en ti» a partir del elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="159"/>
        <source>This item already has a goal in Work on Yourself</source>
        <translation>Este elemento ya tiene un objetivo en «Trabajar en ti»</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="194"/>
        <source>A goal was added to Work on Yourself: &quot;%1&quot;. Tick it there as you go.</source>
        <translation>Se ha añadido un objetivo a «Trabajar en ti»: «%1». Márcalo allí a medida que avances.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from My Part? A goal made from it stays.</source>
        <translation type="vanished">¿Eliminar «%1» de Mi parte? El objetivo creado a partir de él se conserva.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Eliminar</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStatusDelegate</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartStatusDelegate.cpp" line="21"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStore</name>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="87"/>
        <source>The item could not be saved.</source>
        <translation>No se ha podido guardar el elemento.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="94"/>
        <source>Your changes could not be saved.</source>
        <translation>No se han podido guardar tus cambios.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="113"/>
        <source>The item could not be deleted.</source>
        <translation>No se ha podido eliminar el elemento.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="121"/>
        <source>The item could not be read.</source>
        <translation>No se ha podido leer el elemento.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="129"/>
        <source>The items could not be read.</source>
        <translation>No se han podido leer los elementos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::NoticeBanner</name>
    <message>
        <location filename="../app/ui/widgets/NoticeBanner.cpp" line="25"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>Rekindle::OutcomeSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="24"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="33"/>
        <source>Where my journey stands</source>
        <translation>En qué punto está mi camino</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>Still &amp;in progress</source>
        <translation>Todavía &amp;en curso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>We are &amp;back together</source>
        <translation>Hemos &amp;retomado la relación</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="36"/>
        <source>I have &amp;moved on</source>
        <translation>He &amp;pasado página</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="73"/>
        <source>Saved. You can change this at any time.</source>
        <translation>Guardado. Puedes cambiarlo cuando quieras.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Pace</name>
    <message>
        <location filename="../app/core/Pace.cpp" line="22"/>
        <source>A friendly message</source>
        <translation>Un mensaje amable</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="23"/>
        <source>A short phone call</source>
        <translation>Una llamada corta</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="24"/>
        <source>A coffee in a public place</source>
        <translation>Un café en un sitio público</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="25"/>
        <source>A walk or an outing together</source>
        <translation>Un paseo o una salida con esa persona</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="26"/>
        <source>An honest talk about what went wrong</source>
        <translation>Una conversación sincera sobre lo que falló</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="27"/>
        <source>Time on your own to notice how it feels</source>
        <translation>Tiempo a solas para notar cómo te sienta</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="28"/>
        <source>My own next step (name it yourself)</source>
        <translation>Mi propio siguiente paso (ponle nombre tú)</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="32"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="33"/>
        <source>Back together</source>
        <translation>Hemos vuelto</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="34"/>
        <source>Moved on</source>
        <translation>He pasado página</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="42"/>
        <source>Give the milestone a name.</source>
        <translation>Ponle un nombre al hito.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="45"/>
        <source>Keep the name under %1 characters.</source>
        <translation>Que el nombre no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="49"/>
        <source>A milestone can only be reached today or earlier.</source>
        <translation>Un hito solo se puede alcanzar hoy o antes.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="105"/>
        <source>&quot;%1&quot; came %2 days after &quot;%3&quot;. Consider slowing down: let each step settle for at least %4 days before the next.</source>
        <translation>«%1» llegó %2 días después de «%3». Plantéate ir más despacio: deja que cada paso se asiente al menos %4 días antes del siguiente.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="121"/>
        <source>&quot;%1&quot; is planned while the foundation is still weak. Consider slowing down and giving trust and connection more time first.</source>
        <translation>«%1» está previsto mientras los cimientos aún son débiles. Plantéate ir más despacio y dar primero más tiempo a la confianza y la conexión.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="139"/>
        <source>no promises settled yet</source>
        <translation>aún no hay promesas resueltas</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="140"/>
        <source>Trust grows from small promises kept. Make one you can keep and record it in step 4.</source>
        <translation>La confianza crece con promesas pequeñas cumplidas. Haz una que puedas cumplir y anótala en el paso 4.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="146"/>
        <source>%1 of %2 promises kept</source>
        <translation>%1 de %2 promesas cumplidas</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="150"/>
        <source>You keep your word: that is the ground trust stands on.</source>
        <translation>Cumples tu palabra: esa es la base sobre la que se apoya la confianza.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="153"/>
        <source>Most promises are kept. Fewer, smaller promises are easier to keep.</source>
        <translation>La mayoría de las promesas se cumplen. Menos promesas, y más pequeñas, son más fáciles de cumplir.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="155"/>
        <source>Several promises were not kept. Make smaller ones, and keep them, before taking bigger steps.</source>
        <translation>Varias promesas no se han cumplido. Haz promesas más pequeñas, y cúmplelas, antes de dar pasos mayores.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="162"/>
        <source>no responses recorded yet</source>
        <translation>aún no hay respuestas anotadas</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="163"/>
        <source>How they respond when you reach out shows how connected you are. Record their replies in step 3.</source>
        <translation>Cómo responde cuando das el paso muestra cuánta conexión hay. Anota sus respuestas en el paso 3.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="170"/>
        <source>%1 of %2 responses warm</source>
        <translation>%1 de %2 respuestas cálidas</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="174"/>
        <source>They respond warmly most of the time.</source>
        <translation>Responde con calidez la mayoría de las veces.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="177"/>
        <source>Some warmth is there. Keep contact light, without expectations.</source>
        <translation>Hay algo de calidez. Mantén un contacto ligero, sin expectativas.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="179"/>
        <source>Their responses are mostly cool. That deserves respect: give each other room, and look after yourself.</source>
        <translation>Sus respuestas son sobre todo frías. Eso merece respeto: daos espacio mutuamente, y cuida de ti.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="188"/>
        <source>%1 open</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="189"/>
        <source>Nothing is left unresolved between you.</source>
        <translation>No queda nada pendiente de resolver en la relación.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="192"/>
        <source>A few things are still being worked through; that is normal.</source>
        <translation>Aún hay algunas cosas en las que estáis trabajando; es normal.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="194"/>
        <source>Several issues are open. Working through them comes before bigger steps.</source>
        <translation>Hay varios temas pendientes. Trabajarlos va antes que dar pasos mayores.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="221"/>
        <source>The journey is still unfolding. Nothing has to be decided today.</source>
        <translation>El camino sigue abierto. No hay que decidir nada hoy.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="224"/>
        <source>You are back together. Keep the habits that brought you here: honesty, kept promises, and time for yourself.</source>
        <translation>Habéis retomado la relación. Mantén los hábitos que os han traído hasta aquí: la sinceridad, las promesas cumplidas y tiempo para ti.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="228"/>
        <source>You have moved on. That is a full and good outcome: the work you did for yourself stays with you. Your journal is kept, and steps 1 and 2 now focus on caring for yourself.</source>
        <translation>Has pasado página. Es un desenlace completo y bueno: el trabajo que hiciste por ti se queda contigo. Tu diario se conserva, y los pasos 1 y 2 se centran ahora en cuidar de ti.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="38"/>
        <source>Choose a Passphrase</source>
        <translation>Elegir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="39"/>
        <source>Change the Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="40"/>
        <source>Your Passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="45"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="50"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="51"/>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva, otra vez</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="57"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="60"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>Unas cuantas palabras sin relación forman una frase de contraseña fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="99"/>
        <source>Type your current passphrase.</source>
        <translation>Escribe tu frase de contraseña actual.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="104"/>
        <source>Choose a passphrase: any words you will remember.</source>
        <translation>Elige una frase de contraseña: unas palabras que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="109"/>
        <source>The two passphrases are not the same yet. Type it once more in both fields.</source>
        <translation>Las dos frases de contraseña aún no coinciden. Escríbela una vez más en los dos campos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseKdf</name>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="55"/>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="57"/>
        <source>The journal&apos;s key settings are damaged.</source>
        <translation>Los parámetros de la clave del diario están dañados.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="68"/>
        <source>This computer does not have the memory to unlock the journal now. Close other programs and try again.</source>
        <translation>Este ordenador no tiene memoria suficiente para desbloquear el diario ahora. Cierra otros programas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="94"/>
        <source>This computer does not have the memory to protect a journal with a passphrase now. Close other programs and try again.</source>
        <translation>Este ordenador no tiene memoria suficiente para proteger un diario con una frase de contraseña ahora. Cierra otros programas y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseReader</name>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="277"/>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="297"/>
        <source>The first line of the passphrase file %1 is empty.</source>
        <translation>La primera línea del archivo de frase de contraseña %1 está vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="308"/>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation>No hay ningún terminal donde pedir la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="322"/>
        <source>A passphrase is needed, and there is no terminal to ask for it on. Give it in a file with %1 FILE.</source>
        <translation>Hace falta una frase de contraseña, y no hay ningún terminal donde pedirla. Dala en un archivo con %1 FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="326"/>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="344"/>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="355"/>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>Este tipo de registro no se puede eliminar.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="35"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="37"/>
        <source>Preference pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="40"/>
        <source>These settings are kept in your journal, so they travel with it.</source>
        <translation>Estos ajustes se guardan en tu diario, así que viajan con él.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="52"/>
        <source>Space</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="80"/>
        <source>Rekindle gently points it out when your messages to them start to pile up. Choose when:</source>
        <translation>Rekindle te avisa con suavidad cuando tus mensajes empiezan a acumularse. Elige cuándo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="85"/>
        <source>Contacts I make within &amp;24 hours:</source>
        <translation>Contactos que hago en &amp;24 horas:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="88"/>
        <source>Contacts in a row &amp;without a reply:</source>
        <translation>Contactos seguidos &amp;sin respuesta:</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyActions</name>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Con una frase de contraseña, todo lo que escribes se guarda cifrado en este ordenador y en sus copias de seguridad. Sin la frase de contraseña, o la clave de recuperación que verás a continuación, nadie puede leerlo, ni siquiera con el archivo en la mano. Rekindle la pide al arrancar y bloquea el diario cuando te alejas.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="117"/>
        <source>Encrypting your journal…</source>
        <translation>Cifrando tu diario…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="123"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="126"/>
        <source>Not Encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="124"/>
        <source>Nothing was changed: your journal is as it was.</source>
        <translation>No se ha cambiado nada: tu diario está como estaba.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="127"/>
        <source>Your journal could not be encrypted, and it is as it was. %1</source>
        <translation>No se ha podido cifrar tu diario; está como estaba. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="94"/>
        <source>Without encryption, anyone who can open the journal&apos;s file or its backups can read what you wrote. Type your passphrase to turn encryption off.</source>
        <translation>Sin cifrado, cualquiera que pueda abrir el archivo del diario o sus copias de seguridad puede leer lo que escribiste. Escribe tu frase de contraseña para desactivar el cifrado.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="148"/>
        <source>Turning encryption off…</source>
        <translation>Desactivando el cifrado…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="154"/>
        <source>Still Encrypted</source>
        <translation>Sigue cifrado</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="155"/>
        <source>Encryption is still on. %1</source>
        <translation>El cifrado sigue activado. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="91"/>
        <source>The new passphrase opens the journal from now on; the recovery key stays the same.</source>
        <translation>A partir de ahora, la nueva frase de contraseña abre el diario; la clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="170"/>
        <source>Protecting your journal with the new passphrase…</source>
        <translation>Protegiendo tu diario con la nueva frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="174"/>
        <source>Passphrase Not Changed</source>
        <translation>Frase de contraseña sin cambiar</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="175"/>
        <source>The passphrase stays as it was. %1</source>
        <translation>La frase de contraseña sigue como estaba. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="178"/>
        <source>Passphrase Changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="179"/>
        <source>Your new passphrase opens the journal from now on.</source>
        <translation>A partir de ahora, tu nueva frase de contraseña abre el diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="186"/>
        <source>New Recovery Key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="187"/>
        <source>Make a new recovery key? The old one stops working at once.</source>
        <translation>¿Crear una clave de recuperación nueva? La anterior deja de funcionar al instante.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="189"/>
        <source>&amp;Make a New Key</source>
        <translation>&amp;Crear una clave nueva</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="200"/>
        <source>No New Recovery Key</source>
        <translation>Sin clave de recuperación nueva</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="201"/>
        <source>The recovery key stays as it was. %1</source>
        <translation>La clave de recuperación sigue como estaba. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="220"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="236"/>
        <source>Older Backups</source>
        <translation>Copias de seguridad antiguas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/PrivacyActions.cpp" line="221"/>
        <source>%n backup(s) from before encryption can still be read by anyone who opens them. Delete them now?</source>
        <translation>
            <numerusform>%n copia de seguridad de antes del cifrado puede leerla cualquiera que la abra. ¿Eliminarla ahora?</numerusform>
            <numerusform>%n copias de seguridad de antes del cifrado puede leerlas cualquiera que las abra. ¿Eliminarlas ahora?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="226"/>
        <source>Your journal itself is encrypted either way. On an SSD or a flash drive, the storage may still hold old copies of deleted files for a while, out of Rekindle&apos;s reach; only encrypting the whole disk protects against that.</source>
        <translation>Tu diario en sí está cifrado en cualquier caso. En un SSD o una memoria USB, el almacenamiento puede conservar durante un tiempo copias antiguas de archivos eliminados, fuera del alcance de Rekindle; solo cifrar el disco entero protege contra eso.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="230"/>
        <source>&amp;Delete Them</source>
        <translation>&amp;Eliminarlas</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="231"/>
        <source>&amp;Keep Them</source>
        <translation>&amp;Conservarlas</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="32"/>
        <source>&amp;Encrypt With a Passphrase…</source>
        <translation>&amp;Cifrar con una frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="36"/>
        <source>&amp;Turn Encryption Off…</source>
        <translation>&amp;Desactivar el cifrado…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="39"/>
        <source>&amp;Change Passphrase…</source>
        <translation>Cam&amp;biar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="42"/>
        <source>New &amp;Recovery Key…</source>
        <translation>Nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="48"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="49"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="51"/>
        <source>Lock when the computer &amp;sleeps or the screen locks</source>
        <translation>Bloquear cuando el ordenador entre en &amp;suspensión o se bloquee la pantalla</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="59"/>
        <source>Your journal is encrypted. Without your passphrase or the recovery key, no one can read it, not even its backups. Rekindle locks it when you step away.</source>
        <translation>Tu diario está cifrado. Sin tu frase de contraseña o la clave de recuperación, nadie puede leerlo, ni siquiera sus copias de seguridad. Rekindle lo bloquea cuando te alejas.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="63"/>
        <source>Your journal is not encrypted: anyone who can open its file on this computer, or a backup of it, can read it. A passphrase keeps it for your eyes only.</source>
        <translation>Tu diario no está cifrado: cualquiera que pueda abrir su archivo en este ordenador, o una copia de seguridad, puede leerlo. Una frase de contraseña hace que solo lo leas tú.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="89"/>
        <source>Lock after &amp;idle time:</source>
        <translation>Bloquear tras un tiempo de &amp;inactividad de:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="94"/>
        <source>File ▸ Lock Journal (Ctrl+L) locks it at once.</source>
        <translation>Archivo ▸ Bloquear el diario (Ctrl+L) lo bloquea al instante.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="108"/>
        <source>Encryption and Lock</source>
        <translation>Cifrado y bloqueo</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressChart</name>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="54"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="55"/>
        <source>Export as &amp;Image…</source>
        <translation>Exportar como &amp;imagen…</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="65"/>
        <source>Save this chart as a PNG image</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="66"/>
        <source>Export %1 as an image</source>
        <translation>Exportar %1 como imagen</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="87"/>
        <source>%1, as a table</source>
        <translation>%1, como tabla</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="102"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="103"/>
        <source>Read the same data as a table, row by row</source>
        <translation>Leer los mismos datos como tabla, fila a fila</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a chart</source>
        <translation>Mostrar %1 como gráfico</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="213"/>
        <source>This chart could not be read from the journal: %1</source>
        <translation>No se ha podido leer este gráfico del diario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="425"/>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="444"/>
        <source>The image could not be saved to %1. Check that you may write there.</source>
        <translation>No se ha podido guardar la imagen en %1. Comprueba que puedes escribir ahí.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="455"/>
        <source>rekindle-%1.png</source>
        <translation>rekindle-%1.png</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>Export Chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="463"/>
        <source>Not Exported</source>
        <translation>Sin exportar</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="39"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="43"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="48"/>
        <source>Hover over a bar to see what it counts. Progress is a guide, not a grade: moving at your own pace is fine.</source>
        <translation>Pasa el puntero por una barra para ver qué cuenta. El progreso es una guía, no una nota: avanzar a tu ritmo está bien.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="55"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="58"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="59"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="60"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="61"/>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="82"/>
        <source>Progress and charts</source>
        <translation>Progreso y gráficos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="168"/>
        <source>&amp;How is progress worked out?</source>
        <translation>¿&amp;Cómo se calcula el progreso?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="176"/>
        <source>Each step&apos;s bar is a mix of the things below. Each counts up to its target, and some weigh more than others. Things a step has no data for yet are left out rather than counted against you.</source>
        <translation>La barra de cada paso combina lo que hay abajo. Cada cosa cuenta hasta su meta, y algunas pesan más que otras. Lo que un paso aún no tiene datos se deja fuera en lugar de contar en tu contra.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="185"/>
        <source>Only what you do yourself counts: never the other person&apos;s replies, how many milestones are reached, or how fast. Days of space count your longest stretch so far, so a later contact never takes away space already given (readiness in step 3 looks at the current stretch). Goal check-ins compare the last 14 days with what your active goals asked for; doing more than planned does not count twice.</source>
        <translation>Solo cuenta lo que haces tú: nunca las respuestas de la otra persona, cuántos hitos se alcanzan ni lo rápido que va. Los días de distancia cuentan tu tramo más largo hasta ahora, así que un contacto posterior nunca quita la distancia ya dada («El momento», en el paso 3, mira el tramo actual). Las marcas de objetivos comparan los últimos 14 días con lo que pedían tus objetivos activos; hacer más de lo previsto no cuenta doble.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptEditorDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="26"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="27"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="28"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="31"/>
        <source>Reflection Questions: %1</source>
        <translation>Preguntas de reflexión: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="34"/>
        <source>These questions are asked, one at a time, when you reflect on this step. Untick a question to hide it; double-click to reword it. A reflection always ends with a question about what you will do next.</source>
        <translation>Estas preguntas se hacen de una en una cuando reflexionas sobre este paso. Desmarca una pregunta para ocultarla; haz doble clic para reformularla. Una reflexión siempre termina con una pregunta sobre lo que harás después.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="41"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="51"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="56"/>
        <source>Remove one of your own questions (built-in ones can be hidden)</source>
        <translation>Quitar una de tus propias preguntas (las originales se pueden ocultar)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="57"/>
        <source>Restore &amp;Built-in Questions</source>
        <translation>Restaurar las preguntas &amp;originales</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>New Question</source>
        <translation>Pregunta nueva</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>The question you would like to be asked:</source>
        <translation>La pregunta que te gustaría que te hicieran:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="163"/>
        <source>The built-in questions are back. Press OK to keep them.</source>
        <translation>Las preguntas originales han vuelto. Pulsa Aceptar para conservarlas.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="169"/>
        <source>Not Saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptListModel</name>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="35"/>
        <location filename="../app/models/PromptListModel.cpp" line="53"/>
        <source>%1 (hidden)</source>
        <translation>%1 (oculta)</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>A built-in question</source>
        <translation>Una pregunta original</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>Your own question</source>
        <translation>Tu propia pregunta</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="45"/>
        <source>Originally: %1</source>
        <translation>Originalmente: %1</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="47"/>
        <source>Looks forward: a reflection ends on a question like this.</source>
        <translation>Mira hacia delante: una reflexión termina con una pregunta como esta.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="49"/>
        <source>Hidden: not asked in reflections.</source>
        <translation>Oculta: no se hace en las reflexiones.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="147"/>
        <source>Choose a question first.</source>
        <translation>Elige primero una pregunta.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="150"/>
        <source>A built-in question cannot be removed: hide it instead.</source>
        <translation>Una pregunta original no se puede quitar: ocúltala.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptStore</name>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="45"/>
        <location filename="../app/storage/PromptStore.cpp" line="122"/>
        <source>The reflection questions could not be read.</source>
        <translation>No se han podido leer las preguntas de reflexión.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="85"/>
        <source>The reflection questions could not be saved.</source>
        <translation>No se han podido guardar las preguntas de reflexión.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="110"/>
        <source>The built-in questions could not be restored.</source>
        <translation>No se han podido restaurar las preguntas originales.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReadinessSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="65"/>
        <source>What Rekindle looks at</source>
        <translation>Lo que mira Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="89"/>
        <source>This is information, not a gate: nothing in Rekindle is locked by it, and no one can promise how the other person will respond. The minimum days of space can be changed in Preferences.</source>
        <translation>Esto es información, no una barrera: no bloquea nada en Rekindle, y nadie puede prometer cómo responderá la otra persona. El mínimo de días de distancia se puede cambiar en Preferencias.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="112"/>
        <source>Ready: you have given space and you are looking after yourself. A light, friendly message is one possible next step, if and when you choose.</source>
        <translation>Puede ser el momento: has dado distancia y estás cuidando de ti. Un mensaje ligero y amable es un posible paso siguiente, si lo eliges y cuando lo elijas.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="119"/>
        <source>Not now, because of %1.</source>
        <translation>Ahora no, por esto: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="120"/>
        <source>Not yet, because of %1.</source>
        <translation>Todavía no, por esto: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="132"/>
        <source>✓ met</source>
        <translation>✓ cumplido</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="133"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="134"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>Rekindle::RebuildTrustPage</name>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="29"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="31"/>
        <source>Feelings Shared</source>
        <translation>Sentimientos compartidos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="33"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="35"/>
        <source>Issues</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="39"/>
        <source>A plan for hard moments, for you alone. Keep it somewhere you can reach quickly; the numbers of support services are under Help ▸ Support and Safety.</source>
        <translation>Un plan para los momentos difíciles, solo para ti. Tenlo donde puedas llegar rápido; los números de los servicios de apoyo están en Ayuda ▸ Apoyo y seguridad.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="41"/>
        <source>&amp;People I trust and can call:</source>
        <translation>&amp;Personas de confianza a las que puedo llamar:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="42"/>
        <source>Names and numbers of people who will help</source>
        <translation>Nombres y números de personas que me ayudarán</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="43"/>
        <source>Safe &amp;places I can go to:</source>
        <translation>&amp;Lugares seguros a los que puedo ir:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="44"/>
        <source>A friend&apos;s home, family, a public place open late…</source>
        <translation>La casa de una amistad, la familia, un sitio público abierto hasta tarde…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="45"/>
        <source>Important &amp;documents and things to take:</source>
        <translation>&amp;Documentos importantes y cosas que llevar:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="46"/>
        <source>ID, bank cards, medication, keys, phone charger…</source>
        <translation>DNI, tarjetas bancarias, medicación, llaves, cargador del móvil…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="47"/>
        <source>What I will do in an &amp;emergency:</source>
        <translation>Lo que haré en una &amp;emergencia:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="48"/>
        <source>Who I call first, where I go, the emergency number</source>
        <translation>A quién llamo primero, adónde voy, el número de emergencias</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="51"/>
        <source>Safety Plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="53"/>
        <source>Closure comes from within. What you write here is for you alone and is never sent.</source>
        <translation>El cierre nace de dentro. Lo que escribas aquí es solo para ti y nunca se envía.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="54"/>
        <source>A &amp;letter you never send:</source>
        <translation>Una &amp;carta que nunca enviarás:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="55"/>
        <source>Everything you would like to say, without holding back</source>
        <translation>Todo lo que te gustaría decir, sin guardarte nada</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="56"/>
        <source>What I &amp;learned:</source>
        <translation>Lo que he &amp;aprendido:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="57"/>
        <source>About myself, about what I need, about what I will not accept</source>
        <translation>Sobre mí, sobre lo que necesito, sobre lo que no aceptaré</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="60"/>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecentMoodModel</name>
    <message>
        <location filename="../app/models/RecentMoodModel.cpp" line="52"/>
        <source>Mood %1 of 10, %2</source>
        <translation>Ánimo %1 de 10, %2</translation>
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
        <translation>Revisión de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="30"/>
        <source>Readiness</source>
        <translation>El momento</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="37"/>
        <source>Contact Log</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="38"/>
        <source>Meet-ups</source>
        <translation>Encuentros</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectRules</name>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="130"/>
        <source>1 message without a reply</source>
        <translation>1 mensaje sin respuesta</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReconnectRules.cpp" line="132"/>
        <source>%n messages in a row without a reply</source>
        <translation>
            <numerusform>%n mensaje seguido sin respuesta</numerusform>
            <numerusform>%n mensajes seguidos sin respuesta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="173"/>
        <source>There has been abuse, threats or intimidation. Your safety, and theirs, comes first: reaching out could put someone at risk. Please talk to someone you trust or to a support service.</source>
        <translation>Ha habido maltrato, amenazas o intimidación. Tu seguridad, y la de la otra persona, van primero: dar el paso podría poner a alguien en peligro. Por favor, habla con alguien de confianza o con un servicio de apoyo.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="178"/>
        <source>They have clearly asked for no contact. Respecting that is an act of care, for them and for you.</source>
        <translation>Te ha pedido claramente que no haya contacto. Respetarlo es un acto de cuidado, hacia esa persona y hacia ti.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="182"/>
        <source>A legal no-contact order is in place. Contact of any kind could break it and have serious consequences.</source>
        <translation>Hay una orden judicial que prohíbe el contacto. Cualquier tipo de contacto podría incumplirla y tener consecuencias graves.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="205"/>
        <source>Days of space</source>
        <translation>Días de distancia</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="210"/>
        <source>space not begun</source>
        <translation>la distancia aún no ha empezado</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="211"/>
        <source>Begin space in step 1: time apart lets both of you steady yourselves.</source>
        <translation>Empieza la distancia en el paso 1: el tiempo sin contacto os ayuda a recuperar el equilibrio.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="217"/>
        <source>%1 days (at least %2)</source>
        <translation>%1 días (al menos %2)</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="220"/>
        <source>%1 of %2 days</source>
        <translation>%1 de %2 días</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="224"/>
        <source>You have given real space.</source>
        <translation>Has dado una distancia real.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="226"/>
        <source>Your current stretch of space is still short. More time apart helps both of you steady yourselves.</source>
        <translation>Tu tramo actual de distancia aún es corto. Más tiempo sin contacto os ayuda a recuperar el equilibrio.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="234"/>
        <source>Working on yourself</source>
        <translation>Trabajar en ti</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="238"/>
        <source>no active goals</source>
        <translation>ningún objetivo activo</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="239"/>
        <source>Set a goal in step 2: growing for yourself comes first.</source>
        <translation>Ponte un objetivo en el paso 2: crecer por ti va primero.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="248"/>
        <source>%1 of %2 goals kept at %3% or more over 14 days</source>
        <translation>%1 de %2 objetivos cumplidos al %3&#xa0;% o más en 14 días</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="254"/>
        <source>You are looking after yourself.</source>
        <translation>Estás cuidando de ti.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="256"/>
        <source>Keeping up one goal for two weeks shows you are steadier.</source>
        <translation>Mantener un objetivo durante dos semanas muestra que tienes más estabilidad.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="263"/>
        <source>Recent mood</source>
        <translation>Ánimo reciente</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="267"/>
        <source>not enough moods recorded</source>
        <translation>no hay suficientes estados de ánimo anotados</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="269"/>
        <source>Record a mood with your journal entries to see a trend.</source>
        <translation>Anota un estado de ánimo con tus entradas del diario para ver una tendencia.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="273"/>
        <source>%1 in the last two weeks, %2 the two weeks before</source>
        <translation>%1 en las dos últimas semanas, %2 las dos semanas anteriores</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="277"/>
        <source>Your mood is steady or rising.</source>
        <translation>Tu ánimo está estable o mejorando.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="279"/>
        <source>Your mood has dipped lately. Reaching out from a low moment often hurts more than it helps.</source>
        <translation>Tu ánimo ha bajado últimamente. Dar el paso desde un momento bajo suele doler más de lo que ayuda.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="107"/>
        <source>Latest replies</source>
        <translation>Últimas respuestas</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="82"/>
        <source>no reply yet</source>
        <comment>the latest reply, in lower case</comment>
        <translation>aún sin respuesta</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="85"/>
        <source>warm</source>
        <comment>the latest reply, in lower case</comment>
        <translation>cálida</translation>
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
        <translation>fría</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="94"/>
        <source>asked for space / said no</source>
        <comment>the latest reply, in lower case</comment>
        <translation>pidió distancia / dijo que no</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="123"/>
        <source>they asked for space</source>
        <translation>pidió distancia</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="124"/>
        <source>Not now: they asked for space or said no, and that deserves to be respected fully.</source>
        <translation>Ahora no: pidió distancia o dijo que no, y eso merece un respeto total.</translation>
    </message>
    <message>
        <source>%1 messages in a row without a reply</source>
        <translation type="vanished">%1 mensajes seguidos sin respuesta</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="134"/>
        <source>Not now: silence is an answer for the moment. Giving space is kinder to both of you than another message.</source>
        <translation>Ahora no: el silencio es una respuesta, por el momento. Dar distancia es más amable para ambas partes que otro mensaje.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="139"/>
        <source>the latest reply was cold</source>
        <translation>la última respuesta fue fría</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="141"/>
        <source>Not now: a cold reply usually means they need more space. Time apart is kinder to both of you.</source>
        <translation>Ahora no: una respuesta fría suele significar que necesita más distancia. El tiempo sin contacto es más amable para ambas partes.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="147"/>
        <source>Their latest reply did not ask for distance. It promises nothing either way.</source>
        <translation>Su última respuesta no pedía distancia. Eso no promete nada, ni en un sentido ni en otro.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="153"/>
        <source>no replies recorded</source>
        <translation>no hay respuestas anotadas</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="154"/>
        <source>Nothing to go on yet, and that is fine.</source>
        <translation>Aún no hay nada en qué basarse, y está bien.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="292"/>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="39"/>
        <source>Your safety</source>
        <translation>Tu seguridad</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="293"/>
        <source>Their no</source>
        <translation>Su no</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="295"/>
        <source>safety comes first</source>
        <translation>la seguridad va primero</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="296"/>
        <source>a no was recorded</source>
        <translation>se ha anotado un no</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="298"/>
        <source>Not now: with safety at stake, Rekindle does not suggest reaching out. Support services are listed under Help.</source>
        <translation>Ahora no: cuando la seguridad está en juego, Rekindle no propone dar el paso. Los servicios de apoyo están en el menú Ayuda.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="301"/>
        <source>Not now: they have said no. Respecting it is the kindest thing, for them and for you.</source>
        <translation>Ahora no: ha dicho que no. Respetarlo es lo más amable, hacia esa persona y hacia ti.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="26"/>
        <source>days of space</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>los días de distancia</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="29"/>
        <source>working on yourself</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>el trabajo en ti</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="32"/>
        <source>recent mood</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>el ánimo reciente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="35"/>
        <source>latest replies</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>las últimas respuestas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="40"/>
        <source>your safety</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>tu seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="42"/>
        <source>their no</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>su no</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectStore</name>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="70"/>
        <source>This meet-up is no longer in the journal.</source>
        <translation>Este encuentro ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="97"/>
        <source>The meet-up could not be saved.</source>
        <translation>No se ha podido guardar el encuentro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="104"/>
        <source>Your changes to the meet-up could not be saved.</source>
        <translation>No se han podido guardar tus cambios en el encuentro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="125"/>
        <source>The meet-up could not be removed.</source>
        <translation>No se ha podido quitar el encuentro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="134"/>
        <source>The meet-up could not be read.</source>
        <translation>No se ha podido leer el encuentro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="145"/>
        <source>The replies recorded could not be read.</source>
        <translation>No se han podido leer las respuestas anotadas.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="156"/>
        <source>The meet-ups could not be read.</source>
        <translation>No se han podido leer los encuentros.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="166"/>
        <source>Your phrases could not be read.</source>
        <translation>No se han podido leer tus frases.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="188"/>
        <source>The phrase could not be added.</source>
        <translation>No se ha podido añadir la frase.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="212"/>
        <source>The phrase could not be removed.</source>
        <translation>No se ha podido quitar la frase.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="214"/>
        <source>This phrase is no longer in the journal.</source>
        <translation>Esta frase ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="244"/>
        <source>The moods could not be read.</source>
        <translation>No se han podido leer los estados de ánimo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordKinds</name>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="102"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="127"/>
        <source>My part</source>
        <translation>Mi parte</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="151"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="174"/>
        <source>Goal check-ins</source>
        <translation>Marcas de objetivos</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="192"/>
        <source>Contact</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="220"/>
        <source>Urges to reach out</source>
        <translation>Impulsos de dar el paso</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="238"/>
        <source>Unsent messages</source>
        <translation>Mensajes sin enviar</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="257"/>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="274"/>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="297"/>
        <source>Reflection answers</source>
        <translation>Respuestas de reflexión</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="314"/>
        <source>Reflection prompts</source>
        <translation>Preguntas de reflexión</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="334"/>
        <source>Mood check-ins</source>
        <translation>Registros de ánimo</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="358"/>
        <source>Meet-ups</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="382"/>
        <source>Phrases to check in messages</source>
        <translation>Frases que revisar en los mensajes</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="399"/>
        <source>Feelings shared</source>
        <translation>Sentimientos compartidos</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="418"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="441"/>
        <source>Issues</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="462"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordListPanel</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="29"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="53"/>
        <source>Double-click a cell to change it.</source>
        <translation>Haz doble clic en una celda para cambiarla.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Eliminar</translation>
    </message>
    <message>
        <source>Delete this record from your journal? This cannot be undone.</source>
        <translation type="vanished">¿Eliminar este registro de tu diario? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordModel</name>
    <message>
        <location filename="../app/models/RecordModel.cpp" line="20"/>
        <source>This list does not remove its rows.</source>
        <translation>Esta lista no quita sus filas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordViewDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="23"/>
        <source>Kept in Your Journal</source>
        <translation>Guardado en tu diario</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="38"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>«%1» no aparece en ninguna clave de recuperación. Una clave de recuperación tiene cifras y las letras de la A a la Z, sin la U.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="141"/>
        <source>A recovery key has %1 characters in %2 groups; this one has %3.</source>
        <translation>Una clave de recuperación tiene %1 caracteres en %2 grupos; esta tiene %3.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="148"/>
        <source>This recovery key has a typo, probably in group %1. Compare it with the one you saved.</source>
        <translation>Esta clave de recuperación tiene una errata, probablemente en el grupo %1. Compárala con la que guardaste.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="151"/>
        <location filename="../app/crypto/RecoveryKey.cpp" line="157"/>
        <source>This recovery key has a typo. Compare each group with the one you saved.</source>
        <translation>Esta clave de recuperación tiene una errata. Compara cada grupo con la que guardaste.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryKeyDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="32"/>
        <source>If you ever forget your passphrase, this recovery key opens your journal. Rekindle shows it only this once and keeps no copy. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has it can read your journal.</source>
        <translation>Si algún día olvidas tu frase de contraseña, esta clave de recuperación abre tu diario. Rekindle solo la muestra esta vez y no guarda ninguna copia. Imprímela o apúntala, y guárdala en un lugar seguro lejos de este ordenador: cualquiera que la tenga puede leer tu diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="44"/>
        <source>I have &amp;kept it somewhere safe</source>
        <translation>La he &amp;guardado en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="49"/>
        <source>Your Recovery Key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="61"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="68"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="113"/>
        <source>This key is shown only once. Please print it, save it or write it down, then tick “I have kept it somewhere safe”.</source>
        <translation>Esta clave solo se muestra una vez. Imprímela, guárdala o apúntala, y después marca «La he guardado en un lugar seguro».</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="131"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="166"/>
        <source>Rekindle recovery key</source>
        <translation>Clave de recuperación de Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="133"/>
        <source>Made on %1.</source>
        <translation>Creada el %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="143"/>
        <source>Print the Recovery Key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="152"/>
        <source>Save the Recovery Key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="156"/>
        <source>Saved. Keep the file away from this computer, for example printed or on a USB stick, and delete the copy here.</source>
        <translation>Guardado. Guarda el archivo lejos de este ordenador, por ejemplo impreso o en una memoria USB, y elimina la copia de aquí.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="170"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>No se ha podido escribir el PDF en «%1».</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryWindow</name>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="33"/>
        <source>&amp;Restore Selected Backup…</source>
        <translation>&amp;Restaurar la copia seleccionada…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="36"/>
        <source>Rekindle — Recover the Journal</source>
        <translation>Rekindle — Recuperar el diario</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="38"/>
        <source>Your journal needs attention</source>
        <translation>Tu diario necesita atención</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="50"/>
        <source>Nothing has been deleted. The journal file stays as it is until you choose what to do; a restore keeps it in the folder “damaged” beside the journal.</source>
        <translation>No se ha eliminado nada. El archivo del diario se queda como está hasta que elijas qué hacer; una restauración lo conserva en la carpeta «damaged», junto al diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="55"/>
        <source>Journal folder: %1</source>
        <translation>Carpeta del diario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="56"/>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="64"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="71"/>
        <source>&amp;Save What Can Be Read…</source>
        <translation>&amp;Guardar lo que se puede leer…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="73"/>
        <source>Write every record that can still be read to a JSON export</source>
        <translation>Escribir en una exportación JSON cada registro que aún se pueda leer</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="74"/>
        <source>Open &amp;Another Folder…</source>
        <translation>Abrir &amp;otra carpeta…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="121"/>
        <source>No backups were found in this journal folder.</source>
        <translation>No se han encontrado copias de seguridad en esta carpeta del diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="140"/>
        <source>Restore from a Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="141"/>
        <source>Bring the journal back to the backup of %1?</source>
        <translation>¿Devolver el diario a la copia de seguridad del %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="144"/>
        <source>What was written after it is not in the backup. The journal as it is now is kept in the folder “damaged”.</source>
        <translation>Lo que se escribió después no está en la copia. El diario tal como está ahora se guarda en la carpeta «damaged».</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="146"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="163"/>
        <source>The backup was restored.</source>
        <translation>Se ha restaurado la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="164"/>
        <source>The backup was restored. The damaged journal is kept in %1.</source>
        <translation>Se ha restaurado la copia de seguridad. El diario dañado se guarda en %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="173"/>
        <source>Save What Can Be Read</source>
        <translation>Guardar lo que se puede leer</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="174"/>
        <source>Rekindle export (*.json)</source>
        <translation>Exportación de Rekindle (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RecoveryWindow.cpp" line="188"/>
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n registro guardado en %1.</numerusform>
            <numerusform>%n registros guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="192"/>
        <source>These could not be read whole, so some of them may be missing: %1.</source>
        <translation>Estos no se han podido leer enteros, así que puede que falte parte de ellos: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="200"/>
        <source>Open Another Folder</source>
        <translation>Abrir otra carpeta</translation>
    </message>
</context>
<context>
    <name>Rekindle::Reflection</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="34"/>
        <source>This reflection has too many questions to save.</source>
        <translation>Esta reflexión tiene demasiadas preguntas para guardarla.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="38"/>
        <source>One answer is too long to save. Shorten it, or move part of it into a journal entry.</source>
        <translation>Una respuesta es demasiado larga para guardarla. Acórtala, o pasa una parte a una entrada del diario.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Thought record</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
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
        <translation>Ir a la ú&amp;ltima pregunta</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="42"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="43"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="44"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="45"/>
        <source>Save for &amp;Later</source>
        <translation>Guardar para &amp;después</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="63"/>
        <source>Carrying on with the reflection you started %1.</source>
        <translation>Sigues con la reflexión que empezaste el %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="69"/>
        <source>Your reflection of %1. Changes are saved as you type.</source>
        <translation>Tu reflexión del %1. Los cambios se guardan mientras escribes.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="90"/>
        <source>Progress through the questions</source>
        <translation>Avance por las preguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="92"/>
        <source>Keep it short: a few honest sentences are plenty. Looking back helps most in small doses, and the last question looks ahead.</source>
        <translation>Que sea breve: unas pocas frases sinceras bastan. Mirar atrás ayuda más en pequeñas dosis, y la última pregunta mira hacia delante.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="101"/>
        <source>You have given this real thought. When you are ready, it may help to wrap up with the last question: what you will do next.</source>
        <translation>Has pensado esto a fondo. Cuando quieras, puede ayudarte cerrar con la última pregunta: qué harás a continuación.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="121"/>
        <source>Write as much or as little as you like.</source>
        <translation>Escribe tanto o tan poco como quieras.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="128"/>
        <source>Leave this question unanswered and go on</source>
        <translation>Dejar esta pregunta sin responder y seguir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="132"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Next question (%1)</source>
        <translation>Siguiente pregunta (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Save this reflection (%1)</source>
        <translation>Guardar esta reflexión (%1)</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Return)</source>
        <translation type="vanished">Pregunta siguiente (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="135"/>
        <source>Your answers are kept; carry on whenever you like</source>
        <translation>Tus respuestas se guardan; continúa cuando quieras</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="195"/>
        <source>Reflect: %1</source>
        <translation>Reflexionar: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="232"/>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Save this reflection (Ctrl+Return)</source>
        <translation type="vanished">Guardar esta reflexión (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="317"/>
        <source>Not Saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="318"/>
        <source>Your answers could not be saved. If you close now, they will be lost. Close anyway?</source>
        <translation>No se han podido guardar tus respuestas. Si cierras ahora, se perderán. ¿Cerrar de todos modos?</translation>
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
            <numerusform>%1 — %2 (borrador, %n respondida)</numerusform>
            <numerusform>%1 — %2 (borrador, %n respondidas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="59"/>
        <source>%1, written %2</source>
        <translation>%1, escrita el %2</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="62"/>
        <source>Unfinished thought record, started %1: open it to carry on</source>
        <translation>Registro de pensamientos sin terminar, empezado el %1: ábrelo para continuar</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="63"/>
        <source>Unfinished reflection, started %1: open it to carry on</source>
        <translation>Reflexión sin terminar, empezada el %1: ábrela para continuar</translation>
    </message>
    <message>
        <source>Unfinished %1, started %2: open it to carry on</source>
        <translation type="vanished">%1 sin terminar, empezada el %2: ábrela para continuar</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionPrompts</name>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="398"/>
        <source>Write the question you would like to be asked.</source>
        <translation>Escribe la pregunta que te gustaría que te hicieran.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReflectionPrompts.cpp" line="401"/>
        <source>Keep the question under %n characters.</source>
        <translation>
            <numerusform>Que la pregunta no pase de %n carácter.</numerusform>
            <numerusform>Que la pregunta no pase de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="39"/>
        <source>In a few sentences: why do you think it ended?</source>
        <translation>En unas pocas frases: ¿por qué crees que terminó?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="43"/>
        <source>What could you have done differently?</source>
        <translation>¿Qué podrías haber hecho de otra manera?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="47"/>
        <source>Which of your own habits or behaviours would you like to change?</source>
        <translation>¿Qué hábitos o comportamientos tuyos te gustaría cambiar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="51"/>
        <source>What would you say to a friend who went through the same thing?</source>
        <translation>¿Qué le dirías a alguien cercano que pasara por lo mismo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="55"/>
        <source>What does giving each other space look like for you this week?</source>
        <translation>¿Cómo es para ti daros distancia esta semana?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="59"/>
        <source>What is one small, kind thing you will do for yourself tomorrow?</source>
        <translation>¿Qué pequeño gesto amable vas a tener contigo mañana?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="64"/>
        <source>Which part of yourself would you like to grow in right now?</source>
        <translation>¿En qué parte de ti te gustaría crecer ahora mismo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="68"/>
        <source>How did you move your body this week, and how did it feel?</source>
        <translation>¿Cómo has movido el cuerpo esta semana, y cómo te has sentido?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="72"/>
        <source>What new thing are you curious to try or learn?</source>
        <translation>¿Qué cosa nueva te da curiosidad probar o aprender?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="76"/>
        <source>What weighs on you that a professional or a trusted friend could help with?</source>
        <translation>¿Qué te pesa en lo que podría ayudarte un profesional o una persona de confianza?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="80"/>
        <source>What are you proud of from the past few days?</source>
        <translation>¿Qué te ha hecho sentir orgullo estos últimos días?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="84"/>
        <source>What is one step for your own growth you will take this week?</source>
        <translation>¿Qué paso darás esta semana por tu propio crecimiento?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="89"/>
        <source>Would reaching out be safe and welcome, and do you feel steady? What tells you so?</source>
        <translation>¿Sería seguro y bienvenido dar el paso, y te sientes con estabilidad? ¿Qué te lo dice?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="94"/>
        <source>What do you hope a first, light message would bring?</source>
        <translation>¿Qué esperas que traiga un primer mensaje ligero?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="98"/>
        <source>What is something positive or friendly you could share?</source>
        <translation>¿Qué cosa positiva o amable podrías compartir?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="102"/>
        <source>Which heavy topics or parts of the past will you leave for later?</source>
        <translation>¿Qué temas pesados o qué partes del pasado vas a dejar para más adelante?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="106"/>
        <source>How will you take it if they do not answer, or answer briefly?</source>
        <translation>¿Cómo lo vivirás si no contesta, o contesta con pocas palabras?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="110"/>
        <source>What is the next small, low-pressure step for you, whether or not it involves them?</source>
        <translation>¿Cuál es tu siguiente paso pequeño y sin presión, tenga que ver o no con esa persona?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="116"/>
        <source>Where were you open and honest about how you feel lately?</source>
        <translation>¿Cuándo has hablado últimamente con franqueza y sinceridad de cómo te sientes?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="120"/>
        <source>Which promises did you keep, and which were hard to keep?</source>
        <translation>¿Qué promesas has cumplido, y cuáles te ha costado cumplir?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="124"/>
        <source>Did anything you did give reason for doubt? What would you change?</source>
        <translation>¿Hiciste algo que diera motivos para dudar? ¿Qué cambiarías?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="128"/>
        <source>Is there an issue you would like to face together? How could you raise it gently?</source>
        <translation>¿Hay algún tema que te gustaría afrontar en pareja? ¿Cómo podrías plantearlo con suavidad?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="133"/>
        <source>When did you really listen this week?</source>
        <translation>¿Cuándo escuchaste de verdad esta semana?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="137"/>
        <source>What small, reliable thing will you do this week to show you are committed?</source>
        <translation>¿Qué cosa pequeña y fiable harás esta semana para mostrar tu compromiso?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="142"/>
        <source>Does the pace feel right to you? Where do you feel pressure to speed up?</source>
        <translation>¿Te parece bien el ritmo? ¿Dónde sientes presión por acelerar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="146"/>
        <source>What makes the foundation between you feel stronger lately?</source>
        <translation>¿Qué hace que los cimientos entre vosotros se sientan más firmes últimamente?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="150"/>
        <source>What did you enjoy together without needing it to mean more?</source>
        <translation>¿Qué habéis disfrutado en compañía sin necesidad de que signifique más?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="154"/>
        <source>Whatever the outcome, what have you gained for yourself?</source>
        <translation>Sea cual sea el desenlace, ¿qué has ganado para ti?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="158"/>
        <source>How can you be patient with yourself and with them this month?</source>
        <translation>¿Cómo puedes tener paciencia contigo y con esa persona este mes?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="162"/>
        <source>What is one unhurried thing you would like to do next?</source>
        <translation>¿Qué cosa sin prisas te gustaría hacer a continuación?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="168"/>
        <source>What does honouring their no look like for you, day to day?</source>
        <translation>¿Cómo es para ti, en el día a día, respetar su no?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="172"/>
        <source>When the longing comes, what helps you let it pass gently?</source>
        <translation>Cuando llega la añoranza, ¿qué te ayuda a dejarla pasar con suavidad?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="176"/>
        <source>What are you feeling now that it is clear, and what do you need?</source>
        <translation>¿Qué sientes ahora que está claro, y qué necesitas?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="180"/>
        <source>Who in your life can you lean on while it hurts?</source>
        <translation>¿En quién de tu vida puedes apoyarte mientras duele?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="184"/>
        <source>What is one thing you will do this week just for yourself?</source>
        <translation>¿Qué cosa harás esta semana solo para ti?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="189"/>
        <source>Where, and with whom, do you feel safe?</source>
        <translation>¿Dónde, y con quién, te sientes a salvo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="193"/>
        <source>Who could you tell about what happened, so that you are not alone with it?</source>
        <translation>¿A quién podrías contarle lo que pasó, para no cargar con ello en soledad?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="197"/>
        <source>What helps you feel calm and steady when you are afraid?</source>
        <translation>¿Qué te ayuda a sentir calma y estabilidad cuando tienes miedo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="201"/>
        <source>Which support service or professional would you like to talk to?</source>
        <translation>¿Con qué servicio de apoyo o profesional te gustaría hablar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="205"/>
        <source>What is one step you will take this week to keep yourself safe?</source>
        <translation>¿Qué paso darás esta semana para mantenerte a salvo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="210"/>
        <source>If you wrote a letter you will never send, what would it say?</source>
        <translation>Si escribieras una carta que nunca vas a enviar, ¿qué diría?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="214"/>
        <source>What have you learned about yourself and about what you need?</source>
        <translation>¿Qué has aprendido sobre ti y sobre lo que necesitas?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="218"/>
        <source>What are you ready to let go of, and what will you keep?</source>
        <translation>¿De qué te sientes capaz de desprenderte, y qué vas a conservar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="222"/>
        <source>What would help you feel safer? Is there something to add to your safety plan?</source>
        <translation>¿Qué te ayudaría a sentirte más a salvo? ¿Hay algo que añadir a tu plan de seguridad?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="227"/>
        <source>What would you say to a friend who came out of the same relationship?</source>
        <translation>¿Qué le dirías a alguien cercano que saliera de la misma relación?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="231"/>
        <source>What is one kind thing you will do this week that is only for you?</source>
        <translation>¿Qué gesto amable tendrás esta semana que sea solo para ti?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="236"/>
        <source>What do you want in your next relationship, and what will you not accept?</source>
        <translation>¿Qué quieres en tu próxima relación, y qué no vas a aceptar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="240"/>
        <source>What are you looking forward to in your own life?</source>
        <translation>¿Qué te ilusiona en tu propia vida?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="244"/>
        <source>Which parts of you grew stronger through all this?</source>
        <translation>¿Qué partes de ti se han hecho más fuertes con todo esto?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="248"/>
        <source>How can you be patient with yourself while you heal?</source>
        <translation>¿Cómo puedes tener paciencia contigo mientras sanas?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="252"/>
        <source>What is one next step toward the life you want?</source>
        <translation>¿Cuál es el siguiente paso hacia la vida que quieres?</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionStore</name>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="198"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="236"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="307"/>
        <source>The reflection could not be read.</source>
        <translation>No se ha podido leer la reflexión.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="152"/>
        <source>The reflection could not be saved.</source>
        <translation>No se ha podido guardar la reflexión.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="175"/>
        <source>Your reflection could not be saved.</source>
        <translation>No se ha podido guardar tu reflexión.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="193"/>
        <source>The reflection could not be deleted.</source>
        <translation>No se ha podido eliminar la reflexión.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="253"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="316"/>
        <source>The reflections could not be read.</source>
        <translation>No se han podido leer las reflexiones.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="335"/>
        <source>The reflections could not be counted.</source>
        <translation>No se han podido contar las reflexiones.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionsPanel</name>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="37"/>
        <source>(not answered)</source>
        <translation>(sin responder)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="48"/>
        <source>&amp;Questions…</source>
        <translation>&amp;Preguntas…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="54"/>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="58"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Reflexionar…</translation>
    </message>
    <message>
        <source>Answer a few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Responder a unas preguntas sobre este paso, de una en una (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="60"/>
        <source>Answer a few questions about this step, one at a time (%1)</source>
        <translation>Responder a unas preguntas sobre este paso, de una en una (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="62"/>
        <source>&amp;Thought Record…</source>
        <translation>Registro de pensa&amp;mientos…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="64"/>
        <source>Look at a painful thought from the outside</source>
        <translation>Mirar un pensamiento doloroso desde fuera</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="67"/>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="220"/>
        <source>Add, reword, reorder or hide this step&apos;s questions</source>
        <translation>Añadir, reformular, reordenar u ocultar las preguntas de este paso</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="69"/>
        <source>Carry on with, or edit, the selected reflection</source>
        <translation>Continuar o editar la reflexión seleccionada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="73"/>
        <source>Reflections, newest first</source>
        <translation>Reflexiones, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="80"/>
        <source>The selected reflection</source>
        <translation>La reflexión seleccionada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="100"/>
        <source>No reflections yet. Reflecting now and then, briefly, helps to see the way forward. Press Reflect… (Ctrl+R) to begin.</source>
        <translation>Aún no hay reflexiones. Reflexionar de vez en cuando, brevemente, ayuda a ver el camino. Pulsa «Reflexionar…» (Ctrl+R) para empezar.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="189"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="195"/>
        <source>Not finished yet. Press Open to carry on.</source>
        <translation>Aún sin terminar. Pulsa «Abrir» para continuar.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="221"/>
        <source>On this path the step asks its own questions, about looking after yourself and moving on. Your own questions are kept for when you change your answers back.</source>
        <translation>En este camino, el paso hace sus propias preguntas, sobre cuidar de ti y pasar página. Tus propias preguntas se guardan para cuando vuelvas a cambiar tus respuestas.</translation>
    </message>
    <message>
        <source>Delete Reflection</source>
        <translation type="vanished">Eliminar la reflexión</translation>
    </message>
    <message>
        <source>Delete this reflection? This cannot be undone.</source>
        <translation type="vanished">¿Eliminar esta reflexión? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="314"/>
        <source>Not Deleted</source>
        <translation>Sin eliminar</translation>
    </message>
</context>
<context>
    <name>Rekindle::RestoreDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="24"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="94"/>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="110"/>
        <source>Restore from a Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="29"/>
        <source>Rekindle keeps a copy of your journal each day you use it. Restoring one brings the journal back to that day; the journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Rekindle guarda una copia de tu diario cada día que lo usas. Restaurar una devuelve el diario a ese día; antes, el diario tal como está se guarda como copia de seguridad, así que no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="41"/>
        <source>Backups are kept in %1.</source>
        <translation>Las copias de seguridad se guardan en %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="71"/>
        <source>There are no backups yet. Rekindle makes the first one shortly after it starts.</source>
        <translation>Aún no hay copias de seguridad. Rekindle hace la primera poco después de arrancar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="95"/>
        <source>Bring the journal back to how it was on %1?</source>
        <translation>¿Devolver el diario a como estaba el %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="98"/>
        <source>What you wrote since then will be replaced. The journal as it is now is kept as a backup first, so you can come back to it.</source>
        <translation>Lo que hayas escrito desde entonces se sustituirá. Antes, el diario tal como está se guarda como copia de seguridad, para que puedas volver a él.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="101"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetyGate</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="26"/>
        <source>Open the Safety &amp;Check</source>
        <translation>Abrir la &amp;revisión de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="59"/>
        <source>They have said no, or did not want to meet, and that deserves to be respected fully. The tools for reaching out are put away.

If you recorded a reply by mistake, you can review it in the safety check and change it; only you can.</source>
        <translation>Ha dicho que no, o no quiso quedar, y eso merece un respeto total. Las herramientas para dar el paso se han guardado.

Si anotaste una respuesta por error, puedes revisarla en la revisión de seguridad y cambiarla; solo tú puedes hacerlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="64"/>
        <source>Please answer the short safety check first. It takes a moment, and it makes sure that reaching out is safe and welcome.</source>
        <translation>Responde primero a la breve revisión de seguridad. Solo lleva un momento, y sirve para asegurarse de que dar el paso es seguro y bienvenido.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="67"/>
        <source>Reaching out is not advised, because of what you said in the safety check:

%1

Steps 1 and 2 are still here for you, and moving on is a full, respected outcome. Support services are listed under Help ▸ Support and Safety. Only you can change your answers, at any time.</source>
        <translation>No se aconseja dar el paso, por lo que indicaste en la revisión de seguridad:

%1

Los pasos 1 y 2 siguen aquí para ti, y pasar página es un desenlace completo y respetado. Los servicios de apoyo están en Ayuda ▸ Apoyo y seguridad. Solo tú puedes cambiar tus respuestas, cuando quieras.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetySection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="26"/>
        <source>Someone in this relationship has been &amp;abusive, threatening or intimidating.</source>
        <translation>En esta relación ha habido &amp;maltrato, amenazas o intimidación por parte de alguien.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="27"/>
        <source>They have clearly asked me for &amp;no contact.</source>
        <translation>Me ha pedido claramente que no haya &amp;ningún contacto.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="28"/>
        <source>There is a &amp;legal no-contact order.</source>
        <translation>Hay una orden &amp;judicial que prohíbe el contacto.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="29"/>
        <source>&amp;Save My Answers</source>
        <translation>&amp;Guardar mis respuestas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="33"/>
        <source>I Have &amp;Moved On</source>
        <translation>He &amp;pasado página</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="35"/>
        <source>&amp;Review What I Recorded</source>
        <translation>&amp;Revisar lo que anoté</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="57"/>
        <source>Open the contact log and meet-ups to change a reply or a meet-up recorded by mistake</source>
        <translation>Abrir los contactos y los encuentros para cambiar una respuesta o un encuentro anotados por error</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="60"/>
        <source>Before anything else, a short check. Reaching out is only right when it is safe and welcome. Tick what is true; leave the rest. Your answers stay in your journal and you can change them at any time.</source>
        <translation>Antes de nada, una breve revisión. Dar el paso solo está bien si es seguro y bienvenido. Marca lo que sea cierto; deja el resto. Tus respuestas se quedan en tu diario y puedes cambiarlas cuando quieras.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="66"/>
        <source>Safety check</source>
        <translation>Revisión de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="76"/>
        <source>Reaching out is not advised</source>
        <translation>No se aconseja dar el paso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="80"/>
        <source>This is not a judgement of you. Steps 1 and 2, giving space and working on yourself, are still yours, and they matter. Moving on is a full and respected outcome: your journal stays as it is.</source>
        <translation>Esto no es un juicio sobre ti. Los pasos 1 y 2, dar distancia y trabajar en ti, siguen siendo tuyos, y son importantes. Pasar página es un desenlace completo y respetado: tu diario se queda como está.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="137"/>
        <source>Saved. You have changed your answers, and that is yours to decide. Steps 3 to 5 follow your new answers. If anything ever feels unsafe or unwelcome again, tick it here: the journey changes with it at once.</source>
        <translation>Guardado. Has cambiado tus respuestas, y eso lo decides tú. Los pasos 3 a 5 siguen tus nuevas respuestas. Si algo vuelve a parecer inseguro o no deseado, márcalo aquí: el camino cambia con ello al instante.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="143"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="165"/>
        <source>If you recorded a reply or a meet-up by mistake, you can review it and change it; only you can. Steps 1 and 2 are still here for you, and moving on is a full, respected outcome.</source>
        <translation>Si anotaste una respuesta o un encuentro por error, puedes revisarlo y cambiarlo; solo tú puedes hacerlo. Los pasos 1 y 2 siguen aquí para ti, y pasar página es un desenlace completo y respetado.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="188"/>
        <source>Not answered yet. Once you have saved your answers, step 3 follows them.</source>
        <translation>Aún sin responder. Cuando guardes tus respuestas, el paso 3 las seguirá.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="191"/>
        <source>Answered on %1.</source>
        <translation>Respondido el %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="193"/>
        <source>Answered on %1. Nothing in your answers stands against a light, friendly message, if and when you choose one.</source>
        <translation>Respondido el %1. Nada en tus respuestas se opone a un mensaje ligero y amable, si lo eliges y cuando lo elijas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sax</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="217"/>
        <source>the file ends too early</source>
        <translation>el archivo termina antes de tiempo</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="219"/>
        <source>a number is too large</source>
        <translation>un número es demasiado grande</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="221"/>
        <source>something that is not JSON, or text that is not UTF-8</source>
        <translation>algo que no es JSON, o texto que no está en UTF-8</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="223"/>
        <source>a broken escape in a text</source>
        <translation>una secuencia de escape incorrecta en un texto</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="224"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>El archivo no es una exportación de Rekindle legible: %1 en la línea %2, columna %3. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SealingCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="62"/>
        <source>It is not encrypted, so it was not written by Rekindle.</source>
        <translation>No está cifrado, así que no lo escribió Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="67"/>
        <source>It is damaged.</source>
        <translation>Está dañado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchBar</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="vanished">Buscar en el diario (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="42"/>
        <source>Search the journal (%1)</source>
        <translation>Buscar en el diario (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="44"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="69"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="155"/>
        <source>Nothing found for “%1”.</source>
        <translation>No se ha encontrado nada para «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="157"/>
        <source>The newest %1 matches</source>
        <translation>Las %1 coincidencias más recientes</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="159"/>
        <source>Matches: %1, newest first</source>
        <translation>Coincidencias: %1, las más recientes primero</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchIndexBuilder</name>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="171"/>
        <source>The search index could not be built.</source>
        <translation>No se ha podido crear el índice de búsqueda.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchProjection</name>
    <message>
        <location filename="../app/storage/SearchProjection.cpp" line="93"/>
        <location filename="../app/storage/SearchProjection.cpp" line="177"/>
        <location filename="../app/storage/SearchProjection.cpp" line="196"/>
        <source>The search index could not be built.</source>
        <translation>No se ha podido crear el índice de búsqueda.</translation>
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
        <translation>Preparando la búsqueda… %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="129"/>
        <source>Show more results…</source>
        <translation>Mostrar más resultados…</translation>
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
        <translation>No se ha podido guardar el índice de búsqueda.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchSnapshot.cpp" line="134"/>
        <source>The saved search index cannot be used; it is built again.</source>
        <translation>El índice de búsqueda guardado no se puede usar; se vuelve a crear.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchStore</name>
    <message>
        <location filename="../app/storage/SearchStore.cpp" line="54"/>
        <source>The search could not be run.</source>
        <translation>No se ha podido realizar la búsqueda.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SecretBytes</name>
    <message>
        <location filename="../app/crypto/SecretBytes.cpp" line="77"/>
        <location filename="../app/crypto/SecretBytes.cpp" line="83"/>
        <source>Rekindle could not reserve memory for a key.</source>
        <translation>Rekindle no ha podido reservar memoria para una clave.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SettingsStore</name>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="39"/>
        <source>The journal&apos;s settings could not be read.</source>
        <translation>No se han podido leer los ajustes del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="52"/>
        <location filename="../app/storage/SettingsStore.cpp" line="132"/>
        <location filename="../app/storage/SettingsStore.cpp" line="157"/>
        <source>The setting could not be saved.</source>
        <translation>No se ha podido guardar el ajuste.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="96"/>
        <source>The breakup date cannot be in the future. Choose today or an earlier day.</source>
        <translation>La fecha de la ruptura no puede estar en el futuro. Elige hoy o un día anterior.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="110"/>
        <source>Space can only have begun today or earlier. Choose another day.</source>
        <translation>La distancia solo puede haber empezado hoy o antes. Elige otro día.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="128"/>
        <source>Choose limits between %1 and %2.</source>
        <translation>Elige límites entre %1 y %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="202"/>
        <source>Choose between %1 and %2 days of space.</source>
        <translation>Elige entre %1 y %2 días de distancia.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="217"/>
        <source>Choose a gap between %1 and %2 days.</source>
        <translation>Elige una separación de entre %1 y %2 días.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="248"/>
        <source>This text is too long to keep (at most %1 characters).</source>
        <translation>Este texto es demasiado largo para guardarlo (%1 caracteres como máximo).</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWin</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="63"/>
        <source>Write what you did, even if it seems small.</source>
        <translation>Escribe lo que hiciste, aunque parezca pequeño.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="65"/>
        <source>Keep it short: under %1 characters.</source>
        <translation>Que sea breve: menos de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="67"/>
        <source>Choose the day of the win.</source>
        <translation>Elige el día del logro.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="69"/>
        <source>A win is something already done: choose today or an earlier day.</source>
        <translation>Un logro es algo que ya está hecho: elige hoy o un día anterior.</translation>
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
        <translation>Elige primero un logro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinStore</name>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="49"/>
        <source>The win could not be saved.</source>
        <translation>No se ha podido guardar el logro.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="55"/>
        <source>The win could not be removed.</source>
        <translation>No se ha podido quitar el logro.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="56"/>
        <location filename="../app/storage/SmallWinStore.cpp" line="63"/>
        <source>This win is no longer in the journal.</source>
        <translation>Este logro ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="62"/>
        <source>The win could not be read.</source>
        <translation>No se ha podido leer el logro.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="68"/>
        <source>The wins could not be read.</source>
        <translation>No se han podido leer los logros.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="84"/>
        <source>The wins could not be counted.</source>
        <translation>No se han podido contar los logros.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="29"/>
        <source>&amp;Add Win</source>
        <translation>&amp;Añadir logro</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="32"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="37"/>
        <source>For example: cooked a proper dinner</source>
        <translation>Por ejemplo: me hice una buena cena</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="44"/>
        <source>Small wins, newest first</source>
        <translation>Pequeños logros, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="52"/>
        <source>No wins yet. Anything counts: a walk, a meal, a call to a friend. Write it above and press Add Win.</source>
        <translation>Aún no hay logros. Todo cuenta: un paseo, una comida, una llamada a una amistad. Escríbelo arriba y pulsa «Añadir logro».</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="57"/>
        <source>Notice what you did well. Small steps add up.</source>
        <translation>Fíjate en lo que has hecho bien. Los pasos pequeños suman.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="60"/>
        <source>&amp;What I did:</source>
        <translation>Lo que &amp;hice:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="62"/>
        <source>&amp;On:</source>
        <translation>&amp;Fecha:</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sodium</name>
    <message>
        <location filename="../app/crypto/Sodium.cpp" line="20"/>
        <source>Rekindle cannot start its encryption library, so it cannot open an encrypted journal on this computer.</source>
        <translation>Rekindle no puede iniciar su biblioteca de cifrado, así que no puede abrir un diario cifrado en este ordenador.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceChart</name>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="20"/>
        <source>Days of space</source>
        <translation>Días de distancia</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="21"/>
        <source>Nothing about space in this period yet. Once you note when space began (step 1, Space), each day you give it shows here, with any contacts and the urges you resisted.</source>
        <translation>Aún no hay nada sobre la distancia en este periodo. Cuando anotes cuándo empezó la distancia (paso 1, Distancia), aquí aparecerá cada día que la mantienes, con los contactos y los impulsos que contuviste.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="50"/>
        <source>Urges resisted per week</source>
        <translation>Impulsos contenidos por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="63"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Days of space in a row</source>
        <translation>Días de distancia seguidos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="84"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>I reached out</source>
        <translation>Di el paso yo</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="93"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>They reached out</source>
        <translation>Dio el paso la otra persona</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="116"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="118"/>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="135"/>
        <source>%n day(s) of space in a row</source>
        <translation>
            <numerusform>%n día de distancia seguido</numerusform>
            <numerusform>%n días de distancia seguidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="137"/>
        <source>A new stretch of space begins tomorrow</source>
        <translation>Mañana empieza un nuevo tramo de distancia</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="139"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="182"/>
        <source>Before space began</source>
        <translation>Antes de que empezara la distancia</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="143"/>
        <source>You reached out %n time(s)</source>
        <translation>
            <numerusform>Diste el paso %n vez</numerusform>
            <numerusform>Diste el paso %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="147"/>
        <source>They reached out %n time(s)</source>
        <translation>
            <numerusform>La otra persona dio el paso %n vez</numerusform>
            <numerusform>La otra persona dio el paso %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="154"/>
        <source>%n urge(s) resisted that week</source>
        <translation>
            <numerusform>%n impulso contenido esa semana</numerusform>
            <numerusform>%n impulsos contenidos esa semana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>Urges resisted that week</source>
        <translation>Impulsos contenidos esa semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="180"/>
        <source>A new stretch begins</source>
        <translation>Empieza un nuevo tramo</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 días</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="48"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Begin Space</source>
        <translation>&amp;Tomar distancia</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="56"/>
        <source>Log &amp;Urge Resisted</source>
        <translation>&amp;Impulso contenido</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="59"/>
        <source>Log &amp;Contact I Made</source>
        <translation>&amp;Contacto que hice</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="84"/>
        <source>1 is a passing thought, 5 is very strong</source>
        <translation>1 es un pensamiento pasajero; 5, muy fuerte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="86"/>
        <source>Optional: what set it off</source>
        <translation>Opcional: qué lo provocó</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="92"/>
        <source>Optional: what it was about</source>
        <translation>Opcional: de qué se trataba</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="96"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Giving space</source>
        <translation>Dar distancia</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="99"/>
        <source>Space &amp;began on:</source>
        <translation>Distancia &amp;desde el:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="113"/>
        <source>An urge I did not act on</source>
        <translation>Un impulso que no seguí</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="116"/>
        <source>&amp;Strength (1–5):</source>
        <translation>&amp;Fuerza (1–5):</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="119"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="124"/>
        <source>A contact I made</source>
        <translation>Un contacto que hice</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="127"/>
        <source>&amp;How:</source>
        <translation>Có&amp;mo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="130"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="141"/>
        <source>Every stretch of space, newest first</source>
        <translation>Todos los tramos de distancia, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="146"/>
        <source>Contacts, newest first</source>
        <translation>Contactos, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="174"/>
        <source>No stretches of space yet. Once space begins, each stretch shows here, with your longest marked.</source>
        <translation>Aún no hay tramos de distancia. Cuando empiece la distancia, aquí aparecerá cada tramo, con el más largo señalado.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="178"/>
        <source>No contacts logged. When you log one, it shows here; giving space is progress too.</source>
        <translation>No hay contactos anotados. Cuando anotes uno, aparecerá aquí; dar distancia también es avanzar.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="181"/>
        <source>Stretches of &amp;space</source>
        <translation>Tramos de di&amp;stancia</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="182"/>
        <source>Con&amp;tacts</source>
        <translation>Cont&amp;actos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Distance that looks after me</source>
        <translation>Una distancia que me cuida</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="241"/>
        <source>Logged. You noticed the urge and let it pass; that is the work.</source>
        <translation>Anotado. Notaste el impulso y lo dejaste pasar; ese es el trabajo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="254"/>
        <source>Logged. Being honest with yourself about contact is part of giving space. A new stretch begins tomorrow.</source>
        <translation>Anotado. La sinceridad contigo sobre el contacto forma parte de dar distancia. Mañana empieza un nuevo tramo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Change Start</source>
        <translation>Cam&amp;biar el inicio</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="270"/>
        <source>Space has not begun yet.</source>
        <translation>La distancia aún no ha empezado.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="271"/>
        <source>Choose the day you last reached out (today is fine) and press Begin Space. Each day without contact counts.</source>
        <translation>Elige el día en que diste el paso por última vez (hoy también vale) y pulsa «Tomar distancia». Cada día sin contacto cuenta.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="274"/>
        <source>A fresh stretch of space begins tomorrow.</source>
        <translation>Mañana empieza un nuevo tramo de distancia.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="277"/>
        <source>%1 of distance that is good for me in a row, since %2.</source>
        <translation>%1 de una distancia que me hace bien, sin interrupción, desde el %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="278"/>
        <source>%1 of space in a row, since %2.</source>
        <translation>%1 de distancia sin interrupción, desde el %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="284"/>
        <source>Longest stretch: %1 (%2 – %3).</source>
        <translation>Tramo más largo: %1 (%2 – %3).</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="293"/>
        <source>The count starts again after a contact; the days before it still count, in the stretches below.</source>
        <translation>La cuenta vuelve a empezar después de un contacto; los días anteriores siguen contando, en los tramos de abajo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="301"/>
        <source>Urges resisted this week: none logged yet.</source>
        <translation>Impulsos contenidos esta semana: aún no hay ninguno anotado.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="302"/>
        <source>Urges resisted this week: %1.</source>
        <translation>Impulsos contenidos esta semana: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="307"/>
        <source>You have reached out once in the last 24 hours.</source>
        <translation>Has dado el paso una vez en las últimas 24 horas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="308"/>
        <source>You have reached out %n times in the last 24 hours.</source>
        <translation>
            <numerusform>Has dado el paso %n vez en las últimas 24 horas.</numerusform>
            <numerusform>Has dado el paso %n veces en las últimas 24 horas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="310"/>
        <source>You have sent a message without a reply.</source>
        <translation>Has enviado un mensaje sin respuesta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="311"/>
        <source>You have sent %n messages in a row without a reply.</source>
        <translation>
            <numerusform>Has enviado %n mensaje seguido sin respuesta.</numerusform>
            <numerusform>Has enviado %n mensajes seguidos sin respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have reached out %1 times in the last 24 hours.</source>
        <translation type="vanished">Has dado el paso %1 veces en las últimas 24 horas.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in a row without a reply.</source>
        <translation type="vanished">Has enviado %1 mensajes seguidos sin respuesta.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="314"/>
        <source>%1 That is understandable; old habits take time to fade. Distance protects the peace you have built. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 Es comprensible; los viejos hábitos tardan en desaparecer. La distancia protege la paz que has construido. Si vuelve el impulso, anótalo aquí o escríbelo como un mensaje sin enviar.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="318"/>
        <source>%1 That is understandable when you miss someone. Right now, more messages tend to weigh on both of you: space gives each of you room to steady yourselves. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 Es comprensible cuando echas de menos a alguien. Ahora mismo, más mensajes suelen pesar a ambas partes: la distancia os deja espacio para recuperar el equilibrio. Si vuelve el impulso, anótalo aquí o escríbelo como un mensaje sin enviar.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStore</name>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="87"/>
        <source>The contact could not be logged.</source>
        <translation>No se ha podido anotar el contacto.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="101"/>
        <source>Your changes to the contact could not be saved.</source>
        <translation>No se han podido guardar tus cambios en el contacto.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="123"/>
        <source>The contact could not be removed.</source>
        <translation>No se ha podido quitar el contacto.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="130"/>
        <source>The contact could not be read.</source>
        <translation>No se ha podido leer el contacto.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="137"/>
        <location filename="../app/storage/SpaceStore.cpp" line="156"/>
        <location filename="../app/storage/SpaceStore.cpp" line="172"/>
        <location filename="../app/storage/SpaceStore.cpp" line="192"/>
        <location filename="../app/storage/SpaceStore.cpp" line="204"/>
        <source>The contacts could not be read.</source>
        <translation>No se han podido leer los contactos.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="230"/>
        <source>The urge could not be logged.</source>
        <translation>No se ha podido anotar el impulso.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="236"/>
        <source>The urge could not be removed.</source>
        <translation>No se ha podido quitar el impulso.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="252"/>
        <source>The urges could not be counted.</source>
        <translation>No se han podido contar los impulsos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStreakModel</name>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="64"/>
        <source>Now: a fresh start from %1</source>
        <translation>Ahora: un nuevo comienzo desde el %1</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="67"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="73"/>
        <source>Now: 1 day of space, since %1</source>
        <translation>Ahora: 1 día de distancia, desde el %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="74"/>
        <source>Now: %n days of space, since %1</source>
        <translation>
            <numerusform>Ahora: %n día de distancia, desde el %1</numerusform>
            <numerusform>Ahora: %n días de distancia, desde el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="77"/>
        <source>%n days of space, %1</source>
        <translation>
            <numerusform>%n día de distancia, %1</numerusform>
            <numerusform>%n días de distancia, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1 days of space, since %2</source>
        <translation type="vanished">Ahora: %1 días de distancia, desde el %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="76"/>
        <source>1 day of space, %1</source>
        <translation>1 día de distancia, %1</translation>
    </message>
    <message>
        <source>%1 days of space, %2</source>
        <translation type="vanished">%1 días de distancia, %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="79"/>
        <source> (your longest)</source>
        <translation> (el más largo)</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sql</name>
    <message>
        <location filename="../app/storage/Sql.cpp" line="36"/>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>El disco está lleno. Libera espacio y vuelve a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="39"/>
        <source>The journal file cannot be written to. Check that its folder is writable.</source>
        <translation>No se puede escribir en el archivo del diario. Comprueba que se puede escribir en su carpeta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="43"/>
        <source>The journal is busy in another program. Try again in a moment.</source>
        <translation>Otro programa está usando el diario. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="47"/>
        <source>The disk reported an error while reading or writing the journal: it may be full, at a size limit, or no longer connected. Nothing was changed.</source>
        <translation>El disco ha informado de un error al leer o escribir el diario: puede que esté lleno, en un límite de tamaño o desconectado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="51"/>
        <source>The journal file cannot be reached. If it is on a removable disk, connect it again.</source>
        <translation>No se puede acceder al archivo del diario. Si está en un disco extraíble, vuelve a conectarlo.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="56"/>
        <source>The journal file is damaged or is not a Rekindle journal.</source>
        <translation>El archivo del diario está dañado o no es un diario de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="59"/>
        <source>The journal reported an unexpected problem.</source>
        <translation>El diario ha informado de un problema inesperado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SqliteHandle</name>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="85"/>
        <location filename="../app/storage/SqliteHandle.cpp" line="142"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>Rekindle no ha podido hacer una copia de seguridad del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="125"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>La copia de seguridad se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="191"/>
        <source>The search index could not be saved.</source>
        <translation>No se ha podido guardar el índice de búsqueda.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="212"/>
        <source>The search index could not be restored.</source>
        <translation>No se ha podido restaurar el índice de búsqueda.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StandingSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="27"/>
        <source>&amp;Save Date</source>
        <translation>&amp;Guardar fecha</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="29"/>
        <source>I &amp;accept that the relationship is over</source>
        <translation>&amp;Acepto que la relación ha terminado</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="48"/>
        <source>When it ended</source>
        <translation>Cuándo terminó</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="54"/>
        <source>&amp;Day of the breakup:</source>
        <translation>&amp;Día de la ruptura:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="61"/>
        <source>Accepting it</source>
        <translation>Aceptarlo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="62"/>
        <source>Accepting that it is over is not giving up. It lets you stop waiting and look after yourself, whatever comes next.</source>
        <translation>Aceptar que ha terminado no es rendirse. Te permite dejar de esperar y cuidar de ti, venga lo que venga.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="111"/>
        <source>It ended today. Be gentle with yourself.</source>
        <translation>Terminó hoy. Trátate con cariño.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="112"/>
        <source>1 day since the breakup.</source>
        <translation>1 día desde la ruptura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="113"/>
        <source>%n days since the breakup.</source>
        <translation>
            <numerusform>%n día desde la ruptura.</numerusform>
            <numerusform>%n días desde la ruptura.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days since the breakup.</source>
        <translation type="vanished">%1 días desde la ruptura.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="116"/>
        <source>Choose the day it ended and press Save Date, to see how far you have come.</source>
        <translation>Elige el día en que terminó y pulsa «Guardar fecha» para ver cuánto camino has recorrido.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="125"/>
        <source>Marked on %1. Feelings move; you can untick this whenever you need to.</source>
        <translation>Marcado el %1. Los sentimientos cambian; puedes desmarcarlo siempre que lo necesites.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="127"/>
        <source>Tick this when you are ready. There is no hurry.</source>
        <translation>Márcalo cuando lo sientas. No hay prisa.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepPage</name>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="86"/>
        <location filename="../app/ui/steps/StepPage.cpp" line="272"/>
        <source>Tools of %1</source>
        <translation>Herramientas de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="89"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="91"/>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="128"/>
        <source>Reflect…</source>
        <translation>Reflexionar…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="131"/>
        <source>A few questions about this step, one at a time (%1)</source>
        <translation>Unas preguntas sobre este paso, de una en una (%1)</translation>
    </message>
    <message>
        <source>A few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Unas preguntas sobre este paso, de una en una (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="137"/>
        <source>Support and Safety</source>
        <translation>Apoyo y seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="142"/>
        <source>Helplines and your own support contacts. Nothing is sent anywhere.</source>
        <translation>Líneas de ayuda y tus propios contactos de apoyo. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="226"/>
        <source>This record is kept in your journal, as you wrote it; nothing was deleted. The tools it belongs to are put away on your current path.</source>
        <translation>Este registro se guarda en tu diario, tal como lo escribiste; no se ha eliminado nada. Las herramientas a las que pertenece están guardadas en tu camino actual.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="231"/>
        <source>%1 (about %2% of the step). %3</source>
        <translation>%1 (alrededor del %2&#xa0;% del paso). %3</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="235"/>
        <source>what your goals asked for</source>
        <translation>lo que pedían tus objetivos</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="236"/>
        <source>%1: up to %2 (about %3% of the step). %4</source>
        <translation>%1: hasta %2 (alrededor del %3&#xa0;% del paso). %4</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="40"/>
        <source>Journal entries written</source>
        <translation>Entradas del diario escritas</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="41"/>
        <source>Writing helps you make sense of what you feel.</source>
        <translation>Escribir te ayuda a dar sentido a lo que sientes.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="44"/>
        <source>Reflections finished</source>
        <translation>Reflexiones terminadas</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="46"/>
        <source>Each guided reflection you finish counts.</source>
        <translation>Cuenta cada reflexión guiada que terminas.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="52"/>
        <source>Thought records finished</source>
        <translation>Registros de pensamientos terminados</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="53"/>
        <source>Working through a painful thought on paper.</source>
        <translation>Trabajar sobre el papel un pensamiento doloroso.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="56"/>
        <source>Breakup date noted</source>
        <translation>Fecha de la ruptura anotada</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="57"/>
        <source>Naming when it ended.</source>
        <translation>Poner nombre al momento en que terminó.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="59"/>
        <source>Acceptance marked</source>
        <translation>Aceptación marcada</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="60"/>
        <source>Marking that you accept it is over.</source>
        <translation>Marcar que aceptas que ha terminado.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="62"/>
        <source>Things I own written down (my part)</source>
        <translation>Lo que reconozco, por escrito (mi parte)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="63"/>
        <source>Honest notes about your own part.</source>
        <translation>Notas sinceras sobre tu propia parte.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="65"/>
        <source>Days of space in a row</source>
        <translation>Días de distancia seguidos</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="66"/>
        <source>Your longest stretch of space so far: space once given is never taken away, even by a later contact.</source>
        <translation>Tu tramo de distancia más largo hasta ahora: la distancia dada nunca se pierde, ni siquiera por un contacto posterior.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="72"/>
        <source>Goals you are working on</source>
        <translation>Objetivos en los que trabajas</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="73"/>
        <source>Goals of your own that you keep active.</source>
        <translation>Objetivos propios que mantienes activos.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="76"/>
        <source>Goal check-ins in the last 14 days</source>
        <translation>Marcas de objetivos en los últimos 14 días</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="77"/>
        <source>Check-ins you kept, out of what your goals asked for.</source>
        <translation>Las marcas que hiciste, frente a lo que pedían tus objetivos.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="81"/>
        <source>Small wins noted</source>
        <translation>Pequeños logros anotados</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="82"/>
        <source>Good moments you took the time to notice.</source>
        <translation>Buenos momentos en los que te paraste a fijarte.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="87"/>
        <source>Safety check answered</source>
        <translation>Revisión de seguridad respondida</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="88"/>
        <source>Answering the safety check honestly, whatever the answer.</source>
        <translation>Responder con sinceridad a la revisión de seguridad, sea cual sea la respuesta.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="91"/>
        <source>Contacts you kept light</source>
        <translation>Contactos que mantuviste ligeros</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="92"/>
        <source>Contacts you made and kept light. How or whether they replied is never counted.</source>
        <translation>Contactos que hiciste y mantuviste ligeros. Si contestó, y cómo, nunca se cuenta.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="96"/>
        <source>Drafts checked before sending</source>
        <translation>Borradores revisados antes de enviar</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="97"/>
        <source>Drafts you ran through the message check, whether you sent them or not. What you sent, and any reply, is never counted.</source>
        <translation>Borradores que pasaste por la revisión del mensaje, los enviaras o no. Lo que enviaste, y cualquier respuesta, nunca se cuenta.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="101"/>
        <source>Days of space given</source>
        <translation>Días de distancia dados</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="102"/>
        <source>Your longest stretch without reaching out: honouring their no, or keeping yourself safe.</source>
        <translation>Tu tramo más largo sin dar el paso: respetando su no, o manteniéndote a salvo.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="108"/>
        <source>Commitments kept</source>
        <translation>Compromisos cumplidos</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="109"/>
        <source>Promises you made and kept.</source>
        <translation>Promesas que hiciste y cumpliste.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="111"/>
        <source>Issues worked on together</source>
        <translation>Temas trabajados en pareja</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="112"/>
        <source>Issues you took up and are working on, or settled.</source>
        <translation>Temas que planteasteis y en los que trabajáis, o que habéis resuelto.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="115"/>
        <source>Safety plan written</source>
        <translation>Plan de seguridad escrito</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="116"/>
        <source>The parts of your safety plan you filled in: trusted people, safe places, documents, what to do in an emergency.</source>
        <translation>Las partes de tu plan de seguridad que has rellenado: personas de confianza, lugares seguros, documentos, qué hacer en una emergencia.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="120"/>
        <source>A letter you never send</source>
        <translation>Una carta que nunca envías</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="121"/>
        <source>Saying what you could not say, only for yourself.</source>
        <translation>Decir lo que no pudiste decir, solo para ti.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="124"/>
        <source>What I learned, written down</source>
        <translation>Lo que he aprendido, por escrito</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="125"/>
        <source>What this relationship taught you.</source>
        <translation>Lo que te ha enseñado esta relación.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="129"/>
        <source>Milestones given a day</source>
        <translation>Hitos con fecha</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="130"/>
        <source>Small steps you planned ahead.</source>
        <translation>Pasos pequeños que planeaste con antelación.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="132"/>
        <source>Milestones planned with room between them</source>
        <translation>Hitos previstos con margen entre ellos</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="134"/>
        <source>Planned steps at least the gap you chose after the one before. Reaching them, or how fast, is never counted.</source>
        <translation>Pasos previstos con al menos la separación que elegiste respecto al anterior. Alcanzarlos, o lo rápido que sea, nunca se cuenta.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="138"/>
        <source>Where the journey stands, chosen</source>
        <translation>En qué punto está el camino, elegido</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="139"/>
        <source>Either outcome counts in full.</source>
        <translation>Cualquiera de los dos desenlaces cuenta por completo.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="141"/>
        <source>What I want in my next relationship</source>
        <translation>Lo que quiero en mi próxima relación</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="142"/>
        <source>What matters to you from here on.</source>
        <translation>Lo que te importa a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress::Report</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="206"/>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %2 de %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="212"/>
        <source>You have done what this step suggests. Come back whenever it helps.</source>
        <translation>Has hecho lo que propone este paso. Vuelve siempre que te ayude.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="214"/>
        <source>Nothing here yet, and that is fine. Start whenever you are ready.</source>
        <translation>Aquí aún no hay nada, y está bien. Empieza cuando quieras.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="216"/>
        <source>Every bit counts. There is no hurry.</source>
        <translation>Cada poco cuenta. No hay prisa.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgressIndicator</name>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="26"/>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="26"/>
        <source>Progress %p%</source>
        <translation>Progreso %p&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="29"/>
        <source>Progress 100%</source>
        <translation>Progreso 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="71"/>
        <source>Progress in %1</source>
        <translation>Progreso en %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgressModel</name>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="142"/>
        <source>%1: %2%</source>
        <translation>%1: %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/models/StepProgressModel.cpp" line="147"/>
        <source>%1, %2 percent</source>
        <translation>%1, %2 por ciento</translation>
    </message>
</context>
<context>
    <name>Rekindle::Steps</name>
    <message>
        <location filename="../app/core/Step.cpp" line="22"/>
        <source>Acknowledge</source>
        <translation>Asumir</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="23"/>
        <source>Accept that the relationship, as it was, has ended.</source>
        <translation>Aceptar que la relación, tal como era, ha terminado.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="25"/>
        <source>Letting yourself accept that it has ended is where every good path starts. Look honestly at why it ended and at your own part in it, without harshness. Give each other time and space: fewer messages give both of you room to steady yourselves, whatever comes next.</source>
        <translation>Permitirte asumir que ha terminado es donde empieza todo buen camino. Mira con sinceridad por qué terminó y cuál fue tu parte, sin dureza. Daos tiempo y espacio: menos mensajes os dan margen para recuperar el equilibrio, venga lo que venga.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="30"/>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or %1.</source>
        <translation>Empieza escribiendo lo que pasó, con tus palabras. Cuando quieras, empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="39"/>
        <source>Write about one thing you would like to grow in. Begin with the button below or %1.</source>
        <translation>Escribe sobre algo en lo que te gustaría crecer. Empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="50"/>
        <source>Write about how you are and what you need right now. Begin with the button below or %1.</source>
        <translation>Escribe sobre cómo estás y qué necesitas ahora mismo. Empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="60"/>
        <source>Write about what honesty looks like for you right now. Begin with the button below or %1.</source>
        <translation>Escribe sobre lo que significa para ti la sinceridad ahora mismo. Empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="69"/>
        <source>Write about the pace that feels right to you. Begin with the button below or %1.</source>
        <translation>Escribe sobre el ritmo que te parece adecuado. Empieza con el botón de abajo o con %1.</translation>
    </message>
    <message>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Empieza escribiendo lo que pasó, con tus palabras. Cuando quieras, empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="33"/>
        <source>Work on Yourself</source>
        <translation>Trabajar en ti</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="34"/>
        <source>Use this time for your own growth.</source>
        <translation>Aprovechar este tiempo para crecer.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="35"/>
        <source>This time is yours. Move your body, pick up something new, talk to a professional about what weighs on you. You do this for yourself first; feeling steadier is worth it in itself, whatever happens next.</source>
        <translation>Este tiempo es tuyo. Mueve el cuerpo, empieza algo nuevo, habla con un profesional de lo que te pesa. Esto lo haces ante todo por ti; sentirte con más estabilidad ya merece la pena por sí solo, pase lo que pase después.</translation>
    </message>
    <message>
        <source>Write about one thing you would like to grow in. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escribe sobre algo en lo que te gustaría crecer. Empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="42"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="43"/>
        <source>Reach out lightly, when you are both ready.</source>
        <translation>Dar el paso con suavidad, cuando sea el momento para ambas partes.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="44"/>
        <source>Only if it is safe and welcome: once space has been given and you feel steadier, a short, friendly message is one possible step. Ask how they are or share something good, and leave the past and heavy topics aside. Silence or a no is an answer to respect. If they are open to it, a coffee or a walk is plenty.</source>
        <translation>Solo si es seguro y bienvenido: cuando ya has dado distancia y te sientes con más estabilidad, un mensaje breve y amable es un paso posible. Pregunta cómo le va o comparte algo bueno, y deja a un lado el pasado y los temas pesados. El silencio o un no son respuestas que hay que respetar. Si hay disposición, un café o un paseo es más que suficiente.</translation>
    </message>
    <message>
        <source>Write about how you are and what you need right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escribe sobre cómo estás y qué necesitas ahora mismo. Empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="53"/>
        <source>Rebuild Trust</source>
        <translation>Confiar de nuevo</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="54"/>
        <source>Be honest, keep your word, work on what comes up.</source>
        <translation>Hablar con sinceridad, cumplir tu palabra, trabajar lo que surja.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="56"/>
        <source>Trust grows slowly from small things done reliably. Be open about how you feel, keep the promises you make, and face issues together when they arise instead of around them.</source>
        <translation>La confianza crece despacio, con cosas pequeñas hechas con constancia. Habla con sinceridad de cómo te sientes, cumple las promesas que hagas y afrontad los temas codo con codo cuando surjan, en lugar de rodearlos.</translation>
    </message>
    <message>
        <source>Write about what honesty looks like for you right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escribe sobre lo que significa para ti la sinceridad ahora mismo. Empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="63"/>
        <source>Take Things Slow</source>
        <translation>Ir despacio</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="64"/>
        <source>Let a strong foundation form at its own pace.</source>
        <translation>Dejar que se formen unos cimientos sólidos a su ritmo.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="65"/>
        <source>There is no rush. Let trust and connection settle before anything formal, and notice when you feel pressure to speed up. Whatever the outcome, the care you have put into yourself stays with you.</source>
        <translation>No hay prisa. Deja que la confianza y la conexión se asienten antes de cualquier paso formal, y fíjate en cuándo sientes presión por acelerar. Sea cual sea el desenlace, el cuidado que te has dedicado se queda contigo.</translation>
    </message>
    <message>
        <source>Write about the pace that feels right to you. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escribe sobre el ritmo que te parece adecuado. Empieza con el botón de abajo o con Ctrl+N.</translation>
    </message>
    <message>
        <source>Accept that the relationship is over, for now.</source>
        <translation type="vanished">Aceptar que la relación ha terminado, por ahora.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="127"/>
        <source>You have moved on, and that is a good place to be. Keep writing about what you have learned and what you feel; the distance you keep now is time for yourself.</source>
        <translation>Has pasado página, y es un buen lugar en el que estar. Sigue escribiendo sobre lo que has aprendido y lo que sientes; la distancia que mantienes ahora es tiempo para ti.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="132"/>
        <source>This time is yours, fully. Keep the goals that do you good, celebrate small wins, and let caring for yourself be the whole point.</source>
        <translation>Este tiempo es tuyo, del todo. Mantén los objetivos que te hacen bien, celebra los pequeños logros y haz que cuidar de ti sea lo central.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StreamSealer</name>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="56"/>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation>El archivo está dañado o ha sido modificado, así que no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="61"/>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation>El archivo está incompleto: se cortó antes de tiempo, así que no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="93"/>
        <source>This is not an encrypted Rekindle export.</source>
        <translation>Esto no es una exportación cifrada de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="99"/>
        <source>The file was encrypted by a newer version of Rekindle. Update Rekindle to open it.</source>
        <translation>El archivo se cifró con una versión más reciente de Rekindle. Actualiza Rekindle para abrirlo.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="166"/>
        <source>The export could not be encrypted.</source>
        <translation>No se ha podido cifrar la exportación.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="67"/>
        <source>The passphrase does not open this file, or the file was changed.</source>
        <translation>La frase de contraseña no abre este archivo, o el archivo se ha modificado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="32"/>
        <source>Support and Safety</source>
        <translation>Apoyo y seguridad</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="34"/>
        <source>When things are hard, you do not have to face them alone. These services are free and long established. If you are in danger right now, call the emergency number.</source>
        <translation>Cuando las cosas se ponen difíciles, no tienes que afrontarlas en soledad. Estos servicios son gratuitos y llevan mucho tiempo funcionando. Si ahora mismo corres peligro, llama al número de emergencias.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="41"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="49"/>
        <source>Another country</source>
        <translation>Otro país</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="57"/>
        <source>My own support contacts</source>
        <translation>Mis propios contactos de apoyo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="58"/>
        <source>A therapist, a friend, a family member: names and numbers</source>
        <translation>Una terapeuta, un amigo, alguien de la familia: nombres y números</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="63"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="66"/>
        <source>My &amp;own support contacts (kept in this journal):</source>
        <translation>&amp;Mis propios contactos de apoyo (guardados en este diario):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="68"/>
        <source>Rekindle only shows these numbers. It never calls, sends or shares anything.</source>
        <translation>Rekindle solo muestra estos números. Nunca llama, envía ni comparte nada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportNote</name>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="20"/>
        <source>A Moment for You</source>
        <translation>Un momento para ti</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="25"/>
        <source>It sounds like things are very hard right now. You deserve support, and talking to someone can help.</source>
        <translation>Parece que ahora mismo las cosas están muy difíciles. Mereces apoyo, y hablar con alguien puede ayudar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="40"/>
        <source>Nothing has been sent anywhere. This note can be turned off in Preferences.</source>
        <translation>No se ha enviado nada a ningún sitio. Esta nota se puede desactivar en Preferencias.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="45"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Apoyo y seguridad…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="47"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportServices</name>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="216"/>
        <source>If you are in danger, call your local emergency number (112 works in many countries, including all of the European Union). Choose your country to see crisis lines and support for abuse there.</source>
        <translation>Si estás en peligro, llama al número de emergencias de tu país (el 112 funciona en muchos países, incluida toda la Unión Europea). Elige tu país para ver líneas de crisis y apoyo frente al maltrato.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="28"/>
        <source>Emergency services</source>
        <translation>Servicios de emergencia</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="29"/>
        <source>When you or someone else is in danger right now: police, ambulance, fire.</source>
        <translation>Cuando tú u otra persona estáis en peligro ahora mismo: policía, ambulancia, bomberos.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="35"/>
        <source>Telefonseelsorge</source>
        <translation>Telefonseelsorge</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="37"/>
        <source>Someone to talk to, day and night, free of charge, about anything weighing on you.</source>
        <translation>Alguien con quien hablar, de día y de noche, gratis, de todo lo que te pesa.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="41"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="43"/>
        <source>Crisis support and suicide prevention, day and night.</source>
        <translation>Apoyo en crisis y prevención del suicidio, de día y de noche.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="45"/>
        <source>1800RESPECT</source>
        <translation>1800RESPECT</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="47"/>
        <source>Support for people affected by domestic, family or sexual violence.</source>
        <translation>Apoyo a personas afectadas por violencia doméstica, familiar o sexual.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="68"/>
        <source>9-8-8 Suicide Crisis Helpline</source>
        <translation>9-8-8 Línea de ayuda en crisis suicidas</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="69"/>
        <source>Call or text, day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Llama o escribe, de día y de noche, cuando pienses en el suicidio o te preocupe alguien.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="74"/>
        <source>Die Dargebotene Hand / La Main Tendue</source>
        <translation>Die Dargebotene Hand / La Main Tendue</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="76"/>
        <source>Someone to talk to, day and night, about anything weighing on you.</source>
        <translation>Alguien con quien hablar, de día y de noche, de todo lo que te pesa.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="49"/>
        <location filename="../app/core/SupportServices.cpp" line="79"/>
        <location filename="../app/core/SupportServices.cpp" line="108"/>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="50"/>
        <location filename="../app/core/SupportServices.cpp" line="80"/>
        <location filename="../app/core/SupportServices.cpp" line="109"/>
        <source>When you are threatened or in danger.</source>
        <translation>Cuando te amenazan o estás en peligro.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="52"/>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="53"/>
        <source>An ambulance, when someone&apos;s health or life is in danger.</source>
        <translation>Una ambulancia, cuando la salud o la vida de alguien está en peligro.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="56"/>
        <source>CVV – Centro de Valorização da Vida</source>
        <translation>CVV – Centro de Valorização da Vida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="58"/>
        <source>Emotional support and suicide prevention, day and night, free of charge.</source>
        <translation>Apoyo emocional y prevención del suicidio, de día y de noche, gratis.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="61"/>
        <source>Central de Atendimento à Mulher</source>
        <translation>Central de Atendimento à Mulher</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="63"/>
        <source>For women affected by violence: listening, advice and where to turn, day and night, free of charge.</source>
        <translation>Para mujeres afectadas por la violencia: escucha, asesoramiento y a dónde acudir, de día y de noche, gratis.</translation>
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
        <translation>Alguien con quien hablar, de día y de noche, gratis y de forma anónima.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="91"/>
        <source>Hilfetelefon Gewalt gegen Frauen</source>
        <translation>Hilfetelefon Gewalt gegen Frauen</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="93"/>
        <source>Advice for women affected by violence, day and night, in many languages.</source>
        <translation>Asesoramiento para mujeres afectadas por la violencia, de día y de noche, en muchos idiomas.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="97"/>
        <source>Línea 024 de atención a la conducta suicida</source>
        <translation>Línea 024 de atención a la conducta suicida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="100"/>
        <source>Day and night, free of charge, when you are thinking about suicide or worried about someone.</source>
        <translation>De día y de noche, gratis, cuando pienses en el suicidio o te preocupe alguien.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="103"/>
        <source>016</source>
        <translation>016</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="104"/>
        <source>Information and advice for women affected by gender-based violence, day and night, free of charge.</source>
        <translation>Información y asesoramiento para mujeres afectadas por la violencia de género, de día y de noche, gratis.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="112"/>
        <source>Numéro national de prévention du suicide</source>
        <translation>Numéro national de prévention du suicide</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="115"/>
        <source>Day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>De día y de noche, cuando pienses en el suicidio o te preocupe alguien.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="118"/>
        <source>Violences Femmes Info</source>
        <translation>Violences Femmes Info</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="119"/>
        <source>Listening and advice for women affected by violence, and those around them.</source>
        <translation>Escucha y asesoramiento para mujeres víctimas de violencia, y para su entorno.</translation>
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
        <translation>Alguien con quien hablar, de día y de noche, gratis, pases por lo que pases.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="127"/>
        <source>National Domestic Abuse Helpline (Refuge)</source>
        <translation>National Domestic Abuse Helpline (Refuge)</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="130"/>
        <source>Free support for anyone experiencing domestic abuse, day and night.</source>
        <translation>Apoyo gratuito para cualquier persona que sufra violencia doméstica, de día y de noche.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="139"/>
        <source>113 Zelfmoordpreventie</source>
        <translation>113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="140"/>
        <source>When you are thinking about suicide or worried about someone.</source>
        <translation>Cuando pienses en el suicidio o te preocupe alguien.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="144"/>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Suicide &amp; Crisis Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="145"/>
        <source>Call or text, day and night, when you are in distress or thinking about suicide.</source>
        <translation>Llama o escribe, de día y de noche, cuando estés pasándolo mal o pienses en el suicidio.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="149"/>
        <source>National Domestic Violence Hotline</source>
        <translation>National Domestic Violence Hotline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="151"/>
        <source>Confidential support for anyone affected by abuse in a relationship, day and night.</source>
        <translation>Apoyo confidencial para cualquier persona afectada por el maltrato en una relación, de día y de noche.</translation>
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
        <translation>Brasil</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="166"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="167"/>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="168"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="169"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="170"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="171"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="172"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="173"/>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="174"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
</context>
<context>
    <name>Rekindle::TakeThingsSlowPage</name>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="28"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="30"/>
        <source>Foundation</source>
        <translation>Cimientos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="32"/>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="36"/>
        <source>Moving on is a full and good outcome. Take your time; this is for you alone.</source>
        <translation>Pasar página es un desenlace completo y bueno. Tómate tu tiempo; esto es solo para ti.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="37"/>
        <source>What I want in my &amp;next relationship:</source>
        <translation>Lo que quiero en mi &amp;próxima relación:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="38"/>
        <source>How I want to be treated, what I will offer, what I will not accept</source>
        <translation>Cómo quiero que me traten, lo que ofreceré, lo que no aceptaré</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="41"/>
        <source>Moving On</source>
        <translation>Pasar página</translation>
    </message>
</context>
<context>
    <name>Rekindle::TextRewrite</name>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="81"/>
        <source>Rekindle could not rewrite the journal&apos;s text.</source>
        <translation>Rekindle no ha podido reescribir el texto del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="163"/>
        <location filename="../app/storage/TextRewrite.cpp" line="195"/>
        <source>Cancelled: the journal was left as it was.</source>
        <translation>Cancelado: el diario se ha quedado como estaba.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="178"/>
        <source>Rekindle could not read the journal.</source>
        <translation>Rekindle no ha podido leer el diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ThoughtRecord</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="71"/>
        <source>Name each feeling, or remove the empty row.</source>
        <translation>Ponle nombre a cada sentimiento, o quita la fila vacía.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="73"/>
        <source>How strong a feeling is goes from %1 to %2.</source>
        <translation>La intensidad de un sentimiento va de %1 a %2.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="83"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="84"/>
        <source>Feelings and how strong they were</source>
        <translation>Sentimientos y su intensidad</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="85"/>
        <source>Automatic thought</source>
        <translation>Pensamiento automático</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="86"/>
        <source>Evidence for the thought</source>
        <translation>Pruebas a favor del pensamiento</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="87"/>
        <source>Evidence against the thought</source>
        <translation>Pruebas en contra del pensamiento</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="88"/>
        <source>A more balanced thought</source>
        <translation>Un pensamiento más equilibrado</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="89"/>
        <source>Feelings rated again</source>
        <translation>Sentimientos valorados de nuevo</translation>
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
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="34"/>
        <source>A thought record helps to look at a painful thought from the outside. Fill in what you can; you can come back to it.</source>
        <translation>Un registro de pensamientos ayuda a mirar un pensamiento doloroso desde fuera. Rellena lo que puedas; puedes volver a él más tarde.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situación</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>Where were you, what happened?</source>
        <translation>¿Dónde estabas, qué pasó?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="43"/>
        <source>&amp;Feelings and how strong they were (0–100)</source>
        <translation>Sentimientos y su &amp;intensidad (0–100)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="44"/>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>&amp;Automatic thought</source>
        <translation>Pensamiento &amp;automático</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>What went through your mind?</source>
        <translation>¿Qué se te pasó por la cabeza?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>Evidence &amp;for the thought</source>
        <translation>Pruebas a &amp;favor del pensamiento</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>What supports it?</source>
        <translation>¿Qué lo respalda?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="51"/>
        <source>Evidence a&amp;gainst the thought</source>
        <translation>Pruebas en &amp;contra del pensamiento</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="52"/>
        <source>What does not fit? What would a friend point out?</source>
        <translation>¿Qué no encaja? ¿Qué te señalaría una amistad?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="53"/>
        <source>A more &amp;balanced thought</source>
        <translation>Un pensamiento más &amp;equilibrado</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="54"/>
        <source>Taking all of it into account, what is a fairer way to see it?</source>
        <translation>Teniéndolo todo en cuenta, ¿qué forma más justa hay de verlo?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="56"/>
        <source>Feelings &amp;rated again</source>
        <translation>Sentimientos &amp;valorados de nuevo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="57"/>
        <source>Feelings rated again</source>
        <translation>Sentimientos valorados de nuevo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="59"/>
        <source>Rate the Same Feelings &amp;Again</source>
        <translation>Valorar de nuevo los &amp;mismos sentimientos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="81"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="83"/>
        <source>Save for &amp;Later</source>
        <translation>Guardar para &amp;después</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="193"/>
        <source>Not Saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="194"/>
        <source>This thought record could not be saved. If you close now, it will be lost. Close anyway?</source>
        <translation>No se ha podido guardar este registro de pensamientos. Si cierras ahora, se perderá. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrendStore</name>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="34"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>No se ha podido leer el historial del diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="63"/>
        <source>The mood history could not be read.</source>
        <translation>No se ha podido leer el historial de estados de ánimo.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="118"/>
        <source>The writing history could not be read.</source>
        <translation>No se ha podido leer el historial de escritura.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="145"/>
        <source>The progress of this step could not be read.</source>
        <translation>No se ha podido leer el progreso de este paso.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Trust</name>
    <message>
        <location filename="../app/core/Trust.cpp" line="19"/>
        <location filename="../app/core/Trust.cpp" line="24"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="20"/>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="21"/>
        <source>Broken</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="25"/>
        <source>Working on it</source>
        <translation>Trabajando en ello</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="26"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="29"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="30"/>
        <source>Them</source>
        <translation>La otra persona</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="31"/>
        <source>Both of us</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="39"/>
        <source>The day cannot be in the future. Choose today or an earlier day.</source>
        <translation>El día no puede estar en el futuro. Elige hoy o un día anterior.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="57"/>
        <source>Write what you shared.</source>
        <translation>Escribe lo que compartiste.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="59"/>
        <location filename="../app/core/Trust.cpp" line="98"/>
        <source>The text is too long: keep it under %1 characters.</source>
        <translation>El texto es demasiado largo: que no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="63"/>
        <source>Choose the day you shared it.</source>
        <translation>Elige el día en que lo compartiste.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="69"/>
        <source>Write the promise you made.</source>
        <translation>Escribe la promesa que hiciste.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="72"/>
        <source>Keep the promise under %1 characters.</source>
        <translation>Que la promesa no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="76"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota es demasiado larga: que no pase de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="80"/>
        <source>Choose the day you made the promise.</source>
        <translation>Elige el día en que hiciste la promesa.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="84"/>
        <source>The due date cannot be before the day the promise was made.</source>
        <translation>La fecha de vencimiento no puede ser anterior al día en que se hizo la promesa.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="87"/>
        <source>A promise cannot be settled before it was made.</source>
        <translation>Una promesa no se puede resolver antes de haberse hecho.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="95"/>
        <source>Write what the issue is about.</source>
        <translation>Escribe de qué trata el tema.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="102"/>
        <source>Choose the day it was raised.</source>
        <translation>Elige el día en que se planteó.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustStore</name>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="75"/>
        <source>This record is no longer in the journal.</source>
        <translation>Este registro ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="83"/>
        <location filename="../app/storage/TrustStore.cpp" line="225"/>
        <location filename="../app/storage/TrustStore.cpp" line="281"/>
        <source>The records could not be read.</source>
        <translation>No se han podido leer los registros.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="91"/>
        <source>The record could not be read.</source>
        <translation>No se ha podido leer el registro.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="116"/>
        <source>What you shared could not be saved.</source>
        <translation>No se ha podido guardar lo que compartiste.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="124"/>
        <source>Your changes could not be saved.</source>
        <translation>No se han podido guardar tus cambios.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="174"/>
        <source>The commitment could not be saved.</source>
        <translation>No se ha podido guardar el compromiso.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="186"/>
        <source>Your changes to the commitment could not be saved.</source>
        <translation>No se han podido guardar tus cambios en el compromiso.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="242"/>
        <source>The issue could not be saved.</source>
        <translation>No se ha podido guardar el tema.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="249"/>
        <source>Your changes to the issue could not be saved.</source>
        <translation>No se han podido guardar tus cambios en el tema.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="292"/>
        <source>The record could not be removed.</source>
        <translation>No se ha podido quitar el registro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustSummarySection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="22"/>
        <source>no promises settled yet</source>
        <translation>aún no hay promesas resueltas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="23"/>
        <source>%1 of %2 kept (%3%)</source>
        <translation>%1 de %2 cumplidas (%3&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="46"/>
        <source>Trust, in numbers</source>
        <translation>La confianza, en números</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="48"/>
        <source>Promises kept, last 30 days:</source>
        <translation>Promesas cumplidas, últimos 30 días:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="49"/>
        <source>Promises kept, last 90 days:</source>
        <translation>Promesas cumplidas, últimos 90 días:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="50"/>
        <source>Open issues:</source>
        <translation>Temas pendientes:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="51"/>
        <source>Overdue commitments:</source>
        <translation>Compromisos vencidos:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="52"/>
        <source>Numbers only tell part of the story. Trust grows from small things done reliably, and from being honest when they are not.</source>
        <translation>Los números solo cuentan una parte de la historia. La confianza crece con cosas pequeñas hechas con constancia, y con sinceridad cuando no se hacen.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TurnOnWork</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="63"/>
        <source>Choose a passphrase.</source>
        <translation>Elige una frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UndoNotice</name>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="18"/>
        <source>D&amp;ismiss</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="25"/>
        <source>Delete notice</source>
        <translation>Aviso de eliminación</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="32"/>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="33"/>
        <source>Bring the deleted record back (Ctrl+Z)</source>
        <translation>Recuperar lo eliminado (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="61"/>
        <source>Deleted ·</source>
        <extracomment>Shown for a few seconds after a delete, before the Undo button</extracomment>
        <translation>Se ha eliminado ·</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="71"/>
        <source>Could not delete: %1 It is back in your journal.</source>
        <translation>No se ha podido eliminar: %1 Vuelve a estar en tu diario.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="95"/>
        <source>Deleted. Undo with Control Z.</source>
        <translation>Se ha eliminado. Deshazlo con Control Z.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnlockWindow</name>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="30"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="33"/>
        <location filename="../app/ui/UnlockWindow.cpp" line="208"/>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="38"/>
        <source>Rekindle — Locked</source>
        <translation>Rekindle — Bloqueado</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="41"/>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="46"/>
        <source>What you wrote is kept encrypted on this computer. Type your passphrase to open it.</source>
        <translation>Lo que escribiste se guarda cifrado en este ordenador. Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="54"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="56"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="61"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="67"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="70"/>
        <source>The 55 characters you kept when you turned encryption on. Dashes, spaces and upper or lower case do not matter.</source>
        <translation>Los 55 caracteres que guardaste al activar el cifrado. Los guiones, los espacios y las mayúsculas o minúsculas no importan.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="93"/>
        <source>Opening your journal</source>
        <translation>Abriendo tu diario</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="99"/>
        <source>&amp;Support and helplines</source>
        <translation>&amp;Apoyo y líneas de ayuda</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="156"/>
        <source>If you are struggling, you do not have to unlock anything to reach someone:</source>
        <translation>Si lo estás pasando mal, no tienes que desbloquear nada para hablar con alguien:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use my &amp;passphrase</source>
        <translation>&amp;Usar mi frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use the &amp;recovery key</source>
        <translation>Usar la clave de recupe&amp;ración</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation type="vanished">Preparando la búsqueda…</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessage</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="36"/>
        <source>Write what you would like to tell them first.</source>
        <translation>Escribe primero lo que te gustaría decirle.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="38"/>
        <source>This message is too long to keep. Split it into several.</source>
        <translation>Este mensaje es demasiado largo para guardarlo. Divídelo en varios.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="51"/>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="53"/>
        <source>Let go</source>
        <translation>Soltado</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="55"/>
        <source>Kept for later</source>
        <translation>Guardado para después</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageModel</name>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="54"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
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
        <translation>Elige primero un mensaje.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageStore</name>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="69"/>
        <source>The message could not be kept.</source>
        <translation>No se ha podido guardar el mensaje.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="76"/>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="93"/>
        <source>Your changes to the message could not be saved.</source>
        <translation>No se han podido guardar tus cambios en el mensaje.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="111"/>
        <source>The message could not be deleted.</source>
        <translation>No se ha podido eliminar el mensaje.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="118"/>
        <source>The message could not be read.</source>
        <translation>No se ha podido leer el mensaje.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="126"/>
        <source>The messages could not be read.</source>
        <translation>No se han podido leer los mensajes.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessagesSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="29"/>
        <source>&amp;Keep It Here</source>
        <translation>&amp;Guardarlo aquí</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="34"/>
        <source>&amp;Let It Go</source>
        <translation>&amp;Soltarlo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="35"/>
        <source>Keep for &amp;Later</source>
        <translation>Guardar para &amp;después</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="36"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="41"/>
        <source>What I want to tell them</source>
        <translation>Lo que quiero decirle</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="42"/>
        <source>Write what you want to tell them. It stays in your journal: Rekindle never sends anything.</source>
        <translation>Escribe lo que quieres decirle. Se queda en tu diario: Rekindle nunca envía nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="47"/>
        <source>Unsent messages, newest first</source>
        <translation>Mensajes sin enviar, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="55"/>
        <source>No unsent messages yet. When you feel the pull to write to them, write it above instead and press Keep It Here.</source>
        <translation>Aún no hay mensajes sin enviar. Cuando sientas el impulso de escribirle, escríbelo arriba y pulsa «Guardarlo aquí».</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="58"/>
        <source>The selected message</source>
        <translation>El mensaje seleccionado</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="65"/>
        <source>Write it, don&apos;t send it</source>
        <translation>Escríbelo, no lo envíes</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="141"/>
        <source>Kept, not sent. Read it again tomorrow, with fresh eyes, before deciding anything.</source>
        <translation>Guardado, sin enviar. Vuelve a leerlo mañana, con otros ojos, antes de decidir nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="159"/>
        <source>Choose a message to read it again.</source>
        <translation>Elige un mensaje para volver a leerlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="169"/>
        <source>Written %1. %2.</source>
        <translation>Escrito el %1. %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="171"/>
        <source>Written %1. A day has passed: read it again. Does it still feel true? Let it go, or keep it for later.</source>
        <translation>Escrito el %1. Ha pasado un día: vuelve a leerlo. ¿Sigue pareciéndote cierto? Suéltalo, o guárdalo para después.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="175"/>
        <source>Written %1. Give it a day before you decide anything about it.</source>
        <translation>Escrito el %1. Deja pasar un día antes de decidir nada sobre él.</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation type="vanished">Eliminar el mensaje</translation>
    </message>
    <message>
        <source>Delete this unsent message for good?</source>
        <translation type="vanished">¿Eliminar este mensaje sin enviar para siempre?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Eliminar</translation>
    </message>
</context>
<context>
    <name>Rekindle::Urge</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="19"/>
        <source>Rate how strong the urge was from %1 (mild) to %2 (very strong).</source>
        <translation>Valora la fuerza del impulso de %1 (leve) a %2 (muy fuerte).</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="23"/>
        <source>Choose when the urge came.</source>
        <translation>Elige cuándo llegó el impulso.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="25"/>
        <source>An urge cannot be logged in the future.</source>
        <translation>No se puede anotar un impulso en el futuro.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="28"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>La nota es demasiado larga: que no pase de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ValueSealer</name>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="73"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked.</source>
        <translation>La clave del diario está dañada, así que no se puede desbloquear.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="106"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="115"/>
        <source>Rekindle could not encrypt this text.</source>
        <translation>Rekindle no ha podido cifrar este texto.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="138"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="145"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="166"/>
        <source>This text is damaged and cannot be read.</source>
        <translation>Este texto está dañado y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="141"/>
        <source>This text was encrypted by a newer version of Rekindle.</source>
        <translation>Este texto se cifró con una versión más reciente de Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="158"/>
        <source>This text cannot be read: it was changed, or it belongs to another place in the journal.</source>
        <translation>Este texto no se puede leer: se ha modificado, o pertenece a otro lugar del diario.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WelcomeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="21"/>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="28"/>
        <source>This is a private journal for the time after a breakup. It walks with you through five steps, at your own pace:</source>
        <translation>Este es un diario privado para el tiempo que sigue a una ruptura. Te acompaña en cinco pasos, a tu ritmo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="32"/>
        <source>Reconnecting is one possible path. Moving on is an equally good one, and the journal supports both. Nothing here is a test, and nothing is ever sent.</source>
        <translation>Volver a conectar es un camino posible. Pasar página es otro igual de bueno, y el diario acompaña los dos. Aquí nada es un examen, y nunca se envía nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="35"/>
        <source>When things are hard, Help ▸ Support and Safety lists helplines, and there is a link on every step.</source>
        <translation>Cuando las cosas se pongan difíciles, Ayuda ▸ Apoyo y seguridad muestra líneas de ayuda, y hay un enlace en cada paso.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>&amp;Start Writing</source>
        <translation>&amp;Empezar a escribir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="58"/>
        <source>You can also keep this journal encrypted with a passphrase, so that only you can read it, even if someone opens the file or finds this computer. Rekindle then asks for it when it starts and locks the journal when you step away. You can do this now or any time later in Preferences.</source>
        <translation>También puedes mantener este diario cifrado con una frase de contraseña, para que nadie más pueda leerlo, aunque alguien abra el archivo o encuentre este ordenador. Rekindle te la pedirá al arrancar y bloqueará el diario cuando te alejes. Puedes hacerlo ahora o más tarde en Preferencias.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="67"/>
        <source>&amp;Not Now, Start Writing</source>
        <translation>&amp;Ahora no, empezar a escribir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="69"/>
        <source>&amp;Protect With a Passphrase…</source>
        <translation>&amp;Proteger con una frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>Rekindle::WorkOnYourselfPage</name>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="27"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="29"/>
        <source>Small Wins</source>
        <translation>Pequeños logros</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritePass</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="168"/>
        <source>The file changed while it was imported. Nothing was changed.</source>
        <translation>El archivo ha cambiado mientras se importaba. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingActivityChart</name>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="21"/>
        <source>Journal writing per week</source>
        <translation>Escritura en el diario por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="22"/>
        <source>Nothing written in this period yet. Each entry you write shows here, week by week.</source>
        <translation>Aún no hay nada escrito en este periodo. Cada entrada que escribas aparecerá aquí, semana a semana.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="42"/>
        <source>Entries per week</source>
        <translation>Entradas por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="54"/>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="68"/>
        <source>Week of %1: %n entries</source>
        <translation>
            <numerusform>Semana del %1: %n entrada</numerusform>
            <numerusform>Semana del %1: %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingEdit</name>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="155"/>
        <source>No Suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="171"/>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="179"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
</context>
</TS>
