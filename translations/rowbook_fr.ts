<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backup</name>
    <message>
        <source>cannot start the backup</source>
        <translation>impossible de démarrer la sauvegarde</translation>
    </message>
    <message>
        <source>the backup was canceled</source>
        <translation>la sauvegarde a été annulée</translation>
    </message>
    <message>
        <source>the backup failed</source>
        <translation>la sauvegarde a échoué</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>there is no database file %1</source>
        <translation>il n’existe pas de fichier de base de données %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: %2</source>
        <translation>la sauvegarde %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>the current file could not be backed up first, so nothing was restored: %1</source>
        <translation>le fichier actuel n’a pas pu être sauvegardé au préalable, rien n’a donc été restauré : %1</translation>
    </message>
</context>
<context>
    <name>CellClearing</name>
    <message numerus="yes">
        <source>Clear %Ln cell(s)</source>
        <translation>
            <numerusform>Effacer %Ln cellule</numerusform>
            <numerusform>Effacer %Ln cellules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartRender</name>
    <message>
        <source>Other values</source>
        <translation>Autres valeurs</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %Ln value(s)</source>
        <translation>
            <numerusform>%1 à %2 : %Ln valeur</numerusform>
            <numerusform>%1 à %2 : %Ln valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1 : %Ln ligne</numerusform>
            <numerusform>%1 : %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation>%1 : %2, %3 : %4</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 See “rowbook %2 --help”.</source>
        <translation>%1 Voir « rowbook %2 --help ».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: %1
%2

</source>
        <translation>Utilisation : %1
%2

</translation>
    </message>
    <message>
        <source>The SQLite file &lt;path&gt; (default: your own database).</source>
        <translation>Le fichier SQLite &lt;path&gt; (par défaut : votre propre base de données).</translation>
    </message>
    <message>
        <source>rowbook check [--database PATH] [--full]</source>
        <translation>rowbook check [--database CHEMIN] [--full]</translation>
    </message>
    <message>
        <source>Checks that a database file is sound, without changing a byte of it, and prints “ok” or the problems found.</source>
        <translation>Vérifie qu’un fichier de base de données est sain, sans en modifier un octet, et affiche « ok » ou les problèmes trouvés.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  the file is sound
  2  usage error, or there is no such file
  4  the file is damaged
</source>
        <translation>Codes de sortie :
  0  le fichier est sain
  2  erreur d’utilisation, ou le fichier n’existe pas
  4  le fichier est endommagé
</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>Il n’existe pas de fichier de base de données %1.</translation>
    </message>
    <message numerus="yes">
        <source>The database file %1 is damaged (%n problem(s) found); copy its readable rows into a new file with “rowbook recover %1 --output NEW”, or restore a backup.</source>
        <translation>
            <numerusform>Le fichier de base de données %1 est endommagé (%n problème trouvé) ; copiez ses lignes lisibles dans un nouveau fichier avec « rowbook recover %1 --output NOUVEAU », ou restaurez une sauvegarde.</numerusform>
            <numerusform>Le fichier de base de données %1 est endommagé (%n problèmes trouvés) ; copiez ses lignes lisibles dans un nouveau fichier avec « rowbook recover %1 --output NOUVEAU », ou restaurez une sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the recovered rows to &lt;file&gt;, which must not exist.</source>
        <translation>Écrire les lignes récupérées dans &lt;file&gt;, qui ne doit pas exister.</translation>
    </message>
    <message>
        <source>The damaged SQLite file.</source>
        <translation>Le fichier SQLite endommagé.</translation>
    </message>
    <message>
        <source>rowbook recover DAMAGED --output NEW</source>
        <translation>rowbook recover ENDOMMAGÉ --output NOUVEAU</translation>
    </message>
    <message>
        <source>Copies every row that can still be read from a damaged database into a new file, table by table, and leaves the damaged file as it is. Rows whose table cannot be told go into a table named lost_and_found.</source>
        <translation>Copie chaque ligne encore lisible d’une base de données endommagée dans un nouveau fichier, table par table, et laisse le fichier endommagé tel quel. Les lignes dont la table ne peut être déterminée vont dans une table nommée lost_and_found.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  the new file was written
  1  the damaged file cannot be read, or the new file cannot be written
  2  usage error, or there is no such file
</source>
        <translation>Codes de sortie :
  0  le nouveau fichier a été écrit
  1  le fichier endommagé ne peut pas être lu, ou le nouveau fichier ne peut pas être écrit
  2  erreur d’utilisation, ou le fichier n’existe pas
</translation>
    </message>
    <message>
        <source>No damaged file was given.</source>
        <translation>Aucun fichier endommagé n’a été indiqué.</translation>
    </message>
    <message>
        <source>Give exactly one damaged file.</source>
        <translation>Indiquez exactement un fichier endommagé.</translation>
    </message>
    <message>
        <source>No new file was given (--output NEW).</source>
        <translation>Aucun nouveau fichier n’a été indiqué (--output NOUVEAU).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The new file must not be the damaged one.</source>
        <translation>Le nouveau fichier ne doit pas être le fichier endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) recovered
</source>
        <translation>
            <numerusform>%1 : %n ligne récupérée
</numerusform>
            <numerusform>%1 : %n lignes récupérées
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s) could not be read.
</source>
        <translation>
            <numerusform>%n ligne endommagée n’a pas pu être lue.
</numerusform>
            <numerusform>%n lignes endommagées n’ont pas pu être lues.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n row(s) into %1.
</source>
        <translation>
            <numerusform>%n ligne récupérée dans %1.
</numerusform>
            <numerusform>%n lignes récupérées dans %1.
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
        <translation>Codes de sortie :
  0  succès
  1  fichier d’entrée incorrect (le message indique le fichier, la ligne, la colonne et ce qui était attendu),
     ou fichier qui ne peut pas être lu ou écrit
  2  erreur d’utilisation (option erronée, table, encodage ou format inconnu)
  3  la base de données est restée occupée (verrouillée par un autre programme) au-delà du délai prévu
  4  la base de données ne peut pas être écrite (lecture seule, corrompue, version de schéma plus récente, disque plein)
</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>La base de données %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>Import into table &lt;name&gt;; created when it does not exist.</source>
        <translation>Importer dans la table &lt;name&gt; ; elle est créée si elle n’existe pas.</translation>
    </message>
    <message>
        <source>csv or json (default: from the file name; .json, .ndjson and .jsonl are JSON).</source>
        <translation>csv ou json (par défaut : d’après le nom du fichier ; .json, .ndjson et .jsonl sont du JSON).</translation>
    </message>
    <message>
        <source>CSV field delimiter &lt;c&gt;, or &quot;tab&quot; (default: detected; .tsv means tab).</source>
        <translation>Séparateur de champs CSV &lt;c&gt;, ou &quot;tab&quot; (par défaut : détecté ; .tsv signifie tabulation).</translation>
    </message>
    <message>
        <source>CSV text encoding, e.g. latin1, windows-1252, utf-16 (default: UTF-8, or UTF-16 with a byte order mark). JSON is always UTF-8.</source>
        <translation>Encodage du texte CSV, par ex. latin1, windows-1252, utf-16 (par défaut : UTF-8, ou UTF-16 avec indicateur d’ordre des octets). Le JSON est toujours en UTF-8.</translation>
    </message>
    <message>
        <source>The first CSV row is data; columns are named column_1, column_2, ...</source>
        <translation>La première ligne CSV contient des données ; les colonnes sont nommées column_1, column_2, ...</translation>
    </message>
    <message>
        <source>Empty the table first (in the same transaction).</source>
        <translation>Vider d’abord la table (dans la même transaction).</translation>
    </message>
    <message>
        <source>Give a column of a new table the type integer, real, text, date or boolean instead of the inferred one (repeatable).</source>
        <translation>Donner à une colonne d’une nouvelle table le type integer, real, text, date ou boolean au lieu du type déduit (répétable).</translation>
    </message>
    <message>
        <source>The CSV or JSON file to import.</source>
        <translation>Le fichier CSV ou JSON à importer.</translation>
    </message>
    <message>
        <source>rowbook import FILE --table NAME [options]</source>
        <translation>rowbook import FICHIER --table NOM [options]</translation>
    </message>
    <message>
        <source>Imports a CSV or JSON file into a table, all rows or none. Column names come from the header (or the JSON keys); a new table&apos;s types come from the data or --type, an existing table&apos;s own types decide how values are stored.</source>
        <translation>Importe un fichier CSV ou JSON dans une table, toutes les lignes ou aucune. Les noms de colonnes viennent de l’en-tête (ou des clés JSON) ; les types d’une nouvelle table viennent des données ou de --type, ceux d’une table existante décident de la façon dont les valeurs sont stockées.</translation>
    </message>
    <message>
        <source>No file to import was given.</source>
        <translation>Aucun fichier à importer n’a été indiqué.</translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation>Indiquez exactement un fichier à importer.</translation>
    </message>
    <message>
        <source>No table was given (--table NAME).</source>
        <translation>Aucune table n’a été indiquée (--table NOM).</translation>
    </message>
    <message>
        <source>Unknown format “%1” (expected csv or json).</source>
        <translation>Format inconnu « %1 » (attendu : csv ou json).</translation>
    </message>
    <message>
        <source>The delimiter must be one character or &quot;tab&quot;, not “%1”.</source>
        <translation>Le séparateur doit être un caractère ou &quot;tab&quot;, pas « %1 ».</translation>
    </message>
    <message>
        <source>--type takes COLUMN=TYPE with a type of integer, real, text, date or boolean, not “%1”.</source>
        <translation>--type attend COLONNE=TYPE avec un type integer, real, text, date ou boolean, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>Encodage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>%1: the file does not exist or is not a file.</source>
        <translation>%1 : le fichier n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2</source>
        <translation>La base de données %1 ne peut pas être écrite : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1
</source>
        <translation>
            <numerusform>%n ligne importée dans %1
</numerusform>
            <numerusform>%n lignes importées dans %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Export table (or view) &lt;name&gt;.</source>
        <translation>Exporter la table (ou la vue) &lt;name&gt;.</translation>
    </message>
    <message>
        <source>csv or json (default: from the output file name, else csv).</source>
        <translation>csv ou json (par défaut : d’après le nom du fichier de sortie, sinon csv).</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>Écrire dans &lt;file&gt; au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>rowbook export --table NAME [options]</source>
        <translation>rowbook export --table NOM [options]</translation>
    </message>
    <message>
        <source>Writes a table as CSV (RFC 4180, UTF-8, header row, NULL as an empty field) or JSON (an array of objects).</source>
        <translation>Écrit une table en CSV (RFC 4180, UTF-8, ligne d’en-tête, NULL comme champ vide) ou en JSON (un tableau d’objets).</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>La sortie standard ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>Another program wrote to the database during the export, so the output may mix old and new rows; run the export again.</source>
        <translation>Un autre programme a écrit dans la base de données pendant l’export, la sortie peut donc mélanger anciennes et nouvelles lignes ; relancez l’export.</translation>
    </message>
    <message>
        <source>sqlite or postgresql (default: sqlite). PostgreSQL gets the types of “rowbook copy”.</source>
        <translation>sqlite ou postgresql (par défaut : sqlite). PostgreSQL reçoit les types de « rowbook copy ».</translation>
    </message>
    <message>
        <source>Only the schema: tables, indexes, views, triggers.</source>
        <translation>Uniquement le schéma : tables, index, vues, déclencheurs.</translation>
    </message>
    <message>
        <source>Only the rows, for tables that exist already.</source>
        <translation>Uniquement les lignes, pour des tables qui existent déjà.</translation>
    </message>
    <message>
        <source>Dump only table &lt;name&gt; (repeatable; default: every table and the views).</source>
        <translation>N’exporter que la table &lt;name&gt; (répétable ; par défaut : toutes les tables et les vues).</translation>
    </message>
    <message>
        <source>rowbook dump [--database PATH] [--dialect sqlite|postgresql] [--schema-only | --data-only] [--table NAME]... [--output FILE]</source>
        <translation>rowbook dump [--database CHEMIN] [--dialect sqlite|postgresql] [--schema-only | --data-only] [--table NOM]... [--output FICHIER]</translation>
    </message>
    <message>
        <source>Writes the database as one SQL script: the schema in dependency order, the rows as multi-row INSERTs, all in one transaction. Load it with “sqlite3 new.db &lt; dump.sql” or “psql -v ON_ERROR_STOP=1 -f dump.sql”.</source>
        <translation>Écrit la base de données en un seul script SQL : le schéma dans l’ordre des dépendances, les lignes en INSERT multilignes, le tout dans une transaction. Chargez-le avec « sqlite3 new.db &lt; dump.sql » ou « psql -v ON_ERROR_STOP=1 -f dump.sql ».</translation>
    </message>
    <message>
        <source>--schema-only and --data-only exclude each other.</source>
        <translation>--schema-only et --data-only s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>Unknown dialect “%1” (expected sqlite or postgresql).</source>
        <translation>Dialecte inconnu « %1 » (attendu : sqlite ou postgresql).</translation>
    </message>
    <message>
        <source>rowbook dump: note: %1
</source>
        <translation>rowbook dump : remarque : %1
</translation>
    </message>
    <message>
        <source>Another program wrote to the database during the dump, so the script may mix old and new rows; run the dump again.</source>
        <translation>Un autre programme a écrit dans la base de données pendant le dump, le script peut donc mélanger anciennes et nouvelles lignes ; relancez le dump.</translation>
    </message>
    <message numerus="yes">
        <source>Dumped %n row(s) to %1 (%2).
</source>
        <translation>
            <numerusform>%n ligne exportée dans %1 (%2).
</numerusform>
            <numerusform>%n lignes exportées dans %1 (%2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill table &lt;name&gt;.</source>
        <translation>Remplir la table &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Add &lt;n&gt; rows.</source>
        <translation>Ajouter &lt;n&gt; lignes.</translation>
    </message>
    <message>
        <source>Start the generator at &lt;s&gt; (default: from the clock, printed so the rows can be made again).</source>
        <translation>Démarrer le générateur à &lt;s&gt; (par défaut : d’après l’horloge, affiché pour pouvoir recréer les mêmes lignes).</translation>
    </message>
    <message>
        <source>rowbook populate [--database PATH] --table NAME --rows N [--seed S]</source>
        <translation>rowbook populate [--database CHEMIN] --table NOM --rows N [--seed S]</translation>
    </message>
    <message>
        <source>Adds N rows of believable sample data: a generator per column chosen from its name, type and constraints (NOT NULL, UNIQUE, simple CHECKs, foreign keys sampled from the parent&apos;s keys), in one transaction. The same seed gives the same rows.</source>
        <translation>Ajoute N lignes de données d’exemple crédibles : un générateur par colonne choisi d’après son nom, son type et ses contraintes (NOT NULL, UNIQUE, CHECK simples, clés étrangères tirées des clés de la table parente), en une transaction. La même graine donne les mêmes lignes.</translation>
    </message>
    <message>
        <source>--rows needs a whole number of at least 1.</source>
        <translation>--rows attend un nombre entier d’au moins 1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>rowbook populate: %1
</source>
        <translation>rowbook populate : %1
</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s) to %1 (seed %2).
</source>
        <translation>
            <numerusform>%n ligne ajoutée à %1 (graine %2).
</numerusform>
            <numerusform>%n lignes ajoutées à %1 (graine %2).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt;, which must not exist (default: the backups folder beside the database, keeping the newest %1).</source>
        <translation>Écrire la sauvegarde dans &lt;file&gt;, qui ne doit pas exister (par défaut : le dossier des sauvegardes à côté de la base de données, en gardant les %1 plus récentes).</translation>
    </message>
    <message>
        <source>rowbook backup [--database PATH] [--output FILE]</source>
        <translation>rowbook backup [--database CHEMIN] [--output FICHIER]</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database with SQLite&apos;s online backup API (safe while Rowbook or another program is writing), and prints its path.</source>
        <translation>Écrit une copie cohérente de la base de données avec l’API de sauvegarde en ligne de SQLite (sûre pendant que Rowbook ou un autre programme écrit), et affiche son chemin.</translation>
    </message>
    <message>
        <source>No backup of %1 was written (%2): %3</source>
        <translation>Aucune sauvegarde de %1 n’a été écrite (%2) : %3</translation>
    </message>
    <message>
        <source>The database to copy from: a SQLite file or a postgresql:// URI.</source>
        <translation>La base de données source : un fichier SQLite ou une URI postgresql://.</translation>
    </message>
    <message>
        <source>The database to copy into: a PostgreSQL URI when --from is a file, a SQLite file (created when missing) when --from is a URI. The copied tables must not exist there yet.</source>
        <translation>La base de données cible : une URI PostgreSQL si --from est un fichier, un fichier SQLite (créé s’il manque) si --from est une URI. Les tables copiées ne doivent pas encore y exister.</translation>
    </message>
    <message>
        <source>Copy only table &lt;name&gt; (repeatable; default: every table).</source>
        <translation>Ne copier que la table &lt;name&gt; (répétable ; par défaut : toutes les tables).</translation>
    </message>
    <message>
        <source>Usage: rowbook copy --from DATABASE --to DATABASE [--table NAME]...
Copies tables between a SQLite file and a PostgreSQL database, creating them on the target (types, keys, indexes, constraints; see docs/postgresql.md), all or nothing.
A PostgreSQL database is named by a URI such as postgresql://user@host:5432/dbname or postgresql:///dbname?host=/run/postgresql; the password comes from PGPASSWORD or ~/.pgpass.

</source>
        <translation>Utilisation : rowbook copy --from BASE --to BASE [--table NOM]...
Copie des tables entre un fichier SQLite et une base de données PostgreSQL, en les créant sur la cible (types, clés, index, contraintes ; voir docs/postgresql.md), tout ou rien.
Une base PostgreSQL est désignée par une URI telle que postgresql://user@host:5432/dbname ou postgresql:///dbname?host=/run/postgresql ; le mot de passe vient de PGPASSWORD ou de ~/.pgpass.

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
Codes de sortie :
  0  succès
  1  la source ne peut pas être lue, une table copiée existe déjà sur la cible, ou une valeur ne convient pas à la cible (rien n’a été copié)
  2  erreur d’utilisation (option erronée, table inconnue, deux fichiers ou deux URI)
  3  la cible est restée occupée (verrouillée par un autre programme)
  4  la cible ne peut pas être ouverte ou écrite
</translation>
    </message>
    <message>
        <source>No source was given (--from DATABASE).</source>
        <translation>Aucune source n’a été indiquée (--from BASE).</translation>
    </message>
    <message>
        <source>No target was given (--to DATABASE).</source>
        <translation>Aucune cible n’a été indiquée (--to BASE).</translation>
    </message>
    <message>
        <source>rowbook copy: %1% (%2 of %3 rows), table “%4”
</source>
        <translation>rowbook copy : %1 % (%2 lignes sur %3), table « %4 »
</translation>
    </message>
    <message>
        <source>rowbook copy: note: %1
</source>
        <translation>rowbook copy : remarque : %1
</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2 (%3).
</source>
        <translation>
            <numerusform>%n ligne copiée de %1 vers %2 (%3).
</numerusform>
            <numerusform>%n lignes copiées de %1 vers %2 (%3).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: rowbook query [--database DB] [--format csv|json|table] [--output FILE]
                     [--file SCRIPT | SQL | -]
Runs SQL on a database and prints what it returns. A run that only reads never changes the file; a run that writes is one transaction (all or nothing) that waits for another program&apos;s lock as saving in the window does. BEGIN, COMMIT and ROLLBACK are refused, except one outer BEGIN … COMMIT around a --file script (as sqlite3 .dump writes it). - reads the SQL from standard input.
Output: csv (a header row, NULL as an empty field, &apos;&apos; as &quot;&quot;, as rowbook export), json (an array of objects) or table (aligned text; the default when standard output is a terminal, csv otherwise). Each statement that returns rows gives one result: csv and table results are separated by an empty line, json gives one array per result.

</source>
        <translation>Utilisation : rowbook query [--database BASE] [--format csv|json|table] [--output FICHIER]
                            [--file SCRIPT | SQL | -]
Exécute du SQL sur une base de données et affiche ce qu’il renvoie. Une exécution qui ne fait que lire ne modifie jamais le fichier ; une exécution qui écrit est une transaction (tout ou rien) qui attend le verrou d’un autre programme comme l’enregistrement dans la fenêtre. BEGIN, COMMIT et ROLLBACK sont refusés, sauf un BEGIN … COMMIT extérieur autour d’un script --file (tel que l’écrit sqlite3 .dump). - lit le SQL sur l’entrée standard.
Sortie : csv (une ligne d’en-tête, NULL comme champ vide, &apos;&apos; comme &quot;&quot;, comme rowbook export), json (un tableau d’objets) ou table (texte aligné ; par défaut quand la sortie standard est un terminal, csv sinon). Chaque instruction qui renvoie des lignes donne un résultat : les résultats csv et table sont séparés par une ligne vide, json donne un tableau par résultat.

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
Codes de sortie :
  0  succès
  1  erreur SQL (le message indique la ligne et la colonne, et le fichier avec --file)
  2  erreur d’utilisation (option erronée, base de données ou script manquant)
  3  la base de données est restée occupée (verrouillée par un autre programme) au-delà du délai prévu
  4  le fichier de sortie ou la base de données ne peut pas être écrit
