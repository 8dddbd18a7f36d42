<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Backup</name>
    <message>
        <source>cannot start the backup</source>
        <translation>die Sicherung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the backup was canceled</source>
        <translation>die Sicherung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the backup failed</source>
        <translation>die Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>there is no database file %1</source>
        <translation>es gibt keine Datenbankdatei %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: %2</source>
        <translation>die Sicherung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the current file could not be backed up first, so nothing was restored: %1</source>
        <translation>die aktuelle Datei konnte vorher nicht gesichert werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>CellClearing</name>
    <message numerus="yes">
        <source>Clear %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle leeren</numerusform>
            <numerusform>%Ln Zellen leeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <source>Other values</source>
        <translation>Andere Werte</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %Ln value(s)</source>
        <translation>
            <numerusform>%1 bis %2: %Ln Wert</numerusform>
            <numerusform>%1 bis %2: %Ln Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln Zeile</numerusform>
            <numerusform>%1: %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation>%1: %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 See “rowbook %2 --help”.</source>
        <translation>%1 Siehe „rowbook %2 --help“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: %1
%2

</source>
        <translation>Aufruf: %1
%2

</translation>
    </message>
    <message>
        <source>The SQLite file &lt;path&gt; (default: your own database).</source>
        <translation>Die SQLite-Datei &lt;path&gt; (Standard: Ihre eigene Datenbank).</translation>
    </message>
    <message>
        <source>rowbook check [--database PATH] [--full]</source>
        <translation>rowbook check [--database PFAD] [--full]</translation>
    </message>
    <message>
        <source>Checks that a database file is sound, without changing a byte of it, and prints “ok” or the problems found.</source>
        <translation>Prüft, ob eine Datenbankdatei intakt ist, ohne ein Byte daran zu ändern, und gibt „ok“ oder die gefundenen Probleme aus.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  the file is sound
  2  usage error, or there is no such file
  4  the file is damaged
</source>
        <translation>Exit-Codes:
  0  die Datei ist intakt
  2  Aufruffehler, oder die Datei existiert nicht
  4  die Datei ist beschädigt
</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>Es gibt keine Datenbankdatei %1.</translation>
    </message>
    <message numerus="yes">
        <source>The database file %1 is damaged (%n problem(s) found); copy its readable rows into a new file with “rowbook recover %1 --output NEW”, or restore a backup.</source>
        <translation>
            <numerusform>Die Datenbankdatei %1 ist beschädigt (%n Problem gefunden); kopieren Sie ihre lesbaren Zeilen mit „rowbook recover %1 --output NEU“ in eine neue Datei oder stellen Sie eine Sicherung wieder her.</numerusform>
            <numerusform>Die Datenbankdatei %1 ist beschädigt (%n Probleme gefunden); kopieren Sie ihre lesbaren Zeilen mit „rowbook recover %1 --output NEU“ in eine neue Datei oder stellen Sie eine Sicherung wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the recovered rows to &lt;file&gt;, which must not exist.</source>
        <translation>Die geretteten Zeilen in &lt;file&gt; schreiben, die noch nicht existieren darf.</translation>
    </message>
    <message>
        <source>The damaged SQLite file.</source>
        <translation>Die beschädigte SQLite-Datei.</translation>
    </message>
    <message>
        <source>rowbook recover DAMAGED --output NEW</source>
        <translation>rowbook recover BESCHÄDIGT --output NEU</translation>
    </message>
    <message>
        <source>Copies every row that can still be read from a damaged database into a new file, table by table, and leaves the damaged file as it is. Rows whose table cannot be told go into a table named lost_and_found.</source>
        <translation>Kopiert jede noch lesbare Zeile einer beschädigten Datenbank Tabelle für Tabelle in eine neue Datei und lässt die beschädigte Datei unverändert. Zeilen, deren Tabelle sich nicht bestimmen lässt, kommen in eine Tabelle namens lost_and_found.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  the new file was written
  1  the damaged file cannot be read, or the new file cannot be written
  2  usage error, or there is no such file
</source>
        <translation>Exit-Codes:
  0  die neue Datei wurde geschrieben
  1  die beschädigte Datei kann nicht gelesen oder die neue nicht geschrieben werden
  2  Aufruffehler, oder die Datei existiert nicht
</translation>
    </message>
    <message>
        <source>No damaged file was given.</source>
        <translation>Es wurde keine beschädigte Datei angegeben.</translation>
    </message>
    <message>
        <source>Give exactly one damaged file.</source>
        <translation>Geben Sie genau eine beschädigte Datei an.</translation>
    </message>
    <message>
        <source>No new file was given (--output NEW).</source>
        <translation>Es wurde keine neue Datei angegeben (--output NEU).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The new file must not be the damaged one.</source>
        <translation>Die neue Datei darf nicht die beschädigte sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) recovered
</source>
        <translation>
            <numerusform>%1: %n Zeile gerettet
</numerusform>
            <numerusform>%1: %n Zeilen gerettet
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s) could not be read.
</source>
        <translation>
            <numerusform>%n beschädigte Zeile konnte nicht gelesen werden.
</numerusform>
            <numerusform>%n beschädigte Zeilen konnten nicht gelesen werden.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n row(s) into %1.
</source>
        <translation>
            <numerusform>%n Zeile nach %1 gerettet.
</numerusform>
            <numerusform>%n Zeilen nach %1 gerettet.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  bad input file (the message names file, line and column and what was expected),
     or a file that cannot be read or written
  2  usage error (wrong option, unknown table, encoding or format)
  3  the database stayed busy (locked by another program) past the retry budget
  4  the database cannot be written (read-only, corrupt, newer schema version, disk full)
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  fehlerhafte Eingabedatei (die Meldung nennt Datei, Zeile, Spalte und das Erwartete),
     oder eine Datei, die nicht gelesen oder geschrieben werden kann
  2  Aufruffehler (falsche Option, unbekannte Tabelle, Kodierung oder Format)
  3  die Datenbank blieb länger als erlaubt belegt (von einem anderen Programm gesperrt)
  4  die Datenbank kann nicht geschrieben werden (schreibgeschützt, beschädigt, neuere Schemaversion, Datenträger voll)
</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Import into table &lt;name&gt;; created when it does not exist.</source>
        <translation>In die Tabelle &lt;name&gt; importieren; sie wird angelegt, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <source>csv or json (default: from the file name; .json, .ndjson and .jsonl are JSON).</source>
        <translation>csv oder json (Standard: nach dem Dateinamen; .json, .ndjson und .jsonl sind JSON).</translation>
    </message>
    <message>
        <source>CSV field delimiter &lt;c&gt;, or &quot;tab&quot; (default: detected; .tsv means tab).</source>
        <translation>CSV-Feldtrenner &lt;c&gt; oder &quot;tab&quot; (Standard: erkannt; .tsv bedeutet Tab).</translation>
    </message>
    <message>
        <source>CSV text encoding, e.g. latin1, windows-1252, utf-16 (default: UTF-8, or UTF-16 with a byte order mark). JSON is always UTF-8.</source>
        <translation>Textkodierung der CSV-Datei, z. B. latin1, windows-1252, utf-16 (Standard: UTF-8, oder UTF-16 mit Byte-Order-Mark). JSON ist immer UTF-8.</translation>
    </message>
    <message>
        <source>The first CSV row is data; columns are named column_1, column_2, ...</source>
        <translation>Die erste CSV-Zeile enthält Daten; die Spalten heißen column_1, column_2, ...</translation>
    </message>
    <message>
        <source>Empty the table first (in the same transaction).</source>
        <translation>Die Tabelle zuerst leeren (in derselben Transaktion).</translation>
    </message>
    <message>
        <source>Give a column of a new table the type integer, real, text, date or boolean instead of the inferred one (repeatable).</source>
        <translation>Einer Spalte einer neuen Tabelle den Typ integer, real, text, date oder boolean statt des erkannten geben (wiederholbar).</translation>
    </message>
    <message>
        <source>The CSV or JSON file to import.</source>
        <translation>Die zu importierende CSV- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>rowbook import FILE --table NAME [options]</source>
        <translation>rowbook import DATEI --table NAME [Optionen]</translation>
    </message>
    <message>
        <source>Imports a CSV or JSON file into a table, all rows or none. Column names come from the header (or the JSON keys); a new table&apos;s types come from the data or --type, an existing table&apos;s own types decide how values are stored.</source>
        <translation>Importiert eine CSV- oder JSON-Datei in eine Tabelle, alle Zeilen oder keine. Die Spaltennamen kommen aus der Kopfzeile (oder den JSON-Schlüsseln); die Typen einer neuen Tabelle kommen aus den Daten oder --type, bei einer bestehenden Tabelle bestimmen ihre eigenen Typen, wie Werte gespeichert werden.</translation>
    </message>
    <message>
        <source>No file to import was given.</source>
        <translation>Es wurde keine zu importierende Datei angegeben.</translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation>Geben Sie genau eine zu importierende Datei an.</translation>
    </message>
    <message>
        <source>No table was given (--table NAME).</source>
        <translation>Es wurde keine Tabelle angegeben (--table NAME).</translation>
    </message>
    <message>
        <source>Unknown format “%1” (expected csv or json).</source>
        <translation>Unbekanntes Format „%1“ (erwartet: csv oder json).</translation>
    </message>
    <message>
        <source>The delimiter must be one character or &quot;tab&quot;, not “%1”.</source>
        <translation>Der Trenner muss ein Zeichen oder &quot;tab&quot; sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--type takes COLUMN=TYPE with a type of integer, real, text, date or boolean, not “%1”.</source>
        <translation>--type erwartet SPALTE=TYP mit einem Typ integer, real, text, date oder boolean, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>Unbekannte Kodierung „%1“.</translation>
    </message>
    <message>
        <source>%1: the file does not exist or is not a file.</source>
        <translation>%1: Die Datei existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2</source>
        <translation>Die Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1
</source>
        <translation>
            <numerusform>%n Zeile in %1 importiert
</numerusform>
            <numerusform>%n Zeilen in %1 importiert
</numerusform>
        </translation>
    </message>
    <message>
        <source>Export table (or view) &lt;name&gt;.</source>
        <translation>Tabelle (oder Sicht) &lt;name&gt; exportieren.</translation>
    </message>
    <message>
        <source>csv or json (default: from the output file name, else csv).</source>
        <translation>csv oder json (Standard: nach dem Namen der Ausgabedatei, sonst csv).</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>In &lt;file&gt; statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>rowbook export --table NAME [options]</source>
        <translation>rowbook export --table NAME [Optionen]</translation>
    </message>
    <message>
        <source>Writes a table as CSV (RFC 4180, UTF-8, header row, NULL as an empty field) or JSON (an array of objects).</source>
        <translation>Schreibt eine Tabelle als CSV (RFC 4180, UTF-8, Kopfzeile, NULL als leeres Feld) oder JSON (ein Array von Objekten).</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Another program wrote to the database during the export, so the output may mix old and new rows; run the export again.</source>
        <translation>Ein anderes Programm hat während des Exports in die Datenbank geschrieben, daher kann die Ausgabe alte und neue Zeilen mischen; führen Sie den Export erneut aus.</translation>
    </message>
    <message>
        <source>sqlite or postgresql (default: sqlite). PostgreSQL gets the types of “rowbook copy”.</source>
        <translation>sqlite oder postgresql (Standard: sqlite). PostgreSQL erhält die Typen von „rowbook copy“.</translation>
    </message>
    <message>
        <source>Only the schema: tables, indexes, views, triggers.</source>
        <translation>Nur das Schema: Tabellen, Indizes, Sichten, Trigger.</translation>
    </message>
    <message>
        <source>Only the rows, for tables that exist already.</source>
        <translation>Nur die Zeilen, für bereits bestehende Tabellen.</translation>
    </message>
    <message>
        <source>Dump only table &lt;name&gt; (repeatable; default: every table and the views).</source>
        <translation>Nur die Tabelle &lt;name&gt; ausgeben (wiederholbar; Standard: alle Tabellen und die Sichten).</translation>
    </message>
    <message>
        <source>rowbook dump [--database PATH] [--dialect sqlite|postgresql] [--schema-only | --data-only] [--table NAME]... [--output FILE]</source>
        <translation>rowbook dump [--database PFAD] [--dialect sqlite|postgresql] [--schema-only | --data-only] [--table NAME]... [--output DATEI]</translation>
    </message>
    <message>
        <source>Writes the database as one SQL script: the schema in dependency order, the rows as multi-row INSERTs, all in one transaction. Load it with “sqlite3 new.db &lt; dump.sql” or “psql -v ON_ERROR_STOP=1 -f dump.sql”.</source>
        <translation>Schreibt die Datenbank als ein SQL-Skript: das Schema in Abhängigkeitsreihenfolge, die Zeilen als mehrzeilige INSERTs, alles in einer Transaktion. Laden mit „sqlite3 new.db &lt; dump.sql“ oder „psql -v ON_ERROR_STOP=1 -f dump.sql“.</translation>
    </message>
    <message>
        <source>--schema-only and --data-only exclude each other.</source>
        <translation>--schema-only und --data-only schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>Unknown dialect “%1” (expected sqlite or postgresql).</source>
        <translation>Unbekannter Dialekt „%1“ (erwartet: sqlite oder postgresql).</translation>
    </message>
    <message>
        <source>rowbook dump: note: %1
</source>
        <translation>rowbook dump: Hinweis: %1
</translation>
    </message>
    <message>
        <source>Another program wrote to the database during the dump, so the script may mix old and new rows; run the dump again.</source>
        <translation>Ein anderes Programm hat während der Ausgabe in die Datenbank geschrieben, daher kann das Skript alte und neue Zeilen mischen; führen Sie den Dump erneut aus.</translation>
    </message>
    <message numerus="yes">
        <source>Dumped %n row(s) to %1 (%2).
</source>
        <translation>
            <numerusform>%n Zeile nach %1 ausgegeben (%2).
</numerusform>
            <numerusform>%n Zeilen nach %1 ausgegeben (%2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill table &lt;name&gt;.</source>
        <translation>Tabelle &lt;name&gt; füllen.</translation>
    </message>
    <message>
        <source>Add &lt;n&gt; rows.</source>
        <translation>&lt;n&gt; Zeilen hinzufügen.</translation>
    </message>
    <message>
        <source>Start the generator at &lt;s&gt; (default: from the clock, printed so the rows can be made again).</source>
        <translation>Den Generator mit &lt;s&gt; starten (Standard: aus der Uhrzeit; wird ausgegeben, damit sich die Zeilen erneut erzeugen lassen).</translation>
    </message>
    <message>
        <source>rowbook populate [--database PATH] --table NAME --rows N [--seed S]</source>
        <translation>rowbook populate [--database PFAD] --table NAME --rows N [--seed S]</translation>
    </message>
    <message>
        <source>Adds N rows of believable sample data: a generator per column chosen from its name, type and constraints (NOT NULL, UNIQUE, simple CHECKs, foreign keys sampled from the parent&apos;s keys), in one transaction. The same seed gives the same rows.</source>
        <translation>Fügt N Zeilen glaubwürdiger Beispieldaten hinzu: ein Generator je Spalte, gewählt nach Name, Typ und Einschränkungen (NOT NULL, UNIQUE, einfache CHECKs, Fremdschlüssel aus den Schlüsseln der Elterntabelle), in einer Transaktion. Derselbe Startwert ergibt dieselben Zeilen.</translation>
    </message>
    <message>
        <source>--rows needs a whole number of at least 1.</source>
        <translation>--rows braucht eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed braucht eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>rowbook populate: %1
</source>
        <translation>rowbook populate: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s) to %1 (seed %2).
</source>
        <translation>
            <numerusform>%n Zeile zu %1 hinzugefügt (Startwert %2).
</numerusform>
            <numerusform>%n Zeilen zu %1 hinzugefügt (Startwert %2).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt;, which must not exist (default: the backups folder beside the database, keeping the newest %1).</source>
        <translation>Die Sicherung in &lt;file&gt; schreiben, die noch nicht existieren darf (Standard: der Sicherungsordner neben der Datenbank, die neuesten %1 bleiben erhalten).</translation>
    </message>
    <message>
        <source>rowbook backup [--database PATH] [--output FILE]</source>
        <translation>rowbook backup [--database PFAD] [--output DATEI]</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database with SQLite&apos;s online backup API (safe while Rowbook or another program is writing), and prints its path.</source>
        <translation>Schreibt eine konsistente Kopie der Datenbank mit der Online-Backup-API von SQLite (sicher, auch während Rowbook oder ein anderes Programm schreibt) und gibt ihren Pfad aus.</translation>
    </message>
    <message>
        <source>No backup of %1 was written (%2): %3</source>
        <translation>Es wurde keine Sicherung von %1 geschrieben (%2): %3</translation>
    </message>
    <message>
        <source>The database to copy from: a SQLite file or a postgresql:// URI.</source>
        <translation>Die Quelldatenbank: eine SQLite-Datei oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <source>The database to copy into: a PostgreSQL URI when --from is a file, a SQLite file (created when missing) when --from is a URI. The copied tables must not exist there yet.</source>
        <translation>Die Zieldatenbank: eine PostgreSQL-URI, wenn --from eine Datei ist, eine SQLite-Datei (wird bei Bedarf angelegt), wenn --from eine URI ist. Die kopierten Tabellen dürfen dort noch nicht existieren.</translation>
    </message>
    <message>
        <source>Copy only table &lt;name&gt; (repeatable; default: every table).</source>
        <translation>Nur die Tabelle &lt;name&gt; kopieren (wiederholbar; Standard: alle Tabellen).</translation>
    </message>
    <message>
        <source>Usage: rowbook copy --from DATABASE --to DATABASE [--table NAME]...
Copies tables between a SQLite file and a PostgreSQL database, creating them on the target (types, keys, indexes, constraints; see docs/postgresql.md), all or nothing.
A PostgreSQL database is named by a URI such as postgresql://user@host:5432/dbname or postgresql:///dbname?host=/run/postgresql; the password comes from PGPASSWORD or ~/.pgpass.

</source>
        <translation>Aufruf: rowbook copy --from DATENBANK --to DATENBANK [--table NAME]...
Kopiert Tabellen zwischen einer SQLite-Datei und einer PostgreSQL-Datenbank und legt sie im Ziel an (Typen, Schlüssel, Indizes, Einschränkungen; siehe docs/postgresql.md), alles oder nichts.
Eine PostgreSQL-Datenbank wird durch eine URI wie postgresql://user@host:5432/dbname oder postgresql:///dbname?host=/run/postgresql angegeben; das Passwort kommt aus PGPASSWORD oder ~/.pgpass.

</translation>
    </message>
    <message>
        <source>
Exit codes:
  0  success
  1  the source cannot be read, a copied table already exists on the target, or a value does not fit the target (nothing was copied)
  2  usage error (wrong option, unknown table, two files or two URIs)
  3  the target stayed busy (locked by another program)
  4  the target cannot be opened or written
</source>
        <translation>
Exit-Codes:
  0  Erfolg
  1  die Quelle kann nicht gelesen werden, eine kopierte Tabelle existiert im Ziel bereits, oder ein Wert passt nicht zum Ziel (nichts wurde kopiert)
  2  Aufruffehler (falsche Option, unbekannte Tabelle, zwei Dateien oder zwei URIs)
  3  das Ziel blieb belegt (von einem anderen Programm gesperrt)
  4  das Ziel kann nicht geöffnet oder geschrieben werden
</translation>
    </message>
    <message>
        <source>No source was given (--from DATABASE).</source>
        <translation>Es wurde keine Quelle angegeben (--from DATENBANK).</translation>
    </message>
    <message>
        <source>No target was given (--to DATABASE).</source>
        <translation>Es wurde kein Ziel angegeben (--to DATENBANK).</translation>
    </message>
    <message>
        <source>rowbook copy: %1% (%2 of %3 rows), table “%4”
</source>
        <translation>rowbook copy: %1 % (%2 von %3 Zeilen), Tabelle „%4“
</translation>
    </message>
    <message>
        <source>rowbook copy: note: %1
</source>
        <translation>rowbook copy: Hinweis: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2 (%3).
</source>
        <translation>
            <numerusform>%n Zeile von %1 nach %2 kopiert (%3).
</numerusform>
            <numerusform>%n Zeilen von %1 nach %2 kopiert (%3).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: rowbook query [--database DB] [--format csv|json|table] [--output FILE]
                     [--file SCRIPT | SQL | -]
Runs SQL on a database and prints what it returns. A run that only reads never changes the file; a run that writes is one transaction (all or nothing) that waits for another program&apos;s lock as saving in the window does. BEGIN, COMMIT and ROLLBACK are refused, except one outer BEGIN … COMMIT around a --file script (as sqlite3 .dump writes it). - reads the SQL from standard input.
Output: csv (a header row, NULL as an empty field, &apos;&apos; as &quot;&quot;, as rowbook export), json (an array of objects) or table (aligned text; the default when standard output is a terminal, csv otherwise). Each statement that returns rows gives one result: csv and table results are separated by an empty line, json gives one array per result.

</source>
        <translation>Aufruf: rowbook query [--database DB] [--format csv|json|table] [--output DATEI]
                      [--file SKRIPT | SQL | -]
Führt SQL auf einer Datenbank aus und gibt aus, was es liefert. Ein Lauf, der nur liest, ändert die Datei nie; ein Lauf, der schreibt, ist eine Transaktion (alles oder nichts), die wie das Speichern im Fenster auf die Sperre eines anderen Programms wartet. BEGIN, COMMIT und ROLLBACK werden abgelehnt, außer einem äußeren BEGIN … COMMIT um ein --file-Skript (wie sqlite3 .dump es schreibt). - liest das SQL aus der Standardeingabe.
Ausgabe: csv (eine Kopfzeile, NULL als leeres Feld, &apos;&apos; als &quot;&quot;, wie rowbook export), json (ein Array von Objekten) oder table (ausgerichteter Text; Standard, wenn die Standardausgabe ein Terminal ist, sonst csv). Jede Anweisung, die Zeilen liefert, ergibt ein Ergebnis: csv- und table-Ergebnisse werden durch eine Leerzeile getrennt, json liefert ein Array je Ergebnis.

