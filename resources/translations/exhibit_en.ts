<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConditionCheckDialog</name>
    <message numerus="yes">
        <source>%n work(s): No. {numbers}</source>
        <translation>
            <numerusform>%n work: No. {numbers}</numerusform>
            <numerusform>%n works: No. {numbers}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionPanel</name>
    <message numerus="yes">
        <source>Record one check for all %n selected works.</source>
        <translation>
            <numerusform>Record a check for the selected work.</numerusform>
            <numerusform>Record one check for all %n selected works.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%n field(s) were changed here and at the partner office. Yours are kept until you decide.</source>
        <translation>
            <numerusform>%n field was changed here and at the partner office. Yours is kept until you decide.</numerusform>
            <numerusform>%n fields were changed here and at the partner office. Yours are kept until you decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep ours in %n conflict(s)</source>
        <translation>
            <numerusform>Keep ours in %n conflict</numerusform>
            <numerusform>Keep ours in %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take theirs in %n conflict(s)</source>
        <translation>
            <numerusform>Take theirs in %n conflict</numerusform>
            <numerusform>Take theirs in %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message numerus="yes">
        <source>The %n selected work(s)</source>
        <translation>
            <numerusform>The selected work</numerusform>
            <numerusform>The %n selected works</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Preflight found %n problem(s) that would show in print</source>
        <translation>
            <numerusform>Preflight found %n problem that would show in print</numerusform>
            <numerusform>Preflight found %n problems that would show in print</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n page(s), {size}, in {time}.</source>
        <translation>
            <numerusform>{file}: %n page, {size}, in {time}.</numerusform>
            <numerusform>{file}: %n pages, {size}, in {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported despite %n preflight error(s), listed below.</source>
        <translation>
            <numerusform>Exported despite %n preflight error, listed below.</numerusform>
            <numerusform>Exported despite %n preflight errors, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight noted %n warning(s), listed below.</source>
        <translation>
            <numerusform>Preflight noted %n warning, listed below.</numerusform>
            <numerusform>Preflight noted %n warnings, listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Importing %n photo…</numerusform>
            <numerusform>Importing %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n photo(s) imported and kept</source>
        <translation>
            <numerusform>Import cancelled: %n photo imported and kept</numerusform>
            <numerusform>Import cancelled: %n photos imported and kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n photo(s) imported</source>
        <translation>
            <numerusform>Import finished: %n photo imported</numerusform>
            <numerusform>Import finished: %n photos imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not started.</source>
        <translation>
            <numerusform>%n file was not started.</numerusform>
            <numerusform>%n files were not started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n works selected: changes apply to all</source>
        <translation>
            <numerusform>%n work selected: changes apply to all</numerusform>
            <numerusform>%n works selected: changes apply to all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without complete translation</source>
        <translation>
            <numerusform>%n without complete translation</numerusform>
            <numerusform>%n without complete translation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n work(s). {undo} puts them back.</source>
        <translation>
            <numerusform>Removed %n work. {undo} puts it back.</numerusform>
            <numerusform>Removed %n works. {undo} puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{field}: %n character(s) that the catalogue fonts cannot show: {chars}.</source>
        <translation>
            <numerusform>{field}: %n character that the catalogue fonts cannot show: {chars}.</numerusform>
            <numerusform>{field}: %n characters that the catalogue fonts cannot show: {chars}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message numerus="yes">
        <source>Paste captions onto %n work(s)</source>
        <translation>
            <numerusform>Paste captions onto %n work</numerusform>
            <numerusform>Paste captions onto %n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit {field} ({lang}) of %n work(s)</source>
        <translation>
            <numerusform>Edit {field} ({lang}) of %n work</numerusform>
            <numerusform>Edit {field} ({lang}) of %n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set {field} of %n work(s)</source>
        <translation>
            <numerusform>Set {field} of %n work</numerusform>
            <numerusform>Set {field} of %n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n work(s)</source>
        <translation>
            <numerusform>Move %n work</numerusform>
            <numerusform>Move %n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work(s)</source>
        <translation>
            <numerusform>Remove %n work</numerusform>
            <numerusform>Remove %n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Import %n photo</numerusform>
            <numerusform>Import %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n translation(s)</source>
        <translation>
            <numerusform>Import %n translation</numerusform>
            <numerusform>Import %n translations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n work(s) to another section</source>
        <translation>
            <numerusform>Move %n work to another section</numerusform>
            <numerusform>Move %n works to another section</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record condition of %n work(s)</source>
        <translation>
            <numerusform>Record condition of %n work</numerusform>
            <numerusform>Record condition of %n works</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Relink</name>
    <message numerus="yes">
        <source>%n original(s) found again.</source>
        <translation>
            <numerusform>%n original found again.</numerusform>
            <numerusform>%n originals found again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) still missing.</source>
        <translation>
            <numerusform>%n original still missing.</numerusform>
            <numerusform>%n originals still missing.</numerusform>
        </translation>
    </message>
</context>
</TS>