</translation>
    </message>
    <message>
        <source>csv, json or table.</source>
        <translation>csv, json ou table.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output (replaced only when the run succeeds).</source>
        <translation>Écrire dans &lt;file&gt; au lieu de la sortie standard (remplacé seulement si l’exécution réussit).</translation>
    </message>
    <message>
        <source>Run the SQL script &lt;file&gt;: many statements, one transaction.</source>
        <translation>Exécuter le script SQL &lt;file&gt; : plusieurs instructions, une transaction.</translation>
    </message>
    <message>
        <source>Wait up to &lt;seconds&gt; for another program&apos;s lock before giving up with exit code 3 (default: 30).</source>
        <translation>Attendre jusqu’à &lt;seconds&gt; le verrou d’un autre programme avant d’abandonner avec le code de sortie 3 (par défaut : 30).</translation>
    </message>
    <message>
        <source>The SQL to run, or - to read it from standard input.</source>
        <translation>Le SQL à exécuter, ou - pour le lire sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Give the SQL as one argument (quote it).</source>
        <translation>Indiquez le SQL en un seul argument (entre guillemets).</translation>
    </message>
    <message>
        <source>Give either --file or SQL, not both.</source>
        <translation>Indiquez soit --file, soit du SQL, pas les deux.</translation>
    </message>
    <message>
        <source>No SQL was given.</source>
        <translation>Aucun SQL n’a été indiqué.</translation>
    </message>
    <message>
        <source>Unknown format “%1” (expected csv, json or table).</source>
        <translation>Format inconnu « %1 » (attendu : csv, json ou table).</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not “%1”.</source>
        <translation>--wait attend un nombre de secondes, pas « %1 ».</translation>
    </message>
    <message>
        <source>The script %1 cannot be read: %2.</source>
        <translation>Le script %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2.</translation>
    </message>
    <message>
        <source>The output cannot be written: %1.</source>
        <translation>La sortie ne peut pas être écrite : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s).
</source>
        <translation>
            <numerusform>%n ligne modifiée.
</numerusform>
            <numerusform>%n lignes modifiées.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the slower, complete integrity check (SQLite’s integrity_check) instead of the quick one.</source>
        <translation>Lancer la vérification d’intégrité complète, plus lente (integrity_check de SQLite), au lieu de la vérification rapide.</translation>
    </message>
    <message>
        <source>Write the diagram to &lt;file&gt;: .svg or .png.</source>
        <translation>Écrire le diagramme dans &lt;file&gt; : .svg ou .png.</translation>
    </message>
    <message>
        <source>rowbook diagram [--database PATH] --output FILE.svg|FILE.png</source>
        <translation>rowbook diagram [--database CHEMIN] --output FICHIER.svg|FICHIER.png</translation>
    </message>
    <message>
        <source>Draws the schema: every table and view as a box listing its columns with their types, primary and foreign keys marked, and an arrow for each foreign key, laid out as in View → Schema Diagram.</source>
        <translation>Dessine le schéma : chaque table et vue sous forme de boîte listant ses colonnes avec leurs types, clés primaires et étrangères repérées, et une flèche pour chaque clé étrangère, disposé comme dans Affichage → Diagramme du schéma.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 the output file cannot be written, 2 usage error (no --output, not .svg or .png, no such database), 3 the database stayed busy, 4 the database cannot be opened.
</source>
        <translation>
Codes de sortie : 0 succès, 1 le fichier de sortie ne peut pas être écrit, 2 erreur d’utilisation (pas de --output, ni .svg ni .png, base de données inexistante), 3 la base de données est restée occupée, 4 la base de données ne peut pas être ouverte.
</translation>
    </message>
    <message>
        <source>No output file was given (--output FILE.svg or FILE.png).</source>
        <translation>Aucun fichier de sortie n’a été indiqué (--output FICHIER.svg ou FICHIER.png).</translation>
    </message>
    <message>
        <source>%1 is neither .svg nor .png; the diagram is written as SVG or PNG.</source>
        <translation>%1 n’est ni .svg ni .png ; le diagramme est écrit en SVG ou en PNG.</translation>
    </message>
    <message>
        <source>Drawing needs a QGuiApplication.</source>
        <translation>Le dessin nécessite une QGuiApplication.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the diagram of %n table(s) and view(s) to %1.
</source>
        <translation>
            <numerusform>Diagramme de %n table ou vue écrit dans %1.
</numerusform>
            <numerusform>Diagramme de %n tables et vues écrit dans %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The SQLite file &lt;path&gt; or a PostgreSQL URI postgresql://[user@][host][:port]/dbname (default: your own database).</source>
        <translation>Le fichier SQLite &lt;path&gt; ou une URI PostgreSQL postgresql://[user@][host][:port]/dbname (par défaut : votre propre base de données).</translation>
    </message>
    <message>
        <source>A server database is checked by its server (amcheck).</source>
        <translation>Une base de données serveur est vérifiée par son serveur (amcheck).</translation>
    </message>
    <message>
        <source>A server database is recovered by its server (WAL, pg_dump backups).</source>
        <translation>Une base de données serveur est restaurée par son serveur (WAL, sauvegardes pg_dump).</translation>
    </message>
    <message>
        <source>A server database is backed up by its server (pg_dump).</source>
        <translation>Une base de données serveur est sauvegardée par son serveur (pg_dump).</translation>
    </message>
    <message>
        <source>“rowbook %1” works on SQLite files, and %2 is a server database. %3</source>
        <translation>« rowbook %1 » travaille sur des fichiers SQLite, et %2 est une base de données serveur. %3</translation>
    </message>
</context>
<context>
    <name>ClipboardFormat</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (true/false, yes/no or 1/0).</source>
        <translation>« %1 » n’est ni oui ni non (true/false, yes/no ou 1/0).</translation>
    </message>
    <message>
        <source>Binary values cannot be pasted as text.</source>
        <translation>Les valeurs binaires ne peuvent pas être collées comme texte.</translation>
    </message>
    <message>
        <source>“%1” does not fit this column.</source>
        <translation>« %1 » ne convient pas à cette colonne.</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Il n’y a rien à coller.</translation>
    </message>
    <message>
        <source>This table cannot be edited.</source>
        <translation>Cette table ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>“%1” is numbered by the database and cannot be changed.</source>
        <translation>« %1 » est numéroté par la base de données et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>A value is required in “%1”.</source>
        <translation>Une valeur est obligatoire dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>ColumnChange</name>
    <message numerus="yes">
        <source>“%1” is empty in %Ln row(s) (%2), so it cannot be made required; nothing was changed.</source>
        <translation>
            <numerusform>« %1 » est vide dans %Ln ligne (%2), elle ne peut donc pas devenir obligatoire ; rien n’a été modifié.</numerusform>
            <numerusform>« %1 » est vide dans %Ln lignes (%2), elle ne peut donc pas devenir obligatoire ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) of “%1” repeat, for example “%2” in %3, so the column cannot be made unique; nothing was changed.</source>
        <translation>
            <numerusform>%Ln valeur de « %1 » se répète, par exemple « %2 » dans %3, la colonne ne peut donc pas devenir unique ; rien n’a été modifié.</numerusform>
            <numerusform>%Ln valeurs de « %1 » se répètent, par exemple « %2 » dans %3, la colonne ne peut donc pas devenir unique ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of “%1” refer to no row of “%2” (%3), so the foreign key cannot be added; nothing was changed.</source>
        <translation>
            <numerusform>%Ln ligne de « %1 » ne fait référence à aucune ligne de « %2 » (%3), la clé étrangère ne peut donc pas être ajoutée ; rien n’a été modifié.</numerusform>
            <numerusform>%Ln lignes de « %1 » ne font référence à aucune ligne de « %2 » (%3), la clé étrangère ne peut donc pas être ajoutée ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has a COLLATE, CHECK or generated clause that Rowbook cannot carry over, so it cannot change the column.</source>
        <translation>« %1 » a une clause COLLATE, CHECK ou générée que Rowbook ne peut pas reprendre, il ne peut donc pas modifier la colonne.</translation>
    </message>
    <message>
        <source>Change column “%1” of “%2”.</source>
        <translation>Modifier la colonne « %1 » de « %2 ».</translation>
    </message>
    <message>
        <source>There is no column “%1” in a table “%2”.</source>
        <translation>Il n’existe pas de colonne « %1 » dans une table « %2 ».</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Rowbook cannot read how “%1” was created, so it cannot change the column.</source>
        <translation>Rowbook ne peut pas lire comment « %1 » a été créée, il ne peut donc pas modifier la colonne.</translation>
    </message>
    <message>
        <source>“%1” is part of the primary key, so its type cannot be changed.</source>
        <translation>« %1 » fait partie de la clé primaire, son type ne peut donc pas être modifié.</translation>
    </message>
    <message>
        <source>There is no column “%1” in a table “%2” to refer to.</source>
        <translation>Il n’existe pas de colonne « %1 » dans une table « %2 » à laquelle faire référence.</translation>
    </message>
    <message>
        <source>“%1” of “%2” is neither the primary key nor unique, so rows cannot refer to it.</source>
        <translation>« %1 » de « %2 » n’est ni la clé primaire ni unique, les lignes ne peuvent donc pas y faire référence.</translation>
    </message>
    <message>
        <source>no key to name them by</source>
        <translation>aucune clé pour les nommer</translation>
    </message>
    <message>
        <source>“%1” is not a column type; choose one from the list.</source>
        <translation>« %1 » n’est pas un type de colonne ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>A column on a PostgreSQL server needs a type; choose one from the list.</source>
        <translation>Une colonne sur un serveur PostgreSQL doit avoir un type ; choisissez-en un dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is longer than %2 characters in %Ln row(s) (%3), so its type cannot be %4; nothing was changed.</source>
        <translation>
            <numerusform>« %1 » dépasse %2 caractères dans %Ln ligne (%3), son type ne peut donc pas être %4 ; rien n’a été modifié.</numerusform>
            <numerusform>« %1 » dépasse %2 caractères dans %Ln lignes (%3), son type ne peut donc pas être %4 ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server knows no type “%1”; choose one from the list.</source>
        <translation>Le serveur ne connaît pas de type « %1 » ; choisissez-en un dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds a value longer than %2 characters in %Ln row(s) (%3), so its type cannot be %4; nothing was changed.</source>
        <translation>
            <numerusform>« %1 » contient une valeur de plus de %2 caractères dans %Ln ligne (%3), son type ne peut donc pas être %4 ; rien n’a été modifié.</numerusform>
            <numerusform>« %1 » contient une valeur de plus de %2 caractères dans %Ln lignes (%3), son type ne peut donc pas être %4 ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds a value of more than one byte in %Ln row(s) (%2), so its type cannot be %3; nothing was changed.</source>
        <translation>
            <numerusform>« %1 » contient une valeur de plus d’un octet dans %Ln ligne (%2), son type ne peut donc pas être %3 ; rien n’a été modifié.</numerusform>
            <numerusform>« %1 » contient une valeur de plus d’un octet dans %Ln lignes (%2), son type ne peut donc pas être %3 ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds a value of more than one character in %Ln row(s) (%2), so its type cannot be %3; nothing was changed.</source>
        <translation>
            <numerusform>« %1 » contient une valeur de plus d’un caractère dans %Ln ligne (%2), son type ne peut donc pas être %3 ; rien n’a été modifié.</numerusform>
            <numerusform>« %1 » contient une valeur de plus d’un caractère dans %Ln lignes (%2), son type ne peut donc pas être %3 ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>commande inconnue « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2; a new database file needs an extension such as .sqlite).</source>
        <translation>commande inconnue « %1 » (commandes : %2 ; un nouveau fichier de base de données a besoin d’une extension comme .sqlite).</translation>
    </message>
</context>
<context>
    <name>ConflictCommands</name>
    <message>
        <source>Discard edits to a deleted row</source>
        <translation>Abandonner les modifications d’une ligne supprimée</translation>
    </message>
    <message>
        <source>Insert a deleted row again</source>
        <translation>Réinsérer une ligne supprimée</translation>
    </message>
</context>
<context>
    <name>CopyJob</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>Il n’existe pas de fichier de base de données %1.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>La base de données %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2</source>
        <translation>La base de données %1 ne peut pas être écrite : %2</translation>
    </message>
    <message>
        <source>The target cannot be written: %1</source>
        <translation>La cible ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <source>The copy could not be committed: %1</source>
        <translation>La copie n’a pas pu être validée : %1</translation>
    </message>
    <message>
        <source>Table “%1”: %2</source>
        <translation>Table « %1 » : %2</translation>
    </message>
    <message>
        <source>Table “%1”, row %2: %3</source>
        <translation>Table « %1 », ligne %2 : %3</translation>
    </message>
    <message>
        <source>Table “%1”, rows %2–%3: %4</source>
        <translation>Table « %1 », lignes %2–%3 : %4</translation>
    </message>
    <message>
        <source>Both sides are PostgreSQL databases; copy copies between a SQLite file and a PostgreSQL database.</source>
        <translation>Les deux côtés sont des bases PostgreSQL ; copy copie entre un fichier SQLite et une base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>Both sides are SQLite files; copy copies between a SQLite file and a PostgreSQL database (postgresql://...). For a copy of a SQLite file, use “rowbook backup --output FILE”.</source>
        <translation>Les deux côtés sont des fichiers SQLite ; copy copie entre un fichier SQLite et une base de données PostgreSQL (postgresql://...). Pour copier un fichier SQLite, utilisez « rowbook backup --output FICHIER ».</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: %1 already has %Ln table(s) of the same name (“%2”). Copy into an empty database or choose the tables with --table.</source>
        <translation>
            <numerusform>Rien n’a été copié : %1 a déjà %Ln table du même nom (« %2 »). Copiez dans une base de données vide ou choisissez les tables avec --table.</numerusform>
            <numerusform>Rien n’a été copié : %1 a déjà %Ln tables du même nom (« %2 »). Copiez dans une base de données vide ou choisissez les tables avec --table.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>La copie a été annulée ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>Table “%1” cannot be read: %2</source>
        <translation>La table « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>Rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>CopyPlan</name>
    <message>
        <source>There is no table “%1” in the source database.</source>
        <translation>Il n’existe pas de table « %1 » dans la base de données source.</translation>
    </message>
    <message>
        <source>The columns of table “%1” cannot be read: %2</source>
        <translation>Les colonnes de la table « %1 » ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>The constraints of table “%1” cannot be read: %2</source>
        <translation>Les contraintes de la table « %1 » ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>The foreign key of table “%1” to “%2” is not copied: “%2” is not copied.</source>
        <translation>La clé étrangère de la table « %1 » vers « %2 » n’est pas copiée : « %2 » n’est pas copiée.</translation>
    </message>
    <message>
        <source>%1 of table “%2” is not copied: SQLite would not read it the same way.</source>
        <translation>%1 de la table « %2 » n’est pas copié : SQLite ne le lirait pas de la même façon.</translation>
    </message>
    <message>
        <source>Constraint %1 of table “%2” is not copied.</source>
        <translation>La contrainte %1 de la table « %2 » n’est pas copiée.</translation>
    </message>
    <message>
        <source>Column “%1” of table “%2” %3.</source>
        <translation>La colonne « %1 » de la table « %2 » %3.</translation>
    </message>
    <message>
        <source>Column “%1” of table “%2” loses its automatic numbering: only a single-column integer primary key keeps it.</source>
        <translation>La colonne « %1 » de la table « %2 » perd sa numérotation automatique : seule une clé primaire entière sur une colonne la conserve.</translation>
    </message>
    <message>
        <source>The default of column “%1” of table “%2” (%3) is not copied: it is not a plain value.</source>
        <translation>La valeur par défaut de la colonne « %1 » de la table « %2 » (%3) n’est pas copiée : ce n’est pas une valeur simple.</translation>
    </message>
    <message>
        <source>Index “%1” of table “%2” is not copied: it is a partial or expression index.</source>
        <translation>L’index « %1 » de la table « %2 » n’est pas copié : c’est un index partiel ou sur expression.</translation>
    </message>
    <message>
        <source>Table “%1” cannot be read: %2</source>
        <translation>La table « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>Column “%1” of table “%2” (%3) %4.</source>
        <translation>La colonne « %1 » de la table « %2 » (%3) %4.</translation>
    </message>
    <message>
        <source>CHECK (%1) of table “%2” is not copied: PostgreSQL would not read it the same way.</source>
        <translation>CHECK (%1) de la table « %2 » n’est pas copié : PostgreSQL ne le lirait pas de la même façon.</translation>
    </message>
    <message>
        <source>Views and triggers are not copied.</source>
        <translation>Les vues et les déclencheurs ne sont pas copiés.</translation>
    </message>
    <message>
        <source>The columns of table “%1” cannot be read.</source>
        <translation>Les colonnes de la table « %1 » ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The triggers of the dumped tables are dropped while the rows go in and created again after them.</source>
        <translation>Les déclencheurs des tables exportées sont supprimés pendant l’insertion des lignes et recréés ensuite.</translation>
    </message>
    <message>
        <source>Views are dumped only with every table.</source>
        <translation>Les vues ne sont exportées qu’avec toutes les tables.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table “%1” refer to rows of “%2” that do not exist.</source>
        <translation>
            <numerusform>%n ligne de la table « %1 » fait référence à des lignes de « %2 » qui n’existent pas.</numerusform>
            <numerusform>%n lignes de la table « %1 » font référence à des lignes de « %2 » qui n’existent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>view “%1”, which is left out</source>
        <translation>la vue « %1 », qui est ignorée</translation>
    </message>
    <message>
        <source>columns Rowbook cannot read</source>
        <translation>des colonnes que Rowbook ne peut pas lire</translation>
    </message>
    <message>
        <source>View “%1” is left out: it uses %2.</source>
        <translation>La vue « %1 » est ignorée : elle utilise %2.</translation>
    </message>
    <message>
        <source>Trigger “%1” on “%2” is left out: its body is SQLite SQL, while a PostgreSQL trigger runs a function written in PL/pgSQL; write that function by hand.</source>
        <translation>Le déclencheur « %1 » sur « %2 » est ignoré : son corps est du SQL SQLite, alors qu’un déclencheur PostgreSQL exécute une fonction écrite en PL/pgSQL ; écrivez cette fonction à la main.</translation>
    </message>
    <message>
        <source>The server&apos;s views are left out: the dump of a server database holds its tables.</source>
        <translation>Les vues du serveur sont laissées de côté : le dump d’une base sur serveur contient ses tables.</translation>
    </message>
    <message>
        <source>SQLite takes “%1” and “%2” for one name, so a file cannot hold both: rename one on the server, or leave it out of the copy.</source>
        <translation>SQLite prend « %1 » et « %2 » pour un seul nom : un fichier ne peut pas contenir les deux. Renommez-en un sur le serveur ou laissez-le hors de la copie.</translation>
    </message>
    <message>
        <source>Table “%1” has columns “%2” and “%3”, which SQLite takes for one name: rename one on the server, or leave the table out of the copy.</source>
        <translation>La table « %1 » a les colonnes « %2 » et « %3 », que SQLite prend pour un seul nom : renommez-en une sur le serveur ou laissez la table hors de la copie.</translation>
    </message>
    <message>
        <source>Column “%1” of table “%2” cannot be read: %3</source>
        <translation>La colonne « %1 » de la table « %2 » ne peut pas être lue : %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>Encodage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The quoted field that starts here has no closing quote (expected &quot; before the end of the file).</source>
        <translation>Le champ entre guillemets qui commence ici n’a pas de guillemet fermant (attendu : &quot; avant la fin du fichier).</translation>
    </message>
    <message>
        <source>Expected a delimiter or the end of the line after the closing quote, found “%1”.</source>
        <translation>Un séparateur ou la fin de la ligne était attendu après le guillemet fermant, trouvé : « %1 ».</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 here (expected UTF-8; name the file&apos;s encoding, for example windows-1252).</source>
        <translation>Le texte n’est pas de l’UTF-8 valide ici (attendu : UTF-8 ; indiquez l’encodage du fichier, par exemple windows-1252).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file is shorter than its header says (%1 of %2 bytes): it was cut off, so Rowbook will not write to it. Restore a backup or copy out what can still be read.</source>
        <translation>Le fichier est plus court que ne l’indique son en-tête (%1 octets sur %2) : il a été tronqué, Rowbook n’y écrira donc pas. Restaurez une sauvegarde ou copiez ce qui est encore lisible.</translation>
    </message>
    <message>
        <source>The file is damaged, so Rowbook will not upgrade or write to it. Restore a backup or copy out what can still be read.</source>
        <translation>Le fichier est endommagé, Rowbook ne le mettra donc pas à niveau et n’y écrira pas. Restaurez une sauvegarde ou copiez ce qui est encore lisible.</translation>
    </message>
    <message>
        <source>Rowbook could not back the file up before upgrading it (%1), so it is opened read-only.</source>
        <translation>Rowbook n’a pas pu sauvegarder le fichier avant sa mise à niveau (%1), il est donc ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>There is no database file %1.</source>
        <translation>Il n’existe pas de fichier de base de données %1.</translation>
    </message>
    <message>
        <source>The file is opened for reading only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>The folder that holds the file is read-only.</source>
        <translation>Le dossier qui contient le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of Rowbook; it is opened read-only.</source>
        <translation>Le fichier a été créé par une version plus récente de Rowbook ; il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The database is opened for reading only.</source>
        <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The server is a standby that only accepts reads.</source>
        <translation>Le serveur est un serveur de secours qui n’accepte que des lectures.</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>Schema diagram</source>
        <translation>Diagramme du schéma</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>%1 is neither .svg nor .png; the diagram is written as SVG or PNG.</source>
        <translation>%1 n’est ni .svg ni .png ; le diagramme est écrit en SVG ou en PNG.</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Expected “[” at the start of a JSON array of objects.</source>
        <translation>« [ » était attendu au début d’un tableau JSON d’objets.</translation>
    </message>
    <message>
        <source>The array has no closing “]” (expected “,” or “]”).</source>
        <translation>Le tableau n’a pas de « ] » fermant (attendu : « , » ou « ] »).</translation>
    </message>
    <message>
        <source>Expected the end of the file after the closing “]”.</source>
        <translation>La fin du fichier était attendue après le « ] » fermant.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” after an object.</source>
        <translation>« , » ou « ] » était attendu après un objet.</translation>
    </message>
    <message>
        <source>The array has no closing “]” (expected an object).</source>
        <translation>Le tableau n’a pas de « ] » fermant (attendu : un objet).</translation>
    </message>
    <message>
        <source>Expected “{” (a JSON object) here.</source>
        <translation>« { » (un objet JSON) était attendu ici.</translation>
    </message>
    <message>
        <source>The object that starts here is not closed (expected “}”).</source>
        <translation>L’objet qui commence ici n’est pas fermé (attendu : « } »).</translation>
    </message>
    <message>
        <source>Invalid JSON here: %1.</source>
        <translation>JSON non valide ici : %1.</translation>
    </message>
    <message>
        <source>Expected “,” or “}” here.</source>
        <translation>« , » ou « } » était attendu ici.</translation>
    </message>
    <message>
        <source>Expected “:” after the name here.</source>
        <translation>« : » était attendu ici après le nom.</translation>
    </message>
    <message>
        <source>Expected “,” or “]” here.</source>
        <translation>« , » ou « ] » était attendu ici.</translation>
    </message>
    <message>
        <source>Expected a value here: a string in double quotes, a number, true, false, null, an object or an array.</source>
        <translation>Une valeur était attendue ici : une chaîne entre guillemets droits, un nombre, true, false, null, un objet ou un tableau.</translation>
    </message>
    <message>
        <source>This is not a valid number.</source>
        <translation>Ce n’est pas un nombre valide.</translation>
    </message>
    <message>
        <source>Expected a name or a value here.</source>
        <translation>Un nom ou une valeur était attendu ici.</translation>
    </message>
    <message>
        <source>A string is not closed (expected “&quot;”).</source>
        <translation>Une chaîne n’est pas fermée (« " » attendu).</translation>
    </message>
</context>
<context>
    <name>OpenQuestion</name>
    <message>
        <source>Create Database?</source>
        <translation>Créer la base de données ?</translation>
    </message>
    <message>
        <source>There is no file %1; create a new, empty database there?</source>
        <translation>Il n’existe pas de fichier %1 ; y créer une nouvelle base de données vide ?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>PageReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is empty or cannot be read.</source>
        <translation>%1 est vide ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: no page of it can be read.</source>
        <translation>%1 n’est pas une base de données SQLite : aucune de ses pages ne peut être lue.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>“%1” is not a PostgreSQL URI (postgresql://...).</source>
        <translation>« %1 » n’est pas une URI PostgreSQL (postgresql://...).</translation>
    </message>
    <message>
        <source>The user name or password in the URI is not properly %-encoded.</source>
        <translation>Le nom d’utilisateur ou le mot de passe de l’URI n’est pas correctement encodé en %.</translation>
    </message>
    <message>
        <source>The IPv6 address in the URI has no closing “]”.</source>
        <translation>L’adresse IPv6 de l’URI n’a pas de « ] » fermant.</translation>
    </message>
    <message>
        <source>Unexpected “%1” after the host in the URI.</source>
        <translation>« %1 » inattendu après l’hôte dans l’URI.</translation>
    </message>
    <message>
        <source>The host in the URI is not properly %-encoded.</source>
        <translation>L’hôte de l’URI n’est pas correctement encodé en %.</translation>
    </message>
    <message>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Le port « %1 » n’est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The database name “%1” in the URI is not valid.</source>
        <translation>Le nom de base de données « %1 » dans l’URI n’est pas valide.</translation>
    </message>
    <message>
        <source>Unknown sslmode “%1” (expected %2).</source>
        <translation>sslmode inconnu « %1 » (attendu : %2).</translation>
    </message>
    <message>
        <source>The URI parameter “%1” is not a libpq parameter name.</source>
        <translation>Le paramètre d’URI « %1 » n’est pas un nom de paramètre libpq.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed, so server databases cannot be opened. On Debian and Ubuntu, install the package libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé : les bases de données sur serveur ne peuvent pas être ouvertes. Sous Debian et Ubuntu, installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is missing from this installation, so server databases cannot be opened. Install Rowbook again: its installer ships it.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) manque dans cette installation : les bases de données sur serveur ne peuvent pas être ouvertes. Réinstallez Rowbook : son programme d&apos;installation le fournit.</translation>
    </message>
    <message>
        <source>The database name in the URI is not valid (a password that holds “/”, “?” or “@” must be %-encoded).</source>
        <translation>Le nom de la base de données dans l’URI n’est pas valide (un mot de passe contenant « / », « ? » ou « @ » doit être encodé en %).</translation>
    </message>
    <message>
        <source>The URI parameter “%1” is not properly %-encoded.</source>
        <translation>Le paramètre d’URI « %1 » n’est pas correctement encodé en %.</translation>
    </message>
    <message>
        <source>A URI parameter is not of the form key=value.</source>
        <translation>Un paramètre d’URI n’est pas de la forme clé=valeur.</translation>
    </message>