</translation>
    </message>
    <message>
        <source>
Exit codes:
  0  success
  1  SQL error (the message names line and column, and the file with --file)
  2  usage error (wrong option, missing database or script)
  3  the database stayed busy (locked by another program) past the retry budget
  4  the output file or the database cannot be written
</source>
        <translation>
Exit-Codes:
  0  Erfolg
  1  SQL-Fehler (die Meldung nennt Zeile und Spalte, mit --file auch die Datei)
  2  Aufruffehler (falsche Option, Datenbank oder Skript fehlt)
  3  die Datenbank blieb länger als erlaubt belegt (von einem anderen Programm gesperrt)
  4  die Ausgabedatei oder die Datenbank kann nicht geschrieben werden
</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json oder table.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output (replaced only when the run succeeds).</source>
        <translation>In &lt;file&gt; statt in die Standardausgabe schreiben (wird nur bei Erfolg ersetzt).</translation>
    </message>
    <message>
        <source>Run the SQL script &lt;file&gt;: many statements, one transaction.</source>
        <translation>Das SQL-Skript &lt;file&gt; ausführen: viele Anweisungen, eine Transaktion.</translation>
    </message>
    <message>
        <source>Wait up to &lt;seconds&gt; for another program&apos;s lock before giving up with exit code 3 (default: 30).</source>
        <translation>Bis zu &lt;seconds&gt; auf die Sperre eines anderen Programms warten, bevor mit Exit-Code 3 aufgegeben wird (Standard: 30).</translation>
    </message>
    <message>
        <source>The SQL to run, or - to read it from standard input.</source>
        <translation>Das auszuführende SQL, oder -, um es aus der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>Give the SQL as one argument (quote it).</source>
        <translation>Geben Sie das SQL als ein Argument an (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>Give either --file or SQL, not both.</source>
        <translation>Geben Sie entweder --file oder SQL an, nicht beides.</translation>
    </message>
    <message>
        <source>No SQL was given.</source>
        <translation>Es wurde kein SQL angegeben.</translation>
    </message>
    <message>
        <source>Unknown format “%1” (expected csv, json or table).</source>
        <translation>Unbekanntes Format „%1“ (erwartet: csv, json oder table).</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not “%1”.</source>
        <translation>--wait erwartet eine Anzahl Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>The script %1 cannot be read: %2.</source>
        <translation>Das Skript %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The output cannot be written: %1.</source>
        <translation>Die Ausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s).
</source>
        <translation>
            <numerusform>%n Zeile geändert.
</numerusform>
            <numerusform>%n Zeilen geändert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the slower, complete integrity check (SQLite’s integrity_check) instead of the quick one.</source>
        <translation>Die langsamere, vollständige Integritätsprüfung (integrity_check von SQLite) statt der schnellen ausführen.</translation>
    </message>
    <message>
        <source>Write the diagram to &lt;file&gt;: .svg or .png.</source>
        <translation>Das Diagramm in &lt;file&gt; schreiben: .svg oder .png.</translation>
    </message>
    <message>
        <source>rowbook diagram [--database PATH] --output FILE.svg|FILE.png</source>
        <translation>rowbook diagram [--database PFAD] --output DATEI.svg|DATEI.png</translation>
    </message>
    <message>
        <source>Draws the schema: every table and view as a box listing its columns with their types, primary and foreign keys marked, and an arrow for each foreign key, laid out as in View → Schema Diagram.</source>
        <translation>Zeichnet das Schema: jede Tabelle und Sicht als Kasten mit ihren Spalten und deren Typen, mit markierten Primär- und Fremdschlüsseln und einem Pfeil für jeden Fremdschlüssel, angeordnet wie unter Ansicht → Schemadiagramm.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 the output file cannot be written, 2 usage error (no --output, not .svg or .png, no such database), 3 the database stayed busy, 4 the database cannot be opened.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 die Ausgabedatei kann nicht geschrieben werden, 2 Aufruffehler (kein --output, weder .svg noch .png, Datenbank existiert nicht), 3 die Datenbank blieb belegt, 4 die Datenbank kann nicht geöffnet werden.
</translation>
    </message>
    <message>
        <source>No output file was given (--output FILE.svg or FILE.png).</source>
        <translation>Es wurde keine Ausgabedatei angegeben (--output DATEI.svg oder DATEI.png).</translation>
    </message>
    <message>
        <source>%1 is neither .svg nor .png; the diagram is written as SVG or PNG.</source>
        <translation>%1 ist weder .svg noch .png; das Diagramm wird als SVG oder PNG geschrieben.</translation>
    </message>
    <message>
        <source>Drawing needs a QGuiApplication.</source>
        <translation>Zum Zeichnen wird eine QGuiApplication benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the diagram of %n table(s) and view(s) to %1.
</source>
        <translation>
            <numerusform>Diagramm mit %n Tabelle oder Sicht nach %1 geschrieben.
</numerusform>
            <numerusform>Diagramm mit %n Tabellen und Sichten nach %1 geschrieben.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The SQLite file &lt;path&gt; or a PostgreSQL URI postgresql://[user@][host][:port]/dbname (default: your own database).</source>
        <translation>Die SQLite-Datei &lt;path&gt; oder eine PostgreSQL-URI postgresql://[user@][host][:port]/dbname (Standard: Ihre eigene Datenbank).</translation>
    </message>
    <message>
        <source>A server database is checked by its server (amcheck).</source>
        <translation>Eine Serverdatenbank prüft ihr Server (amcheck).</translation>
    </message>
    <message>
        <source>A server database is recovered by its server (WAL, pg_dump backups).</source>
        <translation>Eine Serverdatenbank stellt ihr Server wieder her (WAL, pg_dump-Sicherungen).</translation>
    </message>
    <message>
        <source>A server database is backed up by its server (pg_dump).</source>
        <translation>Eine Serverdatenbank sichert ihr Server (pg_dump).</translation>
    </message>
    <message>
        <source>“rowbook %1” works on SQLite files, and %2 is a server database. %3</source>
        <translation>„rowbook %1“ arbeitet mit SQLite-Dateien, und %2 ist eine Serverdatenbank. %3</translation>
    </message>
</context>
<context>
    <name>ClipboardFormat</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (true/false, yes/no or 1/0).</source>
        <translation>„%1“ ist weder ja noch nein (true/false, yes/no oder 1/0).</translation>
    </message>
    <message>
        <source>Binary values cannot be pasted as text.</source>
        <translation>Binärwerte können nicht als Text eingefügt werden.</translation>
    </message>
    <message>
        <source>“%1” does not fit this column.</source>
        <translation>„%1“ passt nicht zu dieser Spalte.</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Es gibt nichts zum Einfügen.</translation>
    </message>
    <message>
        <source>This table cannot be edited.</source>
        <translation>Diese Tabelle kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>“%1” is numbered by the database and cannot be changed.</source>
        <translation>„%1“ wird von der Datenbank nummeriert und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>A value is required in “%1”.</source>
        <translation>In „%1“ ist ein Wert erforderlich.</translation>
    </message>
</context>
<context>
    <name>ColumnChange</name>
    <message numerus="yes">
        <source>“%1” is empty in %Ln row(s) (%2), so it cannot be made required; nothing was changed.</source>
        <translation>
            <numerusform>„%1“ ist in %Ln Zeile leer (%2) und kann daher nicht zur Pflichtspalte werden; nichts wurde geändert.</numerusform>
            <numerusform>„%1“ ist in %Ln Zeilen leer (%2) und kann daher nicht zur Pflichtspalte werden; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) of “%1” repeat, for example “%2” in %3, so the column cannot be made unique; nothing was changed.</source>
        <translation>
            <numerusform>%Ln Wert von „%1“ wiederholt sich, zum Beispiel „%2“ in %3, daher kann die Spalte nicht eindeutig werden; nichts wurde geändert.</numerusform>
            <numerusform>%Ln Werte von „%1“ wiederholen sich, zum Beispiel „%2“ in %3, daher kann die Spalte nicht eindeutig werden; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of “%1” refer to no row of “%2” (%3), so the foreign key cannot be added; nothing was changed.</source>
        <translation>
            <numerusform>%Ln Zeile von „%1“ verweist auf keine Zeile von „%2“ (%3), daher kann der Fremdschlüssel nicht hinzugefügt werden; nichts wurde geändert.</numerusform>
            <numerusform>%Ln Zeilen von „%1“ verweisen auf keine Zeile von „%2“ (%3), daher kann der Fremdschlüssel nicht hinzugefügt werden; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has a COLLATE, CHECK or generated clause that Rowbook cannot carry over, so it cannot change the column.</source>
        <translation>„%1“ hat eine COLLATE-, CHECK- oder Generated-Klausel, die Rowbook nicht übernehmen kann, daher kann es die Spalte nicht ändern.</translation>
    </message>
    <message>
        <source>Change column “%1” of “%2”.</source>
        <translation>Spalte „%1“ von „%2“ ändern.</translation>
    </message>
    <message>
        <source>There is no column “%1” in a table “%2”.</source>
        <translation>Es gibt keine Spalte „%1“ in einer Tabelle „%2“.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Rowbook cannot read how “%1” was created, so it cannot change the column.</source>
        <translation>Rowbook kann nicht lesen, wie „%1“ angelegt wurde, und kann die Spalte daher nicht ändern.</translation>
    </message>
    <message>
        <source>“%1” is part of the primary key, so its type cannot be changed.</source>
        <translation>„%1“ gehört zum Primärschlüssel, daher kann der Typ nicht geändert werden.</translation>
    </message>
    <message>
        <source>There is no column “%1” in a table “%2” to refer to.</source>
        <translation>Es gibt keine Spalte „%1“ in einer Tabelle „%2“, auf die verwiesen werden könnte.</translation>
    </message>
    <message>
        <source>“%1” of “%2” is neither the primary key nor unique, so rows cannot refer to it.</source>
        <translation>„%1“ von „%2“ ist weder Primärschlüssel noch eindeutig, daher können Zeilen nicht darauf verweisen.</translation>
    </message>
    <message>
        <source>no key to name them by</source>
        <translation>kein Schlüssel, um sie zu benennen</translation>
    </message>
    <message>
        <source>“%1” is not a column type; choose one from the list.</source>
        <translation>„%1“ ist kein Spaltentyp; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>A column on a PostgreSQL server needs a type; choose one from the list.</source>
        <translation>Eine Spalte auf einem PostgreSQL-Server braucht einen Typ; wählen Sie einen aus der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is longer than %2 characters in %Ln row(s) (%3), so its type cannot be %4; nothing was changed.</source>
        <translation>
            <numerusform>„%1“ ist in %Ln Zeile (%3) länger als %2 Zeichen, daher kann ihr Typ nicht %4 sein; nichts wurde geändert.</numerusform>
            <numerusform>„%1“ ist in %Ln Zeilen (%3) länger als %2 Zeichen, daher kann ihr Typ nicht %4 sein; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server knows no type “%1”; choose one from the list.</source>
        <translation>Der Server kennt keinen Typ „%1“; wählen Sie einen aus der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds a value longer than %2 characters in %Ln row(s) (%3), so its type cannot be %4; nothing was changed.</source>
        <translation>
            <numerusform>„%1“ enthält in %Ln Zeile (%3) einen Wert, der länger als %2 Zeichen ist, daher kann ihr Typ nicht %4 sein; nichts wurde geändert.</numerusform>
            <numerusform>„%1“ enthält in %Ln Zeilen (%3) einen Wert, der länger als %2 Zeichen ist, daher kann ihr Typ nicht %4 sein; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds a value of more than one byte in %Ln row(s) (%2), so its type cannot be %3; nothing was changed.</source>
        <translation>
            <numerusform>„%1“ enthält in %Ln Zeile (%2) einen Wert von mehr als einem Byte, daher kann ihr Typ nicht %3 sein; nichts wurde geändert.</numerusform>
            <numerusform>„%1“ enthält in %Ln Zeilen (%2) einen Wert von mehr als einem Byte, daher kann ihr Typ nicht %3 sein; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds a value of more than one character in %Ln row(s) (%2), so its type cannot be %3; nothing was changed.</source>
        <translation>
            <numerusform>„%1“ enthält in %Ln Zeile (%2) einen Wert von mehr als einem Zeichen, daher kann ihr Typ nicht %3 sein; nichts wurde geändert.</numerusform>
            <numerusform>„%1“ enthält in %Ln Zeilen (%2) einen Wert von mehr als einem Zeichen, daher kann ihr Typ nicht %3 sein; nichts wurde geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Befehl „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2; a new database file needs an extension such as .sqlite).</source>
        <translation>unbekannter Befehl „%1“ (Befehle: %2; eine neue Datenbankdatei braucht eine Endung wie .sqlite).</translation>
    </message>
</context>
<context>
    <name>ConflictCommands</name>
    <message>
        <source>Discard edits to a deleted row</source>
        <translation>Änderungen an einer gelöschten Zeile verwerfen</translation>
    </message>
    <message>
        <source>Insert a deleted row again</source>
        <translation>Eine gelöschte Zeile wieder einfügen</translation>
    </message>
</context>
<context>
    <name>CopyJob</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>Es gibt keine Datenbankdatei %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2</source>
        <translation>Die Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The target cannot be written: %1</source>
        <translation>Das Ziel kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The copy could not be committed: %1</source>
        <translation>Die Kopie konnte nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>Table “%1”: %2</source>
        <translation>Tabelle „%1“: %2</translation>
    </message>
    <message>
        <source>Table “%1”, row %2: %3</source>
        <translation>Tabelle „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Table “%1”, rows %2–%3: %4</source>
        <translation>Tabelle „%1“, Zeilen %2–%3: %4</translation>
    </message>
    <message>
        <source>Both sides are PostgreSQL databases; copy copies between a SQLite file and a PostgreSQL database.</source>
        <translation>Beide Seiten sind PostgreSQL-Datenbanken; copy kopiert zwischen einer SQLite-Datei und einer PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>Both sides are SQLite files; copy copies between a SQLite file and a PostgreSQL database (postgresql://...). For a copy of a SQLite file, use “rowbook backup --output FILE”.</source>
        <translation>Beide Seiten sind SQLite-Dateien; copy kopiert zwischen einer SQLite-Datei und einer PostgreSQL-Datenbank (postgresql://...). Für eine Kopie einer SQLite-Datei verwenden Sie „rowbook backup --output DATEI“.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: %1 already has %Ln table(s) of the same name (“%2”). Copy into an empty database or choose the tables with --table.</source>
        <translation>
            <numerusform>Nichts wurde kopiert: %1 hat bereits %Ln Tabelle gleichen Namens („%2“). Kopieren Sie in eine leere Datenbank oder wählen Sie die Tabellen mit --table.</numerusform>
            <numerusform>Nichts wurde kopiert: %1 hat bereits %Ln Tabellen gleichen Namens („%2“). Kopieren Sie in eine leere Datenbank oder wählen Sie die Tabellen mit --table.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Das Kopieren wurde abgebrochen; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>Table “%1” cannot be read: %2</source>
        <translation>Tabelle „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Nichts wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>CopyPlan</name>
    <message>
        <source>There is no table “%1” in the source database.</source>
        <translation>Es gibt keine Tabelle „%1“ in der Quelldatenbank.</translation>
    </message>
    <message>
        <source>The columns of table “%1” cannot be read: %2</source>
        <translation>Die Spalten der Tabelle „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The constraints of table “%1” cannot be read: %2</source>
        <translation>Die Einschränkungen der Tabelle „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The foreign key of table “%1” to “%2” is not copied: “%2” is not copied.</source>
        <translation>Der Fremdschlüssel der Tabelle „%1“ auf „%2“ wird nicht kopiert: „%2“ wird nicht kopiert.</translation>
    </message>
    <message>
        <source>%1 of table “%2” is not copied: SQLite would not read it the same way.</source>
        <translation>%1 der Tabelle „%2“ wird nicht kopiert: SQLite würde es anders lesen.</translation>
    </message>
    <message>
        <source>Constraint %1 of table “%2” is not copied.</source>
        <translation>Die Einschränkung %1 der Tabelle „%2“ wird nicht kopiert.</translation>
    </message>
    <message>
        <source>Column “%1” of table “%2” %3.</source>
        <translation>Spalte „%1“ der Tabelle „%2“ %3.</translation>
    </message>
    <message>
        <source>Column “%1” of table “%2” loses its automatic numbering: only a single-column integer primary key keeps it.</source>
        <translation>Spalte „%1“ der Tabelle „%2“ verliert ihre automatische Nummerierung: Nur ein einspaltiger ganzzahliger Primärschlüssel behält sie.</translation>
    </message>
    <message>
        <source>The default of column “%1” of table “%2” (%3) is not copied: it is not a plain value.</source>
        <translation>Der Standardwert der Spalte „%1“ der Tabelle „%2“ (%3) wird nicht kopiert: Er ist kein einfacher Wert.</translation>
    </message>
    <message>
        <source>Index “%1” of table “%2” is not copied: it is a partial or expression index.</source>
        <translation>Der Index „%1“ der Tabelle „%2“ wird nicht kopiert: Er ist ein partieller oder Ausdrucksindex.</translation>
    </message>
    <message>
        <source>Table “%1” cannot be read: %2</source>
        <translation>Tabelle „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Column “%1” of table “%2” (%3) %4.</source>
        <translation>Spalte „%1“ der Tabelle „%2“ (%3) %4.</translation>
    </message>
    <message>
        <source>CHECK (%1) of table “%2” is not copied: PostgreSQL would not read it the same way.</source>
        <translation>CHECK (%1) der Tabelle „%2“ wird nicht kopiert: PostgreSQL würde es anders lesen.</translation>
    </message>
    <message>
        <source>Views and triggers are not copied.</source>
        <translation>Sichten und Trigger werden nicht kopiert.</translation>
    </message>
    <message>
        <source>The columns of table “%1” cannot be read.</source>
        <translation>Die Spalten der Tabelle „%1“ können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The triggers of the dumped tables are dropped while the rows go in and created again after them.</source>
        <translation>Die Trigger der ausgegebenen Tabellen werden während des Einfügens der Zeilen entfernt und danach wieder angelegt.</translation>
    </message>
    <message>
        <source>Views are dumped only with every table.</source>
        <translation>Sichten werden nur zusammen mit allen Tabellen ausgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table “%1” refer to rows of “%2” that do not exist.</source>
        <translation>
            <numerusform>%n Zeile der Tabelle „%1“ verweist auf nicht vorhandene Zeilen von „%2“.</numerusform>
            <numerusform>%n Zeilen der Tabelle „%1“ verweisen auf nicht vorhandene Zeilen von „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>view “%1”, which is left out</source>
        <translation>die Sicht „%1“, die ausgelassen wird</translation>
    </message>
    <message>
        <source>columns Rowbook cannot read</source>
        <translation>Spalten, die Rowbook nicht lesen kann</translation>
    </message>
    <message>
        <source>View “%1” is left out: it uses %2.</source>
        <translation>Die Sicht „%1“ wird ausgelassen: Sie verwendet %2.</translation>
    </message>
    <message>
        <source>Trigger “%1” on “%2” is left out: its body is SQLite SQL, while a PostgreSQL trigger runs a function written in PL/pgSQL; write that function by hand.</source>
        <translation>Der Trigger „%1“ auf „%2“ wird ausgelassen: Sein Rumpf ist SQLite-SQL, während ein PostgreSQL-Trigger eine in PL/pgSQL geschriebene Funktion ausführt; schreiben Sie diese Funktion von Hand.</translation>
    </message>
    <message>
        <source>The server&apos;s views are left out: the dump of a server database holds its tables.</source>
        <translation>Die Sichten des Servers bleiben weg: Der Dump einer Serverdatenbank enthält ihre Tabellen.</translation>
    </message>
    <message>
        <source>SQLite takes “%1” and “%2” for one name, so a file cannot hold both: rename one on the server, or leave it out of the copy.</source>
        <translation>SQLite hält „%1“ und „%2“ für denselben Namen, eine Datei kann also nicht beide enthalten: Benennen Sie einen auf dem Server um oder lassen Sie ihn beim Kopieren weg.</translation>
    </message>
    <message>
        <source>Table “%1” has columns “%2” and “%3”, which SQLite takes for one name: rename one on the server, or leave the table out of the copy.</source>
        <translation>Tabelle „%1“ hat die Spalten „%2“ und „%3“, die SQLite für denselben Namen hält: Benennen Sie eine auf dem Server um oder lassen Sie die Tabelle beim Kopieren weg.</translation>
    </message>
    <message>
        <source>Column “%1” of table “%2” cannot be read: %3</source>
        <translation>Spalte „%1“ der Tabelle „%2“ kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>Unbekannte Kodierung „%1“.</translation>
    </message>
    <message>
        <source>The quoted field that starts here has no closing quote (expected &quot; before the end of the file).</source>
        <translation>Das hier beginnende Feld in Anführungszeichen wird nicht geschlossen (erwartet: &quot; vor dem Dateiende).</translation>
    </message>
    <message>
        <source>Expected a delimiter or the end of the line after the closing quote, found “%1”.</source>
        <translation>Nach dem schließenden Anführungszeichen wurde ein Trennzeichen oder das Zeilenende erwartet, gefunden: „%1“.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 here (expected UTF-8; name the file&apos;s encoding, for example windows-1252).</source>
        <translation>Der Text ist hier kein gültiges UTF-8 (erwartet: UTF-8; geben Sie die Kodierung der Datei an, zum Beispiel windows-1252).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is shorter than its header says (%1 of %2 bytes): it was cut off, so Rowbook will not write to it. Restore a backup or copy out what can still be read.</source>
        <translation>Die Datei ist kürzer, als ihr Kopf angibt (%1 von %2 Bytes): Sie wurde abgeschnitten, daher schreibt Rowbook nicht hinein. Stellen Sie eine Sicherung wieder her oder kopieren Sie heraus, was noch lesbar ist.</translation>
    </message>
    <message>
        <source>The file is damaged, so Rowbook will not upgrade or write to it. Restore a backup or copy out what can still be read.</source>
        <translation>Die Datei ist beschädigt, daher wird Rowbook sie weder aktualisieren noch hineinschreiben. Stellen Sie eine Sicherung wieder her oder kopieren Sie heraus, was noch lesbar ist.</translation>
    </message>
    <message>
        <source>Rowbook could not back the file up before upgrading it (%1), so it is opened read-only.</source>
        <translation>Rowbook konnte die Datei vor der Aktualisierung nicht sichern (%1), daher wird sie schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>Es gibt keine Datenbankdatei %1.</translation>
    </message>
    <message>
        <source>The file is opened for reading only.</source>
        <translation>Die Datei ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder that holds the file is read-only.</source>
        <translation>Der Ordner, der die Datei enthält, ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of Rowbook; it is opened read-only.</source>
        <translation>Die Datei wurde von einer neueren Version von Rowbook erstellt; sie wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The database is opened for reading only.</source>
        <translation>Die Datenbank ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The server is a standby that only accepts reads.</source>
        <translation>Der Server ist ein Standby-Server, der nur Lesezugriffe annimmt.</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>Schema diagram</source>
        <translation>Schemadiagramm</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is neither .svg nor .png; the diagram is written as SVG or PNG.</source>
        <translation>%1 ist weder .svg noch .png; das Diagramm wird als SVG oder PNG geschrieben.</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Expected “[” at the start of a JSON array of objects.</source>
        <translation>Am Anfang eines JSON-Arrays von Objekten wurde „[“ erwartet.</translation>
    </message>
    <message>
        <source>The array has no closing “]” (expected “,” or “]”).</source>
        <translation>Dem Array fehlt das schließende „]“ (erwartet: „,“ oder „]“).</translation>
    </message>
    <message>
        <source>Expected the end of the file after the closing “]”.</source>
        <translation>Nach dem schließenden „]“ wurde das Dateiende erwartet.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an object.</source>
        <translation>Nach einem Objekt wurde „,“ oder „]“ erwartet.</translation>
    </message>
    <message>
        <source>The array has no closing “]” (expected an object).</source>
        <translation>Dem Array fehlt das schließende „]“ (erwartet: ein Objekt).</translation>
    </message>
    <message>
        <source>Expected “{” (a JSON object) here.</source>
        <translation>Hier wurde „{“ (ein JSON-Objekt) erwartet.</translation>
    </message>
    <message>
        <source>The object that starts here is not closed (expected “}”).</source>
        <translation>Das hier beginnende Objekt wird nicht geschlossen (erwartet: „}“).</translation>
    </message>
    <message>
        <source>Invalid JSON here: %1.</source>
        <translation>Ungültiges JSON an dieser Stelle: %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “}” here.</source>
        <translation>Hier wurde „,“ oder „}“ erwartet.</translation>
    </message>
    <message>
        <source>Expected “:” after the name here.</source>
        <translation>Hier wurde „:“ nach dem Namen erwartet.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” here.</source>
        <translation>Hier wurde „,“ oder „]“ erwartet.</translation>
    </message>
    <message>
        <source>Expected a value here: a string in double quotes, a number, true, false, null, an object or an array.</source>
        <translation>Hier wurde ein Wert erwartet: ein Text in doppelten Anführungszeichen, eine Zahl, true, false, null, ein Objekt oder ein Array.</translation>
    </message>
    <message>
        <source>This is not a valid number.</source>
        <translation>Das ist keine gültige Zahl.</translation>
    </message>
    <message>
        <source>Expected a name or a value here.</source>
        <translation>Hier wurde ein Name oder ein Wert erwartet.</translation>
    </message>
    <message>
        <source>A string is not closed (expected “&quot;”).</source>
        <translation>Ein Text ist nicht geschlossen („"“ erwartet).</translation>
    </message>
</context>
<context>
    <name>OpenQuestion</name>
    <message>
        <source>Create Database?</source>
        <translation>Datenbank anlegen?</translation>
    </message>
    <message>
        <source>There is no file %1; create a new, empty database there?</source>
        <translation>Es gibt keine Datei %1; dort eine neue, leere Datenbank anlegen?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>PageReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty or cannot be read.</source>
        <translation>%1 ist leer oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: no page of it can be read.</source>
        <translation>%1 ist keine SQLite-Datenbank: Keine ihrer Seiten kann gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>“%1” is not a PostgreSQL URI (postgresql://...).</source>
        <translation>„%1“ ist keine PostgreSQL-URI (postgresql://...).</translation>
    </message>
    <message>
        <source>The user name or password in the URI is not properly %-encoded.</source>
        <translation>Benutzername oder Passwort in der URI sind nicht korrekt %-kodiert.</translation>
    </message>
    <message>
        <source>The IPv6 address in the URI has no closing “]”.</source>
        <translation>Der IPv6-Adresse in der URI fehlt das schließende „]“.</translation>
    </message>
    <message>
        <source>Unexpected “%1” after the host in the URI.</source>
        <translation>Unerwartetes „%1“ nach dem Host in der URI.</translation>
    </message>
    <message>
        <source>The host in the URI is not properly %-encoded.</source>
        <translation>Der Host in der URI ist nicht korrekt %-kodiert.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The database name “%1” in the URI is not valid.</source>
        <translation>Der Datenbankname „%1“ in der URI ist ungültig.</translation>
    </message>
    <message>
        <source>Unknown sslmode “%1” (expected %2).</source>
        <translation>Unbekannter sslmode „%1“ (erwartet: %2).</translation>
    </message>
    <message>
        <source>The URI parameter “%1” is not a libpq parameter name.</source>
        <translation>Der URI-Parameter „%1“ ist kein Parametername von libpq.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so server databases cannot be opened. On Debian and Ubuntu, install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert, daher können keine Serverdatenbanken geöffnet werden. Installieren Sie unter Debian und Ubuntu das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is missing from this installation, so server databases cannot be opened. Install Rowbook again: its installer ships it.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) fehlt in dieser Installation, daher können keine Serverdatenbanken geöffnet werden. Installieren Sie Rowbook erneut: Das Installationsprogramm enthält ihn.</translation>
    </message>
    <message>
        <source>The database name in the URI is not valid (a password that holds “/”, “?” or “@” must be %-encoded).</source>
        <translation>Der Datenbankname in der URI ist ungültig (ein Passwort mit „/“, „?“ oder „@“ muss %-kodiert werden).</translation>
    </message>
    <message>
        <source>The URI parameter “%1” is not properly %-encoded.</source>
        <translation>Der URI-Parameter „%1“ ist nicht korrekt %-kodiert.</translation>
    </message>
    <message>
        <source>A URI parameter is not of the form key=value.</source>
        <translation>Ein URI-Parameter hat nicht die Form schlüssel=wert.</translation>
    </message>
