<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CaptionClipboard</name>
        <message>
            <source>Copy Captions</source>
            <translation>Bildtexte kopieren</translation>
        </message>
        <message>
            <source>Paste Captions</source>
            <translation>Bildtexte einfügen</translation>
        </message>
        <message>
            <source>Captions of No. {number} copied</source>
            <translation>Bildtexte von Nr. {number} kopiert</translation>
        </message>
    </context>
    <context>
        <name>CaptionEditors</name>
        <message>
            <source>Accept</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Unseren behalten</translation>
        </message>
        <message>
            <source>Suggested ({origin}): {text}</source>
            <translation>Vorschlag ({origin}): {text}</translation>
        </message>
        <message>
            <source>(multiple values)</source>
            <translation>(mehrere Werte)</translation>
        </message>
        <message>
            <source>{n} / {limit}</source>
            <translation>{n} / {limit}</translation>
        </message>
    </context>
    <context>
        <name>ConditionCheckDialog</name>
        <message>
            <source>Record Condition</source>
            <translation>Zustand erfassen</translation>
        </message>
        <message>
            <source>(the selected works)</source>
            <translation>(die ausgewählten Werke)</translation>
        </message>
        <message>
            <source>Crate {number}</source>
            <translation>Kiste {number}</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Werke</translation>
        </message>
        <message>
            <source>Hand-over</source>
            <translation>Übergabe</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Examiner</source>
            <translation>Prüfer</translation>
        </message>
        <message>
            <source>Notes: what changed, where, how large</source>
            <translation>Bemerkungen: was sich geändert hat, wo, wie groß</translation>
        </message>
        <message>
            <source>Condition per zone</source>
            <translation>Zustand je Bereich</translation>
        </message>
        <message>
            <source>All Good</source>
            <translation>Alles gut</translation>
        </message>
        <message>
            <source>Add Damage Photo…</source>
            <translation>Schadensfoto hinzufügen …</translation>
        </message>
        <message numerus="yes">
            <source>%n work(s): No. {numbers}</source>
            <translation>
                <numerusform>%n Werk: Nr. {numbers}</numerusform>
                <numerusform>%n Werke: Nr. {numbers}</numerusform>
            </translation>
        </message>
        <message>
            <source>No works.</source>
            <translation>Keine Werke.</translation>
        </message>
        <message>
            <source>Photos of Damage</source>
            <translation>Schadensfotos</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>Bilder (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
        <message>
            <source>There are no works to check.</source>
            <translation>Es gibt keine Werke zu prüfen.</translation>
        </message>
        <message>
            <source>Give the place and the examiner's name.</source>
            <translation>Bitte Ort und Namen des Prüfers angeben.</translation>
        </message>
    </context>
    <context>
        <name>ConditionPanel</name>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Examiner</source>
            <translation>Prüfer</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemerkungen</translation>
        </message>
        <message>
            <source>Record Check…</source>
            <translation>Prüfung erfassen …</translation>
        </message>
        <message>
            <source>Remove Check</source>
            <translation>Prüfung entfernen</translation>
        </message>
        <message numerus="yes">
            <source>Record one check for all %n selected works.</source>
            <translation>
                <numerusform>Eine Prüfung für das ausgewählte Werk erfassen.</numerusform>
                <numerusform>Eine Prüfung für alle %n ausgewählten Werke erfassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No condition checks yet.</source>
            <translation>Noch keine Zustandsprüfung.</translation>
        </message>
        <message>
            <source>Worse than at the check before</source>
            <translation>Schlechter als bei der Prüfung davor</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n Foto</numerusform>
                <numerusform>%n Fotos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Merge Conflicts</source>
            <translation>Konflikte beim Zusammenführen</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>Unsere</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Ihre (Partner)</translation>
        </message>
        <message>
            <source>Keep Ours</source>
            <translation>Unsere behalten</translation>
        </message>
        <message>
            <source>Take Theirs</source>
            <translation>Ihre übernehmen</translation>
        </message>
        <message>
            <source>Keep All Ours</source>
            <translation>Alle unseren behalten</translation>
        </message>
        <message>
            <source>Take All Theirs</source>
            <translation>Alle ihren übernehmen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) were changed here and at the partner office. Yours are kept until you decide.</source>
            <translation>
                <numerusform>%n Feld wurde hier und im Partnerbüro geändert. Ihres bleibt, bis Sie entscheiden.</numerusform>
                <numerusform>%n Felder wurden hier und im Partnerbüro geändert. Ihre bleiben, bis Sie entscheiden.</numerusform>
            </translation>
        </message>
        <message>
            <source>No open conflicts.</source>
            <translation>Keine offenen Konflikte.</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>Nr. {number}</translation>
        </message>
        <message>
            <source>removed work</source>
            <translation>entferntes Werk</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Ausstellung</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message numerus="yes">
            <source>Keep ours in %n conflict(s)</source>
            <translation>
                <numerusform>Unsere behalten in %n Konflikt</numerusform>
                <numerusform>Unsere behalten in %n Konflikten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take theirs in %n conflict(s)</source>
            <translation>
                <numerusform>Ihre übernehmen in %n Konflikt</numerusform>
                <numerusform>Ihre übernehmen in %n Konflikten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
    </context>
    <context>
        <name>DocumentsDialog</name>
        <message>
            <source>Print Documents</source>
            <translation>Dokumente drucken</translation>
        </message>
        <message>
            <source>Preflight</source>
            <translation>Preflight</translation>
        </message>
        <message>
            <source>Write even with preflight errors</source>
            <translation>Auch mit Preflight-Fehlern schreiben</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF speichern …</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Wall labels</source>
            <translation>Wandtexte</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Werkliste</translation>
        </message>
        <message>
            <source>Condition reports</source>
            <translation>Zustandsprotokolle</translation>
        </message>
        <message>
            <source>Loan record and insurance schedule</source>
            <translation>Leihvertrag und Versicherungsliste</translation>
        </message>
        <message>
            <source>All works</source>
            <translation>Alle Werke</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected work(s)</source>
            <translation>
                <numerusform>Das ausgewählte Werk</numerusform>
                <numerusform>Die %n ausgewählten Werke</numerusform>
            </translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Werke</translation>
        </message>
        <message>
            <source>The venue's language first</source>
            <translation>Sprache des Ausstellungsorts zuerst</translation>
        </message>
        <message>
            <source>The source language first</source>
            <translation>Ausgangssprache zuerst</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Print shop (PDF/X-4, CMYK output intent)</source>
            <translation>Druckerei (PDF/X-4, CMYK-Ausgabebedingung)</translation>
        </message>
        <message>
            <source>Screen and e-mail (RGB)</source>
            <translation>Bildschirm und E-Mail (RGB)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>a5, a6 or width x height in mm, e.g. 200x100</source>
            <translation>a5, a6 oder Breite x Höhe in mm, z. B. 200x100</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Several on A4 with cut marks</source>
            <translation>Mehrere auf A4 mit Schnittmarken</translation>
        </message>
        <message>
            <source>Several on A3 with cut marks</source>
            <translation>Mehrere auf A3 mit Schnittmarken</translation>
        </message>
        <message>
            <source>One per page</source>
            <translation>Einer pro Seite</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Bogen</translation>
        </message>
        <message>
            <source>A QR code to this address; {number} is the catalogue number</source>
            <translation>Ein QR-Code zu dieser Adresse; {number} ist die Katalognummer</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR-Code</translation>
        </message>
        <message>
            <source>Print the captions</source>
            <translation>Bildtexte drucken</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Keine Probleme gefunden.</translation>
        </message>
        <message>
            <source>No works.</source>
            <translation>Keine Werke.</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preflight found errors; nothing was written. Fix them or tick 'Write even with preflight errors'.</source>
            <translation>Preflight hat Fehler gefunden; nichts wurde geschrieben. Beheben Sie sie oder wählen Sie „Auch mit Preflight-Fehlern schreiben“.</translation>
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
            <source>The project's catalogue file is damaged.</source>
            <translation>Die Katalogdatei des Projekts ist beschädigt.</translation>
        </message>
        <message>
            <source>Restore the latest copy from the project's backups folder. Exhibit keeps a backup from each time the project was opened.</source>
            <translation>Stellen Sie die neueste Kopie aus dem Ordner „backups“ des Projekts wieder her. Exhibit legt bei jedem Öffnen des Projekts eine Sicherung an.</translation>
        </message>
        <message>
            <source>This project is open for reading only.</source>
            <translation>Dieses Projekt ist nur zum Lesen geöffnet.</translation>
        </message>
        <message>
            <source>Nothing was changed. Close the other window or program that has the project open, then open it here again.</source>
            <translation>Es wurde nichts geändert. Schließen Sie das andere Fenster oder Programm, in dem das Projekt geöffnet ist, und öffnen Sie es dann hier erneut.</translation>
        </message>
        <message>
            <source>A backup of the catalogue could not be written.</source>
            <translation>Eine Sicherung des Katalogs konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Free some space on the disk that holds the project, or check its permissions. The catalogue itself was not changed.</source>
            <translation>Schaffen Sie Platz auf dem Laufwerk, auf dem das Projekt liegt, oder prüfen Sie seine Zugriffsrechte. Der Katalog selbst wurde nicht verändert.</translation>
        </message>
        <message>
            <source>This project was saved by an older version of Exhibit and must be upgraded.</source>
            <translation>Dieses Projekt wurde mit einer älteren Version von Exhibit gespeichert und muss aktualisiert werden.</translation>
        </message>
        <message>
            <source>Close it in the other window or program that has it open, then open it here again: it is upgraded after a backup.</source>
            <translation>Schließen Sie es in dem anderen Fenster oder Programm, in dem es geöffnet ist, und öffnen Sie es hier erneut: Es wird nach einer Sicherung aktualisiert.</translation>
        </message>
        <message>
            <source>Exhibit is not allowed to read or write this file or folder.</source>
            <translation>Exhibit hat keine Berechtigung, diese Datei oder diesen Ordner zu lesen oder zu schreiben.</translation>
        </message>
        <message>
            <source>Check the file's permissions, or choose another place.</source>
            <translation>Prüfen Sie die Zugriffsrechte der Datei oder wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <source>An original photo cannot be read as a photo.</source>
            <translation>Ein Originalfoto lässt sich nicht als Foto lesen.</translation>
        </message>
        <message>
            <source>Check the file named below: put a readable copy in its place, or relink the work. The original is never changed by Exhibit.</source>
            <translation>Prüfen Sie die unten genannte Datei: Legen Sie eine lesbare Kopie an ihre Stelle oder verknüpfen Sie das Werk neu. Exhibit verändert das Original nie.</translation>
        </message>
        <message>
            <source>Preflight found errors, so nothing was exported.</source>
            <translation>Der Preflight hat Fehler gefunden, daher wurde nichts exportiert.</translation>
        </message>
        <message>
            <source>Correct the errors listed in the preflight panel, or export anyway if you accept them.</source>
            <translation>Beheben Sie die im Preflight-Bereich aufgeführten Fehler, oder exportieren Sie trotzdem, wenn Sie sie hinnehmen.</translation>
        </message>
        <message>
            <source>A value in the catalogue cannot be used as it is.</source>
            <translation>Ein Wert im Katalog kann so nicht verwendet werden.</translation>
        </message>
        <message>
            <source>Nothing was written. Check the value named below; a partner package that brought it may have been altered.</source>
            <translation>Es wurde nichts geschrieben. Prüfen Sie den unten genannten Wert; ein Partnerpaket, das ihn gebracht hat, wurde möglicherweise verändert.</translation>
        </message>
        <message>
            <source>The work is no longer in the catalogue.</source>
            <translation>Das Werk ist nicht mehr im Katalog.</translation>
        </message>
        <message>
            <source>It may have been removed meanwhile. Nothing was changed.</source>
            <translation>Es wurde inzwischen vielleicht entfernt. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The section is no longer in the catalogue.</source>
            <translation>Der Abschnitt ist nicht mehr im Katalog.</translation>
        </message>
        <message>
            <source>It may have been deleted meanwhile. Nothing was changed.</source>
            <translation>Er wurde inzwischen vielleicht gelöscht. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>A value does not fit its field.</source>
            <translation>Ein Wert passt nicht zu seinem Feld.</translation>
        </message>
        <message>
            <source>Correct the value named below. Nothing was changed.</source>
            <translation>Korrigieren Sie den unten genannten Wert. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This is not a language Exhibit can use.</source>
            <translation>Diese Sprache kann Exhibit nicht verwenden.</translation>
        </message>
        <message>
            <source>Use a language tag such as de, en or zh-Hans. Nothing was changed.</source>
            <translation>Verwenden Sie ein Sprachkürzel wie de, en oder zh-Hans. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Exhibit could not start its helper processes.</source>
            <translation>Exhibit konnte seine Hilfsprozesse nicht starten.</translation>
        </message>
        <message>
            <source>Nothing was done and the files are not to blame. Close other programs to free memory, then try again; if it happens again, reinstall Exhibit.</source>
            <translation>Es wurde nichts getan, und die Dateien sind nicht schuld. Schließen Sie andere Programme, um Speicher freizugeben, und versuchen Sie es erneut; geschieht es wieder, installieren Sie Exhibit neu.</translation>
        </message>
        <message>
            <source>The demo exhibition could not be made completely.</source>
            <translation>Die Demo-Ausstellung konnte nicht vollständig erstellt werden.</translation>
        </message>
        <message>
            <source>Some of its photos were not imported (see below). Delete the demo folder and make the demo again.</source>
            <translation>Einige ihrer Fotos wurden nicht importiert (siehe unten). Löschen Sie den Demo-Ordner und erstellen Sie die Demo erneut.</translation>
        </message>
        <message>
            <source>This partner package cannot be used.</source>
            <translation>Dieses Partnerpaket kann nicht verwendet werden.</translation>
        </message>
        <message>
            <source>Nothing was changed. Ask your partner to send the package again: it may be incomplete or altered on the way.</source>
            <translation>Es wurde nichts geändert. Bitten Sie Ihren Partner, das Paket erneut zu senden: Es ist unterwegs vielleicht unvollständig geworden oder verändert worden.</translation>
        </message>
        <message>
            <source>This partner package belongs to another exhibition.</source>
            <translation>Dieses Partnerpaket gehört zu einer anderen Ausstellung.</translation>
        </message>
        <message>
            <source>Nothing was changed. Open the project of that exhibition, or ask for the package of this one.</source>
            <translation>Es wurde nichts geändert. Öffnen Sie das Projekt jener Ausstellung, oder bitten Sie um das Paket dieser.</translation>
        </message>
        <message>
            <source>This file cannot be read as a translation.</source>
            <translation>Diese Datei lässt sich nicht als Übersetzung lesen.</translation>
        </message>
        <message>
            <source>Nothing was changed. Check the file named below, or ask the translator for the file as it was exported.</source>
            <translation>Es wurde nichts geändert. Prüfen Sie die unten genannte Datei, oder bitten Sie den Übersetzer um die Datei, wie sie exportiert wurde.</translation>
        </message>
        <message>
            <source>Exhibit (the app)</source>
            <translation>Exhibit (die App)</translation>
        </message>
        <message>
            <source>the command “{command}”</source>
            <translation>der Befehl „{command}“</translation>
        </message>
        <message>
            <source>on this computer</source>
            <translation>auf diesem Computer</translation>
        </message>
        <message>
            <source>on the computer “{host}”</source>
            <translation>auf dem Computer „{host}“</translation>
        </message>
        <message>
            <source>{who} {where}, process {pid}</source>
            <translation>{who} {where}, Prozess {pid}</translation>
        </message>
        <message>
            <source>{who} {where}, process {pid}, since {time}</source>
            <translation>{who} {where}, Prozess {pid}, seit {time}</translation>
        </message>
        <message>
            <source>This project is already open in {holder}.</source>
            <translation>Dieses Projekt ist bereits geöffnet: {holder}.</translation>
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
        <name>ExhibitionSettingsDialog</name>
        <message>
            <source>Exhibition Settings</source>
            <translation>Ausstellungseinstellungen</translation>
        </message>
        <message>
            <source>Texts</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Dates and languages</source>
            <translation>Daten und Sprachen</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="vanished">JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Language tags separated by commas, the source language first: de, zh-Hans</source>
            <translation>Sprachkürzel, durch Kommas getrennt, die Ausgangssprache zuerst: de, zh-Hans</translation>
        </message>
        <message>
            <source>Project languages</source>
            <translation>Projektsprachen</translation>
        </message>
        <message>
            <source>Texts of a language you remove are kept and come back with it.</source>
            <translation>Die Texte einer entfernten Sprache bleiben erhalten und kommen mit ihr zurück.</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>centre</source>
            <translation>Mitte</translation>
        </message>
        <message>
            <source>The point of the cover photo that stays in view when the cover crops it: across and down from the top left corner, each from 0 to 1, e.g. 0.5,0.3</source>
            <translation>Der Punkt des Titelfotos, der beim Beschnitt des Umschlags sichtbar bleibt: von links oben nach rechts und nach unten, jeweils von 0 bis 1, z. B. 0.5,0.3</translation>
        </message>
        <message>
            <source>{closing} is before {opening}</source>
            <translation>{closing} liegt vor {opening}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Catalogue</source>
            <translation>Katalog exportieren</translation>
        </message>
        <message>
            <source>Export the catalogue as a PDF for print</source>
            <translation>Katalog als PDF für den Druck exportieren</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Export &amp;Anyway</source>
            <translation>&amp;Trotzdem exportieren</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Open PDF</source>
            <translation>PDF ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>PDF file:</source>
            <translation>PDF-Datei:</translation>
        </message>
        <message>
            <source>A4 (21 × 29.7 cm)</source>
            <translation>A4 (21 × 29,7 cm)</translation>
        </message>
        <message>
            <source>A5 (14.8 × 21 cm)</source>
            <translation>A5 (14,8 × 21 cm)</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>Square (21 × 21 cm)</source>
            <translation>Quadratisch (21 × 21 cm)</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Seitenformat:</translation>
        </message>
        <message>
            <source>One photo per page, with captions</source>
            <translation>Ein Foto pro Seite, mit Bildtexten</translation>
        </message>
        <message>
            <source>Two photos per page, with captions</source>
            <translation>Zwei Fotos pro Seite, mit Bildtexten</translation>
        </message>
        <message>
            <source>Four photos per page, titles only</source>
            <translation>Vier Fotos pro Seite, nur Titel</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>Print shop (PDF/X-4, CMYK output intent)</source>
            <translation>Druckerei (PDF/X-4, CMYK-Ausgabebedingung)</translation>
        </message>
        <message>
            <source>Screen and e-mail (RGB, smaller)</source>
            <translation>Bildschirm und E-Mail (RGB, kleiner)</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Für:</translation>
        </message>
        <message>
            <source>FOGRA39, coated paper (Europe, ISO 12647-2)</source>
            <translation>FOGRA39, gestrichenes Papier (Europa, ISO 12647-2)</translation>
        </message>
        <message>
            <source>GRACoL 2006, coated paper (ISO 12647-2)</source>
            <translation>GRACoL 2006, gestrichenes Papier (ISO 12647-2)</translation>
        </message>
        <message>
            <source>Printing condition:</source>
            <translation>Druckbedingung:</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>automatic (300 for print, 150 for the screen)</source>
            <translation>automatisch (300 für den Druck, 150 für den Bildschirm)</translation>
        </message>
        <message>
            <source>Image resolution:</source>
            <translation>Bildauflösung:</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>Crop marks</source>
            <translation>Schnittmarken</translation>
        </message>
        <message>
            <source>Bleed:</source>
            <translation>Beschnitt:</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Abschnitte:</translation>
        </message>
        <message>
            <source>Only works selected for the exhibition (leave out candidates)</source>
            <translation>Nur für die Ausstellung ausgewählte Werke (Kandidaten weglassen)</translation>
        </message>
        <message>
            <source>the first photo</source>
            <translation>das erste Foto</translation>
        </message>
        <message>
            <source>No. </source>
            <translation>Nr. </translation>
        </message>
        <message>
            <source>Cover photo:</source>
            <translation>Titelfoto:</translation>
        </message>
        <message>
            <source>Open the PDF when it is written</source>
            <translation>PDF nach dem Schreiben öffnen</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>Abschnitt ohne Titel</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>Export catalogue as</source>
            <translation>Katalog exportieren als</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a PDF file to write (ending in .pdf).</source>
            <translation>Wählen Sie eine PDF-Datei (mit der Endung .pdf).</translation>
        </message>
        <message>
            <source>Checking the catalogue before printing…</source>
            <translation>Katalog wird vor dem Druck geprüft …</translation>
        </message>
        <message>
            <source>Preflight: originals, resolution, translations</source>
            <translation>Druckvorstufe: Originale, Auflösung, Übersetzungen</translation>
        </message>
        <message numerus="yes">
            <source>Preflight found %n problem(s) that would show in print</source>
            <translation>
                <numerusform>Die Prüfung hat %n Problem gefunden, das im Druck sichtbar wäre</numerusform>
                <numerusform>Die Prüfung hat %n Probleme gefunden, die im Druck sichtbar wären</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix them and export again, or export anyway to look at a proof.</source>
            <translation>Beheben Sie sie und exportieren Sie erneut, oder exportieren Sie trotzdem, um einen Probedruck anzusehen.</translation>
        </message>
        <message>
            <source>Fix them and export again: some cannot be printed as they are.</source>
            <translation>Beheben Sie sie und exportieren Sie erneut: einiges lässt sich so nicht drucken.</translation>
        </message>
        <message>
            <source>Exporting the catalogue…</source>
            <translation>Katalog wird exportiert …</translation>
        </message>
        <message>
            <source>Preparing the photos for print</source>
            <translation>Fotos werden für den Druck vorbereitet</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>PDF wird geschrieben</translation>
        </message>
        <message>
            <source>{rate} photos per second, about {time} left</source>
            <translation type="vanished">{rate} Fotos pro Sekunde, noch etwa {time}</translation>
        </message>
        <message>
            <source>The catalogue is written</source>
            <translation>Der Katalog ist fertig</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n page(s), {size}, in {time}.</source>
            <translation>
                <numerusform>{file}: %n Seite, {size}, in {time}.</numerusform>
                <numerusform>{file}: %n Seiten, {size}, in {time}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported despite %n preflight error(s), listed below.</source>
            <translation>
                <numerusform>Trotz %n Preflight-Fehler exportiert, siehe unten.</numerusform>
                <numerusform>Trotz %n Preflight-Fehlern exportiert, siehe unten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preflight noted %n warning(s), listed below.</source>
            <translation>
                <numerusform>Die Prüfung hat %n Warnung notiert, siehe unten.</numerusform>
                <numerusform>Die Prüfung hat %n Warnungen notiert, siehe unten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export cancelled. No PDF was written or replaced.</source>
            <translation>Export abgebrochen. Es wurde keine PDF-Datei geschrieben oder ersetzt.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen …</translation>
        </message>
    </context>
    <context>
        <name>FieldEditors</name>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>(no crate)</source>
            <translation>(keine Kiste)</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>durch Kommas getrennt</translation>
        </message>
        <message>
            <source>(no section)</source>
            <translation>(kein Abschnitt)</translation>
        </message>
        <message>
            <source>Crate {number}</source>
            <translation>Kiste {number}</translation>
        </message>
        <message>
            <source>(multiple values)</source>
            <translation>(mehrere Werte)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search…</source>
            <translation>Suchen …</translation>
        </message>
        <message>
            <source>Titles, captions, locations and credits in every language, catalogue numbers, photographers, tags and file names</source>
            <translation>Titel, Bildtexte, Orte und Bildnachweise in allen Sprachen, Katalognummern, Fotografen, Schlagwörter und Dateinamen</translation>
        </message>
        <message>
            <source>All translations</source>
            <translation>Alle Übersetzungen</translation>
        </message>
        <message>
            <source>Missing or outdated</source>
            <translation>Fehlend oder veraltet</translation>
        </message>
        <message>
            <source>Missing translation</source>
            <translation>Übersetzung fehlt</translation>
        </message>
        <message>
            <source>Outdated translation</source>
            <translation>Übersetzung veraltet</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Any loan status</source>
            <translation>Jeder Leihstatus</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Show every work again</source>
            <translation>Wieder alle Werke zeigen</translation>
        </message>
    </context>
    <context>
        <name>FullScreenPreview</name>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>No. {number} · {position} of {count}</source>
            <translation>Nr. {number} · {position} von {count}</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>Exhibit User Guide</source>
            <translation>Exhibit – Benutzerhandbuch</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Handbuch</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Im Handbuch suchen</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Find Next</source>
            <translation>Weitersuchen</translation>
        </message>
        <message>
            <source>Find Previous</source>
            <translation>Rückwärts suchen</translation>
        </message>
        <message>
            <source>Not found: {text}</source>
            <translation>Nicht gefunden: {text}</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>User Guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>About Exhibit</source>
            <translation>Über Exhibit</translation>
        </message>
        <message>
            <source>Exhibit {version}</source>
            <translation>Exhibit {version}</translation>
        </message>
        <message>
            <source>Catalogue, caption and print a photo exhibition sent abroad.</source>
            <translation>Eine Fotoausstellung für das Ausland katalogisieren, betexten und drucken.</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later.</source>
            <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
        </message>
        <message>
            <source>Bundled fonts: SIL Open Font License 1.1 (Noto Sans, Source Han Sans).</source>
            <translation>Mitgelieferte Schriften: SIL Open Font License 1.1 (Noto Sans, Source Han Sans).</translation>
        </message>
        <message>
            <source>Character list for the Chinese font subset: MIT licence.</source>
            <translation>Zeichenliste für die chinesische Schriftuntermenge: MIT-Lizenz.</translation>
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
            <source>the file cannot be read</source>
            <translation>die Datei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>die Datei ist zu groß</translation>
        </message>
        <message>
            <source>not an image</source>
            <translation>kein Bild</translation>
        </message>
        <message>
            <source>a format this installation cannot read</source>
            <translation>ein Format, das diese Installation nicht lesen kann</translation>
        </message>
        <message>
            <source>truncated: the image data ends early</source>
            <translation>unvollständig: die Bilddaten enden vorzeitig</translation>
        </message>
        <message>
            <source>damaged, cannot be decoded</source>
            <translation>beschädigt, kann nicht dekodiert werden</translation>
        </message>
        <message>
            <source>too many pixels to open safely</source>
            <translation>zu viele Pixel, um es sicher zu öffnen</translation>
        </message>
        <message>
            <source>a metadata block too large to read safely</source>
            <translation>ein Metadatenblock, der zu groß ist, um ihn sicher zu lesen</translation>
        </message>
        <message>
            <source>needs more memory than allowed</source>
            <translation>braucht mehr Arbeitsspeicher als erlaubt</translation>
        </message>
        <message>
            <source>took too long and was stopped</source>
            <translation>hat zu lange gedauert und wurde abgebrochen</translation>
        </message>
        <message>
            <source>made the reading process stop</source>
            <translation>hat den Leseprozess zum Absturz gebracht</translation>
        </message>
        <message>
            <source>the file name is not valid text: rename the file to import it</source>
            <translation>der Dateiname ist kein gültiger Text: Benennen Sie die Datei um, um sie zu importieren</translation>
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
        <name>ImportTranslationDialog</name>
        <message>
            <source>Import Translation</source>
            <translation>Übersetzung übernehmen</translation>
        </message>
        <message>
            <source>Trust the approvals in this file</source>
            <translation>Freigaben in dieser Datei vertrauen</translation>
        </message>
        <message>
            <source>Otherwise texts approved in the file come back as 'needs review'</source>
            <translation>Sonst kommen in der Datei freigegebene Texte als „Zu prüfen“ zurück</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>Status or reason</source>
            <translation>Status oder Grund</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>conflict: ours kept</source>
            <translation>Konflikt: unserer bleibt</translation>
        </message>
        <message>
            <source>outdated</source>
            <translation>veraltet</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>{file} cannot be imported: {reason}</source>
            <translation>{file} kann nicht übernommen werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Captions</source>
            <translation>Bildtexte</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Leihgabe</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>From the photo (read-only)</source>
            <translation>Aus dem Foto (schreibgeschützt)</translation>
        </message>
        <message>
            <source>No work selected</source>
            <translation type="vanished">Kein Werk ausgewählt</translation>
        </message>
        <message>
            <source>Accept a suggestion</source>
            <translation>Vorschlag übernehmen</translation>
        </message>
        <message>
            <source>Keep our text</source>
            <translation>Unseren Text behalten</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>changed in {office} by {author}, {date}</source>
            <translation>geändert in {office} von {author}, {date}</translation>
        </message>
        <message>
            <source>changed by {author}, {date}</source>
            <translation>geändert von {author}, {date}</translation>
        </message>
        <message>
            <source>No work selected. Select a photo to edit its captions.</source>
            <translation>Kein Werk ausgewählt. Wählen Sie ein Foto, um seine Bildtexte zu bearbeiten.</translation>
        </message>
        <message>
            <source>No. {number} · {file}</source>
            <translation>Nr. {number} · {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n works selected: changes apply to all</source>
            <translation>
                <numerusform>%n Werk ausgewählt: Änderungen gelten für alle</numerusform>
                <numerusform>%n Werke ausgewählt: Änderungen gelten für alle</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Keine Vorschau</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Original</translation>
        </message>
        <message>
            <source>missing: relink it or put the file back</source>
            <translation>fehlt: neu verknüpfen oder die Datei zurücklegen</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Aufgenommen</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <source>Lens</source>
            <translation>Objektiv</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>Belichtung</translation>
        </message>
        <message>
            <source>ISO</source>
            <translation>ISO</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
        <message>
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <source>Artist</source>
            <translation>Urheber</translation>
        </message>
        <message>
            <source>Copyright</source>
            <translation>Copyright</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Vorschlag</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Bildtext</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Closing date</source>
            <translation>Ausstellungsende</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Bildnachweis</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edition</translation>
        </message>
        <message>
            <source>Foreword</source>
            <translation>Vorwort</translation>
        </message>
        <message>
            <source>Frame notes</source>
            <translation>Hinweise zur Rahmung</translation>
        </message>
        <message>
            <source>Insurance value</source>
            <translation>Versicherungswert</translation>
        </message>
        <message>
            <source>Loan status</source>
            <translation>Leihstatus</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Verloren</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlt</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>On display</source>
            <translation>Ausgestellt</translation>
        </message>
        <message>
            <source>Opening date</source>
            <translation>Eröffnung</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Veranstalter</translation>
        </message>
        <message>
            <source>Outdated</source>
            <translation>Veraltet</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Verpackt</translation>
        </message>
        <message>
            <source>Photographer</source>
            <translation>Fotograf</translation>
        </message>
        <message>
            <source>Print height (cm)</source>
            <translation>Druckhöhe (cm)</translation>
        </message>
        <message>
            <source>Print width (cm)</source>
            <translation>Druckbreite (cm)</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Gedruckt</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Zurückgegeben</translation>
        </message>
        <message>
            <source>Section title</source>
            <translation>Abschnittstitel</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Ausgewählt</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Versandt</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Untertitel</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Ausstellungsort</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Gestaltung</translation>
        </message>
        <message>
            <source>Editors</source>
            <translation>Redaktion</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Druck</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Texts</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Übersetzung</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Rückseite</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Leihnehmer</translation>
        </message>
        <message>
            <source>Borrower's address</source>
            <translation>Anschrift des Leihnehmers</translation>
        </message>
        <message>
            <source>Borrower's contact</source>
            <translation>Ansprechpartner des Leihnehmers</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Conditions of loan</source>
            <translation>Leihbedingungen</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Deckung</translation>
        </message>
        <message>
            <source>Crate</source>
            <translation>Kiste</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>Nachweis</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>Versand</translation>
        </message>
        <message>
            <source>Dispatch date</source>
            <translation>Versanddatum</translation>
        </message>
        <message>
            <source>Excellent</source>
            <translation>Sehr gut</translation>
        </message>
        <message>
            <source>Excess</source>
            <translation>Selbstbehalt</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Mäßig</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>Rahmen</translation>
        </message>
        <message>
            <source>Frame depth (cm)</source>
            <translation>Rahmentiefe (cm)</translation>
        </message>
        <message>
            <source>Frame height (cm)</source>
            <translation>Rahmenhöhe (cm)</translation>
        </message>
        <message>
            <source>Frame width (cm)</source>
            <translation>Rahmenbreite (cm)</translation>
        </message>
        <message>
            <source>Glazing</source>
            <translation>Verglasung</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Gut</translation>
        </message>
        <message>
            <source>Hanging hardware</source>
            <translation>Aufhängung</translation>
        </message>
        <message>
            <source>Image surface</source>
            <translation>Bildoberfläche</translation>
        </message>
        <message>
            <source>Insurer or indemnifier</source>
            <translation>Versicherer oder Haftungsträger</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etiketten</translation>
        </message>
        <message>
            <source>Lender's authoriser</source>
            <translation>Für den Leihgeber</translation>
        </message>
        <message>
            <source>Loan number</source>
            <translation>Leihnummer</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Passepartout</translation>
        </message>
        <message>
            <source>Mount height (cm)</source>
            <translation>Passepartouthöhe (cm)</translation>
        </message>
        <message>
            <source>Mount width (cm)</source>
            <translation>Passepartoutbreite (cm)</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Verpackung</translation>
        </message>
        <message>
            <source>Policy number</source>
            <translation>Policennummer</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Schlecht</translation>
        </message>
        <message>
            <source>Process or medium</source>
            <translation>Technik</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Rückkehr</translation>
        </message>
        <message>
            <source>Return due</source>
            <translation>Rückgabe bis</translation>
        </message>
        <message>
            <source>Shipper</source>
            <translation>Spedition</translation>
        </message>
        <message>
            <source>Venue dispatch</source>
            <translation>Rückversand</translation>
        </message>
        <message>
            <source>Cover focal point</source>
            <translation>Bildmitte des Titelfotos</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>On the web</source>
            <translation>Im Web</translation>
        </message>
        <message>
            <source>Print run</source>
            <translation>Auflage</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>LoanActions</name>
        <message>
            <source>Loan Status</source>
            <translation>Leihstatus</translation>
        </message>
    </context>
    <context>
        <name>LoanRecordDialog</name>
        <message>
            <source>Loan Record</source>
            <translation>Leihvertrag</translation>
        </message>
        <message>
            <source>Borrower, purpose and conditions</source>
            <translation>Leihnehmer, Zweck und Bedingungen</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Leihgabe</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Versicherung</translation>
        </message>
        <message>
            <source>Indemnity</source>
            <translation>Staatshaftung</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Crates</source>
            <translation>Kisten</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Width (cm)</source>
            <translation>Breite (cm)</translation>
        </message>
        <message>
            <source>Height (cm)</source>
            <translation>Höhe (cm)</translation>
        </message>
        <message>
            <source>Depth (cm)</source>
            <translation>Tiefe (cm)</translation>
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation>Gewicht (kg)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemerkungen</translation>
        </message>
        <message>
            <source>Add Crate</source>
            <translation>Kiste hinzufügen</translation>
        </message>
        <message>
            <source>Remove Crate</source>
            <translation>Kiste entfernen</translation>
        </message>
        <message>
            <source>Put works in a crate in the inspector's Loan section.</source>
            <translation>Werke legen Sie im Abschnitt „Leihgabe“ des Inspektors in eine Kiste.</translation>
        </message>
        <message>
            <source>Crate {number} is listed twice.</source>
            <translation>Kiste {number} steht zweimal in der Liste.</translation>
        </message>
        <message>
            <source>Crate {number}: {text} is not a number.</source>
            <translation>Kiste {number}: {text} ist keine Zahl.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Preflight</source>
            <translation>Druckprüfung</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Import Photos…</source>
            <translation>Fotos importieren …</translation>
        </message>
        <message>
            <source>Add photos from files or folders to the catalogue</source>
            <translation>Fotos aus Dateien oder Ordnern in den Katalog aufnehmen</translation>
        </message>
        <message>
            <source>Full-Screen Preview</source>
            <translation>Vollbildvorschau</translation>
        </message>
        <message>
            <source>Check the sequence</source>
            <translation>Die Reihenfolge prüfen</translation>
        </message>
        <message>
            <source>Remove from Catalogue</source>
            <translation>Aus dem Katalog entfernen</translation>
        </message>
        <message>
            <source>Open Original</source>
            <translation>Original öffnen</translation>
        </message>
        <message>
            <source>Show in File Manager</source>
            <translation>Im Dateimanager zeigen</translation>
        </message>
        <message>
            <source>Edit Title</source>
            <translation>Titel bearbeiten</translation>
        </message>
        <message>
            <source>Exhibition Settings…</source>
            <translation>Ausstellungseinstellungen …</translation>
        </message>
        <message>
            <source>Export Catalogue…</source>
            <translation>Katalog exportieren …</translation>
        </message>
        <message>
            <source>Write the catalogue as a PDF for print</source>
            <translation>Den Katalog als druckfertiges PDF schreiben</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>New Project…</source>
            <translation>Neues Projekt …</translation>
        </message>
        <message>
            <source>Open Project…</source>
            <translation>Projekt öffnen …</translation>
        </message>
        <message>
            <source>Open Recent</source>
            <translation>Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Print Documents…</source>
            <translation>Dokumente drucken …</translation>
        </message>
        <message>
            <source>Wall labels, checklist, condition reports and the loan record</source>
            <translation>Wandtexte, Werkliste, Zustandsprotokolle und Leihvertrag</translation>
        </message>
        <message>
            <source>Export Web Gallery…</source>
            <translation>Web-Galerie exportieren…</translation>
        </message>
        <message>
            <source>A bilingual gallery for phones and websites, opened by the labels' QR codes</source>
            <translation>Eine zweisprachige Galerie für Smartphones und Websites, geöffnet von den QR-Codes der Wandtexte</translation>
        </message>
        <message>
            <source>Find Missing Originals…</source>
            <translation>Fehlende Originale suchen …</translation>
        </message>
        <message>
            <source>Search a folder for originals that were moved or renamed</source>
            <translation>Einen Ordner nach verschobenen oder umbenannten Originalen durchsuchen</translation>
        </message>
        <message>
            <source>Send for Translation…</source>
            <translation>Zur Übersetzung senden…</translation>
        </message>
        <message>
            <source>Texts out to a translator: XLSX, XLIFF or PO</source>
            <translation>Texte an eine Übersetzerin senden: XLSX, XLIFF oder PO</translation>
        </message>
        <message>
            <source>Import Translation…</source>
            <translation>Übersetzung übernehmen…</translation>
        </message>
        <message>
            <source>Take translated texts back, field by field</source>
            <translation>Übersetzte Texte Feld für Feld übernehmen</translation>
        </message>
        <message>
            <source>Send to Partner…</source>
            <translation>An Partner senden…</translation>
        </message>
        <message>
            <source>Make a package (catalogue and previews) for the partner office</source>
            <translation>Ein Paket (Katalog und Vorschaubilder) für das Partnerbüro erstellen</translation>
        </message>
        <message>
            <source>Merge from Partner…</source>
            <translation>Vom Partner zusammenführen…</translation>
        </message>
        <message>
            <source>Take the partner office's changes from a package they sent</source>
            <translation>Die Änderungen des Partnerbüros aus einem gesendeten Paket übernehmen</translation>
        </message>
        <message>
            <source>Merge Conflicts…</source>
            <translation>Konflikte beim Zusammenführen…</translation>
        </message>
        <message>
            <source>Fields changed here and at the partner office: decide which to keep</source>
            <translation>Hier und im Partnerbüro geänderte Felder: entscheiden, was bleibt</translation>
        </message>
        <message>
            <source>Open Package…</source>
            <translation>Paket öffnen…</translation>
        </message>
        <message>
            <source>Close Project</source>
            <translation>Projekt schließen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Alles auswählen</translation>
        </message>
        <message>
            <source>Loan Record…</source>
            <translation>Leihvertrag …</translation>
        </message>
        <message>
            <source>Borrower, loan period, insurance and crates</source>
            <translation>Leihnehmer, Leihfrist, Versicherung und Kisten</translation>
        </message>
        <message>
            <source>Preferences…</source>
            <translation>Einstellungen …</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>What would go wrong in print, kept up to date</source>
            <translation>Was im Druck schiefgehen würde, laufend aktualisiert</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Show All Works</source>
            <translation>Alle Werke zeigen</translation>
        </message>
        <message>
            <source>Larger Thumbnails</source>
            <translation>Größere Vorschaubilder</translation>
        </message>
        <message>
            <source>Smaller Thumbnails</source>
            <translation>Kleinere Vorschaubilder</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Exhibition Settings</source>
            <translation>Ausstellungseinstellungen</translation>
        </message>
        <message>
            <source>Without section</source>
            <translation>Ohne Abschnitt</translation>
        </message>
        <message>
            <source>{project} — Exhibit</source>
            <translation>{project} – Exhibit</translation>
        </message>
        <message numerus="yes">
            <source>%n work(s)</source>
            <translation>
                <numerusform>%n Werk</numerusform>
                <numerusform>%n Werke</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without complete translation</source>
            <translation>
                <numerusform>%n ohne vollständige Übersetzung</numerusform>
                <numerusform>%n ohne vollständige Übersetzung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with warnings</source>
            <translation>
                <numerusform>%n mit Warnungen</numerusform>
                <numerusform>%n mit Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>%n angezeigt</numerusform>
                <numerusform>%n angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to another section</source>
            <translation>In einen anderen Abschnitt verschieben</translation>
        </message>
        <message>
            <source>Removed No. {number} “{title}”. {undo} puts it back.</source>
            <translation>Nr. {number} „{title}“ entfernt. {undo} stellt es wieder her.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n work(s). {undo} puts them back.</source>
            <translation>
                <numerusform>%n Werk entfernt. {undo} stellt es wieder her.</numerusform>
                <numerusform>%n Werke entfernt. {undo} stellt sie wieder her.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import a folder of photos</source>
            <translation>Einen Ordner mit Fotos importieren</translation>
        </message>
        <message>
            <source>Saved for translation: {file}</source>
            <translation>Zur Übersetzung gespeichert: {file}</translation>
        </message>
        <message>
            <source>Written: {file} ({pages} pages)</source>
            <translation>Geschrieben: {file} ({pages} Seiten)</translation>
        </message>
        <message>
            <source>Catalogue written: {file}</source>
            <translation>Katalog geschrieben: {file}</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <source>Merge from Partner</source>
            <translation>Vom Partner zusammenführen</translation>
        </message>
        <message>
            <source>Package from {office}, made {created}.
{taken} fields are taken from the partner, {conflicts} were changed on both sides (yours are kept until you decide), {added} works added, {removed} removed.</source>
            <translation>Paket aus {office}, erstellt {created}.
{taken} Felder werden vom Partner übernommen, {conflicts} wurden auf beiden Seiten geändert (Ihre bleiben, bis Sie entscheiden), {added} Werke hinzugefügt, {removed} entfernt.</translation>
        </message>
        <message>
            <source>the partner</source>
            <translation>dem Partnerbüro</translation>
        </message>
        <message>
            <source>The order of works or sections changes.</source>
            <translation>Die Reihenfolge der Werke oder Abschnitte ändert sich.</translation>
        </message>
        <message>
            <source>This package holds nothing this project does not have already.</source>
            <translation>Dieses Paket enthält nichts, was dieses Projekt nicht schon hat.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Here (ours)</source>
            <translation>Hier (unsere)</translation>
        </message>
        <message>
            <source>From the partner (theirs)</source>
            <translation>Vom Partner (ihre)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>conflict: yours kept</source>
            <translation>Konflikt: Ihres bleibt</translation>
        </message>
        <message>
            <source>taken from the partner</source>
            <translation>vom Partner übernommen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>Nr. {number}</translation>
        </message>
        <message>
            <source>new work</source>
            <translation>neues Werk</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Ausstellung</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
    </context>
    <context>
        <name>OrderingActions</name>
        <message>
            <source>Move Up</source>
            <translation>Nach vorn</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Nach hinten</translation>
        </message>
        <message>
            <source>Move to Position…</source>
            <translation>An Position verschieben…</translation>
        </message>
        <message>
            <source>Move to Section…</source>
            <translation>In Abschnitt verschieben…</translation>
        </message>
        <message>
            <source>Move to Section</source>
            <translation>In Abschnitt verschieben</translation>
        </message>
        <message>
            <source>Sort Section By</source>
            <translation>Abschnitt sortieren nach</translation>
        </message>
        <message>
            <source>Date Taken</source>
            <translation>Aufnahmedatum</translation>
        </message>
        <message>
            <source>File Name</source>
            <translation>Dateiname</translation>
        </message>
        <message>
            <source>Photographer</source>
            <translation>Fotograf</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>&amp;Arrange</source>
            <translation>&amp;Anordnen</translation>
        </message>
        <message>
            <source>Without section</source>
            <translation>Ohne Abschnitt</translation>
        </message>
        <message>
            <source>Move to Position</source>
            <translation>An Position verschieben</translation>
        </message>
        <message>
            <source>Catalogue number:</source>
            <translation>Katalognummer:</translation>
        </message>
        <message>
            <source>Move to position {number}</source>
            <translation>An Position {number} verschieben</translation>
        </message>
        <message>
            <source>Section:</source>
            <translation>Abschnitt:</translation>
        </message>
        <message>
            <source>Move to another section</source>
            <translation>In anderen Abschnitt verschieben</translation>
        </message>
        <message>
            <source>Sort section</source>
            <translation>Abschnitt sortieren</translation>
        </message>
    </context>
    <context>
        <name>Partner</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Making the partner package…</source>
            <translation>Partnerpaket wird erstellt…</translation>
        </message>
        <message>
            <source>Merge from Partner</source>
            <translation>Vom Partner zusammenführen</translation>
        </message>
        <message>
            <source>Merge from {office}</source>
            <translation>Zusammenführen aus {office}</translation>
        </message>
        <message>
            <source>Package written: {file} ({size} MB)</source>
            <translation>Paket geschrieben: {file} ({size} MB)</translation>
        </message>
        <message>
            <source>Partner package</source>
            <translation>Partnerpaket</translation>
        </message>
        <message>
            <source>Partner packages (*{suffix})</source>
            <translation>Partnerpakete (*{suffix})</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>Send to Partner</source>
            <translation>An Partner senden</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Which office works with this copy of the exhibition (e.g. Düren or Jinhua)?
Every edit is recorded under this name, so the partner sees who changed what.</source>
            <translation>Welches Büro arbeitet mit dieser Kopie der Ausstellung (z. B. Düren oder Jinhua)?
Jede Änderung wird unter diesem Namen festgehalten, damit der Partner sieht, wer was geändert hat.</translation>
        </message>
        <message>
            <source>Work in the catalogue</source>
            <translation>Werk im Katalog</translation>
        </message>
        <message>
            <source>Your office</source>
            <translation>Ihr Büro</translation>
        </message>
        <message>
            <source>in the catalogue</source>
            <translation>im Katalog</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Language of the window</source>
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Thumbnail size</source>
            <translation>Größe der Vorschaubilder</translation>
        </message>
        <message>
            <source>Captions are always edited in the project's languages.</source>
            <translation>Bildtexte werden immer in den Sprachen des Projekts bearbeitet.</translation>
        </message>
    </context>
    <context>
        <name>PreflightModel</name>
        <message>
            <source>No problems found</source>
            <translation>Keine Probleme gefunden</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Hinweis</numerusform>
                <numerusform>%n Hinweise</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>No works selected</source>
            <translation>Keine Werke ausgewählt</translation>
        </message>
        <message>
            <source>Original missing</source>
            <translation>Original fehlt</translation>
        </message>
        <message>
            <source>Original unreadable</source>
            <translation>Original nicht lesbar</translation>
        </message>
        <message>
            <source>Original changed</source>
            <translation>Original geändert</translation>
        </message>
        <message>
            <source>Resolution too low</source>
            <translation>Auflösung zu gering</translation>
        </message>
        <message>
            <source>Translation missing</source>
            <translation>Übersetzung fehlt</translation>
        </message>
        <message>
            <source>Translation outdated</source>
            <translation>Übersetzung veraltet</translation>
        </message>
        <message>
            <source>Character not in the fonts</source>
            <translation>Zeichen fehlt in den Schriften</translation>
        </message>
        <message>
            <source>Text does not fit</source>
            <translation>Text passt nicht</translation>
        </message>
        <message>
            <source>Cover text does not fit</source>
            <translation>Umschlagtext passt nicht</translation>
        </message>
        <message>
            <source>No title</source>
            <translation>Kein Titel</translation>
        </message>
        <message>
            <source>No photographer</source>
            <translation>Kein Fotograf</translation>
        </message>
        <message>
            <source>Caption written by the camera</source>
            <translation>Bildtext von der Kamera</translation>
        </message>
        <message>
            <source>No works are selected for printing.</source>
            <translation>Für den Druck sind keine Werke ausgewählt.</translation>
        </message>
        <message>
            <source>The cover's title, subtitle and organisers do not fit under the cover photo: they would be printed at {smallest_pt} pt, below the smallest readable size ({minimum_pt} pt). Shorten them.</source>
            <translation>Titel, Untertitel und Veranstalter passen nicht unter das Titelfoto: Sie würden in {smallest_pt} pt gedruckt, unter der kleinsten lesbaren Größe ({minimum_pt} pt). Bitte kürzen.</translation>
        </message>
        <message>
            <source>No title: printed as untitled.</source>
            <translation>Kein Titel: wird als „Ohne Titel“ gedruckt.</translation>
        </message>
        <message>
            <source>No photographer named.</source>
            <translation>Kein Fotograf angegeben.</translation>
        </message>
        <message>
            <source>The caption looks like text the camera wrote: {text}</source>
            <translation>Der Bildtext sieht nach einem Kameratext aus: {text}</translation>
        </message>
        <message>
            <source>{where}: {details}</source>
            <translation>{where}: {details}</translation>
        </message>
        <message>
            <source>No. {number} (cover)</source>
            <translation>Nr. {number} (Titelfoto)</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>Nr. {number}</translation>
        </message>
        <message>
            <source>Section {section}</source>
            <translation>Abschnitt {section}</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Ausstellung</translation>
        </message>
        <message>
            <source>The original {file} is missing.</source>
            <translation>Das Original {file} fehlt.</translation>
        </message>
        <message>
            <source>The original {file} cannot be read.</source>
            <translation>Das Original {file} kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>{file} has changed since it was imported ({now} bytes now, {then} before); the catalogue prints the file as it is now.</source>
            <translation>{file} wurde seit dem Import geändert (jetzt {now} Byte, vorher {then}); der Katalog druckt die Datei so, wie sie jetzt ist.</translation>
        </message>
        <message>
            <source>{width_px} × {height_px} pixels give only {ppi} ppi at {width_mm} × {height_mm} mm (at least {minimum} ppi needed).</source>
            <translation>{width_px} × {height_px} Pixel ergeben nur {ppi} ppi bei {width_mm} × {height_mm} mm (mindestens {minimum} ppi nötig).</translation>
        </message>
        <message>
            <source>{width_px} × {height_px} pixels give {ppi} ppi at {width_mm} × {height_mm} mm ({wanted} ppi wanted).</source>
            <translation>{width_px} × {height_px} Pixel ergeben {ppi} ppi bei {width_mm} × {height_mm} mm ({wanted} ppi gewünscht).</translation>
        </message>
        <message>
            <source>{field}: the {language} translation is missing; only the {source} text is printed.</source>
            <translation>{field}: Die Übersetzung ({language}) fehlt; gedruckt wird nur der Text ({source}).</translation>
        </message>
        <message>
            <source>{field}: the {language} translation was approved for an earlier version of the {source} text.</source>
            <translation>{field}: Die Übersetzung ({language}) wurde für eine frühere Fassung des Textes ({source}) freigegeben.</translation>
        </message>
        <message>
            <source>{field} ({language})</source>
            <translation>{field} ({language})</translation>
        </message>
        <message numerus="yes">
            <source>{field}: %n character(s) that the catalogue fonts cannot show: {chars}.</source>
            <translation>
                <numerusform>{field}: %n Zeichen, das die Schriften des Katalogs nicht darstellen können: {chars}.</numerusform>
                <numerusform>{field}: %n Zeichen, die die Schriften des Katalogs nicht darstellen können: {chars}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The captions do not fit, even on a page of their own; they would have to be printed at {scale_percent}% size, below the smallest readable size ({minimum_pt} pt). Shorten them.</source>
            <translation>Die Bildtexte passen nicht, auch nicht auf eine eigene Seite; sie müssten auf {scale_percent} % verkleinert werden, unter die kleinste lesbare Größe ({minimum_pt} pt). Kürzen Sie sie.</translation>
        </message>
        <message>
            <source>The captions do not fit the plate; they would be printed at {scale_percent}% size. Shorten them or choose a larger layout.</source>
            <translation type="vanished">Die Bildtexte passen nicht auf die Tafel; sie würden auf {scale_percent} % verkleinert gedruckt. Kürzen Sie sie oder wählen Sie ein größeres Layout.</translation>
        </message>
    </context>
    <context>
        <name>PreflightPanel</name>
        <message>
            <source>All problems</source>
            <translation>Alle Probleme</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Show only problems of this kind</source>
            <translation>Nur Probleme dieser Art zeigen</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Check the catalogue again now</source>
            <translation>Den Katalog jetzt erneut prüfen</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Prüfe …</translation>
        </message>
        <message>
            <source>Preflight could not run: {message}</source>
            <translation>Die Druckprüfung konnte nicht laufen: {message}</translation>
        </message>
        <message>
            <source>{summary} ({shown} shown)</source>
            <translation>{summary} ({shown} angezeigt)</translation>
        </message>
    </context>
    <context>
        <name>Projects</name>
        <message>
            <source>When the project was opened: {reason}</source>
            <translation>Beim Öffnen des Projekts: {reason}</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Exhibit</translation>
        </message>
        <message>
            <source>The project has no good backup to restore; the catalogue stays open for reading only.</source>
            <translation>Das Projekt hat keine intakte Sicherung, die wiederhergestellt werden könnte; der Katalog bleibt schreibgeschützt geöffnet.</translation>
        </message>
        <message>
            <source>The project's catalogue is damaged, empty or missing.</source>
            <translation>Der Katalog des Projekts ist beschädigt, leer oder fehlt.</translation>
        </message>
        <message>
            <source>Restore the newest good backup, made {when}, with {count} works? The damaged catalogue is kept beside the backups.</source>
            <translation>Die neueste intakte Sicherung vom {when} mit {count} Werken wiederherstellen? Der beschädigte Katalog wird bei den Sicherungen aufbewahrt.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Open an Exhibit project folder</source>
            <translation>Einen Exhibit-Projektordner öffnen</translation>
        </message>
        <message>
            <source>New project: choose where to keep it and its name</source>
            <translation>Neues Projekt: Speicherort und Namen wählen</translation>
        </message>
        <message>
            <source>Open a partner package</source>
            <translation>Ein Partnerpaket öffnen</translation>
        </message>
        <message>
            <source>Partner packages (*{suffix})</source>
            <translation>Partnerpakete (*{suffix})</translation>
        </message>
        <message>
            <source>Where to keep the project made from the package</source>
            <translation>Wo das Projekt aus dem Paket gespeichert wird</translation>
        </message>
        <message>
            <source>Your office</source>
            <translation>Ihr Büro</translation>
        </message>
        <message>
            <source>Which office works with this copy of the exhibition (e.g. Jinhua)?
Every edit is recorded under this name, so the partner sees who changed what.</source>
            <translation>Welches Büro arbeitet mit dieser Kopie der Ausstellung (z. B. Jinhua)?
Jede Änderung wird unter diesem Namen festgehalten, damit der Partner sieht, wer was geändert hat.</translation>
        </message>
        <message>
            <source>Making the demo exhibition…</source>
            <translation>Die Demo-Ausstellung wird erstellt …</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Demo exhibition</source>
            <translation>Demo-Ausstellung</translation>
        </message>
        <message>
            <source>Exporting the catalogue…</source>
            <translation>Katalog wird exportiert …</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>Restore Backup…</source>
            <translation>Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>This catalogue is damaged and opened read-only: you can browse, preview and export, but not change it. Restore the newest good backup to work on it again (the damaged file is kept beside the backups).</source>
            <translation>Dieser Katalog ist beschädigt und wurde schreibgeschützt geöffnet: Sie können ihn durchsehen, in der Vorschau zeigen und exportieren, aber nicht ändern. Stellen Sie die neueste intakte Sicherung wieder her, um weiter daran zu arbeiten (die beschädigte Datei wird bei den Sicherungen aufbewahrt).</translation>
        </message>
        <message>
            <source>This catalogue opened read-only: you have no permission to write {place} (permission denied). You can browse, preview and export; to change it, ask for write permission or copy the project somewhere you may write.</source>
            <translation>Dieser Katalog wurde schreibgeschützt geöffnet: Sie haben keine Schreibberechtigung für {place} (Zugriff verweigert). Sie können ihn durchsehen, in der Vorschau zeigen und exportieren; um ihn zu ändern, bitten Sie um Schreibrechte oder kopieren Sie das Projekt an einen Ort, an dem Sie schreiben dürfen.</translation>
        </message>
    </context>
    <context>
        <name>SectionTitlesDialog</name>
        <message>
            <source>Section title</source>
            <translation>Abschnittstitel</translation>
        </message>
    </context>
    <context>
        <name>SectionsModel</name>
        <message>
            <source>Untitled section</source>
            <translation>Abschnitt ohne Titel</translation>
        </message>
        <message>
            <source>All works</source>
            <translation>Alle Werke</translation>
        </message>
        <message>
            <source>Without section</source>
            <translation>Ohne Abschnitt</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
    </context>
    <context>
        <name>SectionsPanel</name>
        <message>
            <source>Add a section</source>
            <translation>Einen Abschnitt hinzufügen</translation>
        </message>
        <message>
            <source>Rename the section</source>
            <translation>Den Abschnitt umbenennen</translation>
        </message>
        <message>
            <source>Move the section up</source>
            <translation>Den Abschnitt nach oben verschieben</translation>
        </message>
        <message>
            <source>Move the section down</source>
            <translation>Den Abschnitt nach unten verschieben</translation>
        </message>
        <message>
            <source>Delete the section (its works are kept)</source>
            <translation>Den Abschnitt löschen (seine Werke bleiben erhalten)</translation>
        </message>
        <message>
            <source>(no section)</source>
            <translation>(kein Abschnitt)</translation>
        </message>
        <message>
            <source>Delete section</source>
            <translation>Abschnitt löschen</translation>
        </message>
        <message>
            <source>Move the works of “{name}” to:</source>
            <translation>Die Werke aus „{name}“ verschieben nach:</translation>
        </message>
        <message>
            <source>Rename section</source>
            <translation>Abschnitt umbenennen</translation>
        </message>
    </context>
    <context>
        <name>SendForTranslationDialog</name>
        <message>
            <source>Send for Translation</source>
            <translation>Zur Übersetzung senden</translation>
        </message>
        <message>
            <source>Spreadsheet (XLSX: Excel, WPS, LibreOffice)</source>
            <translation>Tabelle (XLSX: Excel, WPS, LibreOffice)</translation>
        </message>
        <message>
            <source>XLIFF 1.2 (Trados, memoQ, Phrase, OmegaT)</source>
            <translation>XLIFF 1.2 (Trados, memoQ, Phrase, OmegaT)</translation>
        </message>
        <message>
            <source>XLIFF 2.0</source>
            <translation>XLIFF 2.0</translation>
        </message>
        <message>
            <source>PO (Poedit, Weblate)</source>
            <translation>PO (Poedit, Weblate)</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Translate into:</source>
            <translation>Übersetzen in:</translation>
        </message>
        <message>
            <source>Every text</source>
            <translation>Alle Texte</translation>
        </message>
        <message>
            <source>Missing or outdated translations</source>
            <translation>Fehlende oder veraltete Übersetzungen</translation>
        </message>
        <message>
            <source>Missing translations only</source>
            <translation>Nur fehlende Übersetzungen</translation>
        </message>
        <message>
            <source>Texts:</source>
            <translation>Texte:</translation>
        </message>
        <message>
            <source>Also save the photos and a contact sheet (ZIP)</source>
            <translation>Auch die Fotos und einen Kontaktbogen speichern (ZIP)</translation>
        </message>
        <message>
            <source>Write the language as zh-CN (for strict tools)</source>
            <translation>Sprache als zh-CN schreiben (für strenge Werkzeuge)</translation>
        </message>
        <message>
            <source>Save the texts for translation</source>
            <translation>Texte zur Übersetzung speichern</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Exhibit</source>
            <translation>Exhibit</translation>
        </message>
        <message>
            <source>Catalogue the photographs of an exhibition, put them in order, caption them in every language of the project and print the catalogue.</source>
            <translation>Die Fotografien einer Ausstellung erfassen, ordnen, in jeder Sprache des Projekts betiteln und den Katalog drucken.</translation>
        </message>
        <message>
            <source>New Project…</source>
            <translation>Neues Projekt …</translation>
        </message>
        <message>
            <source>Open Project…</source>
            <translation>Projekt öffnen …</translation>
        </message>
        <message>
            <source>Open Package…</source>
            <translation>Paket öffnen…</translation>
        </message>
        <message>
            <source>Open the Demo Exhibition</source>
            <translation>Die Demo-Ausstellung öffnen</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Zuletzt geöffnete Projekte</translation>
        </message>
        <message>
            <source>{name} (not found)</source>
            <translation>{name} (nicht gefunden)</translation>
        </message>
        <message>
            <source>No recent projects yet: start with the demo.</source>
            <translation>Noch keine zuletzt geöffneten Projekte: Beginnen Sie mit der Demo.</translation>
        </message>
    </context>
    <context>
        <name>UndoCommand</name>
        <message>
            <source>Add section</source>
            <translation>Abschnitt hinzufügen</translation>
        </message>
        <message>
            <source>Change exhibition settings</source>
            <translation>Ausstellungseinstellungen ändern</translation>
        </message>
        <message>
            <source>Delete section</source>
            <translation>Abschnitt löschen</translation>
        </message>
        <message>
            <source>Edit {field} ({lang})</source>
            <translation>{field} bearbeiten ({lang})</translation>
        </message>
        <message>
            <source>Mark {field} ({lang}) as {status}</source>
            <translation>{field} ({lang}) als „{status}“ markieren</translation>
        </message>
        <message>
            <source>Move section</source>
            <translation>Abschnitt verschieben</translation>
        </message>
        <message>
            <source>Change the loan record</source>
            <translation>Leihvertrag ändern</translation>
        </message>
        <message>
            <source>Remove a condition check</source>
            <translation>Zustandsprüfung entfernen</translation>
        </message>
    </context>
    <context>
        <name>UndoStack</name>
        <message numerus="yes">
            <source>Paste captions onto %n work(s)</source>
            <translation>
                <numerusform>Bildtexte in %n Werk einfügen</numerusform>
                <numerusform>Bildtexte in %n Werke einfügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit {field} ({lang}) of %n work(s)</source>
            <translation>
                <numerusform>{field} ({lang}) von %n Werk bearbeiten</numerusform>
                <numerusform>{field} ({lang}) von %n Werken bearbeiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set {field} of %n work(s)</source>
            <translation>
                <numerusform>{field} von %n Werk setzen</numerusform>
                <numerusform>{field} von %n Werken setzen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n work(s)</source>
            <translation>
                <numerusform>%n Werk verschieben</numerusform>
                <numerusform>%n Werke verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n work(s)</source>
            <translation>
                <numerusform>%n Werk entfernen</numerusform>
                <numerusform>%n Werke entfernen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n photo(s)</source>
            <translation>
                <numerusform>%n Foto importieren</numerusform>
                <numerusform>%n Fotos importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n translation(s)</source>
            <translation>
                <numerusform>%n Übersetzung übernehmen</numerusform>
                <numerusform>%n Übersetzungen übernehmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n work(s) to another section</source>
            <translation>
                <numerusform>%n Werk in einen anderen Abschnitt verschieben</numerusform>
                <numerusform>%n Werke in einen anderen Abschnitt verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Record condition of %n work(s)</source>
            <translation>
                <numerusform>Zustand von %n Werk erfassen</numerusform>
                <numerusform>Zustand von %n Werken erfassen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WebGalleryDialog</name>
        <message>
            <source>Export Web Gallery</source>
            <translation>Web-Galerie exportieren</translation>
        </message>
        <message>
            <source>Write Gallery</source>
            <translation>Galerie schreiben</translation>
        </message>
        <message>
            <source>Open in Browser</source>
            <translation>Im Browser öffnen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Ordner:</translation>
        </message>
        <message>
            <source>Web address:</source>
            <translation>Webadresse:</translation>
        </message>
        <message>
            <source>Language shown first:</source>
            <translation>Zuerst gezeigte Sprache:</translation>
        </message>
        <message>
            <source>Also WebP images (smaller on phones)</source>
            <translation>Auch WebP-Bilder (kleiner auf Smartphones)</translation>
        </message>
        <message>
            <source>Before publishing:</source>
            <translation>Vor dem Veröffentlichen:</translation>
        </message>
        <message>
            <source>Folder for the web gallery</source>
            <translation>Ordner für die Web-Galerie</translation>
        </message>
        <message>
            <source>Error: {text}</source>
            <translation>Fehler: {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Hinweis: {text}</translation>
        </message>
        <message>
            <source>Nothing to fix.</source>
            <translation>Nichts zu beheben.</translation>
        </message>
        <message>
            <source>Writing the web gallery…</source>
            <translation>Web-Galerie wird geschrieben…</translation>
        </message>
        <message>
            <source>Web gallery written: {pages} pages, {size} MB</source>
            <translation>Web-Galerie geschrieben: {pages} Seiten, {size} MB</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Abgebrochen; nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>The web gallery was not written: {reason}</source>
            <translation>Die Web-Galerie wurde nicht geschrieben: {reason}</translation>
        </message>
    </context>
    <context>
        <name>WorkDelegate</name>
        <message>
            <source>The original file is missing</source>
            <translation>Die Originaldatei fehlt</translation>
        </message>
    </context>
    <context>
        <name>_Relink</name>
        <message numerus="yes">
            <source>%n original(s) found again.</source>
            <translation>
                <numerusform>%n Original wiedergefunden.</numerusform>
                <numerusform>%n Originale wiedergefunden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n original(s) still missing.</source>
            <translation>
                <numerusform>%n Original fehlt noch.</numerusform>
                <numerusform>%n Originale fehlen noch.</numerusform>
            </translation>
        </message>
        <message>
            <source>Find missing originals</source>
            <translation>Fehlende Originale suchen</translation>
        </message>
        <message>
            <source>Search a folder for the missing originals</source>
            <translation>Ordner nach den fehlenden Originalen durchsuchen</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Import a translation</source>
            <translation>Übersetzung übernehmen</translation>
        </message>
        <message>
            <source>Translations (*.xlsx *.csv *.xlf *.xliff *.po);;All files (*)</source>
            <translation>Übersetzungen (*.xlsx *.csv *.xlf *.xliff *.po);;Alle Dateien (*)</translation>
        </message>
    </context>
</TS>