</context>
<context>
    <name>PgQueryEngine</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver gives no connection handle.</source>
        <translation>Le pilote PostgreSQL de Qt ne fournit pas de descripteur de connexion.</translation>
    </message>
    <message>
        <source>Another session held a lock for more than %1 s, so nothing was changed; try again.</source>
        <translation>Une autre session a détenu un verrou plus de %1 s, rien n’a donc été modifié ; réessayez.</translation>
    </message>
    <message>
        <source>Only one statement that reads can be read again.</source>
        <translation>Seule une instruction unique de lecture peut être relue.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while the COMMIT was on its way, so whether the changes were saved is unknown. Look before you run it again.</source>
        <translation>La connexion au serveur a été perdue pendant l’envoi du COMMIT : on ne sait donc pas si les modifications ont été enregistrées. Vérifiez avant de relancer.</translation>
    </message>
    <message>
        <source>The server ended the session while the run was in progress (%1), so nothing was changed. The next run connects again.</source>
        <translation>Le serveur a fermé la session pendant l’exécution (%1) : rien n’a donc été modifié. La prochaine exécution se reconnecte.</translation>
    </message>
</context>
<context>
    <name>PopulateJob</name>
    <message>
        <source>Rowbook cannot generate values for column “%1” within its CHECK (%2); nothing was written.</source>
        <translation>Rowbook ne peut pas générer de valeurs pour la colonne « %1 » respectant son CHECK (%2) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The generated rows break CHECK (%1); nothing was written.</source>
        <translation>Les lignes générées enfreignent CHECK (%1) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The generated values of column “%1” break a constraint (%2); nothing was written.</source>
        <translation>Les valeurs générées de la colonne « %1 » enfreignent une contrainte (%2) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The generated rows break a constraint (%1); nothing was written.</source>
        <translation>Les lignes générées enfreignent une contrainte (%1) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>“%1” has no integer key to tell the new rows by, so the fill cannot be undone.</source>
        <translation>« %1 » n’a pas de clé entière qui distingue les nouvelles lignes ; le remplissage ne peut donc pas être annulé.</translation>
    </message>
    <message>
        <source>Your role may not lock “%1”, so another session could have added rows at the same time; the fill cannot be undone.</source>
        <translation>Votre rôle ne peut pas verrouiller « %1 » : une autre session a pu ajouter des lignes en même temps ; le remplissage ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>The new rows’ keys are not a range of their own in “%1”, so the fill cannot be undone.</source>
        <translation>Les clés des nouvelles lignes ne forment pas une plage à part dans « %1 » ; le remplissage ne peut donc pas être annulé.</translation>
    </message>
</context>
<context>
    <name>QueryOutput</name>
    <message numerus="yes">
        <source>(%n row(s))
</source>
        <translation>
            <numerusform>(%n ligne)
</numerusform>
            <numerusform>(%n lignes)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The table “%1” has no rowids (WITHOUT ROWID), so its rows were not recovered.</source>
        <translation>La table « %1 » n’a pas de rowid (WITHOUT ROWID), ses lignes n’ont donc pas été récupérées.</translation>
    </message>
    <message>
        <source>The table “%1” could not be created (%2), so its rows were not recovered.</source>
        <translation>La table « %1 » n’a pas pu être créée (%2), ses lignes n’ont donc pas été récupérées.</translation>
    </message>
    <message>
        <source>The table for rows without a table could not be created (%1).</source>
        <translation>La table des lignes sans table n’a pas pu être créée (%1).</translation>
    </message>
    <message>
        <source>The %1 “%2” could not be recreated (%3).</source>
        <translation>%1 « %2 » n’a pas pu être recréé (%3).</translation>
    </message>
    <message>
        <source>No table definitions could be read from the file, so there is nothing to recover into.</source>
        <translation>Aucune définition de table n’a pu être lue dans le fichier, il n’y a donc rien dans quoi récupérer.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The recovery was cancelled; no new file was written.</source>
        <translation>La récupération a été annulée ; aucun nouveau fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The write-ahead log %1 (%2 bytes) was not read: changes committed to it since the last checkpoint are not in the recovered file; keep it beside the damaged file.</source>
        <translation>Le journal d’écriture anticipée %1 (%2 octets) n’a pas été lu : les modifications qui y ont été validées depuis le dernier point de contrôle ne sont pas dans le fichier récupéré ; conservez-le à côté du fichier endommagé.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Unsaved Edits Found</source>
        <translation>Modifications non enregistrées trouvées</translation>
    </message>
    <message>
        <source>Rowbook found edits that were not saved last time, but this file is open read-only, so they are kept for later.</source>
        <translation>Rowbook a trouvé des modifications non enregistrées la dernière fois, mais ce fichier est ouvert en lecture seule ; elles sont donc conservées pour plus tard.</translation>
    </message>
    <message>
        <source>The edits stay in %1.</source>
        <translation>Les modifications restent dans %1.</translation>
    </message>
    <message>
        <source>The journal is kept beside the database under a new name and nothing is applied.</source>
        <translation>Le journal est conservé à côté de la base de données sous un nouveau nom et rien n’est appliqué.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message numerus="yes">
        <source>You kept %Ln edit(s) that could not be saved when you last left this file (at %1).</source>
        <translation>
            <numerusform>Vous avez conservé %Ln modification qui n’a pas pu être enregistrée quand vous avez quitté ce fichier la dernière fois (à %1).</numerusform>
            <numerusform>Vous avez conservé %Ln modifications qui n’ont pas pu être enregistrées quand vous avez quitté ce fichier la dernière fois (à %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rowbook stopped before saving %Ln edit(s) made at %1.</source>
        <translation>
            <numerusform>Rowbook s’est arrêté avant d’enregistrer %Ln modification faite à %1.</numerusform>
            <numerusform>Rowbook s’est arrêté avant d’enregistrer %Ln modifications faites à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other edit(s) cannot be applied any more; see the details.</source>
        <translation>
            <numerusform>%Ln autre modification ne peut plus être appliquée ; voir les détails.</numerusform>
            <numerusform>%Ln autres modifications ne peuvent plus être appliquées ; voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Non appliquées :</translation>
    </message>
    <message>
        <source>Apply them now? They are saved like new edits.</source>
        <translation>Les appliquer maintenant ? Elles sont enregistrées comme de nouvelles modifications.</translation>
    </message>
    <message>
        <source>Apply Edits</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>Discard Them</source>
        <translation>Les abandonner</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln edit(s) you kept when you last left this file (at %1) cannot be applied any more.</source>
        <translation>
            <numerusform>La %Ln modification que vous avez gardée en quittant ce fichier la dernière fois (à %1) ne peut plus être appliquée.</numerusform>
            <numerusform>Les %Ln modifications que vous avez gardées en quittant ce fichier la dernière fois (à %1) ne peuvent plus être appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln edit(s) Rowbook could not save before it stopped (at %1) cannot be applied any more.</source>
        <translation>
            <numerusform>La %Ln modification que Rowbook n’a pas pu enregistrer avant de s’arrêter (à %1) ne peut plus être appliquée.</numerusform>
            <numerusform>Les %Ln modifications que Rowbook n’a pas pu enregistrer avant de s’arrêter (à %1) ne peuvent plus être appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details say what they held.</source>
        <translation>Les détails indiquent ce qu’elles contenaient.</translation>
    </message>
</context>
<context>
    <name>Rowbook</name>
    <message>
        <source>Open the SQLite file &lt;path&gt; instead of your own database.</source>
        <translation>Ouvrir le fichier SQLite &lt;path&gt; au lieu de votre propre base de données.</translation>
    </message>
    <message>
        <source>Show table &lt;name&gt; first.</source>
        <translation>Afficher d’abord la table &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Browse and edit SQLite databases. Without a file, Rowbook opens your own database:
  %1

Command-line verbs (no window): %2; see rowbook VERB --help</source>
        <translation>Parcourir et modifier des bases de données SQLite. Sans fichier, Rowbook ouvre votre propre base de données :
  %1

Commandes en ligne de commande (sans fenêtre) : %2 ; voir rowbook COMMANDE --help</translation>
    </message>
    <message>
        <source>A SQLite file to open (the same as --database).</source>
        <translation>Un fichier SQLite à ouvrir (comme --database).</translation>
    </message>
    <message>
        <source>See “rowbook --help”.</source>
        <translation>Voir « rowbook --help ».</translation>
    </message>
    <message>
        <source>Give one database file, not %1.</source>
        <translation>Indiquez un seul fichier de base de données, pas %1.</translation>
    </message>
    <message>
        <source>No display is available for the window (set DISPLAY or WAYLAND_DISPLAY); the verbs %1 run without one.</source>
        <translation>Aucun affichage n’est disponible pour la fenêtre (définissez DISPLAY ou WAYLAND_DISPLAY) ; les commandes %1 fonctionnent sans.</translation>
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
        <translation>, dans les limites de son CHECK</translation>
    </message>
    <message>
        <source>left to the database</source>
        <translation>laissé à la base de données</translation>
    </message>
    <message>
        <source>person names</source>
        <translation>noms de personnes</translation>
    </message>
    <message>
        <source>first names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>last names</source>
        <translation>noms de famille</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>villes</translation>
    </message>
    <message>
        <source>company names</source>
        <translation>noms d’entreprises</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>titres</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>phrases</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>dates et heures</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>montants</translation>
    </message>
    <message>
        <source>integers</source>
        <translation>entiers</translation>
    </message>
    <message>
        <source>booleans</source>
        <translation>booléens</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>une séquence</translation>
    </message>
    <message>
        <source>values from a list</source>
        <translation>valeurs d’une liste</translation>
    </message>
    <message>
        <source>keys of the parent table</source>
        <translation>clés de la table parente</translation>
    </message>
    <message>
        <source>random bytes</source>
        <translation>octets aléatoires</translation>
    </message>
    <message>
        <source>INTEGER PRIMARY KEY</source>
        <translation>INTEGER PRIMARY KEY</translation>
    </message>
    <message>
        <source>foreign key to “%1”</source>
        <translation>clé étrangère vers « %1 »</translation>
    </message>
    <message>
        <source>Column “%1” refers to table “%2”, which has no rows yet; fill “%2” first.</source>
        <translation>La colonne « %1 » fait référence à la table « %2 », qui n’a pas encore de lignes ; remplissez d’abord « %2 ».</translation>
    </message>
    <message>
        <source>from its name</source>
        <translation>d’après son nom</translation>
    </message>
    <message>
        <source>from its name and type %1</source>
        <translation>d’après son nom et son type %1</translation>
    </message>
    <message>
        <source>The CHECK of column “%1” allows no value Rowbook can read.</source>
        <translation>Le CHECK de la colonne « %1 » n’autorise aucune valeur que Rowbook puisse lire.</translation>
    </message>
    <message>
        <source>The CHECK of column “%1” allows no value.</source>
        <translation>Le CHECK de la colonne « %1 » n’autorise aucune valeur.</translation>
    </message>
    <message>
        <source>Column “%1” cannot take the generator %2.</source>
        <translation>La colonne « %1 » ne peut pas utiliser le générateur %2.</translation>
    </message>
    <message>
        <source>The range of column “%1” is empty: %2 is more than %3.</source>
        <translation>La plage de la colonne « %1 » est vide : %2 est supérieur à %3.</translation>
    </message>
    <message>
        <source>The list of values for column “%1” is empty.</source>
        <translation>La liste de valeurs de la colonne « %1 » est vide.</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>Table has no column “%1”.</source>
        <translation>La table n’a pas de colonne « %1 ».</translation>
    </message>
    <message>
        <source>numbered by the server</source>
        <translation>numérotée par le serveur</translation>
    </message>
    <message>
        <source>Rowbook cannot make up values of type %1 for column “%2”, which is NOT NULL without a default; give it a default or allow NULL, then fill the table.</source>
        <translation>Rowbook ne sait pas inventer de valeurs de type %1 pour la colonne « %2 », qui est NOT NULL sans valeur par défaut ; donnez-lui une valeur par défaut ou autorisez NULL, puis remplissez la table.</translation>
    </message>
    <message>
        <source>type %1: its default</source>
        <translation>type %1 : sa valeur par défaut</translation>
    </message>
    <message>
        <source>type %1: left empty</source>
        <translation>type %1 : laissée vide</translation>
    </message>
    <message>
        <source>computed by the server</source>
        <translation>calculée par le serveur</translation>
    </message>
</context>
<context>
    <name>SavedQueryPrompts</name>
    <message>
        <source>The saved queries are still being read; try again in a moment.</source>
        <translation>Les requêtes enregistrées sont encore en cours de lecture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A saved query needs a name; nothing was changed.</source>
        <translation>Une requête enregistrée doit avoir un nom ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Replace Saved Query</source>
        <translation>Remplacer la requête enregistrée</translation>
    </message>
    <message>
        <source>A saved query named &quot;%1&quot; already exists. Replace it?</source>
        <translation>Une requête enregistrée nommée « %1 » existe déjà. La remplacer ?</translation>
    </message>
    <message>
        <source>The saved query &quot;%1&quot; was kept as it was.</source>
        <translation>La requête enregistrée « %1 » reste inchangée.</translation>
    </message>
    <message>
        <source>There is no SQL to save.</source>
        <translation>Il n’y a pas de SQL à enregistrer.</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Save the query under the name:</source>
        <translation>Enregistrer la requête sous le nom :</translation>
    </message>
    <message>
        <source>Saved the query as &quot;%1&quot;; Ctrl+R finds it.</source>
        <translation>Requête enregistrée sous « %1 » ; Ctrl+R la retrouve.</translation>
    </message>
    <message>
        <source>There is no saved query named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de requête enregistrée nommée « %1 ».</translation>
    </message>
    <message>
        <source>Rename Saved Query</source>
        <translation>Renommer la requête enregistrée</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Renamed the saved query &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>La requête enregistrée « %1 » a été renommée en « %2 ».</translation>
    </message>
    <message>
        <source>Delete Saved Query</source>
        <translation>Supprimer la requête enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved query &quot;%1&quot;? The runs in the history stay.</source>
        <translation>Supprimer la requête enregistrée « %1 » ? Les exécutions de l’historique sont conservées.</translation>
    </message>
    <message>
        <source>Deleted the saved query &quot;%1&quot;.</source>
        <translation>La requête enregistrée « %1 » a été supprimée.</translation>
    </message>
</context>
<context>
    <name>SchemaOps</name>
    <message>
        <source>There is no column named “%1”.</source>
        <translation>Il n’existe pas de colonne nommée « %1 ».</translation>
    </message>
    <message>
        <source>A table needs at least one column; drop the table instead.</source>
        <translation>Une table doit avoir au moins une colonne ; supprimez plutôt la table.</translation>
    </message>
    <message>
        <source>“%1” is part of the table&apos;s primary key, which other rows and tables rely on, so it cannot be dropped.</source>
        <translation>« %1 » fait partie de la clé primaire de la table, sur laquelle s’appuient d’autres lignes et tables ; elle ne peut donc pas être supprimée.</translation>
    </message>
    <message>
        <source>The trigger “%1” uses “%2”: change or drop the trigger first.</source>
        <translation>Le déclencheur « %1 » utilise « %2 » : modifiez ou supprimez d’abord le déclencheur.</translation>
    </message>
    <message>
        <source>Rowbook cannot read how “%1” was created, so it cannot drop the column.</source>
        <translation>Rowbook ne peut pas lire comment « %1 » a été créée, il ne peut donc pas supprimer la colonne.</translation>
    </message>
    <message>
        <source>The constraint “%1” is removed with the column.</source>
        <translation>La contrainte « %1 » est supprimée avec la colonne.</translation>
    </message>
    <message>
        <source>The index “%1” is removed with the column.</source>
        <translation>L’index « %1 » est supprimé avec la colonne.</translation>
    </message>
    <message>
        <source>Drop column “%1” from “%2”.</source>
        <translation>Supprimer la colonne « %1 » de « %2 ».</translation>
    </message>
    <message>
        <source>Drop index “%1”.</source>
        <translation>Supprimer l’index « %1 ».</translation>
    </message>
    <message>
        <source>The index “%1” belongs to a PRIMARY KEY or UNIQUE constraint and goes only with it.</source>
        <translation>L’index « %1 » appartient à une contrainte PRIMARY KEY ou UNIQUE et ne disparaît qu’avec elle.</translation>
    </message>
    <message>
        <source>“%1” has no index named “%2”.</source>
        <translation>« %1 » n’a pas d’index nommé « %2 ».</translation>
    </message>
    <message>
        <source>Drop view “%1”.</source>
        <translation>Supprimer la vue « %1 ».</translation>
    </message>
    <message>
        <source>Drop table “%1” and all its rows.</source>
        <translation>Supprimer la table « %1 » et toutes ses lignes.</translation>
    </message>
    <message>
        <source>“%1” cannot be dropped while these tables refer to its rows with foreign keys: %2. Drop those tables or their foreign keys first.</source>
        <translation>« %1 » ne peut pas être supprimée tant que ces tables font référence à ses lignes par des clés étrangères : %2. Supprimez d’abord ces tables ou leurs clés étrangères.</translation>
    </message>
    <message>
        <source>The view “%1” uses it and will stop working.</source>
        <translation>La vue « %1 » l’utilise et cessera de fonctionner.</translation>
    </message>
    <message>
        <source>The name “%1” is already used by a table, view or index.</source>
        <translation>Le nom « %1 » est déjà utilisé par une table, une vue ou un index.</translation>
    </message>
    <message>
        <source>There is no table named “%1”.</source>
        <translation>Il n’existe pas de table nommée « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is a view: its columns come from its query.</source>
        <translation>« %1 » est une vue : ses colonnes viennent de sa requête.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space.</source>
        <translation>Un nom ne peut pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or tabs.</source>
        <translation>Un nom ne peut pas contenir de sauts de ligne ni de tabulations.</translation>
    </message>
    <message>
        <source>A name can have at most 128 characters.</source>
        <translation>Un nom peut compter au plus 128 caractères.</translation>
    </message>
    <message>
        <source>Names starting with “sqlite_” are reserved by SQLite.</source>
        <translation>Les noms commençant par « sqlite_ » sont réservés par SQLite.</translation>
    </message>
    <message>
        <source>Names starting with “%1” are reserved by Rowbook.</source>
        <translation>Les noms commençant par « %1 » sont réservés par Rowbook.</translation>
    </message>
    <message>
        <source>“%1” is the name SQLite gives to row numbers; choose another name.</source>
        <translation>« %1 » est le nom que SQLite donne aux numéros de ligne ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The default “%1” is not a whole number.</source>
        <translation>La valeur par défaut « %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The default “%1” is not a number.</source>
        <translation>La valeur par défaut « %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The default “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>La valeur par défaut « %1 » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The default “%1” is not yes or no (use true/false, yes/no or 1/0).</source>
        <translation>La valeur par défaut « %1 » n’est ni oui ni non (utilisez true/false, yes/no ou 1/0).</translation>
    </message>
    <message>
        <source>Binary columns cannot have a default value.</source>
        <translation>Les colonnes binaires ne peuvent pas avoir de valeur par défaut.</translation>
    </message>
    <message>
        <source>Create table “%1”.</source>
        <translation>Créer la table « %1 ».</translation>
    </message>
    <message>
        <source>Add at least one column.</source>
        <translation>Ajoutez au moins une colonne.</translation>
    </message>
    <message>
        <source>There is already a column named “%1”.</source>
        <translation>Il existe déjà une colonne nommée « %1 ».</translation>
    </message>
    <message>
        <source>A binary column cannot be the primary key.</source>
        <translation>Une colonne binaire ne peut pas être la clé primaire.</translation>
    </message>
    <message>
        <source>Add column “%1” to “%2”.</source>
        <translation>Ajouter la colonne « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>The primary key can only be chosen when the table is created.</source>
        <translation>La clé primaire ne peut être choisie qu’à la création de la table.</translation>
    </message>
    <message>
        <source>A required column needs a default value for the rows already in the table.</source>
        <translation>Une colonne obligatoire a besoin d’une valeur par défaut pour les lignes déjà présentes dans la table.</translation>
    </message>
    <message>
        <source>Every existing row would get the same default, so the column cannot be unique.</source>
        <translation>Chaque ligne existante recevrait la même valeur par défaut, la colonne ne peut donc pas être unique.</translation>
    </message>
    <message>
        <source>A unique index “%1” keeps the values distinct.</source>
        <translation>Un index unique « %1 » garantit des valeurs distinctes.</translation>
    </message>
    <message>
        <source>Rename column “%1” of “%2” to “%3”.</source>
        <translation>Renommer la colonne « %1 » de « %2 » en « %3 ».</translation>
    </message>
    <message>
        <source>The new name is the same as the old one.</source>
        <translation>Le nouveau nom est identique à l’ancien.</translation>
    </message>
    <message>
        <source>Rename table “%1” to “%2”.</source>
        <translation>Renommer la table « %1 » en « %2 ».</translation>
    </message>
    <message>
        <source>Create index “%1” on “%2”.</source>
        <translation>Créer l’index « %1 » sur « %2 ».</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <source>The view “%1” uses “%2”: change or drop the view first.</source>
        <translation>La vue « %1 » utilise « %2 » : modifiez ou supprimez d’abord la vue.</translation>
    </message>
    <message>
        <source>The index “%1” goes with it.</source>
        <translation>L’index « %1 » est supprimé avec elle.</translation>
    </message>
    <message>
        <source>PostgreSQL keeps names of at most %1 bytes, and “%2” has %3; shorten it.</source>
        <translation>PostgreSQL garde des noms d’au plus %1 octets, et « %2 » en a %3 ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>PostgreSQL gives every table a column named “%1”; choose another name.</source>
        <translation>PostgreSQL donne à chaque table une colonne nommée « %1 » ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>SchemaUndoCommand</name>
    <message>
        <source>Redone: %1.</source>
        <translation>Rétabli : %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is missing or cannot open a database, so Rowbook cannot run.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) est absent ou ne peut pas ouvrir de base de données, Rowbook ne peut donc pas fonctionner.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library (%1) than Rowbook (%2), so Rowbook refuses to run rather than risk damaging files; build Qt with -system-sqlite against the same SQLite as Rowbook.</source>
        <translation>Le pilote SQLite de Qt utilise une autre bibliothèque SQLite (%1) que Rowbook (%2) ; Rowbook refuse donc de démarrer plutôt que de risquer d’endommager des fichiers. Compilez Qt avec -system-sqlite sur le même SQLite que Rowbook.</translation>
    </message>