</context>
<context>
    <name>PgQueryEngine</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver gives no connection handle.</source>
        <translation>Der PostgreSQL-Treiber von Qt liefert kein Verbindungshandle.</translation>
    </message>
    <message>
        <source>Another session held a lock for more than %1 s, so nothing was changed; try again.</source>
        <translation>Eine andere Sitzung hielt länger als %1 s eine Sperre, daher wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only one statement that reads can be read again.</source>
        <translation>Nur eine einzelne lesende Anweisung kann erneut gelesen werden.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while the COMMIT was on its way, so whether the changes were saved is unknown. Look before you run it again.</source>
        <translation>Die Verbindung zum Server ist abgebrochen, während das COMMIT unterwegs war; ob die Änderungen gespeichert wurden, ist daher unbekannt. Sehen Sie nach, bevor Sie es noch einmal ausführen.</translation>
    </message>
    <message>
        <source>The server ended the session while the run was in progress (%1), so nothing was changed. The next run connects again.</source>
        <translation>Der Server hat die Sitzung während der Ausführung beendet (%1), daher wurde nichts geändert. Die nächste Ausführung verbindet sich neu.</translation>
    </message>
</context>
<context>
    <name>PopulateJob</name>
    <message>
        <source>Rowbook cannot generate values for column “%1” within its CHECK (%2); nothing was written.</source>
        <translation>Rowbook kann für die Spalte „%1“ keine Werte innerhalb ihres CHECK (%2) erzeugen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The generated rows break CHECK (%1); nothing was written.</source>
        <translation>Die erzeugten Zeilen verletzen CHECK (%1); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The generated values of column “%1” break a constraint (%2); nothing was written.</source>
        <translation>Die erzeugten Werte der Spalte „%1“ verletzen eine Einschränkung (%2); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The generated rows break a constraint (%1); nothing was written.</source>
        <translation>Die erzeugten Zeilen verletzen eine Einschränkung (%1); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>“%1” has no integer key to tell the new rows by, so the fill cannot be undone.</source>
        <translation>„%1“ hat keinen ganzzahligen Schlüssel, an dem sich die neuen Zeilen erkennen lassen; das Füllen kann daher nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Your role may not lock “%1”, so another session could have added rows at the same time; the fill cannot be undone.</source>
        <translation>Ihre Rolle darf „%1“ nicht sperren, daher könnte eine andere Sitzung gleichzeitig Zeilen hinzugefügt haben; das Füllen kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The new rows’ keys are not a range of their own in “%1”, so the fill cannot be undone.</source>
        <translation>Die Schlüssel der neuen Zeilen bilden in „%1“ keinen eigenen Bereich; das Füllen kann daher nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>QueryOutput</name>
    <message numerus="yes">
        <source>(%n row(s))
</source>
        <translation>
            <numerusform>(%n Zeile)
</numerusform>
            <numerusform>(%n Zeilen)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The table “%1” has no rowids (WITHOUT ROWID), so its rows were not recovered.</source>
        <translation>Die Tabelle „%1“ hat keine rowids (WITHOUT ROWID), daher wurden ihre Zeilen nicht gerettet.</translation>
    </message>
    <message>
        <source>The table “%1” could not be created (%2), so its rows were not recovered.</source>
        <translation>Die Tabelle „%1“ konnte nicht angelegt werden (%2), daher wurden ihre Zeilen nicht gerettet.</translation>
    </message>
    <message>
        <source>The table for rows without a table could not be created (%1).</source>
        <translation>Die Tabelle für Zeilen ohne Tabelle konnte nicht angelegt werden (%1).</translation>
    </message>
    <message>
        <source>The %1 “%2” could not be recreated (%3).</source>
        <translation>%1 „%2“ konnte nicht neu angelegt werden (%3).</translation>
    </message>
    <message>
        <source>No table definitions could be read from the file, so there is nothing to recover into.</source>
        <translation>Aus der Datei konnten keine Tabellendefinitionen gelesen werden, daher gibt es nichts, wohin gerettet werden könnte.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The recovery was cancelled; no new file was written.</source>
        <translation>Die Rettung wurde abgebrochen; es wurde keine neue Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The write-ahead log %1 (%2 bytes) was not read: changes committed to it since the last checkpoint are not in the recovered file; keep it beside the damaged file.</source>
        <translation>Das Write-Ahead-Log %1 (%2 Bytes) wurde nicht gelesen: Seit dem letzten Checkpoint darin festgeschriebene Änderungen fehlen in der geretteten Datei; bewahren Sie es neben der beschädigten Datei auf.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Unsaved Edits Found</source>
        <translation>Ungespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <source>Rowbook found edits that were not saved last time, but this file is open read-only, so they are kept for later.</source>
        <translation>Rowbook hat Änderungen gefunden, die beim letzten Mal nicht gespeichert wurden, aber diese Datei ist schreibgeschützt geöffnet; sie werden daher für später aufbewahrt.</translation>
    </message>
    <message>
        <source>The edits stay in %1.</source>
        <translation>Die Änderungen bleiben in %1.</translation>
    </message>
    <message>
        <source>The journal is kept beside the database under a new name and nothing is applied.</source>
        <translation>Das Journal wird unter neuem Namen neben der Datenbank aufbewahrt, und nichts wird angewendet.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message numerus="yes">
        <source>You kept %Ln edit(s) that could not be saved when you last left this file (at %1).</source>
        <translation>
            <numerusform>Sie haben %Ln Änderung behalten, die beim letzten Verlassen dieser Datei nicht gespeichert werden konnte (um %1).</numerusform>
            <numerusform>Sie haben %Ln Änderungen behalten, die beim letzten Verlassen dieser Datei nicht gespeichert werden konnten (um %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rowbook stopped before saving %Ln edit(s) made at %1.</source>
        <translation>
            <numerusform>Rowbook wurde beendet, bevor %Ln Änderung von %1 gespeichert war.</numerusform>
            <numerusform>Rowbook wurde beendet, bevor %Ln Änderungen von %1 gespeichert waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other edit(s) cannot be applied any more; see the details.</source>
        <translation>
            <numerusform>%Ln weitere Änderung kann nicht mehr angewendet werden; siehe Details.</numerusform>
            <numerusform>%Ln weitere Änderungen können nicht mehr angewendet werden; siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Nicht angewendet:</translation>
    </message>
    <message>
        <source>Apply them now? They are saved like new edits.</source>
        <translation>Jetzt anwenden? Sie werden wie neue Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Apply Edits</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>Discard Them</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln edit(s) you kept when you last left this file (at %1) cannot be applied any more.</source>
        <translation>
            <numerusform>Die %Ln Änderung, die Sie beim letzten Verlassen dieser Datei (um %1) behalten haben, lässt sich nicht mehr anwenden.</numerusform>
            <numerusform>Die %Ln Änderungen, die Sie beim letzten Verlassen dieser Datei (um %1) behalten haben, lassen sich nicht mehr anwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln edit(s) Rowbook could not save before it stopped (at %1) cannot be applied any more.</source>
        <translation>
            <numerusform>Die %Ln Änderung, die Rowbook vor dem Beenden (um %1) nicht speichern konnte, lässt sich nicht mehr anwenden.</numerusform>
            <numerusform>Die %Ln Änderungen, die Rowbook vor dem Beenden (um %1) nicht speichern konnte, lassen sich nicht mehr anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details say what they held.</source>
        <translation>Die Details zeigen, was sie enthielten.</translation>
    </message>
</context>
<context>
    <name>Rowbook</name>
    <message>
        <source>Open the SQLite file &lt;path&gt; instead of your own database.</source>
        <translation>Die SQLite-Datei &lt;path&gt; statt Ihrer eigenen Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Show table &lt;name&gt; first.</source>
        <translation>Zuerst die Tabelle &lt;name&gt; anzeigen.</translation>
    </message>
    <message>
        <source>Browse and edit SQLite databases. Without a file, Rowbook opens your own database:
  %1

Command-line verbs (no window): %2; see rowbook VERB --help</source>
        <translation>SQLite-Datenbanken ansehen und bearbeiten. Ohne Datei öffnet Rowbook Ihre eigene Datenbank:
  %1

Befehle für die Kommandozeile (ohne Fenster): %2; siehe rowbook BEFEHL --help</translation>
    </message>
    <message>
        <source>A SQLite file to open (the same as --database).</source>
        <translation>Eine zu öffnende SQLite-Datei (wie --database).</translation>
    </message>
    <message>
        <source>See “rowbook --help”.</source>
        <translation>Siehe „rowbook --help“.</translation>
    </message>
    <message>
        <source>Give one database file, not %1.</source>
        <translation>Geben Sie eine Datenbankdatei an, nicht %1.</translation>
    </message>
    <message>
        <source>No display is available for the window (set DISPLAY or WAYLAND_DISPLAY); the verbs %1 run without one.</source>
        <translation>Für das Fenster ist keine Anzeige verfügbar (DISPLAY oder WAYLAND_DISPLAY setzen); die Befehle %1 laufen ohne.</translation>
    </message>
    <message>
        <source>Rowbook</source>
        <translation>Rowbook</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>CHECK … IN (…)</source>
        <translation>CHECK … IN (…)</translation>
    </message>
    <message>
        <source>, within its CHECK</source>
        <translation>, innerhalb ihres CHECK</translation>
    </message>
    <message>
        <source>left to the database</source>
        <translation>der Datenbank überlassen</translation>
    </message>
    <message>
        <source>person names</source>
        <translation>Personennamen</translation>
    </message>
    <message>
        <source>first names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>last names</source>
        <translation>Nachnamen</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>Städte</translation>
    </message>
    <message>
        <source>company names</source>
        <translation>Firmennamen</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Datumswerte</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>Zeitpunkte</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>integers</source>
        <translation>ganze Zahlen</translation>
    </message>
    <message>
        <source>booleans</source>
        <translation>Wahrheitswerte</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>eine Folge</translation>
    </message>
    <message>
        <source>values from a list</source>
        <translation>Werte aus einer Liste</translation>
    </message>
    <message>
        <source>keys of the parent table</source>
        <translation>Schlüssel der Elterntabelle</translation>
    </message>
    <message>
        <source>random bytes</source>
        <translation>zufällige Bytes</translation>
    </message>
    <message>
        <source>INTEGER PRIMARY KEY</source>
        <translation>INTEGER PRIMARY KEY</translation>
    </message>
    <message>
        <source>foreign key to “%1”</source>
        <translation>Fremdschlüssel auf „%1“</translation>
    </message>
    <message>
        <source>Column “%1” refers to table “%2”, which has no rows yet; fill “%2” first.</source>
        <translation>Die Spalte „%1“ verweist auf die Tabelle „%2“, die noch keine Zeilen hat; füllen Sie zuerst „%2“.</translation>
    </message>
    <message>
        <source>from its name</source>
        <translation>nach ihrem Namen</translation>
    </message>
    <message>
        <source>from its name and type %1</source>
        <translation>nach ihrem Namen und Typ %1</translation>
    </message>
    <message>
        <source>The CHECK of column “%1” allows no value Rowbook can read.</source>
        <translation>Der CHECK der Spalte „%1“ erlaubt keinen Wert, den Rowbook lesen kann.</translation>
    </message>
    <message>
        <source>The CHECK of column “%1” allows no value.</source>
        <translation>Der CHECK der Spalte „%1“ erlaubt keinen Wert.</translation>
    </message>
    <message>
        <source>Column “%1” cannot take the generator %2.</source>
        <translation>Die Spalte „%1“ kann den Generator %2 nicht verwenden.</translation>
    </message>
    <message>
        <source>The range of column “%1” is empty: %2 is more than %3.</source>
        <translation>Der Bereich der Spalte „%1“ ist leer: %2 ist größer als %3.</translation>
    </message>
    <message>
        <source>The list of values for column “%1” is empty.</source>
        <translation>Die Werteliste der Spalte „%1“ ist leer.</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>Table has no column “%1”.</source>
        <translation>Die Tabelle hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>numbered by the server</source>
        <translation>vom Server nummeriert</translation>
    </message>
    <message>
        <source>Rowbook cannot make up values of type %1 for column “%2”, which is NOT NULL without a default; give it a default or allow NULL, then fill the table.</source>
        <translation>Rowbook kann keine Werte vom Typ %1 für die Spalte „%2“ erzeugen, die NOT NULL ohne Standardwert ist; geben Sie ihr einen Standardwert oder erlauben Sie NULL und füllen Sie die Tabelle dann.</translation>
    </message>
    <message>
        <source>type %1: its default</source>
        <translation>Typ %1: sein Standardwert</translation>
    </message>
    <message>
        <source>type %1: left empty</source>
        <translation>Typ %1: bleibt leer</translation>
    </message>
    <message>
        <source>computed by the server</source>
        <translation>vom Server berechnet</translation>
    </message>
</context>
<context>
    <name>SavedQueryPrompts</name>
    <message>
        <source>The saved queries are still being read; try again in a moment.</source>
        <translation>Die gespeicherten Abfragen werden noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A saved query needs a name; nothing was changed.</source>
        <translation>Eine gespeicherte Abfrage braucht einen Namen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Replace Saved Query</source>
        <translation>Gespeicherte Abfrage ersetzen</translation>
    </message>
    <message>
        <source>A saved query named &quot;%1&quot; already exists. Replace it?</source>
        <translation>Eine gespeicherte Abfrage namens „%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>The saved query &quot;%1&quot; was kept as it was.</source>
        <translation>Die gespeicherte Abfrage „%1“ bleibt unverändert.</translation>
    </message>
    <message>
        <source>There is no SQL to save.</source>
        <translation>Es gibt kein SQL zum Speichern.</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Save the query under the name:</source>
        <translation>Die Abfrage unter diesem Namen speichern:</translation>
    </message>
    <message>
        <source>Saved the query as &quot;%1&quot;; Ctrl+R finds it.</source>
        <translation>Die Abfrage wurde als „%1“ gespeichert; Strg+R findet sie.</translation>
    </message>
    <message>
        <source>There is no saved query named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Abfrage namens „%1“.</translation>
    </message>
    <message>
        <source>Rename Saved Query</source>
        <translation>Gespeicherte Abfrage umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Renamed the saved query &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Die gespeicherte Abfrage „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>Delete Saved Query</source>
        <translation>Gespeicherte Abfrage löschen</translation>
    </message>
    <message>
        <source>Delete the saved query &quot;%1&quot;? The runs in the history stay.</source>
        <translation>Die gespeicherte Abfrage „%1“ löschen? Die Ausführungen im Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Deleted the saved query &quot;%1&quot;.</source>
        <translation>Die gespeicherte Abfrage „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>SchemaOps</name>
    <message>
        <source>There is no column named “%1”.</source>
        <translation>Es gibt keine Spalte namens „%1“.</translation>
    </message>
    <message>
        <source>A table needs at least one column; drop the table instead.</source>
        <translation>Eine Tabelle braucht mindestens eine Spalte; löschen Sie stattdessen die Tabelle.</translation>
    </message>
    <message>
        <source>“%1” is part of the table&apos;s primary key, which other rows and tables rely on, so it cannot be dropped.</source>
        <translation>„%1“ gehört zum Primärschlüssel der Tabelle, auf den sich andere Zeilen und Tabellen stützen, und kann daher nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The trigger “%1” uses “%2”: change or drop the trigger first.</source>
        <translation>Der Trigger „%1“ verwendet „%2“: Ändern oder löschen Sie zuerst den Trigger.</translation>
    </message>
    <message>
        <source>Rowbook cannot read how “%1” was created, so it cannot drop the column.</source>
        <translation>Rowbook kann nicht lesen, wie „%1“ angelegt wurde, und kann die Spalte daher nicht löschen.</translation>
    </message>
    <message>
        <source>The constraint “%1” is removed with the column.</source>
        <translation>Die Einschränkung „%1“ wird mit der Spalte entfernt.</translation>
    </message>
    <message>
        <source>The index “%1” is removed with the column.</source>
        <translation>Der Index „%1“ wird mit der Spalte entfernt.</translation>
    </message>
    <message>
        <source>Drop column “%1” from “%2”.</source>
        <translation>Spalte „%1“ aus „%2“ löschen.</translation>
    </message>
    <message>
        <source>Drop index “%1”.</source>
        <translation>Index „%1“ entfernen.</translation>
    </message>
    <message>
        <source>The index “%1” belongs to a PRIMARY KEY or UNIQUE constraint and goes only with it.</source>
        <translation>Der Index „%1“ gehört zu einer PRIMARY-KEY- oder UNIQUE-Einschränkung und kann nur mit ihr entfernt werden.</translation>
    </message>
    <message>
        <source>“%1” has no index named “%2”.</source>
        <translation>„%1“ hat keinen Index namens „%2“.</translation>
    </message>
    <message>
        <source>Drop view “%1”.</source>
        <translation>Sicht „%1“ löschen.</translation>
    </message>
    <message>
        <source>Drop table “%1” and all its rows.</source>
        <translation>Tabelle „%1“ mit allen Zeilen löschen.</translation>
    </message>
    <message>
        <source>“%1” cannot be dropped while these tables refer to its rows with foreign keys: %2. Drop those tables or their foreign keys first.</source>
        <translation>„%1“ kann nicht gelöscht werden, solange diese Tabellen per Fremdschlüssel auf ihre Zeilen verweisen: %2. Löschen Sie zuerst diese Tabellen oder ihre Fremdschlüssel.</translation>
    </message>
    <message>
        <source>The view “%1” uses it and will stop working.</source>
        <translation>Die Sicht „%1“ verwendet sie und wird nicht mehr funktionieren.</translation>
    </message>
    <message>
        <source>The name “%1” is already used by a table, view or index.</source>
        <translation>Der Name „%1“ wird bereits von einer Tabelle, Sicht oder einem Index verwendet.</translation>
    </message>
    <message>
        <source>There is no table named “%1”.</source>
        <translation>Es gibt keine Tabelle namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a view: its columns come from its query.</source>
        <translation>„%1“ ist eine Sicht: Ihre Spalten stammen aus ihrer Abfrage.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space.</source>
        <translation>Ein Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or tabs.</source>
        <translation>Ein Name darf keine Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>A name can have at most 128 characters.</source>
        <translation>Ein Name darf höchstens 128 Zeichen haben.</translation>
    </message>
    <message>
        <source>Names starting with “sqlite_” are reserved by SQLite.</source>
        <translation>Namen, die mit „sqlite_“ beginnen, sind für SQLite reserviert.</translation>
    </message>
    <message>
        <source>Names starting with “%1” are reserved by Rowbook.</source>
        <translation>Namen, die mit „%1“ beginnen, sind für Rowbook reserviert.</translation>
    </message>
    <message>
        <source>“%1” is the name SQLite gives to row numbers; choose another name.</source>
        <translation>„%1“ ist der Name, den SQLite den Zeilennummern gibt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The default “%1” is not a whole number.</source>
        <translation>Der Standardwert „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The default “%1” is not a number.</source>
        <translation>Der Standardwert „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The default “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>Der Standardwert „%1“ ist kein Datum; schreiben Sie ihn als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The default “%1” is not yes or no (use true/false, yes/no or 1/0).</source>
        <translation>Der Standardwert „%1“ ist weder ja noch nein (verwenden Sie true/false, yes/no oder 1/0).</translation>
    </message>
    <message>
        <source>Binary columns cannot have a default value.</source>
        <translation>Binärspalten können keinen Standardwert haben.</translation>
    </message>
    <message>
        <source>Create table “%1”.</source>
        <translation>Tabelle „%1“ anlegen.</translation>
    </message>
    <message>
        <source>Add at least one column.</source>
        <translation>Fügen Sie mindestens eine Spalte hinzu.</translation>
    </message>
    <message>
        <source>There is already a column named “%1”.</source>
        <translation>Es gibt bereits eine Spalte namens „%1“.</translation>
    </message>
    <message>
        <source>A binary column cannot be the primary key.</source>
        <translation>Eine Binärspalte kann nicht der Primärschlüssel sein.</translation>
    </message>
    <message>
        <source>Add column “%1” to “%2”.</source>
        <translation>Spalte „%1“ zu „%2“ hinzufügen.</translation>
    </message>
    <message>
        <source>The primary key can only be chosen when the table is created.</source>
        <translation>Der Primärschlüssel kann nur beim Anlegen der Tabelle gewählt werden.</translation>
    </message>
    <message>
        <source>A required column needs a default value for the rows already in the table.</source>
        <translation>Eine Pflichtspalte braucht einen Standardwert für die bereits vorhandenen Zeilen.</translation>
    </message>
    <message>
        <source>Every existing row would get the same default, so the column cannot be unique.</source>
        <translation>Jede vorhandene Zeile bekäme denselben Standardwert, daher kann die Spalte nicht eindeutig sein.</translation>
    </message>
    <message>
        <source>A unique index “%1” keeps the values distinct.</source>
        <translation>Ein eindeutiger Index „%1“ hält die Werte verschieden.</translation>
    </message>
    <message>
        <source>Rename column “%1” of “%2” to “%3”.</source>
        <translation>Spalte „%1“ von „%2“ in „%3“ umbenennen.</translation>
    </message>
    <message>
        <source>The new name is the same as the old one.</source>
        <translation>Der neue Name ist derselbe wie der alte.</translation>
    </message>
    <message>
        <source>Rename table “%1” to “%2”.</source>
        <translation>Tabelle „%1“ in „%2“ umbenennen.</translation>
    </message>
    <message>
        <source>Create index “%1” on “%2”.</source>
        <translation>Index „%1“ auf „%2“ anlegen.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>The view “%1” uses “%2”: change or drop the view first.</source>
        <translation>Die Sicht „%1“ verwendet „%2“: ändern oder löschen Sie zuerst die Sicht.</translation>
    </message>
    <message>
        <source>The index “%1” goes with it.</source>
        <translation>Der Index „%1“ wird mit entfernt.</translation>
    </message>
    <message>
        <source>PostgreSQL keeps names of at most %1 bytes, and “%2” has %3; shorten it.</source>
        <translation>PostgreSQL behält Namen von höchstens %1 Bytes, und „%2“ hat %3; kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>PostgreSQL gives every table a column named “%1”; choose another name.</source>
        <translation>PostgreSQL gibt jeder Tabelle eine Spalte namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>SchemaUndoCommand</name>
    <message>
        <source>Redone: %1.</source>
        <translation>Wiederholt: %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is missing or cannot open a database, so Rowbook cannot run.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) fehlt oder kann keine Datenbank öffnen, daher kann Rowbook nicht laufen.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library (%1) than Rowbook (%2), so Rowbook refuses to run rather than risk damaging files; build Qt with -system-sqlite against the same SQLite as Rowbook.</source>
        <translation>Der SQLite-Treiber von Qt verwendet eine andere SQLite-Bibliothek (%1) als Rowbook (%2); Rowbook startet daher nicht, statt Dateien zu gefährden. Bauen Sie Qt mit -system-sqlite gegen dasselbe SQLite wie Rowbook.</translation>
    </message>
