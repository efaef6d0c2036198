<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message numerus="yes">
        <source>Set {field} of %n work(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n work(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n work(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n work(s) to another section</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