</context>
<context>
    <name>SqliteQueryEngine</name>
    <message>
        <source>The run was cancelled; nothing was changed.</source>
        <translation>L’exécution a été annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>%1 cannot be run here: Rowbook runs each run as one transaction of its own (all or nothing, with the lock taken and retried for you), so nothing is left half-done. Remove the statement; a script file may be wrapped in one outer BEGIN … COMMIT.</source>
        <translation>%1 ne peut pas être exécuté ici : Rowbook exécute chaque exécution dans sa propre transaction (tout ou rien, le verrou étant pris et réessayé pour vous), pour que rien ne reste à moitié fait. Retirez l’instruction ; un fichier de script peut être entouré d’un BEGIN … COMMIT extérieur.</translation>
    </message>
    <message>
        <source>The output cannot be written.</source>
        <translation>La sortie ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>La base de données ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Only one statement can be read again.</source>
        <translation>Une seule instruction peut être relue.</translation>
    </message>
    <message>
        <source>A statement that changes data is not run again.</source>
        <translation>Une instruction qui modifie des données n’est pas réexécutée.</translation>
    </message>
    <message>
        <source>Another program held the database lock for more than %1 s, so nothing was run; try again.</source>
        <translation>Un autre programme a détenu le verrou de la base de données plus de %1 s, rien n’a donc été exécuté ; réessayez.</translation>
    </message>
    <message>
        <source>A PostgreSQL database is run by the PostgreSQL engine, not SQLite&apos;s.</source>
        <translation>Une base de données PostgreSQL est traitée par le moteur PostgreSQL, pas par celui de SQLite.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Another program is holding the database lock.</source>
        <translation>Un autre programme détient le verrou de la base de données.</translation>
    </message>
    <message>
        <source>A value is required in column “%1”.</source>
        <translation>Une valeur est obligatoire dans la colonne « %1 ».</translation>
    </message>
    <message>
        <source>The value in column “%1” is already used by another row.</source>
        <translation>La valeur de la colonne « %1 » est déjà utilisée par une autre ligne.</translation>
    </message>
    <message>
        <source>The row refers to a row in another table that does not exist.</source>
        <translation>La ligne fait référence à une ligne d’une autre table qui n’existe pas.</translation>
    </message>
    <message>
        <source>A value breaks the rule “%1” of the table.</source>
        <translation>Une valeur enfreint la règle « %1 » de la table.</translation>
    </message>
    <message>
        <source>A value breaks a rule of the table (%1).</source>
        <translation>Une valeur enfreint une règle de la table (%1).</translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only).</source>
        <translation>La base de données ne peut pas être écrite (elle est en lecture seule).</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database.</source>
        <translation>Le fichier de base de données est endommagé ou n’est pas une base de données.</translation>
    </message>
    <message>
        <source>The database file is damaged, so Rowbook will not write to it; restore a backup, or copy the rows that can still be read into a new file with “rowbook recover FILE --output NEW”.</source>
        <translation>Le fichier de base de données est endommagé, Rowbook n’y écrira donc pas ; restaurez une sauvegarde, ou copiez les lignes encore lisibles dans un nouveau fichier avec « rowbook recover FICHIER --output NOUVEAU ».</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; your edits are kept and will be saved again.</source>
        <translation>Le disque est plein. Libérez de l’espace ; vos modifications sont conservées et seront de nouveau enregistrées.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving: %1</source>
        <translation>Le disque a signalé une erreur pendant l’enregistrement : %1</translation>
    </message>
    <message>
        <source>Another program changed this row since you started editing it.</source>
        <translation>Un autre programme a modifié cette ligne depuis que vous avez commencé à la modifier.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: %1</source>
        <translation>Le serveur de base de données est injoignable : %1</translation>
    </message>
    <message>
        <source>Rows of other tables refer to this row, so it cannot be deleted; undo the deletion (Ctrl+Z), or change those rows first.</source>
        <translation>Des lignes d’autres tables renvoient à cette ligne, elle ne peut donc pas être supprimée ; annulez la suppression (Ctrl+Z), ou modifiez d’abord ces lignes.</translation>
    </message>
    <message>
        <source>The combination of values in columns %1 is already used by another row.</source>
        <translation>La combinaison des valeurs des colonnes %1 est déjà utilisée par une autre ligne.</translation>
    </message>
    <message>
        <source>Rows of other tables refer to this row by the value you changed, so it cannot be changed; undo the edit (Ctrl+Z), or change those rows first.</source>
        <translation>Des lignes d’autres tables renvoient à cette ligne par la valeur modifiée, elle ne peut donc pas être changée ; annulez la modification (Ctrl+Z), ou modifiez d’abord ces lignes.</translation>
    </message>
    <message>
        <source>The row no longer exists: another program deleted it, or the database did along with a row it refers to.</source>
        <translation>La ligne n’existe plus : un autre programme l’a supprimée, ou la base de données l’a fait avec une ligne à laquelle elle renvoie.</translation>
    </message>
    <message>
        <source>The value in column “%1” refers to a row of “%2” that does not exist.</source>
        <translation>La valeur de la colonne « %1 » renvoie à une ligne de « %2 » qui n’existe pas.</translation>
    </message>
    <message>
        <source>The values in columns %1 refer to a row of “%2” that does not exist.</source>
        <translation>Les valeurs des colonnes %1 renvoient à une ligne de « %2 » qui n’existe pas.</translation>
    </message>
    <message>
        <source>Rows of %1 refer to this row, so it cannot be deleted; undo the deletion (Ctrl+Z), or change those rows first.</source>
        <translation>Des lignes de %1 renvoient à cette ligne, elle ne peut donc pas être supprimée ; annulez la suppression (Ctrl+Z), ou modifiez d’abord ces lignes.</translation>
    </message>
    <message>
        <source>Rows of %1 refer to this row by the value you changed, so it cannot be changed; undo the edit (Ctrl+Z), or change those rows first.</source>
        <translation>Des lignes de %1 renvoient à cette ligne par la valeur modifiée, elle ne peut donc pas être changée ; annulez la modification (Ctrl+Z), ou modifiez d’abord ces lignes.</translation>
    </message>
</context>
<context>
    <name>TableSnapshot</name>
    <message>
        <source>“%1” is not a table.</source>
        <translation>« %1 » n’est pas une table.</translation>
    </message>
    <message>
        <source>“%1” has %2 rows, more than the %3 that undo keeps in memory.</source>
        <translation>« %1 » a %2 lignes, plus que les %3 que l’annulation garde en mémoire.</translation>
    </message>
</context>
<context>
    <name>TypeMapping</name>
    <message>
        <source>holds both BLOBs and other values, which no PostgreSQL type can keep</source>
        <translation>contient à la fois des BLOB et d’autres valeurs, ce qu’aucun type PostgreSQL ne peut conserver</translation>
    </message>
    <message>
        <source>is kept as text: it holds text and numbers</source>
        <translation>est conservée en texte : elle contient du texte et des nombres</translation>
    </message>
    <message>
        <source>becomes double precision: it holds fractional numbers</source>
        <translation>devient double precision : elle contient des nombres décimaux</translation>
    </message>
    <message>
        <source>becomes text: values are longer than %1 characters</source>
        <translation>devient text : des valeurs dépassent %1 caractères</translation>
    </message>
    <message>
        <source>becomes TEXT holding PostgreSQL&apos;s text form of %1</source>
        <translation>devient TEXT contenant la forme texte PostgreSQL de %1</translation>
    </message>
    <message numerus="yes">
        <source>is kept as text: %n value(s) are not dates written yyyy-MM-dd</source>
        <translation>
            <numerusform>est conservée en texte : %n valeur n’est pas une date écrite yyyy-MM-dd</numerusform>
            <numerusform>est conservée en texte : %n valeurs ne sont pas des dates écrites yyyy-MM-dd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is kept as text: %n value(s) are not written yyyy-MM-dd HH:mm:ss</source>
        <translation>
            <numerusform>est conservée en texte : %n valeur n’est pas écrite yyyy-MM-dd HH:mm:ss</numerusform>
            <numerusform>est conservée en texte : %n valeurs ne sont pas écrites yyyy-MM-dd HH:mm:ss</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>becomes numeric without precision: %n value(s) do not fit NUMERIC(%1,%2)</source>
        <translation>
            <numerusform>devient numeric sans précision : %n valeur ne tient pas dans NUMERIC(%1,%2)</numerusform>
            <numerusform>devient numeric sans précision : %n valeurs ne tiennent pas dans NUMERIC(%1,%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>Edits Not Saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) cannot be saved.</source>
        <translation>
            <numerusform>%Ln modification ne peut pas être enregistrée.</numerusform>
            <numerusform>%Ln modifications ne peuvent pas être enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) could not be saved yet.</source>
        <translation>
            <numerusform>%Ln modification n’a pas encore pu être enregistrée.</numerusform>
            <numerusform>%Ln modifications n’ont pas encore pu être enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused them: another program deleted the row, or a value breaks a rule of the table (the rows are marked in red).</source>
        <translation>La base de données les a refusées : un autre programme a supprimé la ligne, ou une valeur enfreint une règle de la table (les lignes sont marquées en rouge).</translation>
    </message>
    <message>
        <source>Keep them in the recovery journal, to be offered again the next time you open this file, or discard them.</source>
        <translation>Conservez-les dans le journal de récupération, pour qu’elles vous soient de nouveau proposées à la prochaine ouverture de ce fichier, ou abandonnez-les.</translation>
    </message>
    <message>
        <source>Keep Trying</source>
        <translation>Continuer d’essayer</translation>
    </message>
    <message>
        <source>Quit and Keep Them for Later</source>
        <translation>Quitter et les garder pour plus tard</translation>
    </message>
    <message>
        <source>Switch and Keep Them for Later</source>
        <translation>Changer et les garder pour plus tard</translation>
    </message>
    <message>
        <source>Quit and Discard Them</source>
        <translation>Quitter et les abandonner</translation>
    </message>
    <message>
        <source>Switch and Discard Them</source>
        <translation>Changer et les abandonner</translation>
    </message>
</context>
<context>
    <name>ViewTranslation</name>
    <message>
        <source>a CREATE VIEW statement Rowbook cannot read</source>
        <translation>une instruction CREATE VIEW que Rowbook ne peut pas lire</translation>
    </message>
    <message>
        <source>column “%1”, which becomes a boolean</source>
        <translation>la colonne « %1 », qui devient un booléen</translation>
    </message>
    <message>
        <source>a hexadecimal number</source>
        <translation>un nombre hexadécimal</translation>
    </message>
    <message>
        <source>%1, which PostgreSQL reads differently</source>
        <translation>%1, que PostgreSQL lit différemment</translation>
    </message>
    <message>
        <source>the function %1()</source>
        <translation>la fonction %1()</translation>
    </message>
    <message>
        <source>%1() of several values</source>
        <translation>%1() sur plusieurs valeurs</translation>
    </message>
    <message>
        <source>IS between two values</source>
        <translation>IS entre deux valeurs</translation>
    </message>
    <message>
        <source>LIMIT with a comma</source>
        <translation>LIMIT avec une virgule</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>rowbook::AutoSaver</name>
    <message>
        <source>Another program kept the database locked for %1 s; your edits are kept and will be saved when it lets go.</source>
        <translation>Un autre programme a gardé la base de données verrouillée pendant %1 s ; vos modifications sont conservées et seront enregistrées dès qu’il la libérera.</translation>
    </message>
    <message>
        <source>Server unreachable — retrying. Your edits are kept: %1</source>
        <translation>Serveur injoignable — nouvelle tentative en cours. Vos modifications sont conservées : %1</translation>
    </message>
    <message>
        <source>Another session kept a row you edited locked for %1 s; your edits are kept and will be saved when it lets go.</source>
        <translation>Une autre session a verrouillé une ligne que vous avez modifiée pendant %1 s ; vos modifications sont conservées et seront enregistrées dès qu’elle la libère.</translation>
    </message>
</context>
<context>
    <name>rowbook::BackupStatus</name>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the backup; no backup file is kept.</source>
        <translation>Arrêter la sauvegarde ; aucun fichier de sauvegarde n’est conservé.</translation>
    </message>
    <message>
        <source>Canceling the backup…</source>
        <translation>Annulation de la sauvegarde…</translation>
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
        <translation>Éditeur de cellule</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Store the text in the cell (Ctrl+Return).</source>
        <translation>Enregistrer le texte dans la cellule (Ctrl+Entrée).</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more byte(s); export the cell to see them all.</source>
        <translation>
            <numerusform>… %Ln octet de plus ; exportez la cellule pour tout voir.</numerusform>
            <numerusform>… %Ln octets de plus ; exportez la cellule pour tous les voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell to see it here.</source>
        <translation>Sélectionnez une cellule pour l’afficher ici.</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Binary data: see the Hex page.</source>
        <translation>Données binaires : voir la page « Hexa ».</translation>
    </message>
    <message>
        <source>The cell holds no image.</source>
        <translation>La cellule ne contient pas d’image.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>The text does not fit this column.</source>
        <translation>Le texte ne convient pas à cette colonne.</translation>
    </message>
    <message>
        <source>The cell could not be written to %1: %2.</source>
        <translation>La cellule n’a pas pu être écrite dans %1 : %2.</translation>
    </message>
    <message>
        <source>Select the cell to import into first.</source>
        <translation>Sélectionnez d’abord la cellule dans laquelle importer.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 n’a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>The content of %1 does not fit this column.</source>
        <translation>Le contenu de %1 ne convient pas à cette colonne.</translation>
    </message>
    <message>
        <source>Export Cell</source>
        <translation>Exporter la cellule</translation>
    </message>
    <message>
        <source>Import into Cell</source>
        <translation>Importer dans la cellule</translation>
    </message>
    <message>
        <source>The row cannot be read while another program writes to the file. Try again in a moment.</source>
        <translation>La ligne ne peut pas être lue pendant qu’un autre programme écrit dans le fichier. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>Expo&amp;rter…</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select a cell to export first.</source>
        <translation>Sélectionnez d’abord une cellule à exporter.</translation>
    </message>
    <message>
        <source>%1 · the first %2 shown, too many to edit here; Export… saves the whole text and Import… replaces it</source>
        <translation>%1 · les %2 premiers affichés, trop pour les modifier ici ; Exporter… enregistre le texte entier et Importer… le remplace</translation>
    </message>