</context>
<context>
    <name>SqliteQueryEngine</name>
    <message>
        <source>The run was cancelled; nothing was changed.</source>
        <translation>Der Lauf wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be run here: Rowbook runs each run as one transaction of its own (all or nothing, with the lock taken and retried for you), so nothing is left half-done. Remove the statement; a script file may be wrapped in one outer BEGIN … COMMIT.</source>
        <translation>%1 kann hier nicht ausgeführt werden: Rowbook führt jeden Lauf als eigene Transaktion aus (alles oder nichts, die Sperre wird für Sie geholt und erneut versucht), damit nichts halb erledigt bleibt. Entfernen Sie die Anweisung; eine Skriptdatei darf in ein äußeres BEGIN … COMMIT eingeschlossen sein.</translation>
    </message>
    <message>
        <source>The output cannot be written.</source>
        <translation>Die Ausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>Die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Only one statement can be read again.</source>
        <translation>Nur eine Anweisung kann erneut gelesen werden.</translation>
    </message>
    <message>
        <source>A statement that changes data is not run again.</source>
        <translation>Eine Anweisung, die Daten ändert, wird nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Another program held the database lock for more than %1 s, so nothing was run; try again.</source>
        <translation>Ein anderes Programm hielt die Sperre der Datenbank länger als %1 s, daher wurde nichts ausgeführt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A PostgreSQL database is run by the PostgreSQL engine, not SQLite&apos;s.</source>
        <translation>Eine PostgreSQL-Datenbank wird von der PostgreSQL-Engine bedient, nicht von der SQLite-Engine.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Another program is holding the database lock.</source>
        <translation>Ein anderes Programm hält die Sperre der Datenbank.</translation>
    </message>
    <message>
        <source>A value is required in column “%1”.</source>
        <translation>In der Spalte „%1“ ist ein Wert erforderlich.</translation>
    </message>
    <message>
        <source>The value in column “%1” is already used by another row.</source>
        <translation>Der Wert in der Spalte „%1“ wird bereits von einer anderen Zeile verwendet.</translation>
    </message>
    <message>
        <source>The row refers to a row in another table that does not exist.</source>
        <translation>Die Zeile verweist auf eine nicht vorhandene Zeile einer anderen Tabelle.</translation>
    </message>
    <message>
        <source>A value breaks the rule “%1” of the table.</source>
        <translation>Ein Wert verletzt die Regel „%1“ der Tabelle.</translation>
    </message>
    <message>
        <source>A value breaks a rule of the table (%1).</source>
        <translation>Ein Wert verletzt eine Regel der Tabelle (%1).</translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only).</source>
        <translation>Die Datenbank kann nicht geschrieben werden (sie ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database.</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Datenbank.</translation>
    </message>
    <message>
        <source>The database file is damaged, so Rowbook will not write to it; restore a backup, or copy the rows that can still be read into a new file with “rowbook recover FILE --output NEW”.</source>
        <translation>Die Datenbankdatei ist beschädigt, daher schreibt Rowbook nicht hinein; stellen Sie eine Sicherung wieder her oder kopieren Sie die noch lesbaren Zeilen mit „rowbook recover DATEI --output NEU“ in eine neue Datei.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; your edits are kept and will be saved again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei; Ihre Änderungen bleiben erhalten und werden erneut gespeichert.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving: %1</source>
        <translation>Der Datenträger meldete beim Speichern einen Fehler: %1</translation>
    </message>
    <message>
        <source>Another program changed this row since you started editing it.</source>
        <translation>Ein anderes Programm hat diese Zeile geändert, seit Sie mit der Bearbeitung begonnen haben.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: %1</source>
        <translation>Der Datenbankserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Rows of other tables refer to this row, so it cannot be deleted; undo the deletion (Ctrl+Z), or change those rows first.</source>
        <translation>Zeilen anderer Tabellen verweisen auf diese Zeile, daher kann sie nicht gelöscht werden; machen Sie das Löschen rückgängig (Strg+Z) oder ändern Sie zuerst jene Zeilen.</translation>
    </message>
    <message>
        <source>The combination of values in columns %1 is already used by another row.</source>
        <translation>Die Kombination der Werte in den Spalten %1 wird bereits von einer anderen Zeile verwendet.</translation>
    </message>
    <message>
        <source>Rows of other tables refer to this row by the value you changed, so it cannot be changed; undo the edit (Ctrl+Z), or change those rows first.</source>
        <translation>Zeilen anderer Tabellen verweisen über den geänderten Wert auf diese Zeile, daher kann er nicht geändert werden; machen Sie die Änderung rückgängig (Strg+Z) oder ändern Sie zuerst jene Zeilen.</translation>
    </message>
    <message>
        <source>The row no longer exists: another program deleted it, or the database did along with a row it refers to.</source>
        <translation>Die Zeile existiert nicht mehr: Ein anderes Programm hat sie gelöscht, oder die Datenbank zusammen mit einer Zeile, auf die sie verweist.</translation>
    </message>
    <message>
        <source>The value in column “%1” refers to a row of “%2” that does not exist.</source>
        <translation>Der Wert in Spalte „%1“ verweist auf eine Zeile von „%2“, die es nicht gibt.</translation>
    </message>
    <message>
        <source>The values in columns %1 refer to a row of “%2” that does not exist.</source>
        <translation>Die Werte in den Spalten %1 verweisen auf eine Zeile von „%2“, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Rows of %1 refer to this row, so it cannot be deleted; undo the deletion (Ctrl+Z), or change those rows first.</source>
        <translation>Zeilen von %1 verweisen auf diese Zeile, daher kann sie nicht gelöscht werden; machen Sie das Löschen rückgängig (Strg+Z) oder ändern Sie zuerst jene Zeilen.</translation>
    </message>
    <message>
        <source>Rows of %1 refer to this row by the value you changed, so it cannot be changed; undo the edit (Ctrl+Z), or change those rows first.</source>
        <translation>Zeilen von %1 verweisen über den geänderten Wert auf diese Zeile, daher kann er nicht geändert werden; machen Sie die Änderung rückgängig (Strg+Z) oder ändern Sie zuerst jene Zeilen.</translation>
    </message>
</context>
<context>
    <name>TableSnapshot</name>
    <message>
        <source>“%1” is not a table.</source>
        <translation>„%1“ ist keine Tabelle.</translation>
    </message>
    <message>
        <source>“%1” has %2 rows, more than the %3 that undo keeps in memory.</source>
        <translation>„%1“ hat %2 Zeilen, mehr als die %3, die das Rückgängigmachen im Speicher hält.</translation>
    </message>
</context>
<context>
    <name>TypeMapping</name>
    <message>
        <source>holds both BLOBs and other values, which no PostgreSQL type can keep</source>
        <translation>enthält sowohl BLOBs als auch andere Werte, was kein PostgreSQL-Typ aufnehmen kann</translation>
    </message>
    <message>
        <source>is kept as text: it holds text and numbers</source>
        <translation>bleibt Text: Sie enthält Text und Zahlen</translation>
    </message>
    <message>
        <source>becomes double precision: it holds fractional numbers</source>
        <translation>wird zu double precision: Sie enthält Dezimalzahlen</translation>
    </message>
    <message>
        <source>becomes text: values are longer than %1 characters</source>
        <translation>wird zu text: Werte sind länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>becomes TEXT holding PostgreSQL&apos;s text form of %1</source>
        <translation>wird zu TEXT mit der Textform von %1 aus PostgreSQL</translation>
    </message>
    <message numerus="yes">
        <source>is kept as text: %n value(s) are not dates written yyyy-MM-dd</source>
        <translation>
            <numerusform>bleibt Text: %n Wert ist kein als yyyy-MM-dd geschriebenes Datum</numerusform>
            <numerusform>bleibt Text: %n Werte sind keine als yyyy-MM-dd geschriebenen Datumswerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is kept as text: %n value(s) are not written yyyy-MM-dd HH:mm:ss</source>
        <translation>
            <numerusform>bleibt Text: %n Wert ist nicht als yyyy-MM-dd HH:mm:ss geschrieben</numerusform>
            <numerusform>bleibt Text: %n Werte sind nicht als yyyy-MM-dd HH:mm:ss geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>becomes numeric without precision: %n value(s) do not fit NUMERIC(%1,%2)</source>
        <translation>
            <numerusform>wird zu numeric ohne Genauigkeit: %n Wert passt nicht in NUMERIC(%1,%2)</numerusform>
            <numerusform>wird zu numeric ohne Genauigkeit: %n Werte passen nicht in NUMERIC(%1,%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>Edits Not Saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) cannot be saved.</source>
        <translation>
            <numerusform>%Ln Änderung kann nicht gespeichert werden.</numerusform>
            <numerusform>%Ln Änderungen können nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) could not be saved yet.</source>
        <translation>
            <numerusform>%Ln Änderung konnte noch nicht gespeichert werden.</numerusform>
            <numerusform>%Ln Änderungen konnten noch nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused them: another program deleted the row, or a value breaks a rule of the table (the rows are marked in red).</source>
        <translation>Die Datenbank hat sie abgelehnt: Ein anderes Programm hat die Zeile gelöscht, oder ein Wert verletzt eine Regel der Tabelle (die Zeilen sind rot markiert).</translation>
    </message>
    <message>
        <source>Keep them in the recovery journal, to be offered again the next time you open this file, or discard them.</source>
        <translation>Behalten Sie sie im Wiederherstellungsjournal, damit sie beim nächsten Öffnen dieser Datei wieder angeboten werden, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Keep Trying</source>
        <translation>Weiter versuchen</translation>
    </message>
    <message>
        <source>Quit and Keep Them for Later</source>
        <translation>Beenden und für später behalten</translation>
    </message>
    <message>
        <source>Switch and Keep Them for Later</source>
        <translation>Wechseln und für später behalten</translation>
    </message>
    <message>
        <source>Quit and Discard Them</source>
        <translation>Beenden und verwerfen</translation>
    </message>
    <message>
        <source>Switch and Discard Them</source>
        <translation>Wechseln und verwerfen</translation>
    </message>
</context>
<context>
    <name>ViewTranslation</name>
    <message>
        <source>a CREATE VIEW statement Rowbook cannot read</source>
        <translation>eine CREATE-VIEW-Anweisung, die Rowbook nicht lesen kann</translation>
    </message>
    <message>
        <source>column “%1”, which becomes a boolean</source>
        <translation>die Spalte „%1“, die zu einem Wahrheitswert wird</translation>
    </message>
    <message>
        <source>a hexadecimal number</source>
        <translation>eine Hexadezimalzahl</translation>
    </message>
    <message>
        <source>%1, which PostgreSQL reads differently</source>
        <translation>%1 (von PostgreSQL anders gelesen)</translation>
    </message>
    <message>
        <source>the function %1()</source>
        <translation>die Funktion %1()</translation>
    </message>
    <message>
        <source>%1() of several values</source>
        <translation>%1() mit mehreren Werten</translation>
    </message>
    <message>
        <source>IS between two values</source>
        <translation>IS zwischen zwei Werten</translation>
    </message>
    <message>
        <source>LIMIT with a comma</source>
        <translation>LIMIT mit Komma</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>rowbook::AutoSaver</name>
    <message>
        <source>Another program kept the database locked for %1 s; your edits are kept and will be saved when it lets go.</source>
        <translation>Ein anderes Programm hielt die Datenbank %1 s lang gesperrt; Ihre Änderungen bleiben erhalten und werden gespeichert, sobald es sie freigibt.</translation>
    </message>
    <message>
        <source>Server unreachable — retrying. Your edits are kept: %1</source>
        <translation>Server nicht erreichbar – neuer Versuch läuft. Ihre Änderungen bleiben erhalten: %1</translation>
    </message>
    <message>
        <source>Another session kept a row you edited locked for %1 s; your edits are kept and will be saved when it lets go.</source>
        <translation>Eine andere Sitzung hat eine Zeile, die Sie bearbeitet haben, %1 s lang gesperrt; Ihre Änderungen bleiben erhalten und werden gespeichert, sobald sie sie freigibt.</translation>
    </message>
</context>
<context>
    <name>rowbook::BackupStatus</name>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the backup; no backup file is kept.</source>
        <translation>Sicherung abbrechen; es wird keine Sicherungsdatei behalten.</translation>
    </message>
    <message>
        <source>Canceling the backup…</source>
        <translation>Sicherung wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>rowbook::CellDelegate</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
