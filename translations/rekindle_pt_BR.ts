<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/models/JournalSession.cpp" line="33"/>
        <source>Rekindle could not create a folder for the sample journal.</source>
        <translation>O Rekindle não conseguiu criar uma pasta para o diário de exemplo.</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="250"/>
        <source>Rekindle Journal</source>
        <translation>Diário Rekindle</translation>
    </message>
    <message>
        <source>Rekindle</source>
        <translation type="vanished">Rekindle</translation>
    </message>
    <message>
        <source>Rekindle — Sample Journal</source>
        <translation type="vanished">Rekindle — Diário de exemplo</translation>
    </message>
</context>
<context>
    <name>Rekindle</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="29"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="43"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>A chave do diário está danificada, então não é possível desbloqueá-lo. Um backup ainda pode ter uma cópia intacta.</translation>
    </message>
    <message>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation type="vanished">O arquivo está danificado ou foi alterado, então não pode ser aberto.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation type="vanished">O arquivo está incompleto: foi cortado no meio, então não pode ser aberto.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="67"/>
        <source>The sample reflections could not be created.</source>
        <translation>Não foi possível criar as reflexões de exemplo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="175"/>
        <source>I saw a photo of them with friends, looking happy.</source>
        <translation>Vi uma foto da pessoa com amigos, parecendo feliz.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="177"/>
        <source>They have moved on completely and never think of me.</source>
        <translation>A pessoa já seguiu em frente de vez e nunca pensa em mim.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="178"/>
        <source>They look happy in the photo.</source>
        <translation>A pessoa parece feliz na foto.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="179"/>
        <source>One photo shows one moment. I look happy in photos on hard days too.</source>
        <translation>Uma foto mostra um momento. Eu também pareço feliz em fotos de dias difíceis.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="181"/>
        <source>I do not know how they feel. I can look after how I feel.</source>
        <translation>Não sei como a pessoa se sente. Posso cuidar de como eu me sinto.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="202"/>
        <source>What did I enjoy doing just for myself this week?</source>
        <translation>O que eu gostei de fazer só para mim nesta semana?</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="136"/>
        <source>The sample journal could not be created.</source>
        <translation>Não foi possível criar o diário de exemplo.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="84"/>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation>Esta anotação não existe mais. Talvez tenha sido excluída.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="53"/>
        <source>This goal no longer exists.</source>
        <translation>Esta meta não existe mais.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="60"/>
        <source>The journal folder %1 is a file, not a folder. Choose another folder.</source>
        <translation>A pasta do diário %1 é um arquivo, não uma pasta. Escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="64"/>
        <source>Rekindle cannot create the journal folder %1. Check that you may write there, or choose another folder.</source>
        <translation>O Rekindle não consegue criar a pasta do diário %1. Verifique se você tem permissão para gravar nela ou escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="78"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>O Rekindle não consegue ler o arquivo do diário %1. Verifique as permissões dele.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="85"/>
        <source>The journal file is damaged or is not a Rekindle journal. Rekindle left it unchanged.</source>
        <translation>O arquivo do diário está danificado ou não é um diário do Rekindle. O Rekindle não mexeu nele.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="103"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Este diário foi gravado por uma versão mais nova do Rekindle. Atualize o Rekindle para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="60"/>
        <source>Search index: damaged (%1)</source>
        <translation>Índice de busca: danificado (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="67"/>
        <source>Search index: damaged (%1 index entries, %2 without their text, for %3 records)</source>
        <translation>Índice de busca: danificado (%1 itens no índice, %2 sem o texto, para %3 registros)</translation>
    </message>
    <message>
        <source>Search index: holds %1 records, the journal %2</source>
        <translation type="vanished">Índice de busca: contém %1 registros, o diário %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="100"/>
        <source>%1: cannot be read</source>
        <translation>%1: não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="110"/>
        <source>%1, record %2: the text of &quot;%3&quot; is not valid UTF-8</source>
        <translation>%1, registro %2: o texto de &quot;%3&quot; não é UTF-8 válido</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="131"/>
        <source>Journal settings</source>
        <translation>Configurações do diário</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="133"/>
        <source>Text: all valid UTF-8</source>
        <translation>Texto: todo em UTF-8 válido</translation>
    </message>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="37"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation type="vanished">Não é possível importar o arquivo. Em %1: %2 Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="35"/>
        <source>null</source>
        <translation>nulo</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="37"/>
        <source>true/false</source>
        <translation>verdadeiro/falso</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="39"/>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="41"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="43"/>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="45"/>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="49"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="108"/>
        <source>&quot;%1&quot; is missing; it is required.</source>
        <translation>&quot;%1&quot; está faltando; é obrigatório.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="116"/>
        <source>&quot;%1&quot; must be an id: text of 1 to %2 characters, not %3.</source>
        <translation>&quot;%1&quot; deve ser um id: texto de 1 a %2 caracteres, não %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="119"/>
        <source>text of %1 characters</source>
        <translation>texto de %1 caracteres</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="125"/>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>&quot;%1&quot; deve ser texto, não %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="128"/>
        <source>&quot;%1&quot; is too long: %2 characters, at most %3 are allowed.</source>
        <translation>&quot;%1&quot; é longo demais: %2 caracteres, o máximo permitido é %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="137"/>
        <source>&quot;%1&quot; is blank; it must have some text.</source>
        <translation>&quot;%1&quot; está em branco; precisa ter algum texto.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="138"/>
        <source>&quot;%1&quot; is too short: it needs at least %2 characters besides spaces.</source>
        <translation>&quot;%1&quot; é curto demais: precisa de pelo menos %2 caracteres além dos espaços.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="146"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>&quot;%1&quot; deve ser um número inteiro de %2 a %3, não %4.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="155"/>
        <source>&quot;%1&quot; must be a date and time like 2026-03-14T09:30:00.000Z.</source>
        <translation>&quot;%1&quot; deve ser uma data e hora como 2026-03-14T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="160"/>
        <source>&quot;%1&quot; must be a day like 2026-03-14.</source>
        <translation>&quot;%1&quot; deve ser um dia como 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="176"/>
        <source>exactly one of %1 must be set, not %2.</source>
        <translation>exatamente um de %1 deve estar definido, não %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="187"/>
        <source>%1 (uid &quot;%2&quot;)</source>
        <translation>%1 (uid &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="196"/>
        <source>%1 The record&apos;s uid is &quot;%2&quot;.</source>
        <translation>%1 O uid do registro é &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="217"/>
        <source>The journal could not be read.</source>
        <translation>Não foi possível ler o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="228"/>
        <source>it appears twice; a file holds each name once.</source>
        <translation>aparece duas vezes; um arquivo contém cada nome uma só vez.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="84"/>
        <source>Rekindle cannot remove the leftover lock file %1. Check the permissions of its folder, or delete the file yourself.</source>
        <translation>O Rekindle não consegue remover o arquivo de trava que sobrou, %1. Verifique as permissões da pasta dele ou exclua o arquivo por conta própria.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="93"/>
        <source>This journal is open on another computer, “%1”. Close Rekindle there; if that computer is off, open the Rekindle window here to take the journal over.</source>
        <translation>Este diário está aberto em outro computador, “%1”. Feche o Rekindle lá; se aquele computador estiver desligado, abra a janela do Rekindle aqui para assumir o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="99"/>
        <source>This journal is already open in another Rekindle window. Switch to that window, or close it and try again.</source>
        <translation>Este diário já está aberto em outra janela do Rekindle. Vá para aquela janela ou feche-a e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="102"/>
        <source>This journal is in use by another program on this computer (%1, process %2). Close it and try again.</source>
        <translation>Este diário está sendo usado por outro programa neste computador (%1, processo %2). Feche-o e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="104"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="62"/>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Este item não existe mais. Talvez tenha sido excluído.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="35"/>
        <source>This reflection no longer exists. It may have been deleted.</source>
        <translation>Esta reflexão não existe mais. Talvez tenha sido excluída.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="96"/>
        <source>The reflection could not be read.</source>
        <translation>Não foi possível ler a reflexão.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="56"/>
        <source>This contact is no longer in the journal.</source>
        <translation>Este contato não está mais no diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="47"/>
        <source>This message is no longer in the journal.</source>
        <translation>Esta mensagem não está mais no diário.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="51"/>
        <source>The passphrase is too long (at most %1 bytes).</source>
        <translation>A frase-senha é longa demais (no máximo %1 bytes).</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="63"/>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>A frase-senha não é um texto UTF-8 válido.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="158"/>
        <source>No passphrase was typed.</source>
        <translation>Nenhuma frase-senha foi digitada.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="38"/>
        <source>The search index could not be restored.</source>
        <translation>Não foi possível restaurar o índice de busca.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="46"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="48"/>
        <source>The font of your entries. It is kept on this computer, not in the journal.</source>
        <translation>A fonte das suas anotações. Ela fica guardada neste computador, não no diário.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="53"/>
        <source>Text &amp;font:</source>
        <translation>&amp;Fonte do texto:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="56"/>
        <source>Text si&amp;ze:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="64"/>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="74"/>
        <source>&amp;Spelling language:</source>
        <translation>&amp;Idioma da ortografia:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="83"/>
        <source>Spell checking is off: no dictionary was found on this computer. Install one (on Debian and Ubuntu a hunspell-* package, such as hunspell-en-us) and open Preferences again.</source>
        <translation>A verificação ortográfica está desativada: nenhum dicionário foi encontrado neste computador. Instale um (no Debian e no Ubuntu, um pacote hunspell-*, como hunspell-pt-br) e abra as Preferências de novo.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="87"/>
        <source>The language and the words you add are kept in the journal.</source>
        <translation>O idioma e as palavras que você adicionar ficam guardados no diário.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WritingPreferences.cpp" line="105"/>
        <source>Writing</source>
        <translation>Escrita</translation>
    </message>
</context>
<context>
    <name>Rekindle::AboutDialog</name>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="20"/>
        <source>About Rekindle</source>
        <translation>Sobre o Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="36"/>
        <source>A private journal that walks you through five steps after a breakup, at your own pace. Moving on is a good outcome too.</source>
        <translation>Um diário privado que acompanha você por cinco passos depois de um término, no seu ritmo. Seguir em frente também é um bom desfecho.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="38"/>
        <source>Everything you write stays on this computer. Rekindle never uses the network and collects nothing.</source>
        <translation>Tudo o que você escreve fica neste computador. O Rekindle nunca usa a rede e não coleta nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="40"/>
        <source>Your journal: %1</source>
        <translation>Seu diário: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/AboutDialog.cpp" line="41"/>
        <source>Copyright 2026 The Rekindle authors. Licensed under the GNU General Public License, version 3 or later. Built with Qt %1.</source>
        <translation>Copyright 2026 Os autores do Rekindle. Licenciado sob a Licença Pública Geral GNU, versão 3 ou posterior. Feito com Qt %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::AcknowledgePage</name>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="33"/>
        <source>Where I Stand</source>
        <translation>Onde estou</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="35"/>
        <source>My Part</source>
        <translation>Minha parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="37"/>
        <source>Space</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/AcknowledgePage.cpp" line="39"/>
        <source>Unsent Messages</source>
        <translation>Mensagens não enviadas</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupFile</name>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="56"/>
        <location filename="../app/storage/BackupFile.cpp" line="61"/>
        <source>The new backup cannot be read.</source>
        <translation>Não é possível ler o novo backup.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="63"/>
        <source>The new backup is damaged.</source>
        <translation>O novo backup está danificado.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="84"/>
        <source>A file named %1 already exists.</source>
        <translation>Já existe um arquivo chamado %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="91"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>O backup foi interrompido antes de terminar.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="101"/>
        <source>Rekindle cannot write the backup in %1. Check that you may write there and that the disk has room.</source>
        <translation>O Rekindle não consegue gravar o backup em %1. Verifique se você tem permissão para gravar lá e se há espaço no disco.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="115"/>
        <location filename="../app/storage/BackupFile.cpp" line="119"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>O Rekindle não conseguiu fazer o backup do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="126"/>
        <source>Rekindle could not finish writing the backup to the disk.</source>
        <translation>O Rekindle não conseguiu terminar de gravar o backup no disco.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="128"/>
        <source>The new backup is incomplete.</source>
        <translation>O novo backup está incompleto.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="133"/>
        <source>Rekindle could not give the backup its name %1.</source>
        <translation>O Rekindle não conseguiu dar ao backup o nome %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/BackupFile.cpp" line="204"/>
        <source>Rekindle cannot prepare the backup folder %1. Check its permissions.</source>
        <translation>O Rekindle não consegue preparar a pasta de backup %1. Verifique as permissões dela.</translation>
    </message>
</context>
<context>
    <name>Rekindle::BackupList</name>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="22"/>
        <source>Daily backup</source>
        <translation>Backup diário</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="24"/>
        <source>Before an update of Rekindle</source>
        <translation>Antes de uma atualização do Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="26"/>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="29"/>
        <source>Copy made by hand</source>
        <extracomment>A backup the person made with &quot;rekindle --backup&quot; and put in the backups folder.</extracomment>
        <translation>Cópia feita à mão</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="46"/>
        <source>No records</source>
        <translation>Nenhum registro</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="54"/>
        <source>Backups, newest first</source>
        <translation>Backups, do mais recente ao mais antigo</translation>
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
        <translation>Conteúdo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="75"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/BackupList.cpp" line="78"/>
        <source>Incomplete or damaged: cannot be restored</source>
        <translation>Incompleto ou danificado: não pode ser restaurado</translation>
    </message>
</context>
<context>
    <name>Rekindle::Backups</name>
    <message>
        <location filename="../app/storage/Backups.cpp" line="138"/>
        <location filename="../app/storage/Backups.cpp" line="338"/>
        <source>The backup %1 cannot be read.</source>
        <translation>Não é possível ler o backup %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="143"/>
        <location filename="../app/storage/Backups.cpp" line="154"/>
        <source>The backup cannot be read.</source>
        <translation>Não é possível ler o backup.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="209"/>
        <source>The search index could not be tidied.</source>
        <translation>Não foi possível organizar o índice de busca.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="225"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>O backup foi interrompido antes de terminar.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="255"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>O Rekindle não conseguiu fazer o backup do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="323"/>
        <source>An old backup could not be deleted: %1</source>
        <translation>Não foi possível excluir um backup antigo: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="335"/>
        <source>Rekindle could not make a temporary folder for the restore.</source>
        <translation>O Rekindle não conseguiu criar uma pasta temporária para a restauração.</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="346"/>
        <location filename="../app/storage/Backups.cpp" line="356"/>
        <source>The backup cannot be restored: %1</source>
        <translation>Não é possível restaurar o backup: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Backups.cpp" line="376"/>
        <location filename="../app/storage/Backups.cpp" line="382"/>
        <source>The current journal could not be backed up, so nothing was changed. %1</source>
        <translation>Não foi possível fazer backup do diário atual, então nada foi alterado. %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CalendarDialog</name>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="22"/>
        <source>1 entry</source>
        <translation>1 anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="23"/>
        <source>%1 entries</source>
        <translation>%1 anotações</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="35"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="38"/>
        <source>Days with writing</source>
        <translation>Dias em que você escreveu</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="40"/>
        <source>Days with entries are bold. Enter opens the first entry of the day; Page Up and Page Down change the month.</source>
        <translation>Os dias com anotações aparecem em negrito. Enter abre a primeira anotação do dia; Page Up e Page Down mudam o mês.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="53"/>
        <source>Days of the month</source>
        <translation>Dias do mês</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="54"/>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="55"/>
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="56"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="67"/>
        <source>&amp;Open Entry</source>
        <translation>&amp;Abrir anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="82"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="134"/>
        <source>%1 on this day.</source>
        <translation>%1 neste dia.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="83"/>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="135"/>
        <source>Nothing written on this day.</source>
        <translation>Nada escrito neste dia.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="133"/>
        <source>Nothing written this month.</source>
        <translation>Nada escrito neste mês.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CalendarDialog.cpp" line="147"/>
        <source>Nothing written on %1.</source>
        <translation>Nada escrito em %1.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CareActions</name>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="30"/>
        <source>Journal</source>
        <translation>Diário</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="40"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Apoio e segurança…</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="41"/>
        <source>&amp;Quick Hide</source>
        <translation>&amp;Ocultar rápido</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="44"/>
        <source>Helplines and your own support contacts</source>
        <translation>Linhas de apoio e seus próprios contatos de apoio</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="49"/>
        <source>Hide the window at once</source>
        <translation>Ocultar a janela na hora</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="51"/>
        <source>Hide the window at once (%1)</source>
        <translation>Ocultar a janela na hora (%1)</translation>
    </message>
    <message>
        <source>Hide the window at once (Ctrl+Shift+H)</source>
        <translation type="vanished">Ocultar a janela na hora (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../app/ui/CareActions.cpp" line="161"/>
        <source>A quiet moment for yourself, if you would like one.</source>
        <translation>Um momento tranquilo para você, se quiser.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CarePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="27"/>
        <source>Offer &amp;support resources after a very low mood or words of self-harm</source>
        <translation>Oferecer recursos de &amp;apoio depois de um humor muito baixo ou de palavras de autolesão</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="32"/>
        <source>Use a &amp;neutral window title (“Journal”)</source>
        <translation>Usar um título de janela &amp;neutro (“Diário”)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="39"/>
        <source>A gentle daily &amp;reminder at</source>
        <translation>Um &amp;lembrete diário e suave às</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="45"/>
        <source>Reminder time</source>
        <translation>Horário do lembrete</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="53"/>
        <source>Nothing here sends anything anywhere. The reminder shows no journal text and no names, says nothing about contacting anyone, and stays silent while the journey is about safety or a no.</source>
        <translation>Nada aqui envia coisa alguma para lugar nenhum. O lembrete não mostra texto do diário nem nomes, não diz nada sobre procurar alguém e fica em silêncio enquanto a jornada estiver tratando de segurança ou de um não.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/CarePreferences.cpp" line="72"/>
        <source>Care and Privacy</source>
        <translation>Cuidado e privacidade</translation>
    </message>
</context>
<context>
    <name>Rekindle::ChartStore</name>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="50"/>
        <source>The history of space could not be read.</source>
        <translation>Não foi possível ler o histórico de distância.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="88"/>
        <source>The goals could not be read.</source>
        <translation>Não foi possível ler as metas.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="116"/>
        <source>The check-ins could not be read.</source>
        <translation>Não foi possível ler as marcações.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="136"/>
        <source>The contacts could not be read.</source>
        <translation>Não foi possível ler os contatos.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="158"/>
        <source>The commitments could not be read.</source>
        <translation>Não foi possível ler os compromissos.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="173"/>
        <source>The milestones could not be read.</source>
        <translation>Não foi possível ler os marcos.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="210"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>Não foi possível ler o histórico do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/ChartStore.cpp" line="282"/>
        <location filename="../app/storage/ChartStore.cpp" line="297"/>
        <location filename="../app/storage/ChartStore.cpp" line="320"/>
        <location filename="../app/storage/ChartStore.cpp" line="348"/>
        <location filename="../app/storage/ChartStore.cpp" line="365"/>
        <source>The progress of this step could not be read.</source>
        <translation>Não foi possível ler o progresso deste passo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CheckReport</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="142"/>
        <source>Result: the journal is healthy.</source>
        <translation>Resultado: o diário está íntegro.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="144"/>
        <source>Result: problems found: %1</source>
        <translation>Resultado: problemas encontrados: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommandLine</name>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <source>Keep the journal in &lt;folder&gt; instead of the standard location.</source>
        <translation>Guardar o diário em &lt;folder&gt; em vez do local padrão.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="69"/>
        <location filename="../app/core/CommandLine.cpp" line="90"/>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="71"/>
        <source>Open a sample journal in a temporary folder, to look around. Your own journal is not touched.</source>
        <translation>Abrir um diário de exemplo em uma pasta temporária, para explorar. Seu próprio diário não é tocado.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>How many days of history the sample journal has (1 to 36500).</source>
        <translation>Quantos dias de histórico o diário de exemplo tem (1 a 36500).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="74"/>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>Average journal entries per day in the sample journal (0.1 to 20).</source>
        <translation>Média de anotações por dia no diário de exemplo (0,1 a 20).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="77"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="80"/>
        <source>Export the journal to FILE as &lt;format&gt; (json, csv, markdown, html or pdf), without opening a window. Unless --encrypt-export is given, the file is not encrypted: anyone who gets it can read it.</source>
        <translation>Exportar o diário para FILE no &lt;format&gt; (json, csv, markdown, html ou pdf), sem abrir uma janela. A menos que --encrypt-export seja usado, o arquivo não é criptografado: qualquer pessoa que o obtiver pode lê-lo.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="83"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="85"/>
        <source>Import a JSON export into the journal, adding what it does not have yet.</source>
        <translation>Importar uma exportação JSON para o diário, acrescentando o que ele ainda não tem.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="86"/>
        <location filename="../app/core/CommandLine.cpp" line="109"/>
        <location filename="../app/core/CommandLine.cpp" line="116"/>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="88"/>
        <source>With --import: replace the journal&apos;s content with the file&apos;s.</source>
        <translation>Com --import: substituir o conteúdo do diário pelo do arquivo.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="89"/>
        <source>Write a backup copy of the journal into &lt;folder&gt;.</source>
        <translation>Gravar uma cópia de backup do diário em &lt;folder&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="92"/>
        <source>Check the journal for damage and report; exit status 0 when healthy.</source>
        <translation>Verificar se o diário tem danos e relatar; código de saída 0 quando está íntegro.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="93"/>
        <source>With --export: only from this day (YYYY-MM-DD).</source>
        <translation>Com --export: só a partir deste dia (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="94"/>
        <location filename="../app/core/CommandLine.cpp" line="96"/>
        <source>day</source>
        <translation>dia</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="95"/>
        <source>With --export: only up to this day (YYYY-MM-DD).</source>
        <translation>Com --export: só até este dia (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>With --export: only this step (1 to 5).</source>
        <translation>Com --export: só este passo (1 a 5).</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="97"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="99"/>
        <source>Protect the journal with a passphrase: every text is encrypted. Asks for the new passphrase twice (or reads --passphrase-file), then shows the recovery key once.</source>
        <translation>Proteger o diário com uma frase-senha: todo texto é criptografado. Pede a nova frase-senha duas vezes (ou lê --passphrase-file) e depois mostra a chave de recuperação uma única vez.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="102"/>
        <source>Turn the journal&apos;s encryption off, after a confirmation: every text is then stored readable again.</source>
        <translation>Desativar a criptografia do diário, após uma confirmação: todo texto volta a ser guardado legível.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="104"/>
        <source>With --decrypt: do not ask for a confirmation.</source>
        <translation>Com --decrypt: não pedir confirmação.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="106"/>
        <source>Read the journal&apos;s passphrase (with --encrypt: the new one) from the first line of &lt;file&gt; instead of asking on the terminal. The way for scripts: keep the file private.</source>
        <translation>Ler a frase-senha do diário (com --encrypt: a nova) da primeira linha de &lt;file&gt; em vez de perguntar no terminal. O caminho para scripts: mantenha o arquivo privado.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="111"/>
        <source>With --export json: encrypt the file with a passphrase of its own, asked twice on the terminal or read from --export-passphrase-file.</source>
        <translation>Com --export json: criptografar o arquivo com uma frase-senha própria, pedida duas vezes no terminal ou lida de --export-passphrase-file.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="114"/>
        <source>The passphrase of an encrypted export (to write with --encrypt-export, or to read with --import), from the first line of &lt;file&gt;.</source>
        <translation>A frase-senha de uma exportação criptografada (para gravar com --encrypt-export ou para ler com --import), da primeira linha de &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="119"/>
        <source>A private journal that walks you through five steps after a breakup.</source>
        <translation>Um diário privado que acompanha você por cinco passos depois de um término.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="150"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir precisa de uma pasta.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="157"/>
        <source>--demo-days must be a whole number from 1 to 36500.</source>
        <translation>--demo-days deve ser um número inteiro de 1 a 36500.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="162"/>
        <source>--demo-entries-per-day must be a number from 0.1 to 20.</source>
        <translation>--demo-entries-per-day deve ser um número de 0.1 a 20.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="182"/>
        <source>--export needs a format: %1.</source>
        <translation>--export precisa de um formato: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="186"/>
        <source>--export needs the file to write, e.g. --export json journal.json</source>
        <translation>--export precisa do arquivo a gravar, por exemplo --export json journal.json</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="214"/>
        <source>Use one of --export, --import, --backup, --check, --encrypt and --decrypt at a time.</source>
        <translation>Use só uma opção por vez entre --export, --import, --backup, --check, --encrypt e --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="219"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="224"/>
        <source>--import and --backup need a file or folder.</source>
        <translation>--import e --backup precisam de um arquivo ou pasta.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="229"/>
        <source>--replace goes with --import.</source>
        <translation>--replace só vale com --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="234"/>
        <source>--from, --to and --step go with --export.</source>
        <translation>--from, --to e --step só valem com --export.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="243"/>
        <source>--from and --to need a day like 2026-03-14.</source>
        <translation>--from e --to precisam de um dia como 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="252"/>
        <source>--step must be a number from 1 to 5.</source>
        <translation>--step deve ser um número de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="258"/>
        <source>--from must not be after --to.</source>
        <translation>--from não pode ser depois de --to.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="272"/>
        <source>--%1 needs a file.</source>
        <translation>--%1 precisa de um arquivo.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="277"/>
        <source>--passphrase-file goes with --export, --import, --backup, --check, --encrypt or --decrypt.</source>
        <translation>--passphrase-file só vale com --export, --import, --backup, --check, --encrypt ou --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="283"/>
        <source>--yes goes with --decrypt.</source>
        <translation>--yes só vale com --decrypt.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="289"/>
        <source>--encrypt-export goes with --export json: only a JSON export can be encrypted.</source>
        <translation>--encrypt-export só vale com --export json: só uma exportação JSON pode ser criptografada.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="295"/>
        <source>--export-passphrase-file goes with --encrypt-export or --import.</source>
        <translation>--export-passphrase-file só vale com --encrypt-export ou --import.</translation>
    </message>
    <message>
        <location filename="../app/core/CommandLine.cpp" line="310"/>
        <source>License GPL-3.0-or-later. Everything you write stays on this computer.</source>
        <translation>Licença GPL-3.0-or-later. Tudo o que você escreve fica neste computador.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentModel</name>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="71"/>
        <source>Overdue since %1</source>
        <translation>Atrasado desde %1</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="84"/>
        <source>%1 (overdue)</source>
        <translation>%1 (atrasado)</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="103"/>
        <source>Promise</source>
        <translation>Promessa</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="105"/>
        <source>Made on</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="107"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="109"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="111"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../app/models/CommitmentModel.cpp" line="156"/>
        <source>Choose a commitment first.</source>
        <translation>Escolha um compromisso primeiro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsChart</name>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="20"/>
        <source>Commitments kept</source>
        <translation>Compromissos cumpridos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="21"/>
        <source>No commitment was kept or broken in this period. When you mark a promise from step 4 as kept or broken, the share kept shows here.</source>
        <translation>Nenhum compromisso foi cumprido ou deixou de ser cumprido neste período. Quando você marcar uma promessa do passo 4 como cumprida ou não cumprida, a parcela cumprida aparece aqui.</translation>
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
        <translation>Cumpridos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per month</source>
        <translation>Decididos por mês</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="95"/>
        <source>Decided per week</source>
        <translation>Decididos por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="110"/>
        <source>%1% kept</source>
        <translation>%1% cumpridos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="111"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n cumprido</numerusform>
            <numerusform>%n cumpridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="112"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n não cumprido</numerusform>
            <numerusform>%n não cumpridos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="114"/>
        <source>No commitment was decided</source>
        <translation>Nenhum compromisso foi decidido</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Kept (%)</source>
        <translation>Cumpridos (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/CommitmentsChart.cpp" line="123"/>
        <source>Broken</source>
        <translation>Não cumpridos</translation>
    </message>
</context>
<context>
    <name>Rekindle::CommitmentsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="28"/>
        <source>D&amp;ue by:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="30"/>
        <source>&amp;Add Commitment</source>
        <translation>&amp;Adicionar compromisso</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="33"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Compromissos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="37"/>
        <source>Something small you can keep</source>
        <translation>Algo pequeno que você consiga cumprir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="44"/>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="49"/>
        <source>A promise I made</source>
        <translation>Uma promessa que eu fiz</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="51"/>
        <source>&amp;Promise:</source>
        <translation>P&amp;romessa:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="53"/>
        <source>&amp;Made on:</source>
        <translation>&amp;Feita em:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/CommitmentsSection.cpp" line="64"/>
        <source>Set Status to Kept or Broken when the time comes; overdue promises are shown in bold. Keeping small promises builds more trust than making big ones.</source>
        <translation>Mude a Situação para Cumprido ou Não cumprido quando chegar a hora; promessas atrasadas aparecem em negrito. Cumprir promessas pequenas constrói mais confiança do que fazer promessas grandes.</translation>
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
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="108"/>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="110"/>
        <source>The export is encrypted: it opens only with its passphrase.</source>
        <translation>A exportação está criptografada: só abre com a frase-senha dela.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="113"/>
        <source>Note: the export is not encrypted. Anyone who gets the file can read everything in it.</source>
        <translation>Atenção: a exportação não está criptografada. Qualquer pessoa que obtiver o arquivo pode ler tudo o que há nele.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="126"/>
        <source>Checking the file…</source>
        <translation>Verificando o arquivo…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="135"/>
        <source>The journal as it was is kept in %1</source>
        <translation>O diário como estava foi guardado em %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="137"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="146"/>
        <source>%1: %2 added</source>
        <translation>%1: %2 adicionados</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="158"/>
        <source>Imported 1 record.</source>
        <translation>1 registro importado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="159"/>
        <source>Imported %n records.</source>
        <translation>
            <numerusform>%n registro importado.</numerusform>
            <numerusform>%n registros importados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="161"/>
        <source>1 was already in the journal.</source>
        <translation>1 já estava no diário.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="162"/>
        <source>%n were already in the journal.</source>
        <translation>
            <numerusform>%n já estava no diário.</numerusform>
            <numerusform>%n já estavam no diário.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="164"/>
        <source>1 setting.</source>
        <translation>1 configuração.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ConsoleCommands.cpp" line="165"/>
        <source>%n settings.</source>
        <translation>
            <numerusform>%n configuração.</numerusform>
            <numerusform>%n configurações.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 records; %2 were already in the journal; %3 settings.</source>
        <translation type="vanished">Importados %1 registros; %2 já estavam no diário; %3 configurações.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="176"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="183"/>
        <source>Backed up to %1</source>
        <translation>Backup feito em %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="207"/>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="228"/>
        <source>The journal&apos;s write-ahead log (journal.sqlite3-wal) was lost after Rekindle was stopped: the last changes saved before that may be missing. A backup may still hold them.</source>
        <translation>O registro de escrita antecipada do diário (journal.sqlite3-wal) se perdeu depois que o Rekindle foi encerrado: as últimas alterações salvas antes disso podem estar faltando. Um backup ainda pode tê-las.</translation>
    </message>
    <message>
        <location filename="../app/cli/ConsoleCommands.cpp" line="272"/>
        <source>Run &apos;rekindle --help&apos; to see the options.</source>
        <translation>Execute &apos;rekindle --help&apos; para ver as opções.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactEvent</name>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="20"/>
        <source>Text message</source>
        <translation>Mensagem de texto</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="21"/>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="22"/>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="23"/>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="24"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="28"/>
        <source>No reply yet</source>
        <translation>Ainda sem resposta</translation>
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
        <translation>Fria</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="32"/>
        <source>Asked for space / said no</source>
        <translation>Pediu distância / disse não</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="36"/>
        <source>Light</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="38"/>
        <source>Heavy</source>
        <translation>Pesado</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="49"/>
        <source>Choose when the contact happened.</source>
        <translation>Escolha quando o contato aconteceu.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="52"/>
        <source>A contact cannot be logged in the future. Choose a time that has already passed.</source>
        <translation>Não é possível registrar um contato no futuro. Escolha um horário que já passou.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="56"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>A nota é longa demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="60"/>
        <source>The topics are too long: keep them under %1 characters.</source>
        <translation>Os assuntos são longos demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="64"/>
        <source>A response can only be recorded for a contact you made.</source>
        <translation>Só é possível registrar uma resposta para um contato que você fez.</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="110"/>
        <source>I reached out</source>
        <translation>Eu procurei</translation>
    </message>
    <message>
        <location filename="../app/core/ContactEvent.cpp" line="111"/>
        <source>They reached out</source>
        <translation>A outra pessoa procurou</translation>
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
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="130"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="132"/>
        <source>Tone</source>
        <translation>Tom</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="134"/>
        <source>Topics</source>
        <translation>Assuntos</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="136"/>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="138"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../app/models/ContactListModel.cpp" line="193"/>
        <source>Choose a contact first.</source>
        <translation>Escolha um contato primeiro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactLogSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="39"/>
        <source>&amp;Add to Log</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="40"/>
        <source>Check a &amp;Message…</source>
        <translation>Verificar uma &amp;mensagem…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="42"/>
        <source>Con&amp;tacts, newest first</source>
        <translation>Con&amp;tatos, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="58"/>
        <source>A few words: her new job, the concert</source>
        <translation>Poucas palavras: o emprego novo, o show</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="63"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="68"/>
        <source>Log a contact</source>
        <translation>Registrar um contato</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="78"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="79"/>
        <source>&amp;Who reached out:</source>
        <translation>Quem &amp;procurou:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="80"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="81"/>
        <source>T&amp;one:</source>
        <translation>T&amp;om:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="82"/>
        <source>Their &amp;response:</source>
        <translation>R&amp;esposta:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="83"/>
        <source>To&amp;pics:</source>
        <translation>A&amp;ssuntos:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="87"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="143"/>
        <source>Logged. When they reply, double-click the Response cell to record it.</source>
        <translation>Registrado. Quando a pessoa responder, clique duas vezes na célula Resposta para registrar.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ContactLogSection.cpp" line="152"/>
        <source>Logged as a message you sent.</source>
        <translation>Registrado como uma mensagem que você enviou.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ContactResponseChart</name>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="19"/>
        <source>My contacts and their responses</source>
        <translation>Meus contatos e as respostas</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="20"/>
        <source>No contacts you made in this period. When you log one, and how they responded, it shows here. Giving space is progress too.</source>
        <translation>Nenhum contato feito por você neste período. Quando você registrar um, e como a pessoa respondeu, ele aparece aqui. Dar distância também é progresso.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="77"/>
        <source>Per month</source>
        <translation>Por mês</translation>
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
            <numerusform>%n contato feito por você</numerusform>
            <numerusform>%n contatos feitos por você</numerusform>
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
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ContactResponseChart.cpp" line="102"/>
        <source>Contacts you made</source>
        <translation>Contatos feitos por você</translation>
    </message>
</context>
<context>
    <name>Rekindle::CoreDumps</name>
    <message>
        <location filename="../app/crypto/CoreDumps.cpp" line="36"/>
        <location filename="../app/crypto/CoreDumps.cpp" line="43"/>
        <source>Rekindle could not stop the system from saving its memory to disk after a crash.</source>
        <translation>O Rekindle não conseguiu impedir que o sistema salve a memória dele no disco depois de uma falha.</translation>
    </message>
</context>
<context>
    <name>Rekindle::CtrlTabLeaves</name>
    <message>
        <location filename="../app/ui/widgets/CtrlTabLeaves.cpp" line="38"/>
        <source>Tab types a tab here; %1 moves on to the next control, %2 back.</source>
        <translation>Aqui, Tab insere uma tabulação; %1 passa para o próximo controle, e %2 volta.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoJournal</name>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="119"/>
        <source>The sample journal could not be created.</source>
        <translation>Não foi possível criar o diário de exemplo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="28"/>
        <source>The first quiet evening</source>
        <translation>A primeira noite tranquila</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="29"/>
        <source>Why it ended</source>
        <translation>Por que terminou</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="30"/>
        <source>What I would do differently</source>
        <translation>O que eu faria diferente</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="31"/>
        <source>Not texting today</source>
        <translation>Hoje sem mandar mensagem</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="32"/>
        <source>Accepting it</source>
        <translation>Aceitando</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="33"/>
        <source>A wave of missing them</source>
        <translation>Uma onda de saudade</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="34"/>
        <source>Morning run</source>
        <translation>Corrida de manhã</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="35"/>
        <source>First pottery class</source>
        <translation>Primeira aula de cerâmica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="36"/>
        <source>Therapy session</source>
        <translation>Sessão de terapia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="37"/>
        <source>Cooking for myself</source>
        <translation>Cozinhando para mim</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="38"/>
        <source>A good week</source>
        <translation>Uma boa semana</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="39"/>
        <source>Learning to rest</source>
        <translation>Aprendendo a descansar</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="40"/>
        <source>Thinking about reaching out</source>
        <translation>Pensando em procurar a pessoa</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="41"/>
        <source>A short, friendly message</source>
        <translation>Uma mensagem curta e amigável</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="42"/>
        <source>They replied</source>
        <translation>A pessoa respondeu</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="43"/>
        <source>Coffee on Saturday</source>
        <translation>Café no sábado</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="44"/>
        <source>Keeping it light</source>
        <translation>Mantendo a leveza</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="45"/>
        <source>Waiting without pushing</source>
        <translation>Esperar sem forçar</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="46"/>
        <source>Being honest about my feelings</source>
        <translation>Ser sincero sobre o que sinto</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="47"/>
        <source>A promise kept</source>
        <translation>Uma promessa cumprida</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="48"/>
        <source>We talked about the hard part</source>
        <translation>Conversamos sobre a parte difícil</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="49"/>
        <source>Showing up on time</source>
        <translation>Chegar na hora</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="50"/>
        <source>Listening more</source>
        <translation>Ouvir mais</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="51"/>
        <source>A small doubt, said out loud</source>
        <translation>Uma pequena dúvida, dita em voz alta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="52"/>
        <source>No rush</source>
        <translation>Sem pressa</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="53"/>
        <source>A slow Sunday walk</source>
        <translation>Uma caminhada tranquila de domingo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="54"/>
        <source>Pacing myself</source>
        <translation>No meu ritmo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="55"/>
        <source>Noticing the pressure</source>
        <translation>Percebendo a pressão</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="56"/>
        <source>Grateful for today</source>
        <translation>Grato pelo dia de hoje</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="57"/>
        <source>Whatever happens, I am okay</source>
        <translation>Aconteça o que acontecer, eu estou bem</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="61"/>
        <source>I woke up thinking about them, and that is all right.</source>
        <translation>Acordei pensando na pessoa, e tudo bem.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="63"/>
        <source>I wrote down three things I am grateful for.</source>
        <translation>Anotei três coisas pelas quais sou grato.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="64"/>
        <source>I noticed the urge to check their profile and closed the app instead.</source>
        <translation>Percebi a vontade de olhar o perfil da pessoa e, em vez disso, fechei o aplicativo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="66"/>
        <source>I can see now that I stopped listening when I was stressed.</source>
        <translation>Agora vejo que eu parava de ouvir quando estava estressado.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="68"/>
        <source>Next time I feel defensive, I want to pause and ask a question first.</source>
        <translation>Da próxima vez que eu ficar na defensiva, quero parar e fazer uma pergunta primeiro.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="70"/>
        <source>The walk by the river helped more than I expected.</source>
        <translation>A caminhada na beira do rio ajudou mais do que eu esperava.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="72"/>
        <source>I talked to my sister and felt less alone.</source>
        <translation>Conversei com minha irmã e me senti menos sozinho.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="73"/>
        <source>My therapist asked what I need, not what they need. I did not know the answer.</source>
        <translation>Minha terapeuta perguntou do que eu preciso, não do que a outra pessoa precisa. Eu não sabia a resposta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="75"/>
        <source>I slept better last night.</source>
        <translation>Dormi melhor ontem à noite.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="76"/>
        <source>I am learning that space is a kindness, not a punishment.</source>
        <translation>Estou aprendendo que a distância é um cuidado, não um castigo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="78"/>
        <source>I finished the chapter I started last week.</source>
        <translation>Terminei o capítulo que comecei na semana passada.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="79"/>
        <source>I felt proud that I kept my word to myself.</source>
        <translation>Senti orgulho por ter cumprido a palavra que dei a mim mesmo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="80"/>
        <source>Some days are heavy. Today was one of them, and I got through it.</source>
        <translation>Alguns dias são pesados. Hoje foi um deles, e eu passei por ele.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="82"/>
        <source>I want to be someone who says what they feel calmly.</source>
        <translation>Quero ser alguém que diz o que sente com calma.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="84"/>
        <source>It was good to laugh with friends again.</source>
        <translation>Foi bom rir com os amigos de novo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="85"/>
        <source>I made a plan for the weekend that is just for me.</source>
        <translation>Fiz um plano para o fim de semana que é só para mim.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="87"/>
        <source>I reread an old message and did not reply. That was the right choice.</source>
        <translation>Reli uma mensagem antiga e não respondi. Foi a escolha certa.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="89"/>
        <source>A small step is still a step.</source>
        <translation>Um passo pequeno continua sendo um passo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="90"/>
        <source>I noticed I was rushing and slowed down on purpose.</source>
        <translation>Percebi que estava com pressa e desacelerei de propósito.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoJournal.cpp" line="92"/>
        <source>Honesty felt uncomfortable, and it also felt right.</source>
        <translation>A sinceridade foi desconfortável, e também pareceu certa.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoReflections</name>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="27"/>
        <source>We stopped making time for each other, and I stopped saying what I needed.</source>
        <translation>Paramos de arranjar tempo um para o outro, e eu parei de dizer do que precisava.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="29"/>
        <source>I could have listened instead of defending myself.</source>
        <translation>Eu poderia ter ouvido em vez de me defender.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="31"/>
        <source>I want to stop going quiet when I am hurt, and say it calmly instead.</source>
        <translation>Quero parar de me fechar quando estou magoado e, em vez disso, dizer com calma.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="33"/>
        <source>I would tell them to be gentle with themselves. So I will try.</source>
        <translation>Eu diria à pessoa para ser gentil consigo. Então vou tentar também.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="35"/>
        <source>No messages this week. If I feel the urge, I will write here instead.</source>
        <translation>Nenhuma mensagem nesta semana. Se sentir vontade, vou escrever aqui.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="37"/>
        <source>A long walk with my sister on Sunday.</source>
        <translation>Uma longa caminhada com minha irmã no domingo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="38"/>
        <source>Being more patient. I rush when I am anxious.</source>
        <translation>Ter mais paciência. Eu me apresso quando fico ansioso.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="40"/>
        <source>I went running twice and felt lighter afterwards.</source>
        <translation>Corri duas vezes e me senti mais leve depois.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="42"/>
        <source>I am proud that I booked the appointment I kept putting off.</source>
        <translation>Tenho orgulho de ter marcado a consulta que eu vivia adiando.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="44"/>
        <source>Something light: a photo of the dog at the beach.</source>
        <translation>Algo leve: uma foto do cachorro na praia.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="49"/>
        <source>Slept well.</source>
        <translation>Dormi bem.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="50"/>
        <source>A heavy morning, a better afternoon.</source>
        <translation>Uma manhã pesada, uma tarde melhor.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="51"/>
        <source>Good talk with a friend.</source>
        <translation>Boa conversa com uma amiga.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="52"/>
        <source>Missing them today.</source>
        <translation>Com saudade da pessoa hoje.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoReflections.cpp" line="53"/>
        <source>Busy at work, that helped.</source>
        <translation>Muito trabalho, e isso ajudou.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps12</name>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="31"/>
        <source>Arguments about my long hours</source>
        <translation>Brigas por causa das minhas longas horas de trabalho</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="32"/>
        <source>I kept cancelling plans and said work came first.</source>
        <translation>Eu vivia cancelando planos e dizia que o trabalho vinha primeiro.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="34"/>
        <source>Keep one evening a week free, and say so early when plans change.</source>
        <translation>Deixar uma noite por semana livre, e avisar cedo quando os planos mudarem.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="37"/>
        <source>The trip we never took</source>
        <translation>A viagem que nunca fizemos</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="38"/>
        <source>I brushed off what they wanted as not important.</source>
        <translation>Eu tratei o que a pessoa queria como se não fosse importante.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="40"/>
        <source>Ask what matters to them and listen to the whole answer.</source>
        <translation>Perguntar o que importa para a pessoa e ouvir a resposta inteira.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="43"/>
        <source>Snapping when I was stressed</source>
        <translation>Explodir quando eu estava estressado</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="44"/>
        <source>I took my stress out on them instead of naming it.</source>
        <translation>Eu descontava meu estresse na pessoa em vez de dizer o que sentia.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="46"/>
        <source>Notice the tension, say &quot;I am stressed&quot;, take ten minutes.</source>
        <translation>Perceber a tensão, dizer &quot;estou estressado&quot;, tirar dez minutos.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="49"/>
        <source>Checking their phone</source>
        <translation>Olhar o celular da pessoa</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="50"/>
        <source>My jealousy made them feel watched.</source>
        <translation>Meu ciúme fazia a pessoa se sentir vigiada.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="51"/>
        <source>Talk about my insecurity with a therapist.</source>
        <translation>Conversar sobre minha insegurança com um terapeuta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="67"/>
        <source>Morning run</source>
        <translation>Corrida de manhã</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="68"/>
        <source>Ten minutes of stretching</source>
        <translation>Dez minutos de alongamento</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="71"/>
        <source>Pottery class</source>
        <translation>Aula de cerâmica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="73"/>
        <source>Therapy session</source>
        <translation>Sessão de terapia</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="74"/>
        <source>Name my stress out loud</source>
        <translation>Dizer meu estresse em voz alta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="76"/>
        <source>Learn Spanish on the app</source>
        <translation>Aprender espanhol no aplicativo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="81"/>
        <source>Saw our song on the radio.</source>
        <translation>Tocou a nossa música no rádio.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="82"/>
        <source>Late at night, feeling lonely.</source>
        <translation>Tarde da noite, me sentindo sozinho.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="83"/>
        <source>Their birthday is next week.</source>
        <translation>O aniversário da pessoa é na semana que vem.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="84"/>
        <source>Wanted to tell them about my day.</source>
        <translation>Quis contar para a pessoa como foi meu dia.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="87"/>
        <source>Walked past our café.</source>
        <translation>Passei pelo nosso café.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="91"/>
        <source>Cooked a proper dinner for myself</source>
        <translation>Fiz um jantar de verdade para mim</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="92"/>
        <source>Went for a run in the rain</source>
        <translation>Fui correr na chuva</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="93"/>
        <source>Called my sister</source>
        <translation>Liguei para minha irmã</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="94"/>
        <source>Finished a book</source>
        <translation>Terminei um livro</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="95"/>
        <source>Said no to overtime</source>
        <translation>Disse não à hora extra</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="96"/>
        <source>Slept eight hours</source>
        <translation>Dormi oito horas</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="97"/>
        <source>Made a bowl that did not collapse</source>
        <translation>Fiz uma tigela que não desmoronou</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="98"/>
        <source>Sat with a sad feeling instead of texting</source>
        <translation>Fiquei com um sentimento triste em vez de mandar mensagem</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="99"/>
        <source>Tidied the flat</source>
        <translation>Arrumei o apartamento</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="100"/>
        <source>Went to the party and enjoyed it</source>
        <translation>Fui à festa e me diverti</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="104"/>
        <source>I keep replaying our last evening. I wish I had listened instead of defending myself. I am sorry for how I spoke to you.</source>
        <translation>Fico repassando nossa última noite. Queria ter ouvido em vez de me defender. Me desculpe pelo jeito como falei com você.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="107"/>
        <source>I saw the poster for the concert we talked about and thought of you. I hope you go.</source>
        <translation>Vi o cartaz do show de que a gente falou e pensei em você. Espero que você vá.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="110"/>
        <source>Please just answer me. I need to know if there is any chance.</source>
        <translation>Por favor, só me responda. Preciso saber se existe alguma chance.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="112"/>
        <source>I have been going to therapy. I am learning a lot about why I get so jealous.</source>
        <translation>Tenho feito terapia. Estou aprendendo muito sobre por que sinto tanto ciúme.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="118"/>
        <source>Asked if we could talk.</source>
        <translation>Perguntei se a gente podia conversar.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="119"/>
        <source>Sent a long message about how I feel.</source>
        <translation>Mandei uma mensagem longa sobre o que sinto.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="120"/>
        <source>Called, no answer.</source>
        <translation>Liguei, sem resposta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="121"/>
        <source>They asked for a book back.</source>
        <translation>A pessoa pediu um livro de volta.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="122"/>
        <source>Short, friendly reply.</source>
        <translation>Resposta curta e amigável.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps12.cpp" line="123"/>
        <source>Liked a photo of theirs.</source>
        <translation>Curti uma foto da pessoa.</translation>
    </message>
</context>
<context>
    <name>Rekindle::DemoSteps345</name>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="108"/>
        <source>our song</source>
        <translation>nossa música</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="22"/>
        <source>her new job</source>
        <translation>o emprego novo dela</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="23"/>
        <source>the concert</source>
        <translation>o show</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="24"/>
        <source>my pottery class</source>
        <translation>minha aula de cerâmica</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="25"/>
        <source>their sister</source>
        <translation>a irmã da pessoa</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="26"/>
        <source>a funny video</source>
        <translation>um vídeo engraçado</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="27"/>
        <source>the weather</source>
        <translation>o tempo</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="28"/>
        <source>a book we both like</source>
        <translation>um livro de que nós dois gostamos</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="31"/>
        <source>Asked how the first week went.</source>
        <translation>Perguntei como foi a primeira semana.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="32"/>
        <source>Sent a photo of my first bowl.</source>
        <translation>Mandei uma foto da minha primeira tigela.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="33"/>
        <source>Short and friendly.</source>
        <translation>Curta e amigável.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="34"/>
        <source>They asked about my sister.</source>
        <translation>A pessoa perguntou da minha irmã.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="35"/>
        <source>Talked for twenty minutes.</source>
        <translation>Conversamos por vinte minutos.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="39"/>
        <source>The café by the river</source>
        <translation>O café na beira do rio</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="40"/>
        <source>The park</source>
        <translation>O parque</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="41"/>
        <source>The market</source>
        <translation>A feira</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="42"/>
        <source>Museum</source>
        <translation>Museu</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="45"/>
        <source>Easy and light. We laughed about the cat.</source>
        <translation>Tranquilo e leve. Rimos do gato.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="46"/>
        <source>A bit awkward at first, then good.</source>
        <translation>Meio sem jeito no começo, depois bom.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="47"/>
        <source>Nice, but I talked too much about the past. Note to self.</source>
        <translation>Legal, mas falei demais do passado. Anotado para mim.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="52"/>
        <source>That I was nervous about meeting again.</source>
        <translation>Que eu estava nervoso por nos encontrarmos de novo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="53"/>
        <source>They said they were nervous too. It helped.</source>
        <translation>A pessoa disse que também estava nervosa. Ajudou.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="55"/>
        <source>That I understand now how my long hours hurt.</source>
        <translation>Que agora eu entendo como minhas longas horas de trabalho magoavam.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="57"/>
        <source>Quiet, then a thank you.</source>
        <translation>Silêncio, depois um obrigado.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="59"/>
        <source>That I am glad we can talk again.</source>
        <translation>Que estou feliz por podermos conversar de novo.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="60"/>
        <source>Warmly.</source>
        <translation>Com carinho.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="63"/>
        <source>Be on time for our walk</source>
        <translation>Chegar na hora para a nossa caminhada</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="64"/>
        <source>Call on Sunday evening</source>
        <translation>Ligar no domingo à noite</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="65"/>
        <source>Return the book I borrowed</source>
        <translation>Devolver o livro que peguei emprestado</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="66"/>
        <source>Keep Friday evening free</source>
        <translation>Deixar a sexta à noite livre</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="67"/>
        <source>Tell them when plans change, early</source>
        <translation>Avisar cedo quando os planos mudarem</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="68"/>
        <source>Not check my phone at dinner</source>
        <translation>Não olhar o celular no jantar</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="71"/>
        <source>I was late twice</source>
        <translation>Eu me atrasei duas vezes</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="72"/>
        <source>I text if I am running late.</source>
        <translation>Mando mensagem se for me atrasar.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="73"/>
        <source>They felt I pushed for an answer</source>
        <translation>A pessoa sentiu que eu pressionei por uma resposta</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="74"/>
        <source>No questions about us for now.</source>
        <translation>Nada de perguntas sobre nós por enquanto.</translation>
    </message>
    <message>
        <location filename="../app/storage/DemoSteps345.cpp" line="75"/>
        <source>Jealousy about a friend</source>
        <translation>Ciúme de uma amizade</translation>
    </message>
</context>
<context>
    <name>Rekindle::EmotionRatingsEditor</name>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="23"/>
        <source>Add a Feeling</source>
        <translation>Adicionar um sentimento</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="52"/>
        <source>%1: feeling</source>
        <translation>%1: sentimento</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="57"/>
        <source>A feeling, e.g. sad</source>
        <translation>Um sentimento, por exemplo tristeza</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="63"/>
        <source> of 100</source>
        <translation> de 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="64"/>
        <source>%1: how strong, 0 to 100</source>
        <translation>%1: intensidade, de 0 a 100</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="67"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EmotionRatingsEditor.cpp" line="68"/>
        <source>Remove this feeling</source>
        <translation>Remover este sentimento</translation>
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
        <translation>esperança</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="15"/>
        <source>grateful</source>
        <translation>gratidão</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="16"/>
        <source>proud</source>
        <translation>orgulho</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="17"/>
        <source>content</source>
        <translation>contentamento</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="18"/>
        <source>relieved</source>
        <translation>alívio</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="19"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="20"/>
        <source>lonely</source>
        <translation>solidão</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="21"/>
        <source>anxious</source>
        <translation>ansiedade</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="22"/>
        <source>angry</source>
        <translation>raiva</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="23"/>
        <source>guilty</source>
        <translation>culpa</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="24"/>
        <source>ashamed</source>
        <translation>vergonha</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="25"/>
        <source>confused</source>
        <translation>confusão</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="26"/>
        <source>tired</source>
        <translation>cansaço</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="27"/>
        <source>restless</source>
        <translation>inquietação</translation>
    </message>
    <message>
        <location filename="../app/core/Emotions.cpp" line="28"/>
        <source>jealous</source>
        <translation>ciúme</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptedExport</name>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="83"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="115"/>
        <source>The passphrase for the export is empty.</source>
        <translation>A frase-senha da exportação está vazia.</translation>
    </message>
    <message>
        <location filename="../app/storage/EncryptedExport.cpp" line="68"/>
        <location filename="../app/storage/EncryptedExport.cpp" line="125"/>
        <source>The file is encrypted: its passphrase is needed to read it.</source>
        <translation>O arquivo está criptografado: é preciso a frase-senha dele para lê-lo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EncryptionCommands</name>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="57"/>
        <source>%1: %2 of %3 values (%4%)</source>
        <translation>%1: %2 de %3 valores (%4%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EncryptionCommands.cpp" line="75"/>
        <source>%n older backup(s) were made before the journal was encrypted and can still be read by anyone who gets them:</source>
        <translation>
            <numerusform>%n backup antigo foi feito antes de o diário ser criptografado e ainda pode ser lido por qualquer pessoa que o obtiver:</numerusform>
            <numerusform>%n backups antigos foram feitos antes de o diário ser criptografado e ainda podem ser lidos por qualquer pessoa que os obtiver:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="81"/>
        <source>Deleting them does not wipe every trace on every disk: an SSD may keep old blocks for a while.</source>
        <translation>Excluí-los não apaga todos os vestígios em todos os discos: um SSD pode manter blocos antigos por um tempo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="84"/>
        <source>Delete them when you no longer need them.</source>
        <translation>Exclua-os quando não precisar mais deles.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="88"/>
        <source>Delete these backups now? [y/N]</source>
        <translation>Excluir estes backups agora? [s/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="90"/>
        <source>The backups were kept.</source>
        <translation>Os backups foram mantidos.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="96"/>
        <source>The unencrypted backups were deleted.</source>
        <translation>Os backups sem criptografia foram excluídos.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="107"/>
        <source>Passphrase of the journal: </source>
        <translation>Frase-senha do diário: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="118"/>
        <source>The sample journal is never encrypted: it holds nothing of yours.</source>
        <translation>O diário de exemplo nunca é criptografado: ele não guarda nada seu.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="122"/>
        <source>The journal is already encrypted. Nothing was changed.</source>
        <translation>O diário já está criptografado. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <source>New passphrase for the journal: </source>
        <translation>Nova frase-senha do diário: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="125"/>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>The same passphrase again: </source>
        <translation>A mesma frase-senha de novo: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="128"/>
        <source>Encrypting the journal. This can take a while for a large one; if it is stopped, the journal stays as it was.</source>
        <translation>Criptografando o diário. Isso pode demorar em um diário grande; se for interrompido, o diário continua como estava.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="130"/>
        <source>Encrypting</source>
        <translation>Criptografando</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="134"/>
        <source>The journal is now encrypted.</source>
        <translation>O diário agora está criptografado.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="136"/>
        <source>Your recovery key, shown only this once:</source>
        <translation>Sua chave de recuperação, mostrada só desta vez:</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="140"/>
        <source>Write it down or print it, and keep it somewhere safe, away from this computer. It opens the journal if you forget the passphrase, and anyone who has it can read the journal.</source>
        <translation>Anote ou imprima a chave e guarde em um lugar seguro, longe deste computador. Ela abre o diário se você esquecer a frase-senha, e qualquer pessoa que a tiver pode ler o diário.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="152"/>
        <source>The journal is not encrypted. Nothing was changed.</source>
        <translation>O diário não está criptografado. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="155"/>
        <source>Turning encryption off needs a confirmation, and there is no terminal to ask on. Add --yes to turn it off. Nothing was changed.</source>
        <translation>Desativar a criptografia precisa de uma confirmação, e não há terminal para perguntar. Adicione --yes para desativá-la. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="162"/>
        <source>Turn encryption off? Everything you wrote will be stored readable by anyone who gets the file. [y/N]</source>
        <translation>Desativar a criptografia? Tudo o que você escreveu ficará legível para qualquer pessoa que obtiver o arquivo. [s/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="167"/>
        <source>Encryption stays on. Nothing was changed.</source>
        <translation>A criptografia continua ativa. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="171"/>
        <source>Decrypting</source>
        <translation>Descriptografando</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="173"/>
        <source>The journal is no longer encrypted.</source>
        <translation>O diário não está mais criptografado.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="181"/>
        <source>Passphrase for the export: </source>
        <translation>Frase-senha da exportação: </translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="183"/>
        <source>Warning: the journal is encrypted, but this export will not be: anyone who gets the file can read everything in it. Use --encrypt-export (JSON) to protect it with a passphrase.</source>
        <translation>Atenção: o diário está criptografado, mas esta exportação não será: qualquer pessoa que obtiver o arquivo pode ler tudo o que há nele. Use --encrypt-export (JSON) para protegê-la com uma frase-senha.</translation>
    </message>
    <message>
        <location filename="../app/cli/EncryptionCommands.cpp" line="194"/>
        <source>Passphrase of the file %1: </source>
        <translation>Frase-senha do arquivo %1: </translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryEditor</name>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="34"/>
        <source>A title, if you like</source>
        <translation>Um título, se quiser</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="35"/>
        <source>Entry title</source>
        <translation>Título da anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="40"/>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="41"/>
        <source>Mood, from 1 (very low) to 10 (very good)</source>
        <translation>Humor, de 1 (muito baixo) a 10 (muito bom)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="42"/>
        <source>How you feel, from 1 (very low) to 10 (very good)</source>
        <translation>Como você se sente, de 1 (muito mal) a 10 (muito bem)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="45"/>
        <source>Entry text</source>
        <translation>Texto da anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="46"/>
        <source>Write freely. Everything is saved as you type and stays on this computer.</source>
        <translation>Escreva à vontade. Tudo é salvo enquanto você digita e fica neste computador.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="56"/>
        <source>Save status</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="63"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="65"/>
        <source>&amp;Mood:</source>
        <translation>&amp;Humor:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="118"/>
        <source>Written %1 at %2</source>
        <translation>Escrita em %1 às %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/EntryEditor.cpp" line="123"/>
        <source>edited %1</source>
        <translation>editada em %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryItemDelegate</name>
    <message>
        <location filename="../app/ui/widgets/EntryItemDelegate.cpp" line="27"/>
        <source>mood %1/10</source>
        <translation>humor %1/10</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryListModel</name>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="61"/>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <location filename="../app/models/EntryListModel.cpp" line="64"/>
        <source>%1, written %2</source>
        <translation>%1, escrita em %2</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrinter</name>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="58"/>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="61"/>
        <source>Print the open entry</source>
        <translation>Imprimir a anotação aberta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="63"/>
        <source>Print This &amp;Day…</source>
        <translation>Imprimir este &amp;dia…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="65"/>
        <source>Print every entry written on the open entry&apos;s day</source>
        <translation>Imprimir todas as anotações escritas no dia da anotação aberta</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="67"/>
        <source>Print This S&amp;tep…</source>
        <translation>Imprimir este p&amp;asso…</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="69"/>
        <source>Print every entry of the current step</source>
        <translation>Imprimir todas as anotações do passo atual</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="89"/>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="93"/>
        <source>mood %1 of 10</source>
        <translation>humor %1 de 10</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="109"/>
        <source>The text being written could not be saved, so it was not printed.</source>
        <translation>Não foi possível salvar o texto que estava sendo escrito, então ele não foi impresso.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="115"/>
        <source>There is nothing to print yet.</source>
        <translation>Ainda não há nada para imprimir.</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="139"/>
        <location filename="../app/ui/EntryPrinter.cpp" line="152"/>
        <source>Rekindle journal</source>
        <translation>Diário do Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="144"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Não foi possível gravar o PDF em “%1”.</translation>
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
        <translation>Anotações</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="161"/>
        <source>This &amp;entry</source>
        <translation>Esta &amp;anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="162"/>
        <source>Every entry of this &amp;day</source>
        <translation>Todas as anotações deste &amp;dia</translation>
    </message>
    <message>
        <location filename="../app/ui/EntryPrinter.cpp" line="163"/>
        <source>Every entry of this &amp;step</source>
        <translation>Todas as anotações deste pa&amp;sso</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryPrintout</name>
    <message>
        <location filename="../app/models/EntryPrintout.cpp" line="54"/>
        <source>Open an entry to print first.</source>
        <translation>Primeiro, abra uma anotação para imprimir.</translation>
    </message>
</context>
<context>
    <name>Rekindle::EntryStore</name>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="115"/>
        <source>The new entry could not be saved.</source>
        <translation>Não foi possível salvar a nova anotação.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="122"/>
        <location filename="../app/storage/EntryStore.cpp" line="136"/>
        <source>Your changes could not be saved.</source>
        <translation>Não foi possível salvar suas alterações.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="171"/>
        <source>The entry could not be deleted.</source>
        <translation>Não foi possível excluir a anotação.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="181"/>
        <location filename="../app/storage/EntryStore.cpp" line="204"/>
        <source>The entry could not be read.</source>
        <translation>Não foi possível ler a anotação.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="215"/>
        <source>The entries could not be read.</source>
        <translation>Não foi possível ler as anotações.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="248"/>
        <source>The days with entries could not be read.</source>
        <translation>Não foi possível ler os dias com anotações.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="262"/>
        <source>The entry could not be found.</source>
        <translation>Não foi possível encontrar a anotação.</translation>
    </message>
    <message>
        <location filename="../app/storage/EntryStore.cpp" line="267"/>
        <source>The entries could not be counted.</source>
        <translation>Não foi possível contar as anotações.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="35"/>
        <source>The &amp;whole journal</source>
        <translation>O diário &amp;inteiro</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="36"/>
        <source>From a &amp;date range</source>
        <translation>Um &amp;período de datas</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="37"/>
        <source>One &amp;step</source>
        <translation>Um p&amp;asso</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="41"/>
        <source>E&amp;ncrypt the file with a passphrase</source>
        <translation>&amp;Criptografar o arquivo com uma frase-senha</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="48"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="219"/>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="247"/>
        <source>Export Journal</source>
        <translation>Exportar diário</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="54"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="68"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="71"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="74"/>
        <source>Step to export</source>
        <translation>Passo a exportar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="76"/>
        <source>Step %1: %2</source>
        <translation>Passo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="79"/>
        <source>What to export</source>
        <translation>O que exportar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="83"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="96"/>
        <source>Only a JSON export can be encrypted. Rekindle asks for the passphrase when the file is imported.</source>
        <translation>Só uma exportação JSON pode ser criptografada. O Rekindle pede a frase-senha quando o arquivo for importado.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="100"/>
        <source>Passphrase for the file</source>
        <translation>Frase-senha do arquivo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="101"/>
        <source>The same passphrase again</source>
        <translation>A mesma frase-senha de novo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>Fra&amp;se-senha:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="109"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="114"/>
        <source>Protection</source>
        <translation>Proteção</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="127"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="162"/>
        <source>The file is encrypted: it opens only with this passphrase, and Rekindle cannot open it if the passphrase is forgotten.</source>
        <translation>O arquivo está criptografado: só abre com esta frase-senha, e o Rekindle não consegue abri-lo se ela for esquecida.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="165"/>
        <source>Your journal is encrypted, but this file will not be: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Seu diário está criptografado, mas este arquivo não estará: qualquer pessoa que o obtiver pode ler tudo o que há nele. Guarde-o em um lugar privado e exclua-o quando não precisar mais dele.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="169"/>
        <source>The exported file is not protected: anyone who gets it can read everything in it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>O arquivo exportado não está protegido: qualquer pessoa que o obtiver pode ler tudo o que há nele. Guarde-o em um lugar privado e exclua-o quando não precisar mais dele.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="183"/>
        <source>Type a passphrase for the file, twice.</source>
        <translation>Digite uma frase-senha para o arquivo, duas vezes.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="185"/>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases-senha não são iguais.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ExportDialog.cpp" line="217"/>
        <source>Rekindle Journal</source>
        <translation>Diário Rekindle</translation>
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
        <translation>Não foi possível gravar a exportação em %1: %2</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="79"/>
        <source>Rekindle Journal</source>
        <translation>Diário Rekindle</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="122"/>
        <source>JSON — complete, can be imported again</source>
        <translation>JSON — completo, pode ser importado de novo</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="124"/>
        <source>CSV — tables for a spreadsheet, one file per kind of record</source>
        <translation>CSV — tabelas para planilha, um arquivo por tipo de registro</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="126"/>
        <source>Markdown — plain text</source>
        <translation>Markdown — texto simples</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="128"/>
        <source>HTML — a web page</source>
        <translation>HTML — uma página da web</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="130"/>
        <source>PDF — for reading and printing</source>
        <translation>PDF — para ler e imprimir</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="139"/>
        <source>JSON, complete and re-importable (*.json)</source>
        <translation>JSON, completo e reimportável (*.json)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="141"/>
        <source>CSV tables, one file per kind of record (*.csv)</source>
        <translation>Tabelas CSV, um arquivo por tipo de registro (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="143"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="145"/>
        <source>Web page (*.html)</source>
        <translation>Página da web (*.html)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/export/Exporter.cpp" line="181"/>
        <source>Only a JSON export can be encrypted.</source>
        <translation>Só uma exportação JSON pode ser criptografada.</translation>
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
        <translation>O que eu compartilhei</translation>
    </message>
    <message>
        <location filename="../app/models/FeelingModel.cpp" line="84"/>
        <source>How it was received</source>
        <translation>Como foi recebido</translation>
    </message>
</context>
<context>
    <name>Rekindle::FeelingsSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="28"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="36"/>
        <source>What I shared, honestly</source>
        <translation>O que eu compartilhei, com sinceridade</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="38"/>
        <source>How they took it</source>
        <translation>Como a pessoa recebeu</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="42"/>
        <source>A feeling I shared</source>
        <translation>Um sentimento que compartilhei</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="50"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="51"/>
        <source>W&amp;hat I shared:</source>
        <translation>O que &amp;compartilhei:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="52"/>
        <source>How it was &amp;received:</source>
        <translation>Como foi &amp;recebido:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="59"/>
        <source>&amp;Feelings shared</source>
        <translation>&amp;Sentimentos compartilhados</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/FeelingsSection.cpp" line="76"/>
        <source>Saved. Saying how you feel takes courage.</source>
        <translation>Salvo. Dizer o que você sente exige coragem.</translation>
    </message>
</context>
<context>
    <name>Rekindle::FieldCodec</name>
    <message>
        <location filename="../app/storage/FieldCodec.cpp" line="70"/>
        <source>A value of %1 (field “%2” of record %3) could not be read. %4</source>
        <translation>Não foi possível ler um valor de %1 (campo “%2” do registro %3). %4</translation>
    </message>
</context>
<context>
    <name>Rekindle::FoundationSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="22"/>
        <source>not known yet</source>
        <translation>ainda não se sabe</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="24"/>
        <source>weak</source>
        <translation>fraca</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="26"/>
        <source>growing</source>
        <translation>crescendo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="28"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="49"/>
        <source>The foundation, over the last 90 days</source>
        <translation>Os alicerces, nos últimos 90 dias</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="53"/>
        <source>Open issues</source>
        <translation>Questões em aberto</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="75"/>
        <source>Trust is the share of promises kept (step 4); connection is the share of warm replies to your messages (step 3); open issues are those not yet resolved.</source>
        <translation>A confiança é a parcela de promessas cumpridas (passo 4); a conexão é a parcela de respostas calorosas às suas mensagens (passo 3); questões em aberto são as que ainda não foram resolvidas.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="97"/>
        <source>The foundation needs more time before bigger steps.</source>
        <translation>Os alicerces precisam de mais tempo antes de passos maiores.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/FoundationSection.cpp" line="98"/>
        <source>The foundation is holding. Keep the pace that got you here.</source>
        <translation>Os alicerces estão firmes. Mantenha o ritmo que trouxe você até aqui.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Goal</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="21"/>
        <source>Fitness</source>
        <translation>Atividade física</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="22"/>
        <source>New hobby</source>
        <translation>Novo hobby</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="23"/>
        <source>Professional help</source>
        <translation>Ajuda profissional</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="24"/>
        <source>Personal issue</source>
        <translation>Questão pessoal</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="25"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="33"/>
        <source>Give the goal a title, for example &quot;Walk for 20 minutes&quot;.</source>
        <translation>Dê um título à meta, por exemplo &quot;Caminhar 20 minutos&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="36"/>
        <source>The title is too long: keep it under %1 characters.</source>
        <translation>O título é longo demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="39"/>
        <source>Choose every day, or between 1 and 6 times a week.</source>
        <translation>Escolha todos os dias, ou de 1 a 6 vezes por semana.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="41"/>
        <source>Choose the day the goal starts.</source>
        <translation>Escolha o dia em que a meta começa.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="48"/>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="50"/>
        <source>Once a week</source>
        <translation>Uma vez por semana</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/Goal.cpp" line="51"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n vez por semana</numerusform>
            <numerusform>%n vezes por semana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 vezes por semana</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalAdherenceChart</name>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="21"/>
        <source>Goals kept per week</source>
        <translation>Metas cumpridas por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="22"/>
        <source>No goals to show for this period yet. Add a goal in step 2 and tick the days you work on it; each week&apos;s share of what you planned shows here.</source>
        <translation>Ainda não há metas para mostrar neste período. Adicione uma meta no passo 2 e marque os dias em que você se dedica a ela; a parcela do que você planejou em cada semana aparece aqui.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="31"/>
        <source>Goal to show</source>
        <translation>Meta a mostrar</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="32"/>
        <source>Show all goals together, or one goal</source>
        <translation>Mostrar todas as metas juntas, ou uma meta</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="36"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="48"/>
        <source>All goals</source>
        <translation>Todas as metas</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="52"/>
        <source>%1 (archived)</source>
        <translation>%1 (arquivada)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="101"/>
        <source>Check-ins done of planned</source>
        <translation>Marcações feitas / planejadas</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="119"/>
        <source>Kept</source>
        <translation>Cumprido</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="132"/>
        <source>Week of %1
%2% kept
%n check-in(s), %3 planned</source>
        <translation>
            <numerusform>Semana de %1
%2% cumprido
%n marcação, %3 planejadas</numerusform>
            <numerusform>Semana de %1
%2% cumprido
%n marcações, %3 planejadas</numerusform>
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
        <translation>Cumprido (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Check-ins</source>
        <translation>Marcações</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/GoalAdherenceChart.cpp" line="140"/>
        <source>Planned</source>
        <translation>Planejadas</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalCheckIn</name>
    <message>
        <location filename="../app/core/Goal.cpp" line="57"/>
        <source>Choose the day to check in.</source>
        <translation>Escolha o dia da marcação.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="59"/>
        <source>You can only check in for today or a day that has passed.</source>
        <translation>Você só pode marcar hoje ou um dia que já passou.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="61"/>
        <source>This goal started on %1; choose that day or a later one.</source>
        <translation>Esta meta começou em %1; escolha esse dia ou um posterior.</translation>
    </message>
    <message>
        <location filename="../app/core/Goal.cpp" line="65"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>A nota é longa demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalListModel</name>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 dias</translation>
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
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="135"/>
        <source>%1 of %2 this week</source>
        <translation>%1 de %2 nesta semana</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="156"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>%1 check-ins of about %2 asked for in the last %3 days</source>
        <translation type="vanished">%1 marcações de cerca de %2 previstas nos últimos %3 dias</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="97"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
        <translation>1 marcação de cerca de %1 previstas nos últimos %2 dias</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/GoalListModel.cpp" line="165"/>
        <source>%n check-ins of about %1 asked for in the last %2 days</source>
        <translation>
            <numerusform>%n marcação de cerca de %1 previstas nos últimos %2 dias</numerusform>
            <numerusform>%n marcações de cerca de %1 previstas nos últimos %2 dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="172"/>
        <source>Grew out of &quot;my part&quot;: %1</source>
        <translation>Nasceu de &quot;minha parte&quot;: %1</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Checked in today</source>
        <translation>Marcada hoje</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="174"/>
        <source>Not checked in today yet</source>
        <translation>Ainda não marcada hoje</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>checked in today</source>
        <translation>marcada hoje</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="181"/>
        <source>not checked in today</source>
        <translation>não marcada hoje</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="195"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="197"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="199"/>
        <source>Streak</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="201"/>
        <source>Best</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="203"/>
        <source>14 days</source>
        <translation>14 dias</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="205"/>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="207"/>
        <source>How often</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="209"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="211"/>
        <source>From my part</source>
        <translation>Da minha parte</translation>
    </message>
    <message>
        <location filename="../app/models/GoalListModel.cpp" line="244"/>
        <location filename="../app/models/GoalListModel.cpp" line="251"/>
        <location filename="../app/models/GoalListModel.cpp" line="258"/>
        <location filename="../app/models/GoalListModel.cpp" line="265"/>
        <source>Choose a goal first.</source>
        <translation>Escolha uma meta primeiro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalStore</name>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="80"/>
        <source>The goal could not be saved.</source>
        <translation>Não foi possível salvar a meta.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="93"/>
        <source>The goal could not be made.</source>
        <translation>Não foi possível criar a meta.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="102"/>
        <source>Work on: %1</source>
        <translation>Trabalhar em: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="131"/>
        <source>Your changes to the goal could not be saved.</source>
        <translation>Não foi possível salvar suas alterações na meta.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be archived.</source>
        <translation>Não foi possível arquivar a meta.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="157"/>
        <source>The goal could not be restored.</source>
        <translation>Não foi possível restaurar a meta.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="168"/>
        <location filename="../app/storage/GoalStore.cpp" line="175"/>
        <source>The goal could not be read.</source>
        <translation>Não foi possível ler a meta.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="189"/>
        <source>The goals could not be read.</source>
        <translation>Não foi possível ler as metas.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="200"/>
        <source>The check-in could not be saved.</source>
        <translation>Não foi possível salvar a marcação.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="235"/>
        <source>The check-in could not be removed.</source>
        <translation>Não foi possível remover a marcação.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="259"/>
        <source>The check-in could not be read.</source>
        <translation>Não foi possível ler a marcação.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="276"/>
        <source>The check-ins could not be read.</source>
        <translation>Não foi possível ler as marcações.</translation>
    </message>
    <message>
        <location filename="../app/storage/GoalStore.cpp" line="291"/>
        <source>The check-ins could not be counted.</source>
        <translation>Não foi possível contar as marcações.</translation>
    </message>
</context>
<context>
    <name>Rekindle::GoalsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="39"/>
        <source>&amp;Add Goal</source>
        <translation>&amp;Adicionar meta</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="40"/>
        <source>Show a&amp;rchived goals</source>
        <translation>Mostrar metas ar&amp;quivadas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="45"/>
        <source>&amp;Check In</source>
        <translation>Mar&amp;car</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="46"/>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>Arc&amp;hive</source>
        <translation>Arq&amp;uivar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="51"/>
        <source>For example: a 20-minute walk</source>
        <translation>Por exemplo: uma caminhada de 20 minutos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="56"/>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="57"/>
        <source>Once a week</source>
        <translation>Uma vez por semana</translation>
    </message>
    <message>
        <source>%1 times a week</source>
        <translation type="vanished">%1 vezes por semana</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="59"/>
        <source>%n times a week</source>
        <translation>
            <numerusform>%n vez por semana</numerusform>
            <numerusform>%n vezes por semana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="67"/>
        <source>A new goal, for yourself</source>
        <translation>Uma nova meta, para você</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="75"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="78"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="80"/>
        <source>How &amp;often:</source>
        <translation>&amp;Frequência:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="82"/>
        <source>&amp;Starts:</source>
        <translation>Começa &amp;em:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="93"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="115"/>
        <source>Optional note</source>
        <translation>Nota opcional</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="119"/>
        <source>Check in the selected goal for &amp;day:</source>
        <translation>Marcar a meta selecionada no &amp;dia:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="121"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="191"/>
        <source>No archived goals. Archive a goal you have finished or put aside; you can restore it any time.</source>
        <translation>Nenhuma meta arquivada. Arquive uma meta que você concluiu ou deixou de lado; você pode restaurá-la quando quiser.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="193"/>
        <source>No goals yet. Add one above: something for your body, a new hobby, or a first talk with a professional. Then tick it in the Today column each time you do it.</source>
        <translation>Ainda não há metas. Adicione uma acima: algo para o seu corpo, um novo hobby ou uma primeira conversa com um profissional. Depois marque a coluna Hoje cada vez que fizer.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="199"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/GoalsSection.cpp" line="239"/>
        <source>Checked in &quot;%1&quot; for %2.</source>
        <translation>&quot;%1&quot; marcada em %2.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportReader</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="377"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>Não é possível importar o arquivo. Em %1: %2 Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="379"/>
        <source>the whole file</source>
        <translation>o arquivo inteiro</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="380"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>uma exportação é um objeto JSON, e este arquivo é %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="383"/>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="384"/>
        <source>something else</source>
        <translation>outra coisa</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportSource</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="419"/>
        <source>%1 is not a file. Choose a Rekindle export to import. Nothing was changed.</source>
        <translation>%1 não é um arquivo. Escolha uma exportação do Rekindle para importar. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="423"/>
        <location filename="../app/storage/ImportReader.cpp" line="459"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>O Rekindle não consegue ler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="428"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 é grande demais para ser uma exportação do Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="434"/>
        <location filename="../app/storage/ImportReader.cpp" line="465"/>
        <location filename="../app/storage/ImportReader.cpp" line="478"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>Não é possível abrir %1: %2 Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportValidator</name>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="236"/>
        <source>The file cannot be imported. In %1: %2 Nothing was changed.</source>
        <translation>Não é possível importar o arquivo. Em %1: %2 Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="287"/>
        <location filename="../app/storage/ImportValidator.cpp" line="291"/>
        <location filename="../app/storage/ImportValidator.cpp" line="461"/>
        <source>it must be an object, not %1.</source>
        <translation>deve ser um objeto, não %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="313"/>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation>o nome de uma configuração deve ter de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="315"/>
        <source>a setting must be text, not %1.</source>
        <translation>uma configuração deve ser texto, não %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="317"/>
        <source>the setting is too long.</source>
        <translation>a configuração é longa demais.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="328"/>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation>O Rekindle não conhece registros deste tipo. O arquivo pode vir de uma versão mais nova do Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="339"/>
        <source>it must be a list, not %1.</source>
        <translation>deve ser uma lista, não %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="358"/>
        <source>a record must be an object, not %1.</source>
        <translation>um registro deve ser um objeto, não %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="363"/>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation>&quot;%1&quot; não é um campo deste tipo de registro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="387"/>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation>o uid &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="396"/>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation>tem o mesmo %1 que %2; o diário só pode manter um deles.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="445"/>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>isto não é uma exportação de diário do Rekindle (&quot;format&quot; deve ser &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="449"/>
        <source>it must be a whole number from 1.</source>
        <translation>deve ser um número inteiro a partir de 1.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="452"/>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation>o arquivo foi gravado por uma versão mais nova do Rekindle (formato %1; esta versão lê até o %2). Atualize o Rekindle para importá-lo.</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportValidator.cpp" line="486"/>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation>&quot;%1&quot; aponta para &quot;%2&quot;, que não está nem no arquivo nem no diário.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ImportWriter</name>
    <message>
        <location filename="../app/storage/ImportWriter.cpp" line="44"/>
        <source>The import could not be written; nothing was changed.</source>
        <translation>Não foi possível gravar a importação; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssueModel</name>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="96"/>
        <source>Raised on</source>
        <translation>Levantada em</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="98"/>
        <source>Raised by</source>
        <translation>Levantada por</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="100"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../app/models/IssueModel.cpp" line="104"/>
        <source>What we agreed</source>
        <translation>O que combinamos</translation>
    </message>
</context>
<context>
    <name>Rekindle::IssuesSection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="29"/>
        <source>&amp;Add Issue</source>
        <translation>&amp;Adicionar questão</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="40"/>
        <source>What it is about, in a few words</source>
        <translation>Do que se trata, em poucas palavras</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="44"/>
        <source>Something that came up</source>
        <translation>Algo que surgiu</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="52"/>
        <source>Raised &amp;by:</source>
        <translation>Levantada &amp;por:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="53"/>
        <source>&amp;On:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="57"/>
        <source>Wh&amp;at:</source>
        <translation>O q&amp;uê:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="64"/>
        <source>Face issues together, not around each other. When you agree on something, write it down under &quot;What we agreed&quot;.</source>
        <translation>Enfrentem as questões lado a lado, em vez de se desviarem um do outro. Quando chegarem a um acordo, anotem em &quot;O que combinamos&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/IssuesSection.cpp" line="73"/>
        <source>&amp;Issues</source>
        <translation>&amp;Questões</translation>
    </message>
</context>
<context>
    <name>Rekindle::Journal</name>
    <message>
        <location filename="../app/storage/Journal.cpp" line="144"/>
        <source>Rekindle cannot create the journal file in %1. Check that you may write there, or choose another folder.</source>
        <translation>O Rekindle não consegue criar o arquivo do diário em %1. Verifique se você tem permissão para gravar lá ou escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="155"/>
        <source>Rekindle cannot open the journal.</source>
        <translation>O Rekindle não consegue abrir o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="173"/>
        <source>The journal folder %1 holds no journal, and Rekindle cannot create one there because the folder cannot be changed. Choose another folder.</source>
        <translation>A pasta do diário %1 não contém nenhum diário, e o Rekindle não consegue criar um lá porque a pasta não pode ser alterada. Escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="183"/>
        <source>This journal was written by an older version of Rekindle and must be updated before it can be opened, but it cannot be changed where it is. Copy its folder to a place you may write to and open the copy; the file has not been changed.</source>
        <translation>Este diário foi gravado por uma versão mais antiga do Rekindle e precisa ser atualizado antes de ser aberto, mas não pode ser alterado onde está. Copie a pasta dele para um lugar onde você possa gravar e abra a cópia; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="203"/>
        <location filename="../app/storage/Journal.cpp" line="209"/>
        <location filename="../app/storage/Journal.cpp" line="321"/>
        <location filename="../app/storage/Journal.cpp" line="342"/>
        <source>Rekindle cannot read the journal.</source>
        <translation>O Rekindle não consegue ler o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="211"/>
        <source>The latest saves, in journal.sqlite3-wal beside it, cannot be read here.</source>
        <translation>Os últimos salvamentos, em journal.sqlite3-wal ao lado dele, não podem ser lidos aqui.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="312"/>
        <location filename="../app/storage/Journal.cpp" line="317"/>
        <location filename="../app/storage/Journal.cpp" line="337"/>
        <source>Rekindle cannot prepare the journal.</source>
        <translation>O Rekindle não consegue preparar o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="358"/>
        <source>Rekindle cannot read the journal&apos;s version.</source>
        <translation>O Rekindle não consegue ler a versão do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="360"/>
        <source>This journal was written by a newer version of Rekindle. Update Rekindle to open it; the file has not been changed.</source>
        <translation>Este diário foi gravado por uma versão mais nova do Rekindle. Atualize o Rekindle para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="371"/>
        <location filename="../app/storage/Journal.cpp" line="378"/>
        <source>Rekindle needs to update this journal but could not back it up first, so it left it unchanged. %1</source>
        <translation>O Rekindle precisa atualizar este diário, mas não conseguiu fazer um backup antes, então não mexeu nele. %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Journal.cpp" line="387"/>
        <location filename="../app/storage/Journal.cpp" line="393"/>
        <source>Rekindle could not update the journal.</source>
        <translation>O Rekindle não conseguiu atualizar o diário.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalAccess</name>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="51"/>
        <source>This journal is on a disk that can only be read (%1), so it is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>Este diário está em um disco que só permite leitura (%1), então está aberto somente para leitura: você pode ler, buscar, exportar e fazer backup, mas nada pode ser alterado nem salvo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="56"/>
        <source>The journal&apos;s folder (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>A pasta do diário (%1) está configurada para não ser alterada, então o diário está aberto somente para leitura: você pode ler, buscar, exportar e fazer backup, mas nada pode ser alterado nem salvo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="61"/>
        <source>The journal file (%1) is set so that it cannot be changed, so the journal is open read-only: you can read, search, export and back it up, but nothing can be changed or saved.</source>
        <translation>O arquivo do diário (%1) está configurado para não ser alterado, então o diário está aberto somente para leitura: você pode ler, buscar, exportar e fazer backup, mas nada pode ser alterado nem salvo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="77"/>
        <source>Rekindle could not allow changes to the journal in %1: you may not change its permissions, or the disk can only be read.</source>
        <translation>O Rekindle não conseguiu permitir alterações no diário em %1: você não tem permissão para mudar as permissões dele, ou o disco só permite leitura.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalAccess.cpp" line="81"/>
        <source>The journal in %1 still cannot be changed: the disk or the system does not allow it.</source>
        <translation>O diário em %1 ainda não pode ser alterado: o disco ou o sistema não permite.</translation>
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
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="35"/>
        <source>Save the journal, or part of it, as PDF, HTML, Markdown, JSON or CSV</source>
        <translation>Salvar o diário, ou parte dele, como PDF, HTML, Markdown, JSON ou CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="38"/>
        <source>Add the contents of a Rekindle JSON export to this journal</source>
        <translation>Adicionar a este diário o conteúdo de uma exportação JSON do Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="40"/>
        <source>Bring the journal back to an earlier day</source>
        <translation>Voltar o diário a um dia anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="46"/>
        <location filename="../app/ui/JournalActions.cpp" line="174"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Não foi possível fazer o backup de hoje: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="56"/>
        <source>The journal was exported.</source>
        <translation>O diário foi exportado.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="61"/>
        <source>Import a Journal Export</source>
        <translation>Importar uma exportação de diário</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="63"/>
        <source>Rekindle JSON export, plain or encrypted (*.json)</source>
        <translation>Exportação JSON do Rekindle, simples ou criptografada (*.json)</translation>
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
        <translation>Este arquivo está criptografado. Digite a frase-senha dele:</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="86"/>
        <source>Passphrase of the file</source>
        <translation>Frase-senha do arquivo</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="110"/>
        <source>Checking the file…</source>
        <translation>Verificando o arquivo…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="120"/>
        <source>How should the file&apos;s contents join this journal?</source>
        <translation>Como o conteúdo do arquivo deve entrar neste diário?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="122"/>
        <source>Add: keeps everything in the journal and adds what it does not have yet.
Replace: the journal becomes exactly the file&apos;s contents; the journal as it is now is kept as a backup first.</source>
        <translation>Adicionar: mantém tudo o que está no diário e acrescenta o que ele ainda não tem.
Substituir: o diário passa a ser exatamente o conteúdo do arquivo; antes, o diário como está agora é guardado em um backup.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="125"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalActions.cpp" line="126"/>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
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
        <translation>O diário foi restaurado a partir do backup.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalCheck</name>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="76"/>
        <source>Search index: %1 of 1 record indexed</source>
        <translation>Índice de busca: %1 de 1 registro no índice</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/JournalCheck.cpp" line="78"/>
        <source>Search index: %1 of %n records indexed</source>
        <translation>
            <numerusform>Índice de busca: %1 de %n registro no índice</numerusform>
            <numerusform>Índice de busca: %1 de %n registros no índice</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="156"/>
        <source>Journal: %1</source>
        <translation>Diário: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="157"/>
        <source>Schema version: %1 (this Rekindle writes %2)</source>
        <translation>Versão do esquema: %1 (este Rekindle grava a %2)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="164"/>
        <source>The integrity check could not run: %1</source>
        <translation>Não foi possível executar a verificação de integridade: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="167"/>
        <source>Database structure: %1</source>
        <translation>Estrutura do banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="169"/>
        <source>Database structure: ok</source>
        <translation>Estrutura do banco de dados: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="174"/>
        <source>Links between records: broken links in %1</source>
        <translation>Ligações entre registros: ligações quebradas em %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="177"/>
        <source>Links between records: ok</source>
        <translation>Ligações entre registros: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="184"/>
        <source>%1: cannot be read</source>
        <translation>%1: não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="200"/>
        <source>Search index: an encrypted journal&apos;s index on disk holds %1 records</source>
        <translation>Índice de busca: o índice em disco de um diário criptografado contém %1 registros</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="204"/>
        <source>Search index: in memory only (the journal is locked)</source>
        <translation>Índice de busca: só na memória (o diário está bloqueado)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="209"/>
        <source>Search index: ok</source>
        <translation>Índice de busca: ok</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="224"/>
        <source>Encrypted text: every value opens</source>
        <translation>Texto criptografado: todos os valores abrem</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="226"/>
        <source>Encrypted text: not checked (the journal is locked)</source>
        <translation>Texto criptografado: não verificado (o diário está bloqueado)</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalCheck.cpp" line="240"/>
        <source>Table &quot;%1&quot; is not known to export and restore (a missing RecordKinds entry)</source>
        <translation>A tabela &quot;%1&quot; não é conhecida pela exportação e restauração (falta uma entrada em RecordKinds)</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEncryption</name>
    <message>
        <location filename="../app/storage/JournalEncryption.cpp" line="19"/>
        <location filename="../app/storage/JournalEncryption.cpp" line="29"/>
        <source>This journal is not encrypted.</source>
        <translation>Este diário não está criptografado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalEntry</name>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="24"/>
        <source>Untitled entry</source>
        <translation>Anotação sem título</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/JournalEntry.cpp" line="34"/>
        <source>The title is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>O título é longo demais: mantenha abaixo de %n caractere.</numerusform>
            <numerusform>O título é longo demais: mantenha abaixo de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="39"/>
        <source>This entry is too long to save. Split it into several entries.</source>
        <translation>Esta anotação é longa demais para salvar. Divida-a em várias anotações.</translation>
    </message>
    <message>
        <location filename="../app/core/JournalEntry.cpp" line="42"/>
        <source>Mood must be between %1 and %2.</source>
        <translation>O humor deve estar entre %1 e %2.</translation>
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
        <translation>Não foi possível ler o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="367"/>
        <source>The export could not be written: %1</source>
        <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="513"/>
        <source>Rekindle Journal</source>
        <translation>Diário Rekindle</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalExport.cpp" line="514"/>
        <source>Exported on %1.</source>
        <translation>Exportado em %1.</translation>
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
        <translation>O arquivo não é uma exportação legível do Rekindle: %1 na linha %2, coluna %3. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="252"/>
        <source>the whole file</source>
        <translation>o arquivo inteiro</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="253"/>
        <source>an export is a JSON object, this is %1.</source>
        <translation>uma exportação é um objeto JSON, isto é %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="254"/>
        <source>something else</source>
        <translation>outra coisa</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="262"/>
        <source>Rekindle cannot read %1: %2</source>
        <translation>O Rekindle não consegue ler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="266"/>
        <source>%1 is too large to be a Rekindle export.</source>
        <translation>%1 é grande demais para ser uma exportação do Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="273"/>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>Não é possível abrir %1: %2 Nada foi alterado.</translation>
    </message>
    <message>
        <source>this is not a Rekindle journal export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="vanished">isto não é uma exportação de diário do Rekindle (&quot;format&quot; deve ser &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>it must be a whole number from 1.</source>
        <translation type="vanished">deve ser um número inteiro a partir de 1.</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Rekindle (format %1; this version reads up to %2). Update Rekindle to import it.</source>
        <translation type="vanished">o arquivo foi gravado por uma versão mais nova do Rekindle (formato %1; esta versão lê até o %2). Atualize o Rekindle para importá-lo.</translation>
    </message>
    <message>
        <source>it must be an object, not %1.</source>
        <translation type="vanished">deve ser um objeto, não %1.</translation>
    </message>
    <message>
        <source>a setting&apos;s name must be 1 to 200 characters.</source>
        <translation type="vanished">o nome de uma configuração deve ter de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>a setting must be text, not %1.</source>
        <translation type="vanished">uma configuração deve ser texto, não %1.</translation>
    </message>
    <message>
        <source>the setting is too long.</source>
        <translation type="vanished">a configuração é longa demais.</translation>
    </message>
    <message>
        <source>Rekindle does not know records of this kind. The file may come from a newer version of Rekindle.</source>
        <translation type="vanished">O Rekindle não conhece registros deste tipo. O arquivo pode vir de uma versão mais nova do Rekindle.</translation>
    </message>
    <message>
        <source>it must be a list, not %1.</source>
        <translation type="vanished">deve ser uma lista, não %1.</translation>
    </message>
    <message>
        <source>a record must be an object, not %1.</source>
        <translation type="vanished">um registro deve ser um objeto, não %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this kind of record.</source>
        <translation type="vanished">&quot;%1&quot; não é um campo deste tipo de registro.</translation>
    </message>
    <message>
        <source>the uid &quot;%1&quot; appears twice.</source>
        <translation type="vanished">o uid &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>it has the same %1 as %2; the journal can keep only one of them.</source>
        <translation type="vanished">tem o mesmo %1 que %2; o diário só pode manter um deles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to &quot;%2&quot;, which is neither in the file nor in the journal.</source>
        <translation type="vanished">&quot;%1&quot; aponta para &quot;%2&quot;, que não está nem no arquivo nem no diário.</translation>
    </message>
    <message>
        <source>The import could not be written; nothing was changed.</source>
        <translation type="vanished">Não foi possível gravar a importação; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalLock</name>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="127"/>
        <source>Rekindle cannot write in the journal folder %1. Check its permissions, or choose another folder.</source>
        <translation>O Rekindle não consegue gravar na pasta do diário %1. Verifique as permissões dela ou escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="150"/>
        <source>The journal is not held by another computer, so there is nothing to take over.</source>
        <translation>O diário não está preso a outro computador, então não há o que assumir.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalLock.cpp" line="154"/>
        <source>Rekindle cannot remove the lock file %1. Check the permissions of its folder.</source>
        <translation>O Rekindle não consegue remover o arquivo de trava %1. Verifique as permissões da pasta dele.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPanel</name>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="34"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nova anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="41"/>
        <source>Journal entries, newest first</source>
        <translation>Anotações do diário, da mais recente à mais antiga</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="vanished">Começar uma nova anotação (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="62"/>
        <source>Start a new entry (%1)</source>
        <translation>Começar uma nova anotação (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="65"/>
        <source>Delete the selected entry</source>
        <translation>Excluir a anotação selecionada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="68"/>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="260"/>
        <source>Delete Entry</source>
        <translation>Excluir anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="102"/>
        <source>Write the First Entry</source>
        <translation>Escrever a primeira anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="159"/>
        <source>Your entries could not be read from the journal: %1</source>
        <translation>Não foi possível ler suas anotações do diário: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="272"/>
        <source>Your changes are still being saved. Try again in a moment.</source>
        <translation>Suas alterações ainda estão sendo salvas. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="309"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Delete this entry? Its text will be removed from the journal for good.</source>
        <translation type="vanished">Excluir esta anotação? O texto dela será removido do diário para sempre.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="337"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="351"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="371"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/JournalPanel.cpp" line="434"/>
        <source>Open Entry</source>
        <translation>Abrir anotação</translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation type="vanished">Nova anotação</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="vanished">Não salvo</translation>
    </message>
    <message>
        <source>Your text is still here in the editor. Rekindle will try again as you keep writing.</source>
        <translation type="vanished">Seu texto continua aqui no editor. O Rekindle vai tentar de novo enquanto você continua escrevendo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalPrivacy</name>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="82"/>
        <source>Type your passphrase to open the journal.</source>
        <translation>Digite sua frase-senha para abrir o diário.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="93"/>
        <source>Type your recovery key to open the journal.</source>
        <translation>Digite sua chave de recuperação para abrir o diário.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="212"/>
        <source>Choose between 0 (never) and %1 minutes.</source>
        <translation>Escolha entre 0 (nunca) e %1 minutos.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="246"/>
        <source>Choose a passphrase first.</source>
        <translation>Escolha uma frase-senha primeiro.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="248"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="260"/>
        <location filename="../app/models/JournalPrivacy.cpp" line="276"/>
        <source>Rekindle is still busy with your passphrase. Try again in a moment.</source>
        <translation>O Rekindle ainda está ocupado com a sua frase-senha. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="274"/>
        <source>Choose a new passphrase first.</source>
        <translation>Escolha uma nova frase-senha primeiro.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="325"/>
        <source>Easy to guess for now. A few unrelated words, like a short odd sentence, are easy to remember and much harder to guess.</source>
        <translation>Fácil de adivinhar, por enquanto. Algumas palavras sem relação entre si, como uma frase curta e estranha, são fáceis de lembrar e muito mais difíceis de adivinhar.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="328"/>
        <source>A fair start. One more word would make it much harder to guess.</source>
        <translation>Um bom começo. Mais uma palavra a deixaria muito mais difícil de adivinhar.</translation>
    </message>
    <message>
        <location filename="../app/models/JournalPrivacy.cpp" line="329"/>
        <source>Hard to guess. Keep it where only you can find it.</source>
        <translation>Difícil de adivinhar. Guarde-a onde só você possa encontrá-la.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalRecovery</name>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="47"/>
        <source>The journal file is damaged. Rekindle has not changed it.</source>
        <translation>O arquivo do diário está danificado. O Rekindle não o alterou.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="61"/>
        <source>Rekindle cannot read the journal file %1. Check its permissions.</source>
        <translation>O Rekindle não consegue ler o arquivo do diário %1. Verifique as permissões dele.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="94"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="104"/>
        <source>The journal could not be checked.</source>
        <translation>Não foi possível verificar o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="153"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="159"/>
        <source>Rekindle could not move the damaged journal aside, so it changed nothing. Check that you may write in %1.</source>
        <translation>O Rekindle não conseguiu tirar o diário danificado do caminho, então não alterou nada. Verifique se você tem permissão para gravar em %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="174"/>
        <location filename="../app/storage/JournalRecovery.cpp" line="177"/>
        <source>The backup %1 is incomplete or damaged; choose another one.</source>
        <translation>O backup %1 está incompleto ou danificado; escolha outro.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="187"/>
        <source>Rekindle could not copy the backup %1 into the journal folder. Check that the disk has room.</source>
        <translation>O Rekindle não conseguiu copiar o backup %1 para a pasta do diário. Verifique se há espaço no disco.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="270"/>
        <source>Nothing could be read from the damaged journal. Restore a backup instead; the damaged file is kept.</source>
        <translation>Não foi possível ler nada do diário danificado. Restaure um backup; o arquivo danificado é mantido.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="274"/>
        <source>Rekindle could not make a temporary folder to read the journal.</source>
        <translation>O Rekindle não conseguiu criar uma pasta temporária para ler o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="280"/>
        <source>Rekindle cannot read the journal file %1.</source>
        <translation>O Rekindle não consegue ler o arquivo do diário %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="298"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalRecovery.cpp" line="306"/>
        <source>The export could not be written to %1. Check that the disk has room.</source>
        <translation>Não foi possível gravar a exportação em %1. Verifique se há espaço no disco.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalSpelling</name>
    <message>
        <location filename="../app/models/JournalSpelling.cpp" line="87"/>
        <source>There is no dictionary for %1 on this computer.</source>
        <translation>Não há um dicionário para %1 neste computador.</translation>
    </message>
</context>
<context>
    <name>Rekindle::JournalVault</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="153"/>
        <location filename="../app/storage/JournalVault.cpp" line="168"/>
        <source>Rekindle cannot read the journal&apos;s keys.</source>
        <translation>O Rekindle não consegue ler as chaves do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="172"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>A chave do diário está faltando, então o diário não pode ser desbloqueado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="194"/>
        <location filename="../app/storage/JournalVault.cpp" line="311"/>
        <location filename="../app/storage/JournalVault.cpp" line="377"/>
        <location filename="../app/storage/JournalVault.cpp" line="399"/>
        <location filename="../app/storage/JournalVault.cpp" line="415"/>
        <source>This journal is not encrypted.</source>
        <translation>Este diário não está criptografado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="199"/>
        <location filename="../app/storage/JournalVault.cpp" line="221"/>
        <source>The journal could not be unlocked.</source>
        <translation>Não foi possível desbloquear o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="203"/>
        <source>The journal could not be unlocked. Try again.</source>
        <translation>Não foi possível desbloquear o diário. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="255"/>
        <source>Rekindle could not encrypt the journal.</source>
        <translation>O Rekindle não conseguiu criptografar o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="257"/>
        <source>This journal is encrypted already.</source>
        <translation>Este diário já está criptografado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="259"/>
        <source>This journal is protected because it is damaged, so it cannot be encrypted. Rescue its content first.</source>
        <translation>Este diário está protegido porque está danificado, então não pode ser criptografado. Resgate o conteúdo dele primeiro.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="vanished">Escolha uma frase-senha.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="309"/>
        <source>Rekindle could not decrypt the journal.</source>
        <translation>O Rekindle não conseguiu descriptografar o diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="313"/>
        <location filename="../app/storage/JournalVault.cpp" line="416"/>
        <source>Unlock the journal first.</source>
        <translation>Desbloqueie o diário primeiro.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="397"/>
        <source>Rekindle could not change the passphrase.</source>
        <translation>O Rekindle não conseguiu mudar a frase-senha.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="379"/>
        <location filename="../app/storage/JournalVault.cpp" line="401"/>
        <source>This journal is protected because it is damaged, so its passphrase cannot be changed.</source>
        <translation>Este diário está protegido porque está danificado, então a frase-senha dele não pode ser mudada.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="385"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to change its passphrase; the journal has not been changed.</source>
        <translation>Este diário foi criptografado por uma versão mais nova do Rekindle. Atualize o Rekindle para mudar a frase-senha; o diário não foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="389"/>
        <source>Choose a new passphrase.</source>
        <translation>Escolha uma nova frase-senha.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="413"/>
        <source>Rekindle could not make a new recovery key.</source>
        <translation>O Rekindle não conseguiu criar uma nova chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="461"/>
        <source>Rekindle could not delete the unencrypted backup %1. Check its permissions, or delete it yourself.</source>
        <translation>O Rekindle não conseguiu excluir o backup sem criptografia %1. Verifique as permissões dele ou exclua-o por conta própria.</translation>
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
        <translation>Assuma só se o Rekindle estiver fechado em “%1”: o que for digitado lá depois disso pode se perder.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="50"/>
        <source>Take Over</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="51"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="150"/>
        <source>Rekindle — Sample Journal</source>
        <translation>Rekindle — Diário de exemplo</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="153"/>
        <source>Recovery &amp;Options…</source>
        <translation>&amp;Opções de recuperação…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="161"/>
        <source>%1 To keep it as it is, nothing more is saved to it. Choose Recovery Options to restore a backup or save what can be read.</source>
        <translation>%1 Para mantê-lo como está, nada mais é salvo nele. Escolha Opções de recuperação para restaurar um backup ou salvar o que puder ser lido.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="169"/>
        <source>The journal cannot be read whole, so it cannot be backed up before a restore. The backup can replace it here instead.</source>
        <translation>O diário não pode ser lido por inteiro, então não é possível fazer backup dele antes de uma restauração. Em vez disso, o backup pode substituí-lo aqui.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="175"/>
        <source>Rekindle was stopped without closing the journal, and the file that held its last saves (journal.sqlite3-wal) is gone. What was saved shortly before may be missing.</source>
        <translation>O Rekindle foi encerrado sem fechar o diário, e o arquivo que guardava os últimos salvamentos (journal.sqlite3-wal) sumiu. O que foi salvo pouco antes pode estar faltando.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="179"/>
        <source>A backup may still hold it: Recovery Options lists them.</source>
        <translation>Um backup ainda pode ter isso: as Opções de recuperação mostram os backups.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="213"/>
        <source>&amp;Lock Journal</source>
        <translation>&amp;Bloquear diário</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="216"/>
        <source>Lock the journal now: your passphrase opens it again</source>
        <translation>Bloquear o diário agora: sua frase-senha o abre de novo</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="235"/>
        <source>Preparing search: %1%</source>
        <translation>Preparando a busca: %1%</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="238"/>
        <source>Search is ready.</source>
        <translation>A busca está pronta.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="280"/>
        <source>Not locked: some of your writing could not be saved yet, and locking now would lose it. Rekindle keeps trying to save it.</source>
        <translation>Não bloqueado: parte do que você escreveu ainda não pôde ser salva, e bloquear agora faria isso se perder. O Rekindle continua tentando salvar.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="381"/>
        <source>&amp;Allow Changes…</source>
        <translation>&amp;Permitir alterações…</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="385"/>
        <source>Allow Rekindle to change this journal?</source>
        <translation>Permitir que o Rekindle altere este diário?</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="387"/>
        <source>Its folder or file was set so that it cannot be changed. Rekindle can give you, its owner, write permission again and open the journal for writing. Nothing else changes.</source>
        <translation>A pasta ou o arquivo dele foi configurado para não ser alterado. Como o diário é seu, o Rekindle pode devolver a você a permissão de gravação e abrir o diário para escrita. Nada mais muda.</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="390"/>
        <source>Allow Changes</source>
        <translation>Permitir alterações</translation>
    </message>
    <message>
        <location filename="../app/ui/JournalWindows.cpp" line="391"/>
        <source>Keep Read-Only</source>
        <translation>Manter só leitura</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="29"/>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="34"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="36"/>
        <source>How Rekindle gauges the pace of reconnecting. These inform; they never block anything.</source>
        <translation>Como o Rekindle avalia o ritmo da reaproximação. Isto serve para informar; nunca bloqueia nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="42"/>
        <source>Days of space before reaching &amp;out:</source>
        <translation>Dias de distância antes de &amp;procurar a pessoa:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="47"/>
        <source>Smallest &amp;gap between two milestones:</source>
        <translation>&amp;Intervalo mínimo entre dois marcos:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/JourneyPreferences.cpp" line="58"/>
        <source>Reconnecting</source>
        <translation>Reaproximação</translation>
    </message>
</context>
<context>
    <name>Rekindle::JourneyRules</name>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="50"/>
        <source>Staying Safe</source>
        <translation>Em segurança</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="51"/>
        <source>Respecting Their No</source>
        <translation>Respeitar o não</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="53"/>
        <source>Closure</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="55"/>
        <source>Moving On</source>
        <translation>Seguir em frente</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="70"/>
        <source>Keep yourself safe, with people you trust.</source>
        <translation>Cuide da sua segurança, com pessoas de confiança.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="72"/>
        <source>Honour their no, and look after yourself.</source>
        <translation>Respeite o não da outra pessoa e cuide de você.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="75"/>
        <source>Find closure in your own words.</source>
        <translation>Encontre um encerramento com suas próprias palavras.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="78"/>
        <source>Move on, at your own pace.</source>
        <translation>Siga em frente, no seu ritmo.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="93"/>
        <source>Your safety comes first. This step is about keeping distance, leaning on people you trust and knowing where help is. Support and safety services are listed under Help.</source>
        <translation>Sua segurança vem primeiro. Este passo é sobre manter distância, contar com pessoas de confiança e saber onde há ajuda. Os serviços de apoio e segurança estão em Ajuda.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="97"/>
        <source>They have said no, and honouring that is an act of care for both of you. This step is about giving that space fully and looking after yourself.</source>
        <translation>A pessoa disse não, e respeitar isso é um gesto de cuidado com vocês dois. Este passo é sobre dar essa distância por completo e cuidar de você.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="102"/>
        <source>Closure comes from within, not from the other person. Write what you could not say, and what you have learned. Nothing here is ever sent.</source>
        <translation>O encerramento vem de dentro, não da outra pessoa. Escreva o que você não conseguiu dizer e o que aprendeu. Nada aqui é enviado, nunca.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="106"/>
        <source>Moving on is a full and good outcome. Think about what matters to you next, at your own pace.</source>
        <translation>Seguir em frente é um desfecho pleno e bom. Pense no que importa para você daqui em diante, no seu ritmo.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="123"/>
        <source>Write about what helps you feel safe and steady. Begin with the button below or %1.</source>
        <translation>Escreva sobre o que ajuda você a se sentir em segurança e com firmeza. Comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="126"/>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or %1.</source>
        <translation>Escreva sobre como você está, agora que sabe como as coisas estão. Comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="130"/>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or %1.</source>
        <translation>Escreva o que você gostaria de ter dito, só para você. Comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="134"/>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or %1.</source>
        <translation>Escreva sobre o que você espera com alegria na sua própria vida. Comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <source>Write about what helps you feel safe and steady. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escreva sobre o que ajuda você a se sentir em segurança e com firmeza. Comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <source>Write about how you are, now that you know where things stand. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escreva sobre como você está, agora que sabe como as coisas estão. Comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <source>Write what you would have liked to say, just for yourself. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escreva o que você gostaria de ter dito, só para você. Comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <source>Write about what you are looking forward to in your own life. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escreva sobre o que você espera com alegria na sua própria vida. Comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="150"/>
        <source>Because a no was recorded, steps 3 to 5 now help you respect it and look after yourself; the tools for reaching out are put away. Only you can change this: by changing your answer in the safety check, or the reply you recorded.</source>
        <translation>Como um não foi registrado, os passos 3 a 5 agora ajudam você a respeitá-lo e a cuidar de você; as ferramentas para procurar a pessoa foram guardadas. Só você pode mudar isso: mudando sua resposta na verificação de segurança ou a resposta que você registrou.</translation>
    </message>
    <message>
        <location filename="../app/core/JourneyMode.cpp" line="155"/>
        <source>Because safety is at stake, steps 3 to 5 now help you stay safe and move on, with a safety plan in step 4; the tools for reaching out are put away. Only you can change this, in the safety check.</source>
        <translation>Como a segurança está em jogo, os passos 3 a 5 agora ajudam você a ficar em segurança e seguir em frente, com um plano de segurança no passo 4; as ferramentas para procurar a pessoa foram guardadas. Só você pode mudar isso, na verificação de segurança.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyAttempt</name>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="39"/>
        <source>The journal is unlocked.</source>
        <translation>O diário está desbloqueado.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="52"/>
        <source>The journal&apos;s key is missing, so the journal cannot be unlocked.</source>
        <translation>A chave do diário está faltando, então o diário não pode ser desbloqueado.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="57"/>
        <source>This journal was encrypted by a newer version of Rekindle. Update Rekindle to open it; the journal has not been changed.</source>
        <translation>Este diário foi criptografado por uma versão mais nova do Rekindle. Atualize o Rekindle para abri-lo; o diário não foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/KeyAttempt.cpp" line="68"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Digite a frase-senha do diário.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyEnvelope</name>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="66"/>
        <source>This is not a Rekindle journal key.</source>
        <translation>Isto não é uma chave de diário do Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyEnvelope.cpp" line="69"/>
        <source>This journal was encrypted by a newer version of Rekindle. Install the newer version to open it; this one leaves it as it is.</source>
        <translation>Este diário foi criptografado por uma versão mais nova do Rekindle. Instale a versão mais nova para abri-lo; esta versão não mexe nele.</translation>
    </message>
</context>
<context>
    <name>Rekindle::KeyWrap</name>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="93"/>
        <source>Rekindle could not protect the journal&apos;s key.</source>
        <translation>O Rekindle não conseguiu proteger a chave do diário.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="114"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked. A backup may still hold an intact copy.</source>
        <translation>A chave do diário está danificada, então não é possível desbloqueá-lo. Um backup ainda pode ter uma cópia intacta.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="130"/>
        <source>This passphrase does not unlock the journal. Check the keyboard layout and Caps Lock, or use the recovery key.</source>
        <translation>Esta frase-senha não desbloqueia o diário. Verifique o layout do teclado e o Caps Lock, ou use a chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="132"/>
        <location filename="../app/crypto/KeyWrap.cpp" line="144"/>
        <source>This recovery key does not belong to this journal.</source>
        <translation>Esta chave de recuperação não pertence a este diário.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="180"/>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Digite a frase-senha do diário.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeyWrap.cpp" line="218"/>
        <source>Choose a new passphrase.</source>
        <translation>Escolha uma nova frase-senha.</translation>
    </message>
</context>
<context>
    <name>Rekindle::LanguagePreferences</name>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="25"/>
        <source>System</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="32"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/LanguagePreferences.cpp" line="34"/>
        <source>“System” follows the languages your computer is set to. Dates and numbers follow the language too. A change takes effect the next time Rekindle starts.</source>
        <translation>“Como o sistema” segue os idiomas definidos no seu computador. As datas e os números também seguem o idioma. A mudança vale a partir da próxima vez que o Rekindle for aberto.</translation>
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
        <translation>O diário está bloqueado. Desbloqueie-o primeiro com sua frase-senha.</translation>
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
        <translation>Passos</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="103"/>
        <source>Everything you write stays on this computer.</source>
        <translation>Tudo o que você escreve fica neste computador.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="202"/>
        <source>All changes saved at %1</source>
        <translation>Todas as alterações salvas às %1</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="207"/>
        <source>Not saved: %1 Your text stays in the editor, and Rekindle keeps trying to save it.</source>
        <translation>Não salvo: %1 Seu texto continua no editor, e o Rekindle continua tentando salvá-lo.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="250"/>
        <source>This item is no longer in the journal.</source>
        <translation>Este item não está mais no diário.</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="344"/>
        <source>More toolbar actions</source>
        <translation>Mais ações da barra de ferramentas</translation>
    </message>
    <message>
        <source>Goal added to Work on Yourself (Ctrl+2).</source>
        <translation type="vanished">Meta adicionada a Cuidar de você (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="32"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nova anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="38"/>
        <source>Start a new journal entry in the current step</source>
        <translation>Começar uma nova anotação do diário no passo atual</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="60"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation type="vanished">&amp;Excluir anotação…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="266"/>
        <source>Goal added to Work on Yourself (%1).</source>
        <translation>Meta adicionada a Cuidar de você (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="63"/>
        <source>&amp;Delete Entry</source>
        <translation>&amp;Excluir anotação</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="71"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="80"/>
        <source>&amp;Search the Journal</source>
        <translation>&amp;Buscar no diário</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="84"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="87"/>
        <source>Step &amp;%1: %2</source>
        <translation>Passo &amp;%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="94"/>
        <source>&amp;Full Screen</source>
        <translation>Tela &amp;cheia</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="101"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="105"/>
        <source>&amp;Like the System</source>
        <translation>Como o &amp;sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="106"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="107"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="120"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="122"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendário…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="126"/>
        <source>Find a day with writing in this step&apos;s journal and open it</source>
        <translation>Encontrar um dia em que você escreveu no diário deste passo e abri-lo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="128"/>
        <source>&amp;Reflect</source>
        <translation>&amp;Refletir</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="130"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Refletir…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="133"/>
        <source>Answer a few questions about the current step</source>
        <translation>Responder a algumas perguntas sobre o passo atual</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="135"/>
        <source>&amp;Mood Check-in…</source>
        <translation>Registro de &amp;humor…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="138"/>
        <source>Note how you feel right now</source>
        <translation>Anotar como você se sente agora</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="140"/>
        <source>&amp;Progress…</source>
        <translation>&amp;Progresso…</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="144"/>
        <source>See your progress and how things changed over time</source>
        <translation>Ver seu progresso e como as coisas mudaram com o tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="301"/>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="151"/>
        <source>&amp;About Rekindle</source>
        <translation>&amp;Sobre o Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="154"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="170"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="171"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="172"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="173"/>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <location filename="../app/ui/MainMenus.cpp" line="174"/>
        <source>Select &amp;All</source>
        <translation>Selecionar t&amp;udo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="427"/>
        <source>Not Saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="428"/>
        <source>Some of your writing could not be saved. If you quit now, it will be lost. Quit anyway?</source>
        <translation>Parte do que você escreveu não pôde ser salva. Se sair agora, isso será perdido. Sair mesmo assim?</translation>
    </message>
</context>
<context>
    <name>Rekindle::MarkdownBar</name>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="23"/>
        <source>Formatting</source>
        <translation>Formatação</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="39"/>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="41"/>
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="44"/>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="47"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="50"/>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MarkdownBar.cpp" line="83"/>
        <source>Shortcut: %1</source>
        <translation>Atalho: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::Meetup</name>
    <message>
        <location filename="../app/core/Meetup.cpp" line="19"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="20"/>
        <source>A walk</source>
        <translation>Uma caminhada</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="21"/>
        <source>A meal</source>
        <translation>Uma refeição</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="22"/>
        <source>An activity</source>
        <translation>Uma atividade</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="23"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="26"/>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="27"/>
        <source>Went well</source>
        <translation>Foi bem</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="28"/>
        <source>Mixed</source>
        <translation>Misto</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="29"/>
        <source>Difficult</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="30"/>
        <source>They did not want to meet</source>
        <translation>A pessoa não quis se encontrar</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="38"/>
        <source>Choose the day of the meet-up.</source>
        <translation>Escolha o dia do encontro.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="41"/>
        <source>Keep the place under %1 characters.</source>
        <translation>Mantenha o lugar abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="45"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>A nota é longa demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Meetup.cpp" line="50"/>
        <source>How it went can be recorded once the day has come.</source>
        <translation>Como foi só pode ser registrado quando o dia tiver chegado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MeetupModel</name>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="82"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="84"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="86"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../app/models/MeetupModel.cpp" line="88"/>
        <source>How it went</source>
        <translation>Como foi</translation>
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
        <translation>&amp;Planejar encontro</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="39"/>
        <source>Somewhere easy and public</source>
        <translation>Um lugar tranquilo e público</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="43"/>
        <source>Keep it casual and short: a coffee or a walk is plenty. Afterwards, note how it went.</source>
        <translation>Algo leve e curto: um café ou uma caminhada já basta. Depois, anote como foi.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="47"/>
        <source>Plan a meet-up</source>
        <translation>Planejar um encontro</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="55"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="56"/>
        <source>&amp;What:</source>
        <translation>O &amp;quê:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="57"/>
        <source>W&amp;here:</source>
        <translation>O&amp;nde:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="61"/>
        <source>&amp;Meet-ups</source>
        <translation>&amp;Encontros</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/MeetupsSection.cpp" line="80"/>
        <source>Planned. Afterwards, double-click &quot;How it went&quot; to note it.</source>
        <translation>Planejado. Depois, clique duas vezes em &quot;Como foi&quot; para anotar.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MemorySearchIndex</name>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="47"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="63"/>
        <source>The search index could not be built.</source>
        <translation>Não foi possível criar o índice de busca.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="97"/>
        <source>Building the search index was stopped.</source>
        <translation>A criação do índice de busca foi interrompida.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="142"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="149"/>
        <source>The search index could not be saved.</source>
        <translation>Não foi possível salvar o índice de busca.</translation>
    </message>
    <message>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="162"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="168"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="195"/>
        <location filename="../app/storage/MemorySearchIndex.cpp" line="220"/>
        <source>The search index could not be updated.</source>
        <translation>Não foi possível atualizar o índice de busca.</translation>
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
        <translation>O passado</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="26"/>
        <source>Blame</source>
        <translation>Culpa</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="27"/>
        <source>Pressure</source>
        <translation>Pressão</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="31"/>
        <source>A heavy topic. The relationship, big apologies and declarations can wait for a time when you are both ready; a first message works best when it is light.</source>
        <translation>Um tema pesado. A relação, grandes pedidos de desculpas e declarações podem esperar até ser o momento para vocês dois; uma primeira mensagem funciona melhor quando é leve.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="35"/>
        <source>About the past. Bringing up old times can feel like pressure; talk about today instead.</source>
        <translation>Sobre o passado. Relembrar outros tempos pode soar como pressão; fale do presente.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="38"/>
        <source>Sounds like blame. Words like &quot;always&quot; and &quot;never&quot; tend to start an argument; speak about yourself instead.</source>
        <translation>Soa como culpa. Palavras como &quot;sempre&quot; e &quot;nunca&quot; costumam começar uma discussão; fale de você.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="41"/>
        <source>Sounds like pressure. Leave them free to answer when, and if, they want to.</source>
        <translation>Soa como pressão. Deixe a pessoa livre para responder quando, e se, quiser.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="47"/>
        <source>Ask how they are: &quot;Hi, I hope you are doing well. How is the new job going?&quot;</source>
        <translation>Pergunte como a pessoa está: &quot;Oi, espero que esteja tudo bem. Como está indo o emprego novo?&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="50"/>
        <source>Share something good: &quot;I finally finished that pottery class. Thought you might smile at that.&quot;</source>
        <translation>Conte algo bom: &quot;Finalmente terminei aquele curso de cerâmica. Achei que você ia achar graça.&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="53"/>
        <source>Mention something you know they enjoy: &quot;Saw that your team won yesterday. Great game!&quot;</source>
        <translation>Mencione algo que você sabe que a pessoa gosta: &quot;Vi que seu time ganhou ontem. Que jogo!&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="56"/>
        <source>Keep it short and leave no question that needs an answer.</source>
        <translation>Seja breve e não deixe nenhuma pergunta que exija resposta.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="79"/>
        <source>Type the phrase to look for.</source>
        <translation>Digite a frase a procurar.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="82"/>
        <source>Keep the phrase under %1 characters.</source>
        <translation>Mantenha a frase abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="86"/>
        <source>A phrase of one character would match too much: use at least two.</source>
        <translation>Uma frase de um caractere encontraria coisas demais: use pelo menos dois.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="91"/>
        <source>A gap (… or ...) stands between two words, as in &quot;you … never&quot;: put a word before and after it.</source>
        <translation>Uma lacuna (… ou ...) fica entre duas palavras, como em &quot;você … nunca&quot;: coloque uma palavra antes e outra depois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="159"/>
        <source>This is a long message (%n characters). A first message works best in two or three sentences.</source>
        <translation>
            <numerusform>Esta é uma mensagem longa (%n caractere). Uma primeira mensagem funciona melhor com duas ou três frases.</numerusform>
            <numerusform>Esta é uma mensagem longa (%n caracteres). Uma primeira mensagem funciona melhor com duas ou três frases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="172"/>
        <source>%n of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation>
            <numerusform>%n mensagem sua seguida ainda não teve resposta. Esperar é mais gentil com vocês dois.</numerusform>
            <numerusform>%n mensagens suas seguidas ainda não tiveram resposta. Esperar é mais gentil com vocês dois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="186"/>
        <source>You wrote to them an hour ago. Let a few days pass.</source>
        <translation>Você escreveu para a pessoa há uma hora. Deixe passar alguns dias.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MessageCheck.cpp" line="188"/>
        <source>You wrote to them %n hours ago. Let a few days pass.</source>
        <translation>
            <numerusform>Você escreveu para a pessoa há %n hora. Deixe passar alguns dias.</numerusform>
            <numerusform>Você escreveu para a pessoa há %n horas. Deixe passar alguns dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a long message (%1 characters). A first message works best in two or three sentences.</source>
        <translation type="vanished">Esta é uma mensagem longa (%1 caracteres). Uma primeira mensagem funciona melhor com duas ou três frases.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="169"/>
        <source>Your last message has no reply yet. Give them time before writing again.</source>
        <translation>Sua última mensagem ainda não teve resposta. Dê tempo à pessoa antes de escrever de novo.</translation>
    </message>
    <message>
        <source>%1 of your messages in a row have no reply yet. Waiting is kinder to both of you.</source>
        <translation type="vanished">%1 mensagens suas seguidas ainda não tiveram resposta. Esperar é mais gentil com vocês dois.</translation>
    </message>
    <message>
        <location filename="../app/core/MessageCheck.cpp" line="183"/>
        <source>You wrote to them less than an hour ago. Let a few days pass.</source>
        <translation>Você escreveu para a pessoa há menos de uma hora. Deixe passar alguns dias.</translation>
    </message>
    <message>
        <source>You wrote to them %1 hours ago. Let a few days pass.</source>
        <translation type="vanished">Você escreveu para a pessoa há %1 horas. Deixe passar alguns dias.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MessageCheckDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="63"/>
        <source>&amp;Add Phrase</source>
        <translation>&amp;Adicionar frase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="65"/>
        <source>&amp;Remove Phrase</source>
        <translation>&amp;Remover frase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="67"/>
        <source>&amp;Keep the text in the log</source>
        <translation>&amp;Manter o texto no registro</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="68"/>
        <source>I &amp;Sent It Myself</source>
        <translation>Enviei por conta &amp;própria</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="72"/>
        <source>Message Check</source>
        <translation>Verificação da mensagem</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="74"/>
        <source>Type or paste the message you are thinking of sending.</source>
        <translation>Digite ou cole a mensagem que você está pensando em enviar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="79"/>
        <source>What the check found</source>
        <translation>O que a verificação encontrou</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="83"/>
        <source>A phrase of your own to watch for</source>
        <translation>Uma frase sua para ficar de olho</translation>
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
        <translation>Minhas frases</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="93"/>
        <source>Sent as</source>
        <translation>Enviada como</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="100"/>
        <source>&amp;Draft:</source>
        <translation>Rascun&amp;ho:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="102"/>
        <source>What the check &amp;found:</source>
        <translation>O que a verificação &amp;encontrou:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="104"/>
        <source>Lighter ways to open</source>
        <translation>Jeitos mais leves de começar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="150"/>
        <source>Sent &amp;as:</source>
        <translation>Enviada &amp;como:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="214"/>
        <source>%1 – &quot;%2&quot;: %3</source>
        <translation>%1 – &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="221"/>
        <source>Rekindle will point out what might weigh a first message down.</source>
        <translation>O Rekindle vai apontar o que pode pesar numa primeira mensagem.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="223"/>
        <source>This reads light and friendly. Whether and when to send it is up to you.</source>
        <translation>Soa leve e amigável. Se e quando enviar é decisão sua.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MessageCheckDialog.cpp" line="226"/>
        <source>A few things to look at (%1). Consider one of the lighter openers on the right.</source>
        <translation>Algumas coisas para olhar (%1). Pense em usar um dos começos mais leves à direita.</translation>
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
        <translation>Escreva a mensagem primeiro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneChart</name>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="24"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="25"/>
        <source>No milestone planned or reached in this period. Give a milestone of step 5 a day, and it shows here on the timeline.</source>
        <translation>Nenhum marco planejado ou alcançado neste período. Dê uma data a um marco do passo 5, e ele aparece aqui na linha do tempo.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="43"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="84"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Planned</source>
        <translation>Planejado</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="48"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="85"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="113"/>
        <source>Reached</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="53"/>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="115"/>
        <source>Reached sooner than your chosen gap</source>
        <translation>Alcançado antes do intervalo que você escolheu</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Reached on %1</source>
        <translation>Alcançado em %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="100"/>
        <source>Planned for %1</source>
        <translation>Planejado para %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Milestone</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MilestoneChart.cpp" line="110"/>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Marco</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="65"/>
        <source>Planned for</source>
        <translation>Planejado para</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="67"/>
        <source>Reached on</source>
        <translation>Alcançado em</translation>
    </message>
    <message>
        <location filename="../app/models/MilestoneModel.cpp" line="109"/>
        <location filename="../app/models/MilestoneModel.cpp" line="118"/>
        <location filename="../app/models/MilestoneModel.cpp" line="127"/>
        <source>Choose a milestone first.</source>
        <translation>Escolha um marco primeiro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestoneStore</name>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="41"/>
        <source>This milestone is no longer in the journal.</source>
        <translation>Este marco não está mais no diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="54"/>
        <source>The milestones could not be prepared.</source>
        <translation>Não foi possível preparar os marcos.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="103"/>
        <source>The milestone could not be added.</source>
        <translation>Não foi possível adicionar o marco.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="111"/>
        <source>Your changes to the milestone could not be saved.</source>
        <translation>Não foi possível salvar suas alterações no marco.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="131"/>
        <source>The milestone could not be removed.</source>
        <translation>Não foi possível remover o marco.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="150"/>
        <source>The milestone could not be moved.</source>
        <translation>Não foi possível mover o marco.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="177"/>
        <source>The milestone could not be read.</source>
        <translation>Não foi possível ler o marco.</translation>
    </message>
    <message>
        <location filename="../app/storage/MilestoneStore.cpp" line="186"/>
        <source>The milestones could not be read.</source>
        <translation>Não foi possível ler os marcos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MilestonesSection</name>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="33"/>
        <source>&amp;Add Milestone</source>
        <translation>&amp;Adicionar marco</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="35"/>
        <source>&amp;Plan for</source>
        <translation>&amp;Planejar para</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="36"/>
        <source>&amp;Reached Today</source>
        <translation>Alcançado &amp;hoje</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="37"/>
        <source>Clear &amp;Dates</source>
        <translation>Limpar &amp;datas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="38"/>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="39"/>
        <source>Move Do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="43"/>
        <source>M&amp;ilestones, in order</source>
        <translation>Ma&amp;rcos, em ordem</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="47"/>
        <source>A milestone of your own</source>
        <translation>Um marco seu</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="48"/>
        <source>New milestone</source>
        <translation>Novo marco</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="52"/>
        <source>Planned day</source>
        <translation>Dia planejado</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="61"/>
        <source>There is no rush. Reorder, rename or remove these to fit your story; mark each one when it happens.</source>
        <translation>Não há pressa. Reordene, renomeie ou remova estes marcos como fizer sentido para a sua história; marque cada um quando acontecer.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/MilestonesSection.cpp" line="152"/>
        <source>Slow down a little.</source>
        <translation>Vá um pouco mais devagar.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodChart</name>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="21"/>
        <source>Mood over time</source>
        <translation>Humor ao longo do tempo</translation>
    </message>
    <message>
        <source>No moods in this period yet. Check in with Ctrl+M, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation type="vanished">Ainda não há humores neste período. Registre com Ctrl+M, ou dê um humor a uma anotação do diário, e seu humor ao longo do tempo aparece aqui.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="22"/>
        <source>No moods in this period yet. Check in with %1, or give a journal entry a mood, and your mood over time will show here.</source>
        <translation>Ainda não há registros de humor neste período. Registre seu humor com %1, ou dê um humor a uma anotação do diário, e a evolução do seu humor vai aparecer aqui.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Daily mood</source>
        <translation>Humor diário</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="43"/>
        <source>Weekly mood</source>
        <translation>Humor semanal</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>7-day average</source>
        <translation>Média de 7 dias</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="50"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <source>4-week average</source>
        <translation>Média de 4 semanas</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/MoodChart.cpp" line="76"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="109"/>
        <location filename="../app/ui/charts/MoodChart.cpp" line="115"/>
        <source>Mood</source>
        <translation>Humor</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="98"/>
        <source>Week of %1
Mood %2 (%n value(s))
4-week average %3</source>
        <translation>
            <numerusform>Semana de %1
Humor %2 (%n valor)
Média de 4 semanas %3</numerusform>
            <numerusform>Semana de %1
Humor %2 (%n valores)
Média de 4 semanas %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/MoodChart.cpp" line="100"/>
        <source>%1
Mood %2 (%n value(s))
7-day average %3</source>
        <translation>
            <numerusform>%1
Humor %2 (%n valor)
Média de 7 dias %3</numerusform>
            <numerusform>%1
Humor %2 (%n valores)
Média de 7 dias %3</numerusform>
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
        <translation>Dia</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodCheckIn</name>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="14"/>
        <source>Mood goes from %1 to %2.</source>
        <translation>O humor vai de %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="18"/>
        <source>The note is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>A nota é longa demais: mantenha abaixo de %n caractere.</numerusform>
            <numerusform>A nota é longa demais: mantenha abaixo de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/MoodCheckIn.cpp" line="21"/>
        <source>Pick at most %n feelings.</source>
        <translation>
            <numerusform>Escolha no máximo %n sentimento.</numerusform>
            <numerusform>Escolha no máximo %n sentimentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/MoodCheckIn.cpp" line="25"/>
        <source>A feeling&apos;s name may not be empty or contain a comma.</source>
        <translation>O nome de um sentimento não pode estar vazio nem ter vírgula.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodDialog</name>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="27"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="64"/>
        <source>very low</source>
        <translation>muito mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="28"/>
        <source>low</source>
        <translation>mal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="29"/>
        <source>quite low</source>
        <translation>bem pra baixo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="30"/>
        <source>a bit low</source>
        <translation>um pouco pra baixo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="31"/>
        <source>so-so</source>
        <translation>mais ou menos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="32"/>
        <source>okay</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="33"/>
        <source>fairly good</source>
        <translation>razoavelmente bem</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="34"/>
        <source>good</source>
        <translation>bem</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="35"/>
        <source>very good</source>
        <translation>muito bem</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="36"/>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="65"/>
        <source>wonderful</source>
        <translation>maravilhoso</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="51"/>
        <source>Mood Check-in</source>
        <translation>Registro de humor</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="54"/>
        <source>&amp;How do you feel right now?</source>
        <translation>&amp;Como você se sente agora?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="73"/>
        <source>&amp;Feelings (pick any that fit)</source>
        <translation>&amp;Sentimentos (escolha os que couberem)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/MoodDialog.cpp" line="76"/>
        <source>Feelings</source>
        <translation>Sentimentos</translation>
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
        <translation>Algo que você queira lembrar deste momento</translation>
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
        <translation>Não foi possível salvar o registro de humor.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="70"/>
        <source>The mood check-in could not be deleted.</source>
        <translation>Não foi possível excluir o registro de humor.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="71"/>
        <location filename="../app/storage/MoodStore.cpp" line="82"/>
        <source>This mood check-in no longer exists.</source>
        <translation>Este registro de humor não existe mais.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="78"/>
        <source>The mood check-in could not be read.</source>
        <translation>Não foi possível ler o registro de humor.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="90"/>
        <source>The mood check-ins could not be read.</source>
        <translation>Não foi possível ler os registros de humor.</translation>
    </message>
    <message>
        <location filename="../app/storage/MoodStore.cpp" line="106"/>
        <source>The mood check-ins could not be counted.</source>
        <translation>Não foi possível contar os registros de humor.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MoodStrip</name>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="64"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="121"/>
        <source>Mood</source>
        <translation>Humor</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="70"/>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="127"/>
        <source>no check-ins yet</source>
        <translation>nenhum registro ainda</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="153"/>
        <source>Your latest moods. Check in with %1.</source>
        <translation>Seus registros de humor mais recentes. Registre seu humor com %1.</translation>
    </message>
    <message>
        <source>Your latest moods. Check in with Ctrl+M.</source>
        <translation type="vanished">Seus humores mais recentes. Registre com Ctrl+M.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="167"/>
        <source>Latest moods: no check-ins yet</source>
        <translation>Humores mais recentes: nenhum registro ainda</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/MoodStrip.cpp" line="168"/>
        <source>Latest moods, oldest first: %1</source>
        <translation>Humores mais recentes, do mais antigo ao mais novo: %1</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartItem</name>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="20"/>
        <source>Noticed</source>
        <translation>Percebi</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="21"/>
        <source>Working on it</source>
        <translation>Trabalhando nisso</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="22"/>
        <source>Changed</source>
        <translation>Mudei</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="30"/>
        <source>Write a few words about what happened.</source>
        <translation>Escreva algumas palavras sobre o que aconteceu.</translation>
    </message>
    <message>
        <location filename="../app/core/MyPartItem.cpp" line="34"/>
        <source>This text is too long: keep it under %1 characters.</source>
        <translation>Este texto é longo demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartModel</name>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="79"/>
        <source>Goal in Work on Yourself: %1</source>
        <translation>Meta em Cuidar de você: %1</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="81"/>
        <source>Not a goal yet</source>
        <translation>Ainda não é uma meta</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="96"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="98"/>
        <source>My part in it</source>
        <translation>Minha parte nisso</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="100"/>
        <source>What I will do instead</source>
        <translation>O que vou fazer diferente</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="102"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="104"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../app/models/MyPartModel.cpp" line="156"/>
        <location filename="../app/models/MyPartModel.cpp" line="163"/>
        <source>Choose an item first.</source>
        <translation>Escolha um item primeiro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="35"/>
        <source>&amp;Add to My Part</source>
        <translation>&amp;Adicionar a Minha parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="38"/>
        <source>Turn into a &amp;Goal</source>
        <translation>Transformar em &amp;meta</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Excluir…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="44"/>
        <source>For example: arguments about my long hours</source>
        <translation>Por exemplo: brigas por causa das minhas longas horas de trabalho</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="46"/>
        <source>What I did or did not do</source>
        <translation>O que eu fiz ou deixei de fazer</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="48"/>
        <source>What I will do differently</source>
        <translation>O que vou fazer de outro jeito</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="53"/>
        <source>Look at your own part honestly and kindly: everyone makes mistakes, and seeing them is how you change them.</source>
        <translation>Olhe para a sua parte com honestidade e gentileza: todo mundo erra, e enxergar os erros é como a gente os muda.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="58"/>
        <source>Something I see now</source>
        <translation>Algo que eu vejo agora</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="66"/>
        <source>&amp;What happened:</source>
        <translation>O que acon&amp;teceu:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="67"/>
        <source>My &amp;part in it:</source>
        <translation>Minha &amp;parte nisso:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="68"/>
        <source>What I will do &amp;instead:</source>
        <translation>O que vou fazer &amp;diferente:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="74"/>
        <source>My part</source>
        <translation>Minha parte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="90"/>
        <source>Delete Item</source>
        <translation>Excluir item</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="100"/>
        <source>Nothing here yet. Write one thing you would do differently above and press Add to My Part. Double-click any cell later to change it.</source>
        <translation>Nada aqui ainda. Escreva acima uma coisa que você faria de outro jeito e clique em Adicionar a Minha parte. Depois, clique duas vezes em qualquer célula para mudá-la.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="104"/>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="160"/>
        <source>Make a goal in Work on Yourself from the selected item</source>
        <translation>Criar uma meta em Cuidar de você a partir do item selecionado</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="159"/>
        <source>This item already has a goal in Work on Yourself</source>
        <translation>Este item já tem uma meta em Cuidar de você</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartSection.cpp" line="194"/>
        <source>A goal was added to Work on Yourself: &quot;%1&quot;. Tick it there as you go.</source>
        <translation>Uma meta foi adicionada a Cuidar de você: &quot;%1&quot;. Marque-a lá conforme for avançando.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from My Part? A goal made from it stays.</source>
        <translation type="vanished">Excluir &quot;%1&quot; de Minha parte? Uma meta criada a partir dele continua existindo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Excluir</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStatusDelegate</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/MyPartStatusDelegate.cpp" line="21"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>Rekindle::MyPartStore</name>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="87"/>
        <source>The item could not be saved.</source>
        <translation>Não foi possível salvar o item.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="94"/>
        <source>Your changes could not be saved.</source>
        <translation>Não foi possível salvar suas alterações.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="113"/>
        <source>The item could not be deleted.</source>
        <translation>Não foi possível excluir o item.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="121"/>
        <source>The item could not be read.</source>
        <translation>Não foi possível ler o item.</translation>
    </message>
    <message>
        <location filename="../app/storage/MyPartStore.cpp" line="129"/>
        <source>The items could not be read.</source>
        <translation>Não foi possível ler os itens.</translation>
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
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="33"/>
        <source>Where my journey stands</source>
        <translation>Onde está a minha jornada</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>Still &amp;in progress</source>
        <translation>Ainda &amp;em andamento</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="35"/>
        <source>We are &amp;back together</source>
        <translation>&amp;Reatamos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="36"/>
        <source>I have &amp;moved on</source>
        <translation>Eu segui em &amp;frente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/takeslow/OutcomeSection.cpp" line="73"/>
        <source>Saved. You can change this at any time.</source>
        <translation>Salvo. Você pode mudar isso quando quiser.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Pace</name>
    <message>
        <location filename="../app/core/Pace.cpp" line="22"/>
        <source>A friendly message</source>
        <translation>Uma mensagem amigável</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="23"/>
        <source>A short phone call</source>
        <translation>Uma ligação curta</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="24"/>
        <source>A coffee in a public place</source>
        <translation>Um café em um lugar público</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="25"/>
        <source>A walk or an outing together</source>
        <translation>Uma caminhada ou um passeio a dois</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="26"/>
        <source>An honest talk about what went wrong</source>
        <translation>Uma conversa sincera sobre o que deu errado</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="27"/>
        <source>Time on your own to notice how it feels</source>
        <translation>Um tempo só seu para perceber como você se sente</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="28"/>
        <source>My own next step (name it yourself)</source>
        <translation>Meu próximo passo (dê você o nome)</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="32"/>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="33"/>
        <source>Back together</source>
        <translation>Reatamos</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="34"/>
        <source>Moved on</source>
        <translation>Segui em frente</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="42"/>
        <source>Give the milestone a name.</source>
        <translation>Dê um nome ao marco.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="45"/>
        <source>Keep the name under %1 characters.</source>
        <translation>Mantenha o nome abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="49"/>
        <source>A milestone can only be reached today or earlier.</source>
        <translation>Um marco só pode ser alcançado hoje ou antes.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="105"/>
        <source>&quot;%1&quot; came %2 days after &quot;%3&quot;. Consider slowing down: let each step settle for at least %4 days before the next.</source>
        <translation>&quot;%1&quot; veio %2 dias depois de &quot;%3&quot;. Pense em ir mais devagar: deixe cada passo assentar por pelo menos %4 dias antes do próximo.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="121"/>
        <source>&quot;%1&quot; is planned while the foundation is still weak. Consider slowing down and giving trust and connection more time first.</source>
        <translation>&quot;%1&quot; está planejado enquanto os alicerces ainda estão fracos. Pense em ir mais devagar e dar mais tempo primeiro à confiança e à conexão.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="139"/>
        <source>no promises settled yet</source>
        <translation>nenhuma promessa resolvida ainda</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="140"/>
        <source>Trust grows from small promises kept. Make one you can keep and record it in step 4.</source>
        <translation>A confiança cresce com pequenas promessas cumpridas. Faça uma que você consiga cumprir e registre no passo 4.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="146"/>
        <source>%1 of %2 promises kept</source>
        <translation>%1 de %2 promessas cumpridas</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="150"/>
        <source>You keep your word: that is the ground trust stands on.</source>
        <translation>Você cumpre sua palavra: é nesse chão que a confiança se apoia.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="153"/>
        <source>Most promises are kept. Fewer, smaller promises are easier to keep.</source>
        <translation>A maioria das promessas é cumprida. Promessas menores e em menor número são mais fáceis de cumprir.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="155"/>
        <source>Several promises were not kept. Make smaller ones, and keep them, before taking bigger steps.</source>
        <translation>Várias promessas não foram cumpridas. Faça promessas menores, e cumpra, antes de dar passos maiores.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="162"/>
        <source>no responses recorded yet</source>
        <translation>nenhuma resposta registrada ainda</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="163"/>
        <source>How they respond when you reach out shows how connected you are. Record their replies in step 3.</source>
        <translation>O jeito como a pessoa responde quando você a procura mostra o quanto vocês estão conectados. Registre as respostas no passo 3.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="170"/>
        <source>%1 of %2 responses warm</source>
        <translation>%1 de %2 respostas calorosas</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="174"/>
        <source>They respond warmly most of the time.</source>
        <translation>A pessoa responde com carinho na maior parte das vezes.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="177"/>
        <source>Some warmth is there. Keep contact light, without expectations.</source>
        <translation>Há algum carinho. Mantenha o contato leve, sem expectativas.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="179"/>
        <source>Their responses are mostly cool. That deserves respect: give each other room, and look after yourself.</source>
        <translation>As respostas são, na maioria, frias. Isso merece respeito: deem espaço um ao outro, e cuide de você.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="188"/>
        <source>%1 open</source>
        <translation>%1 em aberto</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="189"/>
        <source>Nothing is left unresolved between you.</source>
        <translation>Não há nada pendente entre vocês.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="192"/>
        <source>A few things are still being worked through; that is normal.</source>
        <translation>Algumas coisas ainda estão sendo resolvidas; é normal.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="194"/>
        <source>Several issues are open. Working through them comes before bigger steps.</source>
        <translation>Várias questões estão em aberto. Resolvê-las vem antes de passos maiores.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="221"/>
        <source>The journey is still unfolding. Nothing has to be decided today.</source>
        <translation>A jornada ainda está se desenrolando. Nada precisa ser decidido hoje.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="224"/>
        <source>You are back together. Keep the habits that brought you here: honesty, kept promises, and time for yourself.</source>
        <translation>Vocês reataram. Mantenham os hábitos que trouxeram vocês até aqui: sinceridade, promessas cumpridas e tempo para si.</translation>
    </message>
    <message>
        <location filename="../app/core/Pace.cpp" line="228"/>
        <source>You have moved on. That is a full and good outcome: the work you did for yourself stays with you. Your journal is kept, and steps 1 and 2 now focus on caring for yourself.</source>
        <translation>Você seguiu em frente. É um desfecho pleno e bom: o trabalho que você fez por si fica com você. Seu diário é mantido, e os passos 1 e 2 agora se concentram em cuidar de você.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="38"/>
        <source>Choose a Passphrase</source>
        <translation>Escolher uma frase-senha</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="39"/>
        <source>Change the Passphrase</source>
        <translation>Mudar a frase-senha</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="40"/>
        <source>Your Passphrase</source>
        <translation>Sua frase-senha</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="45"/>
        <source>Current passphrase</source>
        <translation>Frase-senha atual</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase-senha &amp;atual:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="46"/>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="50"/>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="51"/>
        <source>New passphrase again</source>
        <translation>Nova frase-senha de novo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="56"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase-senha:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="57"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="60"/>
        <source>A few unrelated words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>Algumas palavras sem relação entre si formam uma frase-senha fácil de lembrar e difícil de adivinhar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="99"/>
        <source>Type your current passphrase.</source>
        <translation>Digite sua frase-senha atual.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="104"/>
        <source>Choose a passphrase: any words you will remember.</source>
        <translation>Escolha uma frase-senha: quaisquer palavras de que você vá se lembrar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PassphraseDialog.cpp" line="109"/>
        <source>The two passphrases are not the same yet. Type it once more in both fields.</source>
        <translation>As duas frases-senha ainda não são iguais. Digite-a mais uma vez nos dois campos.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseKdf</name>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="55"/>
        <source>The passphrase is empty.</source>
        <translation>A frase-senha está vazia.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="57"/>
        <source>The journal&apos;s key settings are damaged.</source>
        <translation>As configurações da chave do diário estão danificadas.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="68"/>
        <source>This computer does not have the memory to unlock the journal now. Close other programs and try again.</source>
        <translation>Este computador não tem memória suficiente para desbloquear o diário agora. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/crypto/PassphraseKdf.cpp" line="94"/>
        <source>This computer does not have the memory to protect a journal with a passphrase now. Close other programs and try again.</source>
        <translation>Este computador não tem memória suficiente para proteger um diário com frase-senha agora. Feche outros programas e tente de novo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PassphraseReader</name>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="277"/>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Não é possível ler o arquivo de frase-senha %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="297"/>
        <source>The first line of the passphrase file %1 is empty.</source>
        <translation>A primeira linha do arquivo de frase-senha %1 está vazia.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="308"/>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation>Não há terminal para pedir a frase-senha.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="322"/>
        <source>A passphrase is needed, and there is no terminal to ask for it on. Give it in a file with %1 FILE.</source>
        <translation>É preciso uma frase-senha, e não há terminal para pedi-la. Informe-a em um arquivo com %1 FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="326"/>
        <source>The passphrase is empty.</source>
        <translation>A frase-senha está vazia.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="344"/>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>As duas frases-senha não são iguais. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/cli/PassphraseReader.cpp" line="355"/>
        <source>yes</source>
        <translation>sim</translation>
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
        <translation>Este tipo de registro não pode ser excluído.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PreferencesDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="35"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="37"/>
        <source>Preference pages</source>
        <translation>Páginas de preferências</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="40"/>
        <source>These settings are kept in your journal, so they travel with it.</source>
        <translation>Estas configurações ficam guardadas no seu diário, então vão junto com ele.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="52"/>
        <source>Space</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="80"/>
        <source>Rekindle gently points it out when your messages to them start to pile up. Choose when:</source>
        <translation>O Rekindle avisa com delicadeza quando suas mensagens para a pessoa começam a se acumular. Escolha quando:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="85"/>
        <source>Contacts I make within &amp;24 hours:</source>
        <translation>Contatos que eu faço em &amp;24 horas:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PreferencesDialog.cpp" line="88"/>
        <source>Contacts in a row &amp;without a reply:</source>
        <translation>Contatos seguidos &amp;sem resposta:</translation>
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
        <translation>Com uma frase-senha, tudo o que você escreve fica criptografado neste computador e nos backups. Sem a frase-senha, ou a chave de recuperação que você vai ver a seguir, ninguém consegue ler, nem com o arquivo em mãos. O Rekindle pede a frase-senha ao iniciar e bloqueia o diário quando você se afasta.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="117"/>
        <source>Encrypting your journal…</source>
        <translation>Criptografando seu diário…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="123"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="126"/>
        <source>Not Encrypted</source>
        <translation>Não criptografado</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="124"/>
        <source>Nothing was changed: your journal is as it was.</source>
        <translation>Nada foi alterado: seu diário está como estava.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="127"/>
        <source>Your journal could not be encrypted, and it is as it was. %1</source>
        <translation>Não foi possível criptografar seu diário, e ele está como estava. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="94"/>
        <source>Without encryption, anyone who can open the journal&apos;s file or its backups can read what you wrote. Type your passphrase to turn encryption off.</source>
        <translation>Sem criptografia, qualquer pessoa que consiga abrir o arquivo do diário ou os backups pode ler o que você escreveu. Digite sua frase-senha para desativar a criptografia.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="148"/>
        <source>Turning encryption off…</source>
        <translation>Desativando a criptografia…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="154"/>
        <source>Still Encrypted</source>
        <translation>Continua criptografado</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="155"/>
        <source>Encryption is still on. %1</source>
        <translation>A criptografia continua ativa. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="91"/>
        <source>The new passphrase opens the journal from now on; the recovery key stays the same.</source>
        <translation>A nova frase-senha abre o diário a partir de agora; a chave de recuperação continua a mesma.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="170"/>
        <source>Protecting your journal with the new passphrase…</source>
        <translation>Protegendo seu diário com a nova frase-senha…</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="174"/>
        <source>Passphrase Not Changed</source>
        <translation>Frase-senha não alterada</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="175"/>
        <source>The passphrase stays as it was. %1</source>
        <translation>A frase-senha continua como estava. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="178"/>
        <source>Passphrase Changed</source>
        <translation>Frase-senha alterada</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="179"/>
        <source>Your new passphrase opens the journal from now on.</source>
        <translation>Sua nova frase-senha abre o diário a partir de agora.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="186"/>
        <source>New Recovery Key</source>
        <translation>Nova chave de recuperação</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="187"/>
        <source>Make a new recovery key? The old one stops working at once.</source>
        <translation>Criar uma nova chave de recuperação? A antiga deixa de funcionar na hora.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="189"/>
        <source>&amp;Make a New Key</source>
        <translation>&amp;Criar uma nova chave</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="200"/>
        <source>No New Recovery Key</source>
        <translation>Nenhuma nova chave de recuperação</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="201"/>
        <source>The recovery key stays as it was. %1</source>
        <translation>A chave de recuperação continua como estava. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="220"/>
        <location filename="../app/ui/PrivacyActions.cpp" line="236"/>
        <source>Older Backups</source>
        <translation>Backups antigos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/PrivacyActions.cpp" line="221"/>
        <source>%n backup(s) from before encryption can still be read by anyone who opens them. Delete them now?</source>
        <translation>
            <numerusform>%n backup de antes da criptografia ainda pode ser lido por qualquer pessoa que o abrir. Excluí-lo agora?</numerusform>
            <numerusform>%n backups de antes da criptografia ainda podem ser lidos por qualquer pessoa que os abrir. Excluí-los agora?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="226"/>
        <source>Your journal itself is encrypted either way. On an SSD or a flash drive, the storage may still hold old copies of deleted files for a while, out of Rekindle&apos;s reach; only encrypting the whole disk protects against that.</source>
        <translation>Seu diário em si está criptografado de qualquer forma. Em um SSD ou pendrive, o armazenamento ainda pode guardar por um tempo cópias antigas de arquivos excluídos, fora do alcance do Rekindle; só criptografar o disco inteiro protege contra isso.</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="230"/>
        <source>&amp;Delete Them</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../app/ui/PrivacyActions.cpp" line="231"/>
        <source>&amp;Keep Them</source>
        <translation>&amp;Manter</translation>
    </message>
</context>
<context>
    <name>Rekindle::PrivacyPreferences</name>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="32"/>
        <source>&amp;Encrypt With a Passphrase…</source>
        <translation>&amp;Criptografar com uma frase-senha…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="36"/>
        <source>&amp;Turn Encryption Off…</source>
        <translation>&amp;Desativar a criptografia…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="39"/>
        <source>&amp;Change Passphrase…</source>
        <translation>&amp;Mudar a frase-senha…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="42"/>
        <source>New &amp;Recovery Key…</source>
        <translation>Nova chave de &amp;recuperação…</translation>
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
        <translation>Bloquear quando o computador &amp;suspender ou a tela for bloqueada</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="59"/>
        <source>Your journal is encrypted. Without your passphrase or the recovery key, no one can read it, not even its backups. Rekindle locks it when you step away.</source>
        <translation>Seu diário está criptografado. Sem sua frase-senha ou a chave de recuperação, ninguém consegue lê-lo, nem os backups dele. O Rekindle o bloqueia quando você se afasta.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="63"/>
        <source>Your journal is not encrypted: anyone who can open its file on this computer, or a backup of it, can read it. A passphrase keeps it for your eyes only.</source>
        <translation>Seu diário não está criptografado: qualquer pessoa que consiga abrir o arquivo dele neste computador, ou um backup, pode lê-lo. Uma frase-senha o deixa só para os seus olhos.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="89"/>
        <source>Lock after &amp;idle time:</source>
        <translation>Bloquear após um tempo &amp;inativo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="94"/>
        <source>File ▸ Lock Journal (Ctrl+L) locks it at once.</source>
        <translation>Arquivo ▸ Bloquear diário (Ctrl+L) bloqueia na hora.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PrivacyPreferences.cpp" line="108"/>
        <source>Encryption and Lock</source>
        <translation>Criptografia e bloqueio</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressChart</name>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="54"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="121"/>
        <source>Show as Table</source>
        <translation>Mostrar como tabela</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="55"/>
        <source>Export as &amp;Image…</source>
        <translation>Exportar como &amp;imagem…</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="65"/>
        <source>Save this chart as a PNG image</source>
        <translation>Salvar este gráfico como imagem PNG</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="66"/>
        <source>Export %1 as an image</source>
        <translation>Exportar %1 como imagem</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="87"/>
        <source>%1, as a table</source>
        <translation>%1, como tabela</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="102"/>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="123"/>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabela</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="103"/>
        <source>Read the same data as a table, row by row</source>
        <translation>Ler os mesmos dados como tabela, linha por linha</translation>
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
        <translation>Não foi possível ler este gráfico do diário: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="425"/>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="444"/>
        <source>The image could not be saved to %1. Check that you may write there.</source>
        <translation>Não foi possível salvar a imagem em %1. Verifique se você tem permissão para gravar lá.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="455"/>
        <source>rekindle-%1.png</source>
        <translation>rekindle-%1.png</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="457"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/ProgressChart.cpp" line="463"/>
        <source>Not Exported</source>
        <translation>Não exportado</translation>
    </message>
</context>
<context>
    <name>Rekindle::ProgressDialog</name>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="39"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="43"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="48"/>
        <source>Hover over a bar to see what it counts. Progress is a guide, not a grade: moving at your own pace is fine.</source>
        <translation>Passe o mouse sobre uma barra para ver o que ela conta. O progresso é um guia, não uma nota: ir no seu ritmo está tudo bem.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="55"/>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="58"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="59"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="60"/>
        <source>Last year</source>
        <translation>Último ano</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="61"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="82"/>
        <source>Progress and charts</source>
        <translation>Progresso e gráficos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="168"/>
        <source>&amp;How is progress worked out?</source>
        <translation>&amp;Como o progresso é calculado?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="176"/>
        <source>Each step&apos;s bar is a mix of the things below. Each counts up to its target, and some weigh more than others. Things a step has no data for yet are left out rather than counted against you.</source>
        <translation>A barra de cada passo é uma mistura dos itens abaixo. Cada um conta até a sua meta, e alguns pesam mais que outros. Itens para os quais um passo ainda não tem dados ficam de fora, em vez de contar contra você.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ProgressDialog.cpp" line="185"/>
        <source>Only what you do yourself counts: never the other person&apos;s replies, how many milestones are reached, or how fast. Days of space count your longest stretch so far, so a later contact never takes away space already given (readiness in step 3 looks at the current stretch). Goal check-ins compare the last 14 days with what your active goals asked for; doing more than planned does not count twice.</source>
        <translation>Só conta o que depende de você: nunca as respostas da outra pessoa, quantos marcos foram alcançados nem a rapidez. Os dias de distância contam o seu maior período até agora, então um contato posterior nunca tira a distância já dada (O momento, no passo 3, olha o período atual). As marcações de metas comparam os últimos 14 dias com o que suas metas ativas pediam; fazer mais do que o planejado não conta em dobro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptEditorDialog</name>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="26"/>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="27"/>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="28"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="31"/>
        <source>Reflection Questions: %1</source>
        <translation>Perguntas de reflexão: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="34"/>
        <source>These questions are asked, one at a time, when you reflect on this step. Untick a question to hide it; double-click to reword it. A reflection always ends with a question about what you will do next.</source>
        <translation>Estas perguntas são feitas, uma por vez, quando você reflete sobre este passo. Desmarque uma pergunta para ocultá-la; clique duas vezes para reformulá-la. Uma reflexão sempre termina com uma pergunta sobre o que você vai fazer a seguir.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="41"/>
        <source>&amp;Questions</source>
        <translation>&amp;Perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="51"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="56"/>
        <source>Remove one of your own questions (built-in ones can be hidden)</source>
        <translation>Remover uma das suas próprias perguntas (as originais podem ser ocultadas)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="57"/>
        <source>Restore &amp;Built-in Questions</source>
        <translation>Restaurar perguntas &amp;originais</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>New Question</source>
        <translation>Nova pergunta</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="137"/>
        <source>The question you would like to be asked:</source>
        <translation>A pergunta que você gostaria que fosse feita:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="163"/>
        <source>The built-in questions are back. Press OK to keep them.</source>
        <translation>As perguntas originais voltaram. Clique em OK para mantê-las.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/PromptEditorDialog.cpp" line="169"/>
        <source>Not Saved</source>
        <translation>Não salvo</translation>
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
        <translation>Uma pergunta original</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="43"/>
        <source>Your own question</source>
        <translation>Uma pergunta sua</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="45"/>
        <source>Originally: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="47"/>
        <source>Looks forward: a reflection ends on a question like this.</source>
        <translation>Olha para a frente: uma reflexão termina com uma pergunta como esta.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="49"/>
        <source>Hidden: not asked in reflections.</source>
        <translation>Oculta: não é feita nas reflexões.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="147"/>
        <source>Choose a question first.</source>
        <translation>Escolha uma pergunta primeiro.</translation>
    </message>
    <message>
        <location filename="../app/models/PromptListModel.cpp" line="150"/>
        <source>A built-in question cannot be removed: hide it instead.</source>
        <translation>Uma pergunta original não pode ser removida: oculte-a.</translation>
    </message>
</context>
<context>
    <name>Rekindle::PromptStore</name>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="45"/>
        <location filename="../app/storage/PromptStore.cpp" line="122"/>
        <source>The reflection questions could not be read.</source>
        <translation>Não foi possível ler as perguntas de reflexão.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="85"/>
        <source>The reflection questions could not be saved.</source>
        <translation>Não foi possível salvar as perguntas de reflexão.</translation>
    </message>
    <message>
        <location filename="../app/storage/PromptStore.cpp" line="110"/>
        <source>The built-in questions could not be restored.</source>
        <translation>Não foi possível restaurar as perguntas originais.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReadinessSection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="65"/>
        <source>What Rekindle looks at</source>
        <translation>O que o Rekindle observa</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="89"/>
        <source>This is information, not a gate: nothing in Rekindle is locked by it, and no one can promise how the other person will respond. The minimum days of space can be changed in Preferences.</source>
        <translation>Isto é informação, não uma barreira: nada no Rekindle fica bloqueado por isso, e ninguém pode prometer como a outra pessoa vai reagir. O mínimo de dias de distância pode ser mudado em Preferências.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="112"/>
        <source>Ready: you have given space and you are looking after yourself. A light, friendly message is one possible next step, if and when you choose.</source>
        <translation>Pode ser a hora: você deu distância e está cuidando de você. Uma mensagem leve e amigável é um possível próximo passo, se e quando você quiser.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="118"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="119"/>
        <source>Not now, because of %1.</source>
        <translation>Agora não, por causa de: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="120"/>
        <source>Not yet, because of %1.</source>
        <translation>Ainda não, por causa de: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="132"/>
        <source>✓ met</source>
        <translation>✓ atendido</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="133"/>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="134"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
</context>
<context>
    <name>Rekindle::RebuildTrustPage</name>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="29"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="31"/>
        <source>Feelings Shared</source>
        <translation>Sentimentos compartilhados</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="33"/>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="35"/>
        <source>Issues</source>
        <translation>Questões</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="39"/>
        <source>A plan for hard moments, for you alone. Keep it somewhere you can reach quickly; the numbers of support services are under Help ▸ Support and Safety.</source>
        <translation>Um plano para os momentos difíceis, só seu. Deixe-o onde possa alcançar rápido; os números dos serviços de apoio estão em Ajuda ▸ Apoio e segurança.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="41"/>
        <source>&amp;People I trust and can call:</source>
        <translation>&amp;Pessoas em quem confio e para quem posso ligar:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="42"/>
        <source>Names and numbers of people who will help</source>
        <translation>Nomes e números de pessoas que vão ajudar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="43"/>
        <source>Safe &amp;places I can go to:</source>
        <translation>&amp;Lugares seguros para onde posso ir:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="44"/>
        <source>A friend&apos;s home, family, a public place open late…</source>
        <translation>A casa de uma amizade, a família, um lugar público aberto até tarde…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="45"/>
        <source>Important &amp;documents and things to take:</source>
        <translation>&amp;Documentos e coisas importantes para levar:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="46"/>
        <source>ID, bank cards, medication, keys, phone charger…</source>
        <translation>Documento de identidade, cartões do banco, remédios, chaves, carregador do celular…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="47"/>
        <source>What I will do in an &amp;emergency:</source>
        <translation>O que vou fazer numa &amp;emergência:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="48"/>
        <source>Who I call first, where I go, the emergency number</source>
        <translation>Para quem ligo primeiro, para onde vou, o número de emergência</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="51"/>
        <source>Safety Plan</source>
        <translation>Plano de segurança</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="53"/>
        <source>Closure comes from within. What you write here is for you alone and is never sent.</source>
        <translation>O encerramento vem de dentro. O que você escreve aqui é só seu e nunca é enviado.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="54"/>
        <source>A &amp;letter you never send:</source>
        <translation>Uma &amp;carta que você nunca vai enviar:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="55"/>
        <source>Everything you would like to say, without holding back</source>
        <translation>Tudo o que você gostaria de dizer, sem se segurar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="56"/>
        <source>What I &amp;learned:</source>
        <translation>O que eu &amp;aprendi:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="57"/>
        <source>About myself, about what I need, about what I will not accept</source>
        <translation>Sobre mim, sobre o que eu preciso, sobre o que não vou aceitar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/RebuildTrustPage.cpp" line="60"/>
        <source>Closure</source>
        <translation>Encerramento</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecentMoodModel</name>
    <message>
        <location filename="../app/models/RecentMoodModel.cpp" line="52"/>
        <source>Mood %1 of 10, %2</source>
        <translation>Humor %1 de 10, %2</translation>
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
        <translation>Verificação de segurança</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="30"/>
        <source>Readiness</source>
        <translation>O momento</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="37"/>
        <source>Contact Log</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/ReconnectPage.cpp" line="38"/>
        <source>Meet-ups</source>
        <translation>Encontros</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectRules</name>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="130"/>
        <source>1 message without a reply</source>
        <translation>1 mensagem sem resposta</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReconnectRules.cpp" line="132"/>
        <source>%n messages in a row without a reply</source>
        <translation>
            <numerusform>%n mensagem seguida sem resposta</numerusform>
            <numerusform>%n mensagens seguidas sem resposta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="173"/>
        <source>There has been abuse, threats or intimidation. Your safety, and theirs, comes first: reaching out could put someone at risk. Please talk to someone you trust or to a support service.</source>
        <translation>Houve abuso, ameaças ou intimidação. A sua segurança, e a da outra pessoa, vem primeiro: procurá-la pode colocar alguém em risco. Por favor, converse com alguém de confiança ou com um serviço de apoio.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="178"/>
        <source>They have clearly asked for no contact. Respecting that is an act of care, for them and for you.</source>
        <translation>A pessoa pediu claramente que não haja contato. Respeitar isso é um gesto de cuidado, com ela e com você.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="182"/>
        <source>A legal no-contact order is in place. Contact of any kind could break it and have serious consequences.</source>
        <translation>Há uma medida judicial que proíbe o contato. Qualquer tipo de contato pode violá-la e ter consequências sérias.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="205"/>
        <source>Days of space</source>
        <translation>Dias de distância</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="210"/>
        <source>space not begun</source>
        <translation>distância não iniciada</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="211"/>
        <source>Begin space in step 1: time apart lets both of you steady yourselves.</source>
        <translation>Comece a distância no passo 1: um tempo separados ajuda vocês dois a se equilibrarem.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="217"/>
        <source>%1 days (at least %2)</source>
        <translation>%1 dias (pelo menos %2)</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="220"/>
        <source>%1 of %2 days</source>
        <translation>%1 de %2 dias</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="224"/>
        <source>You have given real space.</source>
        <translation>Você deu uma distância de verdade.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="226"/>
        <source>Your current stretch of space is still short. More time apart helps both of you steady yourselves.</source>
        <translation>Seu período atual de distância ainda é curto. Mais tempo separados ajuda vocês dois a se equilibrarem.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="234"/>
        <source>Working on yourself</source>
        <translation>Cuidar de você</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="238"/>
        <source>no active goals</source>
        <translation>nenhuma meta ativa</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="239"/>
        <source>Set a goal in step 2: growing for yourself comes first.</source>
        <translation>Defina uma meta no passo 2: crescer por você vem primeiro.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="248"/>
        <source>%1 of %2 goals kept at %3% or more over 14 days</source>
        <translation>%1 de %2 metas cumpridas em %3% ou mais em 14 dias</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="254"/>
        <source>You are looking after yourself.</source>
        <translation>Você está cuidando de você.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="256"/>
        <source>Keeping up one goal for two weeks shows you are steadier.</source>
        <translation>Manter uma meta por duas semanas mostra que você está mais firme.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="263"/>
        <source>Recent mood</source>
        <translation>Humor recente</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="267"/>
        <source>not enough moods recorded</source>
        <translation>poucos humores registrados</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="269"/>
        <source>Record a mood with your journal entries to see a trend.</source>
        <translation>Registre um humor com suas anotações do diário para ver uma tendência.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="273"/>
        <source>%1 in the last two weeks, %2 the two weeks before</source>
        <translation>%1 nas últimas duas semanas, %2 nas duas semanas anteriores</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="277"/>
        <source>Your mood is steady or rising.</source>
        <translation>Seu humor está estável ou subindo.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="279"/>
        <source>Your mood has dipped lately. Reaching out from a low moment often hurts more than it helps.</source>
        <translation>Seu humor caiu ultimamente. Procurar a pessoa num momento de baixa costuma machucar mais do que ajudar.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="107"/>
        <source>Latest replies</source>
        <translation>Últimas respostas</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="82"/>
        <source>no reply yet</source>
        <comment>the latest reply, in lower case</comment>
        <translation>ainda sem resposta</translation>
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
        <translation>fria</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="94"/>
        <source>asked for space / said no</source>
        <comment>the latest reply, in lower case</comment>
        <translation>pediu distância / disse não</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="123"/>
        <source>they asked for space</source>
        <translation>a pessoa pediu distância</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="124"/>
        <source>Not now: they asked for space or said no, and that deserves to be respected fully.</source>
        <translation>Agora não: a pessoa pediu distância ou disse não, e isso merece ser respeitado por completo.</translation>
    </message>
    <message>
        <source>%1 messages in a row without a reply</source>
        <translation type="vanished">%1 mensagens seguidas sem resposta</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="134"/>
        <source>Not now: silence is an answer for the moment. Giving space is kinder to both of you than another message.</source>
        <translation>Agora não: por enquanto, o silêncio é uma resposta. Dar distância é mais gentil com vocês dois do que outra mensagem.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="139"/>
        <source>the latest reply was cold</source>
        <translation>a última resposta foi fria</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="141"/>
        <source>Not now: a cold reply usually means they need more space. Time apart is kinder to both of you.</source>
        <translation>Agora não: uma resposta fria costuma significar que a pessoa precisa de mais distância. Um tempo separados é mais gentil com vocês dois.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="147"/>
        <source>Their latest reply did not ask for distance. It promises nothing either way.</source>
        <translation>A última resposta da pessoa não pediu distância. Ela também não promete nada, nem para um lado nem para o outro.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="153"/>
        <source>no replies recorded</source>
        <translation>nenhuma resposta registrada</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="154"/>
        <source>Nothing to go on yet, and that is fine.</source>
        <translation>Ainda não há em que se basear, e tudo bem.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="292"/>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="39"/>
        <source>Your safety</source>
        <translation>Sua segurança</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="293"/>
        <source>Their no</source>
        <translation>O não da pessoa</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="295"/>
        <source>safety comes first</source>
        <translation>a segurança vem primeiro</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="296"/>
        <source>a no was recorded</source>
        <translation>um não foi registrado</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="298"/>
        <source>Not now: with safety at stake, Rekindle does not suggest reaching out. Support services are listed under Help.</source>
        <translation>Agora não: com a segurança em jogo, o Rekindle não sugere procurar a pessoa. Os serviços de apoio estão em Ajuda.</translation>
    </message>
    <message>
        <location filename="../app/core/ReconnectRules.cpp" line="301"/>
        <source>Not now: they have said no. Respecting it is the kindest thing, for them and for you.</source>
        <translation>Agora não: a pessoa disse não. Respeitar isso é o mais gentil, com ela e com você.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="26"/>
        <source>days of space</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>dias de distância</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="29"/>
        <source>working on yourself</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>cuidar de você</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="32"/>
        <source>recent mood</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>humor recente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="35"/>
        <source>latest replies</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>últimas respostas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="40"/>
        <source>your safety</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>sua segurança</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/ReadinessSection.cpp" line="42"/>
        <source>their no</source>
        <comment>inside a sentence: not yet, because of …</comment>
        <translation>o não da pessoa</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReconnectStore</name>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="70"/>
        <source>This meet-up is no longer in the journal.</source>
        <translation>Este encontro não está mais no diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="97"/>
        <source>The meet-up could not be saved.</source>
        <translation>Não foi possível salvar o encontro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="104"/>
        <source>Your changes to the meet-up could not be saved.</source>
        <translation>Não foi possível salvar suas alterações no encontro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="125"/>
        <source>The meet-up could not be removed.</source>
        <translation>Não foi possível remover o encontro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="134"/>
        <source>The meet-up could not be read.</source>
        <translation>Não foi possível ler o encontro.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="145"/>
        <source>The replies recorded could not be read.</source>
        <translation>Não foi possível ler as respostas registradas.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="156"/>
        <source>The meet-ups could not be read.</source>
        <translation>Não foi possível ler os encontros.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="166"/>
        <source>Your phrases could not be read.</source>
        <translation>Não foi possível ler suas frases.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="188"/>
        <source>The phrase could not be added.</source>
        <translation>Não foi possível adicionar a frase.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="212"/>
        <source>The phrase could not be removed.</source>
        <translation>Não foi possível remover a frase.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="214"/>
        <source>This phrase is no longer in the journal.</source>
        <translation>Esta frase não está mais no diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReconnectStore.cpp" line="244"/>
        <source>The moods could not be read.</source>
        <translation>Não foi possível ler os humores.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordKinds</name>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="102"/>
        <source>Journal entries</source>
        <translation>Anotações do diário</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="127"/>
        <source>My part</source>
        <translation>Minha parte</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="151"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="174"/>
        <source>Goal check-ins</source>
        <translation>Marcações de metas</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="192"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="220"/>
        <source>Urges to reach out</source>
        <translation>Vontades de procurar a pessoa</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="238"/>
        <source>Unsent messages</source>
        <translation>Mensagens não enviadas</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="257"/>
        <source>Small wins</source>
        <translation>Pequenas conquistas</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="274"/>
        <source>Reflections</source>
        <translation>Reflexões</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="297"/>
        <source>Reflection answers</source>
        <translation>Respostas de reflexão</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="314"/>
        <source>Reflection prompts</source>
        <translation>Perguntas de reflexão</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="334"/>
        <source>Mood check-ins</source>
        <translation>Registros de humor</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="358"/>
        <source>Meet-ups</source>
        <translation>Encontros</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="382"/>
        <source>Phrases to check in messages</source>
        <translation>Frases a verificar nas mensagens</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="399"/>
        <source>Feelings shared</source>
        <translation>Sentimentos compartilhados</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="418"/>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="441"/>
        <source>Issues</source>
        <translation>Questões</translation>
    </message>
    <message>
        <location filename="../app/storage/RecordKinds.cpp" line="462"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordListPanel</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Excluir…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="29"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/RecordListPanel.cpp" line="53"/>
        <source>Double-click a cell to change it.</source>
        <translation>Clique duas vezes em uma célula para mudá-la.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Excluir</translation>
    </message>
    <message>
        <source>Delete this record from your journal? This cannot be undone.</source>
        <translation type="vanished">Excluir este registro do seu diário? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordModel</name>
    <message>
        <location filename="../app/models/RecordModel.cpp" line="20"/>
        <source>This list does not remove its rows.</source>
        <translation>Esta lista não remove suas linhas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecordViewDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="23"/>
        <source>Kept in Your Journal</source>
        <translation>Guardado no seu diário</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="37"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecordViewDialog.cpp" line="38"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
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
        <translation>&quot;%1&quot; não aparece em nenhuma chave de recuperação. Uma chave de recuperação tem os algarismos e as letras de A a Z, sem o U.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="141"/>
        <source>A recovery key has %1 characters in %2 groups; this one has %3.</source>
        <translation>Uma chave de recuperação tem %1 caracteres em %2 grupos; esta tem %3.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="148"/>
        <source>This recovery key has a typo, probably in group %1. Compare it with the one you saved.</source>
        <translation>Esta chave de recuperação tem um erro de digitação, provavelmente no grupo %1. Compare-a com a que você guardou.</translation>
    </message>
    <message>
        <location filename="../app/crypto/RecoveryKey.cpp" line="151"/>
        <location filename="../app/crypto/RecoveryKey.cpp" line="157"/>
        <source>This recovery key has a typo. Compare each group with the one you saved.</source>
        <translation>Esta chave de recuperação tem um erro de digitação. Compare cada grupo com a que você guardou.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryKeyDialog</name>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="32"/>
        <source>If you ever forget your passphrase, this recovery key opens your journal. Rekindle shows it only this once and keeps no copy. Print it or write it down, and keep it somewhere safe away from this computer: anyone who has it can read your journal.</source>
        <translation>Se um dia você esquecer sua frase-senha, esta chave de recuperação abre seu diário. O Rekindle a mostra só desta vez e não guarda cópia. Imprima ou anote a chave e guarde em um lugar seguro, longe deste computador: qualquer pessoa que a tiver pode ler seu diário.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="44"/>
        <source>I have &amp;kept it somewhere safe</source>
        <translation>Já &amp;guardei em um lugar seguro</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="45"/>
        <source>&amp;Done</source>
        <translation>&amp;Concluído</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="49"/>
        <source>Your Recovery Key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="61"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="68"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="113"/>
        <source>This key is shown only once. Please print it, save it or write it down, then tick “I have kept it somewhere safe”.</source>
        <translation>Esta chave é mostrada uma única vez. Imprima, salve ou anote a chave e depois marque “Já guardei em um lugar seguro”.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="131"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="166"/>
        <source>Rekindle recovery key</source>
        <translation>Chave de recuperação do Rekindle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="133"/>
        <source>Made on %1.</source>
        <translation>Criada em %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="143"/>
        <source>Print the Recovery Key</source>
        <translation>Imprimir a chave de recuperação</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="152"/>
        <source>Save the Recovery Key as PDF</source>
        <translation>Salvar a chave de recuperação como PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="153"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="156"/>
        <source>Saved. Keep the file away from this computer, for example printed or on a USB stick, and delete the copy here.</source>
        <translation>Salvo. Mantenha o arquivo longe deste computador, por exemplo impresso ou em um pendrive, e exclua a cópia daqui.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RecoveryKeyDialog.cpp" line="170"/>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Não foi possível gravar o PDF em “%1”.</translation>
    </message>
</context>
<context>
    <name>Rekindle::RecoveryWindow</name>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="33"/>
        <source>&amp;Restore Selected Backup…</source>
        <translation>&amp;Restaurar o backup selecionado…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="36"/>
        <source>Rekindle — Recover the Journal</source>
        <translation>Rekindle — Recuperar o diário</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="38"/>
        <source>Your journal needs attention</source>
        <translation>Seu diário precisa de atenção</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="50"/>
        <source>Nothing has been deleted. The journal file stays as it is until you choose what to do; a restore keeps it in the folder “damaged” beside the journal.</source>
        <translation>Nada foi excluído. O arquivo do diário fica como está até você escolher o que fazer; uma restauração o guarda na pasta “damaged”, ao lado do diário.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="55"/>
        <source>Journal folder: %1</source>
        <translation>Pasta do diário: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="56"/>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="64"/>
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="71"/>
        <source>&amp;Save What Can Be Read…</source>
        <translation>&amp;Salvar o que pode ser lido…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="73"/>
        <source>Write every record that can still be read to a JSON export</source>
        <translation>Gravar em uma exportação JSON todos os registros que ainda podem ser lidos</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="74"/>
        <source>Open &amp;Another Folder…</source>
        <translation>Abrir &amp;outra pasta…</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="121"/>
        <source>No backups were found in this journal folder.</source>
        <translation>Nenhum backup foi encontrado nesta pasta do diário.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="140"/>
        <source>Restore from a Backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="141"/>
        <source>Bring the journal back to the backup of %1?</source>
        <translation>Voltar o diário para o backup de %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="144"/>
        <source>What was written after it is not in the backup. The journal as it is now is kept in the folder “damaged”.</source>
        <translation>O que foi escrito depois dele não está no backup. O diário como está agora é guardado na pasta “damaged”.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="146"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="163"/>
        <source>The backup was restored.</source>
        <translation>O backup foi restaurado.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="164"/>
        <source>The backup was restored. The damaged journal is kept in %1.</source>
        <translation>O backup foi restaurado. O diário danificado está guardado em %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="173"/>
        <source>Save What Can Be Read</source>
        <translation>Salvar o que pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="174"/>
        <source>Rekindle export (*.json)</source>
        <translation>Exportação do Rekindle (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/RecoveryWindow.cpp" line="188"/>
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n registro salvo em %1.</numerusform>
            <numerusform>%n registros salvos em %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="192"/>
        <source>These could not be read whole, so some of them may be missing: %1.</source>
        <translation>Não foi possível ler estes por inteiro, então parte deles pode estar faltando: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/RecoveryWindow.cpp" line="200"/>
        <source>Open Another Folder</source>
        <translation>Abrir outra pasta</translation>
    </message>
</context>
<context>
    <name>Rekindle::Reflection</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="34"/>
        <source>This reflection has too many questions to save.</source>
        <translation>Esta reflexão tem perguntas demais para salvar.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="38"/>
        <source>One answer is too long to save. Shorten it, or move part of it into a journal entry.</source>
        <translation>Uma resposta é longa demais para salvar. Encurte-a ou passe parte dela para uma anotação do diário.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Thought record</source>
        <translation>Registro de pensamentos</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="45"/>
        <source>Reflection</source>
        <translation>Reflexão</translation>
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
        <translation>Ir para a ú&amp;ltima pergunta</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="42"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="43"/>
        <source>&amp;Skip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="44"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="45"/>
        <source>Save for &amp;Later</source>
        <translation>Salvar para &amp;depois</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="63"/>
        <source>Carrying on with the reflection you started %1.</source>
        <translation>Continuando a reflexão que você começou em %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="69"/>
        <source>Your reflection of %1. Changes are saved as you type.</source>
        <translation>Sua reflexão de %1. As alterações são salvas enquanto você digita.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="90"/>
        <source>Progress through the questions</source>
        <translation>Progresso pelas perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="92"/>
        <source>Keep it short: a few honest sentences are plenty. Looking back helps most in small doses, and the last question looks ahead.</source>
        <translation>Seja breve: algumas frases sinceras já bastam. Olhar para trás ajuda mais em pequenas doses, e a última pergunta olha para a frente.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="101"/>
        <source>You have given this real thought. When you are ready, it may help to wrap up with the last question: what you will do next.</source>
        <translation>Você pensou de verdade sobre isso. Quando sentir que é a hora, pode ajudar fechar com a última pergunta: o que você vai fazer a seguir.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="121"/>
        <source>Write as much or as little as you like.</source>
        <translation>Escreva o quanto quiser, muito ou pouco.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="128"/>
        <source>Leave this question unanswered and go on</source>
        <translation>Deixar esta pergunta sem resposta e seguir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="132"/>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Next question (%1)</source>
        <translation>Próxima pergunta (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="246"/>
        <source>Save this reflection (%1)</source>
        <translation>Salvar esta reflexão (%1)</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Return)</source>
        <translation type="vanished">Próxima pergunta (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="135"/>
        <source>Your answers are kept; carry on whenever you like</source>
        <translation>Suas respostas ficam guardadas; continue quando quiser</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="195"/>
        <source>Reflect: %1</source>
        <translation>Refletir: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="232"/>
        <source>Question %1 of %2</source>
        <translation>Pergunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="244"/>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Save this reflection (Ctrl+Return)</source>
        <translation type="vanished">Salvar esta reflexão (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="317"/>
        <source>Not Saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ReflectionDialog.cpp" line="318"/>
        <source>Your answers could not be saved. If you close now, they will be lost. Close anyway?</source>
        <translation>Não foi possível salvar suas respostas. Se fechar agora, elas serão perdidas. Fechar mesmo assim?</translation>
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
            <numerusform>%1 — %2 (rascunho, %n respondida)</numerusform>
            <numerusform>%1 — %2 (rascunho, %n respondidas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="59"/>
        <source>%1, written %2</source>
        <translation>%1, escrita em %2</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="62"/>
        <source>Unfinished thought record, started %1: open it to carry on</source>
        <translation>Registro de pensamentos inacabado, começado em %1: abra para continuar</translation>
    </message>
    <message>
        <location filename="../app/models/ReflectionListModel.cpp" line="63"/>
        <source>Unfinished reflection, started %1: open it to carry on</source>
        <translation>Reflexão inacabada, começada em %1: abra para continuar</translation>
    </message>
    <message>
        <source>Unfinished %1, started %2: open it to carry on</source>
        <translation type="vanished">%1 inacabada, começada em %2: abra para continuar</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionPrompts</name>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="398"/>
        <source>Write the question you would like to be asked.</source>
        <translation>Escreva a pergunta que você gostaria que fosse feita.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ReflectionPrompts.cpp" line="401"/>
        <source>Keep the question under %n characters.</source>
        <translation>
            <numerusform>Mantenha a pergunta abaixo de %n caractere.</numerusform>
            <numerusform>Mantenha a pergunta abaixo de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="39"/>
        <source>In a few sentences: why do you think it ended?</source>
        <translation>Em poucas frases: por que você acha que terminou?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="43"/>
        <source>What could you have done differently?</source>
        <translation>O que você poderia ter feito de outro jeito?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="47"/>
        <source>Which of your own habits or behaviours would you like to change?</source>
        <translation>Quais dos seus hábitos ou comportamentos você gostaria de mudar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="51"/>
        <source>What would you say to a friend who went through the same thing?</source>
        <translation>O que você diria a uma amizade que passou pela mesma coisa?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="55"/>
        <source>What does giving each other space look like for you this week?</source>
        <translation>Como é, para você, dar espaço um ao outro nesta semana?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="59"/>
        <source>What is one small, kind thing you will do for yourself tomorrow?</source>
        <translation>Qual é uma coisa pequena e gentil que você vai fazer por si amanhã?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="64"/>
        <source>Which part of yourself would you like to grow in right now?</source>
        <translation>Em que parte de você você gostaria de crescer agora?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="68"/>
        <source>How did you move your body this week, and how did it feel?</source>
        <translation>Como você mexeu o corpo nesta semana, e como se sentiu?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="72"/>
        <source>What new thing are you curious to try or learn?</source>
        <translation>Que coisa nova você tem curiosidade de experimentar ou aprender?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="76"/>
        <source>What weighs on you that a professional or a trusted friend could help with?</source>
        <translation>O que pesa em você e em que um profissional ou uma amizade de confiança poderia ajudar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="80"/>
        <source>What are you proud of from the past few days?</source>
        <translation>Do que você se orgulha nos últimos dias?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="84"/>
        <source>What is one step for your own growth you will take this week?</source>
        <translation>Qual é um passo para o seu próprio crescimento que você vai dar nesta semana?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="89"/>
        <source>Would reaching out be safe and welcome, and do you feel steady? What tells you so?</source>
        <translation>Procurar a pessoa seria seguro e bem-vindo, e você se sente com firmeza? O que mostra isso a você?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="94"/>
        <source>What do you hope a first, light message would bring?</source>
        <translation>O que você espera que uma primeira mensagem leve traga?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="98"/>
        <source>What is something positive or friendly you could share?</source>
        <translation>O que há de positivo ou amigável que você poderia contar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="102"/>
        <source>Which heavy topics or parts of the past will you leave for later?</source>
        <translation>Quais temas pesados ou partes do passado você vai deixar para depois?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="106"/>
        <source>How will you take it if they do not answer, or answer briefly?</source>
        <translation>Como você vai lidar se a pessoa não responder, ou responder rapidamente?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="110"/>
        <source>What is the next small, low-pressure step for you, whether or not it involves them?</source>
        <translation>Qual é o próximo passo pequeno e sem pressão para você, envolvendo ou não a outra pessoa?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="116"/>
        <source>Where were you open and honest about how you feel lately?</source>
        <translation>Quando, ultimamente, você falou com abertura e sinceridade sobre o que sente?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="120"/>
        <source>Which promises did you keep, and which were hard to keep?</source>
        <translation>Quais promessas você cumpriu, e quais foram difíceis de cumprir?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="124"/>
        <source>Did anything you did give reason for doubt? What would you change?</source>
        <translation>Algo que você fez deu motivo para dúvida? O que você mudaria?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="128"/>
        <source>Is there an issue you would like to face together? How could you raise it gently?</source>
        <translation>Há alguma questão que você gostaria de enfrentar em conjunto? Como poderia trazê-la com delicadeza?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="133"/>
        <source>When did you really listen this week?</source>
        <translation>Quando você escutou de verdade nesta semana?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="137"/>
        <source>What small, reliable thing will you do this week to show you are committed?</source>
        <translation>Que coisa pequena e constante você vai fazer nesta semana para mostrar seu compromisso?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="142"/>
        <source>Does the pace feel right to you? Where do you feel pressure to speed up?</source>
        <translation>O ritmo parece certo para você? Onde você sente pressão para acelerar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="146"/>
        <source>What makes the foundation between you feel stronger lately?</source>
        <translation>O que tem feito os alicerces entre vocês parecerem mais firmes ultimamente?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="150"/>
        <source>What did you enjoy together without needing it to mean more?</source>
        <translation>Do que vocês gostaram juntos sem precisar que isso significasse mais?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="154"/>
        <source>Whatever the outcome, what have you gained for yourself?</source>
        <translation>Seja qual for o desfecho, o que você ganhou para si?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="158"/>
        <source>How can you be patient with yourself and with them this month?</source>
        <translation>Como você pode ter paciência consigo e com a outra pessoa neste mês?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="162"/>
        <source>What is one unhurried thing you would like to do next?</source>
        <translation>Qual é uma coisa sem pressa que você gostaria de fazer a seguir?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="168"/>
        <source>What does honouring their no look like for you, day to day?</source>
        <translation>Como é, no dia a dia, respeitar o não da pessoa?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="172"/>
        <source>When the longing comes, what helps you let it pass gently?</source>
        <translation>Quando a saudade vem, o que ajuda você a deixá-la passar com suavidade?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="176"/>
        <source>What are you feeling now that it is clear, and what do you need?</source>
        <translation>O que você sente agora que está claro, e do que você precisa?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="180"/>
        <source>Who in your life can you lean on while it hurts?</source>
        <translation>Com quem na sua vida você pode contar enquanto dói?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="184"/>
        <source>What is one thing you will do this week just for yourself?</source>
        <translation>Qual é uma coisa que você vai fazer nesta semana só para você?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="189"/>
        <source>Where, and with whom, do you feel safe?</source>
        <translation>Onde, e com quem, você se sente em segurança?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="193"/>
        <source>Who could you tell about what happened, so that you are not alone with it?</source>
        <translation>Para quem você poderia contar o que aconteceu, para não carregar isso só?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="197"/>
        <source>What helps you feel calm and steady when you are afraid?</source>
        <translation>O que ajuda você a sentir calma e firmeza quando tem medo?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="201"/>
        <source>Which support service or professional would you like to talk to?</source>
        <translation>Com qual serviço de apoio ou profissional você gostaria de conversar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="205"/>
        <source>What is one step you will take this week to keep yourself safe?</source>
        <translation>Qual é um passo que você vai dar nesta semana para se manter em segurança?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="210"/>
        <source>If you wrote a letter you will never send, what would it say?</source>
        <translation>Se você escrevesse uma carta que nunca vai enviar, o que ela diria?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="214"/>
        <source>What have you learned about yourself and about what you need?</source>
        <translation>O que você aprendeu sobre si e sobre o que precisa?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="218"/>
        <source>What are you ready to let go of, and what will you keep?</source>
        <translation>Do que você já consegue se desapegar, e o que vai guardar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="222"/>
        <source>What would help you feel safer? Is there something to add to your safety plan?</source>
        <translation>O que ajudaria você a se sentir mais em segurança? Há algo a acrescentar ao seu plano de segurança?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="227"/>
        <source>What would you say to a friend who came out of the same relationship?</source>
        <translation>O que você diria a uma amizade que saiu da mesma relação?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="231"/>
        <source>What is one kind thing you will do this week that is only for you?</source>
        <translation>Qual é uma coisa gentil que você vai fazer nesta semana só para você?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="236"/>
        <source>What do you want in your next relationship, and what will you not accept?</source>
        <translation>O que você quer na sua próxima relação, e o que não vai aceitar?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="240"/>
        <source>What are you looking forward to in your own life?</source>
        <translation>O que você espera com alegria na sua própria vida?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="244"/>
        <source>Which parts of you grew stronger through all this?</source>
        <translation>Que partes de você ficaram mais fortes com tudo isso?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="248"/>
        <source>How can you be patient with yourself while you heal?</source>
        <translation>Como você pode ter paciência consigo enquanto se cura?</translation>
    </message>
    <message>
        <location filename="../app/core/ReflectionPrompts.cpp" line="252"/>
        <source>What is one next step toward the life you want?</source>
        <translation>Qual é um próximo passo rumo à vida que você quer?</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionStore</name>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="198"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="236"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="307"/>
        <source>The reflection could not be read.</source>
        <translation>Não foi possível ler a reflexão.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="152"/>
        <source>The reflection could not be saved.</source>
        <translation>Não foi possível salvar a reflexão.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="175"/>
        <source>Your reflection could not be saved.</source>
        <translation>Não foi possível salvar sua reflexão.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="193"/>
        <source>The reflection could not be deleted.</source>
        <translation>Não foi possível excluir a reflexão.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="253"/>
        <location filename="../app/storage/ReflectionStore.cpp" line="316"/>
        <source>The reflections could not be read.</source>
        <translation>Não foi possível ler as reflexões.</translation>
    </message>
    <message>
        <location filename="../app/storage/ReflectionStore.cpp" line="335"/>
        <source>The reflections could not be counted.</source>
        <translation>Não foi possível contar as reflexões.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ReflectionsPanel</name>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="37"/>
        <source>(not answered)</source>
        <translation>(sem resposta)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="48"/>
        <source>&amp;Questions…</source>
        <translation>&amp;Perguntas…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="54"/>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="58"/>
        <source>&amp;Reflect…</source>
        <translation>&amp;Refletir…</translation>
    </message>
    <message>
        <source>Answer a few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Responder a algumas perguntas sobre este passo, uma por vez (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="60"/>
        <source>Answer a few questions about this step, one at a time (%1)</source>
        <translation>Responder a algumas perguntas sobre este passo, uma por vez (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="62"/>
        <source>&amp;Thought Record…</source>
        <translation>Registro de pe&amp;nsamentos…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="64"/>
        <source>Look at a painful thought from the outside</source>
        <translation>Olhar de fora para um pensamento doloroso</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="67"/>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="220"/>
        <source>Add, reword, reorder or hide this step&apos;s questions</source>
        <translation>Adicionar, reformular, reordenar ou ocultar as perguntas deste passo</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="69"/>
        <source>Carry on with, or edit, the selected reflection</source>
        <translation>Continuar ou editar a reflexão selecionada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="73"/>
        <source>Reflections, newest first</source>
        <translation>Reflexões, da mais recente à mais antiga</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="80"/>
        <source>The selected reflection</source>
        <translation>A reflexão selecionada</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="100"/>
        <source>No reflections yet. Reflecting now and then, briefly, helps to see the way forward. Press Reflect… (Ctrl+R) to begin.</source>
        <translation>Ainda não há reflexões. Refletir de vez em quando, brevemente, ajuda a enxergar o caminho. Clique em Refletir… (Ctrl+R) para começar.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="189"/>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="195"/>
        <source>Not finished yet. Press Open to carry on.</source>
        <translation>Ainda não concluída. Clique em Abrir para continuar.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="221"/>
        <source>On this path the step asks its own questions, about looking after yourself and moving on. Your own questions are kept for when you change your answers back.</source>
        <translation>Neste caminho, o passo faz as próprias perguntas, sobre cuidar de você e seguir em frente. Suas próprias perguntas ficam guardadas para quando você mudar suas respostas de volta.</translation>
    </message>
    <message>
        <source>Delete Reflection</source>
        <translation type="vanished">Excluir reflexão</translation>
    </message>
    <message>
        <source>Delete this reflection? This cannot be undone.</source>
        <translation type="vanished">Excluir esta reflexão? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ReflectionsPanel.cpp" line="314"/>
        <source>Not Deleted</source>
        <translation>Não excluída</translation>
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
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="29"/>
        <source>Rekindle keeps a copy of your journal each day you use it. Restoring one brings the journal back to that day; the journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>O Rekindle guarda uma cópia do seu diário em cada dia em que você o usa. Restaurar uma delas faz o diário voltar àquele dia; antes, o diário como está agora é guardado em um backup, então nada se perde.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="41"/>
        <source>Backups are kept in %1.</source>
        <translation>Os backups ficam em %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="71"/>
        <source>There are no backups yet. Rekindle makes the first one shortly after it starts.</source>
        <translation>Ainda não há backups. O Rekindle faz o primeiro pouco depois de iniciar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="95"/>
        <source>Bring the journal back to how it was on %1?</source>
        <translation>Voltar o diário ao que era em %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/RestoreDialog.cpp" line="98"/>
        <source>What you wrote since then will be replaced. The journal as it is now is kept as a backup first, so you can come back to it.</source>
        <translation>O que você escreveu desde então será substituído. Antes, o diário como está agora é guardado em um backup, para que você possa voltar a ele.</translation>
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
        <translation>Abrir a &amp;verificação de segurança</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="59"/>
        <source>They have said no, or did not want to meet, and that deserves to be respected fully. The tools for reaching out are put away.

If you recorded a reply by mistake, you can review it in the safety check and change it; only you can.</source>
        <translation>A pessoa disse não, ou não quis se encontrar, e isso merece ser respeitado por completo. As ferramentas para procurá-la foram guardadas.

Se você registrou uma resposta por engano, pode revê-la na verificação de segurança e mudá-la; só você pode.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="64"/>
        <source>Please answer the short safety check first. It takes a moment, and it makes sure that reaching out is safe and welcome.</source>
        <translation>Responda primeiro à breve verificação de segurança. Leva um instante e garante que procurar a pessoa seja seguro e bem-vindo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetyGate.cpp" line="67"/>
        <source>Reaching out is not advised, because of what you said in the safety check:

%1

Steps 1 and 2 are still here for you, and moving on is a full, respected outcome. Support services are listed under Help ▸ Support and Safety. Only you can change your answers, at any time.</source>
        <translation>Procurar a pessoa não é recomendado, por causa do que você disse na verificação de segurança:

%1

Os passos 1 e 2 continuam aqui para você, e seguir em frente é um desfecho pleno e respeitado. Os serviços de apoio estão em Ajuda ▸ Apoio e segurança. Só você pode mudar suas respostas, a qualquer momento.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SafetySection</name>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="26"/>
        <source>Someone in this relationship has been &amp;abusive, threatening or intimidating.</source>
        <translation>Nesta relação houve &amp;abuso, ameaças ou intimidação.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="27"/>
        <source>They have clearly asked me for &amp;no contact.</source>
        <translation>A pessoa me pediu claramente que &amp;não haja contato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="28"/>
        <source>There is a &amp;legal no-contact order.</source>
        <translation>Há uma &amp;medida judicial que proíbe o contato.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="29"/>
        <source>&amp;Save My Answers</source>
        <translation>&amp;Salvar minhas respostas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="33"/>
        <source>I Have &amp;Moved On</source>
        <translation>Eu segui em &amp;frente</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="35"/>
        <source>&amp;Review What I Recorded</source>
        <translation>&amp;Rever o que registrei</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="57"/>
        <source>Open the contact log and meet-ups to change a reply or a meet-up recorded by mistake</source>
        <translation>Abrir os contatos e encontros para mudar uma resposta ou um encontro registrado por engano</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="60"/>
        <source>Before anything else, a short check. Reaching out is only right when it is safe and welcome. Tick what is true; leave the rest. Your answers stay in your journal and you can change them at any time.</source>
        <translation>Antes de tudo, uma verificação rápida. Procurar a pessoa só é certo quando é seguro e bem-vindo. Marque o que for verdade; deixe o resto. Suas respostas ficam no seu diário e você pode mudá-las a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="66"/>
        <source>Safety check</source>
        <translation>Verificação de segurança</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="76"/>
        <source>Reaching out is not advised</source>
        <translation>Procurar a pessoa não é recomendado</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="80"/>
        <source>This is not a judgement of you. Steps 1 and 2, giving space and working on yourself, are still yours, and they matter. Moving on is a full and respected outcome: your journal stays as it is.</source>
        <translation>Isto não é um julgamento sobre você. Os passos 1 e 2, dar distância e cuidar de você, continuam sendo seus, e importam. Seguir em frente é um desfecho pleno e respeitado: seu diário fica como está.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="137"/>
        <source>Saved. You have changed your answers, and that is yours to decide. Steps 3 to 5 follow your new answers. If anything ever feels unsafe or unwelcome again, tick it here: the journey changes with it at once.</source>
        <translation>Salvo. Você mudou suas respostas, e essa decisão é sua. Os passos 3 a 5 seguem suas novas respostas. Se algo voltar a parecer inseguro ou indesejado, marque aqui: a jornada muda junto na hora.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="143"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="165"/>
        <source>If you recorded a reply or a meet-up by mistake, you can review it and change it; only you can. Steps 1 and 2 are still here for you, and moving on is a full, respected outcome.</source>
        <translation>Se você registrou uma resposta ou um encontro por engano, pode revê-lo e mudá-lo; só você pode. Os passos 1 e 2 continuam aqui para você, e seguir em frente é um desfecho pleno e respeitado.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="188"/>
        <source>Not answered yet. Once you have saved your answers, step 3 follows them.</source>
        <translation>Ainda sem resposta. Depois que você salvar suas respostas, o passo 3 as segue.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="191"/>
        <source>Answered on %1.</source>
        <translation>Respondido em %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/reconnect/SafetySection.cpp" line="193"/>
        <source>Answered on %1. Nothing in your answers stands against a light, friendly message, if and when you choose one.</source>
        <translation>Respondido em %1. Nada nas suas respostas impede uma mensagem leve e amigável, se e quando você quiser.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sax</name>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="217"/>
        <source>the file ends too early</source>
        <translation>o arquivo termina antes do esperado</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="219"/>
        <source>a number is too large</source>
        <translation>um número é grande demais</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="221"/>
        <source>something that is not JSON, or text that is not UTF-8</source>
        <translation>algo que não é JSON, ou texto que não é UTF-8</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="223"/>
        <source>a broken escape in a text</source>
        <translation>uma sequência de escape quebrada em um texto</translation>
    </message>
    <message>
        <location filename="../app/storage/ImportReader.cpp" line="224"/>
        <source>The file is not a readable Rekindle export: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>O arquivo não é uma exportação legível do Rekindle: %1 na linha %2, coluna %3. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SealingCodec</name>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="62"/>
        <source>It is not encrypted, so it was not written by Rekindle.</source>
        <translation>Não está criptografado, então não foi gravado pelo Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/SealingCodec.cpp" line="67"/>
        <source>It is damaged.</source>
        <translation>Está danificado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchBar</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="vanished">Buscar no diário (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="42"/>
        <source>Search the journal (%1)</source>
        <translation>Buscar no diário (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="44"/>
        <source>Search the journal</source>
        <translation>Buscar no diário</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="69"/>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="155"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nada encontrado para “%1”.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="157"/>
        <source>The newest %1 matches</source>
        <translation>Os %1 resultados mais recentes</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/SearchBar.cpp" line="159"/>
        <source>Matches: %1, newest first</source>
        <translation>Resultados: %1, do mais recente ao mais antigo</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchIndexBuilder</name>
    <message>
        <location filename="../app/storage/SearchIndexBuilder.cpp" line="171"/>
        <source>The search index could not be built.</source>
        <translation>Não foi possível criar o índice de busca.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchProjection</name>
    <message>
        <location filename="../app/storage/SearchProjection.cpp" line="93"/>
        <location filename="../app/storage/SearchProjection.cpp" line="177"/>
        <location filename="../app/storage/SearchProjection.cpp" line="196"/>
        <source>The search index could not be built.</source>
        <translation>Não foi possível criar o índice de busca.</translation>
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
        <translation>Preparando a busca… %1%</translation>
    </message>
    <message>
        <location filename="../app/models/SearchResultModel.cpp" line="129"/>
        <source>Show more results…</source>
        <translation>Mostrar mais resultados…</translation>
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
        <translation>Não foi possível salvar o índice de busca.</translation>
    </message>
    <message>
        <location filename="../app/storage/SearchSnapshot.cpp" line="134"/>
        <source>The saved search index cannot be used; it is built again.</source>
        <translation>O índice de busca salvo não pode ser usado; ele será criado de novo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SearchStore</name>
    <message>
        <location filename="../app/storage/SearchStore.cpp" line="54"/>
        <source>The search could not be run.</source>
        <translation>Não foi possível fazer a busca.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SecretBytes</name>
    <message>
        <location filename="../app/crypto/SecretBytes.cpp" line="77"/>
        <location filename="../app/crypto/SecretBytes.cpp" line="83"/>
        <source>Rekindle could not reserve memory for a key.</source>
        <translation>O Rekindle não conseguiu reservar memória para uma chave.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SettingsStore</name>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="39"/>
        <source>The journal&apos;s settings could not be read.</source>
        <translation>Não foi possível ler as configurações do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="52"/>
        <location filename="../app/storage/SettingsStore.cpp" line="132"/>
        <location filename="../app/storage/SettingsStore.cpp" line="157"/>
        <source>The setting could not be saved.</source>
        <translation>Não foi possível salvar a configuração.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="96"/>
        <source>The breakup date cannot be in the future. Choose today or an earlier day.</source>
        <translation>A data do término não pode estar no futuro. Escolha hoje ou um dia anterior.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="110"/>
        <source>Space can only have begun today or earlier. Choose another day.</source>
        <translation>A distância só pode ter começado hoje ou antes. Escolha outro dia.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="128"/>
        <source>Choose limits between %1 and %2.</source>
        <translation>Escolha limites entre %1 e %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="202"/>
        <source>Choose between %1 and %2 days of space.</source>
        <translation>Escolha entre %1 e %2 dias de distância.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="217"/>
        <source>Choose a gap between %1 and %2 days.</source>
        <translation>Escolha um intervalo entre %1 e %2 dias.</translation>
    </message>
    <message>
        <location filename="../app/storage/SettingsStore.cpp" line="248"/>
        <source>This text is too long to keep (at most %1 characters).</source>
        <translation>Este texto é longo demais para guardar (no máximo %1 caracteres).</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWin</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="63"/>
        <source>Write what you did, even if it seems small.</source>
        <translation>Escreva o que você fez, mesmo que pareça pouco.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="65"/>
        <source>Keep it short: under %1 characters.</source>
        <translation>Seja breve: menos de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="67"/>
        <source>Choose the day of the win.</source>
        <translation>Escolha o dia da conquista.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="69"/>
        <source>A win is something already done: choose today or an earlier day.</source>
        <translation>Uma conquista é algo já feito: escolha hoje ou um dia anterior.</translation>
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
        <translation>Escolha uma conquista primeiro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinStore</name>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="49"/>
        <source>The win could not be saved.</source>
        <translation>Não foi possível salvar a conquista.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="55"/>
        <source>The win could not be removed.</source>
        <translation>Não foi possível remover a conquista.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="56"/>
        <location filename="../app/storage/SmallWinStore.cpp" line="63"/>
        <source>This win is no longer in the journal.</source>
        <translation>Esta conquista não está mais no diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="62"/>
        <source>The win could not be read.</source>
        <translation>Não foi possível ler a conquista.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="68"/>
        <source>The wins could not be read.</source>
        <translation>Não foi possível ler as conquistas.</translation>
    </message>
    <message>
        <location filename="../app/storage/SmallWinStore.cpp" line="84"/>
        <source>The wins could not be counted.</source>
        <translation>Não foi possível contar as conquistas.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SmallWinsSection</name>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="29"/>
        <source>&amp;Add Win</source>
        <translation>&amp;Adicionar conquista</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="32"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="37"/>
        <source>For example: cooked a proper dinner</source>
        <translation>Por exemplo: fiz um jantar de verdade</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="44"/>
        <source>Small wins, newest first</source>
        <translation>Pequenas conquistas, da mais recente à mais antiga</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="52"/>
        <source>No wins yet. Anything counts: a walk, a meal, a call to a friend. Write it above and press Add Win.</source>
        <translation>Ainda não há conquistas. Tudo conta: uma caminhada, uma refeição, uma ligação para uma amizade. Escreva acima e clique em Adicionar conquista.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="57"/>
        <source>Notice what you did well. Small steps add up.</source>
        <translation>Repare no que você fez bem. Pequenos passos se somam.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="60"/>
        <source>&amp;What I did:</source>
        <translation>O &amp;que eu fiz:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/workonyourself/SmallWinsSection.cpp" line="62"/>
        <source>&amp;On:</source>
        <translation>&amp;Em:</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sodium</name>
    <message>
        <location filename="../app/crypto/Sodium.cpp" line="20"/>
        <source>Rekindle cannot start its encryption library, so it cannot open an encrypted journal on this computer.</source>
        <translation>O Rekindle não consegue iniciar a biblioteca de criptografia, então não pode abrir um diário criptografado neste computador.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceChart</name>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="20"/>
        <source>Days of space</source>
        <translation>Dias de distância</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="21"/>
        <source>Nothing about space in this period yet. Once you note when space began (step 1, Space), each day you give it shows here, with any contacts and the urges you resisted.</source>
        <translation>Ainda nada sobre distância neste período. Quando você anotar quando a distância começou (passo 1, Distância), cada dia em que você a mantém aparece aqui, com os contatos e as vontades que você segurou.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="50"/>
        <source>Urges resisted per week</source>
        <translation>Vontades contidas por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="63"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Days of space in a row</source>
        <translation>Dias seguidos de distância</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="84"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>I reached out</source>
        <translation>Eu procurei</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="93"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>They reached out</source>
        <translation>A outra pessoa procurou</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="116"/>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="118"/>
        <source>Urges</source>
        <translation>Vontades</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="135"/>
        <source>%n day(s) of space in a row</source>
        <translation>
            <numerusform>%n dia seguido de distância</numerusform>
            <numerusform>%n dias seguidos de distância</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="137"/>
        <source>A new stretch of space begins tomorrow</source>
        <translation>Um novo período de distância começa amanhã</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="139"/>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="182"/>
        <source>Before space began</source>
        <translation>Antes de a distância começar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="143"/>
        <source>You reached out %n time(s)</source>
        <translation>
            <numerusform>Você procurou a pessoa %n vez</numerusform>
            <numerusform>Você procurou a pessoa %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="147"/>
        <source>They reached out %n time(s)</source>
        <translation>
            <numerusform>A outra pessoa procurou você %n vez</numerusform>
            <numerusform>A outra pessoa procurou você %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/SpaceChart.cpp" line="154"/>
        <source>%n urge(s) resisted that week</source>
        <translation>
            <numerusform>%n vontade contida naquela semana</numerusform>
            <numerusform>%n vontades contidas naquela semana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="162"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="163"/>
        <source>Urges resisted that week</source>
        <translation>Vontades contidas naquela semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/SpaceChart.cpp" line="180"/>
        <source>A new stretch begins</source>
        <translation>Começa um novo período</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 dias</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="38"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="48"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Begin Space</source>
        <translation>&amp;Começar a distância</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="56"/>
        <source>Log &amp;Urge Resisted</source>
        <translation>Registrar &amp;vontade contida</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="59"/>
        <source>Log &amp;Contact I Made</source>
        <translation>Registrar contato que &amp;fiz</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="84"/>
        <source>1 is a passing thought, 5 is very strong</source>
        <translation>1 é um pensamento passageiro, 5 é muito forte</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="86"/>
        <source>Optional: what set it off</source>
        <translation>Opcional: o que despertou a vontade</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="92"/>
        <source>Optional: what it was about</source>
        <translation>Opcional: sobre o que foi</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="96"/>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Giving space</source>
        <translation>Dar distância</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="99"/>
        <source>Space &amp;began on:</source>
        <translation>A distância começou &amp;em:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="113"/>
        <source>An urge I did not act on</source>
        <translation>Uma vontade que eu não segui</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="116"/>
        <source>&amp;Strength (1–5):</source>
        <translation>&amp;Intensidade (1–5):</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="119"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="124"/>
        <source>A contact I made</source>
        <translation>Um contato que eu fiz</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="127"/>
        <source>&amp;How:</source>
        <translation>C&amp;omo:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="130"/>
        <source>N&amp;ote:</source>
        <translation>Not&amp;a:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="141"/>
        <source>Every stretch of space, newest first</source>
        <translation>Todos os períodos de distância, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="146"/>
        <source>Contacts, newest first</source>
        <translation>Contatos, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="174"/>
        <source>No stretches of space yet. Once space begins, each stretch shows here, with your longest marked.</source>
        <translation>Ainda não há períodos de distância. Quando a distância começar, cada período aparece aqui, com o mais longo marcado.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="178"/>
        <source>No contacts logged. When you log one, it shows here; giving space is progress too.</source>
        <translation>Nenhum contato registrado. Quando você registrar um, ele aparece aqui; dar distância também é progresso.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="181"/>
        <source>Stretches of &amp;space</source>
        <translation>Períodos de &amp;distância</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="182"/>
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tatos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="220"/>
        <source>Distance that looks after me</source>
        <translation>Uma distância que cuida de mim</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="241"/>
        <source>Logged. You noticed the urge and let it pass; that is the work.</source>
        <translation>Registrado. Você percebeu a vontade e deixou passar; esse é o trabalho.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="254"/>
        <source>Logged. Being honest with yourself about contact is part of giving space. A new stretch begins tomorrow.</source>
        <translation>Registrado. Ter honestidade consigo sobre os contatos faz parte de dar distância. Um novo período começa amanhã.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="266"/>
        <source>&amp;Change Start</source>
        <translation>&amp;Mudar o início</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="270"/>
        <source>Space has not begun yet.</source>
        <translation>A distância ainda não começou.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="271"/>
        <source>Choose the day you last reached out (today is fine) and press Begin Space. Each day without contact counts.</source>
        <translation>Escolha o dia em que você procurou a pessoa pela última vez (hoje serve) e clique em Começar a distância. Cada dia sem contato conta.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="274"/>
        <source>A fresh stretch of space begins tomorrow.</source>
        <translation>Um novo período de distância começa amanhã.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="277"/>
        <source>%1 of distance that is good for me in a row, since %2.</source>
        <translation>%1 de uma distância que me faz bem, sem interrupção, desde %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="278"/>
        <source>%1 of space in a row, since %2.</source>
        <translation>%1 de distância sem interrupção, desde %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="284"/>
        <source>Longest stretch: %1 (%2 – %3).</source>
        <translation>Período mais longo: %1 (%2 – %3).</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="293"/>
        <source>The count starts again after a contact; the days before it still count, in the stretches below.</source>
        <translation>A contagem recomeça depois de um contato; os dias anteriores continuam contando, nos períodos abaixo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="301"/>
        <source>Urges resisted this week: none logged yet.</source>
        <translation>Vontades contidas nesta semana: nenhuma registrada ainda.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="302"/>
        <source>Urges resisted this week: %1.</source>
        <translation>Vontades contidas nesta semana: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="307"/>
        <source>You have reached out once in the last 24 hours.</source>
        <translation>Você procurou a pessoa uma vez nas últimas 24 horas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="308"/>
        <source>You have reached out %n times in the last 24 hours.</source>
        <translation>
            <numerusform>Você procurou a pessoa %n vez nas últimas 24 horas.</numerusform>
            <numerusform>Você procurou a pessoa %n vezes nas últimas 24 horas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="310"/>
        <source>You have sent a message without a reply.</source>
        <translation>Você enviou uma mensagem que ainda não teve resposta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="311"/>
        <source>You have sent %n messages in a row without a reply.</source>
        <translation>
            <numerusform>Você enviou %n mensagem seguida sem resposta.</numerusform>
            <numerusform>Você enviou %n mensagens seguidas sem resposta.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have reached out %1 times in the last 24 hours.</source>
        <translation type="vanished">Você procurou a pessoa %1 vezes nas últimas 24 horas.</translation>
    </message>
    <message>
        <source>You have sent %1 messages in a row without a reply.</source>
        <translation type="vanished">Você enviou %1 mensagens seguidas sem resposta.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="314"/>
        <source>%1 That is understandable; old habits take time to fade. Distance protects the peace you have built. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 É compreensível; hábitos antigos levam tempo para passar. A distância protege a paz que você construiu. Se a vontade vier de novo, registre aqui ou escreva uma mensagem não enviada.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/SpaceSection.cpp" line="318"/>
        <source>%1 That is understandable when you miss someone. Right now, more messages tend to weigh on both of you: space gives each of you room to steady yourselves. If the urge comes again, log it here or write it as an unsent message instead.</source>
        <translation>%1 É compreensível quando se sente falta de alguém. Agora, mais mensagens tendem a pesar para vocês dois: a distância dá a cada um espaço para se equilibrar. Se a vontade vier de novo, registre aqui ou escreva uma mensagem não enviada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStore</name>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="87"/>
        <source>The contact could not be logged.</source>
        <translation>Não foi possível registrar o contato.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="101"/>
        <source>Your changes to the contact could not be saved.</source>
        <translation>Não foi possível salvar suas alterações no contato.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="123"/>
        <source>The contact could not be removed.</source>
        <translation>Não foi possível remover o contato.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="130"/>
        <source>The contact could not be read.</source>
        <translation>Não foi possível ler o contato.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="137"/>
        <location filename="../app/storage/SpaceStore.cpp" line="156"/>
        <location filename="../app/storage/SpaceStore.cpp" line="172"/>
        <location filename="../app/storage/SpaceStore.cpp" line="192"/>
        <location filename="../app/storage/SpaceStore.cpp" line="204"/>
        <source>The contacts could not be read.</source>
        <translation>Não foi possível ler os contatos.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="230"/>
        <source>The urge could not be logged.</source>
        <translation>Não foi possível registrar a vontade.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="236"/>
        <source>The urge could not be removed.</source>
        <translation>Não foi possível remover a vontade.</translation>
    </message>
    <message>
        <location filename="../app/storage/SpaceStore.cpp" line="252"/>
        <source>The urges could not be counted.</source>
        <translation>Não foi possível contar as vontades.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SpaceStreakModel</name>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="64"/>
        <source>Now: a fresh start from %1</source>
        <translation>Agora: um novo começo desde %1</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="67"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="73"/>
        <source>Now: 1 day of space, since %1</source>
        <translation>Agora: 1 dia de distância, desde %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="74"/>
        <source>Now: %n days of space, since %1</source>
        <translation>
            <numerusform>Agora: %n dia de distância, desde %1</numerusform>
            <numerusform>Agora: %n dias de distância, desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/SpaceStreakModel.cpp" line="77"/>
        <source>%n days of space, %1</source>
        <translation>
            <numerusform>%n dia de distância, %1</numerusform>
            <numerusform>%n dias de distância, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1 days of space, since %2</source>
        <translation type="vanished">Agora: %1 dias de distância, desde %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="76"/>
        <source>1 day of space, %1</source>
        <translation>1 dia de distância, %1</translation>
    </message>
    <message>
        <source>%1 days of space, %2</source>
        <translation type="vanished">%1 dias de distância, %2</translation>
    </message>
    <message>
        <location filename="../app/models/SpaceStreakModel.cpp" line="79"/>
        <source> (your longest)</source>
        <translation> (o mais longo)</translation>
    </message>
</context>
<context>
    <name>Rekindle::Sql</name>
    <message>
        <location filename="../app/storage/Sql.cpp" line="36"/>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>O disco está cheio. Libere algum espaço e tente de novo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="39"/>
        <source>The journal file cannot be written to. Check that its folder is writable.</source>
        <translation>Não é possível gravar no arquivo do diário. Verifique se a pasta dele permite gravação.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="43"/>
        <source>The journal is busy in another program. Try again in a moment.</source>
        <translation>O diário está ocupado em outro programa. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="47"/>
        <source>The disk reported an error while reading or writing the journal: it may be full, at a size limit, or no longer connected. Nothing was changed.</source>
        <translation>O disco informou um erro ao ler ou gravar o diário: ele pode estar cheio, no limite de tamanho ou desconectado. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="51"/>
        <source>The journal file cannot be reached. If it is on a removable disk, connect it again.</source>
        <translation>Não é possível acessar o arquivo do diário. Se ele estiver em um disco removível, conecte-o de novo.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="56"/>
        <source>The journal file is damaged or is not a Rekindle journal.</source>
        <translation>O arquivo do diário está danificado ou não é um diário do Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/storage/Sql.cpp" line="59"/>
        <source>The journal reported an unexpected problem.</source>
        <translation>O diário informou um problema inesperado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SqliteHandle</name>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="85"/>
        <location filename="../app/storage/SqliteHandle.cpp" line="142"/>
        <source>Rekindle could not back up the journal.</source>
        <translation>O Rekindle não conseguiu fazer o backup do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="125"/>
        <source>The backup was stopped before it was finished.</source>
        <translation>O backup foi interrompido antes de terminar.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="191"/>
        <source>The search index could not be saved.</source>
        <translation>Não foi possível salvar o índice de busca.</translation>
    </message>
    <message>
        <location filename="../app/storage/SqliteHandle.cpp" line="212"/>
        <source>The search index could not be restored.</source>
        <translation>Não foi possível restaurar o índice de busca.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StandingSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="27"/>
        <source>&amp;Save Date</source>
        <translation>&amp;Salvar data</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="29"/>
        <source>I &amp;accept that the relationship is over</source>
        <translation>Eu &amp;aceito que a relação terminou</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="48"/>
        <source>When it ended</source>
        <translation>Quando terminou</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="54"/>
        <source>&amp;Day of the breakup:</source>
        <translation>&amp;Dia do término:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="61"/>
        <source>Accepting it</source>
        <translation>Aceitação</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="62"/>
        <source>Accepting that it is over is not giving up. It lets you stop waiting and look after yourself, whatever comes next.</source>
        <translation>Aceitar que terminou não é desistir. Permite que você pare de esperar e cuide de si, venha o que vier.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="111"/>
        <source>It ended today. Be gentle with yourself.</source>
        <translation>Terminou hoje. Seja gentil com você.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="112"/>
        <source>1 day since the breakup.</source>
        <translation>1 dia desde o término.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="113"/>
        <source>%n days since the breakup.</source>
        <translation>
            <numerusform>%n dia desde o término.</numerusform>
            <numerusform>%n dias desde o término.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days since the breakup.</source>
        <translation type="vanished">%1 dias desde o término.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="116"/>
        <source>Choose the day it ended and press Save Date, to see how far you have come.</source>
        <translation>Escolha o dia em que terminou e clique em Salvar data, para ver o quanto você já caminhou.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="125"/>
        <source>Marked on %1. Feelings move; you can untick this whenever you need to.</source>
        <translation>Marcado em %1. Os sentimentos mudam; você pode desmarcar isto sempre que precisar.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/StandingSection.cpp" line="127"/>
        <source>Tick this when you are ready. There is no hurry.</source>
        <translation>Marque isto quando sentir que é a hora. Não há pressa.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepPage</name>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="86"/>
        <location filename="../app/ui/steps/StepPage.cpp" line="272"/>
        <source>Tools of %1</source>
        <translation>Ferramentas de %1</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="89"/>
        <source>Journal</source>
        <translation>Diário</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="91"/>
        <source>Reflections</source>
        <translation>Reflexões</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="128"/>
        <source>Reflect…</source>
        <translation>Refletir…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="131"/>
        <source>A few questions about this step, one at a time (%1)</source>
        <translation>Algumas perguntas sobre este passo, uma por vez (%1)</translation>
    </message>
    <message>
        <source>A few questions about this step, one at a time (Ctrl+R)</source>
        <translation type="vanished">Algumas perguntas sobre este passo, uma por vez (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="137"/>
        <source>Support and Safety</source>
        <translation>Apoio e segurança</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="142"/>
        <source>Helplines and your own support contacts. Nothing is sent anywhere.</source>
        <translation>Linhas de apoio e seus próprios contatos de apoio. Nada é enviado a lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/StepPage.cpp" line="226"/>
        <source>This record is kept in your journal, as you wrote it; nothing was deleted. The tools it belongs to are put away on your current path.</source>
        <translation>Este registro está guardado no seu diário, como você escreveu; nada foi excluído. As ferramentas a que ele pertence estão guardadas no seu caminho atual.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StepProgress</name>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="231"/>
        <source>%1 (about %2% of the step). %3</source>
        <translation>%1 (cerca de %2% do passo). %3</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="235"/>
        <source>what your goals asked for</source>
        <translation>o que suas metas pediam</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="236"/>
        <source>%1: up to %2 (about %3% of the step). %4</source>
        <translation>%1: até %2 (cerca de %3% do passo). %4</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="40"/>
        <source>Journal entries written</source>
        <translation>Anotações escritas no diário</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="41"/>
        <source>Writing helps you make sense of what you feel.</source>
        <translation>Escrever ajuda a entender o que você sente.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="44"/>
        <source>Reflections finished</source>
        <translation>Reflexões concluídas</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="46"/>
        <source>Each guided reflection you finish counts.</source>
        <translation>Cada reflexão guiada que você conclui conta.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="52"/>
        <source>Thought records finished</source>
        <translation>Registros de pensamentos concluídos</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="53"/>
        <source>Working through a painful thought on paper.</source>
        <translation>Trabalhar um pensamento doloroso no papel.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="56"/>
        <source>Breakup date noted</source>
        <translation>Data do término anotada</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="57"/>
        <source>Naming when it ended.</source>
        <translation>Dar nome ao momento em que terminou.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="59"/>
        <source>Acceptance marked</source>
        <translation>Aceitação marcada</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="60"/>
        <source>Marking that you accept it is over.</source>
        <translation>Marcar que você aceita que terminou.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="62"/>
        <source>Things I own written down (my part)</source>
        <translation>O que assumo como meu, por escrito (minha parte)</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="63"/>
        <source>Honest notes about your own part.</source>
        <translation>Notas sinceras sobre a sua parte.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="65"/>
        <source>Days of space in a row</source>
        <translation>Dias seguidos de distância</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="66"/>
        <source>Your longest stretch of space so far: space once given is never taken away, even by a later contact.</source>
        <translation>Seu maior período de distância até agora: a distância já dada nunca é tirada, nem por um contato posterior.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="72"/>
        <source>Goals you are working on</source>
        <translation>Metas em que você está trabalhando</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="73"/>
        <source>Goals of your own that you keep active.</source>
        <translation>Metas suas que você mantém ativas.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="76"/>
        <source>Goal check-ins in the last 14 days</source>
        <translation>Marcações de metas nos últimos 14 dias</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="77"/>
        <source>Check-ins you kept, out of what your goals asked for.</source>
        <translation>Marcações feitas, em relação ao que suas metas pediam.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="81"/>
        <source>Small wins noted</source>
        <translation>Pequenas conquistas anotadas</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="82"/>
        <source>Good moments you took the time to notice.</source>
        <translation>Bons momentos que você parou para perceber.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="87"/>
        <source>Safety check answered</source>
        <translation>Verificação de segurança respondida</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="88"/>
        <source>Answering the safety check honestly, whatever the answer.</source>
        <translation>Responder à verificação de segurança com sinceridade, seja qual for a resposta.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="91"/>
        <source>Contacts you kept light</source>
        <translation>Contatos que você manteve leves</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="92"/>
        <source>Contacts you made and kept light. How or whether they replied is never counted.</source>
        <translation>Contatos que você fez e manteve leves. Se ou como a pessoa respondeu nunca é contado.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="96"/>
        <source>Drafts checked before sending</source>
        <translation>Rascunhos verificados antes de enviar</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="97"/>
        <source>Drafts you ran through the message check, whether you sent them or not. What you sent, and any reply, is never counted.</source>
        <translation>Rascunhos que você passou pela verificação da mensagem, tenha enviado ou não. O que você enviou, e qualquer resposta, nunca é contado.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="101"/>
        <source>Days of space given</source>
        <translation>Dias de distância dados</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="102"/>
        <source>Your longest stretch without reaching out: honouring their no, or keeping yourself safe.</source>
        <translation>Seu maior período sem procurar a pessoa: respeitando o não dela, ou se mantendo em segurança.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="108"/>
        <source>Commitments kept</source>
        <translation>Compromissos cumpridos</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="109"/>
        <source>Promises you made and kept.</source>
        <translation>Promessas que você fez e cumpriu.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="111"/>
        <source>Issues worked on together</source>
        <translation>Questões trabalhadas em conjunto</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="112"/>
        <source>Issues you took up and are working on, or settled.</source>
        <translation>Questões que vocês levantaram e estão trabalhando, ou resolveram.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="115"/>
        <source>Safety plan written</source>
        <translation>Plano de segurança escrito</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="116"/>
        <source>The parts of your safety plan you filled in: trusted people, safe places, documents, what to do in an emergency.</source>
        <translation>As partes do seu plano de segurança que você preencheu: pessoas de confiança, lugares seguros, documentos, o que fazer numa emergência.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="120"/>
        <source>A letter you never send</source>
        <translation>Uma carta que você nunca vai enviar</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="121"/>
        <source>Saying what you could not say, only for yourself.</source>
        <translation>Dizer o que você não conseguiu dizer, só para você.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="124"/>
        <source>What I learned, written down</source>
        <translation>O que eu aprendi, por escrito</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="125"/>
        <source>What this relationship taught you.</source>
        <translation>O que esta relação ensinou a você.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="129"/>
        <source>Milestones given a day</source>
        <translation>Marcos com data</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="130"/>
        <source>Small steps you planned ahead.</source>
        <translation>Pequenos passos que você planejou com antecedência.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="132"/>
        <source>Milestones planned with room between them</source>
        <translation>Marcos planejados com espaço entre eles</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="134"/>
        <source>Planned steps at least the gap you chose after the one before. Reaching them, or how fast, is never counted.</source>
        <translation>Passos planejados com pelo menos o intervalo que você escolheu depois do anterior. Alcançá-los, ou a rapidez, nunca é contado.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="138"/>
        <source>Where the journey stands, chosen</source>
        <translation>Onde está a jornada, escolhido</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="139"/>
        <source>Either outcome counts in full.</source>
        <translation>Qualquer um dos desfechos conta por inteiro.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="141"/>
        <source>What I want in my next relationship</source>
        <translation>O que eu quero na minha próxima relação</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="142"/>
        <source>What matters to you from here on.</source>
        <translation>O que importa para você daqui em diante.</translation>
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
        <translation>Você fez o que este passo sugere. Volte sempre que ajudar.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="214"/>
        <source>Nothing here yet, and that is fine. Start whenever you are ready.</source>
        <translation>Nada aqui ainda, e tudo bem. Comece quando quiser.</translation>
    </message>
    <message>
        <location filename="../app/core/StepProgress.cpp" line="216"/>
        <source>Every bit counts. There is no hurry.</source>
        <translation>Cada pouquinho conta. Não há pressa.</translation>
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
        <translation>Progresso %p%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="29"/>
        <source>Progress 100%</source>
        <translation>Progresso 100%</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/StepProgressIndicator.cpp" line="71"/>
        <source>Progress in %1</source>
        <translation>Progresso em %1</translation>
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
        <translation>%1, %2 por cento</translation>
    </message>
</context>
<context>
    <name>Rekindle::Steps</name>
    <message>
        <location filename="../app/core/Step.cpp" line="22"/>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="23"/>
        <source>Accept that the relationship, as it was, has ended.</source>
        <translation>Aceitar que a relação, como era, terminou.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="25"/>
        <source>Letting yourself accept that it has ended is where every good path starts. Look honestly at why it ended and at your own part in it, without harshness. Give each other time and space: fewer messages give both of you room to steady yourselves, whatever comes next.</source>
        <translation>Permitir-se aceitar que terminou é onde começa todo bom caminho. Olhe com sinceridade para os motivos do fim e para a sua parte nisso, sem dureza. Deem tempo e espaço um ao outro: menos mensagens dão a vocês dois espaço para se equilibrar, venha o que vier.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="30"/>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or %1.</source>
        <translation>Comece escrevendo o que aconteceu, com suas palavras. Quando sentir que é a hora, comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="39"/>
        <source>Write about one thing you would like to grow in. Begin with the button below or %1.</source>
        <translation>Escreva sobre algo em que você gostaria de crescer. Comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="50"/>
        <source>Write about how you are and what you need right now. Begin with the button below or %1.</source>
        <translation>Escreva sobre como você está e do que precisa agora. Comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="60"/>
        <source>Write about what honesty looks like for you right now. Begin with the button below or %1.</source>
        <translation>Escreva sobre o que é sinceridade para você agora. Comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="69"/>
        <source>Write about the pace that feels right to you. Begin with the button below or %1.</source>
        <translation>Escreva sobre o ritmo que parece certo para você. Comece pelo botão abaixo ou com %1.</translation>
    </message>
    <message>
        <source>Start by writing what happened, in your own words. When you are ready, begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Comece escrevendo o que aconteceu, com suas palavras. Quando sentir que é a hora, comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="33"/>
        <source>Work on Yourself</source>
        <translation>Cuidar de você</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="34"/>
        <source>Use this time for your own growth.</source>
        <translation>Usar este tempo para o seu próprio crescimento.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="35"/>
        <source>This time is yours. Move your body, pick up something new, talk to a professional about what weighs on you. You do this for yourself first; feeling steadier is worth it in itself, whatever happens next.</source>
        <translation>Este tempo é seu. Mexa o corpo, comece algo novo, converse com um profissional sobre o que pesa em você. Você faz isso primeiro por você; sentir-se mais firme já vale a pena por si só, aconteça o que acontecer.</translation>
    </message>
    <message>
        <source>Write about one thing you would like to grow in. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escreva sobre algo em que você gostaria de crescer. Comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="42"/>
        <source>Reconnect</source>
        <translation>Reaproximar</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="43"/>
        <source>Reach out lightly, when you are both ready.</source>
        <translation>Procurar a pessoa com leveza, quando for o momento para vocês dois.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="44"/>
        <source>Only if it is safe and welcome: once space has been given and you feel steadier, a short, friendly message is one possible step. Ask how they are or share something good, and leave the past and heavy topics aside. Silence or a no is an answer to respect. If they are open to it, a coffee or a walk is plenty.</source>
        <translation>Só se for seguro e bem-vindo: depois de dar distância e de se sentir mais firme, uma mensagem curta e amigável é um passo possível. Pergunte como a pessoa está ou conte algo bom, e deixe de lado o passado e os temas pesados. Silêncio ou um não é uma resposta a respeitar. Se a pessoa estiver aberta, um café ou uma caminhada já bastam.</translation>
    </message>
    <message>
        <source>Write about how you are and what you need right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escreva sobre como você está e do que precisa agora. Comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="53"/>
        <source>Rebuild Trust</source>
        <translation>Reconstruir a confiança</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="54"/>
        <source>Be honest, keep your word, work on what comes up.</source>
        <translation>Fale com sinceridade, cumpra sua palavra, trabalhe no que surgir.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="56"/>
        <source>Trust grows slowly from small things done reliably. Be open about how you feel, keep the promises you make, and face issues together when they arise instead of around them.</source>
        <translation>A confiança cresce devagar, com pequenas coisas feitas com constância. Fale abertamente sobre como se sente, cumpra as promessas que fizer e enfrentem as questões em conjunto quando surgirem, em vez de rodeá-las.</translation>
    </message>
    <message>
        <source>Write about what honesty looks like for you right now. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escreva sobre o que é sinceridade para você agora. Comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="63"/>
        <source>Take Things Slow</source>
        <translation>Ir com calma</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="64"/>
        <source>Let a strong foundation form at its own pace.</source>
        <translation>Deixar que alicerces firmes se formem no próprio ritmo.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="65"/>
        <source>There is no rush. Let trust and connection settle before anything formal, and notice when you feel pressure to speed up. Whatever the outcome, the care you have put into yourself stays with you.</source>
        <translation>Não há pressa. Deixe a confiança e a conexão assentarem antes de qualquer coisa formal, e perceba quando sentir pressão para acelerar. Seja qual for o desfecho, o cuidado que você dedicou a si fica com você.</translation>
    </message>
    <message>
        <source>Write about the pace that feels right to you. Begin with the button below or Ctrl+N.</source>
        <translation type="vanished">Escreva sobre o ritmo que parece certo para você. Comece pelo botão abaixo ou com Ctrl+N.</translation>
    </message>
    <message>
        <source>Accept that the relationship is over, for now.</source>
        <translation type="vanished">Aceitar que a relação terminou, por enquanto.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="127"/>
        <source>You have moved on, and that is a good place to be. Keep writing about what you have learned and what you feel; the distance you keep now is time for yourself.</source>
        <translation>Você seguiu em frente, e esse é um bom lugar para estar. Continue escrevendo sobre o que aprendeu e o que sente; a distância que você mantém agora é um tempo para você.</translation>
    </message>
    <message>
        <location filename="../app/core/Step.cpp" line="132"/>
        <source>This time is yours, fully. Keep the goals that do you good, celebrate small wins, and let caring for yourself be the whole point.</source>
        <translation>Este tempo é seu, por inteiro. Mantenha as metas que fazem bem a você, celebre as pequenas conquistas e deixe que cuidar de você seja o objetivo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::StreamSealer</name>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="56"/>
        <source>The file is damaged or was changed, so it cannot be opened.</source>
        <translation>O arquivo está danificado ou foi alterado, então não pode ser aberto.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="61"/>
        <source>The file is incomplete: it was cut short, so it cannot be opened.</source>
        <translation>O arquivo está incompleto: foi cortado no meio, então não pode ser aberto.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="93"/>
        <source>This is not an encrypted Rekindle export.</source>
        <translation>Isto não é uma exportação criptografada do Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="99"/>
        <source>The file was encrypted by a newer version of Rekindle. Update Rekindle to open it.</source>
        <translation>O arquivo foi criptografado por uma versão mais nova do Rekindle. Atualize o Rekindle para abri-lo.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="166"/>
        <source>The export could not be encrypted.</source>
        <translation>Não foi possível criptografar a exportação.</translation>
    </message>
    <message>
        <location filename="../app/crypto/StreamSealer.cpp" line="67"/>
        <source>The passphrase does not open this file, or the file was changed.</source>
        <translation>A frase-senha não abre este arquivo, ou o arquivo foi alterado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="32"/>
        <source>Support and Safety</source>
        <translation>Apoio e segurança</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="34"/>
        <source>When things are hard, you do not have to face them alone. These services are free and long established. If you are in danger right now, call the emergency number.</source>
        <translation>Quando as coisas estão difíceis, você não precisa enfrentá-las só. Estes serviços são gratuitos e existem há muito tempo. Se você estiver em perigo agora, ligue para o número de emergência.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="41"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="49"/>
        <source>Another country</source>
        <translation>Outro país</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="57"/>
        <source>My own support contacts</source>
        <translation>Meus contatos de apoio</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="58"/>
        <source>A therapist, a friend, a family member: names and numbers</source>
        <translation>Terapia, amizades, família: nomes e números</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="63"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="66"/>
        <source>My &amp;own support contacts (kept in this journal):</source>
        <translation>Meus próprios &amp;contatos de apoio (guardados neste diário):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportDialog.cpp" line="68"/>
        <source>Rekindle only shows these numbers. It never calls, sends or shares anything.</source>
        <translation>O Rekindle só mostra estes números. Ele nunca liga, envia nem compartilha nada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportNote</name>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="20"/>
        <source>A Moment for You</source>
        <translation>Um momento para você</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="25"/>
        <source>It sounds like things are very hard right now. You deserve support, and talking to someone can help.</source>
        <translation>Parece que as coisas estão muito difíceis agora. Você merece apoio, e conversar com alguém pode ajudar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="40"/>
        <source>Nothing has been sent anywhere. This note can be turned off in Preferences.</source>
        <translation>Nada foi enviado a lugar nenhum. Este aviso pode ser desativado em Preferências.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="45"/>
        <source>&amp;Support and Safety…</source>
        <translation>&amp;Apoio e segurança…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/SupportNote.cpp" line="47"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>Rekindle::SupportServices</name>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="216"/>
        <source>If you are in danger, call your local emergency number (112 works in many countries, including all of the European Union). Choose your country to see crisis lines and support for abuse there.</source>
        <translation>Se você estiver em perigo, ligue para o número de emergência local (o 112 funciona em muitos países, incluindo toda a União Europeia). Escolha seu país para ver linhas de crise e de apoio contra a violência.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="28"/>
        <source>Emergency services</source>
        <translation>Serviços de emergência</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="29"/>
        <source>When you or someone else is in danger right now: police, ambulance, fire.</source>
        <translation>Quando você ou outra pessoa está em perigo agora: polícia, ambulância, bombeiros.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="35"/>
        <source>Telefonseelsorge</source>
        <translation>Telefonseelsorge</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="37"/>
        <source>Someone to talk to, day and night, free of charge, about anything weighing on you.</source>
        <translation>Alguém para conversar, dia e noite, de graça, sobre qualquer coisa que pese em você.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="41"/>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="43"/>
        <source>Crisis support and suicide prevention, day and night.</source>
        <translation>Apoio em crises e prevenção do suicídio, dia e noite.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="45"/>
        <source>1800RESPECT</source>
        <translation>1800RESPECT</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="47"/>
        <source>Support for people affected by domestic, family or sexual violence.</source>
        <translation>Apoio para pessoas afetadas por violência doméstica, familiar ou sexual.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="68"/>
        <source>9-8-8 Suicide Crisis Helpline</source>
        <translation>9-8-8 Suicide Crisis Helpline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="69"/>
        <source>Call or text, day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Ligue ou mande mensagem, dia e noite, quando estiver pensando em suicídio ou se preocupando com alguém.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="74"/>
        <source>Die Dargebotene Hand / La Main Tendue</source>
        <translation>Die Dargebotene Hand / La Main Tendue</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="76"/>
        <source>Someone to talk to, day and night, about anything weighing on you.</source>
        <translation>Alguém para conversar, dia e noite, sobre qualquer coisa que pese em você.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="49"/>
        <location filename="../app/core/SupportServices.cpp" line="79"/>
        <location filename="../app/core/SupportServices.cpp" line="108"/>
        <source>Police</source>
        <translation>Polícia</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="50"/>
        <location filename="../app/core/SupportServices.cpp" line="80"/>
        <location filename="../app/core/SupportServices.cpp" line="109"/>
        <source>When you are threatened or in danger.</source>
        <translation>Quando você estiver sob ameaça ou em perigo.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="52"/>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="53"/>
        <source>An ambulance, when someone&apos;s health or life is in danger.</source>
        <translation>Uma ambulância, quando a saúde ou a vida de alguém está em perigo.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="56"/>
        <source>CVV – Centro de Valorização da Vida</source>
        <translation>CVV – Centro de Valorização da Vida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="58"/>
        <source>Emotional support and suicide prevention, day and night, free of charge.</source>
        <translation>Apoio emocional e prevenção do suicídio, dia e noite, de graça.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="61"/>
        <source>Central de Atendimento à Mulher</source>
        <translation>Central de Atendimento à Mulher</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="63"/>
        <source>For women affected by violence: listening, advice and where to turn, day and night, free of charge.</source>
        <translation>Para mulheres afetadas pela violência: escuta, orientação e a quem recorrer, dia e noite, de graça.</translation>
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
        <translation>Alguém para conversar, dia e noite, de graça e sem se identificar.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="91"/>
        <source>Hilfetelefon Gewalt gegen Frauen</source>
        <translation>Hilfetelefon Gewalt gegen Frauen</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="93"/>
        <source>Advice for women affected by violence, day and night, in many languages.</source>
        <translation>Orientação para mulheres afetadas pela violência, dia e noite, em muitos idiomas.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="97"/>
        <source>Línea 024 de atención a la conducta suicida</source>
        <translation>Línea 024 de atención a la conducta suicida</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="100"/>
        <source>Day and night, free of charge, when you are thinking about suicide or worried about someone.</source>
        <translation>Dia e noite, de graça, quando você estiver pensando em suicídio ou se preocupando com alguém.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="103"/>
        <source>016</source>
        <translation>016</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="104"/>
        <source>Information and advice for women affected by gender-based violence, day and night, free of charge.</source>
        <translation>Informação e orientação para mulheres afetadas pela violência de gênero, dia e noite, de graça.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="112"/>
        <source>Numéro national de prévention du suicide</source>
        <translation>Numéro national de prévention du suicide</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="115"/>
        <source>Day and night, when you are thinking about suicide or worried about someone.</source>
        <translation>Dia e noite, quando você estiver pensando em suicídio ou se preocupando com alguém.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="118"/>
        <source>Violences Femmes Info</source>
        <translation>Violences Femmes Info</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="119"/>
        <source>Listening and advice for women affected by violence, and those around them.</source>
        <translation>Escuta e orientação para mulheres afetadas pela violência e para quem está ao redor delas.</translation>
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
        <translation>Alguém para conversar, dia e noite, de graça, seja o que for que você esteja passando.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="127"/>
        <source>National Domestic Abuse Helpline (Refuge)</source>
        <translation>National Domestic Abuse Helpline (Refuge)</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="130"/>
        <source>Free support for anyone experiencing domestic abuse, day and night.</source>
        <translation>Apoio gratuito para qualquer pessoa que sofre violência doméstica, dia e noite.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="139"/>
        <source>113 Zelfmoordpreventie</source>
        <translation>113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="140"/>
        <source>When you are thinking about suicide or worried about someone.</source>
        <translation>Quando você estiver pensando em suicídio ou se preocupando com alguém.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="144"/>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Suicide &amp; Crisis Lifeline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="145"/>
        <source>Call or text, day and night, when you are in distress or thinking about suicide.</source>
        <translation>Ligue ou mande mensagem, dia e noite, quando estiver em sofrimento ou pensando em suicídio.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="149"/>
        <source>National Domestic Violence Hotline</source>
        <translation>National Domestic Violence Hotline</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="151"/>
        <source>Confidential support for anyone affected by abuse in a relationship, day and night.</source>
        <translation>Apoio confidencial para qualquer pessoa afetada por abuso em uma relação, dia e noite.</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="163"/>
        <source>Austria</source>
        <translation>Áustria</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="164"/>
        <source>Australia</source>
        <translation>Austrália</translation>
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
        <translation>Suíça</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="168"/>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="169"/>
        <source>Spain</source>
        <translation>Espanha</translation>
    </message>
    <message>
        <location filename="../app/core/SupportServices.cpp" line="170"/>
        <source>France</source>
        <translation>França</translation>
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
        <translation>Países Baixos</translation>
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
        <translation>Marcos</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="30"/>
        <source>Foundation</source>
        <translation>Alicerces</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="32"/>
        <source>Outcome</source>
        <translation>Desfecho</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="36"/>
        <source>Moving on is a full and good outcome. Take your time; this is for you alone.</source>
        <translation>Seguir em frente é um desfecho pleno e bom. Sem pressa; isto é só para você.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="37"/>
        <source>What I want in my &amp;next relationship:</source>
        <translation>O que eu quero na minha &amp;próxima relação:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="38"/>
        <source>How I want to be treated, what I will offer, what I will not accept</source>
        <translation>Como quero que me tratem, o que vou oferecer, o que não vou aceitar</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/TakeThingsSlowPage.cpp" line="41"/>
        <source>Moving On</source>
        <translation>Seguir em frente</translation>
    </message>
</context>
<context>
    <name>Rekindle::TextRewrite</name>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="81"/>
        <source>Rekindle could not rewrite the journal&apos;s text.</source>
        <translation>O Rekindle não conseguiu reescrever o texto do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="163"/>
        <location filename="../app/storage/TextRewrite.cpp" line="195"/>
        <source>Cancelled: the journal was left as it was.</source>
        <translation>Cancelado: o diário ficou como estava.</translation>
    </message>
    <message>
        <location filename="../app/storage/TextRewrite.cpp" line="178"/>
        <source>Rekindle could not read the journal.</source>
        <translation>O Rekindle não conseguiu ler o diário.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ThoughtRecord</name>
    <message>
        <location filename="../app/core/Reflection.cpp" line="71"/>
        <source>Name each feeling, or remove the empty row.</source>
        <translation>Dê nome a cada sentimento ou remova a linha vazia.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="73"/>
        <source>How strong a feeling is goes from %1 to %2.</source>
        <translation>A intensidade de um sentimento vai de %1 a %2.</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="83"/>
        <source>Situation</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="84"/>
        <source>Feelings and how strong they were</source>
        <translation>Sentimentos e a intensidade deles</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="85"/>
        <source>Automatic thought</source>
        <translation>Pensamento automático</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="86"/>
        <source>Evidence for the thought</source>
        <translation>Evidências a favor do pensamento</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="87"/>
        <source>Evidence against the thought</source>
        <translation>Evidências contra o pensamento</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="88"/>
        <source>A more balanced thought</source>
        <translation>Um pensamento mais equilibrado</translation>
    </message>
    <message>
        <location filename="../app/core/Reflection.cpp" line="89"/>
        <source>Feelings rated again</source>
        <translation>Sentimentos avaliados de novo</translation>
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
        <translation>Registro de pensamentos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="34"/>
        <source>A thought record helps to look at a painful thought from the outside. Fill in what you can; you can come back to it.</source>
        <translation>Um registro de pensamentos ajuda a olhar de fora para um pensamento doloroso. Preencha o que conseguir; você pode voltar a ele depois.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situação</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="42"/>
        <source>Where were you, what happened?</source>
        <translation>Onde você estava, o que aconteceu?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="43"/>
        <source>&amp;Feelings and how strong they were (0–100)</source>
        <translation>Sen&amp;timentos e a intensidade deles (0–100)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="44"/>
        <source>Feelings</source>
        <translation>Sentimentos</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>&amp;Automatic thought</source>
        <translation>Pensamento &amp;automático</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="49"/>
        <source>What went through your mind?</source>
        <translation>O que passou pela sua cabeça?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>Evidence &amp;for the thought</source>
        <translation>Evidências a &amp;favor do pensamento</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="50"/>
        <source>What supports it?</source>
        <translation>O que o sustenta?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="51"/>
        <source>Evidence a&amp;gainst the thought</source>
        <translation>Evidências &amp;contra o pensamento</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="52"/>
        <source>What does not fit? What would a friend point out?</source>
        <translation>O que não se encaixa? O que uma amizade apontaria?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="53"/>
        <source>A more &amp;balanced thought</source>
        <translation>Um pensamento mais &amp;equilibrado</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="54"/>
        <source>Taking all of it into account, what is a fairer way to see it?</source>
        <translation>Levando tudo em conta, qual é um jeito mais justo de ver isso?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="56"/>
        <source>Feelings &amp;rated again</source>
        <translation>Sentimentos avaliados de &amp;novo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="57"/>
        <source>Feelings rated again</source>
        <translation>Sentimentos avaliados de novo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="59"/>
        <source>Rate the Same Feelings &amp;Again</source>
        <translation>Avaliar os mesmos sentimentos de no&amp;vo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="81"/>
        <source>&amp;Finish</source>
        <translation>C&amp;oncluir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="83"/>
        <source>Save for &amp;Later</source>
        <translation>Salvar para &amp;depois</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="193"/>
        <source>Not Saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/ThoughtRecordDialog.cpp" line="194"/>
        <source>This thought record could not be saved. If you close now, it will be lost. Close anyway?</source>
        <translation>Não foi possível salvar este registro de pensamentos. Se fechar agora, ele será perdido. Fechar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrendStore</name>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="34"/>
        <source>The journal&apos;s history could not be read.</source>
        <translation>Não foi possível ler o histórico do diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="63"/>
        <source>The mood history could not be read.</source>
        <translation>Não foi possível ler o histórico de humor.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="118"/>
        <source>The writing history could not be read.</source>
        <translation>Não foi possível ler o histórico de escrita.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrendStore.cpp" line="145"/>
        <source>The progress of this step could not be read.</source>
        <translation>Não foi possível ler o progresso deste passo.</translation>
    </message>
</context>
<context>
    <name>Rekindle::Trust</name>
    <message>
        <location filename="../app/core/Trust.cpp" line="19"/>
        <location filename="../app/core/Trust.cpp" line="24"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="20"/>
        <source>Kept</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="21"/>
        <source>Broken</source>
        <translation>Não cumprido</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="25"/>
        <source>Working on it</source>
        <translation>Trabalhando nisso</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="26"/>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="29"/>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="30"/>
        <source>Them</source>
        <translation>A outra pessoa</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="31"/>
        <source>Both of us</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="39"/>
        <source>The day cannot be in the future. Choose today or an earlier day.</source>
        <translation>O dia não pode estar no futuro. Escolha hoje ou um dia anterior.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="57"/>
        <source>Write what you shared.</source>
        <translation>Escreva o que você compartilhou.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="59"/>
        <location filename="../app/core/Trust.cpp" line="98"/>
        <source>The text is too long: keep it under %1 characters.</source>
        <translation>O texto é longo demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="63"/>
        <source>Choose the day you shared it.</source>
        <translation>Escolha o dia em que você compartilhou.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="69"/>
        <source>Write the promise you made.</source>
        <translation>Escreva a promessa que você fez.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="72"/>
        <source>Keep the promise under %1 characters.</source>
        <translation>Mantenha a promessa abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="76"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>A nota é longa demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="80"/>
        <source>Choose the day you made the promise.</source>
        <translation>Escolha o dia em que você fez a promessa.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="84"/>
        <source>The due date cannot be before the day the promise was made.</source>
        <translation>O prazo não pode ser antes do dia em que a promessa foi feita.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="87"/>
        <source>A promise cannot be settled before it was made.</source>
        <translation>Uma promessa não pode ser resolvida antes de ser feita.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="95"/>
        <source>Write what the issue is about.</source>
        <translation>Escreva do que se trata a questão.</translation>
    </message>
    <message>
        <location filename="../app/core/Trust.cpp" line="102"/>
        <source>Choose the day it was raised.</source>
        <translation>Escolha o dia em que ela foi levantada.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustStore</name>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="75"/>
        <source>This record is no longer in the journal.</source>
        <translation>Este registro não está mais no diário.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="83"/>
        <location filename="../app/storage/TrustStore.cpp" line="225"/>
        <location filename="../app/storage/TrustStore.cpp" line="281"/>
        <source>The records could not be read.</source>
        <translation>Não foi possível ler os registros.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="91"/>
        <source>The record could not be read.</source>
        <translation>Não foi possível ler o registro.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="116"/>
        <source>What you shared could not be saved.</source>
        <translation>Não foi possível salvar o que você compartilhou.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="124"/>
        <source>Your changes could not be saved.</source>
        <translation>Não foi possível salvar suas alterações.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="174"/>
        <source>The commitment could not be saved.</source>
        <translation>Não foi possível salvar o compromisso.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="186"/>
        <source>Your changes to the commitment could not be saved.</source>
        <translation>Não foi possível salvar suas alterações no compromisso.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="242"/>
        <source>The issue could not be saved.</source>
        <translation>Não foi possível salvar a questão.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="249"/>
        <source>Your changes to the issue could not be saved.</source>
        <translation>Não foi possível salvar suas alterações na questão.</translation>
    </message>
    <message>
        <location filename="../app/storage/TrustStore.cpp" line="292"/>
        <source>The record could not be removed.</source>
        <translation>Não foi possível remover o registro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TrustSummarySection</name>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="22"/>
        <source>no promises settled yet</source>
        <translation>nenhuma promessa resolvida ainda</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="23"/>
        <source>%1 of %2 kept (%3%)</source>
        <translation>%1 de %2 cumpridas (%3%)</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="46"/>
        <source>Trust, in numbers</source>
        <translation>A confiança, em números</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="48"/>
        <source>Promises kept, last 30 days:</source>
        <translation>Promessas cumpridas, últimos 30 dias:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="49"/>
        <source>Promises kept, last 90 days:</source>
        <translation>Promessas cumpridas, últimos 90 dias:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="50"/>
        <source>Open issues:</source>
        <translation>Questões em aberto:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="51"/>
        <source>Overdue commitments:</source>
        <translation>Compromissos atrasados:</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/rebuildtrust/TrustSummarySection.cpp" line="52"/>
        <source>Numbers only tell part of the story. Trust grows from small things done reliably, and from being honest when they are not.</source>
        <translation>Os números contam só parte da história. A confiança cresce com pequenas coisas feitas com constância, e com sinceridade quando elas não acontecem.</translation>
    </message>
</context>
<context>
    <name>Rekindle::TurnOnWork</name>
    <message>
        <location filename="../app/storage/JournalVault.cpp" line="63"/>
        <source>Choose a passphrase.</source>
        <translation>Escolha uma frase-senha.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UndoNotice</name>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="18"/>
        <source>D&amp;ismiss</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="25"/>
        <source>Delete notice</source>
        <translation>Aviso de exclusão</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="32"/>
        <source>Undo delete</source>
        <translation>Desfazer a exclusão</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="33"/>
        <source>Bring the deleted record back (Ctrl+Z)</source>
        <translation>Trazer de volta o registro excluído (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="61"/>
        <source>Deleted ·</source>
        <extracomment>Shown for a few seconds after a delete, before the Undo button</extracomment>
        <translation>Excluído ·</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="71"/>
        <source>Could not delete: %1 It is back in your journal.</source>
        <translation>Não foi possível excluir: %1 O registro voltou para o seu diário.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/UndoNotice.cpp" line="95"/>
        <source>Deleted. Undo with Control Z.</source>
        <translation>Excluído. Desfaça com Control Z.</translation>
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
        <translation>Abrindo seu diário…</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="38"/>
        <source>Rekindle — Locked</source>
        <translation>Rekindle — Bloqueado</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="41"/>
        <source>Your journal is locked</source>
        <translation>Seu diário está bloqueado</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="46"/>
        <source>What you wrote is kept encrypted on this computer. Type your passphrase to open it.</source>
        <translation>O que você escreveu fica criptografado neste computador. Digite sua frase-senha para abri-lo.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="54"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="56"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="61"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="67"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Chave de recuperação:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="70"/>
        <source>The 55 characters you kept when you turned encryption on. Dashes, spaces and upper or lower case do not matter.</source>
        <translation>Os 55 caracteres que você guardou quando ativou a criptografia. Hífens, espaços e maiúsculas ou minúsculas não importam.</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="93"/>
        <source>Opening your journal</source>
        <translation>Abrindo seu diário</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="99"/>
        <source>&amp;Support and helplines</source>
        <translation>&amp;Apoio e linhas de ajuda</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="156"/>
        <source>If you are struggling, you do not have to unlock anything to reach someone:</source>
        <translation>Se você estiver passando por um momento difícil, não precisa desbloquear nada para falar com alguém:</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use my &amp;passphrase</source>
        <translation>Usar minha &amp;frase-senha</translation>
    </message>
    <message>
        <location filename="../app/ui/UnlockWindow.cpp" line="182"/>
        <source>Use the &amp;recovery key</source>
        <translation>Usar a &amp;chave de recuperação</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation type="vanished">Preparando a busca…</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessage</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="36"/>
        <source>Write what you would like to tell them first.</source>
        <translation>Escreva primeiro o que você gostaria de dizer à pessoa.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="38"/>
        <source>This message is too long to keep. Split it into several.</source>
        <translation>Esta mensagem é longa demais para guardar. Divida-a em várias.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="51"/>
        <source>Not decided yet</source>
        <translation>Ainda não decidi</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="53"/>
        <source>Let go</source>
        <translation>Deixei ir</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="55"/>
        <source>Kept for later</source>
        <translation>Guardei para depois</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageModel</name>
    <message>
        <location filename="../app/models/UnsentMessageModel.cpp" line="54"/>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
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
        <translation>Escolha uma mensagem primeiro.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessageStore</name>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="69"/>
        <source>The message could not be kept.</source>
        <translation>Não foi possível guardar a mensagem.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="76"/>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="93"/>
        <source>Your changes to the message could not be saved.</source>
        <translation>Não foi possível salvar suas alterações na mensagem.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="111"/>
        <source>The message could not be deleted.</source>
        <translation>Não foi possível excluir a mensagem.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="118"/>
        <source>The message could not be read.</source>
        <translation>Não foi possível ler a mensagem.</translation>
    </message>
    <message>
        <location filename="../app/storage/UnsentMessageStore.cpp" line="126"/>
        <source>The messages could not be read.</source>
        <translation>Não foi possível ler as mensagens.</translation>
    </message>
</context>
<context>
    <name>Rekindle::UnsentMessagesSection</name>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="29"/>
        <source>&amp;Keep It Here</source>
        <translation>&amp;Guardar aqui</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="34"/>
        <source>&amp;Let It Go</source>
        <translation>&amp;Deixar ir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="35"/>
        <source>Keep for &amp;Later</source>
        <translation>Guardar para de&amp;pois</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="vanished">&amp;Excluir…</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="36"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="41"/>
        <source>What I want to tell them</source>
        <translation>O que eu quero dizer à pessoa</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="42"/>
        <source>Write what you want to tell them. It stays in your journal: Rekindle never sends anything.</source>
        <translation>Escreva o que você quer dizer à pessoa. Fica no seu diário: o Rekindle nunca envia nada.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="47"/>
        <source>Unsent messages, newest first</source>
        <translation>Mensagens não enviadas, da mais recente à mais antiga</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="55"/>
        <source>No unsent messages yet. When you feel the pull to write to them, write it above instead and press Keep It Here.</source>
        <translation>Ainda não há mensagens não enviadas. Quando sentir vontade de escrever para a pessoa, escreva aqui em cima e clique em Guardar aqui.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="58"/>
        <source>The selected message</source>
        <translation>A mensagem selecionada</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="65"/>
        <source>Write it, don&apos;t send it</source>
        <translation>Escreva, mas não envie</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="141"/>
        <source>Kept, not sent. Read it again tomorrow, with fresh eyes, before deciding anything.</source>
        <translation>Guardada, não enviada. Leia de novo amanhã, com outros olhos, antes de decidir qualquer coisa.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="159"/>
        <source>Choose a message to read it again.</source>
        <translation>Escolha uma mensagem para ler de novo.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="169"/>
        <source>Written %1. %2.</source>
        <translation>Escrita em %1. %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="171"/>
        <source>Written %1. A day has passed: read it again. Does it still feel true? Let it go, or keep it for later.</source>
        <translation>Escrita em %1. Um dia se passou: leia de novo. Ainda parece verdade? Deixe ir ou guarde para depois.</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/acknowledge/UnsentMessagesSection.cpp" line="175"/>
        <source>Written %1. Give it a day before you decide anything about it.</source>
        <translation>Escrita em %1. Espere um dia antes de decidir qualquer coisa sobre ela.</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation type="vanished">Excluir mensagem</translation>
    </message>
    <message>
        <source>Delete this unsent message for good?</source>
        <translation type="vanished">Excluir esta mensagem não enviada para sempre?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Excluir</translation>
    </message>
</context>
<context>
    <name>Rekindle::Urge</name>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="19"/>
        <source>Rate how strong the urge was from %1 (mild) to %2 (very strong).</source>
        <translation>Avalie a intensidade da vontade de %1 (leve) a %2 (muito forte).</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="23"/>
        <source>Choose when the urge came.</source>
        <translation>Escolha quando a vontade veio.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="25"/>
        <source>An urge cannot be logged in the future.</source>
        <translation>Não é possível registrar uma vontade no futuro.</translation>
    </message>
    <message>
        <location filename="../app/core/SelfCareNotes.cpp" line="28"/>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>A nota é longa demais: mantenha abaixo de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Rekindle::ValueSealer</name>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="73"/>
        <source>The journal&apos;s key is damaged, so the journal cannot be unlocked.</source>
        <translation>A chave do diário está danificada, então o diário não pode ser desbloqueado.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="106"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="115"/>
        <source>Rekindle could not encrypt this text.</source>
        <translation>O Rekindle não conseguiu criptografar este texto.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="138"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="145"/>
        <location filename="../app/crypto/ValueSealer.cpp" line="166"/>
        <source>This text is damaged and cannot be read.</source>
        <translation>Este texto está danificado e não pode ser lido.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="141"/>
        <source>This text was encrypted by a newer version of Rekindle.</source>
        <translation>Este texto foi criptografado por uma versão mais nova do Rekindle.</translation>
    </message>
    <message>
        <location filename="../app/crypto/ValueSealer.cpp" line="158"/>
        <source>This text cannot be read: it was changed, or it belongs to another place in the journal.</source>
        <translation>Este texto não pode ser lido: foi alterado, ou pertence a outro lugar do diário.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WelcomeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="21"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="28"/>
        <source>This is a private journal for the time after a breakup. It walks with you through five steps, at your own pace:</source>
        <translation>Este é um diário privado para o tempo depois de um término. Ele acompanha você por cinco passos, no seu ritmo:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="32"/>
        <source>Reconnecting is one possible path. Moving on is an equally good one, and the journal supports both. Nothing here is a test, and nothing is ever sent.</source>
        <translation>Reaproximar-se é um caminho possível. Seguir em frente é um caminho igualmente bom, e o diário apoia os dois. Nada aqui é um teste, e nada é enviado, nunca.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="35"/>
        <source>When things are hard, Help ▸ Support and Safety lists helplines, and there is a link on every step.</source>
        <translation>Quando as coisas estiverem difíceis, Ajuda ▸ Apoio e segurança mostra linhas de apoio, e há um link em cada passo.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>&amp;Start Writing</source>
        <translation>&amp;Começar a escrever</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="58"/>
        <source>You can also keep this journal encrypted with a passphrase, so that only you can read it, even if someone opens the file or finds this computer. Rekindle then asks for it when it starts and locks the journal when you step away. You can do this now or any time later in Preferences.</source>
        <translation>Você também pode manter este diário criptografado com uma frase-senha, para que só você consiga lê-lo, mesmo que alguém abra o arquivo ou encontre este computador. O Rekindle então pede a frase-senha ao iniciar e bloqueia o diário quando você se afasta. Você pode fazer isso agora ou mais tarde, quando quiser, em Preferências.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="67"/>
        <source>&amp;Not Now, Start Writing</source>
        <translation>&amp;Agora não, começar a escrever</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/WelcomeDialog.cpp" line="69"/>
        <source>&amp;Protect With a Passphrase…</source>
        <translation>&amp;Proteger com uma frase-senha…</translation>
    </message>
</context>
<context>
    <name>Rekindle::WorkOnYourselfPage</name>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="27"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../app/ui/steps/WorkOnYourselfPage.cpp" line="29"/>
        <source>Small Wins</source>
        <translation>Pequenas conquistas</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritePass</name>
    <message>
        <location filename="../app/storage/JournalImport.cpp" line="168"/>
        <source>The file changed while it was imported. Nothing was changed.</source>
        <translation>O arquivo mudou enquanto era importado. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Rekindle::WritingActivityChart</name>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="21"/>
        <source>Journal writing per week</source>
        <translation>Escrita no diário por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="22"/>
        <source>Nothing written in this period yet. Each entry you write shows here, week by week.</source>
        <translation>Nada escrito neste período ainda. Cada anotação que você escreve aparece aqui, semana a semana.</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="42"/>
        <source>Entries per week</source>
        <translation>Anotações por semana</translation>
    </message>
    <message>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="54"/>
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="75"/>
        <source>Entries</source>
        <translation>Anotações</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/charts/WritingActivityChart.cpp" line="68"/>
        <source>Week of %1: %n entries</source>
        <translation>
            <numerusform>Semana de %1: %n anotação</numerusform>
            <numerusform>Semana de %1: %n anotações</numerusform>
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
        <translation>Nenhuma sugestão</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="171"/>
        <source>Add to Dictionary</source>
        <translation>Adicionar ao dicionário</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/WritingEdit.cpp" line="179"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
</context>
</TS>