</context>
<context>
    <name>rowbook::ChartDialog</name>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>Valeurs les plus fréquentes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Nuage de points</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>C&amp;olumn:</source>
        <translation>C&amp;olonne :</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Graphique de %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Cancelled. Pick a chart or a column to compute it again.</source>
        <translation>Annulé. Choisissez un graphique ou une colonne pour le recalculer.</translation>
    </message>
    <message>
        <source>The chart could not be computed: %1</source>
        <translation>Le graphique n’a pas pu être calculé : %1</translation>
    </message>
    <message>
        <source>No numeric values in %1 among the rows that match the filter.</source>
        <translation>Aucune valeur numérique dans %1 parmi les lignes qui correspondent au filtre.</translation>
    </message>
    <message>
        <source>No numeric values in %1.</source>
        <translation>Aucune valeur numérique dans %1.</translation>
    </message>
    <message>
        <source>No rows match the filter.</source>
        <translation>Aucune ligne ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The table has no rows.</source>
        <translation>La table n’a aucune ligne.</translation>
    </message>
    <message>
        <source>No rows with numeric values in both %1 and %2.</source>
        <translation>Aucune ligne avec des valeurs numériques à la fois dans %1 et dans %2.</translation>
    </message>
    <message>
        <source>Histogram of %1 in %2</source>
        <translation>Histogramme de %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numeric value(s).</source>
        <translation>
            <numerusform>%Ln valeur numérique.</numerusform>
            <numerusform>%Ln valeurs numériques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Most frequent values of %1 in %2</source>
        <translation>Valeurs les plus fréquentes de %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %1 different values.</source>
        <translation>
            <numerusform>%Ln ligne, %1 valeurs différentes.</numerusform>
            <numerusform>%Ln lignes, %1 valeurs différentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against %2 in %3</source>
        <translation>%1 en fonction de %2 dans %3</translation>
    </message>
    <message numerus="yes">
        <source>A sample: %1 of %Ln row(s), one in every %2 by row order.</source>
        <translation>
            <numerusform>Un échantillon : %1 sur %Ln ligne, une sur %2 dans l’ordre des lignes.</numerusform>
            <numerusform>Un échantillon : %1 sur %Ln lignes, une sur %2 dans l’ordre des lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation>
            <numerusform>%Ln ligne.</numerusform>
            <numerusform>%Ln lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only rows that match the grid&apos;s filter.</source>
        <translation>Seulement les lignes qui correspondent au filtre de la grille.</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Le graphique n’a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>rowbook::ColumnEditDialog</name>
    <message>
        <source>Required (NOT NULL)</source>
        <translation>Obligatoire (NOT NULL)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Edit Column “%1” of “%2”</source>
        <translation>Modifier la colonne « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Aucune valeur par défaut</translation>
    </message>
    <message>
        <source>A value such as 0, 2024-01-31 or any text; what is shown now is kept as written unless you change it.</source>
        <translation>Une valeur comme 0, 2024-01-31 ou un texte quelconque ; ce qui est affiché est conservé tel quel si vous ne le modifiez pas.</translation>
    </message>
    <message>
        <source>(no foreign key)</source>
        <translation>(aucune clé étrangère)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>Valeur par &amp;défaut :</translation>
    </message>
    <message>
        <source>Refers to:</source>
        <translation>Fait référence à :</translation>
    </message>
    <message>
        <source>Rowbook rebuilds the table to make the change, in one transaction, and makes a backup of the file first. Edit → Undo takes the change back (for tables of up to 200,000 rows).</source>
        <translation>Rowbook reconstruit la table pour appliquer la modification, en une transaction, et sauvegarde d’abord le fichier. Édition → Annuler revient sur la modification (pour les tables jusqu’à 200 000 lignes).</translation>
    </message>
    <message>
        <source>The server changes the column in one transaction and converts its values; nothing is changed when one does not convert. This cannot be undone: Rowbook keeps no copy of a server database.</source>
        <translation>Le serveur modifie la colonne en une transaction et convertit ses valeurs ; rien n’est modifié si l’une d’elles ne se convertit pas. Ceci ne peut pas être annulé : Rowbook ne garde aucune copie d’une base de données serveur.</translation>
    </message>
</context>
<context>
    <name>rowbook::ColumnTypeBar</name>
    <message>
        <source>No type (any value)</source>
        <translation>Aucun type (toute valeur)</translation>
    </message>
    <message>
        <source>The type of this column in the new table.</source>
        <translation>Le type de cette colonne dans la nouvelle table.</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (détecté)</translation>
    </message>
</context>
<context>
    <name>rowbook::ColumnValues</name>
    <message>
        <source>This value is not a whole number, so it is edited as text.</source>
        <translation>Cette valeur n’est pas un nombre entier, elle est donc modifiée comme texte.</translation>
    </message>
    <message>
        <source>This value is not a number, so it is edited as text.</source>
        <translation>Cette valeur n’est pas un nombre, elle est donc modifiée comme texte.</translation>
    </message>
    <message>
        <source>This value is not a date written as yyyy-MM-dd, so it is edited as text.</source>
        <translation>Cette valeur n’est pas une date écrite yyyy-MM-dd, elle est donc modifiée comme texte.</translation>
    </message>
    <message>
        <source>This value is not a date and time written as yyyy-MM-dd HH:mm:ss, so it is edited as text.</source>
        <translation>Cette valeur n’est pas une date et heure écrite yyyy-MM-dd HH:mm:ss, elle est donc modifiée comme texte.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number; type digits only, such as 42.</source>
        <translation>« %1 » n’est pas un nombre entier ; tapez uniquement des chiffres, par exemple 42.</translation>
    </message>
    <message>
        <source>“%1” is not a number; type one such as 3.5.</source>
        <translation>« %1 » n’est pas un nombre ; tapez-en un, par exemple 3.5.</translation>
    </message>
    <message>
        <source>“%1” is not a date; type it as yyyy-MM-dd, such as 2026-03-21.</source>
        <translation>« %1 » n’est pas une date ; tapez-la sous la forme yyyy-MM-dd, par exemple 2026-03-21.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; type it as yyyy-MM-dd HH:mm:ss, such as 2026-03-21 14:30:00.</source>
        <translation>« %1 » n’est pas une date et heure ; tapez-la sous la forme yyyy-MM-dd HH:mm:ss, par exemple 2026-03-21 14:30:00.</translation>
    </message>
    <message>
        <source>“%1” is the row’s id, so it cannot be set to NULL.</source>
        <translation>« %1 » est l’identifiant de la ligne, il ne peut donc pas être mis à NULL.</translation>
    </message>
    <message>
        <source>“%1” requires a value, so it cannot be set to NULL.</source>
        <translation>« %1 » exige une valeur, il ne peut donc pas être mis à NULL.</translation>
    </message>
    <message numerus="yes">
        <source>(binary, %Ln byte(s))</source>
        <translation>
            <numerusform>(binaire, %Ln octet)</numerusform>
            <numerusform>(binaire, %Ln octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters, too many to edit here: the first %2 are shown. Copy the cell (Ctrl+C), or use Export… and Import… in View → Cell Editor, for the whole text.</source>
        <translation>%1 caractères, trop pour les modifier ici : les %2 premiers sont affichés. Pour le texte entier, copiez la cellule (Ctrl+C) ou utilisez Exporter… et Importer… dans Affichage → Éditeur de cellule.</translation>
    </message>
</context>
<context>
    <name>rowbook::ConflictNavigator</name>
    <message>
        <source>Ne&amp;xt Conflict</source>
        <translation>Conflit sui&amp;vant</translation>
    </message>
    <message>
        <source>Go to the next cell that another program changed while you were editing it.</source>
        <translation>Aller à la prochaine cellule qu’un autre programme a modifiée pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>This table has no conflicts with other programs.</source>
        <translation>Cette table n’a aucun conflit avec d’autres programmes.</translation>
    </message>
</context>
<context>
    <name>rowbook::ConflictPanel</name>
    <message>
        <source>“%1” was changed by another program: theirs “%2” · yours “%3”.</source>
        <translation>« %1 » a été modifié par un autre programme : le leur « %2 » · le vôtre « %3 ».</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <source>Insert Again</source>
        <translation>Réinsérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>“%1” was changed by another program or by a trigger of the table: theirs “%2” · yours “%3”.</source>
        <translation>« %1 » a été modifié par un autre programme ou par un déclencheur de la table : le leur « %2 » · le vôtre « %3 ».</translation>
    </message>
    <message>
        <source>This row was deleted while you were editing it, by another program or by the database along with a row it refers to: add your version again as a new row, or discard your edits.</source>
        <translation>Cette ligne a été supprimée pendant que vous la modifiiez, par un autre programme ou par la base de données avec une ligne à laquelle elle renvoie : ajoutez à nouveau votre version comme nouvelle ligne, ou abandonnez vos modifications.</translation>
    </message>
</context>
<context>
    <name>rowbook::ConnectDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>localhost, a host name, or a socket folder</source>
        <translation>localhost, un nom d’hôte ou un dossier de socket</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>depuis PGPASSWORD ou ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Connecté : PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
</context>
<context>
    <name>rowbook::ConsoleActions</name>
    <message>
        <source>SQL &amp;Console</source>
        <translation>&amp;Console SQL</translation>
    </message>
    <message>
        <source>Write and run SQL on this database</source>
        <translation>Écrire et exécuter du SQL sur cette base de données</translation>
    </message>
    <message>
        <source>SQL Console %1 — %2</source>
        <translation>Console SQL %1 — %2</translation>
    </message>
    <message>
        <source>Run SQL Fi&amp;le…</source>
        <translation>Exécuter un &amp;fichier SQL…</translation>
    </message>
    <message>
        <source>Run SQL File</source>
        <translation>Exécuter un fichier SQL</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>Fichiers SQL (*.sql);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Run a script of SQL statements on this database as one transaction: all of it or, after an error, nothing</source>
        <translation>Exécuter un script d’instructions SQL sur cette base de données en une seule transaction : tout, ou rien en cas d’erreur</translation>
    </message>
</context>
<context>
    <name>rowbook::CopyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Cancel Copy</source>
        <translation>Annuler la copie</translation>
    </message>
    <message>
        <source>&amp;Open Copy</source>
        <translation>&amp;Ouvrir la copie</translation>
    </message>
    <message>
        <source>Copy Database To</source>
        <translation>Copier la base vers</translation>
    </message>
    <message>
        <source>A new SQLite file</source>
        <translation>Un nouveau fichier SQLite</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;hoose Server…</source>
        <translation>C&amp;hoisir un serveur…</translation>
    </message>
    <message>
        <source>Every table of %1 is copied into a new SQLite file: its schema, then its rows, in one transaction.</source>
        <translation>Chaque table de %1 est copiée dans un nouveau fichier SQLite : son schéma, puis ses lignes, en une transaction.</translation>
    </message>
    <message>
        <source>Every table of %1 is copied into a PostgreSQL database: its schema, then its rows, in one transaction. The tables must not exist there yet.</source>
        <translation>Chaque table de %1 est copiée dans une base PostgreSQL : son schéma, puis ses lignes, en une transaction. Les tables ne doivent pas encore y exister.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation>Base sur le serveur :</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file, so nothing in it is overwritten.</source>
        <translation>%1 existe déjà : choisissez un nouveau fichier, pour que rien n’y soit écrasé.</translation>
    </message>
    <message>
        <source>Name a server database as postgresql://user@host/database, or use Choose Server…</source>
        <translation>Nommez une base sur un serveur sous la forme postgresql://utilisateur@hôte/base, ou utilisez Choisir un serveur…</translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation>Lecture des tables…</translation>
    </message>
    <message>
        <source>Copying “%1”… %2 of %3 rows</source>
        <translation>Copie de « %1 »… %2 lignes sur %3</translation>
    </message>
    <message>
        <source>Canceled: %1 is as it was.</source>
        <translation>Annulé : %1 est inchangé.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Rien n’a été copié : %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln table(s) with %1 rows to %2.</source>
        <translation>
            <numerusform>%Ln table copiée avec %1 lignes vers %2.</numerusform>
            <numerusform>%Ln tables copiées avec %1 lignes vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>rowbook::CreateTableDialog</name>
    <message>
        <source>New Table</source>
        <translation>Nouvelle table</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Primary Key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>&amp;Ajouter une colonne</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>&amp;Retirer la colonne</translation>
    </message>
    <message>
        <source>column%1</source>
        <translation>colonne%1</translation>
    </message>
    <message>
        <source>Table &amp;name:</source>
        <translation>&amp;Nom de la table :</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
</context>
<context>
    <name>rowbook::DamagedFileBar</name>
    <message>
        <source>Recover into a New File…</source>
        <translation>Récupérer dans un nouveau fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open New File</source>
        <translation>Ouvrir le nouveau fichier</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Masquer ce message.</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>Récupérer dans un nouveau fichier</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases de données SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 is damaged, so it is open read-only. Rowbook can copy every row that can still be read into a new file and leave this one as it is.</source>
        <translation>%1 est endommagé, il est donc ouvert en lecture seule. Rowbook peut copier chaque ligne encore lisible dans un nouveau fichier et laisser celui-ci tel quel.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a name for a new file.</source>
        <translation>%1 existe déjà ; choisissez le nom d’un nouveau fichier.</translation>
    </message>
    <message>
        <source>Recovering the rows of %1 into %2…</source>
        <translation>Récupération des lignes de %1 dans %2…</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1; %2 of them could not be matched to a table and are in the table lost_and_found.</source>
        <translation>
            <numerusform>%Ln ligne récupérée dans %1 ; %2 d’entre elles n’ont pu être rattachées à aucune table et sont dans la table lost_and_found.</numerusform>
            <numerusform>%Ln lignes récupérées dans %1 ; %2 d’entre elles n’ont pu être rattachées à aucune table et sont dans la table lost_and_found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %Ln row(s) into %1.</source>
        <translation>
            <numerusform>%Ln ligne récupérée dans %1.</numerusform>
            <numerusform>%Ln lignes récupérées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::DatePicker</name>
    <message>
        <source>Pick a day from the calendar.</source>
        <translation>Choisir un jour dans le calendrier.</translation>
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
        <translation>Aucune base de données n’est ouverte : %1 n’a pas été créé.</translation>
    </message>
    <message>
        <source>Another file is still being backed up before it is opened.</source>
        <translation>Un autre fichier est encore en cours de sauvegarde avant son ouverture.</translation>
    </message>
    <message>
        <source>Backing up %1 before upgrading it for this version of Rowbook…</source>
        <translation>Sauvegarde de %1 avant sa mise à niveau pour cette version de Rowbook…</translation>
    </message>
    <message>
        <source>Another backup is still running; try opening %1 again when it ends.</source>
        <translation>Une autre sauvegarde est encore en cours ; réessayez d’ouvrir %1 quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Rowbook could not open %1.

%2</source>
        <translation>Rowbook n’a pas pu ouvrir %1.

%2</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Ouvert en lecture seule : %1</translation>
    </message>
    <message>
        <source>Saving your edits first…</source>
        <translation>Enregistrement préalable de vos modifications…</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Le fichier est endommagé : %1</translation>
    </message>
    <message>
        <source>The tabs stay as they are until the edits are saved and the file is open.</source>
        <translation>Les onglets restent tels quels jusqu’à ce que les modifications soient enregistrées et le fichier ouvert.</translation>
    </message>
    <message>
        <source>Another file opens once the edits are saved and the tab is free.</source>
        <translation>Un autre fichier s’ouvrira une fois les modifications enregistrées et l’onglet libre.</translation>
    </message>
    <message>
        <source>Rowbook is still connecting to another server.</source>
        <translation>Rowbook se connecte encore à un autre serveur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to %1… Open another database or choose another tab to stop waiting.</source>
        <translation>En attente qu’un autre programme termine d’écrire dans %1… Ouvrez une autre base de données ou choisissez un autre onglet pour ne plus attendre.</translation>
    </message>
    <message>
        <source>Another program is writing to %1 and keeps it locked.

Rowbook opens it as soon as that program lets go of it. Open another database to stop waiting.</source>
        <translation>Un autre programme écrit dans %1 et le garde verrouillé.

Rowbook l’ouvre dès que ce programme le libère. Ouvrez une autre base de données pour ne plus attendre.</translation>
    </message>
    <message>
        <source>%1 was not opened: another program kept it locked.</source>
        <translation>%1 n’a pas été ouvert : un autre programme le gardait verrouillé.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to %1… Open another database to stop waiting.</source>
        <translation>En attente qu’un autre programme termine d’écrire dans %1… Ouvrez une autre base de données pour ne plus attendre.</translation>
    </message>
</context>
<context>
    <name>rowbook::DocumentTabs</name>
    <message>
        <source>Open tables</source>
        <translation>Tables ouvertes</translation>
    </message>
    <message>
        <source>Ne&amp;w Tab</source>
        <translation>No&amp;uvel onglet</translation>
    </message>
    <message>
        <source>Opens the table on screen again in a tab of its own; choose another table or file in it.</source>
        <translation>Ouvre à nouveau la table affichée dans un onglet à part ; choisissez-y une autre table ou un autre fichier.</translation>
    </message>
    <message>
        <source>Close T&amp;ab</source>
        <translation>Fermer &amp;l’onglet</translation>
    </message>
    <message>
        <source>Next Ta&amp;b</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>With one tab, the next table.</source>
        <translation>Avec un seul onglet : la table suivante.</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>The tabs stay as they are until the table change is saved.</source>
        <translation>Les onglets restent tels quels jusqu’à ce que la modification de la table soit enregistrée.</translation>
    </message>
    <message>
        <source>%1 was not opened again: %2</source>
        <translation>%1 n’a pas été rouvert : %2</translation>
    </message>
</context>
<context>
    <name>rowbook::DumpDialog</name>
    <message>
        <source>Export Database as SQL</source>
        <translation>Exporter la base de données en SQL</translation>
    </message>
    <message>
        <source>SQLite (load with: sqlite3 new.db &lt; file.sql)</source>
        <translation>SQLite (charger avec : sqlite3 new.db &lt; file.sql)</translation>
    </message>
    <message>
        <source>PostgreSQL (load with: psql -f file.sql; types as in rowbook copy)</source>
        <translation>PostgreSQL (charger avec : psql -f file.sql ; types comme avec rowbook copy)</translation>
    </message>
    <message>
        <source>Schema and data</source>
        <translation>Schéma et données</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>Schéma uniquement</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>Données uniquement</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecte :</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Contenu :</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tables :</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>Scripts SQL (*.sql)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation>Lecture du schéma…</translation>
    </message>
    <message numerus="yes">
        <source>Writing: %1 of %Ln row(s) (%2 rows/s).</source>
        <translation>
            <numerusform>Écriture : %1 sur %Ln ligne (%2 lignes/s).</numerusform>
            <numerusform>Écriture : %1 sur %Ln lignes (%2 lignes/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) of %1 to %2.</source>
        <translation>
            <numerusform>%Ln ligne de %1 écrite dans %2.</numerusform>
            <numerusform>%Ln lignes de %1 écrites dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::DumpJob</name>
    <message>
        <source>The dump was cancelled.</source>
        <translation>Le dump a été annulé.</translation>
    </message>
    <message>
        <source>The output cannot be written: %1.</source>
        <translation>La sortie ne peut pas être écrite : %1.</translation>
    </message>
    <message>
        <source>A server database is dumped as a script for SQLite (--dialect sqlite); a PostgreSQL script of it is what the server&apos;s own pg_dump writes.</source>
        <translation>Une base sur serveur est exportée en script pour SQLite (--dialect sqlite) ; un script PostgreSQL de cette base, c’est ce qu’écrit pg_dump, l’outil du serveur.</translation>
    </message>
    <message>
        <source>The server does not give the dump one read transaction: %1</source>
        <translation>Le serveur ne donne pas au dump une seule transaction de lecture : %1</translation>
    </message>
</context>
<context>
    <name>rowbook::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Duplicate Ro&amp;w</source>
        <translation>D&amp;upliquer la ligne</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>&amp;Effacer les cellules</translation>
    </message>
    <message>
        <source>Set to &amp;NULL</source>
        <translation>Mettre à &amp;NULL</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy with &amp;Header</source>
        <translation>Copier avec l’en-&amp;tête</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Clears the selected cells; deletes the rows when whole rows are selected.</source>
        <translation>Efface les cellules sélectionnées ; supprime les lignes lorsque des lignes entières sont sélectionnées.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Undo history of “%1” cleared: %2</source>
        <translation>Historique des annulations de « %1 » effacé : %2</translation>
    </message>
    <message>
        <source>Set the selected cells to NULL (no value).</source>
        <translation>Mettre les cellules sélectionnées à NULL (aucune valeur).</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln row(s) from “%1”? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %Ln ligne de « %1 » ? Vous pourrez l’annuler.</numerusform>
            <numerusform>Supprimer %Ln lignes de « %1 » ? Vous pourrez l’annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the values of %Ln required column(s) with no plain default: %1.</source>
        <translation>
            <numerusform>Valeurs conservées pour %Ln colonne obligatoire sans valeur par défaut simple : %1.</numerusform>
            <numerusform>Valeurs conservées pour %Ln colonnes obligatoires sans valeur par défaut simple : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set to NULL</source>
        <translation>Mettre à NULL</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message numerus="yes">
        <source>The pasted cells reach past the last row. Add %Ln row(s)?</source>
        <translation>
            <numerusform>Les cellules collées dépassent la dernière ligne. Ajouter %Ln ligne ?</numerusform>
            <numerusform>Les cellules collées dépassent la dernière ligne. Ajouter %Ln lignes ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln cell(s)</source>
        <translation>
            <numerusform>Coller %Ln cellule</numerusform>
            <numerusform>Coller %Ln cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln column(s) past the last one.</source>
        <translation>
            <numerusform>%Ln colonne au-delà de la dernière a été ignorée.</numerusform>
            <numerusform>%Ln colonnes au-delà de la dernière ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %Ln rows are more than the grid edits at a time here. Paste them in parts, or import them as a file.</source>
        <translation>
            <numerusform>Rien n’a été collé : %Ln ligne, c’est plus que ce que la grille modifie en une fois ici. Collez-la en plusieurs parties, ou importez-la comme fichier.</numerusform>
            <numerusform>Rien n’a été collé : %Ln lignes, c’est plus que ce que la grille modifie en une fois ici. Collez-les en plusieurs parties, ou importez-les comme fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %Ln cell(s) cannot be stored as pasted.</source>
        <translation>
            <numerusform>Rien n’a été collé : %Ln cellule ne peut pas être enregistrée telle quelle.</numerusform>
            <numerusform>Rien n’a été collé : %Ln cellules ne peuvent pas être enregistrées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the values of %Ln column(s) whose cells could not be cleared: %1.</source>
        <translation>
            <numerusform>Valeurs conservées pour %Ln colonne dont les cellules n’ont pas pu être vidées : %1.</numerusform>
            <numerusform>Valeurs conservées pour %Ln colonnes dont les cellules n’ont pas pu être vidées : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s). Undo (%1) takes this back.</source>
        <translation>
            <numerusform>%Ln ligne supprimée. Annuler (%1) revient en arrière.</numerusform>
            <numerusform>%Ln lignes supprimées. Annuler (%1) revient en arrière.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln row(s) from “%1”? The database deletes or changes the rows of %2 that refer to what you delete, and Undo does not bring those back.</source>
        <translation>
            <numerusform>Supprimer %Ln ligne de « %1 » ? La base supprime ou modifie les lignes de %2 qui font référence à ce que vous supprimez, et Annuler ne les rétablit pas.</numerusform>
            <numerusform>Supprimer %Ln lignes de « %1 » ? La base supprime ou modifie les lignes de %2 qui font référence à ce que vous supprimez, et Annuler ne les rétablit pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s). Undo (%1) takes back only that, not what it did to %2.</source>
        <translation>
            <numerusform>%Ln ligne supprimée. Annuler (%1) ne rétablit que cela, pas ce que cela a changé dans %2.</numerusform>
            <numerusform>%Ln lignes supprimées. Annuler (%1) ne rétablit que cela, pas ce que cela a changé dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::EmptyFilterOverlay</name>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No rows match the search “%1”.</source>
        <translation>Aucune ligne ne correspond à la recherche « %1 ».</translation>
    </message>
    <message>
        <source>No rows match the filter on %1.</source>
        <translation>Aucune ligne ne correspond au filtre sur %1.</translation>
    </message>
    <message>
        <source>No rows match the filter on %1 and the search “%2”.</source>
        <translation>Aucune ligne ne correspond au filtre sur %1 et à la recherche « %2 ».</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>“%1” has no rows yet.</source>
        <translation>« %1 » n’a encore aucune ligne.</translation>
    </message>
    <message>
        <source>“%1” has no rows.</source>
        <translation>« %1 » n’a aucune ligne.</translation>
    </message>