</context>
<context>
    <name>rowbook::CellDock</name>
    <message>
        <source>Cell Editor</source>
        <translation>Zelleneditor</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Store the text in the cell (Ctrl+Return).</source>
        <translation>Den Text in der Zelle speichern (Strg+Eingabe).</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more byte(s); export the cell to see them all.</source>
        <translation>
            <numerusform>… %Ln weiteres Byte; exportieren Sie die Zelle, um alles zu sehen.</numerusform>
            <numerusform>… %Ln weitere Bytes; exportieren Sie die Zelle, um alle zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell to see it here.</source>
        <translation>Wählen Sie eine Zelle aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Binary data: see the Hex page.</source>
        <translation>Binärdaten: siehe Seite „Hex“.</translation>
    </message>
    <message>
        <source>The cell holds no image.</source>
        <translation>Die Zelle enthält kein Bild.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The text does not fit this column.</source>
        <translation>Der Text passt nicht zu dieser Spalte.</translation>
    </message>
    <message>
        <source>The cell could not be written to %1: %2.</source>
        <translation>Die Zelle konnte nicht in %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Select the cell to import into first.</source>
        <translation>Wählen Sie zuerst die Zelle aus, in die importiert werden soll.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The content of %1 does not fit this column.</source>
        <translation>Der Inhalt von %1 passt nicht zu dieser Spalte.</translation>
    </message>
    <message>
        <source>Export Cell</source>
        <translation>Zelle exportieren</translation>
    </message>
    <message>
        <source>Import into Cell</source>
        <translation>In Zelle importieren</translation>
    </message>
    <message>
        <source>The row cannot be read while another program writes to the file. Try again in a moment.</source>
        <translation>Die Zeile kann nicht gelesen werden, während ein anderes Programm in die Datei schreibt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a cell to export first.</source>
        <translation>Wählen Sie zuerst eine Zelle zum Exportieren aus.</translation>
    </message>
    <message>
        <source>%1 · the first %2 shown, too many to edit here; Export… saves the whole text and Import… replaces it</source>
        <translation>%1 · die ersten %2 gezeigt, zu viele zum Bearbeiten hier; Exportieren… speichert den ganzen Text, Importieren… ersetzt ihn</translation>
    </message>
</context>
<context>
    <name>rowbook::ChartDialog</name>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <source>C&amp;olumn:</source>
        <translation>Spa&amp;lte:</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Diagramm von %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Cancelled. Pick a chart or a column to compute it again.</source>
        <translation>Abgebrochen. Wählen Sie ein Diagramm oder eine Spalte, um es neu zu berechnen.</translation>
    </message>
    <message>
        <source>The chart could not be computed: %1</source>
        <translation>Das Diagramm konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No numeric values in %1 among the rows that match the filter.</source>
        <translation>Keine numerischen Werte in %1 unter den Zeilen, die dem Filter entsprechen.</translation>
    </message>
    <message>
        <source>No numeric values in %1.</source>
        <translation>Keine numerischen Werte in %1.</translation>
    </message>
    <message>
        <source>No rows match the filter.</source>
        <translation>Keine Zeile entspricht dem Filter.</translation>
    </message>
    <message>
        <source>The table has no rows.</source>
        <translation>Die Tabelle hat keine Zeilen.</translation>
    </message>
    <message>
        <source>No rows with numeric values in both %1 and %2.</source>
        <translation>Keine Zeilen mit numerischen Werten sowohl in %1 als auch in %2.</translation>
    </message>
    <message>
        <source>Histogram of %1 in %2</source>
        <translation>Histogramm von %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numeric value(s).</source>
        <translation>
            <numerusform>%Ln numerischer Wert.</numerusform>
            <numerusform>%Ln numerische Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Most frequent values of %1 in %2</source>
        <translation>Häufigste Werte von %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %1 different values.</source>
        <translation>
            <numerusform>%Ln Zeile, %1 verschiedene Werte.</numerusform>
            <numerusform>%Ln Zeilen, %1 verschiedene Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against %2 in %3</source>
        <translation>%1 gegen %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>A sample: %1 of %Ln row(s), one in every %2 by row order.</source>
        <translation>
            <numerusform>Eine Stichprobe: %1 von %Ln Zeile, jede %2. in Zeilenreihenfolge.</numerusform>
            <numerusform>Eine Stichprobe: %1 von %Ln Zeilen, jede %2. in Zeilenreihenfolge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile.</numerusform>
            <numerusform>%Ln Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only rows that match the grid&apos;s filter.</source>
        <translation>Nur Zeilen, die dem Filter des Rasters entsprechen.</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>rowbook::ColumnEditDialog</name>
    <message>
        <source>Required (NOT NULL)</source>
        <translation>Pflicht (NOT NULL)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Edit Column “%1” of “%2”</source>
        <translation>Spalte „%1“ von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Kein Standardwert</translation>
    </message>
    <message>
        <source>A value such as 0, 2024-01-31 or any text; what is shown now is kept as written unless you change it.</source>
        <translation>Ein Wert wie 0, 2024-01-31 oder beliebiger Text; was jetzt angezeigt wird, bleibt so erhalten, wenn Sie es nicht ändern.</translation>
    </message>
    <message>
        <source>(no foreign key)</source>
        <translation>(kein Fremdschlüssel)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>&amp;Standardwert:</translation>
    </message>
    <message>
        <source>Refers to:</source>
        <translation>Verweist auf:</translation>
    </message>
    <message>
        <source>Rowbook rebuilds the table to make the change, in one transaction, and makes a backup of the file first. Edit → Undo takes the change back (for tables of up to 200,000 rows).</source>
        <translation>Rowbook baut die Tabelle für die Änderung in einer Transaktion neu auf und sichert die Datei vorher. Bearbeiten → Rückgängig nimmt die Änderung zurück (für Tabellen bis 200.000 Zeilen).</translation>
    </message>
    <message>
        <source>The server changes the column in one transaction and converts its values; nothing is changed when one does not convert. This cannot be undone: Rowbook keeps no copy of a server database.</source>
        <translation>Der Server ändert die Spalte in einer Transaktion und wandelt ihre Werte um; lässt sich ein Wert nicht umwandeln, wird nichts geändert. Dies kann nicht rückgängig gemacht werden: Rowbook behält keine Kopie einer Serverdatenbank.</translation>
    </message>
</context>
<context>
    <name>rowbook::ColumnTypeBar</name>
    <message>
        <source>No type (any value)</source>
        <translation>Kein Typ (beliebiger Wert)</translation>
    </message>
    <message>
        <source>The type of this column in the new table.</source>
        <translation>Der Typ dieser Spalte in der neuen Tabelle.</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
</context>
<context>
    <name>rowbook::ColumnValues</name>
    <message>
        <source>This value is not a whole number, so it is edited as text.</source>
        <translation>Dieser Wert ist keine ganze Zahl und wird daher als Text bearbeitet.</translation>
    </message>
    <message>
        <source>This value is not a number, so it is edited as text.</source>
        <translation>Dieser Wert ist keine Zahl und wird daher als Text bearbeitet.</translation>
    </message>
    <message>
        <source>This value is not a date written as yyyy-MM-dd, so it is edited as text.</source>
        <translation>Dieser Wert ist kein als yyyy-MM-dd geschriebenes Datum und wird daher als Text bearbeitet.</translation>
    </message>
    <message>
        <source>This value is not a date and time written as yyyy-MM-dd HH:mm:ss, so it is edited as text.</source>
        <translation>Dieser Wert ist kein als yyyy-MM-dd HH:mm:ss geschriebener Zeitpunkt und wird daher als Text bearbeitet.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number; type digits only, such as 42.</source>
        <translation>„%1“ ist keine ganze Zahl; geben Sie nur Ziffern ein, etwa 42.</translation>
    </message>
    <message>
        <source>“%1” is not a number; type one such as 3.5.</source>
        <translation>„%1“ ist keine Zahl; geben Sie eine ein, etwa 3.5.</translation>
    </message>
    <message>
        <source>“%1” is not a date; type it as yyyy-MM-dd, such as 2026-03-21.</source>
        <translation>„%1“ ist kein Datum; geben Sie es als yyyy-MM-dd ein, etwa 2026-03-21.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; type it as yyyy-MM-dd HH:mm:ss, such as 2026-03-21 14:30:00.</source>
        <translation>„%1“ ist kein Zeitpunkt; geben Sie ihn als yyyy-MM-dd HH:mm:ss ein, etwa 2026-03-21 14:30:00.</translation>
    </message>
    <message>
        <source>“%1” is the row’s id, so it cannot be set to NULL.</source>
        <translation>„%1“ ist die ID der Zeile und kann daher nicht auf NULL gesetzt werden.</translation>
    </message>
    <message>
        <source>“%1” requires a value, so it cannot be set to NULL.</source>
        <translation>„%1“ erfordert einen Wert und kann daher nicht auf NULL gesetzt werden.</translation>
    </message>
    <message numerus="yes">
        <source>(binary, %Ln byte(s))</source>
        <translation>
            <numerusform>(binär, %Ln Byte)</numerusform>
            <numerusform>(binär, %Ln Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters, too many to edit here: the first %2 are shown. Copy the cell (Ctrl+C), or use Export… and Import… in View → Cell Editor, for the whole text.</source>
        <translation>%1 Zeichen, zu viele zum Bearbeiten hier: Die ersten %2 werden gezeigt. Für den ganzen Text kopieren Sie die Zelle (Strg+C) oder nehmen Exportieren… und Importieren… unter Ansicht → Zelleneditor.</translation>
    </message>
</context>
<context>
    <name>rowbook::ConflictNavigator</name>
    <message>
        <source>Ne&amp;xt Conflict</source>
        <translation>Nä&amp;chster Konflikt</translation>
    </message>
    <message>
        <source>Go to the next cell that another program changed while you were editing it.</source>
        <translation>Zur nächsten Zelle gehen, die ein anderes Programm geändert hat, während Sie sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>This table has no conflicts with other programs.</source>
        <translation>Diese Tabelle hat keine Konflikte mit anderen Programmen.</translation>
    </message>
</context>
<context>
    <name>rowbook::ConflictPanel</name>
    <message>
        <source>“%1” was changed by another program: theirs “%2” · yours “%3”.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert: dort „%2“ · Ihrer „%3“.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Anderen übernehmen</translation>
    </message>
    <message>
        <source>Insert Again</source>
        <translation>Wieder einfügen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>“%1” was changed by another program or by a trigger of the table: theirs “%2” · yours “%3”.</source>
        <translation>„%1“ wurde von einem anderen Programm oder einem Trigger der Tabelle geändert: dort „%2“ · Ihrer „%3“.</translation>
    </message>
    <message>
        <source>This row was deleted while you were editing it, by another program or by the database along with a row it refers to: add your version again as a new row, or discard your edits.</source>
        <translation>Diese Zeile wurde gelöscht, während Sie sie bearbeitet haben, von einem anderen Programm oder von der Datenbank zusammen mit einer Zeile, auf die sie verweist: Fügen Sie Ihre Fassung als neue Zeile wieder ein oder verwerfen Sie Ihre Änderungen.</translation>
    </message>
</context>
<context>
    <name>rowbook::ConnectDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>localhost, a host name, or a socket folder</source>
        <translation>localhost, ein Hostname oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>aus PGPASSWORD oder ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Verbunden: PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>rowbook::ConsoleActions</name>
    <message>
        <source>SQL &amp;Console</source>
        <translation>SQL-&amp;Konsole</translation>
    </message>
    <message>
        <source>Write and run SQL on this database</source>
        <translation>SQL für diese Datenbank schreiben und ausführen</translation>
    </message>
    <message>
        <source>SQL Console %1 — %2</source>
        <translation>SQL-Konsole %1 — %2</translation>
    </message>
    <message>
        <source>Run SQL Fi&amp;le…</source>
        <translation>SQL-Datei &amp;ausführen…</translation>
    </message>
    <message>
        <source>Run SQL File</source>
        <translation>SQL-Datei ausführen</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Run a script of SQL statements on this database as one transaction: all of it or, after an error, nothing</source>
        <translation>Ein Skript aus SQL-Anweisungen auf dieser Datenbank als eine Transaktion ausführen: alles oder, nach einem Fehler, nichts</translation>
    </message>
</context>
<context>
    <name>rowbook::CopyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Cancel Copy</source>
        <translation>Kopieren abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open Copy</source>
        <translation>Kopie ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy Database To</source>
        <translation>Datenbank kopieren nach</translation>
    </message>
    <message>
        <source>A new SQLite file</source>
        <translation>Eine neue SQLite-Datei</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://benutzer@host/datenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;hoose Server…</source>
        <translation>Ser&amp;ver wählen…</translation>
    </message>
    <message>
        <source>Every table of %1 is copied into a new SQLite file: its schema, then its rows, in one transaction.</source>
        <translation>Jede Tabelle von %1 wird in eine neue SQLite-Datei kopiert: erst ihr Schema, dann ihre Zeilen, in einer Transaktion.</translation>
    </message>
    <message>
        <source>Every table of %1 is copied into a PostgreSQL database: its schema, then its rows, in one transaction. The tables must not exist there yet.</source>
        <translation>Jede Tabelle von %1 wird in eine PostgreSQL-Datenbank kopiert: erst ihr Schema, dann ihre Zeilen, in einer Transaktion. Die Tabellen dürfen dort noch nicht bestehen.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation>Server-Datenbank:</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file, so nothing in it is overwritten.</source>
        <translation>%1 existiert bereits: Wählen Sie eine neue Datei, damit darin nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>Name a server database as postgresql://user@host/database, or use Choose Server…</source>
        <translation>Geben Sie eine Server-Datenbank als postgresql://benutzer@host/datenbank an oder nutzen Sie „Server wählen…“</translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation>Tabellen werden gelesen …</translation>
    </message>
    <message>
        <source>Copying “%1”… %2 of %3 rows</source>
        <translation>„%1“ wird kopiert … %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>Canceled: %1 is as it was.</source>
        <translation>Abgebrochen: %1 ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Nichts wurde kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln table(s) with %1 rows to %2.</source>
        <translation>
            <numerusform>%Ln Tabelle mit %1 Zeilen nach %2 kopiert.</numerusform>
            <numerusform>%Ln Tabellen mit %1 Zeilen nach %2 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>rowbook::CreateTableDialog</name>
    <message>
        <source>New Table</source>
        <translation>Neue Tabelle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Primary Key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>Spalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>Spalte &amp;entfernen</translation>
    </message>
    <message>
        <source>column%1</source>
        <translation>spalte%1</translation>
    </message>
    <message>
        <source>Table &amp;name:</source>
        <translation>Tabellen&amp;name:</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>rowbook::DamagedFileBar</name>
    <message>
        <source>Recover into a New File…</source>
        <translation>In eine neue Datei retten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open New File</source>
        <translation>Neue Datei öffnen</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Diese Meldung ausblenden.</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>In eine neue Datei retten</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 is damaged, so it is open read-only. Rowbook can copy every row that can still be read into a new file and leave this one as it is.</source>
        <translation>%1 ist beschädigt und daher schreibgeschützt geöffnet. Rowbook kann jede noch lesbare Zeile in eine neue Datei kopieren und diese hier unverändert lassen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a name for a new file.</source>
        <translation>%1 existiert bereits; wählen Sie einen Namen für eine neue Datei.</translation>
    </message>
    <message>
        <source>Recovering the rows of %1 into %2…</source>
        <translation>Die Zeilen von %1 werden nach %2 gerettet…</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; %2 of them could not be matched to a table and are in the table lost_and_found.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 gerettet; %2 davon konnten keiner Tabelle zugeordnet werden und stehen in der Tabelle lost_and_found.</numerusform>
            <numerusform>%Ln Zeilen nach %1 gerettet; %2 davon konnten keiner Tabelle zugeordnet werden und stehen in der Tabelle lost_and_found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 gerettet.</numerusform>
            <numerusform>%Ln Zeilen nach %1 gerettet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::DatePicker</name>
    <message>
        <source>Pick a day from the calendar.</source>
        <translation>Einen Tag im Kalender auswählen.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>rowbook::DocumentController</name>
    <message>
        <source>No database is open: %1 was not created.</source>
        <translation>Keine Datenbank ist geöffnet: %1 wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Another file is still being backed up before it is opened.</source>
        <translation>Eine andere Datei wird vor dem Öffnen noch gesichert.</translation>
    </message>
    <message>
        <source>Backing up %1 before upgrading it for this version of Rowbook…</source>
        <translation>%1 wird gesichert, bevor die Datei für diese Version von Rowbook aktualisiert wird…</translation>
    </message>
    <message>
        <source>Another backup is still running; try opening %1 again when it ends.</source>
        <translation>Eine andere Sicherung läuft noch; öffnen Sie %1 erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Rowbook could not open %1.

%2</source>
        <translation>Rowbook konnte %1 nicht öffnen.

%2</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>Saving your edits first…</source>
        <translation>Ihre Änderungen werden zuerst gespeichert…</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The tabs stay as they are until the edits are saved and the file is open.</source>
        <translation>Die Tabs bleiben, wie sie sind, bis die Änderungen gespeichert sind und die Datei geöffnet ist.</translation>
    </message>
    <message>
        <source>Another file opens once the edits are saved and the tab is free.</source>
        <translation>Eine andere Datei wird geöffnet, sobald die Änderungen gespeichert sind und der Tab frei ist.</translation>
    </message>
    <message>
        <source>Rowbook is still connecting to another server.</source>
        <translation>Rowbook verbindet sich noch mit einem anderen Server.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to %1… Open another database or choose another tab to stop waiting.</source>
        <translation>Warten, bis ein anderes Programm das Schreiben in %1 beendet… Öffnen Sie eine andere Datenbank oder wählen Sie einen anderen Tab, um nicht länger zu warten.</translation>
    </message>
    <message>
        <source>Another program is writing to %1 and keeps it locked.

Rowbook opens it as soon as that program lets go of it. Open another database to stop waiting.</source>
        <translation>Ein anderes Programm schreibt in %1 und hält die Datei gesperrt.

Rowbook öffnet sie, sobald dieses Programm sie freigibt. Öffnen Sie eine andere Datenbank, um nicht länger zu warten.</translation>
    </message>
    <message>
        <source>%1 was not opened: another program kept it locked.</source>
        <translation>%1 wurde nicht geöffnet: Ein anderes Programm hielt die Datei gesperrt.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to %1… Open another database to stop waiting.</source>
        <translation>Warten, bis ein anderes Programm das Schreiben in %1 beendet… Öffnen Sie eine andere Datenbank, um nicht länger zu warten.</translation>
    </message>
</context>
<context>
    <name>rowbook::DocumentTabs</name>
    <message>
        <source>Open tables</source>
        <translation>Geöffnete Tabellen</translation>
    </message>
    <message>
        <source>Ne&amp;w Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <source>Opens the table on screen again in a tab of its own; choose another table or file in it.</source>
        <translation>Öffnet die angezeigte Tabelle noch einmal in einem eigenen Tab; wählen Sie darin eine andere Tabelle oder Datei.</translation>
    </message>
    <message>
        <source>Close T&amp;ab</source>
        <translation>Tab sc&amp;hließen</translation>
    </message>
    <message>
        <source>Next Ta&amp;b</source>
        <translation>Nächster Ta&amp;b</translation>
    </message>
    <message>
        <source>With one tab, the next table.</source>
        <translation>Bei nur einem Tab: die nächste Tabelle.</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>The tabs stay as they are until the table change is saved.</source>
        <translation>Die Tabs bleiben, wie sie sind, bis die Tabellenänderung gespeichert ist.</translation>
    </message>
    <message>
        <source>%1 was not opened again: %2</source>
        <translation>%1 wurde nicht wieder geöffnet: %2</translation>
    </message>
</context>
<context>
    <name>rowbook::DumpDialog</name>
    <message>
        <source>Export Database as SQL</source>
        <translation>Datenbank als SQL exportieren</translation>
    </message>
    <message>
        <source>SQLite (load with: sqlite3 new.db &lt; file.sql)</source>
        <translation>SQLite (laden mit: sqlite3 new.db &lt; file.sql)</translation>
    </message>
    <message>
        <source>PostgreSQL (load with: psql -f file.sql; types as in rowbook copy)</source>
        <translation>PostgreSQL (laden mit: psql -f file.sql; Typen wie bei rowbook copy)</translation>
    </message>
    <message>
        <source>Schema and data</source>
        <translation>Schema und Daten</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>Nur Schema</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>Nur Daten</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>D&amp;ialekt:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>I&amp;nhalt:</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL-Skripte (*.sql)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation>Schema wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Writing: %1 of %Ln row(s) (%2 rows/s).</source>
        <translation>
            <numerusform>Schreiben: %1 von %Ln Zeile (%2 Zeilen/s).</numerusform>
            <numerusform>Schreiben: %1 von %Ln Zeilen (%2 Zeilen/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) of %1 to %2.</source>
        <translation>
            <numerusform>%Ln Zeile aus %1 nach %2 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen aus %1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::DumpJob</name>
    <message>
        <source>The dump was cancelled.</source>
        <translation>Der Dump wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The output cannot be written: %1.</source>
        <translation>Die Ausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>A server database is dumped as a script for SQLite (--dialect sqlite); a PostgreSQL script of it is what the server&apos;s own pg_dump writes.</source>
        <translation>Eine Serverdatenbank wird als Skript für SQLite ausgegeben (--dialect sqlite); ein PostgreSQL-Skript davon schreibt das serverseitige pg_dump.</translation>
    </message>
    <message>
        <source>The server does not give the dump one read transaction: %1</source>
        <translation>Der Server gibt dem Dump keine einzelne Lesetransaktion: %1</translation>
    </message>
</context>
<context>
    <name>rowbook::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Ro&amp;w</source>
        <translation>Zeile &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>Zellen l&amp;eeren</translation>
    </message>
    <message>
        <source>Set to &amp;NULL</source>
        <translation>Auf &amp;NULL setzen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy with &amp;Header</source>
        <translation>Mit Kopf&amp;zeile kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>Clears the selected cells; deletes the rows when whole rows are selected.</source>
        <translation>Leert die ausgewählten Zellen; löscht die Zeilen, wenn ganze Zeilen ausgewählt sind.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo history of “%1” cleared: %2</source>
        <translation>Rückgängig-Verlauf von „%1“ gelöscht: %2</translation>
    </message>
    <message>
        <source>Set the selected cells to NULL (no value).</source>
        <translation>Die ausgewählten Zellen auf NULL (kein Wert) setzen.</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln row(s) from “%1”? You can undo this.</source>
        <translation>
            <numerusform>%Ln Zeile aus „%1“ löschen? Sie können das rückgängig machen.</numerusform>
            <numerusform>%Ln Zeilen aus „%1“ löschen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the values of %Ln required column(s) with no plain default: %1.</source>
        <translation>
            <numerusform>Die Werte von %Ln Pflichtspalte ohne einfachen Standardwert wurden behalten: %1.</numerusform>
            <numerusform>Die Werte von %Ln Pflichtspalten ohne einfachen Standardwert wurden behalten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set to NULL</source>
        <translation>Auf NULL setzen</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message numerus="yes">
        <source>The pasted cells reach past the last row. Add %Ln row(s)?</source>
        <translation>
            <numerusform>Die eingefügten Zellen reichen über die letzte Zeile hinaus. %Ln Zeile hinzufügen?</numerusform>
            <numerusform>Die eingefügten Zellen reichen über die letzte Zeile hinaus. %Ln Zeilen hinzufügen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle einfügen</numerusform>
            <numerusform>%Ln Zellen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln column(s) past the last one.</source>
        <translation>
            <numerusform>%Ln Spalte hinter der letzten wurde ausgelassen.</numerusform>
            <numerusform>%Ln Spalten hinter der letzten wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %Ln rows are more than the grid edits at a time here. Paste them in parts, or import them as a file.</source>
        <translation>
            <numerusform>Nichts wurde eingefügt: %Ln Zeile ist mehr, als das Raster hier auf einmal bearbeitet. Fügen Sie sie in Teilen ein oder importieren Sie sie als Datei.</numerusform>
            <numerusform>Nichts wurde eingefügt: %Ln Zeilen sind mehr, als das Raster hier auf einmal bearbeitet. Fügen Sie sie in Teilen ein oder importieren Sie sie als Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %Ln cell(s) cannot be stored as pasted.</source>
        <translation>
            <numerusform>Nichts wurde eingefügt: %Ln Zelle kann nicht so gespeichert werden.</numerusform>
            <numerusform>Nichts wurde eingefügt: %Ln Zellen können nicht so gespeichert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the values of %Ln column(s) whose cells could not be cleared: %1.</source>
        <translation>
            <numerusform>Die Werte von %Ln Spalte, deren Zellen nicht geleert werden konnten, wurden behalten: %1.</numerusform>
            <numerusform>Die Werte von %Ln Spalten, deren Zellen nicht geleert werden konnten, wurden behalten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s). Undo (%1) takes this back.</source>
        <translation>
            <numerusform>%Ln Zeile gelöscht. Rückgängig (%1) nimmt das zurück.</numerusform>
            <numerusform>%Ln Zeilen gelöscht. Rückgängig (%1) nimmt das zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln row(s) from “%1”? The database deletes or changes the rows of %2 that refer to what you delete, and Undo does not bring those back.</source>
        <translation>
            <numerusform>%Ln Zeile aus „%1“ löschen? Die Datenbank löscht oder ändert die Zeilen von %2, die auf das Gelöschte verweisen, und Rückgängig bringt diese nicht zurück.</numerusform>
            <numerusform>%Ln Zeilen aus „%1“ löschen? Die Datenbank löscht oder ändert die Zeilen von %2, die auf das Gelöschte verweisen, und Rückgängig bringt diese nicht zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s). Undo (%1) takes back only that, not what it did to %2.</source>
        <translation>
            <numerusform>%Ln Zeile gelöscht. Rückgängig (%1) nimmt nur das zurück, nicht was es an %2 geändert hat.</numerusform>
            <numerusform>%Ln Zeilen gelöscht. Rückgängig (%1) nimmt nur das zurück, nicht was es an %2 geändert hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::EmptyFilterOverlay</name>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No rows match the search “%1”.</source>
        <translation>Keine Zeile passt zur Suche „%1“.</translation>
    </message>
    <message>
        <source>No rows match the filter on %1.</source>
        <translation>Keine Zeile passt zum Filter auf %1.</translation>
    </message>
    <message>
        <source>No rows match the filter on %1 and the search “%2”.</source>
        <translation>Keine Zeile passt zum Filter auf %1 und zur Suche „%2“.</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>“%1” has no rows yet.</source>
        <translation>„%1“ hat noch keine Zeilen.</translation>
    </message>
    <message>
        <source>“%1” has no rows.</source>
        <translation>„%1“ hat keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>rowbook::ExportDialog</name>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Table “%1”.</source>
        <translation>Tabelle „%1“.</translation>
    </message>
    <message>
        <source>Table “%1”, rows: %2.</source>
        <translation>Tabelle „%1“, Zeilen: %2.</translation>
    </message>
    <message>
        <source>CSV (comma-separated, UTF-8, header row)</source>
        <translation>CSV (kommagetrennt, UTF-8, Kopfzeile)</translation>
    </message>
    <message>
        <source>JSON (an array of objects)</source>
        <translation>JSON (ein Array von Objekten)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %Ln row(s) (%1 rows/s).</source>
        <translation>
            <numerusform>Export: %Ln Zeile (%1 Zeilen/s).</numerusform>
            <numerusform>Export: %Ln Zeilen (%1 Zeilen/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %1 of %Ln row(s) (%2 rows/s).</source>
        <translation>
            <numerusform>Export: %1 von %Ln Zeile (%2 Zeilen/s).</numerusform>
            <numerusform>Export: %1 von %Ln Zeilen (%2 Zeilen/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::ExportJob</name>
    <message>
        <source>There is no table “%1” in %2.</source>
        <translation>Es gibt keine Tabelle „%1“ in %2.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The output cannot be written: %1.</source>
        <translation>Die Ausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>rowbook::FieldEditor</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>This column requires a value.</source>
        <translation>Diese Spalte erfordert einen Wert.</translation>
    </message>
    <message>
        <source>Set this field to NULL (no value).</source>
        <translation>Dieses Feld auf NULL (kein Wert) setzen.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>A binary value is set to NULL in the grid (Delete) and replaced in the Cell Editor (Import…).</source>
        <translation>Ein Binärwert wird im Raster auf NULL gesetzt (Entf) und im Zelleneditor ersetzt (Importieren…).</translation>
    </message>
</context>
<context>
    <name>rowbook::FileActions</name>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;My Database</source>
        <translation>&amp;Meine Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Database as SQL…</source>
        <translation>Datenbank als &amp;SQL exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei → Öffnen.</translation>
    </message>
    <message>
        <source>Rowbook could not create %1: %2</source>
        <translation>Rowbook konnte %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) into %1.</source>
        <translation>
            <numerusform>%Ln Zeile in %1 importiert.</numerusform>
            <numerusform>%Ln Zeilen in %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) as SQL to %1.</source>
        <translation>
            <numerusform>%n Zeile als SQL nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen als SQL nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>The backup was canceled; no backup file was kept.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde keine Sicherungsdatei behalten.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Es wurde keine Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>A backup is already being made.</source>
        <translation>Es wird bereits eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Some edits are not saved yet. Wait until they are saved (or undo them) before restoring a backup.</source>
        <translation>Einige Änderungen sind noch nicht gespeichert. Warten Sie, bis sie gespeichert sind (oder machen Sie sie rückgängig), bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The backup %1 was restored; the previous content is kept in %2.</source>
        <translation>Die Sicherung %1 wurde wiederhergestellt; der vorherige Inhalt bleibt in %2 erhalten.</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>Mit Ser&amp;ver verbinden…</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Cop&amp;y Database To…</source>
        <translation>Datenbank &amp;kopieren nach…</translation>
    </message>
    <message>
        <source>Saving your edits first; try again in a moment.</source>
        <translation>Ihre Änderungen werden zuerst gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Another database is still being opened. Restore a backup when it has opened.</source>
        <translation>Eine andere Datenbank wird noch geöffnet. Stellen Sie eine Sicherung wieder her, wenn sie geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>rowbook::FileJobDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>This is a folder; add a file name.</source>
        <translation>Dies ist ein Ordner; ergänzen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The file exists; it is replaced when the export succeeds.</source>
        <translation>Die Datei existiert; sie wird ersetzt, wenn der Export gelingt.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written to %1.</source>
        <translation>Der Export wurde abgebrochen; in %1 wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>rowbook::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Text: contains. =x, &lt;&gt;x, &lt;x, &gt;x, &lt;=x, &gt;=x: compare. =NULL, &lt;&gt;NULL: empty or not. a~b: between a and b. /regex/: regular expression.</source>
        <translation>Text: enthält. =x, &lt;&gt;x, &lt;x, &gt;x, &lt;=x, &gt;=x: vergleichen. =NULL, &lt;&gt;NULL: leer oder nicht. a~b: zwischen a und b. /regex/: regulärer Ausdruck.</translation>
    </message>
