<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CaptionEditors</name>
    <message>
        <source>{n} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>This project is already open in another Exhibit window or on another computer.</source>
        <translation>Dieses Projekt ist bereits in einem anderen Exhibit-Fenster oder auf einem anderen Computer geöffnet.</translation>
    </message>
    <message>
        <source>Close it there and open it here again. Only one window may change a project at a time, so that no edit is lost.</source>
        <translation>Schließen Sie es dort und öffnen Sie es hier erneut. Damit keine Änderung verloren geht, darf immer nur ein Fenster ein Projekt bearbeiten.</translation>
    </message>
    <message>
        <source>The original photo file cannot be found where it was imported from.</source>
        <translation>Die Originaldatei des Fotos liegt nicht mehr dort, von wo sie importiert wurde.</translation>
    </message>
    <message>
        <source>Put the file back, or relink the work to where the file is now. The work and its captions are kept.</source>
        <translation>Legen Sie die Datei zurück oder verknüpfen Sie das Werk neu mit dem jetzigen Speicherort der Datei. Das Werk und seine Bildtexte bleiben erhalten.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved.</source>
        <translation>Der Datenträger ist voll, daher konnte die Änderung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Free some space on the disk that holds the project, then try again. Everything saved before is safe.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger, auf dem das Projekt liegt, und versuchen Sie es dann erneut. Alles bisher Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Exhibit.</source>
        <translation>Dieses Projekt wurde mit einer neueren Version von Exhibit gespeichert.</translation>
    </message>
    <message>
        <source>Open it with that newer version. The project was not changed.</source>
        <translation>Öffnen Sie es mit dieser neueren Version. Das Projekt wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This folder is not an Exhibit project.</source>
        <translation>Dieser Ordner ist kein Exhibit-Projekt.</translation>
    </message>
    <message>
        <source>Choose the project folder (it contains catalogue.sqlite), or create a project.</source>
        <translation>Wählen Sie den Projektordner (er enthält catalogue.sqlite) oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>There is already a project or other files in this folder.</source>
        <translation>In diesem Ordner befinden sich bereits ein Projekt oder andere Dateien.</translation>
    </message>
    <message>
        <source>Choose an empty folder or a new name for the project.</source>
        <translation>Wählen Sie einen leeren Ordner oder einen neuen Namen für das Projekt.</translation>
    </message>
    <message>
        <source>The project&apos;s catalogue file is damaged.</source>
        <translation>Die Katalogdatei des Projekts ist beschädigt.</translation>
    </message>
    <message>
        <source>Restore the latest copy from the project&apos;s backups folder. Exhibit keeps a backup from each time the project was opened.</source>
        <translation>Stellen Sie die neueste Kopie aus dem Ordner „backups“ des Projekts wieder her. Exhibit legt bei jedem Öffnen des Projekts eine Sicherung an.</translation>
    </message>
    <message>
        <source>Exhibit is not allowed to read or write this file or folder.</source>
        <translation>Exhibit hat keine Berechtigung, diese Datei oder diesen Ordner zu lesen oder zu schreiben.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or choose another place.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Exhibit</translation>
    </message>
    <message>
        <source>Check the message above, then try again.</source>
        <translation>Prüfen Sie die Meldung oben und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Exhibit: unexpected error</source>
        <translation>Exhibit: Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside Exhibit: {message}</source>
        <translation>In Exhibit ist ein interner Fehler aufgetreten: {message}</translation>
    </message>
    <message>
        <source>What you saved before is safe. Please report this problem and include the details below.</source>
        <translation>Was Sie bisher gespeichert haben, ist sicher. Bitte melden Sie dieses Problem und fügen Sie die Details unten bei.</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(multiple values)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FullScreenPreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number} · {position} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Fotos werden gesucht …</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Show only duplicates and failures</source>
        <translation>Nur Duplikate und Fehler anzeigen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cancelling… (the current photo is finished first)</source>
        <translation>Wird abgebrochen … (das aktuelle Foto wird noch fertig importiert)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>%n Foto wird importiert …</numerusform>
            <numerusform>%n Fotos werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>{rate} photos per second, about {time} left</source>
        <translation>{rate} Fotos pro Sekunde, noch etwa {time}</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Der Import wurde unterbrochen</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>No photos to import</source>
        <translation>Keine Fotos zum Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n photo(s) imported and kept</source>
        <translation>
            <numerusform>Import abgebrochen: %n Foto importiert und behalten</numerusform>
            <numerusform>Import abgebrochen: %n Fotos importiert und behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n photo(s) imported</source>
        <translation>
            <numerusform>Import abgeschlossen: %n Foto importiert</numerusform>
            <numerusform>Import abgeschlossen: %n Fotos importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {n}</source>
        <translation>Importiert: {n}</translation>
    </message>
    <message>
        <source>Duplicates: {n}</source>
        <translation>Duplikate: {n}</translation>
    </message>
    <message>
        <source>Failed: {n}</source>
        <translation>Fehlgeschlagen: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Übersprungen: {n}</translation>
    </message>
    <message>
        <source>{counts} (in {time}).</source>
        <translation>{counts} (in {time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not started.</source>
        <translation>
            <numerusform>%n Datei wurde nicht mehr begonnen.</numerusform>
            <numerusform>%n Dateien wurden nicht mehr begonnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>as No. {number}</source>
        <translation>als Nr. {number}</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>duplicate of No. {number}</source>
        <translation>Duplikat von Nr. {number}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <source>From the photo (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number} · {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n works selected: changes apply to all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Datei</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: relink it or put the file back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTitlesDialog</name>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>Untitled section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the section (its works are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the works of “{name}” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>WorkDelegate</name>
    <message>
        <source>The original file is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