</context>
<context>
    <name>rowbook::ExportDialog</name>
    <message>
        <source>Export Table</source>
        <translation>Exporter la table</translation>
    </message>
    <message>
        <source>Table “%1”.</source>
        <translation>Table « %1 ».</translation>
    </message>
    <message>
        <source>Table “%1”, rows: %2.</source>
        <translation>Table « %1 », lignes : %2.</translation>
    </message>
    <message>
        <source>CSV (comma-separated, UTF-8, header row)</source>
        <translation>CSV (séparé par des virgules, UTF-8, ligne d’en-tête)</translation>
    </message>
    <message>
        <source>JSON (an array of objects)</source>
        <translation>JSON (un tableau d’objets)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %Ln row(s) (%1 rows/s).</source>
        <translation>
            <numerusform>Export : %Ln ligne (%1 lignes/s).</numerusform>
            <numerusform>Export : %Ln lignes (%1 lignes/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %1 of %Ln row(s) (%2 rows/s).</source>
        <translation>
            <numerusform>Export : %1 sur %Ln ligne (%2 lignes/s).</numerusform>
            <numerusform>Export : %1 sur %Ln lignes (%2 lignes/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::ExportJob</name>
    <message>
        <source>There is no table “%1” in %2.</source>
        <translation>Il n’existe pas de table « %1 » dans %2.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>The output cannot be written: %1.</source>
        <translation>La sortie ne peut pas être écrite : %1.</translation>
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
        <translation>Cette colonne exige une valeur.</translation>
    </message>
    <message>
        <source>Set this field to NULL (no value).</source>
        <translation>Mettre ce champ à NULL (aucune valeur).</translation>
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
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>A binary value is set to NULL in the grid (Delete) and replaced in the Cell Editor (Import…).</source>
        <translation>Une valeur binaire se met à NULL dans la grille (Suppr) et se remplace dans l’éditeur de cellule (Importer…).</translation>
    </message>
</context>
<context>
    <name>rowbook::FileActions</name>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.sqlite3 *.db *.db3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open &amp;My Database</source>
        <translation>Ouvrir &amp;ma base de données</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>&amp;Exporter la table…</translation>
    </message>
    <message>
        <source>Export &amp;Database as SQL…</source>
        <translation>Exporter la base de données en &amp;SQL…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Sauve&amp;garder maintenant</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier → Ouvrir.</translation>
    </message>
    <message>
        <source>Rowbook could not create %1: %2</source>
        <translation>Rowbook n’a pas pu créer %1 : %2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) into %1.</source>
        <translation>
            <numerusform>%Ln ligne importée dans %1.</numerusform>
            <numerusform>%Ln lignes importées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) as SQL to %1.</source>
        <translation>
            <numerusform>%n ligne écrite en SQL dans %1.</numerusform>
            <numerusform>%n lignes écrites en SQL dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>The backup was canceled; no backup file was kept.</source>
        <translation>La sauvegarde a été annulée ; aucun fichier de sauvegarde n’a été conservé.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Aucune sauvegarde n’a été faite : %1</translation>
    </message>
    <message>
        <source>A backup is already being made.</source>
        <translation>Une sauvegarde est déjà en cours.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Some edits are not saved yet. Wait until they are saved (or undo them) before restoring a backup.</source>
        <translation>Certaines modifications ne sont pas encore enregistrées. Attendez qu’elles le soient (ou annulez-les) avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup %1 was restored; the previous content is kept in %2.</source>
        <translation>La sauvegarde %1 a été restaurée ; le contenu précédent est conservé dans %2.</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>Se connecter à un ser&amp;veur…</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Cop&amp;y Database To…</source>
        <translation>&amp;Copier la base vers…</translation>
    </message>
    <message>
        <source>Saving your edits first; try again in a moment.</source>
        <translation>Vos modifications sont d’abord enregistrées ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Another database is still being opened. Restore a backup when it has opened.</source>
        <translation>Une autre base de données est encore en cours d’ouverture. Restaurez une sauvegarde une fois qu’elle est ouverte.</translation>
    </message>
</context>
<context>
    <name>rowbook::FileJobDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>This is a folder; add a file name.</source>
        <translation>Ceci est un dossier ; ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The file exists; it is replaced when the export succeeds.</source>
        <translation>Le fichier existe ; il sera remplacé si l’export réussit.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written to %1.</source>
        <translation>L’export a été annulé ; rien n’a été écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>rowbook::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Text: contains. =x, &lt;&gt;x, &lt;x, &gt;x, &lt;=x, &gt;=x: compare. =NULL, &lt;&gt;NULL: empty or not. a~b: between a and b. /regex/: regular expression.</source>
        <translation>Texte : contient. =x, &lt;&gt;x, &lt;x, &gt;x, &lt;=x, &gt;=x : comparer. =NULL, &lt;&gt;NULL : vide ou non. a~b : entre a et b. /regex/ : expression régulière.</translation>
    </message>
</context>
<context>
    <name>rowbook::FilterSyntax</name>
    <message>
        <source>There is text after the closing double quote; inside double quotes write &quot;&quot; for one double quote.</source>
        <translation>Il y a du texte après le guillemet fermant ; entre guillemets, écrivez &quot;&quot; pour un guillemet.</translation>
    </message>
    <message>
        <source>The closing double quote is missing.</source>
        <translation>Le guillemet fermant manque.</translation>
    </message>
    <message>
        <source>NULL can only follow = or &lt;&gt;; put it in double quotes to compare with the text NULL.</source>
        <translation>NULL ne peut suivre que = ou &lt;&gt; ; mettez-le entre guillemets pour comparer avec le texte NULL.</translation>
    </message>
    <message>
        <source>Type a regular expression between the slashes.</source>
        <translation>Tapez une expression régulière entre les barres obliques.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2 of the pattern).</source>
        <translation>L’expression régulière n’est pas valide : %1 (au caractère %2 du motif).</translation>
    </message>
    <message>
        <source>Type a value after %1, or write %1&quot;&quot; for empty text.</source>
        <translation>Tapez une valeur après %1, ou écrivez %1&quot;&quot; pour un texte vide.</translation>
    </message>
    <message>
        <source>“%1” is not a number; put it in double quotes to compare it as text.</source>
        <translation>« %1 » n’est pas un nombre ; mettez-le entre guillemets doubles pour le comparer comme texte.</translation>
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
        <translation>Tapez pour chercher dans les %1 premières lignes de « %2 », ou tapez une clé.</translation>
    </message>
    <message>
        <source>Type to search “%1”.</source>
        <translation>Tapez pour chercher dans « %1 ».</translation>
    </message>
    <message>
        <source>Refers to %1 of “%2”; Ctrl+click the cell to go there.</source>
        <translation>Fait référence à %1 de « %2 » ; Ctrl+clic sur la cellule pour y aller.</translation>
    </message>
    <message>
        <source>Reading the rows of “%1”…</source>
        <translation>Lecture des lignes de « %1 »…</translation>
    </message>
    <message>
        <source>The rows of “%1” could not be read (%2); type a key.</source>
        <translation>Les lignes de « %1 » n’ont pas pu être lues (%2) ; saisissez une clé.</translation>
    </message>
    <message>
        <source>No row of “%1” is named “%2”: choose one from the list, or type its %3.</source>
        <translation>Aucune ligne de « %1 » ne s’appelle « %2 » : choisissez-en une dans la liste, ou saisissez sa valeur %3.</translation>
    </message>
    <message>
        <source>The rows of “%1” are still being read: wait a moment, then leave the field again.</source>
        <translation>Les lignes de « %1 » sont encore en cours de lecture : patientez un instant, puis quittez de nouveau le champ.</translation>
    </message>
</context>
<context>
    <name>rowbook::ForeignKeyJump</name>
    <message>
        <source>The cell is empty: it refers to no row.</source>
        <translation>La cellule est vide : elle ne fait référence à aucune ligne.</translation>
    </message>
    <message>
        <source>No row of “%1” has %2 %3.</source>
        <translation>Aucune ligne de « %1 » n’a %2 %3.</translation>
    </message>
</context>
<context>
    <name>rowbook::GridLayout</name>
    <message>
        <source>&amp;Hide Column</source>
        <translation>&amp;Masquer la colonne</translation>
    </message>
    <message>
        <source>&amp;Show Columns</source>
        <translation>&amp;Afficher les colonnes</translation>
    </message>
    <message>
        <source>&amp;Freeze Up To This Column</source>
        <translation>&amp;Figer jusqu’à cette colonne</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Ne plus figer</translation>
    </message>
    <message>
        <source>Fit &amp;Width to Contents</source>
        <translation>Ajuster la &amp;largeur au contenu</translation>
    </message>
    <message>
        <source>Fit &amp;All Columns</source>
        <translation>Ajuster &amp;toutes les colonnes</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Colum&amp;ns</source>
        <translation>Colo&amp;nnes</translation>
    </message>
    <message>
        <source>Show &amp;All Columns</source>
        <translation>Affic&amp;her toutes les colonnes</translation>
    </message>
    <message>
        <source>&amp;Unfreeze Columns</source>
        <translation>&amp;Ne plus figer les colonnes</translation>
    </message>
    <message>
        <source>Fit All &amp;Columns</source>
        <translation>Ajuster &amp;toutes les colonnes</translation>
    </message>
    <message>
        <source>Right-click a column header</source>
        <translation>Clic droit sur un en-tête de colonne</translation>
    </message>
    <message>
        <source>Hide, show, freeze or fit columns.</source>
        <translation>Masquer, afficher, figer ou ajuster les colonnes.</translation>
    </message>
    <message>
        <source>Drag a column header</source>
        <translation>Faire glisser un en-tête de colonne</translation>
    </message>
    <message>
        <source>Move the column; the order is kept for the table.</source>
        <translation>Déplacer la colonne ; l’ordre est conservé pour la table.</translation>
    </message>
    <message>
        <source>Columns up to “%1” are too wide to freeze: they would cover most of the grid and leave the other columns no room to scroll. Narrow or hide some of them, or widen the window.</source>
        <translation>Les colonnes jusqu’à « %1 » sont trop larges pour être figées : elles couvriraient la plus grande partie de la grille et ne laisseraient aux autres colonnes aucune place pour défiler. Rétrécissez ou masquez-en quelques-unes, ou agrandissez la fenêtre.</translation>
    </message>