</context>
<context>
    <name>rowbook::FilterSyntax</name>
    <message>
        <source>There is text after the closing double quote; inside double quotes write &quot;&quot; for one double quote.</source>
        <translation>Nach dem schließenden Anführungszeichen steht noch Text; innerhalb von Anführungszeichen schreiben Sie &quot;&quot; für ein Anführungszeichen.</translation>
    </message>
    <message>
        <source>The closing double quote is missing.</source>
        <translation>Das schließende Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>NULL can only follow = or &lt;&gt;; put it in double quotes to compare with the text NULL.</source>
        <translation>NULL kann nur auf = oder &lt;&gt; folgen; setzen Sie es in Anführungszeichen, um mit dem Text NULL zu vergleichen.</translation>
    </message>
    <message>
        <source>Type a regular expression between the slashes.</source>
        <translation>Geben Sie zwischen den Schrägstrichen einen regulären Ausdruck ein.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2 of the pattern).</source>
        <translation>Der reguläre Ausdruck ist ungültig: %1 (bei Zeichen %2 des Musters).</translation>
    </message>
    <message>
        <source>Type a value after %1, or write %1&quot;&quot; for empty text.</source>
        <translation>Geben Sie nach %1 einen Wert ein, oder schreiben Sie %1&quot;&quot; für leeren Text.</translation>
    </message>
    <message>
        <source>“%1” is not a number; put it in double quotes to compare it as text.</source>
        <translation>„%1“ ist keine Zahl; setzen Sie es in doppelte Anführungszeichen, um es als Text zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>rowbook::ForeignKeyCombo</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Type to search the first %1 rows of “%2”, or type a key.</source>
        <translation>Tippen Sie, um die ersten %1 Zeilen von „%2“ zu durchsuchen, oder geben Sie einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Type to search “%1”.</source>
        <translation>Tippen Sie, um „%1“ zu durchsuchen.</translation>
    </message>
    <message>
        <source>Refers to %1 of “%2”; Ctrl+click the cell to go there.</source>
        <translation>Verweist auf %1 von „%2“; Strg+Klick auf die Zelle springt dorthin.</translation>
    </message>
    <message>
        <source>Reading the rows of “%1”…</source>
        <translation>Die Zeilen von „%1“ werden gelesen …</translation>
    </message>
    <message>
        <source>The rows of “%1” could not be read (%2); type a key.</source>
        <translation>Die Zeilen von „%1“ konnten nicht gelesen werden (%2); geben Sie einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>No row of “%1” is named “%2”: choose one from the list, or type its %3.</source>
        <translation>Keine Zeile von „%1“ heißt „%2“: Wählen Sie eine aus der Liste, oder geben Sie ihre %3 ein.</translation>
    </message>
    <message>
        <source>The rows of “%1” are still being read: wait a moment, then leave the field again.</source>
        <translation>Die Zeilen von „%1“ werden noch gelesen: Warten Sie einen Moment und verlassen Sie das Feld dann erneut.</translation>
    </message>
</context>
<context>
    <name>rowbook::ForeignKeyJump</name>
    <message>
        <source>The cell is empty: it refers to no row.</source>
        <translation>Die Zelle ist leer: Sie verweist auf keine Zeile.</translation>
    </message>
    <message>
        <source>No row of “%1” has %2 %3.</source>
        <translation>Keine Zeile von „%1“ hat %2 %3.</translation>
    </message>
</context>
<context>
    <name>rowbook::GridLayout</name>
    <message>
        <source>&amp;Hide Column</source>
        <translation>Spalte &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Show Columns</source>
        <translation>Spalten &amp;einblenden</translation>
    </message>
    <message>
        <source>&amp;Freeze Up To This Column</source>
        <translation>Bis hierher &amp;fixieren</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>Fi&amp;xierung aufheben</translation>
    </message>
    <message>
        <source>Fit &amp;Width to Contents</source>
        <translation>&amp;Breite an Inhalt anpassen</translation>
    </message>
    <message>
        <source>Fit &amp;All Columns</source>
        <translation>Alle Spalten an&amp;passen</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle einblenden</translation>
    </message>
    <message>
        <source>Colum&amp;ns</source>
        <translation>Spalte&amp;n</translation>
    </message>
    <message>
        <source>Show &amp;All Columns</source>
        <translation>A&amp;lle Spalten einblenden</translation>
    </message>
    <message>
        <source>&amp;Unfreeze Columns</source>
        <translation>Fi&amp;xierung aufheben</translation>
    </message>
    <message>
        <source>Fit All &amp;Columns</source>
        <translation>Alle Spalten an&amp;passen</translation>
    </message>
    <message>
        <source>Right-click a column header</source>
        <translation>Rechtsklick auf einen Spaltenkopf</translation>
    </message>
    <message>
        <source>Hide, show, freeze or fit columns.</source>
        <translation>Spalten aus- und einblenden, fixieren oder anpassen.</translation>
    </message>
    <message>
        <source>Drag a column header</source>
        <translation>Einen Spaltenkopf ziehen</translation>
    </message>
    <message>
        <source>Move the column; the order is kept for the table.</source>
        <translation>Die Spalte verschieben; die Reihenfolge bleibt für die Tabelle erhalten.</translation>
    </message>
    <message>
        <source>Columns up to “%1” are too wide to freeze: they would cover most of the grid and leave the other columns no room to scroll. Narrow or hide some of them, or widen the window.</source>
        <translation>Die Spalten bis „%1“ sind zu breit zum Fixieren: Sie würden den größten Teil der Tabelle verdecken und den übrigen Spalten keinen Platz zum Blättern lassen. Machen Sie einige davon schmaler, blenden Sie sie aus oder vergrößern Sie das Fenster.</translation>
    </message>
</context>
<context>
    <name>rowbook::HistorySearch</name>
    <message>
        <source>Search Query History</source>
        <translation>Abfrageverlauf durchsuchen</translation>
    </message>
    <message>
        <source>Text in the query</source>
        <translation>Text in der Abfrage</translation>
    </message>
    <message>
        <source>Use Query</source>
        <translation>Abfrage übernehmen</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: %2</source>
        <translation>Gespeichert &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n Zeile in %1 ms</numerusform>
            <numerusform>%n Zeilen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>No queries were run on this database yet.</source>
        <translation>Auf dieser Datenbank wurden noch keine Abfragen ausgeführt.</translation>
    </message>
    <message>
        <source>No query contains &quot;%1&quot;.</source>
        <translation>Keine Abfrage enthält &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n query(s)</source>
        <translation>
            <numerusform>%n Abfrage</numerusform>
            <numerusform>%n Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied the query.</source>
        <translation>Abfrage kopiert.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Use Query</source>
        <translation>Abfrage &amp;verwenden</translation>
    </message>
    <message>
        <source>Give the highlighted saved query another name</source>
        <translation>Der markierten gespeicherten Abfrage einen anderen Namen geben</translation>
    </message>
    <message>
        <source>Delete the highlighted saved query</source>
        <translation>Die markierte gespeicherte Abfrage löschen</translation>
    </message>