</context>
<context>
    <name>rowbook::HistorySearch</name>
    <message>
        <source>Search Query History</source>
        <translation>Rechercher dans l’historique des requêtes</translation>
    </message>
    <message>
        <source>Text in the query</source>
        <translation>Texte de la requête</translation>
    </message>
    <message>
        <source>Use Query</source>
        <translation>Utiliser la requête</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: %2</source>
        <translation>Enregistrée &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n ligne en %1 ms</numerusform>
            <numerusform>%n lignes en %1 ms</numerusform>
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
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>No queries were run on this database yet.</source>
        <translation>Aucune requête n’a encore été exécutée sur cette base de données.</translation>
    </message>
    <message>
        <source>No query contains &quot;%1&quot;.</source>
        <translation>Aucune requête ne contient &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n query(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Réexécuter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied the query.</source>
        <translation>Requête copiée.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Use Query</source>
        <translation>&amp;Utiliser la requête</translation>
    </message>
    <message>
        <source>Give the highlighted saved query another name</source>
        <translation>Donner un autre nom à la requête enregistrée sélectionnée</translation>
    </message>
    <message>
        <source>Delete the highlighted saved query</source>
        <translation>Supprimer la requête enregistrée sélectionnée</translation>
    </message>
</context>
<context>
    <name>rowbook::ImportDialog</name>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (détecté)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>First row has the column &amp;names</source>
        <translation>La première ligne contient les &amp;noms de colonnes</translation>
    </message>
    <message>
        <source>&amp;Add the rows</source>
        <translation>&amp;Ajouter les lignes</translation>
    </message>
    <message>
        <source>&amp;Replace all its rows</source>
        <translation>&amp;Remplacer toutes ses lignes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Importer un fichier</translation>
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
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
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
        <translation>Nom d’une table nouvelle ou existante</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <source>CSV and JSON files (%1)</source>
        <translation>Fichiers CSV et JSON (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file. Column types are guessed from these rows; the import checks every row.</source>
        <translation>
            <numerusform>La première ligne du fichier. Les types de colonnes sont déduits de cette ligne ; l’import vérifie chaque ligne.</numerusform>
            <numerusform>Les %Ln premières lignes du fichier. Les types de colonnes sont déduits de ces lignes ; l’import vérifie chaque ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in the file: %1.</source>
        <translation>Lignes dans le fichier : %1.</translation>
    </message>
    <message>
        <source>The table exists: its own column types are used.</source>
        <translation>La table existe : ses propres types de colonnes sont utilisés.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Waiting for the database: another program is writing to it (%1 s). The import goes on as soon as it is free.</source>
        <translation>En attente de la base de données : un autre programme y écrit (%1 s). L’import reprend dès qu’elle est libre.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Checking the file: %Ln row(s) read (%1 rows/s).</source>
        <translation>
            <numerusform>Vérification du fichier : %Ln ligne lue (%1 lignes/s).</numerusform>
            <numerusform>Vérification du fichier : %Ln lignes lues (%1 lignes/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %1 of %Ln row(s) (%2 rows/s).</source>
        <translation>
            <numerusform>Import : %1 sur %Ln ligne (%2 lignes/s).</numerusform>
            <numerusform>Import : %1 sur %Ln lignes (%2 lignes/s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) into the new table “%1” (%2).</source>
        <translation>
            <numerusform>%Ln ligne importée dans la nouvelle table « %1 » (%2).</numerusform>
            <numerusform>%Ln lignes importées dans la nouvelle table « %1 » (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) into “%1”.</source>
        <translation>
            <numerusform>%Ln ligne importée dans « %1 ».</numerusform>
            <numerusform>%Ln lignes importées dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Reading the database&apos;s tables…</source>
        <translation>Lecture des tables de la base de données…</translation>
    </message>
    <message>
        <source>Waiting for the database to list its tables: %1 Trying again every second.</source>
        <translation>En attente de la liste des tables de la base de données : %1 Nouvel essai chaque seconde.</translation>
    </message>
</context>
<context>
    <name>rowbook::ImportJob</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Le fichier ne peut pas être ouvert : %1.</translation>
    </message>
    <message>
        <source>The database is busy: another program held its lock for more than %1 seconds. Nothing was imported.</source>
        <translation>La base de données est occupée : un autre programme a détenu son verrou plus de %1 secondes. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>No table name was given.</source>
        <translation>Aucun nom de table n’a été indiqué.</translation>
    </message>
    <message>
        <source>The table name “%1” is reserved.</source>
        <translation>Le nom de table « %1 » est réservé.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’import a été annulé ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 column types were given for %2 columns.</source>
        <translation>%1 types de colonnes ont été indiqués pour %2 colonnes.</translation>
    </message>
    <message>
        <source>The file has no column “%1” to give a type (its columns are: %2).</source>
        <translation>Le fichier n’a pas de colonne « %1 » à laquelle donner un type (ses colonnes sont : %2).</translation>
    </message>
    <message>
        <source>Table “%1” exists, so its own column types decide how values are stored; column types can only be given for a new table.</source>
        <translation>La table « %1 » existe, ses propres types de colonnes décident donc de la façon dont les valeurs sont stockées ; les types ne peuvent être indiqués que pour une nouvelle table.</translation>
    </message>
    <message>
        <source>The file holds no columns to create table “%1” from.</source>
        <translation>Le fichier ne contient aucune colonne à partir de laquelle créer la table « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is a view; import into a table.</source>
        <translation>« %1 » est une vue ; importez dans une table.</translation>
    </message>
    <message>
        <source>The file is empty (expected a header row).</source>
        <translation>Le fichier est vide (attendu : une ligne d’en-tête).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file changed while it was imported (expected %1 fields, found %2).</source>
        <translation>Le fichier a changé pendant l’import (attendu : %1 champs, trouvé : %2).</translation>
    </message>
    <message>
        <source>JSON files are always UTF-8, so the encoding “%1” cannot be used with JSON.</source>
        <translation>Les fichiers JSON sont toujours en UTF-8, l’encodage « %1 » ne peut donc pas être utilisé avec du JSON.</translation>
    </message>
    <message>
        <source>The file changed while it was imported.</source>
        <translation>Le fichier a changé pendant l’import.</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Column “%1”: %2. Nothing was imported.</source>
        <translation>Colonne « %1 » : %2. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Its column “%1” is its primary key.</source>
        <translation>Sa colonne « %1 » est sa clé primaire.</translation>
    </message>
    <message>
        <source>It has no primary key, so Rowbook shows it read-only; add one in the SQL console: ALTER TABLE %1 ADD PRIMARY KEY (column).</source>
        <translation>Elle n’a pas de clé primaire, donc Rowbook l’affiche en lecture seule ; ajoutez-en une dans la console SQL : ALTER TABLE %1 ADD PRIMARY KEY (colonne).</translation>
    </message>
    <message>
        <source>Column “%1” holds the row numbers, and “%2” is not a whole number.</source>
        <translation>La colonne « %1 » contient les numéros de ligne, et « %2 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Column “%1” refers to a row of “%2” whose “%3” is “%4”, and there is none.</source>
        <translation>La colonne « %1 » renvoie à une ligne de « %2 » dont « %3 » vaut « %4 », et il n’y en a aucune.</translation>
    </message>
    <message>
        <source>Rows of other tables refer to the rows of “%1”, so its rows cannot be replaced; import without replacing, or change those rows first. Nothing was imported.</source>
        <translation>Des lignes d’autres tables renvoient aux lignes de « %1 », qui ne peuvent donc pas être remplacées ; importez sans remplacer, ou modifiez d’abord ces lignes. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>“%1” refers to “%2” with ON DELETE %3, so replacing the rows of “%2” would delete or change rows of “%1”; import without replacing. Nothing was imported.</source>
        <translation>« %1 » renvoie à « %2 » avec ON DELETE %3 : remplacer les lignes de « %2 » supprimerait ou modifierait des lignes de « %1 » ; importez sans remplacer. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The tables that refer to “%1” could not be read, so its rows were not replaced. Nothing was imported.</source>
        <translation>Les tables qui renvoient à « %1 » n’ont pas pu être lues : ses lignes n’ont donc pas été remplacées. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>With the file&apos;s rows in place of its own, rows of “%1” or of tables that refer to it would refer to rows that do not exist.</source>
        <translation>Avec les lignes du fichier à la place des siennes, des lignes de « %1 » ou des tables qui y renvoient renverraient à des lignes qui n’existent pas.</translation>
    </message>
    <message>
        <source>Rows of “%1” refer to the row of “%2” whose “%3” is “%4”, and the file holds no such row.</source>
        <translation>Des lignes de « %1 » renvoient à la ligne de « %2 » dont « %3 » vaut « %4 », et le fichier ne contient aucune ligne de ce genre.</translation>
    </message>
    <message>
        <source>Columns “%1” refer to a row of “%2” whose “%3” are “%4”, and there is none.</source>
        <translation>Les colonnes « %1 » renvoient à une ligne de « %2 » dont « %3 » valent « %4 », et il n’y en a aucune.</translation>
    </message>
    <message>
        <source>Rows of “%1” refer to the row of “%2” whose “%3” are “%4”, and the file holds no such row.</source>
        <translation>Des lignes de « %1 » renvoient à la ligne de « %2 » dont « %3 » valent « %4 », et le fichier ne contient aucune ligne de ce genre.</translation>
    </message>
</context>
<context>
    <name>rowbook::ImportPlan</name>
    <message>
        <source>This row has more fields than the first one (expected %1 fields, found %2).</source>
        <translation>Cette ligne a plus de champs que la première (attendu : %1 champs, trouvé : %2).</translation>
    </message>
    <message>
        <source>This row has fewer fields than the first one (expected %1 fields, found %2).</source>
        <translation>Cette ligne a moins de champs que la première (attendu : %1 champs, trouvé : %2).</translation>
    </message>
    <message>
        <source>The file holds no columns to import into table “%1”.</source>
        <translation>Le fichier ne contient aucune colonne à importer dans la table « %1 ».</translation>
    </message>
    <message>
        <source>Table “%1” has no column %2 (its columns are %3).</source>
        <translation>La table « %1 » n’a pas de colonne %2 (ses colonnes sont %3).</translation>
    </message>
    <message>
        <source>The file has %1 columns but table “%2” has only %3.</source>
        <translation>Le fichier a %1 colonnes mais la table « %2 » n’en a que %3.</translation>
    </message>
    <message>
        <source>Enter the name of the table to import into.</source>
        <translation>Saisissez le nom de la table dans laquelle importer.</translation>
    </message>
    <message>
        <source>The name “%1” is reserved for SQLite and Rowbook; choose another.</source>
        <translation>Le nom « %1 » est réservé à SQLite et Rowbook ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A new table “%1” will be created with the columns %2.</source>
        <translation>Une nouvelle table « %1 » sera créée avec les colonnes %2.</translation>
    </message>
    <message>
        <source>“%1” is a view; enter the name of a table.</source>
        <translation>« %1 » est une vue ; saisissez le nom d’une table.</translation>
    </message>
    <message>
        <source>Table “%1” exists; the file&apos;s columns go into its columns %2.</source>
        <translation>La table « %1 » existe ; les colonnes du fichier vont dans ses colonnes %2.</translation>
    </message>
    <message>
        <source>%1 Enter another name to import into a new table.</source>
        <translation>%1 Saisissez un autre nom pour importer dans une nouvelle table.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Le fichier ne peut pas être ouvert : %1.</translation>
    </message>
    <message numerus="yes">
        <source>(binary, %Ln byte(s))</source>
        <translation>
            <numerusform>(binaire, %Ln octet)</numerusform>
            <numerusform>(binaire, %Ln octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file holds no objects to import.</source>
        <translation>Le fichier ne contient aucun objet à importer.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The file holds no columns to create table “%1” from.</source>
        <translation>Le fichier ne contient aucune colonne à partir de laquelle créer la table « %1 ».</translation>
    </message>
    <message>
        <source>A new table “%1” will be created with the file&apos;s columns.</source>
        <translation>Une nouvelle table « %1 » sera créée avec les colonnes du fichier.</translation>
    </message>
    <message>
        <source>Table “%1” exists; the file&apos;s rows will go into it.</source>
        <translation>La table « %1 » existe ; les lignes du fichier y seront ajoutées.</translation>
    </message>
</context>
<context>
    <name>rowbook::IndexOfferBar</name>
    <message>
        <source>Create Index</source>
        <translation>Créer un index</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Masquer ce message.</translation>
    </message>
    <message>
        <source>Sorting by “%1” took %2 s. An index on this column makes the next sort by it almost instant (it takes some disk space and a moment to build).</source>
        <translation>Le tri par « %1 » a pris %2 s. Un index sur cette colonne rend le prochain tri par elle presque instantané (il prend un peu de place sur le disque et un moment à construire).</translation>
    </message>
    <message>
        <source>Creating index “%1” on “%2” of “%3”… You can go on working; edits are saved once it is done.</source>
        <translation>Création de l’index « %1 » sur « %2 » de « %3 »… Vous pouvez continuer à travailler ; les modifications sont enregistrées une fois qu’il est prêt.</translation>
    </message>
    <message>
        <source>Index “%1” created: sorting “%2” by “%3” now reads the index.</source>
        <translation>Index « %1 » créé : le tri de « %2 » par « %3 » lit désormais l’index.</translation>
    </message>
    <message>
        <source>The index was not created: %1</source>
        <translation>L’index n’a pas été créé : %1</translation>
    </message>
</context>
<context>
    <name>rowbook::JournalWriter::Sink</name>
    <message>
        <source>Could not remove the recovery journal %1.</source>
        <translation>Le journal de récupération %1 n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Could not write the recovery journal %1: %2</source>
        <translation>Le journal de récupération %1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>rowbook::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;original&gt;</translation>
    </message>
    <message>
        <source>Rowbook</source>
        <translation>Rowbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>Enregistrer m&amp;aintenant</translation>
    </message>
    <message>
        <source>Edits are saved automatically; this saves them right away.</source>
        <translation>Les modifications sont enregistrées automatiquement ; ceci les enregistre immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>%1 — Rowbook [read-only]</source>
        <translation>%1 — Rowbook [lecture seule]</translation>
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
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Table List</source>
        <translation>&amp;Liste des tables</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>F&amp;ilter Row</source>
        <translation>Ligne de f&amp;iltre</translation>
    </message>
    <message>
        <source>&amp;Row…</source>
        <translation>Lig&amp;ne…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Table</source>
        <translation>Table sui&amp;vante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Table</source>
        <translation>Table préc&amp;édente</translation>
    </message>
    <message>
        <source>Go to Row</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Row number (1 to %1):</source>
        <translation>Numéro de ligne (1 à %1) :</translation>
    </message>
    <message>
        <source>F2 or typing</source>
        <translation>F2 ou saisie</translation>
    </message>
    <message>
        <source>Edit the current cell.</source>
        <translation>Modifier la cellule courante.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Save the cell being edited.</source>
        <translation>Enregistrer la cellule en cours de modification.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Leave the cell editor without changing the value.</source>
        <translation>Quitter l’éditeur de cellule sans modifier la valeur.</translation>
    </message>
    <message>
        <source>Tab (in the search box)</source>
        <translation>Tab (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Go from the search box to the grid.</source>
        <translation>Passer du champ de recherche à la grille.</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <source>On a foreign-key value: jump to the row it refers to.</source>
        <translation>Sur une valeur de clé étrangère : aller à la ligne à laquelle elle renvoie.</translation>
    </message>
    <message>
        <source>Ctrl+Return (in the cell editor)</source>
        <translation>Ctrl+Entrée (dans l’éditeur de cellule)</translation>
    </message>
    <message>
        <source>Store the cell editor&apos;s text in the cell.</source>
        <translation>Enregistrer le texte de l’éditeur de cellule dans la cellule.</translation>
    </message>
</context>
<context>
    <name>rowbook::PgDialect</name>
    <message>
        <source>Views are read-only.</source>
        <translation>Les vues sont en lecture seule.</translation>
    </message>
    <message>
        <source>This table has no primary key, so Rowbook cannot tell its rows apart: it is read-only.</source>
        <translation>Cette table n’a pas de clé primaire, Rowbook ne peut donc pas distinguer ses lignes : elle est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>rowbook::PopulateDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Remplir</translation>
    </message>
    <message>
        <source>Cancel Fill</source>
        <translation>Annuler le remplissage</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Fill “%1” with Sample Data</source>
        <translation>Remplir « %1 » avec des données d’exemple</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <source>Range or values</source>
        <translation>Plage ou valeurs</translation>
    </message>
    <message>
        <source>Chosen from</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>The same seed on the same table gives the same rows.</source>
        <translation>La même graine sur la même table donne les mêmes lignes.</translation>
    </message>
    <message>
        <source>&amp;Rows to add:</source>
        <translation>&amp;Lignes à ajouter :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>Each column gets values from a generator; change one where the choice does not fit.</source>
        <translation>Chaque colonne reçoit ses valeurs d’un générateur ; changez-le là où le choix ne convient pas.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows a fill writes:</source>
        <translation>
            <numerusform>La première ligne qu’écrit le remplissage :</numerusform>
            <numerusform>Les %n premières lignes qu’écrit le remplissage :</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating and inserting rows… %1 of %2</source>
        <translation>Génération et insertion des lignes… %1 sur %2</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Lecture de la table…</translation>
    </message>
    <message>
        <source>The seed must be a whole number of at least 0, not “%1”.</source>
        <translation>La graine doit être un nombre entier d’au moins 0, pas « %1 ».</translation>
    </message>
    <message>
        <source>Write the range of column “%1” as two whole numbers, such as 1..100, not “%2”.</source>
        <translation>Indiquez la plage de la colonne « %1 » sous forme de deux nombres entiers, par ex. 1..100, pas « %2 ».</translation>
    </message>
    <message>
        <source>Write the range of column “%1” as two numbers, such as 0.5..99.9, not “%2”.</source>
        <translation>Indiquez la plage de la colonne « %1 » sous forme de deux nombres, par ex. 0.5..99.9, pas « %2 ».</translation>
    </message>
    <message>
        <source>Write the values of column “%1” separated by commas.</source>
        <translation>Indiquez les valeurs de la colonne « %1 » séparées par des virgules.</translation>
    </message>
    <message>
        <source>Generating and inserting rows…</source>
        <translation>Génération et insertion des lignes…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Annulation ; rien ne sera écrit…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln row(s).</source>
        <translation>
            <numerusform>%Ln ligne ajoutée.</numerusform>
            <numerusform>%Ln lignes ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::QueryExportJob</name>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>La base de données ne peut pas être ouverte : %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>rowbook::QueryHistory</name>
    <message>
        <source>Could not save the query history in %1.</source>
        <translation>L’historique des requêtes n’a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not read the query history in %1: %2</source>
        <translation>L’historique des requêtes dans %1 n’a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>rowbook::QueryPlanView</name>
    <message>
        <source>Query plan</source>
        <translation>Plan d’exécution</translation>
    </message>
</context>
<context>
    <name>rowbook::Quotes</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>rowbook::RecordForm</name>
    <message>
        <source>Select a row to edit it here.</source>
        <translation>Sélectionnez une ligne pour la modifier ici.</translation>
    </message>
    <message>
        <source>“%1” was not saved in “%2” because it does not fit the column.</source>
        <translation>« %1 » n’a pas été enregistré dans « %2 » car la valeur ne convient pas à la colonne.</translation>
    </message>
    <message>
        <source>%1 — new row</source>
        <translation>%1 — nouvelle ligne</translation>
    </message>
    <message>
        <source>%1 — row %2 of %3</source>
        <translation>%1 — ligne %2 sur %3</translation>
    </message>
    <message>
        <source>This is a view, so its rows are read-only.</source>
        <translation>Ceci est une vue, ses lignes sont donc en lecture seule.</translation>
    </message>
    <message>
        <source>This table is read-only.</source>
        <translation>Cette table est en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” was not saved in “%2”: the table changed before its rows were read.</source>
        <translation>« %1 » n’a pas été enregistré dans « %2 » : la table a changé avant que ses lignes soient lues.</translation>
    </message>
    <message>
        <source>“%1” will be saved in “%2” once the rows of “%3” have been read.</source>
        <translation>« %1 » sera enregistré dans « %2 » dès que les lignes de « %3 » auront été lues.</translation>
    </message>
    <message>
        <source>“%1” was not saved in “%2”: %3</source>
        <translation>« %1 » n’a pas été enregistré dans « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>rowbook::RecoveryJournal</name>
    <message>
        <source>Add a row to %1: %2</source>
        <translation>Ajouter une ligne à %1 : %2</translation>
    </message>
    <message>
        <source>Change row %1 of %2: %3</source>
        <translation>Modifier la ligne %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Delete row %1 of %2</source>
        <translation>Supprimer la ligne %1 de %2</translation>
    </message>
    <message>
        <source>The recovery journal %1 cannot be read: %2</source>
        <translation>Le journal de récupération %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The recovery journal %1 is damaged and cannot be used.</source>
        <translation>Le journal de récupération %1 est endommagé et ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The recovery journal was written by a newer version of Rowbook.</source>
        <translation>Le journal de récupération a été écrit par une version plus récente de Rowbook.</translation>
    </message>
    <message>
        <source>The recovery journal belongs to a different database file, so it is not applied to this one.</source>
        <translation>Le journal de récupération appartient à un autre fichier de base de données, il n’est donc pas appliqué à celui-ci.</translation>
    </message>
    <message>
        <source>Edits to table “%1” cannot be applied: it no longer exists or cannot be edited.</source>
        <translation>Les modifications de la table « %1 » ne peuvent pas être appliquées : elle n’existe plus ou ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>A value for column “%1” of “%2” cannot be applied: the column no longer exists.</source>
        <translation>Une valeur de la colonne « %1 » de « %2 » ne peut pas être appliquée : la colonne n’existe plus.</translation>
    </message>
    <message>
        <source>Later edits to a row added to “%1” just before Rowbook stopped cannot be matched to it: %2</source>
        <translation>Les modifications ultérieures d’une ligne ajoutée à « %1 » juste avant l’arrêt de Rowbook ne peuvent pas lui être rattachées : %2</translation>
    </message>
    <message>
        <source>A row added to “%1” may already have been saved before Rowbook stopped, so it is not added again: %2</source>
        <translation>Une ligne ajoutée à « %1 » a peut-être déjà été enregistrée avant l’arrêt de Rowbook, elle n’est donc pas ajoutée de nouveau : %2</translation>
    </message>
    <message>
        <source>Changes to row %1 of “%2” cannot be applied: the row was deleted meanwhile (%3).</source>
        <translation>Les modifications de la ligne %1 de « %2 » ne peuvent pas être appliquées : la ligne a été supprimée entre-temps (%3).</translation>
    </message>
</context>
<context>
    <name>rowbook::RestoreDialog</name>
    <message>
        <source>Made on request</source>
        <translation>Faite sur demande</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before dropping a table</source>
        <translation>Avant la suppression d’une table</translation>
    </message>
    <message>
        <source>Before dropping a column</source>
        <translation>Avant la suppression d’une colonne</translation>
    </message>
    <message>
        <source>Before changing a column</source>
        <translation>Avant la modification d’une colonne</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring replaces the file&apos;s content; the current content is backed up first.</source>
        <translation>Sauvegardes de %1, les plus récentes d’abord. La restauration remplace le contenu du fichier ; le contenu actuel est sauvegardé au préalable.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Il n’existe pas encore de sauvegarde de ce fichier.</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : illisible</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1 : %Ln ligne</numerusform>
            <numerusform>%1 : %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup holds no tables.</source>
        <translation>La sauvegarde ne contient aucune table.</translation>
    </message>
    <message>
        <source>Replace the content of %1 with the backup from %2 (%3)?</source>
        <translation>Remplacer le contenu de %1 par la sauvegarde du %2 (%3) ?</translation>
    </message>
    <message>
        <source>Everything in the file now, including changes made since that backup, is first saved as a backup of its own, so you can go back.</source>
        <translation>Tout le contenu actuel du fichier, y compris les modifications faites depuis cette sauvegarde, est d’abord enregistré dans une sauvegarde à part, pour que vous puissiez revenir en arrière.</translation>
    </message>
    <message>
        <source>A backup is still being made; try again in a moment.</source>
        <translation>Une sauvegarde est encore en cours ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Restoring… The current content is backed up first.</source>
        <translation>Restauration… Le contenu actuel est d’abord sauvegardé.</translation>
    </message>
    <message>
        <source>Nothing was restored (%1): %2</source>
        <translation>Rien n’a été restauré (%1) : %2</translation>
    </message>
</context>
<context>
    <name>rowbook::ResultActions</name>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Copy as &amp;TSV</source>
        <translation>Copier en &amp;TSV</translation>
    </message>
    <message>
        <source>Run the statement again and write all of its rows to a file</source>
        <translation>Réexécuter l’instruction et écrire toutes ses lignes dans un fichier</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Résu&amp;ltats</translation>
    </message>
    <message>
        <source>Export or copy the result</source>
        <translation>Exporter ou copier le résultat</translation>
    </message>
    <message>
        <source>There is no result to export: run a query that returns rows and does not change data first.</source>
        <translation>Il n’y a aucun résultat à exporter : exécutez d’abord une requête qui renvoie des lignes sans modifier de données.</translation>
    </message>
    <message>
        <source>Export Result as JSON</source>
        <translation>Exporter le résultat en JSON</translation>
    </message>
    <message>
        <source>Export Result as CSV</source>
        <translation>Exporter le résultat en CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>An export is running already.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Exporting to %1: %2 rows written…</source>
        <translation>Export vers %1 : %2 lignes écrites…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells to copy first.</source>
        <translation>Sélectionnez d’abord les cellules à copier.</translation>
    </message>
    <message>
        <source>Only the rows read so far can be copied; scroll to them, or export the whole result to a file.</source>
        <translation>Seules les lignes déjà lues peuvent être copiées ; faites défiler jusqu’à elles, ou exportez tout le résultat dans un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n cellule copiée.</numerusform>
            <numerusform>%n cellules copiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::SaveStatus</name>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Waiting for another program to release the database… attempt %1</source>
        <translation>En attente qu’un autre programme libère la base de données… tentative %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved (%Ln edit(s) pending)</source>
        <translation>
            <numerusform>Non enregistré (%Ln modification en attente)</numerusform>
            <numerusform>Non enregistré (%Ln modifications en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>The new row is saved when you leave it.</source>
        <translation>La nouvelle ligne est enregistrée quand vous la quittez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln conflict(s) with other programs</source>
        <translation>
            <numerusform>%1 · %Ln conflit avec d’autres programmes</numerusform>
            <numerusform>%1 · %Ln conflits avec d’autres programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server unreachable — retrying (%Ln edit(s) kept)</source>
        <translation>
            <numerusform>Serveur injoignable — nouvelle tentative en cours (%Ln modification conservée)</numerusform>
            <numerusform>Serveur injoignable — nouvelle tentative en cours (%Ln modifications conservées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server unreachable — retrying</source>
        <translation>Serveur injoignable — nouvelle tentative en cours</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) to save</source>
        <translation>
            <numerusform>%Ln modification à enregistrer</numerusform>
            <numerusform>%Ln modifications à enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another session to release a row you edited… attempt %1</source>
        <translation>En attente qu’une autre session libère une ligne que vous avez modifiée… tentative %1</translation>
    </message>
</context>
<context>
    <name>rowbook::SaveWorker</name>
    <message>
        <source>The database file %1 was deleted or moved while Rowbook had it open, so nothing was saved. Your edits are kept; reopen the file or restore a backup.</source>
        <translation>Le fichier de base de données %1 a été supprimé ou déplacé pendant que Rowbook l’avait ouvert, rien n’a donc été enregistré. Vos modifications sont conservées ; rouvrez le fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while Rowbook had it open, so nothing was saved. Your edits are kept; reopen the file to see its new content.</source>
        <translation>Le fichier de base de données %1 a été remplacé par un autre fichier pendant que Rowbook l’avait ouvert, rien n’a donc été enregistré. Vos modifications sont conservées ; rouvrez le fichier pour voir son nouveau contenu.</translation>
    </message>
    <message>
        <source>This change to the schema of a server database is not possible in Rowbook yet.</source>
        <translation>Cette modification du schéma d’une base de données serveur n’est pas encore possible dans Rowbook.</translation>
    </message>
</context>
<context>
    <name>rowbook::SchemaDiagramView</name>
    <message>
        <source>Double-click to open %1; drag to move.</source>
        <translation>Double-cliquez pour ouvrir %1 ; faites glisser pour déplacer.</translation>
    </message>
</context>
<context>
    <name>rowbook::SchemaDiagramWindow</name>
    <message>
        <source>Schema Diagram</source>
        <translation>Diagramme du schéma</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Reading the schema of %1…</source>
        <translation>Lecture du schéma de %1…</translation>
    </message>
    <message>
        <source>The schema of %1 cannot be read; the diagram is empty.</source>
        <translation>Le schéma de %1 ne peut pas être lu ; le diagramme est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) and view(s). Drag a box to move it; double-click to open the table; Ctrl+wheel zooms.</source>
        <translation>
            <numerusform>%n table ou vue. Faites glisser une boîte pour la déplacer ; double-cliquez pour ouvrir la table ; Ctrl+molette pour zoomer.</numerusform>
            <numerusform>%n tables et vues. Faites glisser une boîte pour la déplacer ; double-cliquez pour ouvrir la table ; Ctrl+molette pour zoomer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Schema Diagram</source>
        <translation>Exporter le diagramme du schéma</translation>
    </message>
    <message>
        <source>schema diagram</source>
        <translation>diagramme du schéma</translation>
    </message>
    <message>
        <source>Exported the diagram to %1.</source>
        <translation>Diagramme exporté vers %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>rowbook::SchemaDialog</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>&amp;Drop Column…</source>
        <translation>&amp;Supprimer la colonne…</translation>
    </message>
    <message>
        <source>Re&amp;name Table</source>
        <translation>Re&amp;nommer la table</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Table :</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Primary Key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Double-click a column name to rename it.</source>
        <translation>Double-cliquez sur un nom de colonne pour la renommer.</translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>&amp;Ajouter la colonne</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Edit Column…</source>
        <translation>&amp;Modifier la colonne…</translation>
    </message>
    <message>
        <source>Index name</source>
        <translation>Nom de l’index</translation>
    </message>
    <message>
        <source>&amp;Index Selected Columns</source>
        <translation>&amp;Indexer les colonnes sélectionnées</translation>
    </message>
    <message>
        <source>Drop &amp;Index</source>
        <translation>Supprimer l’in&amp;dex</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Drop &amp;Table…</source>
        <translation>Supprimer la &amp;table…</translation>
    </message>
    <message>
        <source>Waiting for another program to release the database (attempt %1)…</source>
        <translation>En attente qu’un autre programme libère la base de données (tentative %1)…</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This cannot be undone; a backup of the file is made first and kept in %1.</source>
        <translation>Cette action est irréversible ; une sauvegarde du fichier est faite au préalable et conservée dans %1.</translation>
    </message>
    <message>
        <source>“%1” has %2 rows, more than the %3 that undo keeps in memory.</source>
        <translation>« %1 » a %2 lignes, plus que les %3 que l’annulation garde en mémoire.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Vous pouvez l’annuler avec Édition → Annuler.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo; a backup of the file is also made first and kept in %1.</source>
        <translation>Vous pouvez l’annuler avec Édition → Annuler ; une sauvegarde du fichier est aussi faite au préalable et conservée dans %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A backup is still being made; try again in a moment.</source>
        <translation>Une sauvegarde est encore en cours ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Backing up the file before the column is changed…</source>
        <translation>Sauvegarde du fichier avant la modification de la colonne…</translation>
    </message>
    <message>
        <source>Backing up the file before the column is dropped…</source>
        <translation>Sauvegarde du fichier avant la suppression de la colonne…</translation>
    </message>
    <message>
        <source>The column was not changed: the backup before it was canceled.</source>
        <translation>La colonne n’a pas été modifiée : la sauvegarde préalable a été annulée.</translation>
    </message>
    <message>
        <source>The column was not dropped: the backup before it was canceled.</source>
        <translation>La colonne n’a pas été supprimée : la sauvegarde préalable a été annulée.</translation>
    </message>
    <message>
        <source>The column was not changed: the backup before it failed (%1).</source>
        <translation>La colonne n’a pas été modifiée : la sauvegarde préalable a échoué (%1).</translation>
    </message>
    <message>
        <source>The column was not dropped: the backup before it failed (%1).</source>
        <translation>La colonne n’a pas été supprimée : la sauvegarde préalable a échoué (%1).</translation>
    </message>
    <message>
        <source>Column “%1” changed; the backup made before is %2.</source>
        <translation>Colonne « %1 » modifiée ; la sauvegarde faite au préalable est %2.</translation>
    </message>
    <message>
        <source>Another change is still being saved; try again in a moment.</source>
        <translation>Une autre modification est encore en cours d’enregistrement ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 The content before it is kept in the backup %2.</source>
        <translation>%1 Le contenu précédent est conservé dans la sauvegarde %2.</translation>
    </message>
    <message>
        <source>Select the one column to drop.</source>
        <translation>Sélectionnez la colonne à supprimer.</translation>
    </message>
    <message>
        <source>Drop column %1</source>
        <translation>Supprimer la colonne %1</translation>
    </message>
    <message>
        <source>Drop column “%1” and its values from “%2”?</source>
        <translation>Supprimer la colonne « %1 » et ses valeurs de « %2 » ?</translation>
    </message>
    <message>
        <source>Select the one column to change.</source>
        <translation>Sélectionnez la colonne à modifier.</translation>
    </message>
    <message>
        <source>Change column %1</source>
        <translation>Modifier la colonne %1</translation>
    </message>
    <message>
        <source>Select the index to drop.</source>
        <translation>Sélectionnez l’index à supprimer.</translation>
    </message>
    <message>
        <source>Drop “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 (%2, unique)</source>
        <translation>%1 (%2, unique)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This cannot be undone: Rowbook keeps no copy of a server database (the server&apos;s own backups or pg_dump do).</source>
        <translation>Ceci ne peut pas être annulé : Rowbook ne garde aucune copie d’une base de données serveur (les sauvegardes du serveur ou pg_dump le font).</translation>
    </message>
    <message>
        <source>New co&amp;lumn:</source>
        <translation>Nouvelle co&amp;lonne :</translation>
    </message>
    <message>
        <source>De&amp;fault:</source>
        <translation>Valeur par dé&amp;faut :</translation>
    </message>
    <message>
        <source>Optional: the value rows get when none is given.</source>
        <translation>Facultatif : la valeur que prennent les lignes quand aucune n’est donnée.</translation>
    </message>
</context>
<context>
    <name>rowbook::SchemaRunner</name>
    <message>
        <source>It is not in the undo history: %1</source>
        <translation>Elle ne figure pas dans l’historique des annulations : %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Another program kept the database locked.</source>
        <translation>Un autre programme a gardé la base de données verrouillée.</translation>
    </message>
    <message>
        <source>The change would leave rows referring to rows that do not exist.</source>
        <translation>La modification laisserait des lignes faisant référence à des lignes qui n’existent pas.</translation>
    </message>
    <message>
        <source>A foreign key of another table refers to what you changed.</source>
        <translation>Une clé étrangère d’une autre table fait référence à ce que vous avez modifié.</translation>
    </message>
    <message>
        <source>Rows in other tables still refer to rows of “%1”.</source>
        <translation>Des lignes d’autres tables font encore référence à des lignes de « %1 ».</translation>
    </message>
    <message>
        <source>The column has repeated values, so it cannot be made unique.</source>
        <translation>La colonne a des valeurs répétées, elle ne peut donc pas devenir unique.</translation>
    </message>
    <message>
        <source>Some rows have no value where one is now required.</source>
        <translation>Certaines lignes n’ont pas de valeur là où une valeur est désormais obligatoire.</translation>
    </message>
    <message>
        <source>A view or trigger uses what you changed; change or drop it first.</source>
        <translation>Une vue ou un déclencheur utilise ce que vous avez modifié ; modifiez-le ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de données a refusé la modification : %1</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>La base de données a refusé la modification.</translation>
    </message>
</context>
<context>
    <name>rowbook::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Grid and panes</source>
        <translation>Grille et volets</translation>
    </message>
    <message>
        <source>SQL console</source>
        <translation>Console SQL</translation>
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
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run &amp;All</source>
        <translation>T&amp;out exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run the statement under the cursor, or the selection (Ctrl+Return)</source>
        <translation>Exécuter l’instruction sous le curseur, ou la sélection (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Run the whole script (Ctrl+Shift+Return)</source>
        <translation>Exécuter tout le script (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Stop the running statement (Escape)</source>
        <translation>Arrêter l’instruction en cours (Échap)</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>La base de données ne peut pas être ouverte : %1</translation>
    </message>
    <message>
        <source>Ctrl+Return runs the statement under the cursor or the selection, Ctrl+Shift+Return the whole script, Ctrl+R searches the history.</source>
        <translation>Ctrl+Entrée exécute l’instruction sous le curseur ou la sélection, Ctrl+Maj+Entrée tout le script, Ctrl+R recherche dans l’historique.</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Run the statement under the cursor, or the selection.</source>
        <translation>Exécuter l’instruction sous le curseur, ou la sélection.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Maj+Entrée</translation>
    </message>
    <message>
        <source>Run the whole script.</source>
        <translation>Exécuter tout le script.</translation>
    </message>
    <message>
        <source>Esc (in the SQL editor)</source>
        <translation>Échap (dans l’éditeur SQL)</translation>
    </message>
    <message>
        <source>Stop the running statement.</source>
        <translation>Arrêter l’instruction en cours.</translation>
    </message>
    <message>
        <source>Ctrl+Space (in the SQL editor)</source>
        <translation>Ctrl+Espace (dans l’éditeur SQL)</translation>
    </message>
    <message>
        <source>Complete a keyword, table or column.</source>
        <translation>Compléter un mot-clé, une table ou une colonne.</translation>
    </message>
    <message>
        <source>Ctrl+R (in the SQL editor)</source>
        <translation>Ctrl+R (dans l’éditeur SQL)</translation>
    </message>
    <message>
        <source>Search the queries run on this database.</source>
        <translation>Rechercher parmi les requêtes exécutées sur cette base de données.</translation>
    </message>
    <message>
        <source>SELECT * FROM …</source>
        <translation>SELECT * FROM …</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Cancelled after %1; nothing was changed.</source>
        <translation>Annulé après %1 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>Ex&amp;pliquer</translation>
    </message>
    <message>
        <source>Show how the statement under the cursor would run (its query plan), without running it</source>
        <translation>Afficher comment l’instruction sous le curseur serait exécutée (son plan d’exécution), sans l’exécuter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Query Plan</source>
        <translation>Plan d’exécution</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>Reading the query plan…</source>
        <translation>Lecture du plan d’exécution…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file %1 holds no SQL.</source>
        <translation>Le fichier %1 ne contient pas de SQL.</translation>
    </message>
    <message numerus="yes">
        <source>Running %1: %2 of %n statement(s) done…</source>
        <translation>
            <numerusform>Exécution de %1 : %2 sur %n instruction terminée…</numerusform>
            <numerusform>Exécution de %1 : %2 sur %n instructions terminées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Query plan read in %1; nothing was run.</source>
        <translation>Plan d’exécution lu en %1 ; rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>%1
Nothing from the file was applied.</source>
        <translation>%1
Aucune partie du fichier n’a été appliquée.</translation>
    </message>
    <message>
        <source>&amp;Save Query…</source>
        <translation>&amp;Enregistrer la requête…</translation>
    </message>
    <message>
        <source>Keep the selection, or else the whole text, under a name (Ctrl+Shift+S); Ctrl+R finds it again</source>
        <translation>Conserver la sélection, ou à défaut tout le texte, sous un nom (Ctrl+Maj+S) ; Ctrl+R le retrouve</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Maj+S</translation>
    </message>
    <message>
        <source>Save the query under a name.</source>
        <translation>Enregistrer la requête sous un nom.</translation>
    </message>
    <message>
        <source>The server had ended the session, so Rowbook connected again: settings made with SET in earlier runs no longer apply.</source>
        <translation>Le serveur avait fermé la session, Rowbook s’est donc reconnecté : les réglages faits avec SET lors des exécutions précédentes ne s’appliquent plus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln instruction</numerusform>
            <numerusform>%Ln instructions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) changed</source>
        <translation>
            <numerusform>%Ln ligne modifiée</numerusform>
            <numerusform>%Ln lignes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %Ln (the result of a run that changed data is not read again)</source>
        <translation>
            <numerusform>affichage des %Ln premières (le résultat d’une exécution qui a modifié des données n’est pas relu)</numerusform>
            <numerusform>affichage des %Ln premières (le résultat d’une exécution qui a modifié des données n’est pas relu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowbook::SqlEditor</name>
    <message>
        <source>Type SQL here. Ctrl+Return runs the statement under the cursor, Ctrl+Shift+Return the whole script.</source>
        <translation>Tapez le SQL ici. Ctrl+Entrée exécute l’instruction sous le curseur, Ctrl+Maj+Entrée tout le script.</translation>
    </message>
</context>
<context>
    <name>rowbook::SqliteDialect</name>
    <message>
        <source>Views are read-only.</source>
        <translation>Les vues sont en lecture seule.</translation>
    </message>
    <message>
        <source>Tables without rowid can be edited with SQLite 3.35 or later; this one is older.</source>
        <translation>Les tables sans rowid se modifient avec SQLite 3.35 ou plus récent ; cette version est plus ancienne.</translation>
    </message>
    <message>
        <source>The table&apos;s columns named rowid, _rowid_ and oid hide the rowid by which its rows are told apart.</source>
        <translation>Les colonnes rowid, _rowid_ et oid de la table masquent le rowid qui distingue ses lignes.</translation>
    </message>
</context>
<context>
    <name>rowbook::StructureDock</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Tout &amp;copier</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>The structure could not be read: %1</source>
        <translation>La structure n’a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>rowbook::TableActions</name>
    <message>
        <source>&amp;New Table…</source>
        <translation>&amp;Nouvelle table…</translation>
    </message>
    <message>
        <source>&amp;Edit Columns…</source>
        <translation>&amp;Modifier les colonnes…</translation>
    </message>
    <message>
        <source>Waiting for another program to release the database… attempt %1</source>
        <translation>En attente qu’un autre programme libère la base de données… tentative %1</translation>
    </message>
    <message>
        <source>Saving your edits first; try again in a moment.</source>
        <translation>Vos modifications sont d’abord enregistrées ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The table was not dropped: another database was opened meanwhile.</source>
        <translation>La table n’a pas été supprimée : une autre base de données a été ouverte entre-temps.</translation>
    </message>
    <message>
        <source>The table was not dropped: the backup before it was canceled.</source>
        <translation>La table n’a pas été supprimée : la sauvegarde préalable a été annulée.</translation>
    </message>
    <message>
        <source>The table was not dropped: the backup before it failed (%1).</source>
        <translation>La table n’a pas été supprimée : la sauvegarde préalable a échoué (%1).</translation>
    </message>
    <message>
        <source>The table was not dropped: another backup is still being made. Try again when it is done.</source>
        <translation>La table n’a pas été supprimée : une autre sauvegarde est encore en cours. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Another change is still being saved.</source>
        <translation>Une autre modification est encore en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>%1 The content before it is kept in the backup %2.</source>
        <translation>%1 Le contenu précédent est conservé dans la sauvegarde %2.</translation>
    </message>
    <message>
        <source>Fill with &amp;Sample Data…</source>
        <translation>Remplir avec des &amp;données d’exemple…</translation>
    </message>
    <message>
        <source>Fill “%1” with %2 sample rows</source>
        <translation>Remplir « %1 » avec %2 lignes d’exemple</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln sample row(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln ligne d’exemple ajoutée à « %1 ».</numerusform>
            <numerusform>%Ln lignes d’exemple ajoutées à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The tab was closed before the index was made.</source>
        <translation>L’onglet a été fermé avant que l’index soit créé.</translation>
    </message>
</context>
<context>
    <name>rowbook::TableBrowser</name>
    <message>
        <source>There is no table named “%1”.</source>
        <translation>Il n’existe pas de table nommée « %1 ».</translation>
    </message>
    <message>
        <source>This database has no tables yet.</source>
        <translation>Cette base de données n’a pas encore de table.</translation>
    </message>
    <message>
        <source>This database has no tables yet. Create one with %1 or import a CSV or JSON file with %2</source>
        <translation>Cette base de données n’a pas encore de table. Créez-en une avec %1 ou importez un fichier CSV ou JSON avec %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>New Table…</source>
        <translation>Nouvelle table…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
</context>
<context>
    <name>rowbook::TableList</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>View “%1” (read-only)</source>
        <translation>Vue « %1 » (lecture seule)</translation>
    </message>
    <message>
        <source>Table “%1”</source>
        <translation>Table « %1 »</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>Ouvrir dans un nouvel ongle&amp;t</translation>
    </message>
</context>
<context>
    <name>rowbook::TableModel</name>
    <message>
        <source>There is no table or view named “%1”.</source>
        <translation>Il n’existe pas de table ni de vue nommée « %1 ».</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <source>no declared type</source>
        <translation>aucun type déclaré</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>valeur par défaut %1</translation>
    </message>
    <message>
        <source>Keep my value in %1</source>
        <translation>Garder ma valeur dans %1</translation>
    </message>
    <message>
        <source>Take the other program&apos;s value in %1</source>
        <translation>Prendre la valeur de l’autre programme dans %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Dupliquer la ligne</translation>
    </message>
    <message>
        <source>Another program deleted the table “%1”.</source>
        <translation>Un autre programme a supprimé la table « %1 ».</translation>
    </message>
    <message>
        <source>Row %1 cannot be read while another program writes to the file, so it was not changed. Try again in a moment.</source>
        <translation>La ligne %1 ne peut pas être lue pendant qu’un autre programme écrit dans le fichier ; elle n’a donc pas été modifiée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>“%1” is part of the key that identifies this saved row and cannot be changed.</source>
        <translation>« %1 » fait partie de la clé qui identifie cette ligne enregistrée et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>“%1” is numbered by the database and cannot be changed.</source>
        <translation>« %1 » est numéroté par la base de données et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>A row’s key “%1” is %2, and Rowbook cannot edit tables with keys of 0 or below yet.</source>
        <translation>La clé « %1 » d’une ligne vaut %2, et Rowbook ne sait pas encore modifier les tables dont les clés valent 0 ou moins.</translation>
    </message>
    <message>
        <source>“%1” must be 1 or more: Rowbook cannot edit rows with keys of 0 or below yet.</source>
        <translation>« %1 » doit valoir 1 ou plus : Rowbook ne sait pas encore modifier les lignes dont la clé vaut 0 ou moins.</translation>
    </message>
    <message>
        <source>the column cannot be changed.</source>
        <translation>la colonne ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>its row is no longer among the rows listed (deleted, or left out by the filter).</source>
        <translation>sa ligne ne fait plus partie des lignes listées (supprimée, ou écartée par le filtre).</translation>
    </message>
    <message>
        <source>its row cannot be read while another program writes to the file.</source>
        <translation>sa ligne ne peut pas être lue pendant qu’un autre programme écrit dans le fichier.</translation>
    </message>
    <message>
        <source>the value was changed meanwhile.</source>
        <translation>la valeur a été modifiée entre-temps.</translation>
    </message>
</context>
<context>
    <name>rowbook::TablePane</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Aucune ligne</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Lignes %1–%2 sur %3</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 — reading rows…</source>
        <translation>%1 — lecture des lignes…</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3 (filtered from %4)</source>
        <translation>Lignes %1–%2 sur %3 (filtrées parmi %4)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>rowbook::UndoHistory</name>
    <message numerus="yes">
        <source>Delete %Ln row(s)</source>
        <translation>
            <numerusform>Supprimer %Ln ligne</numerusform>
            <numerusform>Supprimer %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (row had changed)</source>
        <translation>%1 (la ligne avait changé)</translation>
    </message>
    <message>
        <source>%1 (%2 had changed)</source>
        <translation>%1 (%2 avait changé)</translation>
    </message>
    <message>
        <source>the row with %1 %2</source>
        <translation>la ligne où %1 vaut %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>rowbook::ViewActions</name>
    <message>
        <source>Edit &amp;Form</source>
        <translation>&amp;Formulaire d’édition</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des annulations</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>&amp;About Rowbook</source>
        <translation>À &amp;propos de Rowbook</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search all columns (Ctrl+F)</source>
        <translation>Rechercher dans toutes les colonnes (Ctrl+F)</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Filter not applied — %1</source>
        <translation>Filtre non appliqué — %1</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>About Rowbook</source>
        <translation>À propos de Rowbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rowbook %1&lt;/h3&gt;&lt;p&gt;Browse and edit local SQLite data.&lt;/p&gt;&lt;p&gt;Qt %2, SQLite %3&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rowbook %1&lt;/h3&gt;&lt;p&gt;Parcourir et modifier des données SQLite locales.&lt;/p&gt;&lt;p&gt;Qt %2, SQLite %3&lt;/p&gt;&lt;p&gt;Distribué sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The new language applies the next time Rowbook starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Rowbook.</translation>
    </message>
    <message>
        <source>Applies When Rowbook Starts Again</source>
        <translation>S’applique au prochain démarrage</translation>
    </message>
    <message>
        <source>Schema &amp;Diagram</source>
        <translation>&amp;Diagramme du schéma</translation>
    </message>
    <message>
        <source>Ch&amp;art…</source>
        <translation>Graphi&amp;que…</translation>
    </message>
    <message>
        <source>Open a table to chart it.</source>
        <translation>Ouvrez une table pour en faire un graphique.</translation>
    </message>
</context>
<context>
    <name>rowbook::Workspace</name>
    <message>
        <source>The file is damaged, so Rowbook will not write to it. Restore a backup or copy out what can still be read.</source>
        <translation>Le fichier est endommagé, Rowbook n’y écrira donc pas. Restaurez une sauvegarde ou copiez ce qui est encore lisible.</translation>
    </message>
</context>
</TS>