</context>
<context>
    <name>rowbook::ImportDialog</name>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>First row has the column &amp;names</source>
        <translation>Erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <source>&amp;Add the rows</source>
        <translation>Zeilen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Replace all its rows</source>
        <translation>Alle Zeilen e&amp;rsetzen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Name of a new or existing table</source>
        <translation>Name einer neuen oder bestehenden Tabelle</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>Ta&amp;belle:</translation>
    </message>
    <message>
        <source>CSV and JSON files (%1)</source>
        <translation>CSV- und JSON-Dateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine zu importierende Datei.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file. Column types are guessed from these rows; the import checks every row.</source>
        <translation>
            <numerusform>Die erste Zeile der Datei. Die Spaltentypen werden aus dieser Zeile geschätzt; der Import prüft jede Zeile.</numerusform>
            <numerusform>Die ersten %Ln Zeilen der Datei. Die Spaltentypen werden aus diesen Zeilen geschätzt; der Import prüft jede Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in the file: %1.</source>
        <translation>Zeilen in der Datei: %1.</translation>
    </message>
    <message>
        <source>The table exists: its own column types are used.</source>
        <translation>Die Tabelle existiert: Ihre eigenen Spaltentypen werden verwendet.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it (%1 s). The import goes on as soon as it is free.</source>
        <translation>Warten auf die Datenbank: Ein anderes Programm schreibt hinein (%1 s). Der Import geht weiter, sobald sie frei ist.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Checking the file: %Ln row(s) read (%1 rows/s).</source>
        <translation>
            <numerusform>Datei wird geprüft: %Ln Zeile gelesen (%1 Zeilen/s).</numerusform>
            <numerusform>Datei wird geprüft: %Ln Zeilen gelesen (%1 Zeilen/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %1 of %Ln row(s) (%2 rows/s).</source>
        <translation>
            <numerusform>Import: %1 von %Ln Zeile (%2 Zeilen/s).</numerusform>
            <numerusform>Import: %1 von %Ln Zeilen (%2 Zeilen/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) into the new table “%1” (%2).</source>
        <translation>
            <numerusform>%Ln Zeile in die neue Tabelle „%1“ importiert (%2).</numerusform>
            <numerusform>%Ln Zeilen in die neue Tabelle „%1“ importiert (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) into “%1”.</source>
        <translation>
            <numerusform>%Ln Zeile in „%1“ importiert.</numerusform>
            <numerusform>%Ln Zeilen in „%1“ importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Reading the database&apos;s tables…</source>
        <translation>Die Tabellen der Datenbank werden gelesen…</translation>
    </message>
    <message>
        <source>Waiting for the database to list its tables: %1 Trying again every second.</source>
        <translation>Warten, bis die Datenbank ihre Tabellen auflistet: %1 Neuer Versuch jede Sekunde.</translation>
    </message>
</context>
<context>
    <name>rowbook::ImportJob</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The database is busy: another program held its lock for more than %1 seconds. Nothing was imported.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm hielt ihre Sperre länger als %1 Sekunden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>No table name was given.</source>
        <translation>Es wurde kein Tabellenname angegeben.</translation>
    </message>
    <message>
        <source>The table name “%1” is reserved.</source>
        <translation>Der Tabellenname „%1“ ist reserviert.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 column types were given for %2 columns.</source>
        <translation>Es wurden %1 Spaltentypen für %2 Spalten angegeben.</translation>
    </message>
    <message>
        <source>The file has no column “%1” to give a type (its columns are: %2).</source>
        <translation>Die Datei hat keine Spalte „%1“, der ein Typ gegeben werden könnte (ihre Spalten sind: %2).</translation>
    </message>
    <message>
        <source>Table “%1” exists, so its own column types decide how values are stored; column types can only be given for a new table.</source>
        <translation>Die Tabelle „%1“ existiert, daher bestimmen ihre eigenen Spaltentypen, wie Werte gespeichert werden; Spaltentypen können nur für eine neue Tabelle angegeben werden.</translation>
    </message>
    <message>
        <source>The file holds no columns to create table “%1” from.</source>
        <translation>Die Datei enthält keine Spalten, aus denen die Tabelle „%1“ angelegt werden könnte.</translation>
    </message>
    <message>
        <source>“%1” is a view; import into a table.</source>
        <translation>„%1“ ist eine Sicht; importieren Sie in eine Tabelle.</translation>
    </message>
    <message>
        <source>The file is empty (expected a header row).</source>
        <translation>Die Datei ist leer (erwartet: eine Kopfzeile).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file changed while it was imported (expected %1 fields, found %2).</source>
        <translation>Die Datei hat sich während des Imports geändert (erwartet: %1 Felder, gefunden: %2).</translation>
    </message>
    <message>
        <source>JSON files are always UTF-8, so the encoding “%1” cannot be used with JSON.</source>
        <translation>JSON-Dateien sind immer UTF-8, daher kann die Kodierung „%1“ nicht mit JSON verwendet werden.</translation>
    </message>
    <message>
        <source>The file changed while it was imported.</source>
        <translation>Die Datei hat sich während des Imports geändert.</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Column “%1”: %2. Nothing was imported.</source>
        <translation>Spalte „%1“: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Its column “%1” is its primary key.</source>
        <translation>Ihre Spalte „%1“ ist ihr Primärschlüssel.</translation>
    </message>
    <message>
        <source>It has no primary key, so Rowbook shows it read-only; add one in the SQL console: ALTER TABLE %1 ADD PRIMARY KEY (column).</source>
        <translation>Sie hat keinen Primärschlüssel, daher zeigt Rowbook sie schreibgeschützt; fügen Sie in der SQL-Konsole einen hinzu: ALTER TABLE %1 ADD PRIMARY KEY (Spalte).</translation>
    </message>
    <message>
        <source>Column “%1” holds the row numbers, and “%2” is not a whole number.</source>
        <translation>Die Spalte „%1“ enthält die Zeilennummern, und „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Column “%1” refers to a row of “%2” whose “%3” is “%4”, and there is none.</source>
        <translation>Die Spalte „%1“ verweist auf eine Zeile von „%2“, deren „%3“ „%4“ ist, und es gibt keine.</translation>
    </message>
    <message>
        <source>Rows of other tables refer to the rows of “%1”, so its rows cannot be replaced; import without replacing, or change those rows first. Nothing was imported.</source>
        <translation>Zeilen anderer Tabellen verweisen auf die Zeilen von „%1“, daher können sie nicht ersetzt werden; importieren Sie ohne Ersetzen oder ändern Sie zuerst jene Zeilen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“%1” refers to “%2” with ON DELETE %3, so replacing the rows of “%2” would delete or change rows of “%1”; import without replacing. Nothing was imported.</source>
        <translation>„%1“ verweist mit ON DELETE %3 auf „%2“, daher würde das Ersetzen der Zeilen von „%2“ Zeilen von „%1“ löschen oder ändern; importieren Sie ohne Ersetzen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The tables that refer to “%1” could not be read, so its rows were not replaced. Nothing was imported.</source>
        <translation>Die Tabellen, die auf „%1“ verweisen, konnten nicht gelesen werden, daher wurden ihre Zeilen nicht ersetzt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>With the file&apos;s rows in place of its own, rows of “%1” or of tables that refer to it would refer to rows that do not exist.</source>
        <translation>Mit den Zeilen der Datei anstelle ihrer eigenen würden Zeilen von „%1“ oder von Tabellen, die darauf verweisen, auf Zeilen verweisen, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Rows of “%1” refer to the row of “%2” whose “%3” is “%4”, and the file holds no such row.</source>
        <translation>Zeilen von „%1“ verweisen auf die Zeile von „%2“, deren „%3“ „%4“ ist, und die Datei enthält keine solche Zeile.</translation>
    </message>
    <message>
        <source>Columns “%1” refer to a row of “%2” whose “%3” are “%4”, and there is none.</source>
        <translation>Die Spalten „%1“ verweisen auf eine Zeile von „%2“, deren „%3“ „%4“ sind, und es gibt keine.</translation>
    </message>
    <message>
        <source>Rows of “%1” refer to the row of “%2” whose “%3” are “%4”, and the file holds no such row.</source>
        <translation>Zeilen von „%1“ verweisen auf die Zeile von „%2“, deren „%3“ „%4“ sind, und die Datei enthält keine solche Zeile.</translation>
    </message>
</context>
<context>
    <name>rowbook::ImportPlan</name>
    <message>
        <source>This row has more fields than the first one (expected %1 fields, found %2).</source>
        <translation>Diese Zeile hat mehr Felder als die erste (erwartet: %1 Felder, gefunden: %2).</translation>
    </message>
    <message>
        <source>This row has fewer fields than the first one (expected %1 fields, found %2).</source>
        <translation>Diese Zeile hat weniger Felder als die erste (erwartet: %1 Felder, gefunden: %2).</translation>
    </message>
    <message>
        <source>The file holds no columns to import into table “%1”.</source>
        <translation>Die Datei enthält keine Spalten, die in die Tabelle „%1“ importiert werden könnten.</translation>
    </message>
    <message>
        <source>Table “%1” has no column %2 (its columns are %3).</source>
        <translation>Die Tabelle „%1“ hat keine Spalte %2 (ihre Spalten sind %3).</translation>
    </message>
    <message>
        <source>The file has %1 columns but table “%2” has only %3.</source>
        <translation>Die Datei hat %1 Spalten, die Tabelle „%2“ aber nur %3.</translation>
    </message>
    <message>
        <source>Enter the name of the table to import into.</source>
        <translation>Geben Sie den Namen der Zieltabelle ein.</translation>
    </message>
    <message>
        <source>The name “%1” is reserved for SQLite and Rowbook; choose another.</source>
        <translation>Der Name „%1“ ist für SQLite und Rowbook reserviert; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>A new table “%1” will be created with the columns %2.</source>
        <translation>Eine neue Tabelle „%1“ wird mit den Spalten %2 angelegt.</translation>
    </message>
    <message>
        <source>“%1” is a view; enter the name of a table.</source>
        <translation>„%1“ ist eine Sicht; geben Sie den Namen einer Tabelle ein.</translation>
    </message>
    <message>
        <source>Table “%1” exists; the file&apos;s columns go into its columns %2.</source>
        <translation>Die Tabelle „%1“ existiert; die Spalten der Datei gehen in ihre Spalten %2.</translation>
    </message>
    <message>
        <source>%1 Enter another name to import into a new table.</source>
        <translation>%1 Geben Sie einen anderen Namen ein, um in eine neue Tabelle zu importieren.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>(binary, %Ln byte(s))</source>
        <translation>
            <numerusform>(binär, %Ln Byte)</numerusform>
            <numerusform>(binär, %Ln Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file holds no objects to import.</source>
        <translation>Die Datei enthält keine zu importierenden Objekte.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file holds no columns to create table “%1” from.</source>
        <translation>Die Datei enthält keine Spalten, aus denen die Tabelle „%1“ angelegt werden könnte.</translation>
    </message>
    <message>
        <source>A new table “%1” will be created with the file&apos;s columns.</source>
        <translation>Eine neue Tabelle „%1“ wird mit den Spalten der Datei angelegt.</translation>
    </message>
    <message>
        <source>Table “%1” exists; the file&apos;s rows will go into it.</source>
        <translation>Die Tabelle „%1“ existiert; die Zeilen der Datei werden ihr hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>rowbook::IndexOfferBar</name>
    <message>
        <source>Create Index</source>
        <translation>Index anlegen</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Diese Meldung ausblenden.</translation>
    </message>
    <message>
        <source>Sorting by “%1” took %2 s. An index on this column makes the next sort by it almost instant (it takes some disk space and a moment to build).</source>
        <translation>Das Sortieren nach „%1“ dauerte %2 s. Ein Index auf dieser Spalte macht das nächste Sortieren danach fast sofort (er braucht etwas Speicherplatz und einen Moment zum Anlegen).</translation>
    </message>
    <message>
        <source>Creating index “%1” on “%2” of “%3”… You can go on working; edits are saved once it is done.</source>
        <translation>Index „%1“ auf „%2“ von „%3“ wird angelegt … Sie können weiterarbeiten; Änderungen werden gespeichert, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Index “%1” created: sorting “%2” by “%3” now reads the index.</source>
        <translation>Index „%1“ angelegt: Das Sortieren von „%2“ nach „%3“ liest jetzt den Index.</translation>
    </message>
    <message>
        <source>The index was not created: %1</source>
        <translation>Der Index wurde nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>rowbook::JournalWriter::Sink</name>
    <message>
        <source>Could not remove the recovery journal %1.</source>
        <translation>Das Wiederherstellungsjournal %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not write the recovery journal %1: %2</source>
        <translation>Das Wiederherstellungsjournal %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rowbook::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;Original&gt;</translation>
    </message>
    <message>
        <source>Rowbook</source>
        <translation>Rowbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>Jetzt s&amp;peichern</translation>
    </message>
    <message>
        <source>Edits are saved automatically; this saves them right away.</source>
        <translation>Änderungen werden automatisch gespeichert; dies speichert sie sofort.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 — Rowbook [read-only]</source>
        <translation>%1 — Rowbook [schreibgeschützt]</translation>
    </message>
    <message>
        <source>%1 — Rowbook</source>
        <translation>%1 — Rowbook</translation>
    </message>
</context>
<context>
    <name>rowbook::PaneNavigator</name>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Table List</source>
        <translation>&amp;Tabellenliste</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Raster</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>F&amp;ilter Row</source>
        <translation>F&amp;ilterzeile</translation>
    </message>
    <message>
        <source>&amp;Row…</source>
        <translation>&amp;Zeile…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Table</source>
        <translation>Nä&amp;chste Tabelle</translation>
    </message>
    <message>
        <source>Pre&amp;vious Table</source>
        <translation>Vor&amp;herige Tabelle</translation>
    </message>
    <message>
        <source>Go to Row</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Row number (1 to %1):</source>
        <translation>Zeilennummer (1 bis %1):</translation>
    </message>
    <message>
        <source>F2 or typing</source>
        <translation>F2 oder Tippen</translation>
    </message>
    <message>
        <source>Edit the current cell.</source>
        <translation>Die aktuelle Zelle bearbeiten.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Save the cell being edited.</source>
        <translation>Die bearbeitete Zelle speichern.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the cell editor without changing the value.</source>
        <translation>Den Zelleneditor verlassen, ohne den Wert zu ändern.</translation>
    </message>
    <message>
        <source>Tab (in the search box)</source>
        <translation>Tab (im Suchfeld)</translation>
    </message>
    <message>
        <source>Go from the search box to the grid.</source>
        <translation>Vom Suchfeld zum Raster wechseln.</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Strg+Klick</translation>
    </message>
    <message>
        <source>On a foreign-key value: jump to the row it refers to.</source>
        <translation>Auf einem Fremdschlüsselwert: zur Zeile springen, auf die er verweist.</translation>
    </message>
    <message>
        <source>Ctrl+Return (in the cell editor)</source>
        <translation>Strg+Eingabe (im Zelleneditor)</translation>
    </message>
    <message>
        <source>Store the cell editor&apos;s text in the cell.</source>
        <translation>Den Text des Zelleneditors in der Zelle speichern.</translation>
    </message>
</context>
<context>
    <name>rowbook::PgDialect</name>
    <message>
        <source>Views are read-only.</source>
        <translation>Sichten sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>This table has no primary key, so Rowbook cannot tell its rows apart: it is read-only.</source>
        <translation>Diese Tabelle hat keinen Primärschlüssel, daher kann Rowbook ihre Zeilen nicht unterscheiden: Sie ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>rowbook::PopulateDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Füllen</translation>
    </message>
    <message>
        <source>Cancel Fill</source>
        <translation>Füllen abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Fill “%1” with Sample Data</source>
        <translation>„%1“ mit Beispieldaten füllen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Range or values</source>
        <translation>Bereich oder Werte</translation>
    </message>
    <message>
        <source>Chosen from</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>The same seed on the same table gives the same rows.</source>
        <translation>Derselbe Startwert ergibt für dieselbe Tabelle dieselben Zeilen.</translation>
    </message>
    <message>
        <source>&amp;Rows to add:</source>
        <translation>Hinzuzufügende &amp;Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>Each column gets values from a generator; change one where the choice does not fit.</source>
        <translation>Jede Spalte erhält ihre Werte von einem Generator; ändern Sie ihn, wo die Wahl nicht passt.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows a fill writes:</source>
        <translation>
            <numerusform>Die erste Zeile, die beim Füllen geschrieben wird:</numerusform>
            <numerusform>Die ersten %n Zeilen, die beim Füllen geschrieben werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating and inserting rows… %1 of %2</source>
        <translation>Zeilen werden erzeugt und eingefügt… %1 von %2</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Tabelle wird gelesen…</translation>
    </message>
    <message>
        <source>The seed must be a whole number of at least 0, not “%1”.</source>
        <translation>Der Startwert muss eine ganze Zahl von mindestens 0 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Write the range of column “%1” as two whole numbers, such as 1..100, not “%2”.</source>
        <translation>Geben Sie den Bereich der Spalte „%1“ als zwei ganze Zahlen an, etwa 1..100, nicht „%2“.</translation>
    </message>
    <message>
        <source>Write the range of column “%1” as two numbers, such as 0.5..99.9, not “%2”.</source>
        <translation>Geben Sie den Bereich der Spalte „%1“ als zwei Zahlen an, etwa 0.5..99.9, nicht „%2“.</translation>
    </message>
    <message>
        <source>Write the values of column “%1” separated by commas.</source>
        <translation>Geben Sie die Werte der Spalte „%1“ durch Kommas getrennt an.</translation>
    </message>
    <message>
        <source>Generating and inserting rows…</source>
        <translation>Zeilen werden erzeugt und eingefügt…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Wird abgebrochen; es wird nichts geschrieben…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile hinzugefügt.</numerusform>
            <numerusform>%Ln Zeilen hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::QueryExportJob</name>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>rowbook::QueryHistory</name>
    <message>
        <source>Could not save the query history in %1.</source>
        <translation>Der Abfrageverlauf konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not read the query history in %1: %2</source>
        <translation>Der Abfrageverlauf in %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>rowbook::QueryPlanView</name>
    <message>
        <source>Query plan</source>
        <translation>Abfrageplan</translation>
    </message>
</context>
<context>
    <name>rowbook::Quotes</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>rowbook::RecordForm</name>
    <message>
        <source>Select a row to edit it here.</source>
        <translation>Wählen Sie eine Zeile aus, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” was not saved in “%2” because it does not fit the column.</source>
        <translation>„%1“ wurde nicht in „%2“ gespeichert, weil es nicht zur Spalte passt.</translation>
    </message>
    <message>
        <source>%1 — new row</source>
        <translation>%1 — neue Zeile</translation>
    </message>
    <message>
        <source>%1 — row %2 of %3</source>
        <translation>%1 — Zeile %2 von %3</translation>
    </message>
    <message>
        <source>This is a view, so its rows are read-only.</source>
        <translation>Dies ist eine Sicht, daher sind ihre Zeilen schreibgeschützt.</translation>
    </message>
    <message>
        <source>This table is read-only.</source>
        <translation>Diese Tabelle ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1” was not saved in “%2”: the table changed before its rows were read.</source>
        <translation>„%1“ wurde nicht in „%2“ gespeichert: Die Tabelle wurde gewechselt, bevor ihre Zeilen gelesen waren.</translation>
    </message>
    <message>
        <source>“%1” will be saved in “%2” once the rows of “%3” have been read.</source>
        <translation>„%1“ wird in „%2“ gespeichert, sobald die Zeilen von „%3“ gelesen sind.</translation>
    </message>
    <message>
        <source>“%1” was not saved in “%2”: %3</source>
        <translation>„%1“ wurde nicht in „%2“ gespeichert: %3</translation>
    </message>
</context>
<context>
    <name>rowbook::RecoveryJournal</name>
    <message>
        <source>Add a row to %1: %2</source>
        <translation>Eine Zeile zu %1 hinzufügen: %2</translation>
    </message>
    <message>
        <source>Change row %1 of %2: %3</source>
        <translation>Zeile %1 von %2 ändern: %3</translation>
    </message>
    <message>
        <source>Delete row %1 of %2</source>
        <translation>Zeile %1 von %2 löschen</translation>
    </message>
    <message>
        <source>The recovery journal %1 cannot be read: %2</source>
        <translation>Das Wiederherstellungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The recovery journal %1 is damaged and cannot be used.</source>
        <translation>Das Wiederherstellungsjournal %1 ist beschädigt und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The recovery journal was written by a newer version of Rowbook.</source>
        <translation>Das Wiederherstellungsjournal wurde von einer neueren Version von Rowbook geschrieben.</translation>
    </message>
    <message>
        <source>The recovery journal belongs to a different database file, so it is not applied to this one.</source>
        <translation>Das Wiederherstellungsjournal gehört zu einer anderen Datenbankdatei und wird daher nicht auf diese angewendet.</translation>
    </message>
    <message>
        <source>Edits to table “%1” cannot be applied: it no longer exists or cannot be edited.</source>
        <translation>Änderungen an der Tabelle „%1“ können nicht angewendet werden: Sie existiert nicht mehr oder kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>A value for column “%1” of “%2” cannot be applied: the column no longer exists.</source>
        <translation>Ein Wert für die Spalte „%1“ von „%2“ kann nicht angewendet werden: Die Spalte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Later edits to a row added to “%1” just before Rowbook stopped cannot be matched to it: %2</source>
        <translation>Spätere Änderungen an einer Zeile, die kurz vor dem Beenden von Rowbook zu „%1“ hinzugefügt wurde, lassen sich ihr nicht zuordnen: %2</translation>
    </message>
    <message>
        <source>A row added to “%1” may already have been saved before Rowbook stopped, so it is not added again: %2</source>
        <translation>Eine zu „%1“ hinzugefügte Zeile wurde möglicherweise schon vor dem Beenden von Rowbook gespeichert und wird daher nicht erneut hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Changes to row %1 of “%2” cannot be applied: the row was deleted meanwhile (%3).</source>
        <translation>Änderungen an Zeile %1 von „%2“ können nicht angewendet werden: Die Zeile wurde inzwischen gelöscht (%3).</translation>
    </message>
</context>
<context>
    <name>rowbook::RestoreDialog</name>
    <message>
        <source>Made on request</source>
        <translation>Auf Anforderung erstellt</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before dropping a table</source>
        <translation>Vor dem Löschen einer Tabelle</translation>
    </message>
    <message>
        <source>Before dropping a column</source>
        <translation>Vor dem Löschen einer Spalte</translation>
    </message>
    <message>
        <source>Before changing a column</source>
        <translation>Vor dem Ändern einer Spalte</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring replaces the file&apos;s content; the current content is backed up first.</source>
        <translation>Sicherungen von %1, neueste zuerst. Das Wiederherstellen ersetzt den Inhalt der Datei; der aktuelle Inhalt wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Von dieser Datei gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln Zeile</numerusform>
            <numerusform>%1: %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup holds no tables.</source>
        <translation>Die Sicherung enthält keine Tabellen.</translation>
    </message>
    <message>
        <source>Replace the content of %1 with the backup from %2 (%3)?</source>
        <translation>Den Inhalt von %1 durch die Sicherung vom %2 (%3) ersetzen?</translation>
    </message>
    <message>
        <source>Everything in the file now, including changes made since that backup, is first saved as a backup of its own, so you can go back.</source>
        <translation>Alles, was jetzt in der Datei steht, einschließlich der Änderungen seit dieser Sicherung, wird zuerst als eigene Sicherung gespeichert, sodass Sie zurückkehren können.</translation>
    </message>
    <message>
        <source>A backup is still being made; try again in a moment.</source>
        <translation>Es wird noch eine Sicherung erstellt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Restoring… The current content is backed up first.</source>
        <translation>Wiederherstellung läuft… Der aktuelle Inhalt wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Nothing was restored (%1): %2</source>
        <translation>Es wurde nichts wiederhergestellt (%1): %2</translation>
    </message>
</context>
<context>
    <name>rowbook::ResultActions</name>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Copy as &amp;TSV</source>
        <translation>Als &amp;TSV kopieren</translation>
    </message>
    <message>
        <source>Run the statement again and write all of its rows to a file</source>
        <translation>Die Anweisung erneut ausführen und alle ihre Zeilen in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>E&amp;rgebnis</translation>
    </message>
    <message>
        <source>Export or copy the result</source>
        <translation>Das Ergebnis exportieren oder kopieren</translation>
    </message>
    <message>
        <source>There is no result to export: run a query that returns rows and does not change data first.</source>
        <translation>Es gibt kein Ergebnis zum Exportieren: Führen Sie zuerst eine Abfrage aus, die Zeilen liefert und keine Daten ändert.</translation>
    </message>
    <message>
        <source>Export Result as JSON</source>
        <translation>Ergebnis als JSON exportieren</translation>
    </message>
    <message>
        <source>Export Result as CSV</source>
        <translation>Ergebnis als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>An export is running already.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exporting to %1: %2 rows written…</source>
        <translation>Export nach %1: %2 Zeilen geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Zellen aus.</translation>
    </message>
    <message>
        <source>Only the rows read so far can be copied; scroll to them, or export the whole result to a file.</source>
        <translation>Nur bereits gelesene Zeilen können kopiert werden; scrollen Sie dorthin oder exportieren Sie das ganze Ergebnis in eine Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n Zelle kopiert.</numerusform>
            <numerusform>%n Zellen kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::SaveStatus</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Waiting for another program to release the database… attempt %1</source>
        <translation>Warten, bis ein anderes Programm die Datenbank freigibt… Versuch %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved (%Ln edit(s) pending)</source>
        <translation>
            <numerusform>Nicht gespeichert (%Ln Änderung ausstehend)</numerusform>
            <numerusform>Nicht gespeichert (%Ln Änderungen ausstehend)</numerusform>
        </translation>
    </message>
    <message>
        <source>The new row is saved when you leave it.</source>
        <translation>Die neue Zeile wird gespeichert, wenn Sie sie verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln conflict(s) with other programs</source>
        <translation>
            <numerusform>%1 · %Ln Konflikt mit anderen Programmen</numerusform>
            <numerusform>%1 · %Ln Konflikte mit anderen Programmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server unreachable — retrying (%Ln edit(s) kept)</source>
        <translation>
            <numerusform>Server nicht erreichbar – neuer Versuch läuft (%Ln Änderung bleibt erhalten)</numerusform>
            <numerusform>Server nicht erreichbar – neuer Versuch läuft (%Ln Änderungen bleiben erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server unreachable — retrying</source>
        <translation>Server nicht erreichbar – neuer Versuch läuft</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) to save</source>
        <translation>
            <numerusform>%Ln Änderung zu speichern</numerusform>
            <numerusform>%Ln Änderungen zu speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another session to release a row you edited… attempt %1</source>
        <translation>Warten, bis eine andere Sitzung eine von Ihnen bearbeitete Zeile freigibt… Versuch %1</translation>
    </message>
</context>
<context>
    <name>rowbook::SaveWorker</name>
    <message>
        <source>The database file %1 was deleted or moved while Rowbook had it open, so nothing was saved. Your edits are kept; reopen the file or restore a backup.</source>
        <translation>Die Datenbankdatei %1 wurde gelöscht oder verschoben, während Rowbook sie geöffnet hatte; daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten; öffnen Sie die Datei erneut oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while Rowbook had it open, so nothing was saved. Your edits are kept; reopen the file to see its new content.</source>
        <translation>Die Datenbankdatei %1 wurde durch eine andere Datei ersetzt, während Rowbook sie geöffnet hatte; daher wurde nichts gespeichert. Ihre Änderungen bleiben erhalten; öffnen Sie die Datei erneut, um ihren neuen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>This change to the schema of a server database is not possible in Rowbook yet.</source>
        <translation>Diese Änderung am Schema einer Serverdatenbank ist in Rowbook noch nicht möglich.</translation>
    </message>
</context>
<context>
    <name>rowbook::SchemaDiagramView</name>
    <message>
        <source>Double-click to open %1; drag to move.</source>
        <translation>Doppelklick öffnet %1; Ziehen verschiebt den Kasten.</translation>
    </message>
</context>
<context>
    <name>rowbook::SchemaDiagramWindow</name>
    <message>
        <source>Schema Diagram</source>
        <translation>Schemadiagramm</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Reading the schema of %1…</source>
        <translation>Schema von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The schema of %1 cannot be read; the diagram is empty.</source>
        <translation>Das Schema von %1 kann nicht gelesen werden; das Diagramm ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) and view(s). Drag a box to move it; double-click to open the table; Ctrl+wheel zooms.</source>
        <translation>
            <numerusform>%n Tabelle oder Sicht. Ziehen Sie einen Kasten, um ihn zu verschieben; ein Doppelklick öffnet die Tabelle; Strg+Mausrad zoomt.</numerusform>
            <numerusform>%n Tabellen und Sichten. Ziehen Sie einen Kasten, um ihn zu verschieben; ein Doppelklick öffnet die Tabelle; Strg+Mausrad zoomt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Schema Diagram</source>
        <translation>Schemadiagramm exportieren</translation>
    </message>
    <message>
        <source>schema diagram</source>
        <translation>Schemadiagramm</translation>
    </message>
    <message>
        <source>Exported the diagram to %1.</source>
        <translation>Diagramm nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>rowbook::SchemaDialog</name>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>&amp;Drop Column…</source>
        <translation>Spalte &amp;löschen…</translation>
    </message>
    <message>
        <source>Re&amp;name Table</source>
        <translation>Tabelle &amp;umbenennen</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Primary Key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Double-click a column name to rename it.</source>
        <translation>Doppelklicken Sie auf einen Spaltennamen, um ihn umzubenennen.</translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>Spalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Edit Column…</source>
        <translation>Spalte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Index name</source>
        <translation>Name des Index</translation>
    </message>
    <message>
        <source>&amp;Index Selected Columns</source>
        <translation>Ausgewählte Spalten &amp;indizieren</translation>
    </message>
    <message>
        <source>Drop &amp;Index</source>
        <translation>Index &amp;entfernen</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Drop &amp;Table…</source>
        <translation>&amp;Tabelle löschen…</translation>
    </message>
    <message>
        <source>Waiting for another program to release the database (attempt %1)…</source>
        <translation>Warten, bis ein anderes Programm die Datenbank freigibt (Versuch %1)…</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This cannot be undone; a backup of the file is made first and kept in %1.</source>
        <translation>Dies kann nicht rückgängig gemacht werden; vorher wird eine Sicherung der Datei erstellt und in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” has %2 rows, more than the %3 that undo keeps in memory.</source>
        <translation>„%1“ hat %2 Zeilen, mehr als die %3, die das Rückgängigmachen im Speicher hält.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Sie können dies mit Bearbeiten → Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo; a backup of the file is also made first and kept in %1.</source>
        <translation>Sie können dies mit Bearbeiten → Rückgängig zurücknehmen; zusätzlich wird vorher eine Sicherung der Datei erstellt und in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A backup is still being made; try again in a moment.</source>
        <translation>Es wird noch eine Sicherung erstellt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Backing up the file before the column is changed…</source>
        <translation>Die Datei wird gesichert, bevor die Spalte geändert wird…</translation>
    </message>
    <message>
        <source>Backing up the file before the column is dropped…</source>
        <translation>Die Datei wird gesichert, bevor die Spalte gelöscht wird…</translation>
    </message>
    <message>
        <source>The column was not changed: the backup before it was canceled.</source>
        <translation>Die Spalte wurde nicht geändert: Die vorherige Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The column was not dropped: the backup before it was canceled.</source>
        <translation>Die Spalte wurde nicht gelöscht: Die vorherige Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The column was not changed: the backup before it failed (%1).</source>
        <translation>Die Spalte wurde nicht geändert: Die vorherige Sicherung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The column was not dropped: the backup before it failed (%1).</source>
        <translation>Die Spalte wurde nicht gelöscht: Die vorherige Sicherung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Column “%1” changed; the backup made before is %2.</source>
        <translation>Spalte „%1“ geändert; die vorher erstellte Sicherung ist %2.</translation>
    </message>
    <message>
        <source>Another change is still being saved; try again in a moment.</source>
        <translation>Eine andere Änderung wird noch gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 The content before it is kept in the backup %2.</source>
        <translation>%1 Der vorherige Inhalt bleibt in der Sicherung %2 erhalten.</translation>
    </message>
    <message>
        <source>Select the one column to drop.</source>
        <translation>Wählen Sie die eine zu löschende Spalte aus.</translation>
    </message>
    <message>
        <source>Drop column %1</source>
        <translation>Spalte %1 löschen</translation>
    </message>
    <message>
        <source>Drop column “%1” and its values from “%2”?</source>
        <translation>Spalte „%1“ samt ihren Werten aus „%2“ löschen?</translation>
    </message>
    <message>
        <source>Select the one column to change.</source>
        <translation>Wählen Sie die eine zu ändernde Spalte aus.</translation>
    </message>
    <message>
        <source>Change column %1</source>
        <translation>Spalte %1 ändern</translation>
    </message>
    <message>
        <source>Select the index to drop.</source>
        <translation>Wählen Sie den zu entfernenden Index aus.</translation>
    </message>
    <message>
        <source>Drop “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 (%2, unique)</source>
        <translation>%1 (%2, eindeutig)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This cannot be undone: Rowbook keeps no copy of a server database (the server&apos;s own backups or pg_dump do).</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Rowbook behält keine Kopie einer Serverdatenbank (das tun die Sicherungen des Servers oder pg_dump).</translation>
    </message>
    <message>
        <source>New co&amp;lumn:</source>
        <translation>Neue &amp;Spalte:</translation>
    </message>
    <message>
        <source>De&amp;fault:</source>
        <translation>S&amp;tandardwert:</translation>
    </message>
    <message>
        <source>Optional: the value rows get when none is given.</source>
        <translation>Optional: der Wert, den Zeilen ohne eigenen Wert bekommen.</translation>
    </message>
</context>
<context>
    <name>rowbook::SchemaRunner</name>
    <message>
        <source>It is not in the undo history: %1</source>
        <translation>Sie steht nicht im Rückgängig-Verlauf: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Another program kept the database locked.</source>
        <translation>Ein anderes Programm hielt die Datenbank gesperrt.</translation>
    </message>
    <message>
        <source>The change would leave rows referring to rows that do not exist.</source>
        <translation>Die Änderung würde Zeilen hinterlassen, die auf nicht vorhandene Zeilen verweisen.</translation>
    </message>
    <message>
        <source>A foreign key of another table refers to what you changed.</source>
        <translation>Ein Fremdschlüssel einer anderen Tabelle verweist auf das, was Sie geändert haben.</translation>
    </message>
    <message>
        <source>Rows in other tables still refer to rows of “%1”.</source>
        <translation>Zeilen anderer Tabellen verweisen noch auf Zeilen von „%1“.</translation>
    </message>
    <message>
        <source>The column has repeated values, so it cannot be made unique.</source>
        <translation>Die Spalte hat wiederholte Werte und kann daher nicht eindeutig werden.</translation>
    </message>
    <message>
        <source>Some rows have no value where one is now required.</source>
        <translation>Einige Zeilen haben keinen Wert, wo jetzt einer erforderlich ist.</translation>
    </message>
    <message>
        <source>A view or trigger uses what you changed; change or drop it first.</source>
        <translation>Eine Sicht oder ein Trigger verwendet das, was Sie geändert haben; ändern oder löschen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>rowbook::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Grid and panes</source>
        <translation>Raster und Bereiche</translation>
    </message>
    <message>
        <source>SQL console</source>
        <translation>SQL-Konsole</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rowbook::SqlConsole</name>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Run &amp;All</source>
        <translation>A&amp;lles ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run the statement under the cursor, or the selection (Ctrl+Return)</source>
        <translation>Die Anweisung unter dem Cursor oder die Auswahl ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Run the whole script (Ctrl+Shift+Return)</source>
        <translation>Das ganze Skript ausführen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Stop the running statement (Escape)</source>
        <translation>Die laufende Anweisung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Ctrl+Return runs the statement under the cursor or the selection, Ctrl+Shift+Return the whole script, Ctrl+R searches the history.</source>
        <translation>Strg+Eingabe führt die Anweisung unter dem Cursor oder die Auswahl aus, Strg+Umschalt+Eingabe das ganze Skript, Strg+R durchsucht den Verlauf.</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Run the statement under the cursor, or the selection.</source>
        <translation>Die Anweisung unter dem Cursor oder die Auswahl ausführen.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Strg+Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Run the whole script.</source>
        <translation>Das ganze Skript ausführen.</translation>
    </message>
    <message>
        <source>Esc (in the SQL editor)</source>
        <translation>Esc (im SQL-Editor)</translation>
    </message>
    <message>
        <source>Stop the running statement.</source>
        <translation>Die laufende Anweisung abbrechen.</translation>
    </message>
    <message>
        <source>Ctrl+Space (in the SQL editor)</source>
        <translation>Strg+Leertaste (im SQL-Editor)</translation>
    </message>
    <message>
        <source>Complete a keyword, table or column.</source>
        <translation>Ein Schlüsselwort, eine Tabelle oder Spalte vervollständigen.</translation>
    </message>
    <message>
        <source>Ctrl+R (in the SQL editor)</source>
        <translation>Strg+R (im SQL-Editor)</translation>
    </message>
    <message>
        <source>Search the queries run on this database.</source>
        <translation>Die auf dieser Datenbank ausgeführten Abfragen durchsuchen.</translation>
    </message>
    <message>
        <source>SELECT * FROM …</source>
        <translation>SELECT * FROM …</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Cancelled after %1; nothing was changed.</source>
        <translation>Nach %1 abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>Er&amp;klären</translation>
    </message>
    <message>
        <source>Show how the statement under the cursor would run (its query plan), without running it</source>
        <translation>Anzeigen, wie die Anweisung unter dem Cursor ausgeführt würde (ihren Abfrageplan), ohne sie auszuführen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Query Plan</source>
        <translation>Abfrageplan</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>Reading the query plan…</source>
        <translation>Abfrageplan wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no SQL.</source>
        <translation>Die Datei %1 enthält kein SQL.</translation>
    </message>
    <message numerus="yes">
        <source>Running %1: %2 of %n statement(s) done…</source>
        <translation>
            <numerusform>%1 wird ausgeführt: %2 von %n Anweisung erledigt…</numerusform>
            <numerusform>%1 wird ausgeführt: %2 von %n Anweisungen erledigt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Query plan read in %1; nothing was run.</source>
        <translation>Abfrageplan in %1 gelesen; nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>%1
Nothing from the file was applied.</source>
        <translation>%1
Nichts aus der Datei wurde übernommen.</translation>
    </message>
    <message>
        <source>&amp;Save Query…</source>
        <translation>Abfrage &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep the selection, or else the whole text, under a name (Ctrl+Shift+S); Ctrl+R finds it again</source>
        <translation>Die Auswahl oder sonst den ganzen Text unter einem Namen aufbewahren (Strg+Umschalt+S); Strg+R findet ihn wieder</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Strg+Umschalt+S</translation>
    </message>
    <message>
        <source>Save the query under a name.</source>
        <translation>Die Abfrage unter einem Namen speichern.</translation>
    </message>
    <message>
        <source>The server had ended the session, so Rowbook connected again: settings made with SET in earlier runs no longer apply.</source>
        <translation>Der Server hatte die Sitzung beendet, daher hat sich Rowbook neu verbunden: Mit SET in früheren Ausführungen gesetzte Einstellungen gelten nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln Anweisung</numerusform>
            <numerusform>%Ln Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) changed</source>
        <translation>
            <numerusform>%Ln Zeile geändert</numerusform>
            <numerusform>%Ln Zeilen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %Ln (the result of a run that changed data is not read again)</source>
        <translation>
            <numerusform>die ersten %Ln werden angezeigt (das Ergebnis eines Laufs, der Daten geändert hat, wird nicht erneut gelesen)</numerusform>
            <numerusform>die ersten %Ln werden angezeigt (das Ergebnis eines Laufs, der Daten geändert hat, wird nicht erneut gelesen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::SqlEditor</name>
    <message>
        <source>Type SQL here. Ctrl+Return runs the statement under the cursor, Ctrl+Shift+Return the whole script.</source>
        <translation>SQL hier eingeben. Strg+Eingabe führt die Anweisung unter dem Cursor aus, Strg+Umschalt+Eingabe das ganze Skript.</translation>
    </message>
</context>
<context>
    <name>rowbook::SqliteDialect</name>
    <message>
        <source>Views are read-only.</source>
        <translation>Sichten sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>Tables without rowid can be edited with SQLite 3.35 or later; this one is older.</source>
        <translation>Tabellen ohne rowid lassen sich ab SQLite 3.35 bearbeiten; diese Version ist älter.</translation>
    </message>
    <message>
        <source>The table&apos;s columns named rowid, _rowid_ and oid hide the rowid by which its rows are told apart.</source>
        <translation>Die Spalten rowid, _rowid_ und oid der Tabelle verdecken die rowid, an der ihre Zeilen unterschieden werden.</translation>
    </message>
</context>
<context>
    <name>rowbook::StructureDock</name>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The structure could not be read: %1</source>
        <translation>Die Struktur konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rowbook::TableActions</name>
    <message>
        <source>&amp;New Table…</source>
        <translation>&amp;Neue Tabelle…</translation>
    </message>
    <message>
        <source>&amp;Edit Columns…</source>
        <translation>&amp;Spalten bearbeiten…</translation>
    </message>
    <message>
        <source>Waiting for another program to release the database… attempt %1</source>
        <translation>Warten, bis ein anderes Programm die Datenbank freigibt… Versuch %1</translation>
    </message>
    <message>
        <source>Saving your edits first; try again in a moment.</source>
        <translation>Ihre Änderungen werden zuerst gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The table was not dropped: another database was opened meanwhile.</source>
        <translation>Die Tabelle wurde nicht gelöscht: Inzwischen wurde eine andere Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The table was not dropped: the backup before it was canceled.</source>
        <translation>Die Tabelle wurde nicht gelöscht: Die vorherige Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The table was not dropped: the backup before it failed (%1).</source>
        <translation>Die Tabelle wurde nicht gelöscht: Die vorherige Sicherung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The table was not dropped: another backup is still being made. Try again when it is done.</source>
        <translation>Die Tabelle wurde nicht gelöscht: Es wird noch eine andere Sicherung erstellt. Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Another change is still being saved.</source>
        <translation>Eine andere Änderung wird noch gespeichert.</translation>
    </message>
    <message>
        <source>%1 The content before it is kept in the backup %2.</source>
        <translation>%1 Der vorherige Inhalt bleibt in der Sicherung %2 erhalten.</translation>
    </message>
    <message>
        <source>Fill with &amp;Sample Data…</source>
        <translation>Mit &amp;Beispieldaten füllen…</translation>
    </message>
    <message>
        <source>Fill “%1” with %2 sample rows</source>
        <translation>„%1“ mit %2 Beispielzeilen füllen</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sample row(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Beispielzeile zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%Ln Beispielzeilen zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tab was closed before the index was made.</source>
        <translation>Der Tab wurde geschlossen, bevor der Index angelegt war.</translation>
    </message>
</context>
<context>
    <name>rowbook::TableBrowser</name>
    <message>
        <source>There is no table named “%1”.</source>
        <translation>Es gibt keine Tabelle namens „%1“.</translation>
    </message>
    <message>
        <source>This database has no tables yet.</source>
        <translation>Diese Datenbank hat noch keine Tabellen.</translation>
    </message>
    <message>
        <source>This database has no tables yet. Create one with %1 or import a CSV or JSON file with %2</source>
        <translation>Diese Datenbank hat noch keine Tabellen. Legen Sie eine mit %1 an oder importieren Sie eine CSV- oder JSON-Datei mit %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>New Table…</source>
        <translation>Neue Tabelle…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
</context>
<context>
    <name>rowbook::TableList</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>View “%1” (read-only)</source>
        <translation>Sicht „%1“ (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Table “%1”</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>In neuem &amp;Tab öffnen</translation>
    </message>
</context>
<context>
    <name>rowbook::TableModel</name>
    <message>
        <source>There is no table or view named “%1”.</source>
        <translation>Es gibt keine Tabelle oder Sicht namens „%1“.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>no declared type</source>
        <translation>kein deklarierter Typ</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>Keep my value in %1</source>
        <translation>Meinen Wert in %1 behalten</translation>
    </message>
    <message>
        <source>Take the other program&apos;s value in %1</source>
        <translation>Den Wert des anderen Programms in %1 übernehmen</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Zeile duplizieren</translation>
    </message>
    <message>
        <source>Another program deleted the table “%1”.</source>
        <translation>Ein anderes Programm hat die Tabelle „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Row %1 cannot be read while another program writes to the file, so it was not changed. Try again in a moment.</source>
        <translation>Zeile %1 kann nicht gelesen werden, während ein anderes Programm in die Datei schreibt, daher wurde sie nicht geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” is part of the key that identifies this saved row and cannot be changed.</source>
        <translation>„%1“ gehört zum Schlüssel, der diese gespeicherte Zeile bezeichnet, und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>“%1” is numbered by the database and cannot be changed.</source>
        <translation>„%1“ wird von der Datenbank nummeriert und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>A row’s key “%1” is %2, and Rowbook cannot edit tables with keys of 0 or below yet.</source>
        <translation>Der Schlüssel „%1“ einer Zeile ist %2, und Tabellen mit Schlüsseln von 0 oder kleiner kann Rowbook noch nicht bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” must be 1 or more: Rowbook cannot edit rows with keys of 0 or below yet.</source>
        <translation>„%1“ muss 1 oder größer sein: Zeilen mit Schlüsseln von 0 oder kleiner kann Rowbook noch nicht bearbeiten.</translation>
    </message>
    <message>
        <source>the column cannot be changed.</source>
        <translation>Die Spalte kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>its row is no longer among the rows listed (deleted, or left out by the filter).</source>
        <translation>Die Zeile ist nicht mehr unter den aufgeführten Zeilen (gelöscht oder vom Filter ausgeblendet).</translation>
    </message>
    <message>
        <source>its row cannot be read while another program writes to the file.</source>
        <translation>Die Zeile kann nicht gelesen werden, während ein anderes Programm in die Datei schreibt.</translation>
    </message>
    <message>
        <source>the value was changed meanwhile.</source>
        <translation>Der Wert wurde inzwischen geändert.</translation>
    </message>
</context>
<context>
    <name>rowbook::TablePane</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Keine Zeilen</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 — reading rows…</source>
        <translation>%1 — Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3 (filtered from %4)</source>
        <translation>Zeilen %1–%2 von %3 (gefiltert aus %4)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
</context>
<context>
    <name>rowbook::UndoHistory</name>
    <message numerus="yes">
        <source>Delete %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile löschen</numerusform>
            <numerusform>%Ln Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (row had changed)</source>
        <translation>%1 (Zeile hatte sich geändert)</translation>
    </message>
    <message>
        <source>%1 (%2 had changed)</source>
        <translation>%1 (%2 hatte sich geändert)</translation>
    </message>
    <message>
        <source>the row with %1 %2</source>
        <translation>Zeile mit %1 %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 in %2 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>rowbook::ViewActions</name>
    <message>
        <source>Edit &amp;Form</source>
        <translation>Bearbeitungs&amp;formular</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;About Rowbook</source>
        <translation>Ü&amp;ber Rowbook</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Search all columns (Ctrl+F)</source>
        <translation>Alle Spalten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Filter not applied — %1</source>
        <translation>Filter nicht angewendet — %1</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>About Rowbook</source>
        <translation>Über Rowbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rowbook %1&lt;/h3&gt;&lt;p&gt;Browse and edit local SQLite data.&lt;/p&gt;&lt;p&gt;Qt %2, SQLite %3&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rowbook %1&lt;/h3&gt;&lt;p&gt;Lokale SQLite-Daten ansehen und bearbeiten.&lt;/p&gt;&lt;p&gt;Qt %2, SQLite %3&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The new language applies the next time Rowbook starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Rowbook.</translation>
    </message>
    <message>
        <source>Applies When Rowbook Starts Again</source>
        <translation>Gilt nach einem Neustart von Rowbook</translation>
    </message>
    <message>
        <source>Schema &amp;Diagram</source>
        <translation>Sche&amp;madiagramm</translation>
    </message>
    <message>
        <source>Ch&amp;art…</source>
        <translation>Diag&amp;ramm…</translation>
    </message>
    <message>
        <source>Open a table to chart it.</source>
        <translation>Öffnen Sie eine Tabelle, um ein Diagramm davon zu zeichnen.</translation>
    </message>
</context>
<context>
    <name>rowbook::Workspace</name>
    <message>
        <source>The file is damaged, so Rowbook will not write to it. Restore a backup or copy out what can still be read.</source>
        <translation>Die Datei ist beschädigt, daher schreibt Rowbook nicht hinein. Stellen Sie eine Sicherung wieder her oder kopieren Sie heraus, was noch lesbar ist.</translation>
    </message>
</context>
</TS>
